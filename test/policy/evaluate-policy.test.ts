import { describe, expect, it } from "vitest";
import {
	evaluatePolicy,
	evaluatePolicyWithExceptions,
} from "../../src/policy/evaluate-policy.js";
import { policyFrom, project, requirement, TODAY } from "./build-project.js";

const projects = [
	project({
		path: "servers/legacy-a",
		requirements: [
			requirement("mcp", "==1.20.0", {
				file: "servers/legacy-a/pyproject.toml",
				line: 3,
			}),
		],
	}),
	project({
		path: "servers/new",
		requirements: [
			requirement("mcp", "==1.20.0", {
				file: "servers/new/pyproject.toml",
				line: 3,
			}),
		],
	}),
];

function policyWith(until: string) {
	return policyFrom(
		[
			"[packages.mcp]",
			'allowed = "~=1.23.3"',
			"",
			"[[exceptions]]",
			'rule = "outside-policy"',
			'package = "mcp"',
			'project = "servers/legacy*"',
			`until = ${until}`,
			'reason = "waiting for the vendor SDK"',
		].join("\n"),
	);
}

describe("exceptions", () => {
	it("suppresses matching findings while active (the until day included)", () => {
		const result = evaluatePolicyWithExceptions(
			projects,
			policyWith("2026-09-01"),
			{ today: TODAY },
		);
		expect(result.findings.map((f) => [f.rule, f.project])).toEqual([
			["outside-policy", "servers/new"],
		]);
		expect(result.suppressed.map((f) => [f.rule, f.project])).toEqual([
			["outside-policy", "servers/legacy-a"],
		]);
	});

	it("stops applying once expired and reports the expiry at the exception's line", () => {
		const findings = evaluatePolicy(projects, policyWith("2026-08-31"), {
			today: TODAY,
		});
		expect(
			findings.map((f) => [f.rule, f.severity, f.file, f.line, f.project]),
		).toEqual([
			["exception-expired", "warning", "pin-audit.toml", 4, null],
			[
				"outside-policy",
				"error",
				"servers/legacy-a/pyproject.toml",
				3,
				"servers/legacy-a",
			],
			[
				"outside-policy",
				"error",
				"servers/new/pyproject.toml",
				3,
				"servers/new",
			],
		]);
		expect(findings[0]?.message).toBe(
			'the exception for `outside-policy` (package mcp, projects servers/legacy*) expired on 2026-08-31 ("waiting for the vendor SDK"), so the findings it suppressed are reported again. Fix them, or move `until` if the reason still holds.',
		);
	});

	it("matches only the glob's projects and the named package", () => {
		const policy = policyFrom(
			'[packages.mcp]\nallowed = "~=1.23.3"\n[[exceptions]]\nrule = "outside-policy"\npackage = "anyio"\nreason = "other package"',
		);
		const findings = evaluatePolicy(projects, policy, { today: TODAY });
		expect(findings.filter((f) => f.rule === "outside-policy")).toHaveLength(2);
		// The anyio exception suppressed nothing, which is said rather than ignored.
		expect(findings.filter((f) => f.rule === "exception-unused")).toHaveLength(
			1,
		);
	});
});

describe("evaluatePolicy", () => {
	it("turns a rule off and overrides its severity", () => {
		const policy = policyFrom(
			'[packages.mcp]\nallowed = "~=1.23.3"\n[rules]\noutside-policy = "notice"\nunpinned = "off"',
		);
		const findings = evaluatePolicy(
			[
				project({
					requirements: [
						requirement("mcp", "==1.20.0"),
						requirement("httpx", ""),
					],
				}),
			],
			policy,
			{ today: TODAY },
		);
		expect(findings.map((f) => [f.rule, f.severity])).toEqual([
			["outside-policy", "notice"],
		]);
	});

	it("sorts by file, line, rule", () => {
		const findings = evaluatePolicy(
			[
				project({
					requirements: [
						requirement("b", "", { line: 9 }),
						requirement("a", "", { line: 2 }),
						requirement("c", "", {
							file: "requirements.txt",
							group: "requirements",
							line: 1,
						}),
					],
				}),
			],
			policyFrom(""),
			{ today: TODAY },
		);
		expect(findings.map((f) => [f.file, f.line])).toEqual([
			["pyproject.toml", 2],
			["pyproject.toml", 9],
			["requirements.txt", 1],
		]);
	});

	it("does not throw on odd input", () => {
		const odd = project({
			requirements: [
				requirement("x", "~=1"),
				requirement("x", ">=>"),
				requirement("y", "", { url: "" }),
			],
			locked: [
				{
					name: "x",
					version: "not a version",
					source: "unknown",
					sourceUrl: null,
					marker: null,
					dependencies: [],
					file: "uv.lock",
					line: 1,
				},
			],
			lockMetadata: [{ package: "x", requiresDist: [], requiresDev: {} }],
		});
		const policy = policyFrom(
			'extends = ["mcp"]\n[consistency]\npackages = "*"',
		);
		expect(() =>
			evaluatePolicy([odd, odd], policy, { today: new Date(Number.NaN) }),
		).not.toThrow();
	});
});
