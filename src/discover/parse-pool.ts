// Parsing in worker threads: reading, decoding and parsing files (over half of a large audit's CPU time) is
// independent per file, so a pool of workers sized to the machine's cores does it while the main thread only
// receives plain results. Results are placed by file index, so the output does not depend on timing.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
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
export function parseInWorkers(
	files: readonly DiscoveredFile[],
	data: ParseWorkerData,
	options: ParsePoolOptions,
): Promise<FileOutcome[]> {
	const results: FileOutcome[] = new Array(files.length);
	const threads = Math.max(1, Math.min(countThreads(options), files.length));
	const workers: Worker[] = [];
	const intern = createInterner();
	return new Promise<FileOutcome[]>((resolvePool, rejectPool) => {
		let next = 0;
		let done = 0;
		let failed = false;
		const fail = (error: unknown) => {
			if (failed) return;
			failed = true;
			for (const worker of workers) void worker.terminate();
			rejectPool(error instanceof Error ? error : new Error(String(error)));
		};
		const feed = (worker: Worker) => {
			if (next >= files.length) return;
			const index = next++;
			worker.postMessage({
				index,
				file: files[index] as DiscoveredFile,
			} satisfies ParseRequest);
		};
		if (files.length === 0) {
			resolvePool(results);
			return;
		}
		const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
		const recycleMinFiles = options.recycleMinFiles ?? RECYCLE_MIN_FILES;
		const start = (): void => {
			const worker = new Worker(options.workerUrl, { workerData: data });
			workers.push(worker);
			let inFlight = 0;
			let parsed = 0;
			let retiring = false;
			const feedThis = () => {
				if (next >= files.length) return;
				inFlight++;
				feed(worker);
			};
			worker.on("message", (response: ParseResponse) => {
				if (failed) return;
				if (!response.ok) {
					fail(new Error(response.error));
					return;
				}
				inFlight--;
				parsed++;
				results[response.index] = restoreOutcome(response.outcome, intern);
				done++;
				if (done === files.length) {
					for (const w of workers) void w.terminate();
					resolvePool(results);
					return;
				}
				if (
					!retiring &&
					parsed >= recycleMinFiles &&
					response.heapBytes > recycleBytes &&
					next < files.length
				) {
					// Its replacement starts now; this one finishes the files it has in hand, then ends.
					retiring = true;
					start();
				}
				if (!retiring) feedThis();
				else if (inFlight === 0) {
					workers.splice(workers.indexOf(worker), 1);
					void worker.terminate();
				}
			});
			worker.on("error", fail);
			worker.on("exit", (code) => {
				if (done < files.length && !(retiring && inFlight === 0))
					fail(new Error(`parse worker exited with code ${code}`));
			});
			for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feedThis();
		};
		for (let t = 0; t < threads; t++) start();
	});
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
