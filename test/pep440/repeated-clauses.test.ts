// packaging's SpecifierSet is a frozenset of clauses: a repeated clause is one clause. A pull request can repeat
// one for 16 MiB (bench/single-line.mjs measures it); thousands of different clauses are refused, never slow.
import { describe, expect, it } from "vitest";
import { parsePep508 } from "../../src/parse/pep508.js";
import { contains, parseSpecifierSet } from "../../src/pep440/specifier-set.js";

describe("a specifier set with repeated clauses", () => {
	it("keeps each clause once, in first-seen order, with the same meaning", () => {
		const once = parseSpecifierSet(">=1,<4");
		const repeated = parseSpecifierSet(`${">=1,".repeat(100_000)}<4,>=1`);
		if (!once.ok || !repeated.ok) throw new Error("both parse");
		expect(repeated.value.text).toBe(">=1,<4");
		expect(repeated.value.clauses).toHaveLength(2);
		for (const v of ["0.9", "1", "3.9", "4"])
			expect(contains(repeated.value.set, v)).toBe(contains(once.value.set, v));
	});

	it("treats spellings of one clause that normalize alike as one", () => {
		const r = parseSpecifierSet(">=1, >= 1 ,>=1");
		expect(r.ok && r.value.clauses.length).toBe(1);
	});

	it("still reports an invalid clause among repeats", () => {
		const r = parseSpecifierSet(`${">=1,".repeat(1000)}>=x`);
		expect(r.ok).toBe(false);
	});

	it("refuses more than 1024 different clauses with a reason (fail closed), at once", () => {
		const many = Array.from({ length: 5000 }, (_, i) => `>=${i}`).join(",");
		const r = parseSpecifierSet(many);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/more than 1024 different clauses/);
		const enough = Array.from({ length: 1024 }, (_, i) => `!=${i}`).join(",");
		expect(parseSpecifierSet(enough).ok).toBe(true);
	});

	it("keeps a requirement's repeated clause once, as packaging's str(Requirement) does, and still checks each", () => {
		const r = parsePep508(`flask${">=1,".repeat(200_000)} >= 1 ,<4,>=1`);
		expect(r.ok && r.value.specifier).toBe(">=1,<4");
		const bad = parsePep508(`flask${">=1,".repeat(1000)}>=1.*`);
		expect(bad.ok).toBe(false);
		const spaced = parsePep508("flask >= 1 , >=1,, <4");
		expect(spaced.ok).toBe(false);
		const kept = parsePep508("flask<4 , >= 1");
		expect(kept.ok && kept.value.specifier).toBe("<4,>=1");
	});
});
