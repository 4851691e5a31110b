// The command line: `pin-audit [path]`, `pin-audit drift [path]`, `pin-audit merge <report.json>...`.
// Every failure ends in runCli, which turns it into a message and exit status 2.
import { type AuditOptions, auditRepository } from "./audit.js";
import {
	AUDIT_FORMATS,
	AUDIT_OPTIONS,
	AUDIT_USAGE,
	type AuditFormat,
	type CliIo,
	USAGE,
} from "./cli/cli-options.js";
import {
	describeUsageError,
	type OptionTable,
	parseCommandLine,
	readChoice,
	UsageError,
} from "./cli/parse-command-line.js";
import { describeLocatedPolicy, prepareAudit } from "./cli/prepare-audit.js";
import { withOutput, writeMasked } from "./cli/write-output.js";
import type { BaseComparison } from "./compare/compare-with-base.js";
import { ConfigurationError, describeConfigurationError } from "./errors.js";
import { listIndexSecrets } from "./index/index-endpoint.js";
import type { Report } from "./model/report.js";
import { stripControls } from "./report/escape.js";
import { FAIL_ON, type FailOn, failsOn } from "./report/fail-on.js";
import { renderJsonChunks } from "./report/render-json.js";
import { renderText, type TextOptions } from "./report/render-text.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

const AUDIT_ONLY_OPTIONS = {
	...AUDIT_OPTIONS,
	// The inventory is opt-in; --no-inventory stays accepted (it was the way to turn it off).
	inventory: { type: "boolean", default: false },
	verbose: { type: "boolean", default: false },
	"fail-on": { type: "string", default: "error" },
	"base-ref": { type: "string" },
	color: { type: "boolean" },
	version: { type: "boolean" },
} as const satisfies OptionTable;

/** Runs the CLI and returns its exit status. Never throws. */
export async function runCli(
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	try {
		return await dispatch(argv, io);
	} catch (error) {
		if (error instanceof UsageError) io.stderr(describeUsageError(error));
		else if (error instanceof ConfigurationError) {
			io.stderr(
				`${TOOL_NAME}: ${stripControls(describeConfigurationError(error))}\n`,
			);
		} else {
			const detail =
				error instanceof Error ? (error.stack ?? error.message) : String(error);
			io.stderr(
				`${TOOL_NAME}: internal error (please report it): ${stripControls(detail)}\n`,
			);
		}
		return 2;
	}
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
	// The subcommands, the base-ref comparison and the SARIF and markdown renderers are loaded only when
	// used: most runs are a plain audit, and every module loaded is compiled and evaluated at start-up.
	if (argv[0] === "fix") {
		const { runFixCommand } = await import("./fix/run-fix.js");
		return runFixCommand(argv.slice(1), io);
	}
	if (argv[0] === "drift" || argv[0] === "merge") {
		const { runDriftCommand } = await import("./cli/run-drift.js");
		return runDriftCommand(argv[0], argv.slice(1), io);
	}
	return runAuditCommand(argv, io);
}

async function runAuditCommand(
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	const { values, positionals } = parseCommandLine(
		argv,
		AUDIT_ONLY_OPTIONS,
		AUDIT_USAGE,
	);
	if (values.help) {
		await io.stdout(USAGE);
		return 0;
	}
	if (values.version) {
		await io.stdout(`${TOOL_VERSION}\n`);
		return 0;
	}
	const format = readChoice(
		"format",
		String(values.format),
		AUDIT_FORMATS,
		AUDIT_USAGE,
	);
	const failOn = readChoice(
		"fail-on",
		String(values["fail-on"]),
		FAIL_ON,
		AUDIT_USAGE,
	);
	const prepared = await prepareAudit(positionals, values, io, AUDIT_USAGE);
	return withOutput(values.output as string | undefined, async (output) => {
		const audited = await auditRepository(prepared.options);
		const baseRef = values["base-ref"] as string | undefined;
		const compared =
			baseRef === undefined
				? null
				: await compareToBase(prepared.options, audited, baseRef);
		const report = compared?.report ?? audited;
		describeLocatedPolicy(report, prepared);
		const color =
			(values.color as boolean | undefined) ??
			(io.isTty && !io.env.NO_COLOR && !values.output);
		const failing = report.findings.filter((f) => failsOn(f, failOn)).length;
		const text = {
			color,
			inventory: values.inventory === true,
			verbose: values.verbose === true,
			width: output === null && io.isTty ? (io.columns ?? 100) : 100,
			exitReason: describeExit(failing, failOn),
		};
		// Index credentials never reach the output, whatever a message or URL may have echoed.
		const secrets = listIndexSecrets({
			indexUrl: values["index-url"] as string | undefined,
			env: io.env,
		});
		const chunks =
			compared && format !== "sarif"
				? [await renderComparison(compared, format, text)]
				: await renderAudit(report, format, prepared.options.root, text);
		await writeMasked(chunks, secrets, output, io.stdout);
		return failing > 0 ? 1 : 0;
	});
}

/** The audit beside the base ref's (`--base-ref`); its code is loaded only then. */
async function compareToBase(
	options: AuditOptions,
	audited: Report,
	baseRef: string,
): Promise<BaseComparison> {
	const { compareWithBase } = await import("./compare/compare-with-base.js");
	return compareWithBase(options, audited, baseRef, new Date());
}

async function renderComparison(
	compared: BaseComparison,
	format: Exclude<AuditFormat, "sarif">,
	text: TextOptions,
): Promise<string> {
	const { renderCompared } = await import("./compare/render-comparison.js");
	return renderCompared(compared, format, text);
}

/** The report in `format`, in pieces; SARIF reads the audited files for its fixes. */
async function renderAudit(
	report: Report,
	format: AuditFormat,
	root: string,
	text: TextOptions,
): Promise<Iterable<string>> {
	if (format === "json") return renderJsonChunks(report);
	if (format === "sarif") {
		const sarif = await import("./sarif-output.js");
		return [
			await sarif.renderSarifOfDirectory(
				report,
				root,
				await sarif.rootInRepository(root, process.cwd()),
			),
		];
	}
	if (format === "markdown") {
		const { renderMarkdown } = await import("./report/render-markdown.js");
		return [renderMarkdown(report)];
	}
	return [renderText(report, text)];
}

/** The last line of the text report: why the command exits as it does. */
function describeExit(failing: number, failOn: FailOn): string {
	if (failOn === "never") return "exit status 0: --fail-on never";
	const what = failOn === "error" ? "error" : "error or warning";
	return failing > 0
		? `exit status 1: ${failing} ${what} finding${failing === 1 ? "" : "s"}`
		: `exit status 0: no ${what} findings`;
}

export type { AuditOptions, CliIo };
export { USAGE };
