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

function conflicts(
	p: ReturnType<typeof project>,
	policy: Policy = createDefaultPolicy(),
) {
	return evaluateShown([p], policy, { today: TODAY }).filter(
		(f) => f.rule === "conflict",
	);
}

const fromRequirements = { file: "requirements.txt", group: "requirements" };

describe("conflict", () => {
	it("names every contributing file and line, and only those that clash", () => {
		const findings = conflicts(
			project({
				requirements: [
					requirement("httpx", ">=0.28", { line: 8 }),
					requirement("httpx", ">=0.20", { line: 9, group: "group:dev" }),
					requirement("httpx", "<0.28", { ...fromRequirements, line: 3 }),
				],
			}),
		);
		expect(findings).toEqual([
			{
				rule: "conflict",
				severity: "error",
				project: ".",
				package: "httpx",
				file: "pyproject.toml",
				line: 8,
				message:
					"no version of `httpx` satisfies all of `httpx>=0.28` (pyproject.toml:8), `httpx<0.28` (requirements.txt:3): installing this project fails or silently drops one of them. Relax one so their ranges overlap.",
			},
		]);
	});

	it("never reports requirements under different markers, but an unmarked one conflicts with any", () => {
		const win = 'sys_platform == "win32"';
		const linux = 'sys_platform == "linux"';
		expect(
			conflicts(
				project({
					requirements: [
						requirement("numpy", "<2", { marker: win }),
						requirement("numpy", ">=2", { marker: linux }),
					],
				}),
			),
		).toEqual([]);
		expect(
			conflicts(
				project({
					requirements: [
						requirement("numpy", "<2", { marker: win }),
						requirement("numpy", ">=2", { line: 5 }),
					],
				}),
			).map((f) => [f.line, f.message.slice(0, 80)]),
		).toEqual([
			[
				1,
				'no version of `numpy` satisfies all of `numpy<2; sys_platform == "win32"` (pypro',
			],
		]);
	});

	it("pits requirements against each other exactly where both markers can hold", () => {
		// packaging: python_version >= "3.10" and python_version < "3.12" both hold on 3.10 and 3.11.
		const overlapping = conflicts(
			project({
				requirements: [
					requirement("anyio", "<4", {
						marker: 'python_version >= "3.10"',
						line: 3,
					}),
					requirement("anyio", ">=4.4", {
						marker: 'python_version < "3.12"',
						line: 4,
					}),
				],
			}),
		);
		expect(overlapping.map((f) => [f.line, f.package])).toEqual([[3, "anyio"]]);
		// Ranges that only touch outside requires-python never meet where the project runs.
		const apart = project({
			requirements: [
				requirement("anyio", "<4", { marker: 'python_version < "3.10"' }),
				requirement("anyio", ">=4.4", { marker: 'python_version >= "3.10"' }),
				requirement("anyio", "<4.5", {
					marker: 'python_version >= "3.9" and python_version < "3.10"',
				}),
			],
		});
		expect(conflicts(apart)).toEqual([]);
		// A third requirement that meets only one of two exclusive markers clashes with that one alone.
		const third = conflicts(
			project({
				requirements: [
					requirement("numpy", "<2", {
						marker: 'sys_platform == "win32"',
						line: 1,
					}),
					requirement("numpy", ">=2", {
						marker: 'sys_platform == "linux"',
						line: 2,
					}),
					requirement("numpy", ">=2.1", {
						marker: 'sys_platform != "linux"',
						line: 3,
					}),
				],
			}),
		);
		expect(third.map((f) => f.message.slice(0, 110))).toEqual([
			'no version of `numpy` satisfies all of `numpy<2; sys_platform == "win32"` (pyproject.toml:1), `numpy>=2.1; sys',
		]);
		// Under requires-python >= 3.10 a python_version < "3.10" requirement never meets the others.
		const scoped = project({
			requirements: [
				requirement("anyio", "<4", { marker: 'python_version < "3.10"' }),
				requirement("anyio", ">=4.4", { marker: 'os_name == "posix"' }),
			],
		});
		expect(conflicts(scoped).length).toBe(1);
		expect(conflicts({ ...scoped, requiresPython: ">=3.10" })).toEqual([]);
	});

	it("does not pit two extras or dependency groups against each other (they may be declared exclusive)", () => {
		expect(
			conflicts(
				project({
					requirements: [
						requirement("torch", "==2.0.0", { group: "optional:cu118" }),
						requirement("torch", "==2.1.0", { group: "optional:cu121" }),
					],
				}),
			),
		).toEqual([]);
	});

	it("includes poetry.lock dependency specifiers, but not [[compat]] requirements (compat reports those)", () => {
		const poetryProject = project({
			files: [
				{ path: "pyproject.toml", kind: "pyproject" },
				{ path: "poetry.lock", kind: "poetry-lock" },
			],
			requirements: [
				requirement("httpx", "<0.27", { group: "poetry", line: 10 }),
			],
			locked: [
				locked("mcp", "1.23.3", {
					file: "poetry.lock",
					line: 200,
					dependencies: [
						{ name: "httpx", specifier: ">=0.27.1", marker: null, extras: [] },
					],
				}),
			],
		});
		expect(conflicts(poetryProject).map((f) => f.message)).toEqual([
			"no version of `httpx` satisfies all of `httpx<0.27` (pyproject.toml:10), `httpx>=0.27.1` (poetry.lock:200, declared by mcp 1.23.3): installing this project fails or silently drops one of them. Relax one so their ranges overlap.",
		]);
		const policy = policyFrom(
			'[[compat]]\nwhen = "mcp>=1.13,<2"\nrequire = "httpx>=0.27.1,<1"',
		);
		const uvProject = project({
			requirements: [
				requirement("mcp", "==1.23.3", { line: 4 }),
				requirement("httpx", "<0.27", { line: 5 }),
			],
		});
		const findings = evaluateShown([uvProject], policy, { today: TODAY });
		expect(findings.map((f) => [f.rule, f.line])).toEqual([["compat", 5]]);
	});

	it("accepts overlapping requirements and ignores build requirements and overrides", () => {
		expect(
			conflicts(
				project({
					requirements: [
						requirement("anyio", ">=4.4,<5"),
						requirement("anyio", "==4.9.0", fromRequirements),
						requirement("anyio", "<4", { group: "build" }),
						requirement("anyio", "==3.7.1", { group: "override" }),
					],
				}),
			),
		).toEqual([]);
	});
});
