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
	'[packages.httpx]\nbanned = ["==0.28.0", ">=1.0.dev0"]',
);

function spec(text: string) {
	const parsed = parseSpecifierSet(text);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

function banned(p: ReturnType<typeof project>) {
	return evaluatePolicy([p], policy, { today: TODAY }).filter(
		(f) => f.rule === "banned",
	);
}

describe("banned", () => {
	it("is an error for an exact pin or a locked version inside a banned set", () => {
		const findings = banned(
			project({
				requirements: [
					requirement("httpx", "==0.28.0", {
						file: "requirements.txt",
						group: "requirements",
						line: 2,
					}),
				],
				locked: [locked("httpx", "1.0.dev3", { line: 30 })],
			}),
		);
		expect(
			findings.map((f) => [f.file, f.line, f.severity, f.counterexample]),
		).toEqual([
			["requirements.txt", 2, "error", "0.28.0"],
			["uv.lock", 30, "error", "1.0.dev3"],
		]);
	});

	it("is a warning for a range that still admits a banned version, with a witness in both", () => {
		const [finding] = banned(
			project({
				requirements: [requirement("httpx", ">=0.27,<0.29", { line: 4 })],
			}),
		);
		expect(finding?.severity).toBe("warning");
		const witness = finding?.counterexample ?? "";
		expect(contains(spec(">=0.27,<0.29"), witness, { prereleases: true })).toBe(
			true,
		);
		expect(contains(spec("==0.28.0"), witness, { prereleases: true })).toBe(
			true,
		);
		expect(finding?.message).toBe(
			"`httpx` `>=0.27,<0.29` still admits 0.28.0 banned by `==0.28.0`, and a resolver may pick it. Write `httpx>=0.27,<0.29,!=0.28.0`.",
		);
		expect(finding?.suggestion).toBe("httpx>=0.27,<0.29,!=0.28.0");
	});

	it("accepts pins and ranges that avoid every banned set", () => {
		expect(
			banned(
				project({
					requirements: [requirement("httpx", ">=0.27,!=0.28.0,<1")],
					locked: [locked("httpx", "0.28.1")],
				}),
			),
		).toEqual([]);
	});
});
