// A link into .git quotes nothing from it; whatever a finding quotes is an excerpt with credentials masked.
import {
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import { maskCredentials } from "../../src/report/mask-credentials.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-secrets-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TOKEN = "ghs_0123456789abcdefghijABCDEFGHIJ0123";
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46${TOKEN}\n`;

function repo(): string {
	const root = mkdtempSync(join(scratch, "repo-"));
	mkdirSync(join(root, ".git"));
	writeFileSync(join(root, ".git/config"), GIT_CONFIG);
	writeFileSync(join(root, "requirements.txt"), "flask==3.0.0\n");
	return root;
}

describe("secrets in the workspace", () => {
	it("a requirements file linked into .git is unauditable and quotes nothing from it", async () => {
		const root = repo();
		symlinkSync(".git/config", join(root, "requirements-dev.txt"));
		mkdirSync(join(root, "svc"));
		symlinkSync("../.git/config", join(root, "svc/requirements.txt"));
		const report = await auditRepository({ root });
		const json = JSON.stringify(report);
		expect(json).not.toContain("eC1hY2Nlc3M");
		expect(json).not.toContain("repositoryformatversion");
		expect(report.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
			["unauditable", "error", "requirements-dev.txt"],
			["unauditable", "error", "svc/requirements.txt"],
		]);
	});

	it("an include into .git is refused the same way", async () => {
		const root = repo();
		writeFileSync(
			join(root, "requirements.txt"),
			"flask==3.0.0\n-r .git/config\n",
		);
		const report = await auditRepository({ root });
		expect(JSON.stringify(report)).not.toContain("eC1hY2Nlc3M");
		expect(report.findings.map((f) => [f.rule, f.line])).toEqual([
			["unauditable", 2],
		]);
	});

	it("masks credentials in what an invalid line quotes, and quotes an excerpt only", async () => {
		const root = repo();
		writeFileSync(
			join(root, "requirements.txt"),
			`AUTHORIZATION: basic ${TOKEN}\nhttps://x-access-token:${TOKEN}@github.com/o/r.git\nflask ${"x".repeat(100_000)}\n`,
		);
		const report = await auditRepository({ root });
		const json = JSON.stringify(report);
		expect(json).not.toContain(TOKEN);
		expect(report.findings.length).toBeGreaterThanOrEqual(3);
		for (const f of report.findings)
			expect(f.message.length).toBeLessThanOrEqual(600);
	});

	it("masks GitHub tokens, Authorization values and URL user-info", () => {
		expect(
			maskCredentials(
				`token ${TOKEN} at https://u:p@h.example/x, Authorization: Bearer abc def`,
			),
		).toBe("token *** at https://***@h.example/x, Authorization: ***");
	});
});
