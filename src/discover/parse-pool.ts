// Parsing in worker threads: reading, decoding and parsing files (over half of a large audit's CPU time) is
// independent per file, so a pool of workers sized to the machine's cores does it while the main thread only
// receives plain results. Results are placed by file index, so the output does not depend on timing.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { LockedPackage, LockSource, Requirement } from "../model/types.js";
import type { DiscoveredFile } from "./discover-files.js";
import type { FileOutcome } from "./parse-discovered-file.js";

/** What a worker needs to build its own requirements reader. */
export interface ParseWorkerData {
	rootReal: string;
	/** Includes may reach anywhere inside this directory (default: rootReal). */
	boundaryReal?: string;
	env: Readonly<Record<string, string | undefined>>;
}

export interface ParseRequest {
	index: number;
	file: DiscoveredFile;
}

export type ParseResponse =
	| {
			index: number;
			ok: true;
			outcome: FileOutcome;
			/** The worker's V8 heap (committed) after this file: the pool replaces workers that grew large. */
			heapBytes: number;
	  }
	| { index: number; ok: false; error: string };

export interface ParsePoolOptions {
	/** The bundled worker script (dist/parse-worker.js). */
	workerUrl: URL;
	/** Number of workers; default: the machine's available parallelism. */
	threads?: number;
	/** Fewer files than this are parsed in the main thread: a worker's start-up costs more than it saves. */
	minFiles?: number;
	/** A worker whose heap grew past this many bytes is replaced by a fresh one (default `RECYCLE_HEAP_BYTES`). */
	recycleHeapBytes?: number;
	/** Files a worker parses at least before it may be replaced (default `RECYCLE_MIN_FILES`): bounds start-up costs. */
	recycleMinFiles?: number;
}

/**
 * A worker's heap grows with the garbage of every file it parsed (V8 collects the old generation rarely), to
 * ~160 MB each after 1500 locks; its live data (bounded caches, files in hand) stays under ~60 MB. Replacing a
 * worker past this size keeps a fleet's peak RSS flat (1000 projects: ~390 MB instead of ~580 MB) for the price
 * of a fresh worker's start-up, JIT warm-up and empty caches (~0.35 s of CPU each; 4-5 replacements there).
 */
export const RECYCLE_HEAP_BYTES = 96 * 1024 * 1024;

/** A worker parses at least this many files before it may be replaced: a bound on start-up costs. */
export const RECYCLE_MIN_FILES = 200;

/** Below this many files (~85 projects) the main thread parses alone: measured, workers lose ~100 ms on 150 files. */
export const DEFAULT_MIN_FILES = 256;

/** Files each worker has in hand at once: enough to never wait for the next one, few enough to balance. */
const IN_FLIGHT_PER_WORKER = 2;

/** Whether a pool can run: the worker script exists (it does not when running from sources) and is worth it. */
export function canUseParsePool(
	options: ParsePoolOptions | undefined,
	fileCount: number,
): options is ParsePoolOptions {
	if (!options) return false;
	if (fileCount < (options.minFiles ?? DEFAULT_MIN_FILES)) return false;
	if (countThreads(options) < 1) return false;
	try {
		return existsSync(fileURLToPath(options.workerUrl));
	} catch {
		return false;
	}
}

function countThreads(options: ParsePoolOptions): number {
	return options.threads ?? availableParallelism();
}

/** Parses every file in workers; rejects if a worker fails (the caller falls back to the main thread). */
export async function parseInWorkers(
	files: readonly DiscoveredFile[],
	data: ParseWorkerData,
	options: ParsePoolOptions,
): Promise<FileOutcome[]> {
	if (files.length === 0) return [];
	// Loaded only here: Node compiles worker_threads' internals on first import, and a small tree never needs them.
	const { Worker: WorkerThread } = await import("node:worker_threads");
	const threads = Math.max(1, Math.min(countThreads(options), files.length));
	return new Promise<FileOutcome[]>((resolvePool, rejectPool) => {
		const pool: Pool = {
			files,
			data,
			options,
			results: new Array(files.length),
			WorkerThread,
			workers: [],
			intern: createInterner(),
			next: 0,
			done: 0,
			failed: false,
			fail: (error) => {
				if (pool.failed) return;
				pool.failed = true;
				for (const worker of pool.workers) void worker.terminate();
				rejectPool(error instanceof Error ? error : new Error(String(error)));
			},
			finish: () => {
				for (const w of pool.workers) void w.terminate();
				resolvePool(pool.results);
			},
		};
		for (let t = 0; t < threads; t++) startWorker(pool);
	});
}

/** What the workers of one parseInWorkers call share. */
interface Pool {
	files: readonly DiscoveredFile[];
	data: ParseWorkerData;
	options: ParsePoolOptions;
	results: FileOutcome[];
	WorkerThread: typeof Worker;
	workers: Worker[];
	intern: ReturnType<typeof createInterner>;
	/** The next file to hand out, and how many are parsed. */
	next: number;
	done: number;
	failed: boolean;
	fail(error: unknown): void;
	finish(): void;
}

/** One worker: kept fed with IN_FLIGHT_PER_WORKER files; replaced, once it has ended, when its heap has grown past the bound. */
function startWorker(pool: Pool): void {
	const { files, options } = pool;
	const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
	const recycleMinFiles = options.recycleMinFiles ?? RECYCLE_MIN_FILES;
	const worker = new pool.WorkerThread(options.workerUrl, {
		workerData: pool.data,
	});
	pool.workers.push(worker);
	let inFlight = 0;
	let parsed = 0;
	let retiring = false;
	const feed = () => {
		if (pool.next >= files.length) return;
		inFlight++;
		const index = pool.next++;
		worker.postMessage({
			index,
			file: files[index] as DiscoveredFile,
		} satisfies ParseRequest);
	};
	worker.on("message", (response: ParseResponse) => {
		if (pool.failed) return;
		if (!response.ok) return pool.fail(new Error(response.error));
		inFlight--;
		parsed++;
		pool.results[response.index] = restoreOutcome(
			response.outcome,
			pool.intern,
		);
		pool.done++;
		if (pool.done === files.length) return pool.finish();
		if (
			!retiring &&
			parsed >= recycleMinFiles &&
			response.heapBytes > recycleBytes &&
			pool.next < files.length
		)
			retiring = true;
		if (!retiring) feed();
		else if (inFlight === 0) {
			// It has finished the files it had in hand. Its replacement starts once it has ended: started earlier,
			// the new worker's start-up overlapped the old heap and made the run's peak RSS (1000 projects: +30 MB).
			pool.workers.splice(pool.workers.indexOf(worker), 1);
			worker
				.terminate()
				.then(() => {
					if (!pool.failed && pool.next < files.length) startWorker(pool);
				})
				.catch(pool.fail);
		}
	});
	worker.on("error", pool.fail);
	worker.on("exit", (code) => {
		if (pool.done < files.length && !(retiring && inFlight === 0))
			pool.fail(new Error(`parse worker exited with code ${code}`));
	});
	for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed();
}

/**
 * The pyproject document's `lineOf` does not cross threads; after parsing, no line is asked of it. Strings arrive
 * as copies, one per field: the few distinct file paths, sources, groups, names, versions, specifiers, markers and
 * index URLs are shared again (a 1000-project fleet repeats them ~2M times).
 */
function restoreOutcome(
	outcome: FileOutcome,
	intern: (text: string) => string,
): FileOutcome {
	const parsed = outcome.parsed;
	if (parsed === null) return outcome;
	const requirements = (list: readonly Requirement[]) => {
		for (const r of list) {
			r.name = intern(r.name);
			r.specifier = intern(r.specifier);
			if (r.marker !== null) r.marker = intern(r.marker);
			r.group = intern(r.group);
			r.file = intern(r.file);
		}
	};
	const locked = (list: readonly LockedPackage[]) => {
		for (const l of list) {
			l.name = intern(l.name);
			if (l.version !== null) l.version = intern(l.version);
			l.source = intern(l.source) as LockSource;
			if (l.sourceUrl !== null) l.sourceUrl = intern(l.sourceUrl);
			if (l.marker !== null) l.marker = intern(l.marker);
			l.file = intern(l.file);
			for (const d of l.dependencies) d.name = intern(d.name);
		}
	};
	switch (parsed.kind) {
		case "pyproject":
			if (parsed.value.document !== null)
				parsed.value.document.lineOf = () => undefined;
			requirements(parsed.value.requirements);
			break;
		case "requirements":
			requirements(parsed.value.requirements);
			break;
		default:
			locked(parsed.value.packages);
	}
	return outcome;
}

function createInterner(): (text: string) => string {
	const seen = new Map<string, string>();
	return (text) => {
		const known = seen.get(text);
		if (known !== undefined) return known;
		seen.set(text, text);
		return text;
	};
}
