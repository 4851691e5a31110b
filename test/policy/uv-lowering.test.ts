// uv's lowering of marker-limited sources, and the marker negation it needs.
import { describe, expect, it } from "vitest";
import type { RequirementSource } from "../../src/model/types.js";
import {
	markersEqual,
	markersMayMeet,
} from "../../src/parse/markers/marker-algebra.js";
import { negateMarker } from "../../src/parse/markers/marker-tree.js";
import { lowerUvRequirement } from "../../src/policy/uv-lowering.js";
import { requirement } from "./build-project.js";

const git = (reference: string): RequirementSource => ({
	kind: "git",
	value: "https://github.com/encode/httpx",
	reference,
	subdirectory: null,
	base: ".",
});

describe("negateMarker", () => {
	it.each([
		'sys_platform == "linux"',
		'python_version >= "3.11" and sys_platform != "win32"',
		'(os_name == "nt" or platform_machine in "x86_64 aarch64") and python_full_version < "3.12.1"',
		"'3.10' <= python_version",
		'implementation_name == "cpython" or extra == "cli"',
	])("holds exactly where %s does not", (marker) => {
		const negated = negateMarker(marker);
		expect(negated).not.toBeNull();
		expect(markersMayMeet([marker, negated])).toBe(false);
		expect(markersEqual(`(${marker}) or (${negated})`, null)).toBe(true);
	});

	it("gives up on ~= and ===, which no marker comparison negates", () => {
		expect(negateMarker('python_version ~= "3.11"')).toBeNull();
		expect(negateMarker('platform_release === "5.10"')).toBeNull();
	});
});

describe("lowerUvRequirement", () => {
	it("splits by source marker, keeps the index fallback, and joins the requirement's own marker", () => {
		const lowered = lowerUvRequirement(
			requirement("httpx", ">=0.27", {
				marker: 'python_version >= "3.11"',
				markedSources: [
					{
						source: git("tag=0.27.2"),
						marker: "sys_platform == 'darwin'",
						editable: false,
					},
					{ source: null, marker: "sys_platform == 'win32'", editable: false },
				],
			}),
		);
		expect(
			lowered?.map((r) => [r.specifier, r.source?.reference ?? null, r.marker]),
		).toEqual([
			[
				"",
				"tag=0.27.2",
				`(python_version >= "3.11") and (sys_platform == 'darwin')`,
			],
			[
				">=0.27",
				null,
				`(python_version >= "3.11") and (sys_platform == 'win32')`,
			],
			[
				">=0.27",
				null,
				'(python_version >= "3.11") and ((sys_platform != "darwin") and (sys_platform != "win32"))',
			],
		]);
	});

	it("leaves nothing to the index when the sources cover every environment, and drops a source that never applies", () => {
		const lowered = lowerUvRequirement(
			requirement("httpx", ">=0.27", {
				marker: 'sys_platform == "linux"',
				markedSources: [
					{
						source: git("tag=0.27.2"),
						marker: "sys_platform == 'darwin'",
						editable: false,
					},
					{
						source: git("tag=0.28.1"),
						marker: "sys_platform != 'darwin'",
						editable: false,
					},
				],
			}),
		);
		expect(lowered?.map((r) => r.source?.reference)).toEqual(["tag=0.28.1"]);
	});
});
