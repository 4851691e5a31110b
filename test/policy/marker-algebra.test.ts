import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	evaluateMarker,
	markerMayHold,
	markersEqual,
	markersMayMeet,
} from "../../src/parse/markers/marker-algebra.js";

// Made by scripts/gen-marker-vectors.py from packaging's Marker.evaluate over 24,336 environments.
const vectors = JSON.parse(
	readFileSync(
		new URL("../data/markers/marker-vectors.json", import.meta.url),
		"utf8",
	),
) as {
	markers: string[];
	alone: boolean[];
	pairs: [number, number, boolean, boolean][];
	sampleKeys: string[];
	samples: [number, string[], boolean][];
};
const marker = (i: number) => vectors.markers[i] ?? "";

describe("marker algebra against packaging", () => {
	it("evaluates each marker in an environment as packaging does", () => {
		const wrong = vectors.samples.flatMap(([i, values, expected]) => {
			const environment: Record<string, string> = {};
			vectors.sampleKeys.forEach((key, k) => {
				environment[key] = values[k] ?? "";
			});
			environment.python_version = (environment.python_full_version ?? "")
				.split(".")
				.slice(0, 2)
				.join(".");
			const got = evaluateMarker(marker(i), environment);
			return got === expected ? [] : [{ marker: marker(i), environment, got }];
		});
		expect(wrong).toEqual([]);
	});

	it("says a marker can hold exactly when packaging finds an environment where it does", () => {
		const got = vectors.markers.map((m) => markerMayHold(m));
		expect(got).toEqual(vectors.alone);
	});

	it("says two markers can both hold exactly when packaging finds an environment where both do", () => {
		const wrong = vectors.pairs.flatMap(([i, j, meet]) =>
			markersMayMeet([marker(i), marker(j)]) === meet
				? []
				: [[marker(i), marker(j), meet]],
		);
		expect(wrong).toEqual([]);
	});

	it("says two markers are equal exactly when packaging gives them the same truth table", () => {
		const wrong = vectors.pairs.flatMap(([i, j, , equal]) =>
			markersEqual(marker(i), marker(j)) === equal
				? []
				: [[marker(i), marker(j), equal]],
		);
		expect(wrong).toEqual([]);
	});
});

describe("marker algebra in a scope", () => {
	it("keeps to the project's requires-python", () => {
		const scope = { requiresPython: ">=3.10", extras: null };
		expect(markerMayHold('python_version < "3.8"', scope)).toBe(false);
		expect(markerMayHold('python_version >= "3.14"', scope)).toBe(true);
		expect(
			markersMayMeet(['python_version < "3.11"', 'python_version >= "3.11"']),
		).toBe(false);
		// Equal where the project runs: below 3.10 does not count.
		expect(markersEqual('python_version >= "3.8"', null, { scope })).toBe(true);
		expect(markersEqual('python_version >= "3.8"', null)).toBe(false);
	});

	it("applies an extra only when it is requested (PEP 685 names)", () => {
		const none = { requiresPython: null, extras: [] };
		expect(markerMayHold('extra == "standard"', none)).toBe(false);
		expect(
			markerMayHold('extra == "Standard"', {
				requiresPython: null,
				extras: ["standard"],
			}),
		).toBe(true);
		expect(markerMayHold('extra != "standard"', none)).toBe(true);
		// Two requested extras install together (uv and pip install both extras' requirements).
		expect(markersMayMeet(['extra == "a"', 'extra == "b"'])).toBe(true);
	});

	it("reads uv's rewrite of platform_system as the same marker, and os_name as its own variable, in the uv model", () => {
		const uv = { model: "uv" as const };
		expect(
			markersEqual(
				'platform_system == "Windows"',
				"sys_platform == 'win32'",
				uv,
			),
		).toBe(true);
		expect(
			markersEqual(
				'platform_system == "Darwin" and python_version >= "3.9"',
				"python_full_version >= '3.9' and sys_platform == 'darwin'",
				uv,
			),
		).toBe(true);
		expect(markersEqual('os_name == "nt"', "sys_platform == 'win32'", uv)).toBe(
			false,
		);
		// In reality Windows is the only system whose os.name is "nt".
		expect(markersEqual('os_name == "nt"', "sys_platform == 'win32'")).toBe(
			true,
		);
	});

	it("treats a platform it does not know as some other system", () => {
		expect(markerMayHold('sys_platform == "zos"')).toBe(true);
		expect(markersMayMeet(['sys_platform == "zos"', 'os_name == "nt"'])).toBe(
			false,
		);
		expect(
			markersMayMeet(['sys_platform == "zos"', 'sys_platform != "linux"']),
		).toBe(true);
	});

	it("leaves what it cannot read or decide open", () => {
		expect(markerMayHold("this is not a marker")).toBe(true);
		expect(markersEqual("this is not", "this is not")).toBe(false);
		expect(
			markersMayMeet(['platform_release >= "5.0"', 'platform_release < "5.0"']),
		).toBe(true);
		expect(evaluateMarker('platform_release >= "5.0"', {})).toBe(null);
	});

	it("answers from the lock's forks: 2.11.4 is locked only where Python is below 3.14", () => {
		const fork =
			"(python_full_version < '3.14' and platform_python_implementation != 'PyPy') or (python_full_version < '3.14' and platform_python_implementation == 'PyPy' and sys_platform == 'win32') or (python_full_version < '3.14' and platform_python_implementation == 'PyPy' and sys_platform != 'win32')";
		expect(
			markersMayMeet([fork, 'python_version >= "3.14"'], {
				requiresPython: ">=3.10",
				extras: null,
			}),
		).toBe(false);
		expect(markersMayMeet([fork, 'sys_platform == "win32"'])).toBe(true);
	});
});
