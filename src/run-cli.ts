import { stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { auditRepository, type Report } from "./audit.js";
import { ConfigurationError } from "./errors.js";
import { listIndexSecrets, maskSecrets } from "./index/index-endpoint.js";
import { stripControls } from "./report/escape.js";
import { renderJson } from "./report/render-json.js";
import { renderMarkdown } from "./report/render-markdown.js";
import { renderText } from "./report/render-text.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface CliIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	env: Readonly<Record<string, string | undefined>>;
	isTty: boolean;
}

export const USAGE = `Usage: pin-audit [path] [options]

Audits the Python dependency files below path (default: the current directory):
pyproject.toml, requirements files, uv.lock, pylock.toml and poetry.lock.

Options:
  --format <text|json|markdown>  output format (default: text)
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
  --no-inventory                 text format: show findings only, not every requirement
  --color / --no-color           force colours on or off (default: on for a terminal, off with NO_COLOR)
  --version                      print the version
  -h, --help                     print this help

Exit status: 0 no error findings, 1 error findings, 2 the audit could not run (usage or configuration error).
`;

const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];

/** Runs the CLI and returns its exit status. Never throws. */
export async function runCli(
	argv: readonly string[],
	io: CliIo,
): Promise<number> {
	try {
		return await runCliUnsafe(argv, io);
	} catch (error) {
		if (error instanceof ConfigurationError) {
			const where = error.file
				? `${error.file}${error.line ? `:${error.line}` : ""}: `
				: "";
			io.stderr(`${TOOL_NAME}: ${stripControls(where + error.message)}\n`);
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
	const format = values.format as Format;
	if (!FORMATS.includes(format)) {
		throw new ConfigurationError(
			`--format must be one of ${FORMATS.join(", ")}; got "${values.format}"`,
		);
	}
	const root = positionals[0] ?? ".";
	const info = await stat(root).catch(() => null);
	if (!info) throw new ConfigurationError(`${root}: no such directory`);
	if (!info.isDirectory())
		throw new ConfigurationError(
			`${root}: not a directory (give the directory to audit)`,
		);

	const report = await auditRepository({
		root,
		include: values.include ?? [],
		exclude: values.exclude ?? [],
		env: io.env,
		// A policy path on the command line is relative to where the command runs, like every other path.
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
	});
	const color =
		values.color ?? (io.isTty && !io.env.NO_COLOR && !values.output);
	// Index credentials never reach the output, whatever a message or URL may have echoed.
	const text = maskSecrets(
		renderReport(report, format, { color, inventory: values.inventory }),
		listIndexSecrets({ indexUrl: values["index-url"], env: io.env }),
	);
	if (values.output) await writeFile(values.output, text);
	else io.stdout(text);
	return report.summary.errors > 0 ? 1 : 0;
}

function parseCliArgs(argv: readonly string[]) {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		allowNegative: true,
		strict: true,
		options: {
			format: { type: "string", default: "text" },
			output: { type: "string" },
			policy: { type: "string" },
			offline: { type: "boolean", default: false },
			"index-url": { type: "string" },
			"cache-dir": { type: "string" },
			include: { type: "string", multiple: true },
			exclude: { type: "string", multiple: true },
			inventory: { type: "boolean", default: true },
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
): string {
	switch (format) {
		case "json":
			return renderJson(report);
		case "markdown":
			return renderMarkdown(report);
		case "text":
			return renderText(report, text);
	}
}
