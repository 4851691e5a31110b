import { describe, expect, it } from "vitest";
import {
	contains,
	parseSpecifierSet,
} from "../../../src/pep440/specifier-set.js";
import { evaluatePolicy } from "../../../src/policy/evaluate-policy.js";
import {
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

const policy = policyFrom(
	'[packages.mcp]\nallowed = "~=1.23.3"\nreason = "validated stack"',
);

function outside(p: ReturnType<typeof project>) {
	return evaluatePolicy([p], policy, { today: TODAY }).filter(
		(f) => f.rule === "outside-policy",
	);
}

function spec(text: string) {
	const parsed = parseSpecifierSet(text);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

describe("outside-policy", () => {
	it("reports a range admitting versions outside allowed, with a counterexample inside the range", () => {
		const declared = [">=1.20", "~=1.23", ">=1.23.3,<1.25", ""];
		for (const specifier of declared) {
			const [finding] = outside(
				project({ requirements: [requirement("mcp", specifier, { line: 3 })] }),
			);
			expect(finding?.line).toBe(3);
			const counterexample = finding?.counterexample ?? "";
			// The counterexample is in the declared set and not in the allowed one.
			expect(
				contains(spec(specifier), counterexample, { prereleases: true }),
			).toBe(true);
			expect(
				contains(spec("~=1.23.3"), counterexample, { prereleases: true }),
			).toBe(false);
			expect(finding?.suggestion).toBe("mcp~=1.23.3");
		}
	});

	it("picks a counterexample just past allowed's boundary when the declared range admits one", () => {
		const escapeOf = (specifier: string, allowed = "~=1.23.3") => {
			const local = policyFrom(`[packages.mcp]\nallowed = "${allowed}"`);
			const [finding] = evaluatePolicy(
				[project({ requirements: [requirement("mcp", specifier)] })],
				local,
				{ today: TODAY },
			).filter((f) => f.rule === "outside-policy");
			const counterexample = finding?.counterexample ?? "";
			// The invariant: in the declared set, not in the allowed one.
			expect([
				specifier,
				contains(spec(specifier), counterexample, { prereleases: true }),
				contains(spec(allowed), counterexample, { prereleases: true }),
			]).toEqual([specifier, true, false]);
			return counterexample;
		};
		expect(escapeOf("")).toBe("1.24.0");
		expect(escapeOf(">=1.20")).toBe("1.24.0");
		expect(escapeOf(">=1.20,<1.23.3")).toBe("1.23.2");
		expect(escapeOf("<1.23")).toBe("1.22.0");
		expect(escapeOf("", ">=4.4,<5")).toBe("5.0");
		expect(escapeOf(">=3", ">=4.4,<5")).toBe("5.0");
		expect(escapeOf("<5", ">=4.4,<5")).toBe("4.3");
		expect(escapeOf(">=1.23.3,!=1.23.7", "==1.23.7")).toBe("1.23.8");
		// Nothing near the boundary is declared: any member of the escape will do.
		expect(escapeOf(">=9.1,<9.2")).not.toBe("");
	});

	it("suggests the replacement line, as an exact pin in a requirements file with pin level exact", () => {
		const exact = policyFrom(
			'[pins]\nrequirements = "exact"\n[packages.mcp]\nallowed = "~=1.23.3"',
		);
		const fleet = [
			project({
				requirements: [
					requirement("mcp", ">=1.20", {
						file: "requirements.txt",
						group: "requirements",
						extras: ["cli"],
						marker: 'python_version >= "3.10"',
					}),
					requirement("mcp", ">=1.20", { line: 7 }),
				],
			}),
			project({
				path: "b",
				locked: [locked("mcp", "1.23.4", { file: "b/uv.lock" })],
			}),
		];
		const findings = evaluatePolicy(fleet, exact, { today: TODAY }).filter(
			(f) => f.rule === "outside-policy",
		);
		expect(findings.map((f) => [f.file, f.suggestion])).toEqual([
			["pyproject.toml", "mcp~=1.23.3"],
			["requirements.txt", 'mcp[cli]==1.23.4; python_version >= "3.10"'],
		]);
	});

	it("accepts ranges inside allowed and pins inside it", () => {
		for (const specifier of [
			"~=1.23.3",
			"==1.23.3",
			">=1.23.4,<1.23.9",
			"==1.23.5",
		]) {
			expect(
				outside(project({ requirements: [requirement("mcp", specifier)] })),
			).toEqual([]);
		}
	});

	it("reports a pin outside allowed", () => {
		const [finding] = outside(
			project({ requirements: [requirement("mcp", "==1.24.0", { line: 2 })] }),
		);
		expect(finding?.message).toBe(
			"`mcp` is pinned to 1.24.0, outside the policy's `~=1.23.3` (packages.mcp.allowed): validated stack. Write `mcp==1.23.3`.",
		);
		expect(finding?.counterexample).toBe("1.24.0");
		expect(finding?.suggestion).toBe("mcp==1.23.3");
	});

	it("reports a locked version outside allowed once, from the project holding the lock", () => {
		const root = project({ locked: [locked("mcp", "1.22.0", { line: 50 })] });
		const member = project({
			path: "servers/a",
			files: [{ path: "servers/a/pyproject.toml", kind: "pyproject" }],
			locked: [locked("mcp", "1.22.0", { line: 50 })],
		});
		const findings = evaluatePolicy([root, member], policy, {
			today: TODAY,
		}).filter((f) => f.rule === "outside-policy");
		expect(
			findings.map((f) => [f.project, f.file, f.line, f.counterexample]),
		).toEqual([[".", "uv.lock", 50, "1.22.0"]]);
	});

	it("ignores packages without allowed and unparseable specifiers", () => {
		expect(
			outside(
				project({
					requirements: [
						requirement("httpx", ">=0.1"),
						requirement("mcp", "=>1"),
					],
				}),
			),
		).toEqual([]);
	});
});
