// The report as SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif) and any other SARIF
// viewer. Pure and deterministic: the same report and file lines give the same bytes.
import { createHash } from "node:crypto";
import type * as Sarif from "sarif";
import type { Report } from "../model/report.js";
import type { FileKind, Finding, Severity } from "../model/types.js";
import { TOOL_NAME, TOOL_URL, TOOL_VERSION } from "../version.js";
import { findingIdentity } from "./compare-reports.js";
import { findRequirementSpan } from "./requirement-span.js";
import {
	describeUnknownRule,
	RULE_DESCRIPTIONS,
	type RuleDescription,
	ruleHelpUri,
} from "./rule-descriptions.js";

/** Locations are relative to the repository's root, which code scanning resolves `%SRCROOT%` to. */
export const SRCROOT = "%SRCROOT%";

/** The partialFingerprints key: a hash of what makes a finding the same problem on another commit. */
export const FINGERPRINT_KEY = "pinAuditFinding/v1";

export interface SarifOptions {
	/** The audited root as a POSIX path relative to the repository's root; "" when it is the root. */
	rootInRepository: string;
	/** The lines of an audited file (path relative to the audited root), for fixes; undefined when unknown. */
	fileLines: (file: string) => readonly string[] | undefined;
}

export function renderSarif(report: Report, options: SarifOptions): string {
	const rules = listRules(report.findings);
	const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
	const kinds = new Map<string, FileKind>();
	for (const project of report.projects)
		for (const file of project.files) kinds.set(file.path, file.kind);
	const occurrences = new Map<string, number>();
	const results = report.findings.map((finding) => {
		// Identical findings (same identity) stay distinct alerts: the n-th of them is the n-th on the next run too.
		// The audited root is part of it: a matrix of audited directories may hold files of the same name.
		const identity = `${options.rootInRepository}\0${findingIdentity(finding)}`;
		const n = occurrences.get(identity) ?? 0;
		occurrences.set(identity, n + 1);
		return toResult(finding, {
			ruleIndex: ruleIndex.get(finding.rule) ?? 0,
			fingerprint: fingerprint(`${identity}\0${n}`),
			report,
			kind: finding.file === null ? undefined : kinds.get(finding.file),
			options,
		});
	});
	const log: Sarif.Log = {
		$schema: "https://json.schemastore.org/sarif-2.1.0.json",
		version: "2.1.0",
		runs: [
			{
				tool: {
					driver: {
						name: TOOL_NAME,
						version: TOOL_VERSION,
						...(/^\d+\.\d+\.\d+/.test(TOOL_VERSION)
							? { semanticVersion: TOOL_VERSION }
							: {}),
						informationUri: TOOL_URL,
						rules,
					},
				},
				columnKind: "utf16CodeUnits",
				results,
			},
		],
	};
	return `${JSON.stringify(log, null, 2)}\n`;
}

/** Every rule pin-audit has, then any other rule a finding carries. */
function listRules(findings: readonly Finding[]): Sarif.ReportingDescriptor[] {
	const known = Object.keys(RULE_DESCRIPTIONS);
	const other = [...new Set(findings.map((f) => f.rule))]
		.filter((id) => !known.includes(id))
		.sort();
	return [...known, ...other].map((id) =>
		describeRule(
			id,
			RULE_DESCRIPTIONS[id as keyof typeof RULE_DESCRIPTIONS] ??
				describeUnknownRule(id),
		),
	);
}

function describeRule(
	id: string,
	description: RuleDescription,
): Sarif.ReportingDescriptor {
	const helpUri = ruleHelpUri(id);
	return {
		id,
		name: description.name,
		shortDescription: { text: description.short },
		fullDescription: { text: description.full },
		help: {
			text: `${description.full}\n\nFix: ${description.fix}\n\n${helpUri}`,
			markdown: `${description.full}\n\n**Fix:** ${description.fix}\n\n[Documentation](${helpUri})`,
		},
		helpUri,
		properties: { tags: description.tags },
	};
}

const LEVELS: Record<Severity, Sarif.Result.level> = {
	error: "error",
	warning: "warning",
	notice: "note",
};

interface ResultContext {
	ruleIndex: number;
	fingerprint: string;
	report: Report;
	kind: FileKind | undefined;
	options: SarifOptions;
}

function toResult(finding: Finding, context: ResultContext): Sarif.Result {
	const fix = finding.suggestion ? `\nFix: ${finding.suggestion}` : "";
	const properties: Record<string, string> = {};
	if (finding.project !== null) properties.project = finding.project;
	if (finding.package !== null) properties.package = finding.package;
	if (finding.counterexample !== undefined)
		properties.counterexample = finding.counterexample;
	if (finding.suggestion !== undefined)
		properties.suggestion = finding.suggestion;
	const fixes = describeFix(finding, context);
	return {
		ruleId: finding.rule,
		ruleIndex: context.ruleIndex,
		level: LEVELS[finding.severity],
		message: { text: `${finding.message}${fix}` },
		locations: [locate(finding, context)],
		partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprint },
		...(fixes ? { fixes } : {}),
		...(Object.keys(properties).length > 0 ? { properties } : {}),
	};
}

/**
 * The finding's file and line. Code scanning refuses a result without a location, so a finding on no file
 * (nothing was found to audit) points at the policy file, else at the audited directory.
 */
function locate(finding: Finding, context: ResultContext): Sarif.Location {
	const file = finding.file ?? context.report.policy.file;
	const artifactLocation = toArtifact(file, context.options.rootInRepository);
	if (finding.file === null || finding.line === null)
		return { physicalLocation: { artifactLocation } };
	return {
		physicalLocation: {
			artifactLocation,
			region: { startLine: finding.line, endLine: finding.line },
		},
	};
}

function toArtifact(file: string | null, root: string): Sarif.ArtifactLocation {
	const path = [root, file ?? ""].filter((part) => part !== "").join("/");
	const uri =
		path === ""
			? "./"
			: path
					.split("/")
					.filter((segment) => segment !== "" && segment !== ".")
					.map(encodeURIComponent)
					.join("/");
	return { uri: uri === "" ? "./" : uri, uriBaseId: SRCROOT };
}

/** A replacement of the requirement's text by the suggestion, where its place on the line is certain. */
function describeFix(
	finding: Finding,
	context: ResultContext,
): Sarif.Fix[] | undefined {
	const { file, line, package: name, suggestion } = finding;
	if (file === null || line === null || name === null || !suggestion)
		return undefined;
	if (context.kind === undefined) return undefined;
	const lines = context.options.fileLines(file);
	if (lines === undefined) return undefined;
	const span = findRequirementSpan(context.kind, lines, line, name, suggestion);
	if (span === null || span.current === span.replacement) return undefined;
	return [
		{
			description: {
				text: `Replace \`${span.current}\` with \`${suggestion}\`.`,
			},
			artifactChanges: [
				{
					artifactLocation: toArtifact(file, context.options.rootInRepository),
					replacements: [
						{
							deletedRegion: {
								startLine: line,
								startColumn: span.startColumn,
								endLine: line,
								endColumn: span.endColumn,
							},
							insertedContent: { text: span.replacement },
						},
					],
				},
			],
		},
	];
}

function fingerprint(identity: string): string {
	return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}
