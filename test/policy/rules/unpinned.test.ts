import { describe, expect, it } from "vitest";
import type { Policy } from "../../../src/policy/schema.js";
import {
	createDefaultPolicy,
	evaluateShown,
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

function unpinned(
	p: ReturnType<typeof project>,
	policy: Policy = createDefaultPolicy(),
) {
	return evaluateShown([p], policy, { today: TODAY }).filter(
		(f) => f.rule === "unpinned",
	);
}

describe("unpinned", () => {
	it("by default flags only bare requirements, suggesting the locked version", () => {
		const findings = unpinned(
			project({
				requirements: [
					requirement("httpx", "", { line: 4 }),
					requirement("anyio", ">=4.5", { line: 5 }),
					requirement("hatchling", "", { group: "build", line: 2 }),
					requirement("tool", "", {
						url: "https://example.com/tool-1.0.tar.gz",
						line: 6,
					}),
				],
				locked: [locked("httpx", "0.28.1")],
			}),
		);
		expect(findings).toEqual([
			{
				rule: "unpinned",
				severity: "error",
				project: ".",
				package: "httpx",
				file: "pyproject.toml",
				line: 4,
				message:
					'`httpx` (no version constraint) needs a version constraint (pins.default = "specified"): without any version constraint every release, including a future breaking one, can be installed. Write `httpx>=0.28.1`.',
				suggestion: "httpx>=0.28.1",
			},
		]);
	});

	it("applies each level exactly", () => {
		const cases: [string, string | null, string[]][] = [
			// specifier, url, levels it fails
			["==1.2.3", null, []],
			["===1.2.3", null, []],
			["==1.2.*", null, ["exact"]],
			["~=1.2", null, ["exact"]],
			[">=1.2,<2", null, ["exact", "compatible"]],
			["<2", null, ["exact", "compatible"]],
			[">=1.2", null, ["exact", "compatible", "bounded"]],
			["!=1.3", null, ["exact", "compatible", "bounded"]],
			["", null, ["exact", "compatible", "bounded", "specified"]],
			["", `git+https://github.com/org/repo.git@${"a".repeat(40)}`, []],
			[
				"",
				"git+https://github.com/org/repo.git@v1.2.3",
				["exact", "compatible", "bounded"],
			],
			["", "https://example.com/pkg-1.0.tar.gz#sha256=abc123", []],
			["", "./packages/local", []],
		];
		for (const [specifier, url, failing] of cases) {
			for (const level of [
				"exact",
				"compatible",
				"bounded",
				"specified",
				"any",
			]) {
				const policy = policyFrom(`[pins]\ndefault = "${level}"`);
				const fired = unpinned(
					project({ requirements: [requirement("pkg", specifier, { url })] }),
					policy,
				);
				expect([specifier, url, level, fired.length]).toEqual([
					specifier,
					url,
					level,
					failing.includes(level) ? 1 : 0,
				]);
			}
		}
	});

	it("takes the level from the package, then the group family, then the file kind, then the default", () => {
		const policy = policyFrom(
			[
				"[pins]",
				'default = "any"',
				'requirements = "exact"',
				'dev = "bounded"',
				"[packages.mcp]",
				'pin = "compatible"',
				'allowed = "~=1.23.3"',
			].join("\n"),
		);
		const findings = unpinned(
			project({
				requirements: [
					// Inside `allowed`, so only the pin level is at fault.
					requirement("mcp", ">=1.23.3,<1.24", { line: 3 }),
					requirement("httpx", ">=0.27", {
						file: "requirements.txt",
						group: "requirements",
						line: 1,
					}),
					requirement("pytest", ">=8", { group: "group:dev", line: 9 }),
					requirement("anyio", ">=4", { line: 4 }),
				],
			}),
			policy,
		);
		expect(
			findings.map((f) => [
				f.package,
				f.message
					.match(/\((pins\.\w+|packages\.\w+\.pin) = "(\w+)"\)/)
					?.slice(1),
				f.suggestion,
			]),
		).toEqual([
			["mcp", ["packages.mcp.pin", "compatible"], "mcp~=1.23.3"],
			["pytest", ["pins.dev", "bounded"], undefined],
			["httpx", ["pins.requirements", "exact"], undefined],
		]);
	});

	it("builds an exact suggestion from allowed when nothing is locked, keeping extras and markers", () => {
		const policy = policyFrom(
			'[pins]\ndefault = "exact"\n[packages.mcp]\nallowed = "~=1.23.3"',
		);
		const [finding] = unpinned(
			project({
				requirements: [
					requirement("mcp", ">=1.23.3,<1.24", {
						extras: ["cli"],
						marker: 'python_version >= "3.10"',
					}),
				],
			}),
			policy,
		);
		expect(finding?.suggestion).toBe(
			'mcp[cli]==1.23.3; python_version >= "3.10"',
		);
	});

	it("skips workspace members and path dependencies the lock takes from the repository", () => {
		const findings = unpinned(
			project({
				requirements: [requirement("mcp-core", "")],
				locked: [
					locked("mcp-core", null, {
						source: "editable",
						sourceUrl: "src/mcp-core",
					}),
				],
			}),
		);
		expect(findings).toEqual([]);
	});
});
