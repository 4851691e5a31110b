import { join } from "node:path";
import { debuglog, format } from "node:util";
import { setFlagsFromString } from "node:v8";
import type { runCli } from "./run-cli.js";
import { codeCacheDirectory } from "./start-up/code-cache-directory.js";
import {
	createDirectWriter,
	writesDirectly,
} from "./start-up/direct-writer.js";
import { loadCachedEngine } from "./start-up/load-cached-engine.js";
import {
	endShortRunTuning,
	isTunedForShortRun,
	LONG_RUN_MS,
	tuneForShortRun,
	underShortRunFlags,
} from "./start-up/short-run-tuning.js";
import {
	createStdoutWriter,
	type StdoutWriter,
} from "./start-up/stdout-writer.js";
import { TOOL_VERSION } from "./version.js";

// Replaced at bundle time with the build's hash of dist/cli-engine.cjs.
declare const __PIN_AUDIT_ENGINE_HASH__: string;

// process.uptime(), not performance.now(): the latter loads perf_hooks.
const started = process.uptime() * 1000;
const argv = process.argv.slice(2);
// Straight to the file descriptor where Node would write at once anyway (a file, a pipe, the null device), else
// through Node's stream, waiting for "drain": Node would otherwise buffer most of a large report in memory.
const direct = { stdout: writesDirectly(1), stderr: writesDirectly(2) };
const output = direct.stdout
	? createDirectWriter(1, () => process.stdout)
	: createStdoutWriter(process.stdout);
const errors = direct.stderr
	? createDirectWriter(2, () => process.stderr)
	: null;

// `pin-audit --version` alone (what scripts and bug reports ask first) is answered without loading the engine,
// with the constant the engine answers it from (run-cli.ts). No top-level await: the build makes this entry
// CommonJS, which Node 20 starts ~9 ms sooner than an ES module (bench/results.md, round 12).
if (argv.length === 1 && argv[0] === "--version") {
	void printVersion().then(exitWhenWritten);
} else {
	void runEngine().then(exitWhenWritten);
}

/**
 * Ends the process with its exit status once stderr has taken every write (stdout has, once finishOutput returned):
 * exiting explicitly skips tearing down V8's heap and Node's environment, which nothing of a finished run needs
 * (~4 ms; bench/results.md, round 12). Through Node's stream, a write's callback runs after every earlier write.
 */
function exitWhenWritten(): void {
	if (errors === null) process.stderr.write("", () => process.exit());
	else void errors.finish().then(() => process.exit());
}

function writeError(text: string): void {
	if (errors === null) process.stderr.write(text);
	else void errors.write(text);
}

async function printVersion(): Promise<void> {
	await output.write(`${TOOL_VERSION}\n`);
	process.exitCode = await finishOutput(output, 0);
}

async function runEngine(): Promise<void> {
	const command = argv[0] ?? "";
	// The cache holds what one run compiled: a run that only prints help or the version makes its own, or the first
	// `pin-audit --help` on a machine would leave every later audit a cache of half the engine (20 ms slower).
	const options = argv.includes("--")
		? argv.slice(0, argv.indexOf("--"))
		: argv;
	const printsOnly = options.some((arg) =>
		["--help", "-h", "--version"].includes(arg),
	);
	const flavour = printsOnly
		? "info"
		: ["fix", "drift", "merge"].includes(command)
			? command
			: "audit";
	const nodeFlags = [
		...process.execArgv,
		...(process.env.NODE_OPTIONS ?? "").split(/\s+/),
	];
	const tuned = tuneForCommand(flavour, nodeFlags);
	// The engine is dist/cli-engine.cjs, loaded with V8's code cache (see start-up/load-cached-engine.ts).
	const engine = loadCachedEngine<{ runCli: typeof runCli }>(
		join(import.meta.dirname, "cli-engine.cjs"),
		{
			directory: codeCacheDirectory(process.env),
			flavour,
			nodeFlags,
			contentKey: __PIN_AUDIT_ENGINE_HASH__,
		},
	);

	// NODE_DEBUG=pin-audit says what became of the cache, and where the time went: in debuglog's words, through the
	// CLI's own stderr writer (not process.stderr), whose every line the exit waits for.
	const debugging = debuglog("pin-audit").enabled;
	const debug = (text: string, ...values: unknown[]) => {
		if (debugging)
			writeError(`PIN-AUDIT ${process.pid}: ${format(text, ...values)}\n`);
	};
	const loaded = process.uptime() * 1000;
	debug(
		"code cache %s; %s; Node started in %d ms, the engine loaded in %d ms",
		engine.cacheState,
		tuned ? "V8 tuned for a short run" : "V8 as it is",
		Math.round(started),
		Math.round(loaded - started),
	);

	const status = await engine.exports.runCli(argv, {
		stdout: output.write,
		stderr: writeError,
		env: process.env,
		// A file, a pipe or the null device is no terminal.
		isTty: direct.stdout ? false : Boolean(process.stdout.isTTY),
		columns: direct.stdout ? undefined : process.stdout.columns,
	});
	process.exitCode = await finishOutput(output, status);
	const ran = process.uptime() * 1000;
	// Only after a run that did its work (0: passed, 1: findings): one stopped by a usage or configuration mistake
	// (2) compiled little of the engine, and its cache would serve every later run. Under the flags the run loaded
	// the engine with, which V8 hashes into the cache (start-up/short-run-tuning.ts).
	const saved =
		process.exitCode === 0 || process.exitCode === 1
			? underShortRunFlags(() => engine.saveCodeCache())
			: null;
	const saving = Math.round(process.uptime() * 1000 - ran);
	debug(
		"ran in %d ms%s%s",
		Math.round(ran - loaded),
		saved === "written"
			? `; code cache written in ${saving} ms`
			: saved === "grown"
				? `; code cache written again with what this run compiled beyond it, in ${saving} ms`
				: "",
		tuned
			? isTunedForShortRun()
				? "; V8 tuned to the end"
				: "; V8's defaults back during the run"
			: "",
	);
}

/**
 * An audit (or fix) of a repository is usually short: V8 is tuned for that until the run proves long
 * (start-up/short-run-tuning.ts). drift and merge read reports of any size at once, and are left as V8 has them.
 */
function tuneForCommand(
	flavour: string,
	nodeFlags: readonly string[],
): boolean {
	if (flavour !== "audit" && flavour !== "fix") return false;
	const tuned = tuneForShortRun({
		v8Version: process.versions.v8,
		nodeFlags,
		setFlags: setFlagsFromString,
	});
	if (tuned) setTimeout(endShortRunTuning, LONG_RUN_MS).unref();
	return tuned;
}

/** The exit status: the run's, or 2 when its output could not be written (a reader that went away is no failure). */
async function finishOutput(
	writer: StdoutWriter,
	status: number,
): Promise<number> {
	const lost = await writer.finish();
	if (lost === null) return status;
	writeError(`pin-audit: cannot write the output: ${lost.message}\n`);
	return 2;
}
