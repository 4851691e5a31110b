import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
	buildDriftReport,
	computeRepositoryDrift,
} from "../../src/drift/compute-drift.js";
import { renderDriftJson } from "../../src/report/render-drift.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const schema = JSON.parse(readFileSync("schema/drift.schema.json", "utf8"));
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(
	schema,
);

function cli(...argv: string[]) {
	return runCliCaptured(argv);
}

/** A drift report of one repository pinning mcp (and httpx), as `pin-audit drift --format json` writes it. */
function repositoryReport(i: number): string {
	const mcp = i % 10 === 0 ? "1.23.1" : "1.23.3";
	const repository = computeRepositoryDrift({
		name: `octo-org/server-${String(i).padStart(3, "0")}`,
		policy: "pin-audit.toml (extends mcp)",
		projects: [
			{
				path: ".",
				files: [{ path: "requirements.txt", kind: "requirements" }],
				requirements: [
					{
						name: "mcp",
						specifier: `==${mcp}`,
						url: null,
						group: "requirements",
						file: "requirements.txt",
						line: 1,
					},
					{
						name: "httpx",
						specifier: "==0.28.1",
						url: null,
						group: "requirements",
						file: "requirements.txt",
						line: 2,
					},
				],
				locked: [],
			},
		],
		rules: null,
		releases: (_p, name) => ({
			index: "https://pypi.org",
			lookup: {
				ok: true,
				value:
					name === "mcp"
						? [
								{
									version: "1.23.1",
									uploadTime: "2025-12-04T10:00:00Z",
									yanked: false,
									yankedReason: null,
									requiresPython: null,
								},
								{
									version: "1.23.3",
									uploadTime: "2025-12-09T15:20:11Z",
									yanked: false,
									yankedReason: null,
									requiresPython: null,
								},
							]
						: [
								{
									version: "0.28.1",
									uploadTime: "2024-12-06T15:37:21Z",
									yanked: false,
									yankedReason: null,
									requiresPython: null,
								},
							],
			},
		}),
		now: new Date("2026-06-01T00:00:00Z"),
	});
	return renderDriftJson(
		buildDriftReport([repository], new Date("2026-06-01T00:00:00Z")),
	);
}

describe("pin-audit drift and merge", () => {
	it("drift --format json on the example fleet satisfies schema/drift.schema.json", async () => {
		const { code, stdout, stderr } = await cli(
			"drift",
			"examples/mcp-fleet",
			"--offline",
			"--format",
			"json",
			"--name",
			"octo-org/mcp-fleet",
		);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
		expect(report.repositories[0].name).toBe("octo-org/mcp-fleet");
		expect(report.repositories[0].projects).toEqual([
			".",
			"servers/docparse",
			"servers/scraper",
			"servers/transform",
		]);
		expect(
			report.fleet
				.find((p: { package: string }) => p.package === "mcp")
				.versions.map((v: { version: string }) => v.version),
		).toEqual(["1.23.3", "1.23.1"]);
	});

	it("merges 120 repositories' reports and an audit report into one fleet report", async () => {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-merge-"));
		const files: string[] = [];
		for (let i = 0; i < 120; i++) {
			const file = join(dir, `server-${i}.json`);
			writeFileSync(file, repositoryReport(i));
			files.push(file);
		}
		const audit = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--format",
			"json",
		);
		const auditFile = join(dir, "mcp-fleet-audit.json");
		writeFileSync(auditFile, audit.stdout);
		files.push(auditFile);

		const json = await cli("merge", ...files, "--format", "json");
		expect(json.stderr).toBe("");
		expect(json.code).toBe(0);
		const report = JSON.parse(json.stdout);
		expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
		expect(report.summary.repositories).toBe(121);
		expect(report.summary.behind).toBe(12);
		const mcp = report.fleet.find(
			(p: { package: string }) => p.package === "mcp",
		);
		expect(
			mcp.versions.map((v: { version: string; locations: unknown[] }) => [
				v.version,
				v.locations.length,
			]),
		).toEqual([
			["1.23.3", 111],
			["1.23.1", 13],
		]);

		const markdown = await cli("merge", ...files, "--format", "markdown");
		expect(markdown.stdout).toContain(
			"📦 pin-audit drift: 12 versions behind in 12 projects",
		);
		expect(markdown.stdout).toContain(
			"| `mcp` | `1.23.3` on 111 projects; `1.23.1` on 13 projects | `1.23.3` |",
		);
		const text = await cli("merge", ...files, "--fail-on-drift");
		expect(text.code).toBe(1);
		expect(text.stdout).toContain("octo-org/server-000: .");
	});

	it("names the file that is not a report, and exits with 2", async () => {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-merge-"));
		const good = join(dir, "good.json");
		writeFileSync(good, repositoryReport(1));
		const bad = join(dir, "bad.json");
		writeFileSync(
			bad,
			JSON.stringify({ kind: "drift", schemaVersion: 1, repositories: "no" }),
		);
		const broken = join(dir, "broken.json");
		writeFileSync(broken, "{");
		for (const file of [bad, broken]) {
			const { code, stderr, stdout } = await cli("merge", good, file);
			expect(code).toBe(2);
			expect(stdout).toBe("");
			expect(stderr).toContain(`pin-audit: ${file}: `);
		}
		const twice = await cli("merge", good, good);
		expect(twice.code).toBe(2);
		expect(twice.stderr).toContain("octo-org/server-001");
	});

	it("--previous writes the issue body with the state, and the delta against a previous body", async () => {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-merge-"));
		const a = join(dir, "a.json");
		writeFileSync(a, repositoryReport(10));
		const previous = join(dir, "previous.md");
		const first = await cli(
			"merge",
			a,
			"--format",
			"markdown",
			"--previous",
			previous,
		);
		expect(first.stdout.split("\n")[0]).toBe("<!-- pin-audit:drift -->");
		expect(first.stdout).toContain("<!-- pin-audit:drift-state ");
		writeFileSync(previous, first.stdout);
		const b = join(dir, "b.json");
		writeFileSync(b, repositoryReport(11).replace("server-011", "server-010"));
		const second = await cli(
			"merge",
			b,
			"--format",
			"markdown",
			"--previous",
			previous,
		);
		expect(second.stdout).toContain("1 resolved, 0 new");
	});
});
