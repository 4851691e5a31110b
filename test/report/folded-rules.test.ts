// A finding that folds others (one line, one fix) names their rule ids: in JSON (`also`, in the published schema),
// in text and in markdown, so a consumer looking for `unpinned` still finds the line.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/audit.js";
import type { Finding } from "../../src/model/types.js";
import { toJsonReport } from "../../src/report/render-json.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";

const folded: Finding = {
	rule: "outside-policy",
	severity: "error",
	project: ".",
	package: "mcp",
	file: "pyproject.toml",
	line: 7,
	message: "`mcp` with no version constraint admits 1.24.0.",
	also: ["unpinned", "inconsistent"],
};
const plain: Finding = { ...folded, line: 8, also: undefined };
const report = buildReport(
	".",
	{ source: "default", file: null, presets: [], description: "default" },
	[
		{
			path: ".",
			workspace: null,
			files: [{ path: "pyproject.toml", kind: "pyproject" }],
			requirements: [],
			locked: [],
			requiresPython: null,
			lockMetadata: [],
			pipOptions: [],
		},
	],
	[folded, plain],
	1,
);

describe("folded rule ids", () => {
	it("are in the JSON report as `also`, which the schema accepts, and absent when nothing was folded", () => {
		const json = toJsonReport(report);
		expect(json.findings.map((f) => f.also)).toEqual([
			["unpinned", "inconsistent"],
			undefined,
		]);
		const schema = JSON.parse(
			readFileSync("schema/report.schema.json", "utf8"),
		);
		const validate = new Ajv2020.default({ strict: false }).compile(schema);
		expect(validate(JSON.parse(JSON.stringify(json)))).toBe(true);
		const bad = JSON.parse(JSON.stringify(json));
		bad.findings[0].also = ["Not A Rule"];
		expect(validate(bad)).toBe(false);
	});

	it("are named in text and markdown", () => {
		const text = renderText(report, { color: false, inventory: false });
		expect(text).toContain("[outside-policy, also unpinned, inconsistent]");
		expect(text).toContain("pyproject.toml:8 [outside-policy]");
		const md = renderMarkdown(report);
		expect(md).toContain(
			"`outside-policy` · `pyproject.toml:7` · also\u00a0`unpinned`, `inconsistent`\\",
		);
	});
});
