import { type FileHandle, open, readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type AuditOptions, auditRepository } from "./audit.js";
import { compareWithBase } from "./compare/compare-with-base.js";
import { renderCompared } from "./compare/render-comparison.js";
import { type DriftReport, isDrifting } from "./drift/drift-report.js";
import { driftRepository } from "./drift/drift-repository.js";
import { advanceState, readState, snapshotDrift } from "./drift/drift-state.js";
import { mergeReports, type ReportInput } from "./drift/merge-reports.js";
import { ConfigurationError, describeConfigurationError } from "./errors.js";
import { runFixCommand } from "./fix/run-fix.js";
import {
	INDEX_TOKEN_ENV,
	listIndexSecrets,
	maskSecrets,
} from "./index/index-endpoint.js";
import type { Report } from "./model/report.js";
import { stripControls } from "./report/escape.js";
import { FAIL_ON, type FailOn, failsOn } from "./report/fail-on.js";
import { readFixesFromTree } from "./report/read-fixes-from-tree.js";
import {
	renderDriftIssue,
	renderDriftJson,
	renderDriftMarkdown,
	renderDriftText,
} from "./report/render-drift.js";
import { renderJson, renderJsonChunks } from "./report/render-json.js";
import {
	type MarkdownOptions,
	renderMarkdown,
} from "./report/render-markdown.js";
import { renderText } from "./report/render-text.js";
import { renderSarifOfDirectory, rootInRepository } from "./sarif-output.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface CliIo {
	/** Writes to standard output; a returned promise resolves when the stream can take more (back-pressure). */
	stdout: (text: string) => void | Promise<void>;
	stderr: (text: string) => void;
	env: Readonly<Record<string, string | undefined>>;
	isTty: boolean;
}

export const USAGE = `Usage: pin-audit [path] [options]
       pin-audit drift [path] [options]
       pin-audit merge <report.json>... [options]
       pin-audit fix [path] [options]      (see pin-audit fix --help)

Audits the Python dependency files below path (default: the current directory):
pyproject.toml, requirements files, uv.lock, pylock.toml and poetry.lock.

Options:
  --format <text|json|markdown|sarif>
                                 output format (default: text); sarif is SARIF 2.1.0 for code scanning
  --fail-on <error|warning|never>
                                 exit 1 on findings of this severity or worse (default: error)
  --policy <file>                policy file (default: pin-audit.toml or [tool.pin-audit] in pyproject.toml
                                 at the audited root; without either, the built-in default policy)
  --output <file>                write the report to a file instead of stdout
  --include <glob>               only audit files matching the glob (repeatable)
  --exclude <glob>               skip files and directories matching the glob (repeatable)
  --offline                      never contact a package index: yanked and too-new are not checked, and
                                 dependency requirements come from locks and pin-audit's shipped knowledge
  --index-url <url>              package index to check pins against (PyPI JSON API root, or a PEP 691
                                 Simple API ending in /simple); default: the policy's index-url, else
                                 the project's own index, else https://pypi.org. Credentials may be in the
                                 URL or in PIN_AUDIT_INDEX_TOKEN; they are never printed
  --cache-dir <dir>              keep index answers here and revalidate them (ETag / Last-Modified)
  --base-ref <ref>               compare with this git ref (as the action compares a pull request with its
                                 base): findings marked new or existing, dependency changes, rule soak
  --no-inventory                 text format: show findings only, not every requirement
  --color / --no-color           force colours on or off (default: on for a terminal, off with NO_COLOR)
  --version                      print the version
  -h, --help                     print this help

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 the audit could not run (usage or
configuration error).

pin-audit drift [path]: how far every exact pin and locked version is behind its index (releases behind by
major/minor/patch, libyears, yanked) and the newest release the policy allows (cooldowns shown as "not yet").
  Takes --format, --output, --policy, --include, --exclude, --offline, --index-url, --cache-dir, and:
  --name <name>                  repository name in the report (default: the path)
  --previous <file>              markdown: write the drift issue body (hidden marker and state), with what
                                 changed since the state in <file> (a previous body; a missing file is none)
  --fail-on-drift                exit 1 when anything is behind or yanked

pin-audit merge <report.json>...: one fleet report from many repositories' JSON reports (drift reports from
\`pin-audit drift --format json\`, or audit reports from \`--format json\`, which give the versions in use only).
  Takes --format, --output, --previous and --fail-on-drift. A file that is not a valid report exits with 2.
`;

const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];
/** `pin-audit [path]` also writes SARIF (drift and merge do not: they have no findings). */
const AUDIT_FORMATS = [...FORMATS, "sarif"] as const;
type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** Runs the CLI and returns its exit status. Never throws. */
export async function runCli(
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	try {
		return await runCliUnsafe(argv, io);
	} catch (error) {
		if (error instanceof ConfigurationError) {
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

async function runCliUnsafe(
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	if (argv[0] === "fix") return runFixCommand(argv.slice(1), io);
	if (argv[0] === "drift" || argv[0] === "merge")
		return runDriftCommand(argv[0], argv.slice(1), io);
	let parsed: ReturnType<typeof parseCliArgs>;
	try {
		parsed = parseCliArgs(argv);
	} catch (error) {
		throw new ConfigurationError(
			`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
		);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout(USAGE);
		return 0;
	}
	if (values.version) {
		io.stdout(`${TOOL_VERSION}\n`);
		return 0;
	}
	if (positionals.length > 1)
		throw new ConfigurationError(
			`expected one path, got ${positionals.length}\n\n${USAGE}`,
		);
	const format = values.format as AuditFormat;
	if (!AUDIT_FORMATS.includes(format)) {
		throw new ConfigurationError(
			`--format must be one of ${AUDIT_FORMATS.join(", ")}; got "${values.format}"`,
		);
	}
	if (!FAIL_ON.includes(values["fail-on"] as FailOn))
		throw new ConfigurationError(
			`--fail-on must be one of ${FAIL_ON.join(", ")}; got "${values["fail-on"]}"`,
		);
	const root = await checkAuditedRoot(positionals[0] ?? ".");

	const output = await openOutput(values.output);
	try {
		return await auditAndWrite(root, values, output, io);
	} finally {
		await output?.handle.close();
	}
}

/** The directory to audit, as given, when it is one; a configuration error otherwise. */
async function checkAuditedRoot(root: string): Promise<string> {
	const info = await stat(root).catch(() => null);
	if (!info) throw new ConfigurationError(`${root}: no such directory`);
	if (!info.isDirectory())
		throw new ConfigurationError(
			`${root}: not a directory (give the directory to audit)`,
		);
	return root;
}

/** What to audit and how to reach the index, from the flags `pin-audit [path]` and `pin-audit drift` share. */
function cliAuditOptions(
	root: string,
	values: {
		include?: string[] | undefined;
		exclude?: string[] | undefined;
		policy?: string | undefined;
		offline: boolean;
		"index-url"?: string | undefined;
		"cache-dir"?: string | undefined;
	},
	io: CliIo,
): AuditOptions {
	return {
		root,
		include: values.include ?? [],
		exclude: values.exclude ?? [],
		env: io.env,
		indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
		// Paths on the command line are relative to where the command runs, like every other path.
		...(values.policy !== undefined
			? { policyPath: resolve(values.policy) }
			: {}),
		offline: values.offline,
		...(values["index-url"] !== undefined
			? { indexUrl: values["index-url"] }
			: {}),
		...(values["cache-dir"] !== undefined
			? { cacheDir: resolve(values["cache-dir"]) }
			: {}),
	};
}

async function auditAndWrite(
	root: string,
	values: ReturnType<typeof parseCliArgs>["values"],
	output: Output | null,
	io: CliIo,
): Promise<number> {
	const format = values.format as AuditFormat;
	const options = cliAuditOptions(root, values, io);
	const audited = await auditRepository(options);
	const baseRef = values["base-ref"];
	const compared =
		baseRef === undefined
			? null
			: await compareWithBase(options, audited, baseRef, new Date());
	const report = compared?.report ?? audited;
	const color =
		values.color ?? (io.isTty && !io.env.NO_COLOR && !values.output);
	// Index credentials never reach the output, whatever a message or URL may have echoed.
	const secrets = listIndexSecrets({
		indexUrl: values["index-url"],
		env: io.env,
	});
	const chunks =
		compared && format !== "sarif"
			? [
					renderCompared(compared, format, {
						color,
						inventory: values.inventory,
					}),
				]
			: await renderAudit(report, format, root, {
					color,
					inventory: values.inventory,
				});
	await writeMasked(chunks, secrets, output, io);
	const failOn = values["fail-on"] as FailOn;
	return report.findings.some((f) => failsOn(f, failOn)) ? 1 : 0;
}

/** The report in `format`, in pieces; SARIF reads the audited files for its fixes. */
async function renderAudit(
	report: Report,
	format: AuditFormat,
	root: string,
	text: { color: boolean; inventory: boolean },
): Promise<Iterable<string>> {
	if (format === "json") return renderJsonChunks(report);
	if (format === "sarif")
		return [
			await renderSarifOfDirectory(
				report,
				root,
				await rootInRepository(root, process.cwd()),
			),
		];
	const markdown =
		format === "markdown"
			? { fixes: await readFixesFromTree(report, root) }
			: {};
	return [renderReport(report, format, text, markdown)];
}

/** The --output file, opened before any work so that a typo in its path fails fast. */
interface Output {
	file: string;
	handle: FileHandle;
}

async function openOutput(file: string | undefined): Promise<Output | null> {
	if (file === undefined || file === "") return null;
	let handle: FileHandle;
	try {
		handle = await open(file, "w");
	} catch (error) {
		throw cannotWrite(file, error);
	}
	return { file, handle };
}

async function writeOutput(output: Output, text: string): Promise<void> {
	try {
		await output.handle.write(text);
	} catch (error) {
		throw cannotWrite(output.file, error);
	}
}

function cannotWrite(file: string, error: unknown): ConfigurationError {
	const code = (error as { code?: unknown } | null)?.code;
	const reason =
		code === "ENOENT"
			? "no such directory"
			: code === "EISDIR"
				? "is a directory"
				: code === "ENOTDIR"
					? "a parent is not a directory"
					: code === "EACCES" || code === "EPERM"
						? "permission denied"
						: code === "ENOSPC"
							? "no space left on the device"
							: error instanceof Error
								? error.message
								: String(error);
	return new ConfigurationError(`cannot write ${file}: ${reason}`);
}

/** Output is written in pieces of about this many characters. */
const WRITE_CHUNK = 1 << 20;

/**
 * Writes the pieces to the output file or stdout, masking secrets. Masking is exact: text is only cut after a
 * newline and no secret spans one (a secret with a newline in it makes the output one piece).
 */
async function writeMasked(
	chunks: Iterable<string>,
	secrets: readonly string[],
	output: Output | null,
	io: CliIo,
): Promise<void> {
	const whole = secrets.some((secret) => secret.includes("\n"));
	const emit = async (text: string) => {
		const masked = maskSecrets(text, secrets);
		if (output) await writeOutput(output, masked);
		else await io.stdout(masked);
	};
	let pending = "";
	for (const chunk of chunks) {
		pending += chunk;
		if (whole || pending.length < WRITE_CHUNK) continue;
		const cut = pending.lastIndexOf("\n") + 1;
		if (cut === 0) continue;
		await emit(pending.slice(0, cut));
		pending = pending.slice(cut);
	}
	if (pending.length > 0) await emit(pending);
}

/** The options `pin-audit [path]` and `pin-audit drift [path]` share: what to audit and how to print it. */
const AUDIT_OPTIONS = {
	format: { type: "string", default: "text" },
	output: { type: "string" },
	policy: { type: "string" },
	offline: { type: "boolean", default: false },
	"index-url": { type: "string" },
	"cache-dir": { type: "string" },
	include: { type: "string", multiple: true },
	exclude: { type: "string", multiple: true },
} as const;

function parseCliArgs(argv: readonly string[]) {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		allowNegative: true,
		strict: true,
		options: {
			...AUDIT_OPTIONS,
			inventory: { type: "boolean", default: true },
			"fail-on": { type: "string", default: "error" },
			"base-ref": { type: "string" },
			color: { type: "boolean" },
			version: { type: "boolean" },
			help: { type: "boolean", short: "h" },
		},
	});
}

export function renderReport(
	report: Report,
	format: Format,
	text: { color: boolean; inventory: boolean },
	markdown: MarkdownOptions = {},
): string {
	switch (format) {
		case "json":
			return renderJson(report);
		case "markdown":
			return renderMarkdown(report, markdown);
		case "text":
			return renderText(report, text);
	}
}

async function runDriftCommand(
	command: "drift" | "merge",
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	let parsed: ReturnType<typeof parseDriftArgs>;
	try {
		parsed = parseDriftArgs(argv);
	} catch (error) {
		throw new ConfigurationError(
			`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
		);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stdout(USAGE);
		return 0;
	}
	const format = values.format as Format;
	if (!FORMATS.includes(format))
		throw new ConfigurationError(
			`--format must be one of ${FORMATS.join(", ")}; got "${values.format}"`,
		);
	const output = await openOutput(values.output);
	try {
		return await driftAndWrite(
			command,
			values,
			positionals,
			format,
			output,
			io,
		);
	} finally {
		await output?.handle.close();
	}
}

async function driftAndWrite(
	command: "drift" | "merge",
	values: ReturnType<typeof parseDriftArgs>["values"],
	positionals: readonly string[],
	format: Format,
	output: Output | null,
	io: CliIo,
): Promise<number> {
	const now = new Date();
	let report: DriftReport;
	if (command === "drift") {
		if (positionals.length > 1)
			throw new ConfigurationError(
				`expected one path, got ${positionals.length}\n\n${USAGE}`,
			);
		const root = await checkAuditedRoot(positionals[0] ?? ".");
		report = (
			await driftRepository({
				...cliAuditOptions(root, values, io),
				name: values.name ?? root,
				now,
			})
		).drift;
	} else {
		for (const flag of [
			"policy",
			"index-url",
			"cache-dir",
			"name",
			"include",
			"exclude",
		] as const)
			if (values[flag] !== undefined)
				throw new ConfigurationError(`merge does not take --${flag}`);
		if (positionals.length === 0)
			throw new ConfigurationError(
				`merge needs at least one JSON report\n\n${USAGE}`,
			);
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
		report = mergeReports(inputs, now);
	}

	let text: string;
	if (format === "json") text = renderDriftJson(report);
	else if (format === "text") text = renderDriftText(report, { now });
	else if (values.previous !== undefined) {
		const previous = await readFile(values.previous, "utf8").catch(() => null);
		const state = advanceState(readState(previous), snapshotDrift(report), now);
		text = renderDriftIssue(report, state);
	} else text = renderDriftMarkdown(report);
	text = maskSecrets(
		text,
		listIndexSecrets({ indexUrl: values["index-url"], env: io.env }),
	);
	if (output) await writeOutput(output, text);
	else await io.stdout(text);
	const drifting = report.repositories.some((r) => r.entries.some(isDrifting));
	return values["fail-on-drift"] && drifting ? 1 : 0;
}

function parseDriftArgs(argv: readonly string[]) {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		allowNegative: true,
		strict: true,
		options: {
			...AUDIT_OPTIONS,
			name: { type: "string" },
			previous: { type: "string" },
			"fail-on-drift": { type: "boolean", default: false },
			help: { type: "boolean", short: "h" },
		},
	});
}
