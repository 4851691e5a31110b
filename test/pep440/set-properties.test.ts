import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	contains,
	intersect,
	isEmpty,
	parseSpecifierSet,
	type SpecifierSet,
	subset,
	type VersionSet,
} from "../../src/pep440/specifier-set.js";

const num = fc.constantFrom("0", "1", "2", "3", "10");
const releaseArb = fc
	.array(num, { minLength: 1, maxLength: 4 })
	.map((r) => r.join("."));
const suffixArb = fc.constantFrom(
	"",
	"",
	"",
	"a1",
	"b2",
	"rc1",
	".post1",
	".dev0",
	".post0.dev1",
	"+local",
);
const epochArb = fc.constantFrom("", "", "", "", "1!");
const versionArb = fc
	.tuple(epochArb, releaseArb, suffixArb)
	.map(([e, r, s]) => `${e}${r}${s}`);

const clauseArb = fc.oneof(
	fc
		.tuple(
			fc.constantFrom("<", "<=", ">", ">=", "==", "!="),
			epochArb,
			releaseArb,
			suffixArb,
		)
		.map(
			([op, e, r, s]) =>
				`${op}${e}${r}${op === "==" || op === "!=" ? s : s.replace("+local", "")}`,
		),
	fc
		.tuple(fc.constantFrom("==", "!="), epochArb, releaseArb)
		.map(([op, e, r]) => `${op}${e}${r}.*`),
	fc
		.tuple(
			epochArb,
			releaseArb,
			num,
			fc.constantFrom("", "a1", ".post1", ".dev0"),
		)
		.map(([e, r, n, s]) => `~=${e}${r}.${n}${s}`),
);
const specArb = fc
	.array(clauseArb, { minLength: 0, maxLength: 3 })
	.map((cs) => cs.join(","))
	.map((text) => {
		const parsed = parseSpecifierSet(text);
		if (!parsed.ok)
			throw new Error(`grammar made an invalid specifier: ${text}`);
		return parsed.value;
	});

// Sampled versions: a fixed grid around the numbers the grammar uses, edges included.
const SAMPLES: string[] = [];
for (const e of ["", "1!"]) {
	for (const r of [
		"0",
		"1",
		"1.0",
		"1.1",
		"1.2",
		"1.10",
		"2",
		"2.1",
		"3",
		"3.0.1",
		"10",
		"0.0.1",
		"1.0.0.1",
	]) {
		for (const s of [
			"",
			"a1",
			"b2",
			"rc1",
			".post1",
			".post0",
			".dev0",
			".post0.dev1",
			"+local",
			"a1.post1",
			".post2",
		]) {
			SAMPLES.push(`${e}${r}${s}`);
		}
	}
}

function sameMembers(
	x: VersionSet | SpecifierSet,
	y: VersionSet | SpecifierSet,
): string[] {
	return SAMPLES.filter(
		(v) =>
			contains(x, v, { prereleases: true }) !==
			contains(y, v, { prereleases: true }),
	);
}

describe("set algebra properties", () => {
	it("intersect is commutative and associative by membership, and is membership in both", () => {
		fc.assert(
			fc.property(specArb, specArb, specArb, (a, b, c) => {
				expect(sameMembers(intersect(a, b), intersect(b, a))).toEqual([]);
				expect(
					sameMembers(
						intersect(intersect(a, b), c),
						intersect(a, intersect(b, c)),
					),
				).toEqual([]);
				const both = intersect(a, b);
				for (const v of SAMPLES) {
					expect(contains(both, v, { prereleases: true })).toBe(
						contains(a, v, { prereleases: true }) &&
							contains(b, v, { prereleases: true }),
					);
				}
			}),
			{ numRuns: 150 },
		);
	});

	it("isEmpty(intersect(a, b)) means no sampled version is in both", () => {
		fc.assert(
			fc.property(specArb, specArb, (a, b) => {
				if (!isEmpty(intersect(a, b))) return;
				expect(SAMPLES.filter((v) => contains(a, v) && contains(b, v))).toEqual(
					[],
				);
			}),
			{ numRuns: 400 },
		);
	});

	it("subset(a, a) and subset(intersect(a, b), a) hold", () => {
		fc.assert(
			fc.property(specArb, specArb, (a, b) => {
				expect(subset(a, a)).toEqual({ ok: true });
				expect(subset(intersect(a, b), a)).toEqual({ ok: true });
				expect(subset(intersect(a, b), b)).toEqual({ ok: true });
			}),
			{ numRuns: 300 },
		);
	});

	it("a counterexample is a valid version in a and not in b; ok means no sampled version escapes", () => {
		fc.assert(
			fc.property(specArb, specArb, (a, b) => {
				const result = subset(a, b);
				if (result.ok) {
					expect(
						SAMPLES.filter((v) => contains(a, v) && !contains(b, v)),
					).toEqual([]);
				} else {
					expect(parseSpecifierSet(`==${result.counterexample}`).ok).toBe(true);
					expect(
						contains(a, result.counterexample, { prereleases: true }),
					).toBe(true);
					expect(
						contains(b, result.counterexample, { prereleases: true }),
					).toBe(false);
				}
			}),
			{ numRuns: 600 },
		);
	});

	it("a non-empty set has a member that subset against the empty set reports", () => {
		const nothing = intersect(
			(parseSpecifierSet("<1") as { ok: true; value: SpecifierSet }).value,
			(parseSpecifierSet(">=2") as { ok: true; value: SpecifierSet }).value,
		);
		expect(isEmpty(nothing)).toBe(true);
		fc.assert(
			fc.property(specArb, versionArb, (a, v) => {
				const result = subset(a, nothing);
				expect(result.ok).toBe(isEmpty(a));
				if (contains(a, v)) expect(isEmpty(a)).toBe(false);
			}),
			{ numRuns: 400 },
		);
	});
});
