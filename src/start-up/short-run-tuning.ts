// V8 tunes itself for programs that run for a long time. A CLI run over one repository is ~100 ms of code that runs
// once: TurboFan compiles a dozen functions on its thread whose optimized code never pays back, and the young
// generation doubles after each scavenge (fresh pages, ~10 µs each on a virtual machine). The CLI's entry sets two
// of V8's own heuristics for a short run: optimize later (a larger interrupt budget, or higher invocation counts
// where V8 tiers up by count), and keep the young generation at its starting size. Both are read by V8 each time
// it decides (the budget when a function's counter is reset, the growth factor when new space would grow), never
// baked into code or the heap's layout, so setting them at run time is safe (a flag V8 does not read that way,
// `--concurrent-sparkplug`, crashed Node when set so). V8 does hash the flags into a code cache: see
// underShortRunFlags. Once the run proves long (main-thread reads past LONG_RUN_BYTES, a parse pool, 250 ms of run)
// V8's defaults come back: a 16 MiB requirements file parsed with a young generation that never grows took 8.4 s
// and 700 MB instead of 6.9 s and 580 MB. Measured in bench/results.md (rounds 15 and 16).
//
// One setting is for the whole run, never set back: regular expressions compiled straight to machine code
// (`--no-regexp-tier-up`), as V8 did before 2019. With tier-up, V8 first compiles each expression to bytecode for
// its interpreter, with a peephole pass that is slow on large patterns (Node's own IPv6 pattern, which dns.lookup
// runs once per run online: 7-10 ms here, against 2.5 ms compiled straight to machine code), then again to machine
// code at its second use. V8 decides an expression's tiering when it creates it: one created without tier-up and
// first run after tier-up came back would be interpreted for good, which is why this one stays. (The other way, the
// few expressions Node's start-up compiled to bytecode before the entry runs stay interpreted: they run rarely.)
//
// Only V8 versions measured here are tuned (each Node line's own V8, whose defaults are known), and never when the
// user's own flags name these settings. The CLI's entry and its engine are two bundles, each with its own copy of
// this module: the tuning they share lives on the process (a symbol on globalThis), and only the entry sets flags
// (node:v8's setFlagsFromString, given to tuneForShortRun), so that neither the engine nor a parse worker loads node:v8.

interface Tuning {
	/** V8's flags for a short run. */
	short: string;
	/** V8's defaults for the same flags, in this V8. */
	defaults: string;
	/** Flags set with the short run's and never set back. */
	wholeRun: string;
}

/** Every V8 measured: regular expressions compiled once, to machine code (see the head of this file). */
const WHOLE_RUN = "--no-regexp-tier-up";

/** V8s that tier up by invocation count (Maglev, then TurboFan): 4x the counts. */
const BY_INVOCATION_COUNT: Tuning = {
	short:
		"--invocation-count-for-maglev=1600 --invocation-count-for-turbofan=12000 --semi-space-growth-factor=1",
	defaults:
		"--invocation-count-for-maglev=400 --invocation-count-for-turbofan=3000 --semi-space-growth-factor=2",
	wholeRun: WHOLE_RUN,
};

/** By V8's major.minor (Node 20: 11.3, Node 22: 12.4, Node 24: 13.6). */
export const TUNINGS: Readonly<Record<string, Tuning>> = {
	"11.3": {
		short: "--interrupt-budget=540672 --semi-space-growth-factor=1",
		defaults: "--interrupt-budget=67584 --semi-space-growth-factor=2",
		wholeRun: WHOLE_RUN,
	},
	"12.4": BY_INVOCATION_COUNT,
	"13.6": BY_INVOCATION_COUNT,
};

/** Main-thread reads past this many bytes in all make the run a long one. */
export const LONG_RUN_BYTES = 1024 * 1024;

/** A run still going after this long is a long one. */
export const LONG_RUN_MS = 250;

interface TuningState {
	/** Whether V8's defaults are back. */
	ended: boolean;
	/** Sets V8's defaults. */
	setDefaults: () => void;
	/** Sets the short run's flags. */
	setShort: () => void;
	/** Main-thread bytes read so far. */
	bytesRead: number;
}

const STATE = Symbol.for("pin-audit.short-run-tuning");

type Holder = { [STATE]?: TuningState };

export interface TuningEnvironment {
	/** `process.versions.v8`. */
	v8Version: string;
	/** Node's own flags: `process.execArgv`, then NODE_OPTIONS. */
	nodeFlags: readonly string[];
	/** Sets V8 flags: node:v8's setFlagsFromString. */
	setFlags: (flags: string) => void;
	/** Where the state lives (default: globalThis). */
	holder?: object;
}

/**
 * Tunes V8 for a short run, where this V8 is one measured and the user's flags leave these settings alone; true when
 * it did. Call once, before the engine loads.
 */
export function tuneForShortRun(environment: TuningEnvironment): boolean {
	const holder = (environment.holder ?? globalThis) as Holder;
	if (holder[STATE] !== undefined) return false;
	const tuning = tuningFor(environment.v8Version);
	if (tuning === undefined) return false;
	const names = flagNames(`${tuning.short} ${tuning.wholeRun}`);
	if (environment.nodeFlags.some((flag) => names.has(flagName(flag))))
		return false;
	const { setFlags } = environment;
	setFlags(`${tuning.short} ${tuning.wholeRun}`);
	holder[STATE] = {
		ended: false,
		setDefaults: () => setFlags(tuning.defaults),
		setShort: () => setFlags(tuning.short),
		bytesRead: 0,
	};
	return true;
}

export function tuningFor(v8Version: string): Tuning | undefined {
	const [major, minor] = v8Version.split(".");
	return TUNINGS[`${major}.${minor}`];
}

/** Sets V8's defaults back, if this process was tuned and still is; true when it did. */
export function endShortRunTuning(holder: object = globalThis): boolean {
	const state = (holder as Holder)[STATE];
	if (state === undefined || state.ended) return false;
	state.ended = true;
	state.setDefaults();
	return true;
}

/**
 * `make` run under the flags the process started its run with, for V8's code cache: a cache carries a hash of the
 * flags V8 saw when it first needed one (and keeps it for the process), and a run that makes its cache without
 * having loaded one (the first on a machine) first needs it when writing. Had the run proved long by then, the cache would carry
 * V8's defaults and every later run, tuned when it loads the cache, would refuse it and write it again.
 */
export function underShortRunFlags<T>(
	make: () => T,
	holder: object = globalThis,
): T {
	const state = (holder as Holder)[STATE];
	if (state === undefined || !state.ended) return make();
	state.setShort();
	try {
		return make();
	} finally {
		state.setDefaults();
	}
}

/** Whether the process is tuned for a short run now. */
export function isTunedForShortRun(holder: object = globalThis): boolean {
	const state = (holder as Holder)[STATE];
	return state !== undefined && !state.ended;
}

/** Counts bytes the main thread read; past LONG_RUN_BYTES in all, the run is a long one. */
export function noteBytesRead(
	bytes: number,
	holder: object = globalThis,
): void {
	const state = (holder as Holder)[STATE];
	if (state === undefined || state.ended) return;
	state.bytesRead += bytes;
	if (state.bytesRead > LONG_RUN_BYTES) endShortRunTuning(holder);
}

/** `--semi-space-growth-factor=1` and `--semi_space_growth_factor` are one flag to V8. */
function flagName(flag: string): string {
	const name = flag.replace(/^--(no-)?/, "").split("=", 1)[0] ?? "";
	return name.replaceAll("_", "-");
}

function flagNames(flags: string): Set<string> {
	return new Set(flags.split(" ").map(flagName));
}
