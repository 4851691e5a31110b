// The audit end to end against the fake index: what the index knows becomes findings, the same report comes
// out of a flaky index, the offline knowledge still finds the httpx conflict, and credentials never show.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import type { Report } from "../../src/model/report.js";
import { renderJson } from "../../src/report/render-json.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";
import packagesFixture from "../fixtures/index/packages.json" with {
	type: "json",
};
import {
	type FakeIndex,
	type FakePackage,
	startFakeIndex,
} from "../support/fake-index.js";

const PACKAGES = packagesFixture.packages as FakePackage[];
const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/index/${name}`, import.meta.url));
const TODAY = new Date("2026-09-01T12:00:00Z");

let index: FakeIndex | null = null;
afterEach(async () => {
	await index?.close();
	index = null;
});

const summarize = (report: Report) =>
	report.findings.map((f) => ({
		rule: f.rule,
		severity: f.severity,
		package: f.package,
		file: f.file,
		line: f.line,
	}));

describe("auditing with a package index", () => {
	it("reports a yanked pin with its reason", async () => {
		index = await startFakeIndex(PACKAGES);
		const report = await auditRepository({
			root: fixture("yanked-mcp-pin"),
			offline: false,
			indexUrl: index.url,
			today: TODAY,
		});
		const yanked = report.findings.filter((f) => f.rule === "yanked");
		expect(yanked).toEqual([
			{
				rule: "yanked",
				severity: "error",
				project: ".",
				package: "mcp",
				file: "requirements.txt",
				line: 2,
				message: expect.stringContaining(
					'(reason: "Broken streamable HTTP session handling, use 1.23.3")',
				),
			},
		]);
	});

	it.each([
		["online", false],
		["offline", true],
	])(
		"finds mcp==1.23.3 with httpx==0.26.0 %s, naming both lines",
		async (_, offline) => {
			index = await startFakeIndex(PACKAGES);
			const report = await auditRepository({
				root: fixture("mcp-httpx-conflict"),
				offline,
				indexUrl: index.url,
				today: TODAY,
			});
			const conflicts = report.findings.filter((f) => f.rule === "conflict");
			expect(conflicts).toEqual([
				expect.objectContaining({
					severity: "error",
					package: "httpx",
					file: "requirements-mcp.txt",
					line: 3,
				}),
			]);
			expect(conflicts[0]?.message).toContain(
				"`httpx==0.26.0` (requirements-mcp.txt:3)",
			);
			expect(conflicts[0]?.message).toContain(
				"`mcp==1.23.3` (requirements-mcp.txt:2)",
			);
			expect(conflicts[0]?.message).toContain("`httpx>=0.27.1`");
			expect(index.requests.length > 0).toBe(!offline);
		},
	);

	it("gives the same report when every other request fails with 503", async () => {
		index = await startFakeIndex(PACKAGES);
		const calm = await auditRepository({
			root: fixture("mcp-httpx-conflict"),
			offline: false,
			indexUrl: index.simpleUrl,
			today: TODAY,
		});
		index.faults.failEveryOther = 503;
		index.faults.retryAfter = "0";
		const flaky = await auditRepository({
			root: fixture("mcp-httpx-conflict"),
			offline: false,
			indexUrl: index.simpleUrl,
			today: TODAY,
		});
		expect(renderJson(flaky)).toBe(renderJson(calm));
		expect(
			index.requests.filter((r) => r.status === 503).length,
		).toBeGreaterThan(0);
	});

	it("says which packages it could not check when the index fails, and never passes silently", async () => {
		index = await startFakeIndex(PACKAGES, { malformed: /./ });
		const report = await auditRepository({
			root: fixture("yanked-mcp-pin"),
			offline: false,
			indexUrl: index.url,
			today: TODAY,
		});
		// One notice per index and cause, naming every release it could not check.
		const notices = report.findings.filter(
			(f) => f.rule === "index-unavailable",
		);
		expect(
			summarize(report).filter((f) => f.rule === "index-unavailable"),
		).toEqual([
			{
				rule: "index-unavailable",
				severity: "notice",
				package: null,
				file: "requirements.txt",
				line: 2,
			},
		]);
		expect(notices[0]?.message).toMatch(/^could not look up 2 releases on /);
		expect(notices[0]?.message).toContain("(requirements.txt:2)");
		expect(notices[0]?.message).toContain("(requirements.txt:3)");
	});

	it("flags a release younger than the cooldown, with when it becomes allowed", async () => {
		index = await startFakeIndex(PACKAGES);
		const report = await auditRepository({
			root: fixture("mcp-httpx-conflict"),
			offline: false,
			indexUrl: index.url,
			today: new Date("2025-12-10T12:00:00Z"),
		});
		const tooNew = report.findings.filter((f) => f.rule === "too-new");
		expect(tooNew.map((f) => f.package)).toEqual(["mcp"]);
		expect(tooNew[0]?.message).toContain(
			"becomes allowed at 2025-12-11 15:20 UTC",
		);
	});

	it("never prints the index credentials", async () => {
		const password = "pa55-w0rd-xyz";
		index = await startFakeIndex(PACKAGES, {
			authorization: `Basic ${Buffer.from(`ci:${password}`).toString("base64")}`,
		});
		const indexUrl = index.url.replace("http://", `http://ci:${password}@`);
		const ok = await auditRepository({
			root: fixture("yanked-mcp-pin"),
			offline: false,
			indexUrl,
			today: TODAY,
		});
		expect(ok.findings.some((f) => f.rule === "yanked")).toBe(true);
		// A refused token: the failure is reported, the token is not.
		const refused = await auditRepository({
			root: fixture("yanked-mcp-pin"),
			offline: false,
			indexUrl: index.url,
			env: { PIN_AUDIT_INDEX_TOKEN: "tok-secret-999" },
			today: TODAY,
		});
		expect(refused.findings.some((f) => f.rule === "index-unavailable")).toBe(
			true,
		);
		for (const report of [ok, refused]) {
			for (const output of [
				renderJson(report),
				renderMarkdown(report),
				renderText(report, { color: false, inventory: true }),
			]) {
				expect(output).not.toContain(password);
				expect(output).not.toContain("tok-secret-999");
				expect(output).not.toContain(
					Buffer.from(`ci:${password}`).toString("base64"),
				);
			}
		}
	});
});

describe("an unreachable index", () => {
	it("is one notice for the whole repository, not one per locked package", async () => {
		const report = await auditRepository({
			root: fileURLToPath(new URL("../../examples/mcp-fleet", import.meta.url)),
			offline: false,
			// Nothing listens on port 9 of loopback: every lookup fails the same way, at once.
			indexUrl: "http://127.0.0.1:9",
			today: TODAY,
		});
		const notices = report.findings.filter(
			(f) => f.rule === "index-unavailable",
		);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({
			severity: "notice",
			project: null,
			package: null,
		});
		expect(notices[0]?.message).toMatch(
			/^could not look up \d+ releases in 4 projects on http:\/\/127\.0\.0\.1:9/,
		);
		expect(notices[0]?.message).toMatch(
			/ and \d+ more\. Whether they are yanked or too new/,
		);
	});
});
