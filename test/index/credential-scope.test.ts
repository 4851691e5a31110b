// The index credential belongs to the configured index. A pull request controls every index URL the audited
// files name, so those never receive it, and `${PIN_AUDIT_INDEX_TOKEN}` is never expanded into a file's text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import { renderJson } from "../../src/report/render-json.js";
import packagesFixture from "../fixtures/index/packages.json" with {
	type: "json",
};
import {
	type FakeIndex,
	type FakePackage,
	startFakeIndex,
} from "../support/fake-index.js";

const PACKAGES = packagesFixture.packages as FakePackage[];
const TOKEN = "s3cret-index-token";
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function fakeIndex(
	options?: Parameters<typeof startFakeIndex>[1],
): Promise<FakeIndex> {
	const index = await startFakeIndex(PACKAGES, options);
	cleanups.push(() => index.close());
	return index;
}

function repo(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-credential-"));
	cleanups.push(() => rmSync(root, { recursive: true, force: true }));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const authorizationHeaders = (index: FakeIndex) =>
	index.requests.map((r) => r.headers.authorization ?? null);

describe("the index credential", () => {
	it("is not sent to an index a requirements file names", async () => {
		const evil = await fakeIndex();
		const root = repo({
			"requirements.txt": `--index-url ${evil.url}/simple\nmcp==1.23.3\n`,
		});
		const report = await auditRepository({
			root,
			offline: false,
			indexToken: TOKEN,
			env: {},
		});
		expect(evil.requests.length).toBeGreaterThan(0);
		expect(authorizationHeaders(evil)).toEqual(evil.requests.map(() => null));
		expect(renderJson(report)).not.toContain(TOKEN);
	});

	it("is not sent to a registry a uv.lock records", async () => {
		const evil = await fakeIndex();
		const root = repo({
			"pyproject.toml":
				'[project]\nname = "svc"\nversion = "1"\ndependencies = ["mcp==1.23.3"]\n',
			"uv.lock": `version = 1\nrevision = 3\n\n[[package]]\nname = "mcp"\nversion = "1.23.3"\nsource = { registry = "${evil.url}/simple" }\n`,
		});
		await auditRepository({ root, offline: false, indexToken: TOKEN, env: {} });
		expect(evil.requests.length).toBeGreaterThan(0);
		expect(authorizationHeaders(evil)).toEqual(evil.requests.map(() => null));
	});

	it("is never expanded from the PIN_AUDIT_INDEX_TOKEN variable into an index URL", async () => {
		const evil = await fakeIndex();
		const root = repo({
			"requirements.txt": `--index-url ${evil.url}/\${PIN_AUDIT_INDEX_TOKEN}/simple\nmcp==1.23.3\n`,
		});
		const report = await auditRepository({
			root,
			offline: false,
			indexToken: TOKEN,
			env: { PIN_AUDIT_INDEX_TOKEN: TOKEN },
		});
		expect(evil.requests.map((r) => r.path).join("\n")).not.toContain(TOKEN);
		expect(renderJson(report)).not.toContain(TOKEN);
	});

	it("is sent to the configured index", async () => {
		const trusted = await fakeIndex({ authorization: `Bearer ${TOKEN}` });
		const root = repo({ "requirements.txt": "mcp==1.23.3\n" });
		const report = await auditRepository({
			root,
			offline: false,
			indexUrl: trusted.url,
			indexToken: TOKEN,
			env: {},
		});
		expect(authorizationHeaders(trusted)).toContain(`Bearer ${TOKEN}`);
		expect(
			report.findings.filter((f) => f.rule === "index-unavailable"),
		).toEqual([]);
	});
});
