// `--index-concurrency` and the policy's `index-concurrency` bound the requests in flight on the index host;
// the flag wins over the policy, and a value outside 1-256 is a usage error.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/run-cli.js";
import {
	type FakeIndex,
	type FakePackage,
	startFakeIndex,
} from "../support/fake-index.js";

const PACKAGES: FakePackage[] = Array.from({ length: 40 }, (_, i) => ({
	name: `pkg-${i}`,
	releases: [{ version: "1.0.0", uploadTime: "2025-01-01T00:00:00Z" }],
}));

let index: FakeIndex | null = null;
let root: string | null = null;
afterEach(async () => {
	await index?.close();
	index = null;
	if (root) rmSync(root, { recursive: true, force: true });
	root = null;
});

async function audit(args: string[], policy: string | null) {
	index = await startFakeIndex(PACKAGES, { latencyMs: 15 });
	root = mkdtempSync(join(tmpdir(), "pin-audit-cli-concurrency-"));
	writeFileSync(
		join(root, "requirements.txt"),
		PACKAGES.map((p) => `${p.name}==1.0.0\n`).join(""),
	);
	if (policy !== null) writeFileSync(join(root, "pin-audit.toml"), policy);
	let err = "";
	const code = await runCli(
		[root, "--format", "json", "--index-url", index.simpleUrl, ...args],
		{
			stdout: () => {},
			stderr: (text) => {
				err += text;
			},
			env: {},
			isTty: false,
		},
	);
	return { code, err, maxInFlight: index.maxInFlight() };
}

describe("index concurrency", () => {
	it("--index-concurrency bounds the requests in flight, over the policy's value", async () => {
		const run = await audit(
			["--index-concurrency", "3"],
			"index-concurrency = 20\n",
		);
		expect(run.code).toBeLessThan(2);
		expect(run.maxInFlight).toBe(3);
	});

	it("the policy's index-concurrency applies without the flag", async () => {
		const run = await audit([], "index-concurrency = 2\n");
		expect(run.code).toBeLessThan(2);
		expect(run.maxInFlight).toBe(2);
	});

	it.each(["0", "257", "many", "2.5"])(
		"--index-concurrency %s is a usage error",
		async (value) => {
			const run = await audit(["--index-concurrency", value], null);
			expect(run.code).toBe(2);
			expect(run.err).toContain("--index-concurrency must be a whole number");
		},
	);
});
