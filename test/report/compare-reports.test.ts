import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/types.js";
import {
	compareReports,
	findingIdentity,
	withoutLineNumbers,
} from "../../src/report/compare-reports.js";

const finding = (overrides: Partial<Finding> = {}): Finding => ({
	rule: "unpinned",
	severity: "error",
	project: ".",
	package: "anyio",
	file: "requirements.txt",
	line: 3,
	message: "`anyio` needs a version constraint",
	...overrides,
});

describe("compareReports", () => {
	it("marks findings the base lacks as new, and lists the fixed ones", () => {
		const base = [
			finding(),
			finding({
				package: "rich",
				message: "`rich` needs a version constraint",
			}),
		];
		const head = [
			finding({ line: 10 }),
			finding({
				package: "httpx",
				message: "`httpx` needs a version constraint",
			}),
		];
		const result = compareReports(base, head);
		expect(result.statuses).toEqual(["existing", "new"]);
		expect(result.newCount).toBe(1);
		expect(result.existingCount).toBe(1);
		expect(result.fixed.map((f) => f.package)).toEqual(["rich"]);
		expect(result.compared).toBe(true);
	});

	it("survives line shifts inside messages, but not a changed file or rule", () => {
		const base = [
			finding({
				rule: "lock-mismatch",
				message: "but uv.lock:12 recorded >=1; see line 4 and lines 5, 6",
			}),
		];
		expect(
			compareReports(base, [
				finding({
					rule: "lock-mismatch",
					line: 40,
					message: "but uv.lock:57 recorded >=1; see line 9 and lines 7, 8",
				}),
			]).statuses,
		).toEqual(["existing"]);
		expect(
			compareReports(base, [
				finding({
					rule: "lock-mismatch",
					file: "dev.txt",
					message: base[0]?.message,
				}),
			]).statuses,
		).toEqual(["new"]);
		expect(
			compareReports(base, [finding({ message: base[0]?.message })]).statuses,
		).toEqual(["new"]);
	});

	it("counts duplicates: a third identical finding is new", () => {
		const result = compareReports(
			[finding(), finding()],
			[finding(), finding(), finding()],
		);
		expect(result.statuses).toEqual(["existing", "existing", "new"]);
	});

	it("without a base every finding is new", () => {
		expect(compareReports(null, [finding()])).toEqual({
			statuses: ["new"],
			newCount: 1,
			existingCount: 0,
			fixed: [],
			compared: false,
		});
	});

	it("documents the identity", () => {
		expect(findingIdentity(finding({ severity: "warning", line: 99 }))).toBe(
			findingIdentity(finding()),
		);
		expect(
			withoutLineNumbers("pyproject.toml:4 and requirements.in:7:2, line 3"),
		).toBe("pyproject.toml:N and requirements.in:N, line N");
	});
});
