import { describe, expect, it } from "vitest";
import {
	contains,
	parseSpecifierSet,
} from "../../../src/pep440/specifier-set.js";
import {
	evaluateShown,
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

const policy = policyFrom(
	'[[compat]]\nwhen = "mcp>=1.13,<2"\nrequire = "httpx>=0.27.1,<1"\nreason = "httpx 1.0 breaks import mcp"',
);

function compat(p: ReturnType<typeof project>) {
	return evaluateShown([p], policy, { today: TODAY }).filter(
		(f) => f.rule === "compat",
	);
}

describe("compat", () => {
	it("fires on a locked version outside require when the locked `when` version matches", () => {
		const findings = compat(
			project({
				locked: [
					locked("mcp", "1.23.3", { line: 10 }),
					locked("httpx", "0.27.0", { line: 20 }),
				],
			}),
		);
		expect(findings).toEqual([
			{
				rule: "compat",
				severity: "error",
				project: ".",
				package: "httpx",
				file: "uv.lock",
				line: 20,
				message:
					"the lock holds `httpx` 0.27.0, outside `>=0.27.1,<1`, which the policy requires with mcp>=1.13,<2 (uv.lock:10 locks mcp 1.23.3): httpx 1.0 breaks import mcp. Constrain `httpx>=0.27.1,<1` in the manifest and re-lock.",
				counterexample: "0.27.0",
			},
		]);
	});

	it("fires on a declared range admitting versions outside require, with a counterexample in the range", () => {
		const [finding] = compat(
			project({
				requirements: [
					requirement("mcp", "~=1.23.3", { line: 4 }),
					requirement("httpx", ">=0.27", { line: 5 }),
				],
			}),
		);
		expect(finding?.line).toBe(5);
		expect(finding?.suggestion).toBe("httpx>=0.27.1,<1");
		const counterexample = finding?.counterexample ?? "";
		const declared = parseSpecifierSet(">=0.27");
		const required = parseSpecifierSet(">=0.27.1,<1");
		if (!declared.ok || !required.ok) throw new Error("bad test specifier");
		expect(
			contains(declared.value, counterexample, { prereleases: true }),
		).toBe(true);
		expect(
			contains(required.value, counterexample, { prereleases: true }),
		).toBe(false);
	});

	it("does not fire when `when` does not hold or require is met", () => {
		expect(
			compat(
				project({
					locked: [locked("mcp", "1.12.0"), locked("httpx", "0.26.0")],
				}),
			),
		).toEqual([]);
		expect(
			compat(
				project({
					requirements: [
						requirement("mcp", ">=1.0"),
						requirement("httpx", ">=0.20"),
					],
				}),
			),
		).toEqual([]);
		expect(
			compat(
				project({
					locked: [locked("mcp", "1.23.3"), locked("httpx", "0.28.1")],
				}),
			),
		).toEqual([]);
		expect(
			compat(
				project({
					requirements: [
						requirement("mcp", "==1.23.3"),
						requirement("httpx", ">=0.27.1,<1"),
					],
				}),
			),
		).toEqual([]);
	});
});
