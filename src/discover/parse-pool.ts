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
	env: Readonly<Record<string, string | undefined>>;
}

export interface ParseRequest {
	index: number;
	file: DiscoveredFile;
}

export type ParseResponse =
	| { index: number; ok: true; outcome: FileOutcome }
	| { index: number; ok: false; error: string };

export interface ParsePoolOptions {
	/** The bundled worker script (dist/parse-worker.js). */
	workerUrl: URL;
	/** Number of workers; default: the machine's available parallelism. */
	threads?: number;
	/** Fewer files than this are parsed in the main thread: a worker's start-up costs more than it saves. */
	minFiles?: number;
}

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
		for (let t = 0; t < threads; t++) {
			const worker = new Worker(options.workerUrl, { workerData: data });
			workers.push(worker);
			worker.on("message", (response: ParseResponse) => {
				if (failed) return;
				if (!response.ok) {
					fail(new Error(response.error));
					return;
				}
				results[response.index] = restoreOutcome(response.outcome, intern);
				done++;
				if (done === files.length) {
					for (const w of workers) void w.terminate();
					resolvePool(results);
				} else feed(worker);
			});
			worker.on("error", fail);
			worker.on("exit", (code) => {
				if (done < files.length)
					fail(new Error(`parse worker exited with code ${code}`));
			});
			for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed(worker);
		}
	});
}

/**
 * The pyproject document's `lineOf` does not cross threads; after parsing, no line is asked of it. Strings arrive
 * as copies, one per field: the few distinct file paths, sources and groups, and the names, are shared again
 * (a 1000-project fleet repeats them ~700k times).
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
			r.group = intern(r.group);
			r.file = intern(r.file);
		}
	};
	const locked = (list: readonly LockedPackage[]) => {
		for (const l of list) {
			l.name = intern(l.name);
			l.source = intern(l.source) as LockSource;
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
