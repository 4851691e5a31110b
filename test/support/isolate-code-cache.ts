// vitest's global setup: every CLI and action the tests start keeps V8's code cache in a directory of this test
// run (NODE_COMPILE_CACHE, which pin-audit and Node both honour), removed at the end, never in the user's own
// cache directory, where a test's odd fixture would otherwise write the cache the user's next audits start from.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
	const directory = mkdtempSync(join(tmpdir(), "pin-audit-test-code-cache-"));
	process.env.NODE_COMPILE_CACHE = directory;
	return () => rmSync(directory, { recursive: true, force: true });
}
