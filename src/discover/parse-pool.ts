// Parsing in worker threads: reading, decoding and parsing files (over half of a large audit's CPU time) is
// independent per file, so a pool of workers sized to the machine's cores does it while the main thread only
// receives plain results. Results are placed by file index, so the output does not depend on timing.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { append } from "../model/append.js";
import type {
	LockDependency,
	LockedPackage,
	LockSource,
	Requirement,
} from "../model/types.js";
import { endShortRunTuning } from "../start-up/short-run-tuning.js";
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
	/**
	 * Each worker's old-generation cap in MB (default `WORKER_OLD_GENERATION_MB`; at least 16: below ~2 MB a new
	 * worker cannot even start, and V8 then aborts the whole process).
	 */
	oldGenerationMb?: number;
	/** Told the files a capped worker ran out of memory on (they are parsed again without the cap). */
	onOutOfMemory?: (files: readonly string[]) => void;
}

/**
 * A worker's heap grows with the garbage of every file it parsed (V8 collects the old generation rarely): before
 * the old-generation cap below, to ~160 MB each after 1500 locks. Replacing a worker past this size kept a
 * fleet's peak RSS flat (1000 projects: ~390 MB instead of ~580 MB) for the price of a fresh worker's start-up,
 * JIT warm-up and empty caches (~0.35 s of CPU each). With the cap, a worker rarely reaches it; it stays as the
 * bound on an uncapped worker (one that parses a file too large for the cap).
 */
export const RECYCLE_HEAP_BYTES = 96 * 1024 * 1024;

/** A worker parses at least this many files before it may be replaced: a bound on start-up costs. */
export const RECYCLE_MIN_FILES = 200;

/**
 * A worker's old generation is capped at this size, which makes V8 collect it before it is mostly garbage: a
 * worker's live data is 8-12 MB (bounded caches, files in hand), but uncapped its heap grew to 80-90 MB between
 * collections. 1000 projects, three runs each: peak RSS 330-341 MB uncapped, 294-297 MB at 64 MB (15.6-17.8 s
 * against 15.4-16.3 s), 296 MB at 48 MB but 20-22 s (collections near the cap), 335-349 MB at 96 MB.
 * A file too large to parse under the cap is parsed again by a worker without one (see startWorker).
 */
export const WORKER_OLD_GENERATION_MB = 64;

/**
 * Each worker's young generation, in MB. V8's default for a worker is 48 MB, and a worker parsing a fleet
 * kept it full: interleaved pairs with blocking reads, 1000 projects peaked at 296-300 MB by default, 261-263 MB at
 * 16 and 253 MB at 12 (12.1-12.5 s against 11.8-12.1 s by default, 13.4-13.9 s at 12); 200 projects at 176-181 MB
 * instead of 219-228 MB, in the same time (3.5-4.0 s). A file's objects live until its result is posted, so a
 * young generation much smaller than the largest file's promotes them and only moves the cost to the old one.
 */
export const WORKER_YOUNG_GENERATION_MB = 16;

/** Below this many files (~85 projects) the main thread parses alone: measured, workers lose ~100 ms on 150 files. */
export const DEFAULT_MIN_FILES = 256;

/**
 * Files each worker has in hand at once: enough to never wait for the next one, few enough to balance. With 2,
 * each worker of the real-lock fleet of 1000 waited 7% of its time while the main thread took in results (round
 * 14's profile); with 4 it does not, and the fleet ran ~5% faster over 12 interleaved pairs, at the same peak.
 */
const IN_FLIGHT_PER_WORKER = 4;

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
	// A tree large enough for workers is a long run: V8's defaults, in this thread and the workers it starts.
	endShortRunTuning();
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
			retry: [],
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
	/** Files a capped worker ran out of memory on: an uncapped worker parses them first. */
	retry: number[];
	done: number;
	failed: boolean;
	fail(error: unknown): void;
	finish(): void;
}

/**
 * One worker: kept fed with IN_FLIGHT_PER_WORKER files; replaced, once it has ended, when its heap has grown past
 * the bound. A capped worker that runs out of memory (a file too large for the cap) is replaced by an uncapped one,
 * which parses the files the first had in hand before any other.
 */
function startWorker(pool: Pool, capped = true): void {
	const { files, options } = pool;
	const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
	const recycleMinFiles = options.recycleMinFiles ?? RECYCLE_MIN_FILES;
	const worker = new pool.WorkerThread(options.workerUrl, {
		workerData: pool.data,
		resourceLimits: {
			maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
			...(capped && {
				maxOldGenerationSizeMb: Math.max(
					16,
					options.oldGenerationMb ?? WORKER_OLD_GENERATION_MB,
				),
			}),
		},
	});
	pool.workers.push(worker);
	const inHand = new Set<number>();
	let parsed = 0;
	let retiring = false;
	let outOfMemory = false;
	const feed = () => {
		const next = takeFile(pool, capped);
		if (next === undefined) return;
		inHand.add(next);
		worker.postMessage({
			index: next,
			file: files[next] as DiscoveredFile,
		} satisfies ParseRequest);
	};
	const replace = (replacementCapped: boolean) => {
		pool.workers.splice(pool.workers.indexOf(worker), 1);
		// Its replacement starts once it has ended: started earlier, the new worker's start-up overlapped the old
		// heap and made the run's peak RSS (1000 projects: +30 MB).
		worker
			.terminate()
			.then(() => {
				if (!pool.failed && (pool.next < files.length || pool.retry.length > 0))
					startWorker(pool, replacementCapped);
			})
			.catch(pool.fail);
	};
	worker.on("message", (response: ParseResponse) => {
		if (pool.failed || outOfMemory) return;
		if (!response.ok) return pool.fail(new Error(response.error));
		inHand.delete(response.index);
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
		else if (inHand.size === 0) replace(true);
	});
	worker.on("error", (error: Error & { code?: unknown }) => {
		if (!capped || error.code !== "ERR_WORKER_OUT_OF_MEMORY")
			return pool.fail(error);
		outOfMemory = true;
		options.onOutOfMemory?.([...inHand].map((i) => files[i]?.path ?? ""));
		append(pool.retry, inHand);
		inHand.clear();
		replace(false);
	});
	worker.on("exit", (code) => {
		const ended = outOfMemory || (retiring && inHand.size === 0);
		if (pool.done < files.length && !ended)
			pool.fail(new Error(`parse worker exited with code ${code}`));
	});
	for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed();
}

/** The next file for a worker: an uncapped one first takes those a capped one ran out of memory on. */
function takeFile(pool: Pool, capped: boolean): number | undefined {
	if (!capped && pool.retry.length > 0) return pool.retry.shift();
	return pool.next < pool.files.length ? pool.next++ : undefined;
}

/**
 * The pyproject document's `lineOf` does not cross threads; after parsing, no line is asked of it. Strings arrive
 * as copies, one per field: the few distinct file paths, sources, groups, names, versions, specifiers, markers and
 * index URLs are shared again (a 1000-project fleet repeats them ~2M times). Requirements and locked packages are
 * rebuilt as object literals, each with its fields in the object itself and one shared empty list: as they arrive,
 * V8 keeps all but four fields of each in a second, separate array, and every empty list is an array of its own
 * (1000 projects: 32 + 17 of the main thread's ~105 MB of live data).
 */
function restoreOutcome(
	outcome: FileOutcome,
	intern: (text: string) => string,
): FileOutcome {
	const parsed = outcome.parsed;
	if (parsed === null) return outcome;
	switch (parsed.kind) {
		case "pyproject":
			if (parsed.value.document !== null)
				parsed.value.document.lineOf = () => undefined;
			parsed.value.requirements = parsed.value.requirements.map((r) =>
				restoreRequirement(r, intern),
			);
			break;
		case "requirements":
			parsed.value.requirements = parsed.value.requirements.map((r) =>
				restoreRequirement(r, intern),
			);
			break;
		case "pylock":
			// Its packages carry two fields more (PylockPackage), and pylock.toml files are few: kept as they came.
			for (const l of parsed.value.packages) internLockedPackage(l, intern);
			break;
		default:
			parsed.value.packages = parsed.value.packages.map((l) =>
				restoreLockedPackage(l, intern),
			);
	}
	return outcome;
}

/** Shared by every restored requirement without extras and locked package without edges; never modified. */
const NO_EXTRAS = Object.freeze([]) as unknown as string[];
const NO_DEPENDENCIES = Object.freeze([]) as unknown as LockDependency[];

function restoreRequirement(
	r: Requirement,
	intern: (text: string) => string,
): Requirement {
	const restored: Requirement = {
		name: intern(r.name),
		specifier: intern(r.specifier),
		extras: r.extras.length === 0 ? NO_EXTRAS : r.extras,
		marker: r.marker === null ? null : intern(r.marker),
		url: r.url,
		editable: r.editable,
		hashes: r.hashes,
		group: intern(r.group),
		file: intern(r.file),
		line: r.line,
	};
	if (r.source !== undefined) restored.source = r.source;
	if (r.markedSources !== undefined) restored.markedSources = r.markedSources;
	return restored;
}

function internLockedPackage(
	l: LockedPackage,
	intern: (text: string) => string,
): void {
	l.name = intern(l.name);
	if (l.version !== null) l.version = intern(l.version);
	l.source = intern(l.source) as LockSource;
	if (l.sourceUrl !== null) l.sourceUrl = intern(l.sourceUrl);
	if (l.marker !== null) l.marker = intern(l.marker);
	l.file = intern(l.file);
	for (const d of l.dependencies) d.name = intern(d.name);
}

function restoreLockedPackage(
	l: LockedPackage,
	intern: (text: string) => string,
): LockedPackage {
	internLockedPackage(l, intern);
	return {
		name: l.name,
		version: l.version,
		source: l.source,
		sourceUrl: l.sourceUrl,
		marker: l.marker,
		dependencies:
			l.dependencies.length === 0 ? NO_DEPENDENCIES : l.dependencies,
		file: l.file,
		line: l.line,
	};
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
