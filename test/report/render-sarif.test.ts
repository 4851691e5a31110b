import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/audit.js";
import type { Report } from "../../src/model/report.js";
import type { Finding, Project } from "../../src/model/types.js";
import { RULE_IDS } from "../../src/policy/schema.js";
import {
	FINGERPRINT_KEY,
	renderSarif,
	type SarifOptions,
} from "../../src/report/render-sarif.js";

const project: Project = {
	path: "servers/weather",
	workspace: null,
	files: [
		{ path: "servers/weather/requirements.txt", kind: "requirements" },
		{ path: "servers/weather/pyproject.toml", kind: "pyproject" },
	],
	requirements: [],
	locked: [],
	requiresPython: null,
	lockMetadata: [],
	pipOptions: [],
};

function finding(overrides: Partial<Finding>): Finding {
	return {
		rule: "compat",
		severity: "error",
		project: "servers/weather",
		package: "httpx",
		file: "servers/weather/requirements.txt",
		line: 4,
		message: "`httpx==0.26.0` is outside `httpx>=0.27.1,<1`.",
		...overrides,
	};
}

function reportOf(
	findings: Finding[],
	policyFile: string | null = null,
): Report {
	return buildReport(
		".",
		{
			source: policyFile ? "file" : "default",
			file: policyFile,
			presets: [],
			description: "test",
		},
		[project],
		findings,
		2,
	);
}

const noLines: SarifOptions = {
	rootInRepository: "",
	fileLines: () => undefined,
};

function run(report: Report, options: SarifOptions = noLines): Sarif.Run {
	const log = JSON.parse(renderSarif(report, options)) as Sarif.Log;
	expect(log.version).toBe("2.1.0");
	expect(log.runs).toHaveLength(1);
	return log.runs[0] as Sarif.Run;
}

function results(report: Report, options?: SarifOptions): Sarif.Result[] {
	return run(report, options).results ?? [];
}

describe("renderSarif", () => {
	it("gives one result per finding with rule, level, message, file and 1-based line under %SRCROOT%", () => {
		const [result, notice] = results(
			reportOf([
				finding({ suggestion: "httpx==0.28.1" }),
				finding({
					rule: "index-unavailable",
					severity: "notice",
					line: 2,
					message: "the index did not answer",
				}),
			]),
		);
		expect(result).toMatchObject({
			ruleId: "compat",
			level: "error",
			message: {
				text: "`httpx==0.26.0` is outside `httpx>=0.27.1,<1`.\nFix: httpx==0.28.1",
			},
			locations: [
				{
					physicalLocation: {
						artifactLocation: {
							uri: "servers/weather/requirements.txt",
							uriBaseId: "%SRCROOT%",
						},
						region: { startLine: 4, endLine: 4 },
					},
				},
			],
			properties: {
				project: "servers/weather",
				package: "httpx",
				suggestion: "httpx==0.28.1",
			},
		});
		expect(notice?.level).toBe("note");
		const rules = run(reportOf([])).tool.driver.rules ?? [];
		expect(rules[result?.ruleIndex ?? -1]?.id).toBe("compat");
		expect(rules[notice?.ruleIndex ?? -1]?.id).toBe("index-unavailable");
	});

	it("describes every rule, each with help, tags and a helpUri at its docs/policy.md section", () => {
		const driver = run(reportOf([finding({ rule: "from-the-future" })])).tool
			.driver;
		expect(driver).toMatchObject({
			name: "pin-audit",
			informationUri: "https://github.com/pin-audit/pin-audit",
		});
		const ids = (driver.rules ?? []).map((r) => r.id);
		expect(ids).toEqual([
			...RULE_IDS,
			"invalid-file",
			"discovery",
			"unauditable",
			"from-the-future",
		]);
		for (const rule of driver.rules ?? []) {
			expect(rule.helpUri).toBe(
				`https://github.com/pin-audit/pin-audit/blob/main/docs/policy.md#${rule.id}`,
			);
			expect(rule.shortDescription?.text).toMatch(/\S/);
			expect(rule.fullDescription?.text).toMatch(/\S/);
			expect(rule.help?.markdown).toContain(`(${rule.helpUri})`);
			expect(rule.help?.text).toContain("Fix: ");
			expect(rule.name).not.toBe(rule.id);
			expect(rule.name?.toLowerCase()).not.toBe(rule.id.toLowerCase());
			expect(rule.properties?.tags).toContain("dependencies");
		}
	});

	it("prefixes the audited directory and percent-encodes each path segment", () => {
		const [result] = results(
			reportOf([finding({ file: "servers/weather/req #1.txt" })]),
			{ ...noLines, rootInRepository: "fleet/a b" },
		);
		expect(
			result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
		).toBe("fleet/a%20b/servers/weather/req%20%231.txt");
	});

	it("keeps the fingerprint when the finding moves to another line, and tells identical findings apart", () => {
		const fingerprintOf = (f: Finding[]) =>
			results(reportOf(f)).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
		const [onLine4] = fingerprintOf([finding({ line: 4 })]);
		const [onLine9] = fingerprintOf([finding({ line: 9 })]);
		expect(onLine4).toMatch(/^[0-9a-f]{32}$/);
		expect(onLine9).toBe(onLine4);
		const [other] = fingerprintOf([finding({ package: "anyio" })]);
		expect(other).not.toBe(onLine4);
		const twins = fingerprintOf([finding({}), finding({})]);
		expect(new Set(twins).size).toBe(2);
		// Another audited directory of the same repository: another file, another alert.
		const [elsewhere] = results(reportOf([finding({})]), {
			...noLines,
			rootInRepository: "other",
		}).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
		expect(elsewhere).not.toBe(onLine4);
	});

	it("gives every result a location: a finding on no file points at the policy file, else at the audited directory", () => {
		const fileless = finding({
			rule: "discovery",
			file: null,
			line: null,
			package: null,
		});
		const [withPolicy] = results(reportOf([fileless], "pin-audit.toml"));
		expect(withPolicy?.locations?.[0]?.physicalLocation).toEqual({
			artifactLocation: { uri: "pin-audit.toml", uriBaseId: "%SRCROOT%" },
		});
		const [withoutPolicy] = results(reportOf([fileless]), {
			...noLines,
			rootInRepository: "fleet",
		});
		expect(
			withoutPolicy?.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
		).toBe("fleet");
		const [atRoot] = results(reportOf([fileless]));
		expect(
			atRoot?.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
		).toBe("./");
		const [noLine] = results(reportOf([finding({ line: null })]));
		expect(noLine?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
	});

	it("turns a suggestion into a fix replacing exactly the requirement's text on its line", () => {
		const lines = ["# pins", "mcp==1.23.3", "", "httpx==0.26.0  # debugging"];
		const [result] = results(
			reportOf([finding({ suggestion: "httpx==0.28.1" })]),
			{
				rootInRepository: "",
				fileLines: (file) =>
					file === "servers/weather/requirements.txt" ? lines : undefined,
			},
		);
		expect(result?.fixes).toEqual([
			{
				description: {
					text: "Replace `httpx==0.26.0` with `httpx==0.28.1`.",
				},
				artifactChanges: [
					{
						artifactLocation: {
							uri: "servers/weather/requirements.txt",
							uriBaseId: "%SRCROOT%",
						},
						replacements: [
							{
								deletedRegion: {
									startLine: 4,
									startColumn: 1,
									endLine: 4,
									endColumn: 14,
								},
								insertedContent: { text: "httpx==0.28.1" },
							},
						],
					},
				],
			},
		]);
		// Without the file's lines there is no fix, only the suggestion in the message.
		const [blind] = results(
			reportOf([finding({ suggestion: "httpx==0.28.1" })]),
		);
		expect(blind?.fixes).toBeUndefined();
		expect(blind?.message.text).toContain("Fix: httpx==0.28.1");
	});

	it("is deterministic: the same report renders to the same bytes", () => {
		const report = reportOf([finding({}), finding({ package: "anyio" })]);
		expect(renderSarif(report, noLines)).toBe(renderSarif(report, noLines));
	});
});
