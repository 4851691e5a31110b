import { compare as renovateCompare } from "@renovatebot/pep440";
import { describe, expect, it } from "vitest";
import {
	compareVersions,
	isPrerelease,
	parseVersion,
	updateType,
} from "../../src/pep440/version.js";

describe("parseVersion", () => {
	it("normalizes like packaging's str(Version)", () => {
		expect(parseVersion(" v1.0-ALPHA_1.POST-2.dev+Ab-01 ")?.text).toBe(
			"1.0a1.post2.dev0+ab.1",
		);
		expect(parseVersion("1!01.02")?.text).toBe("1!1.2");
		expect(parseVersion("1.0-1")?.text).toBe("1.0.post1");
		expect(parseVersion("1.0c1")?.text).toBe("1.0rc1");
		expect(parseVersion("1.0+abc")?.public).toBe("1.0");
	});

	it("rejects what packaging rejects, with Python's idea of whitespace", () => {
		expect(parseVersion("1..0")).toBeNull();
		expect(parseVersion("1.0.*")).toBeNull();
		expect(parseVersion("")).toBeNull();
		expect(parseVersion("1.0\ufeff")).toBeNull(); // not whitespace to Python
		expect(parseVersion("1.0\x1c")?.text).toBe("1.0"); // whitespace to Python
	});
});

describe("compareVersions", () => {
	it("orders like packaging across epochs, pre/post/dev and locals", () => {
		const sorted = [
			"1.0.dev0",
			"1.0a1.dev0",
			"1.0a1",
			"1.0a1.post1",
			"1.0rc1",
			"1.0",
			"1.0+abc",
			"1.0+1",
			"1.0.post0.dev0",
			"1.0.post0",
			"1.0.0.1",
			"2.0",
			"1!0.1",
		];
		for (let i = 1; i < sorted.length; i++) {
			expect(
				compareVersions(sorted[i - 1] as string, sorted[i] as string),
			).toBeLessThan(0);
		}
		expect(compareVersions("1.0", "1.0.0")).toBe(0);
		expect(() => compareVersions("nope", "1.0")).toThrow("Invalid version");
	});

	it("keeps huge numbers exact where @renovatebot/pep440 does not", () => {
		expect(
			renovateCompare("99999999999999999999", "99999999999999999998"),
		).toBe(0);
		expect(
			compareVersions("99999999999999999999", "99999999999999999998"),
		).toBe(1);
	});

	it("agrees with @renovatebot/pep440 on ordinary versions", () => {
		const vs = [
			"0.9",
			"1.0.dev1",
			"1.0a2",
			"1.0b1",
			"1.0rc1",
			"1.0",
			"1.0+x.1",
			"1.0.post1",
			"1.1",
			"1!0.1",
		];
		for (const a of vs) {
			for (const b of vs)
				expect(Math.sign(compareVersions(a, b))).toBe(renovateCompare(a, b));
		}
	});
});

describe("isPrerelease", () => {
	it("counts dev releases, like packaging", () => {
		expect(isPrerelease("1.0a1")).toBe(true);
		expect(isPrerelease("1.0.dev0")).toBe(true);
		expect(isPrerelease("1.0.post1.dev0")).toBe(true);
		expect(isPrerelease("1.0.post1")).toBe(false);
		expect(isPrerelease("1.0+dev")).toBe(false);
	});
});

describe("updateType", () => {
	it.each([
		["1.2.3", "2.0.0", "major"],
		["1.2.3", "1.3.0", "minor"],
		["1.2.3", "1.2.4", "patch"],
		["1.2.3", "1.2.3.1", "patch"],
		["1.2", "1.2.0", "none"],
		["1.2.3rc1", "1.2.3", "pre-release"],
		["1.2.3.dev1", "1.2.3.dev2", "pre-release"],
		["1.2.3", "1.2.3.post1", "post-release"],
		["1.2.3", "1!1.2.3", "epoch"],
		["1.2.3+a", "1.2.3+b", "local"],
		["2.0", "1.0", "major"],
	])("%s -> %s is %s", (from, to, expected) => {
		expect(updateType(from, to)).toBe(expected);
	});
});
