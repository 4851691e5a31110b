import { once } from "node:events";
import { enableCompileCache } from "./compile-cache.js";

// Before the rest of the CLI is loaded, so that its compilation is cached.
enableCompileCache();
const { runCli } = await import("./run-cli.js");

process.exitCode = await runCli(process.argv.slice(2), {
	// Wait for "drain": through a pipe, Node would otherwise buffer most of a large report in memory.
	stdout: async (text) => {
		if (!process.stdout.write(text)) await once(process.stdout, "drain");
	},
	stderr: (text) => process.stderr.write(text),
	env: process.env,
	isTty: Boolean(process.stdout.isTTY),
	columns: process.stdout.columns,
});
