import { describe, expect, it } from "vitest";
import type { Project } from "../../src/model/types.js";
import type { Policy } from "../../src/policy/schema.js";
import {
	evaluateShown,
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "./build-project.js";

const MCP = '[packages.mcp]\nallowed = "~=1.23.3"\n';

function evaluate(projects: Project[], policy: Policy) {
	return evaluateShown(projects, policy, { today: TODAY }).map((f) => ({
		rule: f.rule,
		file: f.file,
		line: f.line,
		suggestion: f.suggestion,
	}));
}

const fromRequirements = { file: "requirements.txt", group: "requirements" };

describe("one problem, one finding", () => {
	describe("unpinned and outside-policy on one line", () => {
		const bare = project({
			requirements: [requirement("mcp", "", { line: 7 })],
			locked: [locked("mcp", "1.23.3", { line: 40 })],
		});

		it("is one finding whose suggestion meets both the pin level and allowed", () => {
			const findings = evaluateShown([bare], policyFrom(MCP), {
				today: TODAY,
			});
			expect(findings).toEqual([
				{
					rule: "outside-policy",
					severity: "error",
					project: ".",
					package: "mcp",
					file: "pyproject.toml",
					line: 7,
					message:
						'`mcp` with no version constraint admits 1.24.0, outside the policy\'s `~=1.23.3` (packages.mcp.allowed), and a resolver may pick it. Besides, it needs a version constraint (pins.default = "specified"). Write `mcp~=1.23.3`.',
					counterexample: "1.24.0",
					suggestion: "mcp~=1.23.3",
					also: ["unpinned"],
				},
			]);
		});

		it("leaves unpinned alone, still inside allowed, when outside-policy is waived or off", () => {
			const waived = policyFrom(
				`${MCP}[[exceptions]]\nrule = "outside-policy"\npackage = "mcp"\nreason = "migrating"`,
			);
			const off = policyFrom(`${MCP}[rules]\n"outside-policy" = "off"`);
			for (const policy of [waived, off]) {
				expect(evaluate([bare], policy)).toEqual([
					{
						rule: "unpinned",
						file: "pyproject.toml",
						line: 7,
						suggestion: "mcp~=1.23.3",
					},
				]);
			}
		});

		it("folds only what is not waived: an exception on unpinned leaves outside-policy without `also`", () => {
			const waived = policyFrom(
				`${MCP}[[exceptions]]\nrule = "unpinned"\npackage = "mcp"\nreason = "migrating"`,
			);
			const warned = policyFrom(`${MCP}[rules]\nunpinned = "warning"`);
			const [alone] = evaluateShown([bare], waived, { today: TODAY });
			expect([alone?.rule, alone?.also]).toEqual(["outside-policy", undefined]);
			// The folded part keeps its own rule id whatever its configured severity.
			const [both] = evaluateShown([bare], warned, { today: TODAY });
			expect([both?.rule, both?.severity, both?.also]).toEqual([
				"outside-policy",
				"error",
				["unpinned"],
			]);
		});

		it("does not merge findings on different lines or packages", () => {
			const two = project({
				requirements: [
					requirement("mcp", ">=1.0", { line: 7 }),
					requirement("anyio", "", { line: 8 }),
				],
			});
			expect(evaluate([two], policyFrom(MCP))).toEqual([
				{
					rule: "outside-policy",
					file: "pyproject.toml",
					line: 7,
					suggestion: "mcp~=1.23.3",
				},
				{
					rule: "unpinned",
					file: "pyproject.toml",
					line: 8,
					suggestion: undefined,
				},
			]);
		});
	});

	describe("a locked version outside the policy", () => {
		it("is folded into the manifest line the lock was resolved from", () => {
			const docparse = project({
				requirements: [
					requirement("mcp", "==1.23.1", { line: 7 }),
					requirement("mcp", "==1.23.1", { ...fromRequirements, line: 2 }),
				],
				locked: [locked("mcp", "1.23.1", { line: 185 })],
			});
			const findings = evaluateShown([docparse], policyFrom(MCP), {
				today: TODAY,
			});
			expect(findings.map((f) => [f.rule, f.file, f.line])).toEqual([
				["outside-policy", "pyproject.toml", 7],
				["outside-policy", "requirements.txt", 2],
			]);
			expect(findings[0]?.message).toBe(
				"`mcp` is pinned to 1.23.1, outside the policy's `~=1.23.3` (packages.mcp.allowed). uv.lock:185 holds 1.23.1 because of it; re-lock after the fix. Write `mcp==1.23.3`.",
			);
		});

		it("stays when no manifest line the lock records is at fault", () => {
			const onlyLock = project({
				requirements: [requirement("mcp", "~=1.23.3", { line: 7 })],
				locked: [locked("mcp", "1.23.1", { line: 185 })],
			});
			// A requirements file is installed by pip, not resolved into uv.lock: fixing it fixes no lock.
			const onlyRequirements = project({
				requirements: [
					requirement("mcp", "~=1.23.3", { line: 7 }),
					requirement("mcp", "==1.23.1", { ...fromRequirements, line: 2 }),
				],
				locked: [locked("mcp", "1.23.1", { line: 185 })],
			});
			const outside = (p: Project) =>
				evaluate([p], policyFrom(MCP)).filter(
					(f) => f.rule === "outside-policy",
				);
			expect(outside(onlyLock).map((f) => [f.file, f.line])).toEqual([
				["uv.lock", 185],
			]);
			expect(outside(onlyRequirements).map((f) => [f.file, f.line])).toEqual([
				["requirements.txt", 2],
				["uv.lock", 185],
			]);
		});
	});

	describe("a conflict one line causes", () => {
		const compat =
			'[pins]\nrequirements = "exact"\n[[compat]]\nwhen = "mcp>=1.13,<2"\nrequire = "httpx>=0.27.1,<1"';

		it("is folded into the compat finding whose suggestion resolves it", () => {
			const scraper = project({
				requirements: [
					requirement("httpx", ">=0.27.1,<1", { line: 8 }),
					requirement("httpx", "==0.26.0", { ...fromRequirements, line: 4 }),
				],
				locked: [
					locked("mcp", "1.23.3", { line: 194 }),
					locked("httpx", "0.28.1", { line: 134 }),
				],
			});
			const findings = evaluateShown([scraper], policyFrom(compat), {
				today: TODAY,
			});
			expect(
				findings.map((f) => [f.rule, f.file, f.line, f.suggestion, f.also]),
			).toEqual([
				["compat", "requirements.txt", 4, "httpx==0.28.1", ["conflict"]],
			]);
			expect(findings[0]?.message).toContain(
				"The fix also satisfies `httpx>=0.27.1,<1` (pyproject.toml:8). Write `httpx==0.28.1`.",
			);
		});

		it("stays when the suggested line would not resolve it", () => {
			const stuck = project({
				requirements: [
					requirement("mcp", "==1.23.3", { line: 6 }),
					requirement("httpx", ">=0.28,<0.28.1", { line: 8 }),
					requirement("httpx", "==0.26.0", { ...fromRequirements, line: 4 }),
				],
			});
			const findings = evaluate([stuck], policyFrom(compat));
			// Nothing in the fleet uses an httpx the compat rule accepts: the suggestion is its floor, 0.27.1,
			// which `>=0.28,<0.28.1` does not admit.
			expect(findings).toEqual([
				{
					rule: "conflict",
					file: "pyproject.toml",
					line: 8,
					suggestion: undefined,
				},
				{
					rule: "compat",
					file: "requirements.txt",
					line: 4,
					suggestion: "httpx==0.27.1",
				},
			]);
		});

		it("is folded into outside-policy the same way (transform's anyio)", () => {
			const transform = project({
				requirements: [
					requirement("anyio", ">=4.4,<5", { line: 9 }),
					requirement("anyio", "==4.3.0", { ...fromRequirements, line: 4 }),
				],
				locked: [locked("anyio", "4.6.2.post1", { line: 15 })],
			});
			const policy = policyFrom(
				'[pins]\nrequirements = "exact"\n[packages.anyio]\nallowed = ">=4.4,<5"',
			);
			expect(evaluate([transform], policy)).toEqual([
				{
					rule: "outside-policy",
					file: "requirements.txt",
					line: 4,
					suggestion: "anyio==4.6.2.post1",
				},
			]);
		});
	});

	describe("a conflict with what a pinned package requires", () => {
		it("is folded into outside-policy, whose suggestion honours that requirement (weather's anyio)", () => {
			const weather = project({
				requirements: [
					requirement("anyio", ">=4.4,<5", { line: 9 }),
					requirement("mcp", "==1.23.3", { ...fromRequirements, line: 2 }),
					requirement("anyio", "==4.3.0", { ...fromRequirements, line: 6 }),
				],
			});
			const policy = policyFrom(
				'[pins]\nrequirements = "exact"\n[packages.anyio]\nallowed = ">=4.4,<5"',
			);
			const findings = evaluateShown([weather], policy, { today: TODAY });
			// mcp 1.23.3 declares anyio>=4.5 (offline knowledge): anyio==4.4 would be a new conflict.
			expect(
				findings.map((f) => [f.rule, f.file, f.line, f.suggestion]),
			).toEqual([["outside-policy", "requirements.txt", 6, "anyio==4.5"]]);
			expect(findings[0]?.message).toBe(
				"`anyio` is pinned to 4.3.0, outside the policy's `>=4.4,<5` (packages.anyio.allowed). The fix also satisfies `anyio>=4.4,<5` (pyproject.toml:9) and `anyio>=4.5` (requirements.txt:2, declared by mcp 1.23.3). Write `anyio==4.5`.",
			);
		});
	});

	describe("a stale uv.lock", () => {
		const transform = (recorded: string, lockedVersion: string) =>
			project({
				path: "servers/transform",
				files: [
					{ path: "servers/transform/pyproject.toml", kind: "pyproject" },
					{ path: "servers/transform/uv.lock", kind: "uv-lock" },
				],
				requirements: [
					requirement("pydantic", ">=2.12,<3", {
						file: "servers/transform/pyproject.toml",
						line: 10,
					}),
				],
				locked: [
					locked("mcp-transform", "0.4.0", {
						source: "editable",
						sourceUrl: ".",
						file: "servers/transform/uv.lock",
						line: 210,
					}),
					locked("pydantic", lockedVersion, {
						file: "servers/transform/uv.lock",
						line: 250,
					}),
				],
				lockMetadata: [
					{
						package: "mcp-transform",
						requiresDist: [
							requirement("pydantic", recorded, {
								file: "servers/transform/uv.lock",
								line: 231,
							}),
						],
						requiresDev: {},
					},
				],
			});
		const fleet = [1, 2, 3].map((n) =>
			project({
				path: `servers/s${n}`,
				files: [{ path: `servers/s${n}/uv.lock`, kind: "uv-lock" }],
				locked: [
					locked("pydantic", "2.12.5", { file: `servers/s${n}/uv.lock` }),
				],
			}),
		);
		const policy = policyFrom('[consistency]\npackages = ["pydantic"]');

		it("is one lock-mismatch naming the recorded manifest, the locked version and the inconsistency it causes", () => {
			const findings = evaluateShown(
				[transform(">=2.11,<3", "2.11.7"), ...fleet],
				policy,
				{ today: TODAY },
			);
			expect(findings).toEqual([
				{
					rule: "lock-mismatch",
					severity: "error",
					project: "servers/transform",
					package: "pydantic",
					file: "servers/transform/pyproject.toml",
					line: 10,
					message:
						"the project's dependencies declare `pydantic>=2.12,<3`, but servers/transform/uv.lock:231 recorded `pydantic>=2.11,<3`: the lock was resolved from an older manifest, and it holds 2.11.7 (servers/transform/uv.lock:250), which `>=2.12,<3` does not admit. Meanwhile servers/transform is on pydantic 2.11.7 while 3 other project(s) use 2.12.5. Run `uv lock`.",
					counterexample: "2.11.7",
					also: ["inconsistent"],
				},
			]);
		});

		it("keeps each fact alone when only one holds, and the inconsistency when the lock is not stale", () => {
			const rulesAt = (p: Project) =>
				evaluateShown([p, ...fleet], policy, { today: TODAY }).map((f) => [
					f.rule,
					f.file,
					f.line,
				]);
			// The recorded manifest is current, the locked version is not (a hand-edited lock): still stale,
			// and the inconsistency it causes is still folded into it.
			expect(rulesAt(transform(">=2.12,<3", "2.11.7"))).toEqual([
				["lock-mismatch", "servers/transform/pyproject.toml", 10],
			]);
			// Recorded manifest differs, locked version fine for the new one.
			expect(rulesAt(transform(">=2.11,<3", "2.12.5"))).toEqual([
				["lock-mismatch", "servers/transform/pyproject.toml", 10],
			]);
			// Not stale at all: the project is simply on another version, anchored on the lock line.
			const current = transform(">=2.12,<3", "2.12.1");
			expect(rulesAt(current)).toEqual([
				["inconsistent", "servers/transform/uv.lock", 250],
			]);
		});
	});

	describe("a project behind the others on a line outside the policy (docparse's mcp==1.23.1)", () => {
		const at = (path: string, version: string) =>
			project({
				path,
				requirements: [
					requirement("mcp", `==${version}`, {
						file: `${path}/pyproject.toml`,
						line: 7,
					}),
				],
			});
		const consistency = '[consistency]\npackages = ["mcp"]\n';

		it("is one finding: the outside-policy fix also aligns it with the other projects", () => {
			const projects = [
				at("a", "1.23.3"),
				at("b", "1.23.3"),
				at("docparse", "1.23.1"),
			];
			const findings = evaluateShown(
				projects,
				policyFrom(`${MCP}${consistency}`),
				{ today: TODAY },
			);
			expect(
				findings.map((f) => [f.rule, f.file, f.line, f.suggestion]),
			).toEqual([
				["outside-policy", "docparse/pyproject.toml", 7, "mcp==1.23.3"],
			]);
			expect(findings[0]?.message).toContain(
				"brings this project in line with the other projects",
			);
		});

		it("keeps the inconsistency when the line fix does not align it", () => {
			// The others are on a banned 1.23.5: docparse's fix (1.23.3) does not make the projects agree.
			const policy = policyFrom(`${MCP}banned = ["==1.23.5"]\n${consistency}`);
			const projects = [
				at("a", "1.23.5"),
				at("b", "1.23.5"),
				at("docparse", "1.23.1"),
			];
			const findings = evaluateShown(projects, policy, { today: TODAY });
			expect(
				findings
					.filter((f) => f.file === "docparse/pyproject.toml")
					.map((f) => f.rule),
			).toEqual(["inconsistent", "outside-policy"]);
		});
	});

	it("reports a finding on a file shared through -r once, from the project owning it", () => {
		const shared = requirement("mcp", "==1.22.0", {
			file: "requirements-mcp.txt",
			group: "requirements",
			line: 3,
		});
		const root = project({
			files: [{ path: "requirements-mcp.txt", kind: "requirements" }],
			requirements: [shared],
		});
		const member = project({
			path: "servers/a",
			files: [{ path: "servers/a/requirements.txt", kind: "requirements" }],
			requirements: [shared],
		});
		const findings = evaluateShown([member, root], policyFrom(MCP), {
			today: TODAY,
		});
		expect(findings.map((f) => [f.rule, f.project, f.file, f.line])).toEqual([
			["outside-policy", ".", "requirements-mcp.txt", 3],
		]);
	});
});
