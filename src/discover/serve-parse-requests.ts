// The parse worker's loop: one request (a discovered file) in, one response (its parsed value) out.
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import type { TomlDocument } from "../parse/toml.js";
import {
	type FileOutcome,
	parseDiscoveredFile,
} from "./parse-discovered-file.js";
import type {
	ParseRequest,
	ParseResponse,
	ParseWorkerData,
} from "./parse-pool.js";
import { useBlockingReads } from "./read-file-bytes.js";
import { createRequirementsReader } from "./resolve-requirements.js";

export function serveParseRequests(): void {
	const port = parentPort;
	if (!port) throw new Error("serveParseRequests runs in a worker thread");
	const data = workerData as ParseWorkerData;
	// Nothing else waits on a worker's event loop: a blocking read saves each file's trips through libuv's pool.
	useBlockingReads();
	const reader = createRequirementsReader(
		data.rootReal,
		data.env,
		data.boundaryReal,
	);
	port.on("message", (request: ParseRequest) => {
		parseDiscoveredFile(request.file, reader)
			.then((outcome) =>
				port.postMessage({
					index: request.index,
					ok: true,
					outcome: toCloneable(outcome),
					heapBytes: getHeapStatistics().total_heap_size,
				} satisfies ParseResponse),
			)
			.catch((error: unknown) =>
				port.postMessage({
					index: request.index,
					ok: false,
					error:
						error instanceof Error
							? (error.stack ?? error.message)
							: String(error),
				} satisfies ParseResponse),
			);
	});
}

/**
 * A pyproject's `document.lineOf` is a function (not cloneable) that only the parser itself asks; the rest of the
 * audit reads `document.value`. `restoreOutcome` gives the main thread's copy a `lineOf` again.
 */
function toCloneable(outcome: FileOutcome): FileOutcome {
	const parsed = outcome.parsed;
	if (parsed?.kind !== "pyproject" || parsed.value.document === null)
		return outcome;
	const { value } = parsed.value.document;
	return {
		...outcome,
		parsed: {
			...parsed,
			value: {
				...parsed.value,
				document: { value } as TomlDocument,
			},
		},
	};
}
