import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/audit.js";
import type { Report } from "../../src/model/report.js";
import type { Finding, Project } from "../../src/model/types.js";
import {
	COMMENT_LIMIT,
	commentMarker,
	renderComment,
} from "../../src/report/render-comment.js";
import type { UpgradeRow } from "../../src/report/upgrade-diff.js";
import { project, requirement } from "../policy/build-project.js";

// Golden comments: each file is what a reviewer sees, checked in and read by people (the README links one).
// The test never rewrites them; to change one on purpose, run with PIN_AUDIT_WRITE_GOLDENS=1 locally and
// review the diff.
const GOLDEN_DIR = new URL("../fixtures/comment/", import.meta.url);
function expectGolden(name: string, actual: string): void {
	const url = new URL(name, GOLDEN_DIR);
	if (process.env.PIN_AUDIT_WRITE_GOLDENS === "1" && !process.env.CI)
		writeFileSync(url, actual);
	expect(actual).toBe(readFileSync(url, "utf8"));
}

const RUN_URL = "https://github.com/octo/fleet/actions/runs/42";
const LINKS = {
	blobBase: `https://github.com/octo/fleet/blob/${"c".repeat(40)}`,
	pathPrefix: ".",
};

function report(projects: Project[], findings: Finding[]): Report {
	const built = buildReport(
		"/home/runner/work/fleet",
		{
			source: "file",
			file: "pin-audit.toml",
			presets: ["mcp"],
			description: "pin-audit.toml (extends mcp)",
		},
		projects,
		findings,
		3,
	);
	return { ...built, tool: { name: "pin-audit", version: "0.1.0" } };
}

const server = project({
	path: "servers/weather",
	requirements: [
		requirement("mcp", "==1.23.3", {
			file: "servers/weather/requirements.txt",
			line: 1,
		}),
		requirement("httpx", "==0.26.0", {
			file: "servers/weather/requirements.txt",
			line: 2,
		}),
	],
	locked: [],
});

const httpxConflict: Finding = {
	rule: "compat",
	severity: "error",
	project: "servers/weather",
	package: "httpx",
	file: "servers/weather/requirements.txt",
	line: 2,
	message:
		"`httpx` ==0.26.0, outside `>=0.27.1`: mcp 1.23.3 requires httpx>=0.27.1. Write `httpx==0.27.2`.",
	suggestion: "httpx==0.27.2",
};
const oldWarning: Finding = {
	rule: "unpinned",
	severity: "warning",
	project: "servers/weather",
	package: "uvicorn",
	file: "servers/weather/pyproject.toml",
	line: 9,
	message: "`uvicorn` >=0.20 has no upper bound.",
	suggestion: "uvicorn>=0.20,<1",
};
const upgrades: UpgradeRow[] = [
	{
		project: "servers/weather",
		package: "httpx",
		file: "servers/weather/requirements.txt",
		kind: "pinned",
		change: "added",
		from: null,
		to: "0.26.0",
		updateType: null,
		url: "https://pypi.org/project/httpx/0.26.0/",
	},
	{
		project: "servers/weather",
		package: "mcp",
		file: "servers/weather/requirements.txt",
		kind: "pinned",
		change: "upgraded",
		from: "1.22.0",
		to: "1.23.3",
		updateType: "minor",
		url: "https://pypi.org/project/mcp/1.23.3/",
	},
];

describe("renderComment", () => {
	it("failing PR: marker first, headline counts what is new, new findings in full with link and diff, existing summarized", () => {
		const body = renderComment(report([server], [httpxConflict, oldWarning]), {
			key: "default",
			runUrl: RUN_URL,
			statuses: ["new", "existing"],
			fixedCount: 0,
			upgrades,
			gate: { blocking: 1, failOn: "error", block: "new" },
			links: LINKS,
			fixes: [
				{
					before: "httpx==0.26.0  # http client",
					after: "httpx==0.27.2  # http client",
				},
				undefined,
			],
		});
		expect(body.split("\n")[0]).toBe("<!-- pin-audit:sticky key=default -->");
		expect(body).toContain(
			"### ❌ pin-audit: 1 new error · 1 already on the base",
		);
		expect(body).toContain(
			"**This check fails:** 1 new finding at or above `error`",
		);
		expect(body).toContain(
			`- 🔴 **new** · \`compat\` · [\`servers/weather/requirements.txt:2\`](${LINKS.blobBase}/servers/weather/requirements.txt#L2)\\\n  \`httpx\` ==0.26.0, outside`,
		);
		expect(body).toContain(
			"  ```diff\n  -httpx==0.26.0  # http client\n  +httpx==0.27.2  # http client\n  ```",
		);
		// New findings come before the dependency changes and the existing ones.
		expect(body.indexOf("#### New in this change")).toBeLessThan(
			body.indexOf("Dependency changes"),
		);
		expect(body.indexOf("Dependency changes")).toBeLessThan(
			body.indexOf("#### Already on the base"),
		);
		expect(body).toContain("- 🟡 existing · `unpinned` ·");
		expectGolden("failing-pr.md", body);
	});

	it("fixed PR: a short all clear that keeps the dependency changes", () => {
		const body = renderComment(report([server], []), {
			key: "py3.12",
			runUrl: RUN_URL,
			statuses: [],
			fixedCount: 0,
			upgrades,
			gate: { blocking: 0, failOn: "error", block: "new" },
		});
		expect(body.split("\n")[0]).toBe("<!-- pin-audit:sticky key=py3.12 -->");
		expect(body).toContain("### ✅ pin-audit: all clear");
		expect(body).not.toContain("This check fails");
		expect(body).toContain(
			"| `mcp` | `1.22.0` → `1.23.3` | minor | [release](https://pypi.org/project/mcp/1.23.3/) |",
		);
		expect(body.length).toBeLessThan(1500);
		expectGolden("all-clear.md", body);
	});

	it("escapes hostile names, paths and messages: no HTML, links, mentions or marker forgery", () => {
		const hostile: Finding = {
			rule: "unpinned",
			severity: "error",
			project: "x</summary></details><img src=x>",
			package: "@octocat",
			file: "reqs/[click](https://evil.test)|`x`.txt",
			line: 1,
			message:
				"<!-- pin-audit:sticky key=default --> @admin see #1 ![i](https://evil.test/i.png) <script>",
			suggestion: "evil` | [x](y)",
		};
		const body = renderComment(
			report([server], [hostile, { ...hostile, line: 2 }]),
			{
				key: "default",
				statuses: ["new", "existing"],
				upgrades: [],
				gate: { blocking: 1, failOn: "error", block: "new" },
				links: LINKS,
				fixes: [{ before: "```x``` <b>", after: "evil` | [x](y) ````" }],
			},
		);
		// Code spans and backslash-escaped characters render literally (HTML and links included); nothing else may
		// be live markup.
		const outsideCode = body
			.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, "")
			.replace(/\\[\s\S]/g, "");
		expect(outsideCode.split("<!--").length - 1).toBe(1);
		expect(outsideCode).not.toMatch(/<img|<script|<\/summary><\/details>/);
		expect(outsideCode).not.toContain("](https://evil");
		// The location links only to the percent-encoded path at the head commit.
		expect(body).toContain(
			`(${LINKS.blobBase}/reqs/%5Bclick%5D%28https%3A/evil.test%29%7C%60x%60.txt#L1)`,
		);
		expect(outsideCode).not.toMatch(/@admin|@octocat/);
		expect(body).toContain("@&#8203;admin");
		expect(body).toContain("#&#8203;1");
		expect(body).toContain(
			"<b>x&lt;/summary&gt;&lt;/details&gt;&lt;img src=x&gt;</b>",
		);
		expectGolden("hostile-input.md", body);
	});

	it("refuses a key that could close the marker", () => {
		expect(() => commentMarker("a --> <b>")).toThrow("invalid comment key");
		expect(commentMarker("ubuntu/py3.11")).toBe(
			"<!-- pin-audit:sticky key=ubuntu/py3.11 -->",
		);
	});

	it("stays under GitHub's 65,536 characters by shortening detail and linking the job summary", () => {
		const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
			rule: "unpinned",
			severity: i % 2 ? "warning" : "error",
			project: `servers/s${i % 7}`,
			package: `package-number-${i}`,
			file: `servers/s${i % 7}/requirements.txt`,
			line: i + 1,
			message: `\`package-number-${i}\` needs a version constraint: ${"without one every release can be installed. ".repeat(3)}`,
			suggestion: `package-number-${i}==1.0.${i}`,
		}));
		const manyUpgrades: UpgradeRow[] = Array.from({ length: 800 }, (_, i) => ({
			...(upgrades[1] as UpgradeRow),
			package: `dep-${i}`,
		}));
		const body = renderComment(report([server], many), {
			key: "default",
			runUrl: RUN_URL,
			statuses: many.map(() => "new"),
			upgrades: manyUpgrades,
			gate: { blocking: 1500, failOn: "error", block: "new" },
		});
		expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
		expect(body.length).toBeGreaterThan(10_000);
		expect(body).toContain(`[Full report in the job summary](${RUN_URL})`);
		expect(body.split("\n")[0]).toBe(commentMarker("default"));
		expect(body).toContain("**This check fails:** 1500 new findings");
		// Every <details> that opens also closes: shortening never cuts through the markup.
		expect(body.split("<details").length).toBe(body.split("</details>").length);
	});
});
