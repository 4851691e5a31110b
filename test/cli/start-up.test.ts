// The bundled CLI's start-up, on this Node and on Node 24: the engine's code cache is made by the first run and
// used by the next with the same output, remade when refused, off when Node's variable says so, and a cache
// directory that cannot be made changes nothing but speed. Offline audits never load undici.
import { spawnSync } from "node:child_process";
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tuningFor } from "../../src/start-up/short-run-tuning.js";
import { node24Path } from "../support/action-runner.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-start-up-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const nodes: [string, string | undefined][] = [
	["this Node", process.execPath],
	["Node 24", node24Path()],
];

const FLEET = "examples/mcp-fleet";

function run(
	node: string,
	args: string[],
	env: Record<string, string>,
	cli = "dist/cli.js",
) {
	const childEnv: NodeJS.ProcessEnv = {
		...process.env,
		NODE_DEBUG: "pin-audit",
		...env,
	};
	delete childEnv.NODE_COMPILE_CACHE;
	if (env.NODE_DISABLE_COMPILE_CACHE === undefined)
		delete childEnv.NODE_DISABLE_COMPILE_CACHE;
	const result = spawnSync(node, [cli, ...args], {
		env: childEnv,
		encoding: "utf8",
		timeout: 30_000,
	});
	const cache = /code cache (\w+)/.exec(result.stderr)?.[1];
	return {
		status: result.status,
		stdout: result.stdout,
		cache,
		// What the CLI itself said, without NODE_DEBUG's lines.
		stderr: result.stderr.replace(/^PIN-AUDIT \d+: .*\n/gm, ""),
	};
}

describe.each(nodes)("dist/cli.js on %s", (_, node) => {
	it.skipIf(node === undefined)(
		"keeps a run that only prints the version or help out of the audit's cache, and writes none after a usage error",
		() => {
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const mistake = run(node as string, [join(tmp, "no-such-dir")], {
				TMPDIR: tmp,
			});
			expect(mistake.status).toBe(2);
			expect(readdirSync(tmp)).toEqual([
				expect.stringMatching(/^pin-audit-code-cache/),
			]);
			expect(readdirSync(join(tmp, readdirSync(tmp)[0] as string))).toEqual([]);
			for (const flag of ["--version", "--help"])
				expect(run(node as string, [flag], { TMPDIR: tmp }).status).toBe(0);
			const audit = run(node as string, [FLEET, "--offline"], { TMPDIR: tmp });
			expect(audit).toMatchObject({ status: 1, cache: "missing" });
			const [directory] = readdirSync(tmp);
			expect(readdirSync(join(tmp, directory as string)).sort()).toEqual([
				expect.stringMatching(/-audit\.cache$/),
				expect.stringMatching(/-info\.cache$/),
			]);
		},
	);

	it.skipIf(node === undefined)(
		"makes the code cache on its first run, uses it next, and remakes it when refused",
		() => {
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const first = run(node as string, [FLEET, "--offline"], { TMPDIR: tmp });
			expect(first).toMatchObject({ status: 1, cache: "missing" });
			expect(first.stdout).toContain("6 errors");
			const second = run(node as string, [FLEET, "--offline"], {
				TMPDIR: tmp,
			});
			expect(second).toEqual({ ...first, cache: "accepted" });

			const [directory] = readdirSync(tmp);
			expect(directory).toMatch(/^pin-audit-code-cache/);
			const files = readdirSync(join(tmp, directory as string));
			expect(files).toEqual([expect.stringMatching(/-audit\.cache$/)]);
			writeFileSync(
				join(tmp, directory as string, files[0] as string),
				Buffer.alloc(8192, 1),
			);
			const refused = run(node as string, [FLEET, "--offline"], {
				TMPDIR: tmp,
			});
			expect(refused).toEqual({ ...first, cache: "rejected" });
			const remade = run(node as string, [FLEET, "--offline"], {
				TMPDIR: tmp,
			});
			expect(remade).toEqual({ ...first, cache: "accepted" });
		},
	);

	it.skipIf(node === undefined)(
		"writes the cache again once for a run that needs more than the run that made it",
		() => {
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const empty = mkdtempSync(join(scratch, "empty-"));
			// What NODE_DEBUG said about the cache at the end of the run.
			const saved = (args: string[]) => {
				const env: NodeJS.ProcessEnv = {
					...process.env,
					NODE_DEBUG: "pin-audit",
					TMPDIR: tmp,
				};
				// The cache under this test's TMPDIR, not the test run's (test/support/isolate-code-cache.ts).
				delete env.NODE_COMPILE_CACHE;
				const result = spawnSync(node as string, ["dist/cli.js", ...args], {
					env,
					encoding: "utf8",
					timeout: 30_000,
				});
				return /ran in \d+ ms(?:; code cache (written again|written))?/.exec(
					result.stderr,
				)?.[1];
			};
			// The first run on this machine audits an empty directory: its cache holds little of the audit.
			expect(saved([empty, "--offline"])).toBe("written");
			expect(saved([empty, "--offline"])).toBeUndefined();
			expect(saved([FLEET, "--offline"])).toBe("written again");
			expect(saved([FLEET, "--offline"])).toBeUndefined();
			expect(saved([empty, "--offline"])).toBeUndefined();
		},
	);

	it.skipIf(node === undefined)(
		"writes nothing with NODE_DISABLE_COMPILE_CACHE",
		() => {
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const result = run(node as string, ["--help"], {
				TMPDIR: tmp,
				NODE_DISABLE_COMPILE_CACHE: "1",
			});
			expect(result).toMatchObject({ status: 0, cache: "off" });
			expect(readdirSync(tmp)).toEqual([]);
		},
	);

	it.skipIf(node === undefined)(
		"runs when the cache directory cannot be made, without a cache and without a word",
		() => {
			// The default cache directory is under the temporary directory: here a file, so it cannot be made.
			const file = join(scratch, "a-file");
			writeFileSync(file, "");
			const result = run(node as string, ["--help"], { TMPDIR: file });
			expect(result).toMatchObject({ status: 0, cache: "off", stderr: "" });
			expect(result.stdout).toMatch(/^Usage: pin-audit /);
		},
	);

	it.skipIf(node === undefined)(
		"tunes V8 for a short audit, sets its defaults back once the run reads megabytes, and reports the same either way",
		() => {
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const v8 = spawnSync(node as string, ["-p", "process.versions.v8"], {
				encoding: "utf8",
			}).stdout.trim();
			const tunes = tuningFor(v8) !== undefined;
			const said = (args: string[], nodeFlags: string[] = []) => {
				const env: NodeJS.ProcessEnv = {
					...process.env,
					NODE_DEBUG: "pin-audit",
					NODE_DISABLE_COMPILE_CACHE: "1",
					TMPDIR: tmp,
				};
				delete env.NODE_COMPILE_CACHE;
				const result = spawnSync(
					node as string,
					[...nodeFlags, "dist/cli.js", ...args],
					{
						env,
						encoding: "utf8",
						timeout: 60_000,
						maxBuffer: 256 * 1024 * 1024,
					},
				);
				const tuning = [
					/(V8 tuned for a short run|V8 as it is)/.exec(result.stderr)?.[1],
					/ran in \d+ ms.*?(?:; (V8 tuned to the end|V8's defaults back during the run))?$/m.exec(
						result.stderr,
					)?.[1],
				];
				return { status: result.status, stdout: result.stdout, tuning };
			};
			const short = said([FLEET, "--offline"]);
			expect(short.tuning).toEqual(
				tunes
					? ["V8 tuned for a short run", "V8 tuned to the end"]
					: ["V8 as it is", undefined],
			);
			// The user's own flag for one of these settings: V8 as they set it, the same report.
			const theirs = said(
				[FLEET, "--offline"],
				["--semi-space-growth-factor=2"],
			);
			expect(theirs).toEqual({ ...short, tuning: ["V8 as it is", undefined] });

			// 1.1 MB of requirements read on the main thread: a long run from then on.
			const large = mkdtempSync(join(scratch, "large-"));
			const lines = Array.from(
				{ length: 60_000 },
				(_, i) => `package-${i}==1.0.${i % 7}`,
			);
			writeFileSync(join(large, "requirements.txt"), `${lines.join("\n")}\n`);
			const long = said([large, "--offline", "--format", "json"]);
			expect(long.tuning).toEqual(
				tunes
					? ["V8 tuned for a short run", "V8's defaults back during the run"]
					: ["V8 as it is", undefined],
			);
			expect(long.status).toBe(0);
			expect(
				said(
					[large, "--offline", "--format", "json"],
					["--semi-space-growth-factor=2"],
				).stdout,
			).toBe(long.stdout);
			// The code cache made by a run that proved long is made under the flags its run started with: the next
			// (short) run takes it.
			const cacheTmp = mkdtempSync(join(scratch, "tmp-"));
			const cached = (dir: string) =>
				run(node as string, [dir, "--offline"], {
					TMPDIR: cacheTmp,
				}).cache;
			expect(cached(large)).toBe("missing");
			expect(cached(FLEET)).toBe("accepted");
			expect(cached(large)).toBe("accepted");
			// drift and merge read reports of any size at once: never tuned.
			expect(said(["merge", join(large, "no-such.json")]).tuning[0]).toBe(
				"V8 as it is",
			);
		},
	);

	it.skipIf(node === undefined)(
		"answers --version alone without the engine, as the engine answers it",
		() => {
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const alone = run(node as string, ["--version"], { TMPDIR: tmp });
			expect(alone).toMatchObject({ status: 0, cache: undefined, stderr: "" });
			expect(alone.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
			// Nothing loaded, so no cache directory either.
			expect(readdirSync(tmp)).toEqual([]);
			const engine = run(node as string, ["--version", "--offline"], {
				TMPDIR: tmp,
			});
			expect(engine).toMatchObject({ status: 0, cache: "missing" });
			expect(engine.stdout).toBe(alone.stdout);
		},
	);
});

describe("code loaded only when used", () => {
	it("an offline audit runs without undici's file", () => {
		const copy = mkdtempSync(join(scratch, "dist-"));
		mkdirSync(join(copy, "dist"));
		for (const file of [
			"cli.js",
			"cli-engine.cjs",
			"parse-worker.js",
			"package.json",
		])
			copyFileSync(join("dist", file), join(copy, "dist", file));
		copyFileSync("package.json", join(copy, "package.json"));
		const args = [FLEET, "--offline"];
		const env = { NODE_DISABLE_COMPILE_CACHE: "1" };
		const without = run(process.execPath, args, env, join(copy, "dist/cli.js"));
		expect(without).toEqual(run(process.execPath, args, env));
		expect(without.status).toBe(1);
	});
});
