// scripts/build.mjs into a directory that does not exist yet, as `npm run bench` does on its first run and
// `rm -rf dist && npm run build` does: the CLI it writes runs, as CommonJS (dist/package.json says so), beside the
// action's ES modules.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("buildDist", () => {
	it("builds into a directory that does not exist yet, and the CLI there runs", async () => {
		const out = join(scratch, "not", "yet", "dist");
		const { buildDist } = (await import(
			new URL("../../scripts/build.mjs", import.meta.url).href
		)) as { buildDist: (outdir: string) => Promise<void> };
		await buildDist(out);
		expect(
			JSON.parse(readFileSync(join(out, "package.json"), "utf8")),
		).toMatchObject({
			type: "commonjs",
		});
		expect(existsSync(join(out, "action.mjs"))).toBe(true);
		const version = JSON.parse(readFileSync("package.json", "utf8")).version;
		expect(
			execFileSync(process.execPath, [join(out, "cli.js"), "--version"], {
				encoding: "utf8",
			}),
		).toBe(`${version}\n`);
	}, 60_000);
});
