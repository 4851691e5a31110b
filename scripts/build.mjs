// Bundles the entries into dist/. Deterministic: same sources, same bytes (check-dist relies on it).
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const pkg = JSON.parse(
	readFileSync(new URL("../package.json", import.meta.url), "utf8"),
);

/**
 * zod re-exports all of its ~50 message locales (`z.locales`, 360 KB, half of zod in the bundle) although only
 * English is ever configured; pin-audit never reads `z.locales`. Every run parsed them at start-up.
 * @type {import("esbuild").Plugin}
 */
const englishZodMessages = {
	name: "english-zod-messages",
	setup(b) {
		b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
			/[\\/]zod[\\/]v4[\\/]/.test(args.importer)
				? { path: "zod-locales", namespace: "english-zod-messages" }
				: undefined,
		);
		b.onLoad({ filter: /.*/, namespace: "english-zod-messages" }, () => ({
			contents: 'export { default as en } from "zod/v4/locales/en.js";',
			resolveDir: process.cwd(),
		}));
	},
};

/** @param {string} [outdir] */
export async function buildDist(outdir = "dist") {
	// Chunk names carry a content hash: drop the previous build's, or dist/ would keep them forever.
	if (existsSync(outdir))
		for (const name of readdirSync(outdir))
			if (/^(action|cli)-[A-Z0-9]+\.js$/.test(name)) rmSync(join(outdir, name));
	// Two builds, so the npm package (the CLI) carries only its own chunks (`cli-*.js`), never the action's.
	await build({
		...common(outdir),
		entryPoints: { action: "src/action.ts" },
		chunkNames: "action-[hash]",
	});
	await build({
		...common(outdir),
		// parse-worker: large trees are parsed in worker threads (src/discover/parse-pool.ts).
		entryPoints: { cli: "src/cli.ts", "parse-worker": "src/parse-worker.ts" },
		chunkNames: "cli-[hash]",
	});
}

/** @param {string} outdir @returns {import("esbuild").BuildOptions} */
function common(outdir) {
	return {
		outdir,
		bundle: true,
		// Code loaded by import() (undici for the index, the rest of the CLI after the compile cache is on) and
		// code the entries share goes to chunks loaded only when used: an offline audit never parses undici.
		splitting: true,
		platform: "node",
		target: "node20",
		format: "esm",
		minify: false,
		sourcemap: false,
		legalComments: "none",
		logLevel: "warning",
		define: { __PIN_AUDIT_VERSION__: JSON.stringify(pkg.version) },
		plugins: [englishZodMessages],
		// Bundled CommonJS dependencies call require(); give the ESM bundle one.
		banner: {
			js: [
				"#!/usr/bin/env node",
				'import { createRequire as __pinAuditCreateRequire } from "node:module";',
				"const require = __pinAuditCreateRequire(import.meta.url);",
			].join("\n"),
		},
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await buildDist(process.argv[2]);
}
