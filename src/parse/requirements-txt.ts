// pip requirements files, read as pip 23.2 does (pip/_internal/req/req_file.py for lines and options,
// pip/_internal/req/constructors.py for what a requirement line means), without touching the file system:
// includes are recorded, not read, and local paths are taken as written. The parts live in requirements/:
// physical-lines.ts (continuations, comments, env vars), parse-options.ts + option-table.ts (a line's
// options), link-names.ts + requirement-line.ts (what a requirement line means).

import type { Diagnostic, ParseResult } from "../model/types.js";
import { MAX_ENTRIES_PER_FILE, tooManyEntries } from "./entry-limit.js";
import {
	FILE_LEVEL_OPTIONS,
	REQUIREMENT_OPTIONS,
} from "./requirements/option-table.js";
import {
	countHashOptions,
	type OptionValue,
	type ParsedOptions,
	parseOptions,
	splitShell,
} from "./requirements/parse-options.js";
import { readLogicalLines } from "./requirements/physical-lines.js";
import {
	addEditable,
	addError,
	addRequirementLine,
	type LineContext,
	type RequirementsFile,
} from "./requirements/requirement-line.js";

export { splitPythonLines } from "./requirements/physical-lines.js";
export type { RequirementsFile } from "./requirements/requirement-line.js";

export interface RequirementsTxtOptions {
	/** Environment for `${VAR}` expansion; variables missing here stay as written, as in pip. */
	env?: Readonly<Record<string, string | undefined>>;
	group?: "requirements" | "constraints-file";
}

/**
 * Parses a requirements file: its text, or the text in pieces that each end at a line break (decode-pieces.ts).
 * Never throws; what it cannot read becomes a diagnostic.
 */
export function parseRequirementsTxt(
	text: string | readonly string[],
	path: string,
	options?: RequirementsTxtOptions,
): ParseResult<RequirementsFile> {
	const value: RequirementsFile = {
		requirements: [],
		includes: [],
		options: [],
	};
	const diagnostics: Diagnostic[] = [];
	const context: LineContext = {
		path,
		group: options?.group ?? "requirements",
		env: options?.env ?? {},
		value,
		diagnostics,
	};
	let lineNumber: number | null = null;
	let lines = 0;
	try {
		const logical = readLogicalLines(text, context.env, diagnostics);
		for (;;) {
			// What reading a line said (an unset ${VAR}) is dropped with the line when the line is refused.
			const said = diagnostics.length;
			const next = logical.next();
			if (next.done) break;
			const line = next.value;
			lineNumber = line.number;
			// Lines with content count: requirements, options, includes.
			if (++lines > MAX_ENTRIES_PER_FILE) {
				diagnostics.length = said;
				diagnostics.push(tooManyEntries(line.number, "pip"));
				break;
			}
			handleLine(line.number, line.text, context);
		}
	} catch (error) {
		diagnostics.push({
			severity: "error",
			line: lineNumber,
			message: `internal error while reading this requirements file: ${String(error)}`,
		});
	}
	return { value, diagnostics };
}

// One logical line: arguments, then options (shlex + optparse, as pip's parse_line).

// pip's break_args_options: split on single spaces; options start at the first `-` token.
// The first token starting with `-` is at the line start or right after a space (empty tokens never are).
function breakArgsOptions(line: string): { args: string; options: string } {
	if (line.startsWith("-")) return { args: "", options: line };
	const index = line.indexOf(" -");
	if (index === -1) {
		return { args: line, options: "" };
	}
	return { args: line.slice(0, index), options: line.slice(index + 1) };
}

function handleLine(number: number, line: string, context: LineContext): void {
	const { args, options } = breakArgsOptions(line);
	if (args !== "") {
		// pip-compile's `name==1.0 --hash=sha256:... --hash=...`: nothing to warn about, only hashes to count.
		const hashes = countHashOptions(options);
		if (hashes !== null) {
			addRequirementLine(args, number, hashes, context);
			return;
		}
	}
	const words = splitShell(options);
	if (typeof words === "string") {
		addError(
			context,
			number,
			`could not split the options '${options}': ${words}`,
		);
		return;
	}
	const parsed = parseOptions(words);
	if (typeof parsed === "string") {
		addError(context, number, `${parsed} (pip stops on this line)`);
		return;
	}
	for (const word of parsed.positional) {
		context.diagnostics.push({
			severity: "warning",
			line: number,
			message: `pip ignores '${word}' after the options on this line`,
		});
	}

	if (args !== "") {
		warnIgnored(
			parsed,
			FILE_LEVEL_OPTIONS,
			number,
			context,
			"on a requirement line",
		);
		addRequirementLine(
			args,
			number,
			parsed.values.filter((entry) => entry.option.dest === "hashes").length,
			context,
		);
		return;
	}
	const editable = parsed.values.find(
		(entry) => entry.option.dest === "editables",
	);
	if (editable !== undefined) {
		// pip: one -e per line, per-requirement options do not apply to editables.
		warnIgnored(
			parsed,
			[...FILE_LEVEL_OPTIONS, ...REQUIREMENT_OPTIONS],
			number,
			context,
			"with -e",
			editable,
		);
		addEditable(editable.value ?? "", number, context);
		return;
	}
	handleOptionLine(parsed, number, context);
}

function warnIgnored(
	parsed: ParsedOptions,
	dests: readonly string[],
	number: number,
	context: LineContext,
	where: string,
	except?: OptionValue,
): void {
	for (const entry of parsed.values) {
		if (entry !== except && dests.includes(entry.option.dest)) {
			context.diagnostics.push({
				severity: "warning",
				line: number,
				message: `pip ignores ${entry.spelling} ${where}`,
			});
		}
	}
}

function handleOptionLine(
	parsed: ParsedOptions,
	number: number,
	context: LineContext,
): void {
	const { value, diagnostics } = context;
	// pip reads only the first -r of a line, or else the first -c.
	const requirementFiles = parsed.values.filter(
		(entry) => entry.option.dest === "requirements",
	);
	const constraintFiles = parsed.values.filter(
		(entry) => entry.option.dest === "constraints",
	);
	const include = requirementFiles[0] ?? constraintFiles[0];
	for (const entry of parsed.values) {
		const dest = entry.option.dest;
		if (dest === "requirements" || dest === "constraints") {
			if (entry === include) {
				value.includes.push({
					kind: dest === "requirements" ? "requirement" : "constraint",
					target: entry.value ?? "",
					line: number,
				});
			} else {
				diagnostics.push({
					severity: "warning",
					line: number,
					message: `pip reads only one -r or -c per line and ignores ${entry.spelling} ${entry.value ?? ""}`,
				});
			}
		} else if (dest === "hashes") {
			diagnostics.push({
				severity: "warning",
				line: number,
				message: "--hash without a requirement on the line is ignored by pip",
			});
		} else if (REQUIREMENT_OPTIONS.includes(dest)) {
			diagnostics.push({
				severity: "warning",
				line: number,
				message: `${entry.spelling} without a requirement on the line is ignored by pip`,
			});
		} else {
			value.options.push({
				name: entry.option.name,
				value: entry.value,
				line: number,
				file: context.path,
			});
		}
	}
}
