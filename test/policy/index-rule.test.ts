import { describe, expect, it } from "vitest";
import type { Project } from "../../src/model/types.js";
import { parseRequirementsTxt } from "../../src/parse/requirements-txt.js";
import { evaluatePolicy } from "../../src/policy/evaluate-policy.js";
import { normalizeSource } from "../../src/policy/rules/index.js";
import { policyFrom } from "./build-project.js";

function projectOf(text: string): Project {
	const parsed = parseRequirementsTxt(text, "svc/requirements.txt");
	return {
		path: "svc",
		workspace: null,
		files: [{ path: "svc/requirements.txt", kind: "requirements" }],
		requirements: parsed.value.requirements,
		locked: [],
		requiresPython: null,
		lockMetadata: [],
		pipOptions: parsed.value.options,
	};
}

const indexFindings = (text: string, policy = "") =>
	evaluatePolicy([projectOf(text)], policyFrom(policy), {
		today: new Date("2026-01-01"),
	})
		.filter((f) => f.rule === "index")
		.map((f) => [f.severity, f.file, f.line, f.message.split(":")[0]]);

describe("rule index", () => {
	it("flags every package source the policy does not list, as an error by default", () => {
		expect(
			indexFindings(
				"--extra-index-url https://evil.example/simple\n-f ./wheels\n--trusted-host evil.example\n--index-url https://pypi.org/simple/\nflask==3.0.0\n",
			),
		).toEqual([
			["error", "svc/requirements.txt", 1, "`--extra-index-url https"],
			[
				"error",
				"svc/requirements.txt",
				2,
				"`--find-links ./wheels` adds a find-links location the policy does not list",
			],
			[
				"error",
				"svc/requirements.txt",
				3,
				"`--trusted-host evil.example` adds a trusted host the policy does not list",
			],
		]);
	});

	it("allows what [indexes] allowed and index-url list, credentials and trailing slashes aside", () => {
		expect(
			indexFindings(
				"--extra-index-url https://user:secret@Packages.Example.com/simple/\n--trusted-host packages.example.com\n-f wheels/\n--index-url https://internal.example/simple\n",
				'index-url = "https://internal.example/simple"\n[indexes]\nallowed = ["https://packages.example.com/simple", "./wheels"]\n',
			),
		).toEqual([]);
	});

	it("normalizes sources for comparison", () => {
		expect(normalizeSource("HTTPS://u:p@PyPI.org/simple//")).toBe(
			"https://pypi.org/simple",
		);
		expect(normalizeSource("./wheels/")).toBe("wheels");
	});
});
