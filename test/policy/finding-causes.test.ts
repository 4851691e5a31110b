import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FileKind, Project } from "../../src/model/types.js";
import {
	indexConflictCauses,
	indexLineFixCauses,
	indexManifestCauses,
	indexStaleLockCauses,
	LINE_RULES,
} from "../../src/policy/finding-causes.js";
import type {
	ClashMember,
	RuleFinding,
} from "../../src/policy/rule-context.js";
import { isLockedBy } from "../../src/policy/rules/lock-mismatch.js";
import { locked, project, requirement } from "./build-project.js";

// Each index must answer what a scan of every finding from the start answers (consolidation's definition of
// "the cause"), over findings drawn from a small world so that keys collide often: null and "null" projects,
// a line 0, a null line and NaN (equal to nothing), the same stale entry in two lock-mismatch findings, findings without the facts.

const RULES = [
	...LINE_RULES,
	"conflict",
	"diverged",
	"inconsistent",
	"lock-mismatch",
];
const project$ = fc.constantFrom<string | null>(".", "a", "null", null);
const package$ = fc.constantFrom<string | null>("mcp", "httpx", null);
const file$ = fc.constantFrom(
	"pyproject.toml",
	"requirements.txt",
	"uv.lock",
	"a/pyproject.toml",
);
const line$ = fc.constantFrom<number | null>(0, 1, 2, null, Number.NaN);
const optional = <T>(arb: fc.Arbitrary<T>) =>
	fc.option(arb, { nil: undefined, freq: 3 });

const finding$: fc.Arbitrary<RuleFinding> = fc
	.record({
		rule: fc.constantFrom(...RULES),
		project: project$,
		package: package$,
		file: fc.option(file$, { nil: null }),
		line: line$,
		suggestion: optional(fc.constantFrom("mcp==1.23.3", "httpx==0.28.1")),
		replacement: optional(fc.constantFrom("==1.23.3", ">=0.27")),
		requirementGroup: optional(
			fc.constantFrom("project", "build", "poetry", "requirements"),
		),
		requirementFile: file$,
		entryLine: optional(fc.integer({ min: 1, max: 3 })),
		stale: optional(
			fc.array(
				fc.record({ file: file$, line: fc.integer({ min: 1, max: 3 }) }),
				{ maxLength: 3 },
			),
		),
	})
	.map((r) => ({
		rule: r.rule,
		severity: "error",
		project: r.project,
		package: r.package,
		file: r.file,
		line: r.line,
		message: "m",
		...(r.suggestion === undefined ? {} : { suggestion: r.suggestion }),
		facts: {
			...(r.replacement === undefined ? {} : { replacement: r.replacement }),
			...(r.requirementGroup === undefined
				? {}
				: {
						requirement: requirement(r.package ?? "mcp", ">=1", {
							group: r.requirementGroup,
							file: r.requirementFile,
						}),
					}),
			...(r.entryLine === undefined
				? {}
				: {
						entry: locked(r.package ?? "mcp", "1.0", {
							file: "uv.lock",
							line: r.entryLine,
						}),
					}),
			...(r.stale === undefined
				? {}
				: {
						stale: r.stale.map((s) => locked(r.package ?? "mcp", "1.0", s)),
					}),
		},
	}));

// Each finding may have a twin on the same place from another rule (with the same facts), as rules looking
// at one line from different angles have: the case where first and last differ.
const findings$ = fc
	.array(
		fc.tuple(
			finding$,
			fc.option(fc.constantFrom(...RULES), { nil: undefined }),
		),
		{ maxLength: 30 },
	)
	.map((pairs) =>
		pairs.flatMap(([finding, twin]) =>
			twin === undefined ? [finding] : [finding, { ...finding, rule: twin }],
		),
	);

const projects: Project[] = [
	project(),
	project({
		path: "a",
		files: [
			{ path: "a/pyproject.toml", kind: "pyproject" },
			{ path: "uv.lock", kind: "poetry-lock" },
		],
	}),
];

describe("finding causes, looked up by key", () => {
	it("answer as a scan for the manifest line a lock entry comes from", () => {
		fc.assert(
			fc.property(
				findings$,
				fc.constantFrom<FileKind>("uv-lock", "poetry-lock", "pylock"),
				(findings, lockKind) => {
					const causeOf = indexManifestCauses(findings);
					for (const finding of findings)
						for (const owner of projects)
							expect(causeOf(finding, owner, lockKind)).toBe(
								findings.find(
									(other) =>
										other.rule === finding.rule &&
										other.project === finding.project &&
										other.package === finding.package &&
										other.facts.requirement !== undefined &&
										isLockedBy(owner, other.facts.requirement, lockKind),
								),
							);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it("answer as a scan for the line a conflict member stands on", () => {
		const member$ = fc.record({ file: file$, line: line$ });
		fc.assert(
			fc.property(findings$, member$, (findings, place) => {
				const member: ClashMember = {
					...place,
					text: "mcp>=1",
					origin: "o",
					set: [],
					own: true,
				} as unknown as ClashMember;
				const causeOf = indexConflictCauses(findings);
				for (const conflict of findings)
					expect(causeOf(conflict, member)).toBe(
						findings.find(
							(f) =>
								f !== conflict &&
								f.rule !== "unpinned" &&
								LINE_RULES.includes(f.rule) &&
								f.project === conflict.project &&
								f.package === conflict.package &&
								f.file === member.file &&
								f.line === member.line &&
								f.facts.replacement !== undefined,
						),
					);
			}),
			{ numRuns: 2000 },
		);
	});

	it("answer as a scan for the stale lock behind an inconsistency", () => {
		fc.assert(
			fc.property(findings$, (findings) => {
				const causeOf = indexStaleLockCauses(findings);
				for (const finding of findings) {
					const entry = finding.facts.entry;
					expect(causeOf(finding)).toBe(
						entry === undefined
							? undefined
							: findings.find(
									(other) =>
										other.rule === "lock-mismatch" &&
										other.project === finding.project &&
										other.package === finding.package &&
										(other.facts.stale ?? []).some(
											(stale) =>
												stale.file === entry.file && stale.line === entry.line,
										),
								),
					);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it("answer as a scan for the line fix that already suggests the same replacement", () => {
		fc.assert(
			fc.property(findings$, (findings) => {
				const causeOf = indexLineFixCauses(findings);
				for (const finding of findings) {
					if (finding.rule !== "inconsistent") continue;
					expect(causeOf(finding)).toBe(
						findings.find(
							(f) =>
								LINE_RULES.includes(f.rule) &&
								f.suggestion !== undefined &&
								f.project === finding.project &&
								f.package === finding.package &&
								f.file === finding.file &&
								f.line === finding.line &&
								f.suggestion === finding.suggestion,
						),
					);
				}
			}),
			{ numRuns: 2000 },
		);
	});
});
