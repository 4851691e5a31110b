import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { debuglog } from "node:util";
import type { runCli } from "./run-cli.js";
import { codeCacheDirectory } from "./start-up/code-cache-directory.js";
import { loadCachedEngine } from "./start-up/load-cached-engine.js";

const argv = process.argv.slice(2);
const command = argv[0] ?? "";
// The engine is dist/cli-engine.cjs, loaded with V8's code cache (see start-up/load-cached-engine.ts).
const engine = loadCachedEngine<{ runCli: typeof runCli }>(
	fileURLToPath(new URL("./cli-engine.cjs", import.meta.url)),
	{
		directory: codeCacheDirectory(process.env),
		flavour: ["fix", "drift", "merge"].includes(command) ? command : "audit",
	},
);

// NODE_DEBUG=pin-audit says what became of the cache.
const debug = debuglog("pin-audit");
debug("code cache %s", engine.cacheState);

process.exitCode = await engine.exports.runCli(argv, {
	// Wait for "drain": through a pipe, Node would otherwise buffer most of a large report in memory.
	stdout: async (text) => {
		if (!process.stdout.write(text)) await once(process.stdout, "drain");
	},
	stderr: (text) => process.stderr.write(text),
	env: process.env,
	isTty: Boolean(process.stdout.isTTY),
	columns: process.stdout.columns,
});
engine.saveCodeCache();
