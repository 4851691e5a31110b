import { afterEach } from "vitest";

/** Registers something to undo after the current test: a server to close, a directory to remove. */
export type Defer = (cleanup: () => unknown) => void;

/**
 * Collects cleanups and runs them after each test, last registered first (a fixture's servers close before
 * what they depended on), so a failing test still frees its ports and directories. Call at a test file's top.
 */
export function cleanUpAfterEach(): Defer {
	const cleanups: Array<() => unknown> = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
	});
	return (cleanup) => {
		cleanups.push(cleanup);
	};
}
