import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import type { Finding } from "../../src/model/types.js";
import {
	compareReports,
	findingIdentity,
	withoutLineNumbers,
} from "../../src/report/compare-reports.js";

const fleet = fileURLToPath(
	new URL("../../examples/mcp-fleet", import.meta.url),
);

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

	it("matches on `key` when findings have one, whatever their messages say", () => {
		const base = [finding({ key: "k", message: "while 3 other project(s)" })];
		expect(
			compareReports(base, [
				finding({ key: "k", message: "while 4 other project(s)" }),
				finding({ key: "other", message: "while 3 other project(s)" }),
			]).statuses,
		).toEqual(["existing", "new"]);
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

describe("compareReports on audits of two commits", () => {
	it("keeps a finding whose fleet-wide prose changed when another project is added", async () => {
		const root = await mkdtemp(join(tmpdir(), "pin-audit-compare-"));
		try {
			await cp(fleet, root, { recursive: true });
			const options = { root, offline: true, today: new Date("2026-09-01") };
			const base = await auditRepository(options);
			// A clean new server that pins pydantic like the rest: transform's stale-lock message now counts
			// "4 other project(s)" instead of 3, which is no new problem.
			await mkdir(join(root, "servers/new"));
			await writeFile(
				join(root, "servers/new/requirements-mcp.txt"),
				"pydantic==2.12.5\n",
			);
			const head = await auditRepository(options);
			const message = (r: typeof base) =>
				r.findings.find(
					(f) => f.rule === "lock-mismatch" && f.package === "pydantic",
				)?.message;
			expect(message(base)).toContain("3 other project(s)");
			expect(message(head)).toContain("4 other project(s)");
			const result = compareReports(base.findings, head.findings);
			expect(
				head.findings.filter((_, i) => result.statuses[i] === "new"),
			).toEqual([]);
			expect(result.fixed).toEqual([]);
		} finally {
			await rm(root, { recursive: true, force: true });
		}
	});
});
