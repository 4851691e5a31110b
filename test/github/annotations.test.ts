import { describe, expect, it } from "vitest";
import {
	planAnnotations,
	repositoryPath,
} from "../../src/github/annotations.js";
import type { Finding } from "../../src/model/types.js";
import type { FindingStatus } from "../../src/report/compare-reports.js";

const f = (
	severity: Finding["severity"],
	line: number,
	overrides: Partial<Finding> = {},
): Finding => ({
	rule: "unpinned",
	severity,
	project: ".",
	package: `p${line}`,
	file: "requirements.txt",
	line,
	message: `problem ${line}`,
	...overrides,
});

describe("planAnnotations", () => {
	it("puts each finding on its file (prefixed with path) and line, with the fix", () => {
		expect(
			planAnnotations(
				[f("error", 2, { suggestion: "p2==1.0" })],
				["new"],
				"servers/a",
			),
		).toEqual([
			{
				level: "error",
				title: "pin-audit: unpinned (new)",
				message: "problem 2\nFix: p2==1.0",
				file: "servers/a/requirements.txt",
				startLine: 2,
			},
		]);
	});

	it("keeps within 10 errors and 10 warnings, new first, and counts the rest in one notice", () => {
		const findings = [
			...Array.from({ length: 12 }, (_, i) => f("error", i + 1)),
			...Array.from({ length: 11 }, (_, i) => f("warning", 100 + i)),
			f("notice", 500),
		];
		const statuses = findings.map(
			(_, i): FindingStatus => (i === 11 ? "new" : "existing"),
		);
		const plan = planAnnotations(findings, statuses, ".");
		expect(plan.filter((a) => a.level === "error")).toHaveLength(10);
		expect(plan.filter((a) => a.level === "warning")).toHaveLength(10);
		expect(plan[0]?.startLine).toBe(12);
		expect(plan.at(-1)).toEqual({
			level: "notice",
			title: "pin-audit",
			message:
				"2 errors, 1 warning not annotated (GitHub shows at most 10 errors and 10 warnings per step); the job summary lists every finding.",
		});
	});

	it("leaves notices to the job summary without a count-notice when nothing was cut", () => {
		expect(
			planAnnotations([f("notice", 1), f("notice", 2)], undefined, "."),
		).toEqual([]);
	});

	it("annotates findings without a file on the run, and strips control characters", () => {
		expect(
			planAnnotations(
				[f("warning", 0, { file: null, line: null, message: "bad\u001b[31m" })],
				undefined,
				".",
			),
		).toEqual([
			{
				level: "warning",
				title: "pin-audit: unpinned",
				message: "bad\\u001b[31m",
			},
		]);
	});

	it("builds repository paths", () => {
		expect(repositoryPath(".", "a/uv.lock")).toBe("a/uv.lock");
		expect(repositoryPath("py", "./uv.lock")).toBe("py/uv.lock");
	});
});
