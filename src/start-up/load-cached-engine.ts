// Loads the CLI's engine (one CommonJS bundle) with V8's code cache, made after a whole run so that it holds every
// function that run compiled, not only the top level that Node's own compile cache (22.1+) keeps. A cached run
// neither parses nor compiles the engine; it only reads its source, as V8 needs that text to stay beside the code.
// The cache is keyed by the engine's content (V8 checks only the source's length): the build's hash of it, and the
// file's size and modification time, so that an engine edited by hand never meets code compiled from the old
// one; then the Node version, the architecture and the command (an audit and `drift` compile different
// functions). V8 rejects data made with other flags, and a rejected or missing cache is made again (the engine's
// caches unused for a week are removed then). Nothing about the cache ever fails a run: a cache that cannot be read
// or written only makes the next run slower.

import { isAscii } from "node:buffer";
import {
	closeSync,
	fstatSync,
	lstatSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

export interface CachedEngine<Exports> {
	exports: Exports;
	/** What became of the cache: used, refused by V8, not there yet, or turned off. */
	cacheState: "accepted" | "rejected" | "missing" | "off";
	/**
	 * Writes the code cache when there was none or V8 refused it; call it after the work, before exiting. True when
	 * it tried to write one.
	 */
	saveCodeCache(): boolean;
}

export interface CachedEngineOptions {
	/** Where the cache lives (see code-cache-directory.ts); null: no cache. */
	directory: string | null;
	/** Which kind of run this is (part of the cache's name). */
	flavour: string;
	/** The engine's content, hashed by the build (part of the cache's name). */
	contentKey: string;
}

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
	const { bytes, size, modified } = readWithStat(file);
	// The build writes the engine in ASCII; Latin-1 decodes ASCII the same and several times faster than UTF-8.
	const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
	const cacheFile =
		options.directory === null
			? null
			: join(
					options.directory,
					cacheName(basename(file), size, Math.trunc(modified), options),
				);
	const cached = cacheFile === null ? undefined : readCache(cacheFile);
	const cachedData = cached?.bytes;
	const wrapped =
		source.startsWith(WRAPPER_HEAD) && source.endsWith(WRAPPER_TAIL)
			? source
			: WRAPPER_HEAD + source + WRAPPER_TAIL;
	const script = new Script(wrapped, {
		filename: file,
		cachedData,
	});
	const cacheState =
		cacheFile === null
			? "off"
			: cachedData === undefined
				? "missing"
				: script.cachedDataRejected === true
					? "rejected"
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
	return {
		exports: module.exports,
		cacheState,
		saveCodeCache() {
			if (cacheFile === null || cacheState === "accepted") return false;
			writeCache(cacheFile, script);
			pruneStaleCaches(cacheFile, `${basename(file)}-`);
			return true;
		},
	};
}

function cacheName(
	name: string,
	size: number,
	modified: number,
	options: CachedEngineOptions,
): string {
	const safe = (text: string) => text.replace(/[^a-z0-9-]/gi, "_");
	return `${name}-${safe(options.contentKey)}-${size}-${modified}-${process.version}-${process.arch}-${safe(options.flavour)}.cache`;
}

/** A file's bytes, and the size and modification time of the file they were read from. Throws as fs does. */
function readWithStat(file: string): {
	bytes: Buffer;
	size: number;
	modified: number;
} {
	const fd = openSync(file, "r");
	try {
		const stat = fstatSync(fd);
		return { bytes: readFileSync(fd), size: stat.size, modified: stat.mtimeMs };
	} finally {
		closeSync(fd);
	}
}

/** The cache file's bytes and modification time, or undefined when it cannot be read (there is none yet). */
function readCache(
	cacheFile: string,
): { bytes: Buffer; modified: number } | undefined {
	try {
		return readWithStat(cacheFile);
	} catch {
		return undefined;
	}
}

/**
 * A cache is ~1 MB, and each new build of pin-audit, each Node version and each kind of run makes one: those not
 * used for a week are removed whenever a new one is written. A cache in use is marked as used once a day (its
 * modification time; reading it changes nothing), so it is never among them.
 */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;
const MARK_USED_AFTER_MS = 24 * 3600 * 1000;

function keepFresh(cacheFile: string, modified: number): void {
	const now = Date.now();
	if (now - modified < MARK_USED_AFTER_MS) return;
	try {
		utimesSync(cacheFile, now / 1000, now / 1000);
	} catch {}
}

/** Removes this engine's caches (and interrupted writes) not used for a week, other than `keep`. */
function pruneStaleCaches(keep: string, prefix: string): void {
	const directory = dirname(keep);
	const now = Date.now();
	try {
		for (const name of readdirSync(directory)) {
			const path = join(directory, name);
			if (path === keep || !name.startsWith(prefix)) continue;
			if (!name.endsWith(".cache") && !name.endsWith(".partial")) continue;
			try {
				const stat = lstatSync(path);
				if (stat.isFile() && now - stat.mtimeMs > STALE_AFTER_MS)
					rmSync(path, { force: true });
			} catch {}
		}
	} catch {}
}

/** Written to a private temporary name and renamed: a concurrent run reads the old cache or the new, never half. */
function writeCache(cacheFile: string, script: Script): void {
	const partial = `${cacheFile}.${process.pid}.partial`;
	try {
		writeFileSync(partial, script.createCachedData(), {
			mode: 0o600,
			flag: "w",
		});
		renameSync(partial, cacheFile);
	} catch {
		// Only the next run's speed depends on the cache.
		try {
			rmSync(partial, { force: true });
		} catch {}
	}
}
