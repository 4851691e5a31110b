import { describe, expect, it } from "vitest";
import {
	buildDriftReport,
	computeRepositoryDrift,
} from "../../src/drift/compute-drift.js";
import { advanceState, snapshotDrift } from "../../src/drift/drift-state.js";
import {
	renderDriftIssue,
	renderDriftMarkdown,
} from "../../src/report/render-drift.js";

const NOW = new Date("2026-06-01T00:00:00Z");

function report(projects: string[]) {
	return buildDriftReport(
		[
			computeRepositoryDrift({
				name: "r",
				policy: "<b>policy</b>",
				projects: projects.map((path) => ({
					path,
					files: [],
					requirements: [
						{
							name: "mcp",
							specifier: "==1.0",
							url: null,
							group: "requirements",
							file: `${path}/requirements.txt`,
							line: 1,
						},
					],
					locked: [],
				})),
				rules: null,
				releases: () => ({
					index: "https://pypi.org",
					lookup: {
						ok: true,
						value: [
							{
								version: "1.0",
								uploadTime: "2025-01-01T00:00:00Z",
								yanked: false,
								yankedReason: null,
								requiresPython: null,
							},
							{
								version: "2.0",
								uploadTime: "2026-01-01T00:00:00Z",
								yanked: false,
								yankedReason: null,
								requiresPython: null,
							},
						],
					},
				}),
				now: NOW,
			}),
		],
		NOW,
	);
}

describe("renderDriftMarkdown", () => {
	it("renders repository text literally (no HTML, mentions or table breaks)", () => {
		const markdown = renderDriftMarkdown(report(["<img src=x>|@alice"]));
		expect(markdown).toContain(
			"<summary><b>&lt;img src=x&gt;|@&#8203;alice</b>: 1 behind</summary>",
		);
		expect(markdown).toContain(
			"| `<img src=x>\\|@alice` | 1 | 0 | 1 | 0 | 0 | 1.0 |",
		);
		expect(markdown).toContain("Policy: \\<b\\>policy\\</b\\>.");
	});

	it("keeps the issue under the limit with its state intact", () => {
		const big = report(Array.from({ length: 3000 }, (_, i) => `servers/s${i}`));
		const state = advanceState(null, snapshotDrift(big), NOW);
		const body = renderDriftIssue(big, state);
		expect(body.length).toBeLessThanOrEqual(65_536);
		expect(body.split("\n")[0]).toBe("<!-- pin-audit:drift -->");
		expect(body.trimEnd().endsWith("-->")).toBe(true);
		const small = report(["a", "b"]);
		expect(
			renderDriftIssue(small, advanceState(null, snapshotDrift(small), NOW)),
		).toContain("<!-- pin-audit:drift-state eyJ");
		expect(body).toContain(
			"📦 pin-audit drift: 3000 versions behind in 3000 projects",
		);
	});
});
