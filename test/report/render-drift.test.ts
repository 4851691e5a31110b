import { describe, expect, it } from "vitest";
import {
	buildDriftReport,
	computeRepositoryDrift,
} from "../../src/drift/compute-drift.js";
import {
	advanceState,
	issueState,
	snapshotDrift,
} from "../../src/drift/drift-state.js";
import {
	renderDriftIssue,
	renderDriftMarkdown,
	renderDriftText,
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
			"| `<img src=x>\\|@alice` | 1 | 0 | 1 major | 1.0 |",
		);
		expect(markdown).toContain("Policy: \\<b\\>policy\\</b\\>.");
	});

	it("escapes versions and times and never throws on a time that is not one (a report not read through its schema)", () => {
		const hostile = "<img src=x>@everyone [x](https://evil.example)";
		const r = report(["."]);
		const entry = r.repositories[0]?.entries[0];
		if (!entry) throw new Error("fixture has no entry");
		Object.assign(entry, {
			current: hostile,
			currentAllowed: false,
			currentUploaded: hostile,
			latestUploaded: `2026${hostile}`,
			notYet: { version: "2.1", allowedAt: "soon" },
		});
		const markdown = renderDriftMarkdown(r);
		const at = markdown.split("\n").findIndex((l) => l.startsWith("- `mcp`"));
		const item = markdown
			.split("\n")
			.slice(at, at + 2)
			.join("\n");
		expect(item).toBe(
			"- `mcp` `<img src=x>@everyone [x](https://evil.example)` (\\<img src=x\\>@&#8203;everyone \\[x\\]\\(https:&#8203;//evil.example\\)) → `2.0` (2026\\<img src=x\\>@&#8203;everyone \\[x\\]\\(https:&#8203;//evil.example\\)) · 1 major behind · 1.0 libyears\\\n  policy: `<img src=x>@everyone [x](https://evil.example)` is outside the policy; up to `2.0`; `2.1` not yet (cooldown ends `soon`) · `./requirements.txt:1`",
		);
		expect(renderDriftText(r)).toContain(
			`policy allows: ${hostile} is outside the policy; up to 2.0; 2.1 not yet (cooldown ends soon)`,
		);
	});

	it("keeps the issue under the limit with its state intact", () => {
		const big = report(Array.from({ length: 3000 }, (_, i) => `servers/s${i}`));
		const state = advanceState(null, snapshotDrift(big), NOW);
		const body = renderDriftIssue(big, issueState(state));
		expect(body.length).toBeLessThanOrEqual(65_536);
		expect(body.split("\n")[0]).toBe("<!-- pin-audit:drift -->");
		expect(body.trimEnd().endsWith("-->")).toBe(true);
		const small = report(["a", "b"]);
		expect(
			renderDriftIssue(
				small,
				issueState(advanceState(null, snapshotDrift(small), NOW)),
			),
		).toContain("<!-- pin-audit:drift-state eyJ");
		expect(body).toContain(
			"📦 pin-audit drift: 3000 versions behind in 3000 projects",
		);
	});
});
