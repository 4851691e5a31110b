import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import { discoverFiles } from "../../src/discover/discover-files.js";
import {
	type FileOutcome,
	parseDiscoveredFile,
} from "../../src/discover/parse-discovered-file.js";
import {
	canUseParsePool,
	parseInWorkers,
} from "../../src/discover/parse-pool.js";
import { createRequirementsReader } from "../../src/discover/resolve-requirements.js";
import { renderJson } from "../../src/report/render-json.js";
import {
	isTunedForShortRun,
	TUNINGS,
	tuneForShortRun,
} from "../../src/start-up/short-run-tuning.js";

// Workers run the bundled worker script, as dist/parse-worker.js does next to dist/cli.js.
let dir = "";
let workerUrl: URL;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "pin-audit-parse-worker-"));
	await build({
		entryPoints: { "parse-worker": "src/parse-worker.ts" },
		outdir: dir,
		bundle: true,
		platform: "node",
		format: "esm",
		logLevel: "warning",
		define: { __PIN_AUDIT_VERSION__: '"0.0.0"' },
		banner: {
			js: 'import { createRequire as __r } from "node:module"; const require = __r(import.meta.url);',
		},
	});
	workerUrl = pathToFileURL(join(dir, "parse-worker.js"));
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const today = new Date("2026-01-15");

/** What the audit reads of an outcome: requirements or locked packages, and the diagnostics. */
function modelOf(outcome: FileOutcome) {
	const parsed = outcome.parsed;
	const value =
		parsed === null
			? null
			: parsed.kind === "pyproject" || parsed.kind === "requirements"
				? parsed.value.requirements
				: parsed.value.packages;
	return {
		kind: parsed?.kind ?? null,
		value,
		diagnostics: outcome.diagnostics,
	};
}

/** Files of every size and encoding one worker reads in turn (see the test that uses it). */
function writeMixedTree(root: string): void {
	const write = (path: string, content: string | Uint8Array) => {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), content);
	};
	write(
		"a/requirements.txt",
		"-r ../shared/base.txt\n-c ../shared/c.txt\nhttpx==0.28.1\n",
	);
	write("shared/base.txt", "anyio>=4.4,<5\n-r more.txt\n");
	write("shared/more.txt", "pydantic==2.12.0\n");
	write("shared/c.txt", "anyio==4.6.2.post1\n");
	write(
		"b/requirements.txt",
		Buffer.concat([
			Buffer.from([0xff, 0xfe]),
			Buffer.from("anyio==4.4.0\n", "utf16le"),
		]),
	);
	write(
		"c/requirements.txt",
		Buffer.from(
			"# -*- coding: latin-1 -*-\nmcp==1.23.3 ; platform_release == '\u00e9'\n",
			"latin1",
		),
	);
	write(
		"d/requirements.txt",
		Buffer.from([0x6d, 0x63, 0x70, 0xc3, 0x28, 0x0a]),
	);
	write(
		"e/pyproject.toml",
		`[project]\nname = "e"\nversion = "1"\ndescription = "${"\u00e9\u65e5".repeat(1_000_000)}"\ndependencies = ["mcp==1.23.3"]\n`,
	);
	write(
		"f/pyproject.toml",
		'[project]\nname = "f"\nversion = "1"\ndescription = "caf\u00e9"\ndependencies = ["httpx>=0.27.1"]\n',
	);
	write("g/requirements.txt", "mcp==1.23.3\n\0\n");
}

describe("parsing in worker threads", () => {
	it("gives the same report as parsing in the main thread", async () => {
		for (const root of [
			"examples/mcp-fleet",
			"test/fixtures/locks",
			"test/fixtures/requirements",
			"test/fixtures/pyproject",
		]) {
			const inThread = await auditRepository({
				root,
				today,
				parseWorkers: false,
			});
			const inWorkers = await auditRepository({
				root,
				today,
				parseWorkers: { workerUrl, threads: 2, minFiles: 0 },
			});
			expect(renderJson(inWorkers)).toBe(renderJson(inThread));
		}
	});

	it("gives the main thread's model, field for field, for every kind of file", async () => {
		for (const root of [
			"examples/mcp-fleet",
			"test/fixtures/locks",
			"test/fixtures/requirements",
			"test/fixtures/pyproject",
		]) {
			const discovery = await discoverFiles(root, {});
			const reader = createRequirementsReader(discovery.rootReal, {});
			const inThread = await Promise.all(
				discovery.files.map((file) => parseDiscoveredFile(file, reader)),
			);
			const inWorkers = await parseInWorkers(
				discovery.files,
				{ rootReal: discovery.rootReal, env: {} },
				{ workerUrl, threads: 2 },
			);
			expect(inWorkers.map(modelOf)).toStrictEqual(inThread.map(modelOf));
		}
	});

	it("returns every file's outcome in discovery order", async () => {
		const discovery = await discoverFiles("examples/mcp-fleet", {});
		const outcomes = await parseInWorkers(
			discovery.files,
			{ rootReal: discovery.rootReal, env: {} },
			{ workerUrl, threads: 2 },
		);
		expect(outcomes.map((o) => o.parsed?.file.path)).toEqual(
			discovery.files.map((f) => f.path),
		);
	});

	it("ends the CLI's tuning for a short run before it starts a worker", async () => {
		const set: string[] = [];
		const tuned = tuneForShortRun({
			v8Version: "11.3.244.8-node.38",
			nodeFlags: [],
			setFlags: (flags) => set.push(flags),
		});
		expect(tuned).toBe(true);
		const discovery = await discoverFiles("examples/mcp-fleet", {});
		await parseInWorkers(
			discovery.files,
			{ rootReal: discovery.rootReal, env: {} },
			{ workerUrl, threads: 1 },
		);
		expect(isTunedForShortRun()).toBe(false);
		const tuning = TUNINGS["11.3"];
		expect(set).toEqual([
			`${tuning?.short} ${tuning?.wholeRun}`,
			tuning?.defaults,
		]);
	});

	it("gives the same outcomes when workers are replaced after every file", async () => {
		const discovery = await discoverFiles("test/fixtures/locks", {});
		const data = { rootReal: discovery.rootReal, env: {} };
		const kept = await parseInWorkers(discovery.files, data, {
			workerUrl,
			threads: 2,
		});
		// Every worker is past a 0-byte heap after its first file: each file but the last few starts a fresh one.
		const replaced = await parseInWorkers(discovery.files, data, {
			workerUrl,
			threads: 2,
			recycleHeapBytes: 0,
			recycleMinFiles: 1,
		});
		expect(discovery.files.length).toBeGreaterThan(4);
		expect(replaced).toEqual(kept);
	});

	it("reads each file whole when one worker reads files of every size and encoding in turn", async () => {
		// One worker reads every file into the one buffer it keeps: an include read in the middle of its parent, a
		// file larger than the kept buffer, and the decoders of pip's auto_decode must each see their own bytes.
		const root = mkdtempSync(join(tmpdir(), "pin-audit-worker-reads-"));
		try {
			writeMixedTree(root);
			const discovery = await discoverFiles(root, {});
			const reader = createRequirementsReader(discovery.rootReal, {});
			const inThread: FileOutcome[] = [];
			for (const file of discovery.files)
				inThread.push(await parseDiscoveredFile(file, reader));
			const inWorker = await parseInWorkers(
				discovery.files,
				{ rootReal: discovery.rootReal, env: {} },
				{ workerUrl, threads: 1 },
			);
			expect(discovery.files.map((f) => f.path)).toEqual(
				expect.arrayContaining([
					"a/requirements.txt",
					"e/pyproject.toml",
					"g/requirements.txt",
				]),
			);
			expect(inWorker.map(modelOf)).toStrictEqual(inThread.map(modelOf));
			const names = inWorker.flatMap((o) => {
				const value = modelOf(o).value ?? [];
				return value.map((r) => `${o.parsed?.file.path}:${r.name}`);
			});
			expect(names).toEqual(
				expect.arrayContaining([
					"a/requirements.txt:anyio",
					"a/requirements.txt:pydantic",
					"a/requirements.txt:httpx",
					"b/requirements.txt:anyio",
					"c/requirements.txt:mcp",
					"e/pyproject.toml:mcp",
					"f/pyproject.toml:httpx",
				]),
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}, 60_000);

	it("parses again, without the cap, the files a worker ran out of memory on", async () => {
		// 200k requirements need more than a 16 MB old generation (a real file has hundreds).
		const root = mkdtempSync(join(tmpdir(), "pin-audit-worker-oom-"));
		try {
			for (const name of ["a", "b", "c"]) {
				mkdirSync(join(root, name));
				writeFileSync(join(root, name, "requirements.txt"), "anyio==4.4.0\n");
			}
			mkdirSync(join(root, "huge"));
			const lines = Array.from(
				{ length: 200_000 },
				(_, i) => `p${i}==1.${i}\n`,
			);
			writeFileSync(join(root, "huge", "requirements.txt"), lines.join(""));
			const discovery = await discoverFiles(root, {});
			const data = { rootReal: discovery.rootReal, env: {} };
			const uncapped = await parseInWorkers(discovery.files, data, {
				workerUrl,
				threads: 2,
				oldGenerationMb: 4096,
			});
			const outOfMemory: string[] = [];
			const capped = await parseInWorkers(discovery.files, data, {
				workerUrl,
				threads: 2,
				oldGenerationMb: 16,
				onOutOfMemory: (files) => outOfMemory.push(...files),
			});
			expect(outOfMemory).toContain("huge/requirements.txt");
			expect(capped).toEqual(uncapped);
			expect(
				capped.map((o) =>
					o.parsed?.kind === "requirements"
						? o.parsed.value.requirements.length
						: null,
				),
			).toEqual([1, 1, 1, 200_000]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}, 60_000);

	it("is not used for small trees or without the worker script", () => {
		expect(canUseParsePool({ workerUrl }, 3)).toBe(false);
		expect(canUseParsePool({ workerUrl }, 500)).toBe(true);
		expect(canUseParsePool({ workerUrl, minFiles: 0 }, 3)).toBe(true);
		const missing = pathToFileURL(join(dir, "no-such-worker.js"));
		expect(canUseParsePool({ workerUrl: missing, minFiles: 0 }, 500)).toBe(
			false,
		);
		expect(canUseParsePool(undefined, 500)).toBe(false);
	});

	it("rejects when a worker cannot start, so the audit falls back to the main thread", async () => {
		const discovery = await discoverFiles("examples/mcp-fleet", {});
		const broken = pathToFileURL(join(dir, "no-such-worker.js"));
		await expect(
			parseInWorkers(
				discovery.files,
				{ rootReal: discovery.rootReal, env: {} },
				{ workerUrl: broken, threads: 1 },
			),
		).rejects.toThrow();
		const report = await auditRepository({
			root: "examples/mcp-fleet",
			today,
			parseWorkers: { workerUrl: broken, minFiles: 0 },
		});
		expect(report.projects.length).toBeGreaterThan(1);
	});
});
