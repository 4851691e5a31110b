// Loads the CLI's engine (one CommonJS bundle) with V8's code cache, made after a whole run so that it holds every
// function that run compiled, not only the top level that Node's own compile cache (22.1+) keeps. A cached run
// neither parses nor compiles the engine; it only reads its source, as V8 needs that text to stay beside the code.
// The cache is keyed by the engine's content (V8 checks only the source's length): the build's hash of it, and the
// file's size and modification time, so that an engine edited by hand never meets code compiled from the old
// one; then the Node version, the architecture and the command (an audit and `drift` compile different
// functions). V8 rejects data made with other flags, and a rejected or missing cache is made again (the engine's
// caches unused for a week are removed then), as is one that a later run outgrew (code-cache-file.ts). Nothing
// about the cache ever fails a run: a cache that cannot be read or written only makes the next run slower.

import { isAscii } from "node:buffer";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { getHeapCodeStatistics } from "node:v8";
import { Script } from "node:vm";
import {
	type CodeCacheFile,
	keepFresh,
	pruneStaleCaches,
	readCodeCache,
	writeCodeCache,
} from "./code-cache-file.js";
import { openWithStat } from "./read-with-stat.js";

export interface CachedEngine<Exports> {
	exports: Exports;
	/** What became of the cache: used, refused (by V8, or not a cache of ours), not there yet, or turned off. */
	cacheState: "accepted" | "rejected" | "missing" | "off";
	/**
	 * Writes the code cache when there was none, when it was refused, or when this run compiled clearly more than
	 * the run that wrote it (see code-cache-file.ts); call it after the work, before exiting. What it did: "written"
	 * (made anew), "grown" (made again from a run that needed more), or null (nothing written, or the write failed).
	 */
	saveCodeCache(): "written" | "grown" | null;
}

export interface CachedEngineOptions {
	/** Where the cache lives (see code-cache-directory.ts); null: no cache. */
	directory: string | null;
	/** Which kind of run this is (part of the cache's name). */
	flavour: string;
	/** The engine's content, hashed by the build (part of the cache's name). */
	contentKey: string;
	/**
	 * Node's own options for this process (`process.execArgv`, then NODE_OPTIONS's words): V8 refuses a cache made
	 * under other V8 flags, so runs with `--max-old-space-size=4096` and runs without would each refuse and remake the
	 * other's; with any, the name carries a hash of them and each set keeps its own cache.
	 */
	nodeFlags?: readonly string[];
	/** Bytecode compiled so far in this isolate, in bytes (default: V8's heap code statistics; tests give theirs). */
	compiledBytes?: () => number;
}

/**
 * How much more bytecode than the cache's writer a run must end with for the cache to be made again. Runs of the
 * same kind end within ~3 KB of each other; an example-fleet audit with a cache made by an audit of an empty
 * directory ends with ~340 KB more, and one with a cache made by a 50-project JSON run ~170 KB more.
 */
const GROWTH_MARGIN_BYTES = 32 * 1024;

// CommonJS's own wrapper, on the engine's first line so that its line numbers stay true in stack traces. The build
// writes it into dist/cli-engine.cjs (scripts/build.mjs), so that the text is compiled as read: adding it here
// copies the whole engine once more. An engine without it (as a test writes one) is wrapped here.
const WRAPPER_HEAD =
	"(function (exports, require, module, __filename, __dirname) {";
const WRAPPER_TAIL = "\n})";

export function loadCachedEngine<Exports>(
	file: string,
	options: CachedEngineOptions,
): CachedEngine<Exports> {
	const { bytes, buffer, cacheFile } = readEngine(file, options);
	// The build writes the engine in ASCII; Latin-1 decodes ASCII the same and several times faster than UTF-8.
	const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
	// Into the source's own buffer, which the string above no longer needs.
	const found =
		cacheFile === null ? undefined : readCodeCache(cacheFile, buffer);
	const cached: CodeCacheFile | undefined =
		typeof found === "object" ? found : undefined;
	const cachedData = cached?.data;
	// By its head alone: an engine whose end an editor touched (a final newline) is still the build's.
	const wrapped = source.startsWith(WRAPPER_HEAD)
		? source
		: WRAPPER_HEAD + source + WRAPPER_TAIL;
	const script = new Script(wrapped, {
		filename: file,
		cachedData,
	});
	const cacheState =
		cacheFile === null
			? "off"
			: found === "invalid" || script.cachedDataRejected === true
				? "rejected"
				: cachedData === undefined
					? "missing"
					: "accepted";
	if (cacheState === "accepted" && cacheFile !== null && cached !== undefined)
		keepFresh(cacheFile, cached.modified);
	const module = { exports: {} as Exports };
	const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
	wrapper.call(
		module.exports,
		module.exports,
		createRequire(file),
		module,
		file,
		dirname(file),
	);
	const compiledBytes = options.compiledBytes ?? bytecodeBytes;
	return {
		exports: module.exports,
		cacheState,
		saveCodeCache() {
			if (cacheFile === null) return null;
			const compiled = compiledBytes();
			const grown = cacheState === "accepted";
			if (
				grown &&
				compiled <= (cached?.compiledBytes ?? 0) + GROWTH_MARGIN_BYTES
			)
				return null;
			if (!writeCodeCache(cacheFile, script.createCachedData(), compiled))
				return null;
			pruneStaleCaches(cacheFile, `${basename(file)}-`);
			return grown ? "grown" : "written";
		},
	};
}

/**
 * The engine's bytes, in a buffer sized for its code cache too (one byte more than the larger, to see a file that
 * grew), and the cache's file, named from the engine's size and modification time. One buffer for both, each most
 * of a megabyte: fresh memory is what start-up pays for.
 */
function readEngine(
	file: string,
	options: CachedEngineOptions,
): { bytes: Buffer; buffer: Buffer; cacheFile: string | null } {
	const engine = openWithStat(file);
	try {
		const cacheFile =
			options.directory === null
				? null
				: join(
						options.directory,
						cacheName(
							basename(file),
							engine.size,
							Math.trunc(engine.modified),
							options,
						),
					);
		// A cache is smaller than twice its engine; anything larger at its path is not sized for (it is read apart).
		const cacheBytes = cacheFile === null ? 0 : fileSize(cacheFile);
		const buffer = Buffer.allocUnsafeSlow(
			Math.max(engine.size, cacheBytes <= engine.size * 2 ? cacheBytes : 0) + 1,
		);
		return { bytes: engine.read(buffer), buffer, cacheFile };
	} finally {
		engine.close();
	}
}

/** The file's size; 0 when there is none or it cannot be read (the cache is then missing, never an error). */
function fileSize(path: string): number {
	try {
		return statSync(path).size;
	} catch {
		return 0;
	}
}

function bytecodeBytes(): number {
	return getHeapCodeStatistics().bytecode_and_metadata_size;
}

function cacheName(
	name: string,
	size: number,
	modified: number,
	options: CachedEngineOptions,
): string {
	// Not /[^a-z0-9-]/gi, the same set: V8 builds a case-insensitive class through ICU's case closure (~0.2 ms).
	const safe = (text: string) => text.replace(/[^A-Za-z0-9-]/g, "_");
	const flags = (options.nodeFlags ?? []).filter((flag) => flag !== "");
	const flagsKey =
		flags.length === 0 ? "" : `-flags-${fnv1a(flags.join("\0"))}`;
	return `${name}-${safe(options.contentKey)}-${size}-${modified}-${process.version}-${process.arch}-${safe(options.flavour)}${flagsKey}.cache`;
}

/** 32-bit FNV-1a of the text's UTF-16 code units, in hex: a name, not a defence (node:crypto costs ~6 ms to load). */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, "0");
}
