import { describe, expect, it } from "vitest";
import {
	createDefaultPolicy,
	evaluateShown,
	locked,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

function audit(p: ReturnType<typeof project>) {
	return evaluateShown([p], createDefaultPolicy(), { today: TODAY }).map(
		(f) => [f.rule, f.severity, f.file, f.line, f.message],
	);
}

const fromRequirements = { file: "requirements.txt", group: "requirements" };

describe("dead-marker", () => {
	it("says once, as a notice, that a requirement outside requires-python never applies; no other rule judges it", () => {
		const findings = audit(
			project({
				requiresPython: ">=3.10",
				requirements: [
					requirement("httpx", ">=0.27.1,<1", { line: 6 }),
					// Unpinned, and a conflict with line 6, were it not dead.
					requirement("tomli", "", {
						line: 7,
						marker: 'python_version < "3.8"',
					}),
					requirement("httpx", "<0.20", {
						line: 8,
						marker: 'python_full_version < "3.9.2"',
					}),
				],
			}),
		);
		expect(findings).toEqual([
			[
				"dead-marker",
				"notice",
				"pyproject.toml",
				7,
				'`tomli; python_version < "3.8"` never applies: it cannot hold on any Python the project supports (requires-python `>=3.10`). Nothing installs it, so no other rule judges it. Remove the line, or correct its marker.',
			],
			[
				"dead-marker",
				"notice",
				"pyproject.toml",
				8,
				'`httpx<0.20; python_full_version < "3.9.2"` never applies: it cannot hold on any Python the project supports (requires-python `>=3.10`). Nothing installs it, so no other rule judges it. Remove the line, or correct its marker.',
			],
		]);
	});

	it('knows pip sets no extra for a requirements file (pip 23.2: `extra == "x"` is false, `!=` true)', () => {
		const findings = audit(
			project({
				requirements: [
					requirement("bar", "", {
						...fromRequirements,
						line: 2,
						marker: 'extra == "x"',
					}),
					requirement("baz", "==1.0", {
						...fromRequirements,
						line: 3,
						marker: 'extra != "x"',
					}),
				],
			}),
		);
		expect(findings).toEqual([
			[
				"dead-marker",
				"notice",
				"requirements.txt",
				2,
				'`bar; extra == "x"` never applies: pip installs a requirements file with no extra set, so its `extra` never matches. Nothing installs it, so no other rule judges it. Remove the line, or correct its marker.',
			],
		]);
	});

	it("reports a marker that contradicts itself; leaves a pyproject's extras alone (they may be dynamic)", () => {
		const findings = audit(
			project({
				requirements: [
					requirement("anyio", ">=4.4,<5", {
						line: 4,
						marker: 'sys_platform == "linux" and sys_platform == "win32"',
					}),
					requirement("rich", ">=13", {
						line: 5,
						group: "project",
						marker: 'extra == "cli"',
					}),
				],
			}),
		);
		expect(
			findings.map((f) => [f[0], f[3], String(f[4]).split(":")[1]]),
		).toEqual([
			[
				"dead-marker",
				4,
				" its marker contradicts itself. Nothing installs it, so no other rule judges it. Remove the line, or correct its marker.",
			],
		]);
	});

	it("never calls a line dead over a comparison the tools disagree on (a python_version literal that is no version)", () => {
		// pip 23.2's packaging 21.3 compares `"3.11" < "</details>"` as strings (true); packaging 26 and uv say false.
		const findings = audit(
			project({
				requiresPython: ">=3.10",
				requirements: [
					requirement("mcp", "", {
						...fromRequirements,
						line: 5,
						marker: 'python_version < "</details>"',
					}),
				],
			}),
		);
		expect(findings.map((f) => [f[0], f[3]])).toEqual([["unpinned", 5]]);
	});

	it("keeps uv.lock's recorded manifest whole: a dead requirement uv recorded is not a stale lock", () => {
		const dead = requirement("tomli", ">=2", {
			line: 7,
			marker: 'python_version < "3.8"',
		});
		const p = project({
			requiresPython: ">=3.10",
			name: "demo",
			requirements: [requirement("httpx", ">=0.27.1,<1", { line: 6 }), dead],
			locked: [
				locked("httpx", "0.28.1"),
				locked("demo", "1.0", { source: "editable", sourceUrl: "." }),
			],
			lockMetadata: [
				{
					package: "demo",
					requiresDist: [
						{
							...requirement("httpx", ">=0.27.1,<1"),
							file: "uv.lock",
							line: 20,
						},
						{ ...dead, file: "uv.lock", line: 21 },
					],
					requiresDev: {},
				},
			],
		});
		expect(audit(p).map((f) => f[0])).toEqual(["dead-marker"]);
	});
});
