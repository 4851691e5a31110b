// Rule `soak` and `--base-ref` in temporary git repositories whose commits carry explicit dates
// (GIT_COMMITTER_DATE), read the way the CLI reads them.
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import { commit, git, HOUR, write } from "../support/dated-git.js";
import {
	cli,
	type JsonFinding,
	moveTransform,
	pins,
	SOAK_POLICY,
	soakFindings,
	soakFleet,
} from "../support/soak-fleet.js";

const defer = cleanUpAfterEach();
const dirs = {
	push: (dir: string) =>
		defer(() => rmSync(dir, { recursive: true, force: true })),
};
const POLICY = SOAK_POLICY;
const fleet = (canaryHoursAgo: number | null, moves: Record<string, string>) =>
	soakFleet(defer, canaryHoursAgo, moves);

describe("rule soak", () => {
	it("flags the non-canary's line 5 hours after the canary moved, naming the canary and when the soak ends", async () => {
		const dir = fleet(5, moveTransform);
		const findings = await soakFindings(dir);
		expect(findings).toHaveLength(1);
		const [finding] = findings;
		expect(finding).toMatchObject({
			severity: "warning",
			file: "servers/transform/requirements.txt",
			line: 3,
		});
		const adopted = new Date(Date.now() - 5 * HOUR);
		const ends = new Date(adopted.getTime() + 24 * HOUR);
		expect(finding?.message).toContain(
			"the canary servers/scraper has run it only since",
		);
		expect(finding?.message).toContain(
			ends.toISOString().slice(0, 13).replace("T", " "),
		);
		expect(finding?.message).toContain('[rollout] soak = "24h"');
	});

	it("dates the canary's move by the merge into the base, not by the topic branch's commit (first parent)", async () => {
		// The canary's change was committed 40 hours ago on a topic branch and merged 5 hours ago.
		const dir = fleet(null, {});
		git(dir, ["checkout", "-q", "main"]);
		git(dir, ["checkout", "-q", "-b", "canary"]);
		commit(dir, { "servers/scraper/requirements.txt": pins("1.23.3") }, 40);
		git(dir, ["checkout", "-q", "main"]);
		git(
			dir,
			["merge", "-q", "--no-ff", "-m", "merge canary", "canary"],
			new Date(Date.now() - 5 * HOUR),
		);
		git(dir, ["checkout", "-q", "upgrade"]);
		git(dir, ["reset", "-q", "--hard", "main"]);
		write(dir, moveTransform);
		const findings = await soakFindings(dir);
		expect(findings).toHaveLength(1);
		const merged = new Date(Date.now() - 5 * HOUR)
			.toISOString()
			.slice(0, 13)
			.replace("T", " ");
		expect(findings[0]?.message).toContain(`has run it only since ${merged}`);
	});

	it("is quiet 30 hours after the canary moved", async () => {
		expect(await soakFindings(fleet(30, moveTransform))).toEqual([]);
	});

	it("flags a move to a version the canary never ran", async () => {
		const findings = await soakFindings(fleet(null, moveTransform));
		expect(findings).toHaveLength(1);
		expect(findings[0]?.message).toContain(
			"the canary servers/scraper does not run 1.23.3 on main (it runs 1.23.1)",
		);
	});

	it("lets the canary itself move first", async () => {
		const canaryOnly = { "servers/scraper/requirements.txt": pins("1.23.3") };
		expect(await soakFindings(fleet(null, canaryOnly))).toEqual([]);
	});

	it("is an error when rules.soak says so, and marks it new against the base", async () => {
		const dir = fleet(5, {
			...moveTransform,
			"pin-audit.toml": `${POLICY}[rules]\nsoak = "error"\n`,
		});
		const result = await cli(
			dir,
			"--offline",
			"--format",
			"json",
			"--base-ref",
			"main",
		);
		const json = JSON.parse(result.stdout);
		const index = json.findings.findIndex(
			(f: JsonFinding) => f.rule === "soak",
		);
		expect(json.findings[index].severity).toBe("error");
		expect(json.comparison.statuses[index]).toBe("new");
		expect(json.comparison.upgrades).toContainEqual(
			expect.objectContaining({
				project: "servers/transform",
				package: "mcp",
				from: "1.23.1",
				to: "1.23.3",
				change: "upgraded",
			}),
		);
		expect(result.code).toBe(1);
		const validate = new Ajv2020.default({
			allErrors: true,
			strict: true,
		}).compile(JSON.parse(readFileSync("schema/report.schema.json", "utf8")));
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
	});

	it("deepens a shallow clone to find when the canary moved", async () => {
		const origin = fleet(5, {});
		const clone = mkdtempSync(join(tmpdir(), "pin-audit-soak-clone-"));
		dirs.push(clone);
		git(clone, [
			"clone",
			"-q",
			"--depth=1",
			"--branch",
			"main",
			`file://${origin}`,
			".",
		]);
		write(clone, moveTransform);
		const findings = await soakFindings(clone, "origin/main");
		expect(findings).toHaveLength(1);
		expect(findings[0]?.severity).toBe("warning");
		expect(findings[0]?.message).toContain("has run it only since");
	});

	it("says it could not tell, as a notice, when the history is cut and cannot be fetched", async () => {
		const origin = fleet(5, {});
		const clone = mkdtempSync(join(tmpdir(), "pin-audit-soak-clone-"));
		dirs.push(clone);
		git(clone, [
			"clone",
			"-q",
			"--depth=1",
			"--branch",
			"main",
			`file://${origin}`,
			".",
		]);
		rmSync(origin, { recursive: true, force: true });
		write(clone, moveTransform);
		const findings = await soakFindings(clone, "origin/main");
		expect(findings).toHaveLength(1);
		expect(findings[0]?.severity).toBe("notice");
		expect(findings[0]?.message).toContain(
			"could not tell since when the canary servers/scraper runs it",
		);
	});
});

describe("rule soak on the example fleet (uv.lock versions)", () => {
	it("dates the canary's move by its locked version, and flags a project that follows too early", async () => {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-soak-fleet-"));
		dirs.push(dir);
		cpSync("examples/mcp-fleet", dir, { recursive: true });
		const lock = (project: string) => join(dir, "servers", project, "uv.lock");
		const setLockedMcp = (project: string, from: string, to: string) => {
			const text = readFileSync(lock(project), "utf8");
			const moved = text.replace(
				`name = "mcp"\nversion = "${from}"`,
				`name = "mcp"\nversion = "${to}"`,
			);
			expect(moved).not.toBe(text);
			writeFileSync(
				lock(project),
				moved.replace(`specifier = "==${from}"`, `specifier = "==${to}"`),
			);
		};
		writeFileSync(
			join(dir, "pin-audit.toml"),
			`${readFileSync(join(dir, "pin-audit.toml"), "utf8")}\n${POLICY}`,
		);
		const scraperLock = readFileSync(lock("scraper"), "utf8");
		setLockedMcp("scraper", "1.23.3", "1.23.1");
		git(dir, ["init", "-q", "-b", "main"]);
		commit(dir, {}, 240);
		commit(dir, { "servers/scraper/uv.lock": scraperLock }, 5);
		// docparse follows the canary to 1.23.3, five hours after it moved.
		setLockedMcp("docparse", "1.23.1", "1.23.3");
		for (const file of ["pyproject.toml", "requirements-mcp.txt"]) {
			const path = join(dir, "servers/docparse", file);
			writeFileSync(
				path,
				readFileSync(path, "utf8").replace("mcp==1.23.1", "mcp==1.23.3"),
			);
		}
		const findings = await soakFindings(dir);
		expect(findings.map((f) => f.file)).toEqual([
			"servers/docparse/pyproject.toml",
		]);
		expect(findings[0]?.message).toContain(
			"`mcp` moves to 1.23.3 in servers/docparse, but the canary servers/scraper has run it only since",
		);
	});
});

describe("--base-ref", () => {
	it("lists new findings and dependency changes in the text report", async () => {
		const dir = fleet(30, moveTransform);
		const result = await cli(
			dir,
			"--offline",
			"--base-ref",
			"main",
			"--no-inventory",
		);
		expect(result.stdout).toMatch(
			/Compared with main \([0-9a-f]{12}\): \d+ new, \d+ existing, \d+ fixed\./,
		);
		expect(result.stdout).toContain(
			"servers/transform: mcp 1.23.1 -> 1.23.3 (upgraded, pinned in servers/transform/requirements.txt)",
		);
	});

	it("is a usage error outside a git work tree or with an unknown ref", async () => {
		const plain = mkdtempSync(join(tmpdir(), "pin-audit-soak-plain-"));
		dirs.push(plain);
		write(plain, { "requirements.txt": "mcp==1.23.3\n" });
		const outside = await cli(plain, "--offline", "--base-ref", "main");
		expect(outside.code).toBe(2);
		expect(outside.stderr).toContain("not in a git work tree");
		const unknown = await cli(
			fleet(30, {}),
			"--offline",
			"--base-ref",
			"no-such-branch",
		);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain("--base-ref no-such-branch");
	});
});
