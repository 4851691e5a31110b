import { describe, expect, it } from "vitest";
import {
	markerMayApply,
	markersEquivalent,
} from "../../src/policy/marker-applies.js";

describe("markerMayApply", () => {
	it.each([
		[null, ">=3.10", [], true],
		['python_version >= "3.14"', ">=3.10", [], true],
		['python_version >= "3.14"', ">=3.10,<3.13", [], false],
		['python_version < "3.11"', ">=3.11", [], false],
		['"3.11" > python_version', ">=3.11", [], false],
		['python_full_version >= "3.10.5"', "==3.10.*", [], true],
		['sys_platform == "win32"', ">=3.10", [], true],
		[
			'sys_platform != "emscripten" and python_version < "3.9"',
			">=3.10",
			[],
			false,
		],
		['extra == "cli"', ">=3.10", [], false],
		['extra == "cli"', ">=3.10", ["cli"], true],
		['extra == "cli" or python_version >= "3.12"', ">=3.10", [], true],
		['(extra == "ws") and (python_version >= "3.10")', null, ["ws"], true],
		["this is not a marker", null, [], true],
	] as const)(
		"%s with requires-python %s and extras %j: %s",
		(marker, requiresPython, extras, expected) => {
			expect(
				markerMayApply(marker, { requiresPython, extras: [...extras] }),
			).toBe(expected);
		},
	);

	it("answers each environment on its own when the same marker is asked again (answers are remembered)", () => {
		const marker = 'extra == "Web_Socket" and python_version < "3.11"';
		const ask = (requiresPython: string | null, extras: string[]) =>
			markerMayApply(marker, { requiresPython, extras });
		expect(ask(">=3.10", [])).toBe(false);
		expect(ask(">=3.10", ["web-socket"])).toBe(true);
		expect(ask(">=3.10", ["cli", "WEB.socket"])).toBe(true);
		expect(ask(">=3.11", ["web-socket"])).toBe(false);
		expect(ask(null, ["web-socket"])).toBe(true);
		expect(ask(">=3.10", [])).toBe(false);
	});
});

describe("markersEquivalent", () => {
	it("equates markers that hold in the same environments", () => {
		expect(
			markersEquivalent(
				'python_version <= "3.10"',
				"python_full_version < '3.11'",
			),
		).toBe(true);
		expect(
			markersEquivalent(
				'sys_platform == "linux" and python_version >= "3.9" and extra == "cli"',
				"extra == 'cli' and python_full_version >= '3.9' and sys_platform == 'linux'",
			),
		).toBe(true);
		expect(markersEquivalent(null, " ")).toBe(true);
	});

	it("tells different markers apart", () => {
		expect(
			markersEquivalent(
				'python_version <= "3.10"',
				"python_full_version <= '3.10'",
			),
		).toBe(false);
		expect(
			markersEquivalent('sys_platform == "linux"', "sys_platform != 'win32'"),
		).toBe(false);
		expect(markersEquivalent('os_name == "nt"', null)).toBe(false);
		expect(markersEquivalent("python_version >>", "python_version >>")).toBe(
			false,
		);
	});
});
