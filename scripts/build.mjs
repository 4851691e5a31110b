// Bundles the entries into dist/. Deterministic: same sources, same bytes (check-dist relies on it).

import { createHash } from "node:crypto";
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
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

/**
 * A one-line CommonJS module that requires `path` (outside the bundle) when it is first used.
 * @param {{ path: string }} args
 * @returns {import("esbuild").OnLoadResult}
 */
function requireOf(args) {
	return {
		contents: `module.exports = require(${JSON.stringify(args.path)});`,
		loader: "js",
	};
}

/**
 * The CLI's engine is CommonJS, run by src/start-up/load-cached-engine.ts in a vm.Script, which has no way to run
 * import(). What the engine imports lazily from outside the bundle (undici, which only a proxy needs and which
 * stays in its own file; worker_threads; http and https, loaded once an index host resolves; crypto, once a
 * response cache directory names an entry) goes through a one-line CommonJS module, so that esbuild's import() of
 * it becomes a require() when used.
 * @type {import("esbuild").Plugin}
 */
const requireWhenUsed = {
	name: "require-when-used",
	setup(b) {
		const targets = {
			undici: "./cli-undici.cjs",
			"node:worker_threads": "node:worker_threads",
			"node:http": "node:http",
			"node:https": "node:https",
			"node:crypto": "node:crypto",
		};
		b.onResolve(
			{ filter: /^(undici|node:worker_threads|node:https?|node:crypto)$/ },
			(args) =>
				args.namespace === "require-when-used"
					? { path: targets[args.path], external: true }
					: { path: args.path, namespace: "require-when-used" },
		);
		b.onLoad({ filter: /.*/, namespace: "require-when-used" }, requireOf);
	},
};

/** @param {string} [outdir] */
export async function buildDist(outdir = "dist") {
	// Chunk names carry a content hash: drop the previous build's, or dist/ would keep them forever.
	if (existsSync(outdir))
		for (const name of readdirSync(outdir))
			if (/^(action|cli)-[A-Z0-9]+\.m?js$/.test(name))
				rmSync(join(outdir, name));
	// dist/ is CommonJS (the CLI's entry and the parse worker); the action's ES modules are named .mjs.
	mkdirSync(outdir, { recursive: true });
	writeFileSync(join(outdir, "package.json"), DIST_PACKAGE_JSON);
	// The action: ESM, code-split, the rest loaded by import() after Node's compile cache is on.
	await build({
		...common(outdir),
		format: "esm",
		splitting: true,
		banner: { js: ESM_BANNER },
		entryPoints: { action: "src/action.ts" },
		outExtension: { ".js": ".mjs" },
		chunkNames: "action-[hash]",
	});
	// The CLI: its engine, undici apart, then a small entry that loads the engine with the code cache. The npm
	// package carries only the CLI's files (`cli*`, parse-worker.js, package.json), never the action's.
	await build({
		...common(outdir),
		format: "cjs",
		entryPoints: { "cli-engine": "src/run-cli.ts" },
		outExtension: { ".js": ".cjs" },
		// Without indentation and line breaks (names kept, so a stack trace still says which function): every run
		// reads the engine into memory and copies it into a string, 0.92 MB as printed and 0.67 MB so, and each new
		// page costs ~11 µs on the machines measured (bench/results.md, round 16).
		minifyWhitespace: true,
		plugins: [englishZodMessages, requireWhenUsed],
		// import.meta means nothing in CommonJS: the engine's own URL, from the wrapper's __filename, made when first
		// read (only a run with parse workers does; pathToFileURL took ~0.6 ms of every start).
		define: {
			...common(outdir).define,
			"import.meta.url": "__pinAuditEngine.url",
		},
		banner: {
			js: [
				// Strict, as the ES modules it is built from were.
				'"use strict";',
				'const __pinAuditEngine = { get url() { return require("node:url").pathToFileURL(__filename).href; } };',
			].join("\n"),
		},
	});
	await build({
		...common(outdir),
		format: "cjs",
		entryPoints: { "cli-undici": "undici" },
		outExtension: { ".js": ".cjs" },
	});
	const engine = makeEngineAscii(join(outdir, "cli-engine.cjs"));
	// CommonJS, not ES modules: Node 20 reaches a CommonJS entry ~9 ms sooner and Node 24 ~6 ms (it loads none of
	// the ES module loader), and an ES module's `import { x } from "node:fs"` builds a facade over every export of
	// the builtin, reading each lazy getter (`fs.ReadStream` loads internal/fs/streams) where require() does not.
	await build({
		...common(outdir),
		format: "cjs",
		banner: { js: "#!/usr/bin/env node" },
		// parse-worker: large trees are parsed in worker threads (src/discover/parse-pool.ts).
		entryPoints: { cli: "src/cli.ts", "parse-worker": "src/parse-worker.ts" },
		// The engine's content names its code cache: hashed here, so that no run loads node:crypto to hash it.
		define: {
			...common(outdir).define,
			"import.meta.dirname": "__dirname",
			__PIN_AUDIT_ENGINE_HASH__: JSON.stringify(
				createHash("sha256").update(engine).digest("hex").slice(0, 32),
			),
		},
	});
}

// The nearest package.json says how Node reads a .js file: the repository's says "module", dist/'s "commonjs".
const DIST_PACKAGE_JSON = `${JSON.stringify(
	{
		"//": "dist/cli.js and dist/parse-worker.js are CommonJS; the action's ES modules are .mjs (scripts/build.mjs).",
		type: "commonjs",
	},
	null,
	"\t",
)}\n`;

const ESM_BANNER = [
	"#!/usr/bin/env node",
	'import { createRequire as __pinAuditCreateRequire } from "node:module";',
	"const require = __pinAuditCreateRequire(import.meta.url);",
].join("\n");

/**
 * What the loader relies on: ASCII text (it decodes Latin-1, several times faster than UTF-8) and no import() left
 * (a vm.Script without an import callback cannot run one). esbuild escapes non-ASCII in strings, regular
 * expressions and identifiers but keeps it in the few comments it preserves inside expressions; `\\uXXXX` means the
 * same code unit in every one of those places, and nothing in a comment.
 * @param {string} file
 * @returns {string} the engine as written
 */
function makeEngineAscii(file) {
	const text = readFileSync(file, "utf8").replace(
		/[\u0080-\uffff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
	);
	const dynamicImport = text.search(/\bimport\(/);
	if (dynamicImport !== -1)
		throw new Error(`${file}: import() at offset ${dynamicImport}`);
	// CommonJS's wrapper written around it, on its first line (line numbers stay true): the loader compiles the text
	// as read, where wrapping it at run time copied the whole megabyte once more (~550 page faults, ~5 ms).
	const wrapped = `${ENGINE_WRAPPER_HEAD}${text}${ENGINE_WRAPPER_TAIL}`;
	writeFileSync(file, wrapped);
	return wrapped;
}

// The same text as WRAPPER_HEAD and WRAPPER_TAIL in src/start-up/load-cached-engine.ts.
const ENGINE_WRAPPER_HEAD =
	"(function (exports, require, module, __filename, __dirname) {";
const ENGINE_WRAPPER_TAIL = "\n})";

/** @param {string} outdir @returns {import("esbuild").BuildOptions} */
function common(outdir) {
	return {
		outdir,
		bundle: true,
		platform: "node",
		target: "node20",
		minify: false,
		sourcemap: false,
		legalComments: "none",
		logLevel: "warning",
		define: { __PIN_AUDIT_VERSION__: JSON.stringify(pkg.version) },
		plugins: [englishZodMessages],
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await buildDist(process.argv[2]);
}
