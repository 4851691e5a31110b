// The CLI as npm users get it: `npm pack` from this tree, the tarball installed into a fresh project with no
// registry at all (`--offline`: pin-audit has no runtime dependency, its bundle carries them), then run by npx.
// Packs dist/ as it is: run `npm run build` first.
import { execFile } from "node:child_process";
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const execFileAsync = promisify(execFile);
const REPO = resolve(".");
const scratch = mkdtempSync(join(tmpdir(), "pin-audit-pack-"));
const consumer = join(scratch, "consumer");
let tarball = "";
let packed: { files: { path: string }[]; size: number } = {
	files: [],
	size: 0,
};

// Off the repository's node_modules/.bin (its `node` is the test suite's Node 24): the consumer's own PATH.
const env = {
	...process.env,
	PATH: (process.env.PATH ?? "")
		.split(delimiter)
		.filter((dir) => !dir.includes(`${REPO}/node_modules`))
		.join(delimiter),
	npm_config_cache: join(scratch, "npm-cache"),
	npm_config_update_notifier: "false",
	npm_config_fund: "false",
	npm_config_audit: "false",
	NO_COLOR: "1",
};

async function npm(args: string[], cwd: string) {
	return execFileAsync("npm", args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
}

async function npx(args: string[]) {
	try {
		const { stdout, stderr } = await execFileAsync(
			"npx",
			["--offline", "--no-install", ...args],
			{ cwd: consumer, env },
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

beforeAll(async () => {
	const { stdout } = await npm(
		["pack", "--json", "--pack-destination", scratch],
		REPO,
	);
	packed = JSON.parse(stdout)[0];
	tarball = join(scratch, (packed as unknown as { filename: string }).filename);
	mkdirSync(consumer);
	writeFileSync(
		join(consumer, "package.json"),
		`${JSON.stringify({ name: "consumer", version: "1.0.0", private: true })}\n`,
	);
	await npm(["install", "--offline", tarball], consumer);
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm pack", () => {
	it("holds the bundle, schemas, docs, README and LICENSE, and no tests, fixtures or sources", () => {
		const paths = packed.files.map((f) => f.path).sort();
		// The CLI's entry, its engine, undici apart (loaded with a proxy), the parse worker and the package.json that
		// makes them CommonJS; none of the action's.
		expect(paths).toEqual([
			"LICENSE",
			"README.md",
			"dist/cli-engine.cjs",
			"dist/cli-undici.cjs",
			"dist/cli.js",
			"dist/package.json",
			"dist/parse-worker.js",
			"docs/architecture.md",
			"docs/policy.md",
			"package.json",
			"schema/drift.schema.json",
			"schema/report.schema.json",
		]);
		expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024);
	});

	it("declares no runtime dependency: the bundle carries them, so installing fetches nothing", () => {
		const manifest = JSON.parse(readFileSync("package.json", "utf8"));
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.optionalDependencies ?? {}).toEqual({});
		expect(manifest.peerDependencies ?? {}).toEqual({});
		// The bundles import nothing but Node's own modules.
		const files = packed.files
			.map((f) => f.path)
			.filter((p) => p.startsWith("dist/"));
		expect(files).toContain("dist/cli.js");
		let seen = 0;
		for (const file of files) {
			const bundle = readFileSync(file, "utf8");
			const imports = [
				/^\s*(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"/gm,
				/^\s*import\s*"([^"]+)"/gm,
				/\bimport\s*\(\s*"([^"]+)"\s*\)/g,
				/\brequire\s*\(\s*"([^"]+)"\s*\)/g,
			]
				.flatMap((pattern) => [...bundle.matchAll(pattern)])
				.map((m) => m[1] as string)
				.filter((name) => !name.startsWith("."))
				.map((name) => name.replace(/^node:/, "").split("/")[0] as string);
			seen += imports.length;
			const builtins = new Set(builtinModules);
			for (const name of imports)
				expect(builtins.has(name), `${file} imports ${name}`).toBe(true);
		}
		expect(seen).toBeGreaterThan(5);
	});
});

describe("the installed tarball", () => {
	it("installed pin-audit alone, without a Node binary", () => {
		const modules = readdirSync(join(consumer, "node_modules")).filter(
			(name) => !name.startsWith("."),
		);
		expect(modules).toEqual(["pin-audit"]);
		expect(readdirSync(join(consumer, "node_modules/.bin"))).toEqual([
			"pin-audit",
		]);
	});

	it("runs with npx: --version, and the example fleet's planted problems (exit 1)", {
		timeout: 120_000,
	}, async () => {
		const version = await npx(["pin-audit", "--version"]);
		expect(version.stdout).toBe(
			`${JSON.parse(readFileSync("package.json", "utf8")).version}\n`,
		);
		const audit = await npx([
			"pin-audit",
			join(REPO, "examples/mcp-fleet"),
			"--offline",
			"--format",
			"json",
		]);
		expect(audit.code, audit.stderr).toBe(1);
		const report = JSON.parse(audit.stdout);
		expect(report.summary.errors).toBeGreaterThan(0);
		expect(report.findings).toContainEqual(
			expect.objectContaining({
				rule: "compat",
				package: "httpx",
				file: "servers/scraper/requirements-mcp.txt",
			}),
		);
	});
});
