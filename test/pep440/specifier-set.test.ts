import { describe, expect, it } from "vitest";
import {
	contains,
	describeSet,
	hasUpperBound,
	intersect,
	isEmpty,
	isExactPin,
	parseSpecifierSet,
	type SpecifierSet,
	subset,
} from "../../src/pep440/specifier-set.js";

function spec(text: string): SpecifierSet {
	const parsed = parseSpecifierSet(text);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

describe("parseSpecifierSet", () => {
	it("splits clauses, trims whitespace and keeps the operator and version", () => {
		const s = spec(" >=1.0 , <2,!=1.5.*");
		expect(s.text).toBe(">=1.0,<2,!=1.5.*");
		expect(s.clauses).toEqual([
			{ operator: ">=", version: "1.0", wildcard: false, text: ">=1.0" },
			{ operator: "<", version: "2", wildcard: false, text: "<2" },
			{ operator: "!=", version: "1.5.*", wildcard: true, text: "!=1.5.*" },
		]);
	});

	it("treats the empty string as every version", () => {
		const s = spec("");
		expect(s.clauses).toEqual([]);
		expect(contains(s, "0.0.1a1")).toBe(true);
		expect(describeSet(s.set)).toBe("any version");
	});

	it.each([
		["~=1", "two release segments"],
		["==1.2.*.4", "wildcard must be the last part"],
		[">=", "no version after '>='"],
		[
			">=1.0, <2, >=1.*",
			"'>=1.*': a wildcard (.*) is only allowed with == and !=",
		],
		["<1.0+abc", "local version (+...) is only allowed with == and !="],
		["=>1.0", "does not start with an operator"],
		["==1.0a1.*", "wildcard can only follow a plain release"],
		["1.0", "does not start with an operator"],
	])("rejects %j saying why", (text, why) => {
		const parsed = parseSpecifierSet(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toContain(why);
	});
});

describe("known disagreements between @renovatebot/pep440 and packaging", () => {
	it.each([
		["<1.0a2", "1.0a1", true],
		["!=5.4.0.*", "5.4", false],
		[">0a0", "0b1", true],
		[">=1!1.0", "2.0", false],
		["<1!0", "5.0", true],
		["==1!1.0.*", "1!1.0.post1", true],
		["~=1.4c1", "1.5", false],
		["~=v1.4.5", "1.4.6", false],
		["==1.0", "1.0+abc", true],
		["==1.0+abc", "1.0+ABC", true],
		["==1.0+abc", "1.0", false],
		["<=1.0", "1.0+local", true],
		[">1.0", "1.0.post1", false],
		[">1.0", "1.0+local", false],
		[">1.0.post1", "1.0.post2", true],
		["<1.0", "1.0rc1", false],
		["<1.0", "0.9rc1", true],
		["===FOO", "foo", true],
		["===1.0", "1.0.0", false],
	])("%s contains %s: %s", (text, version, expected) => {
		expect(contains(spec(text), version, { prereleases: true })).toBe(expected);
	});

	it("excludes pre-releases only when asked", () => {
		expect(contains(spec(">=1.0"), "2.0a1")).toBe(true);
		expect(contains(spec(">=1.0"), "2.0a1", { prereleases: false })).toBe(
			false,
		);
		expect(contains(spec(">=1.0"), "2.0", { prereleases: false })).toBe(true);
	});
});

describe("set algebra hand cases", () => {
	it("~=1.23.3 is narrower than >=1.23.3,<2, with 1.24.0 as the counterexample", () => {
		expect(subset(spec("~=1.23.3"), spec(">=1.23.3,<2"))).toEqual({ ok: true });
		expect(subset(spec(">=1.23.3,<2"), spec("~=1.23.3"))).toEqual({
			ok: false,
			counterexample: "1.24.0",
		});
		expect(describeSet(spec("~=1.23.3").set)).toBe(">=1.23.3, <1.24.0");
	});

	it(">=4.4,<5 is not within >=4.5: 4.4 itself is outside", () => {
		expect(subset(spec(">=4.4,<5"), spec(">=4.5"))).toEqual({
			ok: false,
			counterexample: "4.4",
		});
		expect(describeSet(intersect(spec(">=4.4,<5"), spec(">=4.5")))).toBe(
			">=4.5, <5",
		);
	});

	it("==0.26.0 and >=0.27.1 have nothing in common", () => {
		const both = intersect(spec("==0.26.0"), spec(">=0.27.1"));
		expect(isEmpty(both)).toBe(true);
		expect(describeSet(both)).toBe("nothing");
		expect(subset(spec("==0.26.0"), spec(">=0.27.1"))).toEqual({
			ok: false,
			counterexample: "0.26.0",
		});
	});

	it("is exact at the edges packaging draws between real versions", () => {
		expect(isEmpty(spec(">1.0a1,<1.0a2.dev0"))).toBe(true);
		expect(isEmpty(spec(">1.0,<1.0.0.1"))).toBe(false);
		expect(isEmpty(spec("<0"))).toBe(true);
		expect(isEmpty(spec("==1.0.*,!=1.0.*"))).toBe(true);
		expect(isEmpty(spec("===1.0,===2.0"))).toBe(true);
		expect(isEmpty(spec("===1.0,>=2"))).toBe(true);
		expect(isEmpty(spec("===foo"))).toBe(false);
		expect(isEmpty(spec(">=1!0.dev0,<1!0.dev1"))).toBe(false);
	});

	it("finds counterexamples in gaps: != holes, post-releases, epochs", () => {
		expect(subset(spec(">=1.0,<2"), spec(">=1.0,<2,!=1.5"))).toEqual({
			ok: false,
			counterexample: "1.5",
		});
		expect(subset(spec(">=1.0"), spec(">1.0"))).toEqual({
			ok: false,
			counterexample: "1.0",
		});
		const post = subset(spec("<=1.0.post1,>=1.0"), spec("<=1.0"));
		expect(post).toEqual({ ok: false, counterexample: "1.0.post0" });
		expect(subset(spec(">=1!1.0"), spec("<3"))).toEqual({
			ok: false,
			counterexample: "1!1.0",
		});
		expect(subset(spec("==1.*"), spec(">=1.0"))).toEqual({
			ok: false,
			counterexample: "1.0a1",
		});
	});

	it("describes unions and single versions", () => {
		expect(describeSet(spec("!=1.5").set)).toBe(
			"<1.5.dev0 || >=1.5.post0.dev0",
		);
		expect(describeSet(spec("==1.5").set)).toBe("==1.5");
		expect(describeSet(spec(">1.0,<=2").set)).toBe(">1.0, <=2");
	});

	it("knows pins and upper bounds", () => {
		expect(isExactPin(spec("==1.2.3"))).toBe(true);
		expect(isExactPin(spec("===1.2.3"))).toBe(true);
		expect(isExactPin(spec("==1.2.*"))).toBe(false);
		expect(isExactPin(spec(">=1,<2"))).toBe(false);
		expect(hasUpperBound(spec(">=1,<2"))).toBe(true);
		expect(hasUpperBound(spec("~=1.2"))).toBe(true);
		expect(hasUpperBound(spec("==1.*"))).toBe(true);
		expect(hasUpperBound(spec(">=1,!=1.5"))).toBe(false);
		expect(hasUpperBound(spec(""))).toBe(false);
	});
});
