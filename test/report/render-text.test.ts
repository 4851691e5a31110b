// The text report as a person reads it: findings first by project, clean projects in one line, a closing
// summary with counts per rule and per project and the exit reason; wrapped to the width, never inside a word.
import { describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import type { Report } from "../../src/model/report.js";
import { splitMessageParts } from "../../src/report/message-parts.js";
import { renderText } from "../../src/report/render-text.js";
import { wrapList, wrapText } from "../../src/report/wrap-text.js";

async function exampleFleet(): Promise<Report> {
	return auditRepository({
		root: "examples/mcp-fleet",
		offline: true,
		parseWorkers: false,
		today: new Date("2026-06-01T00:00:00Z"),
	});
}

describe("renderText", () => {
	it("puts findings first, grouped by project, and closes with counts and the exit reason", async () => {
		const report = await exampleFleet();
		const lines = renderText(report, { color: false, inventory: false })
			.trimEnd()
			.split("\n");
		expect(lines[0]).toMatch(/^pin-audit \S+: examples\/mcp-fleet: 4 projects/);
		expect(lines[1]).toBe("policy: pin-audit.toml (extends mcp)");
		expect(lines[2]).toBe(
			"not checked: yanked, too-new, index-unavailable (offline: no package index was asked)",
		);
		// The first finding is on the first screen: right after the head and one blank line.
		expect(lines[3]).toBe("");
		expect(lines[4]).toBe("servers/docparse: 2 errors");
		expect(lines[5]).toMatch(
			/^ {2}error servers\/docparse\/pyproject\.toml:7 \[outside-policy, also inconsistent\] `mcp` is pinned/,
		);
		expect(lines).toContain("1 project without findings: .");
		expect(lines.slice(-4)).toEqual([
			"6 errors in 3 of 4 projects",
			"by rule: outside-policy 4 errors, compat 1 error, lock-mismatch 1 error",
			"by project: servers/transform 3 errors, servers/docparse 2 errors, servers/scraper 1 error",
			"exit status 1: 6 error findings",
		]);
		// No inventory by default, and each fix once: the message already says "Write `mcp==1.23.3`."
		expect(lines.join("\n")).not.toContain("requirements:");
		expect(lines.join("\n")).not.toContain("fix:");
		expect(lines.every((line) => line.length <= 100)).toBe(true);
	});

	it("lists the inventory with --inventory", async () => {
		const text = renderText(await exampleFleet(), {
			color: false,
			inventory: true,
		});
		expect(text).toMatch(
			/mcp ==1\.23\.1\s+requirements\s+servers\/docparse\/requirements-mcp\.txt:2/,
		);
		expect(text).toContain("  locked (servers/docparse/uv.lock):");
	});

	it("wraps to the width at spaces only, keeping every word whole", async () => {
		const report = await exampleFleet();
		for (const width of [40, 60, 80, 120]) {
			const text = renderText(report, {
				color: false,
				inventory: false,
				width,
			});
			const words = (t: string) => t.split(/\s+/).filter((w) => w !== "");
			for (const line of text.split("\n"))
				if (line.length > width) expect(words(line)).toHaveLength(1);
			// Every finding's problem and fix appear, in order, unbroken; --verbose shows every message whole.
			const flat = words(text).join(" ");
			for (const f of report.findings) {
				const { problem, closing } = splitMessageParts(f.message);
				expect(flat).toContain(words(`${problem} ${closing ?? ""}`).join(" "));
			}
			const verbose = renderText(report, {
				color: false,
				inventory: false,
				verbose: true,
				width,
			});
			for (const line of verbose.split("\n"))
				if (line.length > width) expect(words(line)).toHaveLength(1);
			const whole = words(verbose).join(" ");
			for (const f of report.findings)
				expect(whole).toContain(words(f.message).join(" "));
		}
	});

	it("shows each finding as its problem and its fix, the why only with verbose", async () => {
		const report = await exampleFleet();
		const text = renderText(report, { color: false, inventory: false });
		expect(text).toContain(
			"servers/docparse: 2 errors\n" +
				"  error servers/docparse/pyproject.toml:7 [outside-policy, also inconsistent] `mcp` is pinned to\n" +
				"    1.23.1, outside the policy's `~=1.23.3` (packages.mcp.allowed). Write `mcp==1.23.3`.\n",
		);
		// A code span is one word: `uv lock` is never broken.
		expect(text).toContain("`pydantic>=2.11,<3`. Run `uv lock`.");
		expect(text).not.toContain("the MCP stack is validated on mcp 1.23.x");
		const verbose = renderText(report, {
			color: false,
			inventory: false,
			verbose: true,
		});
		expect(verbose).toContain("the MCP stack is validated on mcp 1.23.x");
		expect(verbose.split("\n").length).toBeGreaterThan(text.split("\n").length);
	});

	it("prints a fix the message does not already say", () => {
		const report: Report = {
			schemaVersion: 1,
			tool: { name: "pin-audit", version: "0" },
			root: ".",
			policy: { source: "default", file: null, presets: [], description: "d" },
			projects: [],
			findings: [
				{
					rule: "unpinned",
					severity: "warning",
					project: null,
					package: "mcp",
					file: "requirements.txt",
					line: 1,
					message: "`mcp` has no version constraint.",
					suggestion: "mcp==1.23.3",
				},
			],
			summary: {
				projects: 0,
				files: 1,
				requirements: 1,
				locked: 0,
				errors: 0,
				warnings: 1,
				notices: 0,
			},
		};
		const text = renderText(report, { color: false, inventory: false });
		expect(text).toContain(
			"repository: 1 warning\n  warning requirements.txt:1 [unpinned] `mcp` has no version constraint. Write `mcp==1.23.3`.\n",
		);
		expect(text).toContain("1 warning in the repository\n");
		expect(text.trimEnd().split("\n").at(-1)).toBe(
			"exit status 0: no error findings",
		);
	});
});

describe("wrapText and wrapList", () => {
	it("never splits a word, and puts an over-long word on its own line", () => {
		expect(wrapText("aa bb cc dd", 8, "> ", "  ")).toEqual([
			"> aa bb",
			"  cc dd",
		]);
		expect(
			wrapText("a https://example.invalid/very/long b", 10, "", ""),
		).toEqual(["a", "https://example.invalid/very/long", "b"]);
	});

	it("keeps list items whole and ends a cut list with 'and N more'", () => {
		const items = Array.from({ length: 50 }, (_, i) => `servers/s${i} 1 error`);
		const lines = wrapList(items, 60, "by project: ", "  ", 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/and \d+ more$/);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
		expect(lines.join(" ")).not.toMatch(/s\d+\s{2,}/);
	});
});
