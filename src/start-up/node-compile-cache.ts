// V8's code cache on disk (Node 22.1+ `module.enableCompileCache()`), for the action: on a runner that keeps its
// temporary directory (self-hosted), the next run skips compiling what this one compiled while loading. (The CLI
// keeps its own cache, made after the run: load-cached-engine.ts.) Older Node has no such function; a directory
// that cannot be written makes Node report a failed status, which changes nothing. Never throws: start-up goes on
// without a cache.
import nodeModule from "node:module";

type EnableCompileCache = (directory?: string) => unknown;

export function enableCompileCache(): void {
	const enable = (nodeModule as { enableCompileCache?: EnableCompileCache })
		.enableCompileCache;
	if (typeof enable !== "function") return;
	try {
		enable();
	} catch {
		// A cache is an optimisation: without one the run is only slower.
	}
}
