// The CLI's engine loader: the code cache is made after a run, used by the next, never used for other content (V8
// itself checks only the source's length), remade when V8 refuses it, and never written where it was turned off.
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCachedEngine } from "../../src/start-up/load-cached-engine.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-engine-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/**
 * A cache directory and a way to write the engine: each load gets its own copy of the same bytes in a new
 * directory, because V8 keeps scripts it compiled in this process by source and file name, and would answer a
 * second load from there without reading the cache at all.
 */
function fixture(source: string): {
	engine: (text?: string, modified?: Date) => string;
	cache: string;
} {
	const dir = join(scratch, `case-${count++}`);
	const cache = join(dir, "cache");
	mkdirSync(cache, { recursive: true });
	let copies = 0;
	return {
		cache,
		// Every copy with the same modification time, as npm gives every file it installs.
		engine(text = source, modified = INSTALLED) {
			const copy = join(dir, `copy-${copies++}`);
			mkdirSync(copy);
			writeFileSync(join(copy, "engine.cjs"), text);
			utimesSync(join(copy, "engine.cjs"), modified, modified);
			return join(copy, "engine.cjs");
		},
	};
}

const INSTALLED = new Date("1985-10-26T08:15:00Z");

interface Answer {
	answer: () => number;
	version: number;
}

const SOURCE = [
	'"use strict";',
	"exports.version = 1;",
	"exports.answer = function answer() { return 6 * 7; };",
	"exports.fail = function fail() { throw new Error('at line 4'); };",
].join("\n");

describe("loadCachedEngine", () => {
	it("runs the engine, makes the cache after the run, and uses it next time", () => {
		const { engine, cache } = fixture(SOURCE);
		// What V8 says this isolate compiled: vitest's own work in between would count too.
		const compiledBytes = () => 500_000;
		const first = loadCachedEngine<Answer>(engine(), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
			compiledBytes,
		});
		expect(first.exports.answer()).toBe(42);
		expect(first.cacheState).toBe("missing");
		expect(readdirSync(cache)).toEqual([]);
		expect(first.saveCodeCache()).toBe("written");
		const [name] = readdirSync(cache);
		expect(name).toBe(
			`engine.cjs-build-1-${SOURCE.length}-${INSTALLED.getTime()}-${process.version}-${process.arch}-audit.cache`,
		);
		expect(statSync(join(cache, name as string)).mode & 0o777).toBe(0o600);

		const second = loadCachedEngine<Answer>(engine(), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
			compiledBytes,
		});
		expect(second.cacheState).toBe("accepted");
		expect(second.exports.answer()).toBe(42);
		const before = readFileSync(join(cache, name as string));
		expect(second.saveCodeCache()).toBe(null);
		expect(readFileSync(join(cache, name as string)).equals(before)).toBe(true);
		expect(readdirSync(cache)).toEqual([name]);
	});

	it("never runs a cache made for other content of the same length", () => {
		const { engine, cache } = fixture(SOURCE);
		loadCachedEngine<Answer>(engine(), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
		}).saveCodeCache();
		const changed = SOURCE.replace("version = 1", "version = 2");
		expect(changed.length).toBe(SOURCE.length);
		// V8 itself would take the old code: it checks the source's length only.
		const rebuilt = loadCachedEngine<Answer>(engine(changed), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-2",
		});
		expect([rebuilt.exports.version, rebuilt.cacheState]).toEqual([
			2,
			"missing",
		]);
		// Edited by hand after the build: the build's hash is the same, the file's modification time is not.
		const edited = loadCachedEngine<Answer>(
			engine(changed, new Date("2026-12-04T10:00:00Z")),
			{ directory: cache, flavour: "audit", contentKey: "build-1" },
		);
		expect([edited.exports.version, edited.cacheState]).toEqual([2, "missing"]);
		const longer = loadCachedEngine<Answer>(engine(`${SOURCE}\n`), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
		});
		expect(longer.cacheState).toBe("missing");
	});

	it("remakes a cache V8 refuses, and keeps one per kind of run", () => {
		const { engine, cache } = fixture(SOURCE);
		loadCachedEngine<Answer>(engine(), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
		}).saveCodeCache();
		const [name] = readdirSync(cache);
		writeFileSync(join(cache, name as string), Buffer.alloc(4096, 7));
		const refused = loadCachedEngine<Answer>(engine(), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
		});
		expect(refused.cacheState).toBe("rejected");
		expect(refused.exports.answer()).toBe(42);
		refused.saveCodeCache();
		expect(
			loadCachedEngine<Answer>(engine(), {
				directory: cache,
				flavour: "audit",
				contentKey: "build-1",
			}).cacheState,
		).toBe("accepted");
		expect(
			loadCachedEngine<Answer>(engine(), {
				directory: cache,
				flavour: "drift",
				contentKey: "build-1",
			}).cacheState,
		).toBe("missing");
	});

	it("keeps one cache for each set of Node's own options, so that V8 refuses none of them", () => {
		const { engine, cache } = fixture(SOURCE);
		const load = (nodeFlags: string[]) =>
			loadCachedEngine<Answer>(engine(), {
				directory: cache,
				flavour: "audit",
				contentKey: "build-1",
				nodeFlags,
			});
		for (const flags of [
			[],
			[""],
			["--max-old-space-size=4096"],
			["--max-old-space-size=4096", ""],
		]) {
			const loaded = load(flags);
			if (loaded.cacheState === "missing") loaded.saveCodeCache();
		}
		const names = readdirSync(cache).sort();
		expect(names).toEqual([
			expect.stringMatching(/-audit-flags-[0-9a-f]{8}\.cache$/),
			expect.stringMatching(/-audit\.cache$/),
		]);
		expect(load(["--max-old-space-size=4096"]).cacheState).toBe("accepted");
		expect(load(["--max-old-space-size=8192"]).cacheState).toBe("missing");
		expect(load([]).cacheState).toBe("accepted");
	});

	it("remakes a cache whose header is ours but whose data V8 refuses", () => {
		const { engine, cache } = fixture(SOURCE);
		const options = { directory: cache, flavour: "audit", contentKey: "b" };
		loadCachedEngine<Answer>(engine(), options).saveCodeCache();
		const [name] = readdirSync(cache);
		const file = join(cache, name as string);
		const bytes = readFileSync(file);
		bytes.fill(7, 8);
		writeFileSync(file, bytes);
		const refused = loadCachedEngine<Answer>(engine(), options);
		expect([refused.cacheState, refused.exports.answer()]).toEqual([
			"rejected",
			42,
		]);
		expect(refused.saveCodeCache()).toBe("written");
		expect(loadCachedEngine<Answer>(engine(), options).cacheState).toBe(
			"accepted",
		);
	});

	it("writes the cache again when a run ends with clearly more compiled than the run that wrote it", () => {
		const { engine, cache } = fixture(SOURCE);
		let compiled = 600_000;
		const options = {
			directory: cache,
			flavour: "audit",
			contentKey: "b",
			compiledBytes: () => compiled,
		};
		expect(loadCachedEngine<Answer>(engine(), options).saveCodeCache()).toBe(
			"written",
		);
		// Up to 32 KB more: runs of one kind differ by a few KB (Node's own modules, what the files call for).
		compiled += 32 * 1024;
		const same = loadCachedEngine<Answer>(engine(), options);
		expect([same.cacheState, same.saveCodeCache()]).toEqual(["accepted", null]);
		// More: this run compiled code the cache lacks, and its state holds both.
		compiled += 1;
		const more = loadCachedEngine<Answer>(engine(), options);
		expect([more.cacheState, more.saveCodeCache()]).toEqual([
			"accepted",
			"grown",
		]);
		// The new cache carries the new total: the same run again writes nothing, a smaller one neither.
		for (const total of [compiled, compiled - 200_000]) {
			compiled = total;
			const again = loadCachedEngine<Answer>(engine(), options);
			expect([again.cacheState, again.saveCodeCache()]).toEqual([
				"accepted",
				null,
			]);
		}
	});

	it("removes this engine's caches unused for a week when it writes one, and marks the one in use", () => {
		const { engine, cache } = fixture(SOURCE);
		const day = 24 * 3600 * 1000;
		const ago = (ms: number) => new Date(Date.now() - ms);
		const files = {
			stale: "engine.cjs-build-0-1-2-v0-x64-audit.cache",
			interrupted: "engine.cjs-build-0-1-2-v0-x64-audit.cache.123.partial",
			recent: "engine.cjs-build-9-1-2-v0-x64-drift.cache",
			unrelated: "other.cjs-build-0-1-2-v0-x64-audit.cache",
		};
		for (const [kind, name] of Object.entries(files)) {
			writeFileSync(join(cache, name), "x");
			const when = ago(kind === "recent" ? 6 * day : 8 * day);
			utimesSync(join(cache, name), when, when);
		}
		expect(
			loadCachedEngine<Answer>(engine(), {
				directory: cache,
				flavour: "audit",
				contentKey: "build-1",
			}).saveCodeCache(),
		).toBe("written");
		const ours = `engine.cjs-build-1-${SOURCE.length}-${INSTALLED.getTime()}-${process.version}-${process.arch}-audit.cache`;
		expect(readdirSync(cache).sort()).toEqual(
			[ours, files.recent, files.unrelated].sort(),
		);

		// Used three days after it was last marked: marked again, so that it is never the stale one.
		utimesSync(join(cache, ours), ago(3 * day), ago(3 * day));
		const used = loadCachedEngine<Answer>(engine(), {
			directory: cache,
			flavour: "audit",
			contentKey: "build-1",
		});
		expect(used.cacheState).toBe("accepted");
		expect(Date.now() - statSync(join(cache, ours)).mtimeMs).toBeLessThan(day);
	});

	it("writes nothing without a directory", () => {
		const { engine, cache } = fixture(SOURCE);
		const loaded = loadCachedEngine<Answer>(engine(), {
			directory: null,
			flavour: "audit",
			contentKey: "build-1",
		});
		expect(loaded.cacheState).toBe("off");
		expect(loaded.saveCodeCache()).toBe(null);
		expect(readdirSync(cache)).toEqual([]);
	});

	it("goes on without a cache when the directory cannot be written", () => {
		const { engine, cache } = fixture(SOURCE);
		const loaded = loadCachedEngine<Answer>(engine(), {
			directory: join(cache, "missing", "deeper"),
			flavour: "audit",
			contentKey: "build-1",
		});
		// Nothing could be written, and it says so.
		expect(loaded.saveCodeCache()).toBe(null);
		expect(loaded.exports.answer()).toBe(42);
		expect(readdirSync(cache)).toEqual([]);
	});

	// The build writes dist/cli-engine.cjs with CommonJS's wrapper already around it, on its first line.
	const WRAPPED = `(function (exports, require, module, __filename, __dirname) {${SOURCE}\n})`;

	it.each([
		["as written", SOURCE],
		["written with its wrapper", WRAPPED],
		// An editor that ends the file with a newline leaves it the build's engine.
		["written with its wrapper and a final newline", `${WRAPPED}\n`],
	])("keeps the engine's line numbers in stack traces (%s)", (_, text) => {
		const file = fixture(text).engine();
		const loaded = loadCachedEngine<{ fail: () => void }>(file, {
			directory: null,
			flavour: "audit",
			contentKey: "build-1",
		});
		let stack = "";
		try {
			loaded.exports.fail();
		} catch (error) {
			stack = (error as Error).stack ?? "";
		}
		expect(stack).toContain(`${file}:4:`);
	});

	it("runs an engine written with its wrapper as it is, with the code cache", () => {
		const { engine, cache } = fixture(WRAPPED);
		const options = { directory: cache, flavour: "audit", contentKey: "b" };
		const first = loadCachedEngine<Answer>(engine(), options);
		expect([first.exports.answer(), first.cacheState]).toEqual([42, "missing"]);
		first.saveCodeCache();
		const second = loadCachedEngine<Answer>(engine(), options);
		expect([second.exports.answer(), second.cacheState]).toEqual([
			42,
			"accepted",
		]);
	});

	it("reads UTF-8 when the engine is not ASCII", () => {
		const { engine } = fixture('exports.word = "caf\u00e9 \u2014 \u{1f600}";');
		const loaded = loadCachedEngine<{ word: string }>(engine(), {
			directory: null,
			flavour: "audit",
			contentKey: "build-1",
		});
		expect(loaded.exports.word).toBe("caf\u00e9 \u2014 \u{1f600}");
	});

	it("gives the engine CommonJS's require, module and paths", () => {
		const file = fixture(
			'exports.sep = require("node:path").sep; exports.file = __filename; exports.self = module.exports === exports;',
		).engine();
		const loaded = loadCachedEngine<{
			sep: string;
			file: string;
			self: boolean;
		}>(file, { directory: null, flavour: "audit", contentKey: "build-1" });
		expect(loaded.exports).toEqual({ sep: "/", file, self: true });
	});
});
