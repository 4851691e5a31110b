// Which finding causes another, looked up by key. Consolidation asks, for each finding that may be a
// consequence, for the first finding (in report order) that causes it: a lock entry's manifest line, the line a
// conflict comes from, the stale lock behind an inconsistency, the line fix that already settles one. Asked by
// scanning every finding, that was quadratic in a fleet's findings (a fleet of 1000 projects before adoption
// has tens of thousands); each question here is one map look-up, and answers exactly what the scan answered.
import type { FileKind, Project } from "../model/types.js";
import type { ClashMember, RuleFinding } from "./rule-context.js";
import { isLockedBy } from "./rules/lock-mismatch.js";

/** Rules that say a requirement line itself is wrong and suggest its replacement. */
export const LINE_RULES: readonly string[] = [
	"banned",
	"compat",
	"outside-policy",
	"unpinned",
];

let unequal = 0;

/**
 * A key for a tuple of strings, numbers, null and undefined that two tuples share exactly when `===` holds
 * item by item: each value's JSON, undefined as `u` and an infinity as `i+` or `i-` (which no JSON value is),
 * joined as JSON joins an array's items; a tuple holding NaN, equal to nothing, gets a key of its own.
 */
function keyOf(...values: (string | number | null | undefined)[]): string {
	return values
		.map((value) => {
			if (value === undefined) return "u";
			if (typeof value === "number" && !Number.isFinite(value))
				return Number.isNaN(value)
					? `nan${unequal++}`
					: value > 0
						? "i+"
						: "i-";
			return JSON.stringify(value);
		})
		.join(",");
}

/** Every finding under its keys, in report order. */
function groupBy(
	findings: readonly RuleFinding[],
	keysOf: (finding: RuleFinding) => readonly string[],
): Map<string, RuleFinding[]> {
	const groups = new Map<string, RuleFinding[]>();
	for (const finding of findings) {
		for (const key of keysOf(finding)) {
			const group = groups.get(key);
			if (group === undefined) groups.set(key, [finding]);
			else if (group[group.length - 1] !== finding) group.push(finding);
		}
	}
	return groups;
}

/**
 * The finding on the manifest line a lock entry was resolved from, reported by the same rule: the first
 * finding of `finding`'s rule, project and package whose requirement `lockKind`'s lock records.
 */
export function indexManifestCauses(
	findings: readonly RuleFinding[],
): (
	finding: RuleFinding,
	project: Project,
	lockKind: FileKind,
) => RuleFinding | undefined {
	const groups = groupBy(findings, (f) =>
		f.facts.requirement === undefined
			? []
			: [keyOf(f.rule, f.project, f.package)],
	);
	return (finding, project, lockKind) =>
		groups
			.get(keyOf(finding.rule, finding.project, finding.package))
			?.find(
				(other) =>
					other.facts.requirement !== undefined &&
					isLockedBy(project, other.facts.requirement, lockKind),
			);
}

/**
 * The line finding (not `unpinned`) on a clash member's own line that suggests a replacement: the first
 * `banned`, `compat` or `outside-policy` finding of the conflict's project and package on that file and line.
 */
export function indexConflictCauses(
	findings: readonly RuleFinding[],
): (conflict: RuleFinding, member: ClashMember) => RuleFinding | undefined {
	const groups = groupBy(findings, (f) =>
		f.rule !== "unpinned" &&
		LINE_RULES.includes(f.rule) &&
		f.facts.replacement !== undefined
			? [keyOf(f.project, f.package, f.file, f.line)]
			: [],
	);
	return (conflict, member) =>
		groups
			.get(keyOf(conflict.project, conflict.package, member.file, member.line))
			?.find((f) => f !== conflict);
}

/** The first `lock-mismatch` finding of `finding`'s project and package that reports its entry as stale. */
export function indexStaleLockCauses(
	findings: readonly RuleFinding[],
): (finding: RuleFinding) => RuleFinding | undefined {
	const groups = groupBy(findings, (f) =>
		f.rule === "lock-mismatch"
			? (f.facts.stale ?? []).map((stale) =>
					keyOf(f.project, f.package, stale.file, stale.line),
				)
			: [],
	);
	return (finding) => {
		const entry = finding.facts.entry;
		if (entry === undefined) return undefined;
		return groups.get(
			keyOf(finding.project, finding.package, entry.file, entry.line),
		)?.[0];
	};
}

/** The first line finding on `finding`'s line that suggests the same replacement. */
export function indexLineFixCauses(
	findings: readonly RuleFinding[],
): (finding: RuleFinding) => RuleFinding | undefined {
	const groups = groupBy(findings, (f) =>
		LINE_RULES.includes(f.rule) && f.suggestion !== undefined
			? [lineFixKey(f)]
			: [],
	);
	return (finding) => groups.get(lineFixKey(finding))?.[0];
}

function lineFixKey(f: RuleFinding): string {
	return keyOf(f.project, f.package, f.file, f.line, f.suggestion);
}
