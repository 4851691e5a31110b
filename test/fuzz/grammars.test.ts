// Near-valid input for the hand-written parsers: valid text from grammar.ts, then small grammar-aware edits.
// Each parser must answer through its own logic (a result or a diagnostic with a line), never its catch-all,
// and what it accepts must be well formed enough for the next stage to read again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/model/normalize-name.js";
import {
	type Pep508Requirement,
	parsePep508,
	parsePep508Marker,
} from "../../src/parse/pep508.js";
import { poetryConstraintToPep440 } from "../../src/parse/poetry-constraint.js";
import {
	parseRequirementsTxt,
	splitPythonLines,
} from "../../src/parse/requirements-txt.js";
import {
	contains,
	intersect,
	isEmpty,
	parseSpecifierSet,
	subset,
} from "../../src/pep440/specifier-set.js";
import { parseVersion } from "../../src/pep440/version.js";
import {
	expectDiagnosticsOnLines,
	expectNoCaughtException,
	mutated,
	runs,
} from "./fuzz-invariants.js";
import {
	marker,
	pep508,
	poetryConstraint,
	requirementsFile,
	requirementsLine,
	specifierSet,
	version,
} from "./grammar.js";

// PEP 503: lower case, runs of `-_.` as one `-`; packaging 26 accepts a name ending in `-_.` (`mcp_`).
/**
 * Where packaging's own printed form does not read back to the same value (so no law can hold): a backslash
 * (string escapes are decoded once per reading); an extra starting or ending in `-_.` (`mcp[cli_]` is
 * accepted, its normalized `cli-` is not); an `extra` compared inside parentheses (packaging normalizes
 * `extra == "c.li"` to `c-li` only at the top level); a single-quoted value holding `"` (printed in double
 * quotes: `'"3.10'` prints as `""3.10"`).
 */
function printsUnstably(text: string): boolean {
	return (
		text.includes("\\") ||
		/[-_.][\],"')]|[[,"'(][-_.]/.test(text) ||
		(text.includes("(") && text.includes("extra")) ||
		/'[^']*"[^']*'/.test(text)
	);
}

const NORMALIZED_NAME = /^[a-z0-9](?:-?[a-z0-9])*-?$/;

/**
 * packaging's `str(Requirement)` shape, built from a parsed value, so that it can be parsed again. The name as
 * written: packaging accepts `mcp_` but not its normalized form `mcp-`.
 */
function formatRequirement(r: Pep508Requirement): string {
	const extras = r.extras.length > 0 ? `[${r.extras.join(",")}]` : "";
	const head =
		r.url === null
			? `${r.rawName}${extras}${r.specifier}`
			: `${r.rawName}${extras} @ ${r.url}`;
	if (r.marker === null) return head;
	return `${head}${r.url === null ? "" : " "}; ${r.marker}`;
}

describe("parsePep508 on near-valid requirements", () => {
	it("accepts every generated valid requirement, normalized", () => {
		fc.assert(
			fc.property(pep508, (text) => {
				const result = parsePep508(text);
				expect(result, text).toMatchObject({ ok: true });
				if (result.ok) expect(result.value.name).toMatch(NORMALIZED_NAME);
			}),
			{ numRuns: runs(500) },
		);
	});

	it("either errors in words or gives a value that reads back to itself", () => {
		fc.assert(
			fc.property(mutated(pep508), (text) => {
				const result = parsePep508(text);
				if (!result.ok) {
					expectNoCaughtException(result.error);
					expect(result.error.length).toBeGreaterThan(0);
					return;
				}
				const { value } = result;
				expect(value.name).toBe(normalizeName(value.rawName));
				expect(value.name).toMatch(NORMALIZED_NAME);
				expect(parseSpecifierSet(value.specifier).ok, value.specifier).toBe(
					true,
				);
				if (printsUnstably(text)) return;
				const again = parsePep508(formatRequirement(value));
				expect(again.ok, formatRequirement(value)).toBe(true);
				if (again.ok) expect(again.value).toEqual(value);
			}),
			{ numRuns: runs(1500) },
		);
	});

	it("parses a marker, or errors in words; a parsed marker prints as itself", () => {
		fc.assert(
			fc.property(fc.oneof(marker, mutated(marker)), (text) => {
				const result = parsePep508Marker(text);
				if (!result.ok) {
					expectNoCaughtException(result.error);
					return;
				}
				if (printsUnstably(text)) return;
				expect(parsePep508Marker(result.value)).toEqual(result);
			}),
			{ numRuns: runs(1000) },
		);
	});
});

describe("parseRequirementsTxt on near-valid files", () => {
	it("reads each generated valid requirement line as exactly one requirement, without an error", () => {
		fc.assert(
			fc.property(requirementsLine, (line) => {
				const result = parseRequirementsTxt(line, "requirements.txt", {
					env: { USER: "u", TOKEN: "t" },
				});
				expect(
					result.diagnostics.filter((d) => d.severity === "error"),
					line,
				).toEqual([]);
				expect(result.value.requirements.length).toBeLessThanOrEqual(1);
			}),
			{ numRuns: runs(500) },
		);
	});

	it("puts every diagnostic and requirement on a line of the file, names normalized, specifiers valid", () => {
		fc.assert(
			fc.property(mutated(requirementsFile), (text) => {
				const result = parseRequirementsTxt(text, "requirements.txt", {
					env: { USER: "u" },
				});
				const lineCount = Math.max(
					1,
					splitPythonLines(text.replace(/^\ufeff/, "")).length,
				);
				expectDiagnosticsOnLines(result.diagnostics, lineCount);
				for (const r of result.value.requirements) {
					expect(r.line).toBeGreaterThanOrEqual(1);
					expect(r.line).toBeLessThanOrEqual(lineCount);
					expect(r.file).toBe("requirements.txt");
					expect(r.name).toMatch(NORMALIZED_NAME);
					expect(parseSpecifierSet(r.specifier).ok, r.specifier).toBe(true);
					if (r.marker !== null && !printsUnstably(text))
						expect(parsePep508Marker(r.marker).ok, r.marker).toBe(true);
				}
				for (const include of result.value.includes) {
					expect(include.line).toBeGreaterThanOrEqual(1);
					expect(include.line).toBeLessThanOrEqual(lineCount);
				}
			}),
			{ numRuns: runs(1500) },
		);
	});
});

describe("poetryConstraintToPep440 on near-valid constraints", () => {
	it("translates to a specifier set packaging accepts, or errors in words", () => {
		fc.assert(
			fc.property(
				fc.oneof(poetryConstraint, mutated(poetryConstraint)),
				(text) => {
					const result = poetryConstraintToPep440(text);
					if (!result.ok) {
						expectNoCaughtException(result.error);
						return;
					}
					expect(parseSpecifierSet(result.specifier).ok, result.specifier).toBe(
						true,
					);
				},
			),
			{ numRuns: runs(1500) },
		);
	});
});

describe("the specifier algebra on near-valid input", () => {
	const anyVersion = fc.oneof(version, mutated(version));

	it("parses or errors; a parsed set's text parses to the same set", () => {
		fc.assert(
			fc.property(mutated(specifierSet), anyVersion, (text, v) => {
				const result = parseSpecifierSet(text);
				if (!result.ok) {
					expectNoCaughtException(result.error);
					return;
				}
				const again = parseSpecifierSet(result.value.text);
				expect(again.ok).toBe(true);
				if (!again.ok) return;
				expect(again.value.text).toBe(result.value.text);
				expect(contains(again.value, v)).toBe(contains(result.value, v));
			}),
			{ numRuns: runs(1500) },
		);
	});

	it("keeps its laws on whatever parses: intersection is membership in both, subset has true counterexamples", () => {
		const parsedSet = mutated(specifierSet)
			.map((text) => parseSpecifierSet(text))
			.filter((r) => r.ok)
			.map(
				(r) =>
					(r.ok ? r.value : null) as NonNullable<
						typeof r extends { value: infer V } ? V : never
					>,
			);
		fc.assert(
			fc.property(parsedSet, parsedSet, anyVersion, (a, b, v) => {
				const both = intersect(a, b);
				expect(contains(both, v, { prereleases: true })).toBe(
					contains(a, v, { prereleases: true }) &&
						contains(b, v, { prereleases: true }),
				);
				expect(subset(a, a)).toEqual({ ok: true });
				expect(subset(both, a)).toEqual({ ok: true });
				const verdict = subset(a, b);
				if (!verdict.ok) {
					expect(
						parseVersion(verdict.counterexample) ?? verdict.counterexample,
					).not.toBeNull();
					expect(
						contains(a, verdict.counterexample, { prereleases: true }),
					).toBe(true);
					expect(
						contains(b, verdict.counterexample, { prereleases: true }),
					).toBe(false);
				}
				if (isEmpty(both)) {
					expect(contains(both, v, { prereleases: true })).toBe(false);
				}
			}),
			{ numRuns: runs(1000) },
		);
	});
});
