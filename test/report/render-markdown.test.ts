import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/audit.js";
import type { Finding } from "../../src/model/types.js";
import {
	renderCutNote,
	renderMarkdown,
} from "../../src/report/render-markdown.js";

const finding: Finding = {
	rule: "unpinned",
	severity: "error",
	project: ".",
	package: "anyio",
	file: "requirements.txt",
	line: 3,
	message: "`anyio` needs a version constraint",
};
const report = buildReport(
	".",
	{ source: "default", file: null, presets: [], description: "default" },
	[],
	[finding],
	1,
);

describe("renderMarkdown", () => {
	it("without a comparison (the CLI) shows no new/existing marks and no gate", () => {
		const md = renderMarkdown(report);
		expect(md).toContain(
			"#### Findings\n\n- 🔴 · `unpinned` · `requirements.txt:3`\\\n  `anyio` needs a version constraint\n",
		);
		expect(md).not.toContain("This check");
		expect(md).not.toContain("Compared with the base");
	});

	it("with a comparison marks findings and says what the gate decided", () => {
		const md = renderMarkdown(report, {
			statuses: ["existing"],
			fixedCount: 2,
			upgrades: [],
			gate: { blocking: 0, failOn: "error", block: "new" },
		});
		expect(md).toContain("- 🔴 existing · `unpinned` ·");
		expect(md).toContain(
			"### ☑️ pin-audit: nothing new · 1 already on the base",
		);
		expect(md).toContain(
			"This check passes: nothing new at or above `error` (`fail-on: error`, `block: new`).",
		);
		expect(md).toContain(
			"Compared with the base: 0 new findings introduced by this change, 1 already on the base, 2 findings fixed.",
		);
	});

	it("respects maxLength by cutting detail at a line end", () => {
		const md = renderMarkdown(report, { maxLength: 200 });
		expect(md.length).toBeLessThanOrEqual(200);
		expect(md.endsWith(`${renderCutNote(undefined)}\n`)).toBe(true);
	});
});
