// One code cache on disk: V8's data for the engine behind an 8-byte header of ours, which says how much bytecode
// the run that wrote it had compiled in all (V8's `bytecode_and_metadata_size` at its end). A later run that ends
// with clearly more has compiled what the cache lacks (a real audit after one of an empty directory, index
// look-ups, the code a larger audit calls), and writes the cache again from its own state, which holds both: the
// cache grows towards the union of the runs that use it instead of keeping whatever the first run happened to
// need. The total is the isolate's, Node's own modules and undici included, which the cache never holds: a run
// that loads many of them (through a proxy) raises it, and a later run must then compile more than that before
// the cache is made again. Files are written atomically and pruned when unused for a week; nothing here throws.
import {
	closeSync,
	lstatSync,
	openSync,
	readdirSync,
	renameSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { readWithStat } from "./read-with-stat.js";

/** "PAC1", then the writer's compiled bytes as a little-endian uint32. */
const MAGIC = 0x31434150;
const HEADER_BYTES = 8;

export interface CodeCacheFile {
	/** V8's cached data (a view into the file's bytes). */
	data: Buffer;
	/** The file's modification time (ms). */
	modified: number;
	/** Bytecode the writing run had compiled in all, in bytes. */
	compiledBytes: number;
}

/**
 * The cache, undefined when there is none (or it cannot be read), "invalid" when it is not one of ours. With `into`,
 * a cache that fits is read into that buffer (see readWithStat), whose bytes must then stay as they are while the
 * cache is used.
 */
export function readCodeCache(
	path: string,
	into?: Buffer,
): CodeCacheFile | "invalid" | undefined {
	let file: ReturnType<typeof readWithStat>;
	try {
		file = readWithStat(path, into);
	} catch {
		return undefined;
	}
	const { bytes, modified } = file;
	if (bytes.length <= HEADER_BYTES || bytes.readUInt32LE(0) !== MAGIC)
		return "invalid";
	return {
		data: bytes.subarray(HEADER_BYTES),
		modified,
		compiledBytes: bytes.readUInt32LE(4),
	};
}

/**
 * Written to a private temporary name and renamed: a concurrent run reads the old cache or the new, never half.
 * False when it could not be written.
 */
export function writeCodeCache(
	path: string,
	data: Buffer,
	compiledBytes: number,
): boolean {
	const header = Buffer.alloc(HEADER_BYTES);
	header.writeUInt32LE(MAGIC, 0);
	header.writeUInt32LE(Math.min(compiledBytes, 0xffffffff), 4);
	const partial = `${path}.${process.pid}.partial`;
	try {
		const fd = openSync(partial, "w", 0o600);
		try {
			// Two writes, not one concatenated megabyte: fresh memory is what start-up pays most for.
			writeFileSync(fd, header);
			writeFileSync(fd, data);
		} finally {
			closeSync(fd);
		}
		renameSync(partial, path);
		return true;
	} catch {
		// Only the next run's speed depends on the cache.
		try {
			rmSync(partial, { force: true });
		} catch {}
		return false;
	}
}

/**
 * A cache is ~1 MB, and each new build of pin-audit, each Node version and each kind of run makes one: those not
 * used for a week are removed whenever a new one is written. A cache in use is marked as used once a day (its
 * modification time; reading it changes nothing), so it is never among them.
 */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;
const MARK_USED_AFTER_MS = 24 * 3600 * 1000;

export function keepFresh(path: string, modified: number): void {
	const now = Date.now();
	if (now - modified < MARK_USED_AFTER_MS) return;
	try {
		utimesSync(path, now / 1000, now / 1000);
	} catch {}
}

/** Removes this engine's caches (and interrupted writes) not used for a week, other than `keep`. */
export function pruneStaleCaches(keep: string, prefix: string): void {
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
