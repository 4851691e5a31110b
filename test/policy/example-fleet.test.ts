// The example fleet's planted problems, each reported once, on the line to edit, with a fix.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";

const root = fileURLToPath(
	new URL("../../examples/mcp-fleet", import.meta.url),
);

describe("examples/mcp-fleet", () => {
	it("reports each planted problem once, on the right line, with a fix", async () => {
		const report = await auditRepository({
			root,
			offline: true,
			today: new Date("2026-09-01T12:00:00Z"),
		});
		expect(
			report.findings.map((f) => [
				f.rule,
				f.package,
				`${f.file}:${f.line}`,
				f.suggestion ?? null,
				f.also ?? [],
			]),
		).toEqual([
			[
				"outside-policy",
				"mcp",
				"servers/docparse/pyproject.toml:7",
				"mcp==1.23.3",
				["inconsistent"],
			],
			[
				"outside-policy",
				"mcp",
				"servers/docparse/requirements-mcp.txt:2",
				"mcp==1.23.3",
				[],
			],
			[
				"compat",
				"httpx",
				"servers/scraper/requirements-mcp.txt:4",
				"httpx==0.28.1",
				["conflict"],
			],
			[
				"outside-policy",
				"mcp",
				"servers/transform/pyproject.toml:7",
				"mcp~=1.23.3",
				["unpinned"],
			],
			[
				"lock-mismatch",
				"pydantic",
				"servers/transform/pyproject.toml:10",
				null,
				["inconsistent"],
			],
			[
				"outside-policy",
				"anyio",
				"servers/transform/requirements-mcp.txt:4",
				"anyio==4.6.2.post1",
				["conflict"],
			],
			// docparse's inconsistency (mcp 1.23.1 against 1.23.3 elsewhere) is fixed by the same edit as its
			// outside-policy finding on that line, so it is folded into it.
		]);
		const messages = report.findings.map((f) => f.message);
		// What was folded is still said, once, where it is fixed.
		expect(
			messages.filter((m) => m.includes("uv.lock:185 holds 1.23.1")),
		).toHaveLength(1);
		expect(
			messages.filter((m) => m.includes("The fix also satisfies")),
		).toHaveLength(2);
		expect(
			messages.filter((m) =>
				m.includes("servers/transform is on pydantic 2.11.7"),
			),
		).toHaveLength(1);
		expect(
			messages.filter((m) =>
				m.includes("brings this project in line with the other projects"),
			),
		).toHaveLength(1);
	});
});
