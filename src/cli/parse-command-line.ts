// Reads a command line against a table of options, the way uv and cargo answer mistakes: one line saying
// what is wrong (with a "did you mean" when a known option or command is close), the command's usage line,
// and a pointer to --help. Node's own strict parser explains unknown options with advice about quoting
// positionals, which is beside the point for a typo.
import { parseArgs } from "node:util";
import { ConfigurationError } from "../errors.js";
import { findClosestName } from "../policy/closest-name.js";
import { TOOL_NAME } from "../version.js";

export interface OptionSpec {
	type: "string" | "boolean";
	short?: string;
	multiple?: boolean;
	default?: string | boolean;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** A mistake on the command line: shown as one line, the usage line, and a pointer to --help; exit 2. */
export class UsageError extends ConfigurationError {
	override name = "UsageError";
	constructor(
		message: string,
		readonly usage: string,
	) {
		super(message);
	}
}

/** The three lines a usage error prints. */
export function describeUsageError(error: UsageError): string {
	return `${TOOL_NAME}: ${error.message}\n${error.usage}\nFor more information, try '${TOOL_NAME} --help'.\n`;
}

export interface ParsedCommandLine {
	values: Record<string, string | boolean | string[] | undefined>;
	positionals: string[];
}

/** Parses argv against `options`; every mistake is a UsageError carrying `usage`. */
export function parseCommandLine(
	argv: readonly string[],
	options: OptionTable,
	usage: string,
): ParsedCommandLine {
	const parsed = parseArgs({
		args: [...argv],
		options: options as Parameters<typeof parseArgs>[0] extends infer P
			? P extends { options?: infer O }
				? O
				: never
			: never,
		allowPositionals: true,
		allowNegative: true,
		strict: false,
		tokens: true,
	});
	for (const token of parsed.tokens ?? []) {
		if (token.kind !== "option") continue;
		const spec = options[token.name];
		const shown = token.rawName;
		if (
			spec === undefined ||
			(token.rawName.startsWith("--no-") && spec.type === "string")
		)
			throw new UsageError(describeUnknownOption(shown, options), usage);
		if (spec.type === "string") {
			// `--output --offline` would otherwise write the report to a file named "--offline".
			if (
				token.value === undefined ||
				(!token.inlineValue &&
					token.value.startsWith("-") &&
					token.value !== "-")
			)
				throw new UsageError(`${shown} needs a value`, usage);
		} else if (token.value !== undefined)
			throw new UsageError(`${shown} takes no value`, usage);
	}
	return {
		values: parsed.values as ParsedCommandLine["values"],
		positionals: parsed.positionals,
	};
}

function describeUnknownOption(raw: string, options: OptionTable): string {
	const names = Object.keys(options).flatMap((name) =>
		options[name]?.type === "boolean"
			? [`--${name}`, `--no-${name}`]
			: [`--${name}`],
	);
	const word = raw.split("=")[0] ?? raw;
	const closest = word.startsWith("--") ? findClosestName(word, names) : null;
	return `unknown option ${word}${closest === null ? "" : `; did you mean ${closest}?`}`;
}

/** The value of a string option whose allowed values are listed, or a usage error with a suggestion. */
export function readChoice<T extends string>(
	option: string,
	value: string,
	choices: readonly T[],
	usage: string,
): T {
	if ((choices as readonly string[]).includes(value)) return value as T;
	const closest = findClosestName(value, choices);
	throw new UsageError(
		`--${option} must be one of ${choices.join(", ")}; got "${value}"${closest === null ? "" : `; did you mean "${closest}"?`}`,
		usage,
	);
}
