import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "../../../src/policy/evaluate-policy.js";
import {
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

function member(path: string, overrides: Parameters<typeof project>[0]) {
	return project({
		path,
		files: [
			{ path: `${path}/pyproject.toml`, kind: "pyproject" },
			{ path: `${path}/uv.lock`, kind: "uv-lock" },
		],
		...overrides,
	});
}

describe("inconsistent", () => {
	const policy = policyFrom('[consistency]\npackages = ["mcp"]');

	it("anchors a warning on each deviating project, with a table of every project's version", () => {
		const projects = [
			member("servers/a", {
				locked: [
					locked("mcp", "1.23.3", { file: "servers/a/uv.lock", line: 10 }),
				],
			}),
			member("servers/b", {
				requirements: [
					requirement("mcp", "~=1.22", {
						file: "servers/b/pyproject.toml",
						line: 7,
					}),
				],
				locked: [
					locked("mcp", "1.22.0", { file: "servers/b/uv.lock", line: 12 }),
				],
			}),
			member("servers/c", {
				requirements: [
					requirement("mcp", "==1.23.3", {
						file: "servers/c/requirements.txt",
						group: "requirements",
						line: 1,
					}),
				],
			}),
			member("servers/d", {
				requirements: [
					requirement("mcp", ">=1", { file: "servers/d/pyproject.toml" }),
				],
			}),
		];
		const findings = evaluatePolicy(projects, policy, { today: TODAY }).filter(
			(f) => f.rule === "inconsistent",
		);
		expect(findings).toEqual([
			{
				rule: "inconsistent",
				severity: "warning",
				project: "servers/b",
				package: "mcp",
				file: "servers/b/pyproject.toml",
				line: 7,
				message: [
					"`mcp` is at 1.22.0 in servers/b but at 1.23.3 in 2 other project(s): code tested in one project is not what runs in another. Align on one version.",
					"project    mcp",
					"servers/a  1.23.3",
					"servers/b  1.22.0  <- differs",
					"servers/c  1.23.3",
				].join("\n"),
			},
		]);
	});

	it("is silent when versions agree or the package is not listed", () => {
		const projects = [
			member("a", {
				locked: [
					locked("mcp", "1.23.3", { file: "a/uv.lock" }),
					locked("anyio", "4.8.0", { file: "a/uv.lock" }),
				],
			}),
			member("b", {
				locked: [
					locked("mcp", "1.23.3", { file: "b/uv.lock" }),
					locked("anyio", "4.9.0", { file: "b/uv.lock" }),
				],
			}),
		];
		expect(
			evaluatePolicy(projects, policy, { today: TODAY }).filter(
				(f) => f.rule === "inconsistent",
			),
		).toEqual([]);
		const everything = policyFrom('[consistency]\npackages = "*"');
		expect(
			evaluatePolicy(projects, everything, { today: TODAY })
				.filter((f) => f.rule === "inconsistent")
				.map((f) => [f.package, f.project]),
		).toEqual([["anyio", "a"]]);
	});
});
