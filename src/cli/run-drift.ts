// `pin-audit drift [path]` and `pin-audit merge <report.json>...`: the drift report of one repository, or
// one fleet report from many repositories' JSON reports.
import { readFile } from "../async-fs.js";
import type { DriftEntry, DriftReport } from "../drift/drift-report.js";
import { isDrifting } from "../drift/drift-report.js";
import { driftRepository } from "../drift/drift-repository.js";
import {
	advanceState,
	issueState,
	readState,
	snapshotDrift,
} from "../drift/drift-state.js";
import { mergeReports, type ReportInput } from "../drift/merge-reports.js";
import { ConfigurationError } from "../errors.js";
import { listIndexSecrets } from "../index/index-endpoint.js";
import {
	renderDriftIssue,
	renderDriftJsonChunks,
	renderDriftMarkdown,
	renderDriftText,
} from "../report/render-drift.js";
import {
	AUDIT_OPTIONS,
	type CliIo,
	DRIFT_USAGE,
	FORMATS,
	type Format,
	MERGE_USAGE,
	USAGE,
} from "./cli-options.js";
import {
	type OptionTable,
	parseCommandLine,
	readChoice,
	UsageError,
} from "./parse-command-line.js";
import { prepareAudit } from "./prepare-audit.js";
import { type Output, withOutput, writeMasked } from "./write-output.js";

const DRIFT_OPTIONS = {
	...AUDIT_OPTIONS,
	name: { type: "string" },
	previous: { type: "string" },
	"fail-on-drift": { type: "boolean", default: false },
} as const satisfies OptionTable;

const MERGE_OPTIONS = {
	format: AUDIT_OPTIONS.format,
	output: AUDIT_OPTIONS.output,
	help: AUDIT_OPTIONS.help,
	previous: DRIFT_OPTIONS.previous,
	"fail-on-drift": DRIFT_OPTIONS["fail-on-drift"],
} as const satisfies OptionTable;

type Values = Record<string, string | boolean | string[] | undefined>;

export async function runDriftCommand(
	command: "drift" | "merge",
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	const usage = command === "drift" ? DRIFT_USAGE : MERGE_USAGE;
	const { values, positionals } = parseCommandLine(
		argv,
		command === "drift" ? DRIFT_OPTIONS : MERGE_OPTIONS,
		usage,
	);
	if (values.help) {
		await io.stdout(USAGE);
		return 0;
	}
	const format = readChoice("format", String(values.format), FORMATS, usage);
	const now = new Date();
	const report =
		command === "drift"
			? await driftOf(positionals, values, io, now)
			: await mergeOf(positionals, now);
	return withOutput(values.output as string | undefined, async (output) => {
		await writeDrift(report, format, values, output, io, now);
		return values["fail-on-drift"] && failsOnDrift(report) ? 1 : 0;
	});
}

async function driftOf(
	positionals: readonly string[],
	values: Values,
	io: CliIo,
	now: Date,
): Promise<DriftReport> {
	const prepared = await prepareAudit(positionals, values, io, DRIFT_USAGE);
	const name = (values.name as string | undefined) ?? positionals[0] ?? ".";
	return (await driftRepository({ ...prepared.options, name, now })).drift;
}

async function mergeOf(
	positionals: readonly string[],
	now: Date,
): Promise<DriftReport> {
	if (positionals.length === 0)
		throw new UsageError("merge needs at least one JSON report", MERGE_USAGE);
	const inputs: ReportInput[] = [];
	for (const file of positionals) {
		let text: string;
		try {
			text = await readFile(file, "utf8");
		} catch (error) {
			throw new ConfigurationError(
				`cannot read: ${error instanceof Error ? error.message : String(error)}`,
				file,
			);
		}
		inputs.push({ file, text });
	}
	return mergeReports(inputs, now);
}

async function writeDrift(
	report: DriftReport,
	format: Format,
	values: Values,
	output: Output | null,
	io: CliIo,
	now: Date,
): Promise<void> {
	const secrets = listIndexSecrets({
		indexUrl: values["index-url"] as string | undefined,
		env: io.env,
	});
	await writeMasked(
		await renderDriftPieces(report, format, values, now),
		secrets,
		output,
		io.stdout,
	);
}

/** The drift report in `format`: JSON in pieces (a fleet's is never one string, as the audit's is not). */
async function renderDriftPieces(
	report: DriftReport,
	format: Format,
	values: Values,
	now: Date,
): Promise<Iterable<string>> {
	if (format === "json") return renderDriftJsonChunks(report);
	if (format === "text") return [renderDriftText(report, { now })];
	if (values.previous === undefined) return [renderDriftMarkdown(report)];
	const previous = await readFile(String(values.previous), "utf8").catch(
		() => null,
	);
	const state = advanceState(readState(previous), snapshotDrift(report), now);
	return [renderDriftIssue(report, issueState(state))];
}

/** Behind, yanked, or not checked (offline, or the index did not answer): a gate must not pass on silence. */
export function failsOnDrift(report: DriftReport): boolean {
	return report.repositories.some((r) =>
		r.entries.some((e) => isDrifting(e) || isUnchecked(e)),
	);
}

/** An entry whose releases nobody looked at; "not on the index" is an answer, not a gap. */
export function isUnchecked(entry: DriftEntry): boolean {
	return (
		entry.status === "unknown" &&
		!(entry.note ?? "").startsWith("not on the index")
	);
}
