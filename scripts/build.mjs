// Bundles the entries into dist/. Deterministic: same sources, same bytes (check-dist relies on it).
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(
	readFileSync(new URL("../package.json", import.meta.url), "utf8"),
);

/** @param {string} [outdir] */
export async function buildDist(outdir = "dist") {
	await build({
		// parse-worker: large trees are parsed in worker threads (src/discover/parse-pool.ts).
		entryPoints: {
			action: "src/action.ts",
			cli: "src/cli.ts",
			"parse-worker": "src/parse-worker.ts",
		},
		outdir,
		bundle: true,
		platform: "node",
		target: "node20",
		format: "esm",
		minify: false,
		sourcemap: false,
		legalComments: "none",
		logLevel: "warning",
		define: { __PIN_AUDIT_VERSION__: JSON.stringify(pkg.version) },
		// Bundled CommonJS dependencies call require(); give the ESM bundle one.
		banner: {
			js: [
				"#!/usr/bin/env node",
				'import { createRequire as __pinAuditCreateRequire } from "node:module";',
				"const require = __pinAuditCreateRequire(import.meta.url);",
			].join("\n"),
		},
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await buildDist(process.argv[2]);
}
