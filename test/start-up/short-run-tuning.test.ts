// The CLI's V8 tuning for a short run: which V8 versions it tunes and with what, that the defaults it sets back are
// each V8's own (test/data/v8/flag-defaults.json, from each Node line's `--v8-options`, and the running Node's), that
// a user's own flag for these settings wins, and when a run stops counting as short.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
	endShortRunTuning,
	isTunedForShortRun,
	LONG_RUN_BYTES,
	noteBytesRead,
	TUNINGS,
	tuneForShortRun,
	tuningFor,
	underShortRunFlags,
} from "../../src/start-up/short-run-tuning.js";
import { node24Path } from "../support/action-runner.js";

interface FlagData {
	nodes: Record<
		string,
		{ v8: string; defaults: Record<string, number | boolean | null> }
	>;
}

const DATA = JSON.parse(
	readFileSync(
		join(import.meta.dirname, "../data/v8/flag-defaults.json"),
		"utf8",
	),
) as FlagData;

/** `--name=value ...` as a map. */
function parseFlags(flags: string): Map<string, number> {
	return new Map(
		flags.split(" ").map((flag) => {
			const [name, value] = flag.replace(/^--/, "").split("=");
			return [name as string, Number(value)];
		}),
	);
}

/** A fresh process-like holder and a record of the flags set. */
function setup(v8Version = "11.3.244.8-node.38", nodeFlags: string[] = []) {
	const holder = {};
	const set: string[] = [];
	const tuned = tuneForShortRun({
		v8Version,
		nodeFlags,
		setFlags: (flags) => set.push(flags),
		holder,
	});
	return { holder, set, tuned };
}

describe("TUNINGS", () => {
	it("covers the V8 of every Node line in the data, and sets back exactly that V8's defaults", () => {
		for (const [node, { v8, defaults }] of Object.entries(DATA.nodes)) {
			const tuning = tuningFor(v8);
			expect(tuning, `${node} (V8 ${v8})`).toBeDefined();
			const short = parseFlags(tuning?.short ?? "");
			const restored = parseFlags(tuning?.defaults ?? "");
			expect([...restored.keys()].sort()).toEqual([...short.keys()].sort());
			for (const [name, value] of restored)
				expect(value, `${node}: --${name}`).toBe(defaults[name]);
		}
	});

	it("turns off, for the whole run, only boolean settings that are on by default in that V8", () => {
		for (const [node, { v8, defaults }] of Object.entries(DATA.nodes)) {
			const flags = tuningFor(v8)?.wholeRun.split(" ") ?? [];
			expect(flags, node).toEqual(["--no-regexp-tier-up"]);
			for (const flag of flags)
				expect(defaults[flag.replace(/^--no-/, "")], `${node}: ${flag}`).toBe(
					true,
				);
		}
	});

	it("only tunes towards later optimization and a young generation that does not grow", () => {
		for (const tuning of Object.values(TUNINGS)) {
			const short = parseFlags(tuning.short);
			const restored = parseFlags(tuning.defaults);
			for (const [name, value] of short) {
				if (name === "semi-space-growth-factor") expect(value).toBe(1);
				else expect(value).toBeGreaterThan(restored.get(name) ?? Infinity);
			}
		}
	});

	const nodes: [string, string | undefined][] = [
		["this Node", process.execPath],
		["Node 24", node24Path()],
	];
	it.each(nodes)("matches %s's own flags and defaults", (_, node) => {
		if (node === undefined) return;
		const version = spawnSync(node, ["-p", "process.versions.v8"], {
			encoding: "utf8",
		}).stdout.trim();
		const tuning = tuningFor(version);
		if (tuning === undefined) return;
		const options = spawnSync(node, ["--v8-options"], {
			encoding: "utf8",
			maxBuffer: 64 * 1024 * 1024,
		}).stdout;
		for (const [name, value] of parseFlags(tuning.defaults))
			expect(options).toContain(`default: --${name}=${value}\n`);
		for (const flag of tuning.wholeRun.split(" "))
			expect(options).toContain(`default: --${flag.replace(/^--no-/, "")}\n`);
	});

	it("leaves V8 versions it was not measured on alone", () => {
		for (const version of ["10.2.154.26-node.26", "14.1.146.11-node.14", ""])
			expect(setup(version)).toMatchObject({ tuned: false, set: [] });
	});
});

describe("tuneForShortRun", () => {
	it("sets the short run's flags once, and V8's defaults back once", () => {
		const { holder, set, tuned } = setup();
		expect(tuned).toBe(true);
		const tuning = TUNINGS["11.3"];
		expect(set).toEqual([`${tuning?.short} ${tuning?.wholeRun}`]);
		expect(isTunedForShortRun(holder)).toBe(true);
		expect(
			tuneForShortRun({
				v8Version: "11.3.244.8-node.38",
				nodeFlags: [],
				setFlags: (flags) => set.push(flags),
				holder,
			}),
		).toBe(false);
		expect(endShortRunTuning(holder)).toBe(true);
		expect(endShortRunTuning(holder)).toBe(false);
		// The whole run's flags are never set back.
		expect(set).toEqual([
			`${tuning?.short} ${tuning?.wholeRun}`,
			tuning?.defaults,
		]);
		expect(isTunedForShortRun(holder)).toBe(false);
	});

	it("leaves V8 alone when the user's own flags name one of these settings, in either spelling", () => {
		for (const flag of [
			"--interrupt-budget=1000",
			"--semi_space_growth_factor=4",
			"--semi-space-growth-factor",
			"--regexp_tier_up",
			"--no-regexp-tier-up",
		])
			expect(setup(undefined, ["--max-old-space-size=4096", flag])).toEqual(
				expect.objectContaining({ tuned: false, set: [] }),
			);
		expect(setup(undefined, ["--max-old-space-size=4096", ""]).tuned).toBe(
			true,
		);
	});

	it("does nothing at the end of a run that was never tuned", () => {
		const holder = {};
		expect(endShortRunTuning(holder)).toBe(false);
		noteBytesRead(LONG_RUN_BYTES * 2, holder);
		expect(isTunedForShortRun(holder)).toBe(false);
	});
});

describe("underShortRunFlags", () => {
	it("makes the code cache under the short run's flags, then sets V8's defaults back, even when making throws", () => {
		const { holder, set } = setup();
		const { short, defaults, wholeRun } = TUNINGS["11.3"] ?? {};
		// Still tuned: nothing to set.
		expect(underShortRunFlags(() => set.length, holder)).toBe(1);
		endShortRunTuning(holder);
		expect(underShortRunFlags(() => set.at(-1), holder)).toBe(short);
		expect(set).toEqual([`${short} ${wholeRun}`, defaults, short, defaults]);
		expect(() =>
			underShortRunFlags(() => {
				throw new Error("no cache");
			}, holder),
		).toThrow("no cache");
		expect(set.at(-1)).toBe(defaults);
		expect(isTunedForShortRun(holder)).toBe(false);
	});

	it("only makes it, in a process that was never tuned", () => {
		expect(underShortRunFlags(() => "made", {})).toBe("made");
	});
});

describe("noteBytesRead", () => {
	it("ends the tuning once the main thread has read more than LONG_RUN_BYTES in all", () => {
		const { holder, set } = setup();
		noteBytesRead(LONG_RUN_BYTES / 2, holder);
		noteBytesRead(LONG_RUN_BYTES / 2, holder);
		expect(isTunedForShortRun(holder)).toBe(true);
		noteBytesRead(1, holder);
		expect(isTunedForShortRun(holder)).toBe(false);
		noteBytesRead(LONG_RUN_BYTES, holder);
		expect(set).toHaveLength(2);
	});
});
