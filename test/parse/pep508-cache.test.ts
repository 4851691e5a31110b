import { describe, expect, it } from "vitest";
import { parsePep508, parsePep508Marker } from "../../src/parse/pep508.js";
import { parseSpecifierSet } from "../../src/pep440/specifier-set.js";

// Each distinct text is parsed once; these pin that callers cannot tell.
describe("parsing a text again", () => {
	it("gives a requirement equal to the first and not shared with it", () => {
		const first = parsePep508(
			"Foo.Bar[Security,socks]>=2.0,<3 ; python_version < '3.12'",
		);
		if (!first.ok) throw new Error(first.error);
		first.value.extras.push("mutated");
		const second = parsePep508(
			"Foo.Bar[Security,socks]>=2.0,<3 ; python_version < '3.12'",
		);
		expect(second).toEqual({
			ok: true,
			value: {
				name: "foo-bar",
				rawName: "Foo.Bar",
				specifier: ">=2.0,<3",
				extras: ["security", "socks"],
				marker: 'python_version < "3.12"',
				url: null,
			},
		});
	});

	it("gives the same error for an invalid requirement", () => {
		const first = parsePep508("foo >= ");
		expect(first.ok).toBe(false);
		expect(parsePep508("foo >= ")).toEqual(first);
	});

	it("gives the same marker and specifier set", () => {
		expect(parsePep508Marker("os_name=='nt'")).toEqual({
			ok: true,
			value: 'os_name == "nt"',
		});
		expect(parsePep508Marker("os_name=='nt'")).toEqual({
			ok: true,
			value: 'os_name == "nt"',
		});
		const set = parseSpecifierSet(">=1.0,!=1.5.*");
		expect(parseSpecifierSet(">=1.0,!=1.5.*")).toBe(set);
		expect(set.ok && set.value.text).toBe(">=1.0,!=1.5.*");
	});
});
