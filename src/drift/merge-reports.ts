// `pin-audit merge`: many repositories' JSON reports into one fleet drift report. A drift report (`pin-audit
// drift --format json`, the action's `drift` output) brings everything; an audit report (`--format json`, the
// action's `report` output) brings the versions in use only (no index was asked), enough for the fleet spread.
// Every input is validated; a bad one is a ConfigurationError naming its file.
import * as z from "zod/mini";
import { ConfigurationError } from "../errors.js";
import "../policy/zod-config.js";
import {
	buildDriftReport,
	computeRepositoryDrift,
	type DriftProject,
} from "./compute-drift.js";
import {
	type DriftReport,
	type DriftRepository,
	driftReportSchema,
} from "./drift-report.js";

/** The part of schema/report.schema.json merge reads (other fields are allowed and ignored). */
const auditReportSchema = z.object({
	schemaVersion: z.literal(1),
	root: z.string(),
	policy: z.object({ description: z.string() }),
	projects: z.array(
		z.object({
			path: z.string(),
			files: z.array(
				z.object({
					path: z.string(),
					kind: z.enum([
						"pyproject",
						"requirements",
						"uv-lock",
						"pylock",
						"poetry-lock",
					]),
				}),
			),
			requirements: z.array(
				z.object({
					name: z.string(),
					specifier: z.string(),
					url: z.nullable(z.string()),
					group: z.string(),
					file: z.string(),
					line: z.number().check(z.int()),
				}),
			),
			locked: z.array(
				z.object({
					name: z.string(),
					version: z.nullable(z.string()),
					source: z.enum([
						"registry",
						"git",
						"url",
						"path",
						"directory",
						"editable",
						"virtual",
						"unknown",
					]),
					file: z.string(),
					line: z.number().check(z.int()),
				}),
			),
		}),
	),
	findings: z.array(z.unknown()),
});

export interface ReportInput {
	/** The file name, for messages and as the repository name of an audit report whose root says nothing. */
	file: string;
	text: string;
}

/** The repositories one JSON file holds. Throws ConfigurationError naming `file`. */
export function readReportInput(input: ReportInput): DriftRepository[] {
	let value: unknown;
	try {
		value = JSON.parse(input.text);
	} catch (error) {
		throw new ConfigurationError(
			`not JSON: ${error instanceof Error ? error.message : String(error)}`,
			input.file,
		);
	}
	const kind =
		typeof value === "object" && value !== null && !Array.isArray(value)
			? (value as { kind?: unknown }).kind
			: undefined;
	if (kind === "drift") {
		const parsed = driftReportSchema.safeParse(value);
		if (!parsed.success)
			throw new ConfigurationError(
				`not a valid drift report (schema/drift.schema.json): ${describeIssues(parsed.error)}`,
				input.file,
			);
		return parsed.data.repositories as DriftRepository[];
	}
	const parsed = auditReportSchema.safeParse(value);
	if (!parsed.success)
		throw new ConfigurationError(
			`neither a drift report nor an audit report (schema/drift.schema.json, schema/report.schema.json): ${describeIssues(parsed.error)}`,
			input.file,
		);
	const report = parsed.data;
	return [
		computeRepositoryDrift({
			name:
				report.root === "." || report.root === "" ? input.file : report.root,
			policy: report.policy.description,
			projects: report.projects as DriftProject[],
			rules: null,
			releases: () => undefined,
			now: new Date(0),
		}),
	].map((r) => ({
		...r,
		entries: r.entries.map((e) => ({
			...e,
			unchecked: "audit-report" as const,
			note: "from an audit report: releases not checked",
		})),
	}));
}

/** One fleet report; the same repository name twice is an error (two reports of one repository). */
export function mergeReports(
	inputs: readonly ReportInput[],
	generatedAt: Date,
): DriftReport {
	const seen = new Map<string, string>();
	const repositories: DriftRepository[] = [];
	for (const input of inputs) {
		for (const repository of readReportInput(input)) {
			const other = seen.get(repository.name);
			if (other !== undefined)
				throw new ConfigurationError(
					`repository "${repository.name}" is also in ${other}; merge one report per repository`,
					input.file,
				);
			seen.set(repository.name, input.file);
			repositories.push(repository);
		}
	}
	return buildDriftReport(repositories, generatedAt);
}

function describeIssues(error: z.core.$ZodError): string {
	return error.issues
		.slice(0, 3)
		.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
		.join("; ");
}
