// `pin-audit` and `pin-audit drift` reach the configured index with PIN_AUDIT_INDEX_TOKEN. The two commands once
// built their audit options separately and drift lost the token; both now come from one builder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/run-cli.js";
import packagesFixture from "../fixtures/index/packages.json" with {
	type: "json",
};
import {
	type FakeIndex,
	type FakePackage,
	startFakeIndex,
} from "../support/fake-index.js";

const TOKEN = "cli-index-token";
let index: FakeIndex | null = null;
let root: string | null = null;
afterEach(async () => {
	await index?.close();
	index = null;
	if (root) rmSync(root, { recursive: true, force: true });
	root = null;
});

describe.each([[[] as string[]], [["drift"]]])("pin-audit %j", (command) => {
	it("sends the index token to the configured index, and prints it nowhere", async () => {
		index = await startFakeIndex(packagesFixture.packages as FakePackage[], {
			authorization: `Bearer ${TOKEN}`,
		});
		root = mkdtempSync(join(tmpdir(), "pin-audit-cli-token-"));
		writeFileSync(join(root, "requirements.txt"), "mcp==1.23.3\n");
		let out = "";
		const code = await runCli(
			[...command, root, "--format", "json", "--index-url", index.url],
			{
				stdout: (text) => {
					out += text;
				},
				stderr: (text) => {
					out += text;
				},
				env: { PIN_AUDIT_INDEX_TOKEN: TOKEN },
				isTty: false,
			},
		);
		expect(code).toBeLessThan(2);
		const answered = index.requests.filter((r) => r.status === 200);
		expect(answered.length).toBeGreaterThan(0);
		expect(
			index.requests.every(
				(r) => r.headers.authorization === `Bearer ${TOKEN}`,
			),
		).toBe(true);
		expect(out).not.toContain(TOKEN);
	});
});
