import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository, buildReport } from "../../src/audit.js";
import type { Report } from "../../src/model/report.js";
import { renderJson, renderJsonChunks } from "../../src/report/render-json.js";
import { runCli } from "../../src/run-cli.js";

const POLICY = {
	source: "default" as const,
	file: null,
	presets: [],
	description: "built-in default",
};

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("renderJsonChunks", () => {
	it("streams the example fleet byte for byte as renderJson renders it", async () => {
		const report = await auditRepository({
			root: "examples/mcp-fleet",
			today: new Date("2026-01-15"),
		});
		expect(report.projects.length).toBeGreaterThan(1);
		expect(report.findings.length).toBeGreaterThan(1);
		const chunks = [...renderJsonChunks(report)];
		// One piece per project and per finding, plus head, separators and summary.
		expect(chunks.length).toBeGreaterThan(
			report.projects.length + report.findings.length,
		);
		expect(chunks.join("")).toBe(renderJson(report));
	});

	it("streams the fixture trees byte for byte", async () => {
		for (const root of ["test/fixtures/locks", "test/fixtures/requirements"]) {
			const report = await auditRepository({
				root,
				today: new Date("2026-01-15"),
			});
			expect([...renderJsonChunks(report)].join("")).toBe(renderJson(report));
		}
	});

	it("cuts a large project into small pieces, byte for byte", () => {
		const requirements = Array.from({ length: 5000 }, (_, i) => ({
			name: `p${i}`,
			specifier: `==1.${i}`,
			extras: i % 2 === 0 ? [] : ["cli"],
			marker: i % 3 === 0 ? 'python_version >= "3.11"' : null,
			url: null,
			editable: false,
			hashes: 2,
			group: "requirements",
			file: "requirements.txt",
			line: i + 1,
		}));
		const locked = requirements.map((r) => ({
			name: r.name,
			version: `1.${r.line}`,
			source: "registry" as const,
			sourceUrl: "https://pypi.org/simple",
			marker: null,
			dependencies: [],
			file: "uv.lock",
			line: r.line * 10,
		}));
		const project = {
			path: ".",
			workspace: null,
			requiresPython: ">=3.10",
			files: [{ path: "requirements.txt", kind: "requirements" as const }],
			requirements,
			locked,
			lockMetadata: [],
			pipOptions: [],
		};
		const report: Report = buildReport(".", POLICY, [project, project], [], 2);
		const chunks = [...renderJsonChunks(report)];
		expect(chunks.join("")).toBe(renderJson(report));
		// Each piece stays far below V8's 128 KB large-object size; the whole is ~3 MB.
		expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(16 * 1024);
	});

	it("renders empty projects and findings as [] like JSON.stringify", () => {
		const report: Report = buildReport(".", POLICY, [], [], 0);
		const text = [...renderJsonChunks(report)].join("");
		expect(text).toBe(renderJson(report));
		expect(text).toContain('"projects": [],\n  "findings": [],');
	});

	it("keeps newlines, quotes and non-ASCII text inside strings exactly", () => {
		const report: Report = buildReport(
			"a\nb",
			{ ...POLICY, description: 'x "y"\n\u2028 ü' },
			[],
			[
				{
					rule: "unpinned",
					severity: "warning",
					project: ".",
					package: "mcp",
					file: "requirements.txt",
					line: 3,
					message: "line one\nline two\n    indented",
					suggestion: "mcp==1.0\n",
				},
			],
			1,
		);
		expect(JSON.parse([...renderJsonChunks(report)].join(""))).toEqual(
			JSON.parse(renderJson(report)),
		);
		expect([...renderJsonChunks(report)].join("")).toBe(renderJson(report));
	});
});

describe("pin-audit --format json output", () => {
	it("writes the same bytes to --output as to stdout", async () => {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-json-out-"));
		dirs.push(dir);
		const out = join(dir, "report.json");
		const io = (sink: string[]) => ({
			stdout: (text: string) => {
				sink.push(text);
			},
			stderr: () => {},
			env: {},
			isTty: false,
		});
		const stdout: string[] = [];
		const args = ["examples/mcp-fleet", "--offline", "--format", "json"];
		await runCli(args, io(stdout));
		await runCli([...args, "--output", out], io([]));
		expect(readFileSync(out, "utf8")).toBe(stdout.join(""));
		expect(JSON.parse(stdout.join("")).summary.projects).toBeGreaterThan(1);
	});
});
