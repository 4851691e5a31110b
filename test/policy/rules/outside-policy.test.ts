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
			'`mcp` is pinned to 1.24.0, which the policy does not allow (packages.mcp.allowed = "~=1.23.3": validated stack). Pin a version inside `~=1.23.3`.',
		);
		expect(finding?.counterexample).toBe("1.24.0");
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
