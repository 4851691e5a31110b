// Rule `soak` under `[[exceptions]]`: waived like any rule's findings, and judged by `exception-unused`.
import { describe, expect, it } from "vitest";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import {
	cli,
	findingsAgainst,
	moveTransform,
	SOAK_POLICY,
	soakFleet,
} from "../support/soak-fleet.js";

const defer = cleanUpAfterEach();

const exception = (fields: string) =>
	`${SOAK_POLICY}\n[[exceptions]]\nrule = "soak"\n${fields}reason = "CVE fix: every server moves today"\n`;

async function rules(policy: string, baseRef: string | null = "main") {
	const dir = soakFleet(defer, 5, {
		...moveTransform,
		"pin-audit.toml": policy,
	});
	if (baseRef !== null) return findingsAgainst(dir, baseRef);
	const result = await cli(dir, "--offline", "--format", "json");
	return JSON.parse(result.stdout).findings as { rule: string }[];
}

describe("[[exceptions]] for rule soak", () => {
	it("a matching exception waives the soak finding and is not reported unused", async () => {
		const findings = await rules(
			exception('package = "mcp"\nproject = "servers/transform"\n'),
		);
		expect(findings.map((f) => f.rule)).not.toContain("soak");
		expect(findings.map((f) => f.rule)).not.toContain("exception-unused");
	});

	it("an exception for another project leaves the finding, and is still in scope (not unused)", async () => {
		const findings = await rules(
			exception('package = "mcp"\nproject = "servers/docparse"\n'),
		);
		expect(findings.filter((f) => f.rule === "soak")).toHaveLength(1);
		expect(findings.map((f) => f.rule)).not.toContain("exception-unused");
	});

	it("an expired exception waives nothing", async () => {
		const findings = await rules(
			exception('package = "mcp"\nuntil = 2020-01-01\n'),
		);
		expect(findings.filter((f) => f.rule === "soak")).toHaveLength(1);
		expect(findings.map((f) => f.rule)).toContain("exception-expired");
	});

	it("in a tree audit (no base) a soak exception in scope is not unused", async () => {
		const findings = await rules(
			exception('package = "mcp"\nproject = "servers/*"\n'),
			null,
		);
		expect(findings.map((f) => f.rule)).not.toContain("exception-unused");
	});

	it("a misspelt scope is reported unused, with or without a base", async () => {
		const typo = exception('package = "mcp"\nproject = "server/transform"\n');
		for (const base of [null, "main"]) {
			const findings = await rules(typo, base);
			expect(findings.map((f) => f.rule)).toContain("exception-unused");
			if (base !== null)
				expect(findings.filter((f) => f.rule === "soak")).toHaveLength(1);
		}
	});

	it("an exception covering only the canary is unused (the canary never gets a soak finding)", async () => {
		const findings = await rules(
			exception('package = "mcp"\nproject = "servers/scraper"\n'),
			null,
		);
		expect(findings.map((f) => f.rule)).toContain("exception-unused");
	});
});
