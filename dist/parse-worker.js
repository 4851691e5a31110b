#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createRequirementsReader,
  parseDiscoveredFile
} from "./cli-6GG37WKV.js";
import {
  useBlockingReads
} from "./cli-4P4SODVB.js";
import "./cli-QHTSOWC2.js";
import "./cli-CK7WWBFM.js";
import "./cli-2YH6FNA5.js";

// src/discover/serve-parse-requests.ts
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
function serveParseRequests() {
  const port = parentPort;
  if (!port) throw new Error("serveParseRequests runs in a worker thread");
  const data = workerData;
  useBlockingReads();
  const reader = createRequirementsReader(
    data.rootReal,
    data.env,
    data.boundaryReal
  );
  port.on("message", (request) => {
    parseDiscoveredFile(request.file, reader).then(
      (outcome) => port.postMessage({
        index: request.index,
        ok: true,
        outcome: toCloneable(outcome),
        heapBytes: getHeapStatistics().total_heap_size
      })
    ).catch(
      (error) => port.postMessage({
        index: request.index,
        ok: false,
        error: error instanceof Error ? error.stack ?? error.message : String(error)
      })
    );
  });
}
function toCloneable(outcome) {
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
        document: { value }
      }
    }
  };
}

// src/parse-worker.ts
serveParseRequests();
