// The bundled CLI's start-up: V8's compile cache where Node has it (22.1+), nothing where it does not, and a
// cache directory that cannot be written changes nothing but speed. Offline audits never load undici.
import { execFileSync } from "node:child_process";
import {
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { node24Path } from "../support/action-runner.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-start-up-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const nodes: [string, string | undefined][] = [
	["this Node", process.execPath],
	["Node 24", node24Path()],
];

function version(node: string, env: Record<string, string>) {
	return execFileSync(node, ["dist/cli.js", "--version"], {
		env: { ...process.env, ...env },
		encoding: "utf8",
		stdio: ["ignore", "pipe", "pipe"],
		timeout: 30_000,
	});
}

describe.each(nodes)("dist/cli.js on %s", (_, node) => {
	it.skipIf(node === undefined)(
		"runs with an unwritable compile-cache directory, silently",
		() => {
			// The default cache directory is under the temporary directory: here a file, so it cannot be made.
			const file = join(scratch, "a-file");
			writeFileSync(file, "");
			const out = version(node as string, { TMPDIR: file });
			expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
		},
	);
});

describe("compile cache", () => {
	const node24 = node24Path();
	it.skipIf(node24 === undefined)(
		"Node 24 writes the compiled CLI to the cache directory",
		() => {
			// No NODE_COMPILE_CACHE: the CLI turns the cache on itself, in Node's default place under TMPDIR.
			const tmp = mkdtempSync(join(scratch, "tmp-"));
			const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
			delete env.NODE_COMPILE_CACHE;
			delete env.NODE_DISABLE_COMPILE_CACHE;
			execFileSync(node24 as string, ["dist/cli.js", "--version"], {
				env,
				timeout: 30_000,
			});
			const entries = readdirSync(join(tmp, "node-compile-cache"), {
				recursive: true,
			});
			expect(entries.length).toBeGreaterThan(1);
		},
	);
});

describe("code loaded only when used", () => {
	it("the CLI entry loads undici only through import()", () => {
		const entry = readFileSync("dist/cli.js", "utf8");
		const chunks = readdirSync("dist").filter((f) => /^cli-.+\.js$/.test(f));
		const undiciChunk = chunks.find((f) =>
			readFileSync(join("dist", f), "utf8").includes(
				"node_modules/undici/index.js",
			),
		);
		expect(undiciChunk).toBeDefined();
		// Nothing imports the undici chunk statically: only the index client's import() does.
		for (const file of ["cli.js", ...chunks]) {
			const text =
				file === "cli.js" ? entry : readFileSync(join("dist", file), "utf8");
			expect(text).not.toMatch(
				new RegExp(`^import [^;]*"\\./${undiciChunk}"`, "m"),
			);
		}
	});
});
