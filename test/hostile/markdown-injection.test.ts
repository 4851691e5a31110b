// Markup, HTML and mentions in everything the repository controls render as literal text, in the markdown
// report, the job summary and the pull-request comment (also when the comment has to be cut to fit).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRepository, buildReport } from "../../src/audit.js";
import type { Report } from "../../src/model/report.js";
import type { Finding, Project } from "../../src/model/types.js";
import { renderComment } from "../../src/report/render-comment.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import type { UpgradeRow } from "../../src/report/upgrade-diff.js";
import { createHostileTree, type HostileTree } from "./hostile-tree.js";
import {
	expectLiteralMarkdown,
	interpretedText,
	tableCells,
} from "./markdown-structure.js";

const PAYLOADS = [
	"<img src=x onerror=alert(1)>",
	"@everyone",
	"[x](javascript:alert(1))",
	"</details>",
	"</summary></details><details open><summary>",
	"```",
	"~~~",
	"<!-- pin-audit:sticky key=default -->",
	"a|b\\|c",
	"![i](https://evil.test/i.png)",
	"https://evil.test www.evil.test",
	"#1 @octocat/team",
	"line one\n\n# heading\n| a | b |",
	"`code` and ``two``",
	"*bold* _em_ ~~strike~~ $x$",
	"\u202eevil\u0007\u001b[31m",
	"&lt;script&gt;",
];

let tree: HostileTree;
let hostile: Report;

beforeAll(async () => {
	tree = createHostileTree();
	hostile = await auditRepository({
		root: tree.root,
		offline: true,
		env: {},
		today: new Date("2025-06-01T00:00:00Z"),
	});
}, 60_000);

afterAll(() => tree?.remove());

function payloadReport(payload: string): {
	report: Report;
	upgrades: UpgradeRow[];
} {
	const project: Project = {
		path: payload,
		workspace: null,
		files: [{ path: `${payload}/requirements.txt`, kind: "requirements" }],
		requirements: [],
		locked: [],
		requiresPython: null,
		lockMetadata: [],
		pipOptions: [],
	};
	const finding: Finding = {
		rule: payload,
		severity: "error",
		project: payload,
		package: payload,
		file: `${payload}/requirements.txt`,
		line: 3,
		message: `problem with ${payload} in ${payload}`,
		counterexample: payload,
		suggestion: payload,
	};
	const report = buildReport(
		"/repo",
		{ source: "file", file: payload, presets: [payload], description: payload },
		[project],
		[finding, { ...finding, project: null, severity: "warning" }],
		1,
	);
	const upgrades: UpgradeRow[] = [
		{
			project: payload,
			package: payload,
			file: payload,
			kind: "pinned",
			change: "upgraded",
			from: payload,
			to: payload,
			updateType: "major",
			url: null,
		},
	];
	return { report, upgrades };
}

describe("markdown from the hostile repository", () => {
	it("the report and the comment show every name, path, marker and message literally", () => {
		const markdown = renderMarkdown(hostile);
		expectLiteralMarkdown(markdown);
		expectLiteralMarkdown(renderComment(hostile, { key: "default" }));
		// The markup-named directory is there as a code span (no HTML, no mention, no link), not interpreted.
		expect(markdown).toContain(
			"**```` <img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) ``` ````**",
		);
		expect(markdown).toContain(
			"expected a package name at the start of the requirement in '\\<img src=x onerror=alert\\(1\\)\\>==1.0'",
		);
	});

	it("stays literal when the comment must be cut to fit", () => {
		for (const maxLength of [20_000, 8_000, 3_000, 1_500]) {
			const comment = renderComment(hostile, {
				key: "default",
				maxLength,
				runUrl: "https://github.com/o/r/actions/runs/1",
			});
			expect(comment.length).toBeLessThanOrEqual(maxLength);
			// Even the last-resort hard cut closes every <details> it leaves open, so the link after it shows.
			expectLiteralMarkdown(
				comment.replace(
					/\[Job summary and full report\]\([^)]*\)|\[Full report in the job summary\]\([^)]*\)|\[full report\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/g,
					"",
				),
			);
			expect(comment).toContain("](https://github.com/o/r/actions/runs/1)");
		}
	});
});

describe("markdown with a payload in every repository-controlled field", () => {
	it.each(PAYLOADS)("%j renders literally", (payload) => {
		const { report, upgrades } = payloadReport(payload);
		expectLiteralMarkdown(renderMarkdown(report));
		expectLiteralMarkdown(
			renderMarkdown(report, { upgrades, statuses: ["new", "existing"] }),
		);
		expectLiteralMarkdown(
			renderComment(report, { key: "default", upgrades, fixedCount: 1 }),
		);
	});

	it("any string in any field renders literally", () => {
		const text = fc.oneof(
			fc.string({ unit: "grapheme-ascii", maxLength: 30 }),
			fc
				.array(fc.constantFrom(...PAYLOADS, " ", "\\", "|", "`", "<", "@"), {
					maxLength: 6,
				})
				.map((parts) => parts.join("")),
		);
		fc.assert(
			fc.property(text, (payload) => {
				const { report, upgrades } = payloadReport(payload);
				expectLiteralMarkdown(renderMarkdown(report, { upgrades }));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("the structural checker itself", () => {
	it("catches what it is meant to catch", () => {
		expect(interpretedText("a `<b>` \\<c\\> <d>")).toBe("a C EcE <d>");
		expect(tableCells("| a | b\\|c | `d\\|e` |")).toBe(3);
		expect(() => expectLiteralMarkdown("hi @everyone")).toThrow();
		expect(() => expectLiteralMarkdown("<img src=x>")).toThrow();
		expect(() => expectLiteralMarkdown("[x](javascript:alert(1))")).toThrow();
		expect(() =>
			expectLiteralMarkdown("<details>\n</details>\n</details>"),
		).toThrow();
		expect(() => expectLiteralMarkdown("```\ncode")).toThrow();
		expect(() =>
			expectLiteralMarkdown("| a | b |\n|---|---|\n| 1 | 2 | 3 |"),
		).toThrow();
		expect(() => expectLiteralMarkdown("see https://evil.test")).toThrow();
		expect(() =>
			expectLiteralMarkdown(
				"<details open><summary><b>x &lt;y&gt; @&#8203;z</b></summary>\n\n| a | b |\n|---|---|\n| `<`\\| | \\<b\\> |\n\n</details>",
			),
		).not.toThrow();
	});
});
