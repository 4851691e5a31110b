// Checks every vector scripts/gen-pep440-vectors.py recorded from Python packaging 26.2.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	contains,
	intersect,
	isEmpty,
	parseSpecifierSet,
	type SpecifierSet,
	subset,
} from "../../src/pep440/specifier-set.js";
import { compareVersions, parseVersion } from "../../src/pep440/version.js";

interface Vectors {
	packaging: string;
	versions: [string, boolean, string | null][];
	specifiers: [string, boolean, boolean | null][];
	contains: [number, number, number][];
	order: [number, number, number][];
	pairs: [number, number, number[], boolean | null][];
}

const vectors = JSON.parse(
	readFileSync(
		new URL("../data/pep440/contains-vectors.json", import.meta.url),
		"utf8",
	),
) as Vectors;

function versionText(i: number): string {
	return (vectors.versions[i] as [string, boolean, string | null])[0];
}

function spec(i: number): SpecifierSet {
	const text = (vectors.specifiers[i] as [string, boolean, boolean | null])[0];
	const parsed = parseSpecifierSet(text);
	if (!parsed.ok)
		throw new Error(`vector specifier ${JSON.stringify(text)} should parse`);
	return parsed.value;
}

describe("differential vectors from packaging", () => {
	it("covers thousands of cases", () => {
		expect(vectors.packaging).toBe("26.2");
		expect(vectors.contains.length).toBeGreaterThan(20_000);
	});

	it("parses and normalizes versions like packaging.version.Version", () => {
		const wrong = vectors.versions.filter(
			([text, , normalized]) =>
				(parseVersion(text)?.text ?? null) !== normalized,
		);
		expect(wrong).toEqual([]);
	});

	it("orders versions like packaging", () => {
		const wrong = vectors.order
			.map(
				([i, j, expected]) =>
					[versionText(i), versionText(j), expected] as const,
			)
			.filter(
				([a, b, expected]) => Math.sign(compareVersions(a, b)) !== expected,
			);
		expect(wrong).toEqual([]);
	});

	it("accepts and rejects specifier sets like packaging", () => {
		const wrong = vectors.specifiers.filter(
			([text, valid]) => parseSpecifierSet(text).ok !== valid,
		);
		expect(wrong).toEqual([]);
	});

	it("contains() agrees for prereleases=True, default and prereleases=False", () => {
		const wrong: string[] = [];
		for (const [si, vi, bits] of vectors.contains) {
			if (bits < 0) continue; // packaging itself raised
			const s = spec(si);
			const v = versionText(vi);
			const got =
				Number(contains(s, v, { prereleases: true })) |
				(Number(contains(s, v)) << 1) |
				(Number(contains(s, v, { prereleases: false })) << 2);
			if (got !== bits)
				wrong.push(
					`${JSON.stringify(s.text)} ${JSON.stringify(v)} want ${bits} got ${got}`,
				);
		}
		expect(wrong.slice(0, 30)).toEqual([]);
	});

	// packaging's is_unsatisfiable works on value ranges and is looser than its own contains():
	// `~=v1.4.5` matches nothing, nor does `>1.0a1,<1.0a2.dev0`, yet both count as satisfiable.
	// So we only allow disagreement in that direction, and then no recorded version may be a member.
	it("isEmpty agrees with packaging is_unsatisfiable, or is provably tighter", () => {
		const members = new Set<number>();
		for (const [si, , bits] of vectors.contains)
			if (bits > 0 && (bits & 1) === 1) members.add(si);
		const wrong: string[] = [];
		let tighter = 0;
		for (const [i, [text, valid, unsat]] of vectors.specifiers.entries()) {
			if (!valid || unsat === null) continue;
			const empty = isEmpty(spec(i));
			if (empty === unsat) continue;
			if (empty && !members.has(i)) tighter++;
			else wrong.push(text);
		}
		expect(wrong).toEqual([]);
		expect(
			isEmpty(spec(vectors.specifiers.findIndex(([t]) => t === "~=v1.4.5"))),
		).toBe(true);
		expect(tighter).toBeLessThan(40);
	});

	it("intersect and subset agree with packaging on sampled versions of spec pairs", () => {
		const member = new Map<string, number>();
		for (const [si, vi, bits] of vectors.contains)
			member.set(`${si}:${vi}`, bits);
		const wrong: string[] = [];
		for (const [ai, bi, sample, unsat] of vectors.pairs) {
			const a = spec(ai);
			const b = spec(bi);
			const both = intersect(a, b);
			const sub = subset(a, b);
			// isEmpty may only be tighter than packaging's (see above); samples check the rest.
			if (unsat === true && !isEmpty(both))
				wrong.push(`isEmpty ${a.text} & ${b.text}`);
			for (const vi of sample) {
				const inA = member.get(`${ai}:${vi}`);
				const inB = member.get(`${bi}:${vi}`);
				if (inA === undefined || inB === undefined || inA < 0 || inB < 0)
					continue;
				const v = versionText(vi);
				const want = (inA & 1) === 1 && (inB & 1) === 1;
				if (contains(both, v, { prereleases: true }) !== want) {
					wrong.push(`intersect ${a.text} & ${b.text} at ${v}`);
				}
				if (want && isEmpty(both))
					wrong.push(`isEmpty ${a.text} & ${b.text} holds ${v}`);
				if (sub.ok && (inA & 1) === 1 && (inB & 1) === 0) {
					wrong.push(
						`subset ${a.text} <= ${b.text} said ok but ${v} is only in a`,
					);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});
