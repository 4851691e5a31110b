import { describe, expect, it } from "vitest";
import { poetryConstraintToPep440 } from "../../src/parse/poetry-constraint.js";

// Expected values follow poetry-core's parser.py and Version/Release arithmetic (read from its source:
// bounds keep the precision written, `stable` drops pre/dev parts before the bound is computed), and
// test/parse/poetry-constraint-vectors.test.ts checks them against poetry-core itself. Wildcards
// (`1.2.*`, `1.2.3.*`) follow current poetry-core, which reads `V.*` as PEP 440's ==V.*; the 1.4.0 the
// vectors come from read `1.2.*` as >=1.2.0,<1.3.0 and dropped parts past the minor.
const translations: [string, string][] = [
	// caret: the leftmost non-zero part may not change
	["^1.2.3", ">=1.2.3,<2.0.0"],
	["^1.2", ">=1.2,<2.0"],
	["^1", ">=1,<2"],
	["^0.10.11.post1", ">=0.10.11.post1,<0.11.0"],
	["^0.2.3", ">=0.2.3,<0.3.0"],
	["^0.0.3", ">=0.0.3,<0.0.4"],
	["^0.0", ">=0.0,<0.1"],
	["^0", ">=0,<1"],
	["^1.2.3.4", ">=1.2.3.4,<2.0.0.0"],
	["^2.0.0a1", ">=2.0.0a1,<3.0.0"],
	["^1.23.3", ">=1.23.3,<2.0.0"],
	["^1!2.3", ">=1!2.3,<1!3.0"],
	["^1.0-beta.2", ">=1.0b2,<2.0"],
	// tilde: patch updates, or minor ones when only a major is given
	["~1.2.3", ">=1.2.3,<1.3.0"],
	["~1.2", ">=1.2,<1.3"],
	["~1", ">=1,<2"],
	["~ 1.2.3", ">=1.2.3,<1.3.0"],
	["~0.0.1rc1", ">=0.0.1rc1,<0.1.0"],
	// ~= as poetry-core reads it
	["~=1.2", ">=1.2,<2.0"],
	["~=1.2.3", ">=1.2.3,<1.3.0"],
	["~=1", ">=1,<1.1"],
	["~=1.2.3.4", ">=1.2.3.4,<1.3.0.0"],
	// any
	["*", ""],
	["x", ""],
	["*.*", ""],
	// wildcards
	["1.2.*", "==1.2.*"],
	["1.2.x", "==1.2.*"],
	["==1.*", "==1.*"],
	["!=1.2.*", "!=1.2.*"],
	["=1.2.*", "==1.2.*"],
	["1.2.3.4.*", "==1.2.3.4.*"],
	["01.2.*", "==1.2.*"],
	[">=1.2.*", ">=1.2"],
	// exact versions and comparisons
	["1.2.3", "==1.2.3"],
	["==1.2.3", "==1.2.3"],
	["=1.2.3", "==1.2.3"],
	["v1.2.3", "==1.2.3"],
	["1.2.3-post.1", "==1.2.3.post1"],
	["1.0RC1", "==1.0rc1"],
	["1.0+Local_1", "==1.0+local.1"],
	["!=1.5", "!=1.5"],
	["<>1.5", "==1.5"],
	[">1", ">1"],
	["<= 2.0", "<=2.0"],
	["dev", "==0.0.dev0"],
	// intersections: commas or spaces
	[">=1.2,<2", ">=1.2,<2"],
	[">=1.2 <2", ">=1.2,<2"],
	[">= 1.2, < 2", ">=1.2,<2"],
	[">=1.2 , <2", ">=1.2,<2"],
	[">=1.2,<2,", ">=1.2,<2"],
	["^1.2 !=1.4.1", ">=1.2,<2.0,!=1.4.1"],
	[">=3.8,<3.13", ">=3.8,<3.13"],
	// poetry-core keeps the tightest bound by plain version order, whatever the pre-release rules
	["<=11.1.0.dev1, ^11.0.dev0, ~11.0", ">=11.0,<=11.1.0.dev1"],
	// unions that poetry-core merges into one range (VersionUnion.of)
	["^1.0 || ^2.0", ">=1.0,<3.0"],
	[">=1,<2 || >=1.5,<3", ">=1,<3"],
	["<1.5 || >=1.5", ""],
	["<1.5 || >1.5", "!=1.5"],
	["!=1.5 || !=1.6", ""],
	["1.0 || 1.0", "==1.0"],
];

describe("poetryConstraintToPep440", () => {
	for (const [poetry, pep440] of translations) {
		it(`'${poetry}' -> '${pep440}'`, () => {
			expect(poetryConstraintToPep440(poetry)).toEqual({
				ok: true,
				specifier: pep440,
			});
		});
	}

	it("rejects unions, which one specifier set cannot express", () => {
		// poetry-core writes `>=1,<2 || >=3` as `>=1,!=2.*`; not ported, so it stays a union here.
		for (const union of [">=1,<3 || >=4", ">=1,<2 | >=3", "1.2||1.3"]) {
			expect(poetryConstraintToPep440(union)).toEqual({
				ok: false,
				error: expect.stringContaining("union"),
			});
		}
	});

	it("reports a broken branch of a union as a parse error", () => {
		expect(poetryConstraintToPep440("^1 || banana")).toEqual({
			ok: false,
			error: "could not parse the Poetry version constraint 'banana'",
		});
	});

	it("rejects what poetry-core rejects", () => {
		// "^ 1.2": poetry-core splits at the space after ^ and cannot parse "^" alone.
		// "" and blanks: parse_constraint has no empty constraint (only "*" means any version).
		for (const bad of [
			"",
			"  ",
			"^ 1.2",
			"latest",
			">=",
			"^1.2.3.*",
			"~>1.2",
			"1.2 -",
		]) {
			const result = poetryConstraintToPep440(bad);
			expect(result.ok, bad).toBe(false);
		}
	});

	it("rejects what poetry accepts but PEP 440 cannot say", () => {
		expect(poetryConstraintToPep440("^1.0+local")).toEqual({
			ok: false,
			error:
				"'^1.0+local' uses a local version as a lower bound, which PEP 440 cannot express",
		});
		expect(poetryConstraintToPep440(">1.0+local").ok).toBe(false);
		expect(poetryConstraintToPep440("==1.0a1.*").ok).toBe(false);
	});

	it("never throws", () => {
		for (const text of [
			"\u0000",
			"^".repeat(1000),
			"||",
			",",
			" , ",
			"1".repeat(400),
			"^99999999999999999999",
		]) {
			expect(() => poetryConstraintToPep440(text)).not.toThrow();
		}
	});
});
