// TOML reading for every TOML-based format (pyproject.toml, uv.lock, pylock.toml, poetry.lock).
// smol-toml parses the values; a small linear scanner then records the line of every key path,
// because smol-toml keeps no positions. Python's tomllib (TOML 1.0) is the truth: smol-toml also
// accepts TOML 1.1 additions and impossible dates, so the scanner rejects those the way tomllib does.

import { parse, TomlError } from "smol-toml";
import type { Diagnostic, ParseResult } from "../model/types.js";
import { appendSegment } from "./toml-scan/key-lines.js";
import { scanPositions } from "./toml-scan/scan-positions.js";
import { type UnreadValue, withoutRanges } from "./toml-scan/unread-values.js";
import { MAX_DEPTH, TOO_DEEP } from "./toml-scan/values.js";

export type { UnreadValue } from "./toml-scan/unread-values.js";

export interface TomlDocument {
	value: Record<string, unknown>;
	/** 1-based line where the value at this key path starts: a table header line for tables, the key's line for
	 * `key = value`, the element's own line for array elements (strings or inline tables), for array-of-tables
	 * (`[[package]]`) the numeric index selects the n-th table and returns its header line.
	 * Falls back to the nearest located ancestor; undefined only if nothing is located. */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

type KeyPath = readonly (string | number)[];

export interface TomlOptions {
	unread?: readonly UnreadValue[];
	/** Told where each entry whose key names an unread value starts (uv-lock-bytes.ts checks its work with it). */
	onUnreadKey?: (offset: number) => void;
}

export function parseToml(
	text: string,
	path: string,
	options: TomlOptions = {},
): ParseResult<TomlDocument | null> {
	try {
		// tomllib decodes files as plain UTF-8, so a byte order mark is a character TOML does not allow.
		if (text.charCodeAt(0) === 0xfeff) {
			return invalid(
				1,
				"invalid TOML: the file starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM",
			);
		}
		// The scanner runs first so that it can leave out unread arrays; it stops (quietly) on invalid text,
		// whose error smol-toml reports below, on the same line since left-out lines stay as empty lines.
		const scan = scanPositions(text, options.unread ?? [], options.onUnreadKey);
		let value: Record<string, unknown>;
		try {
			value = parse(withoutRanges(text, scan.unread), {
				integersAsBigInt: "asNeeded",
				maxDepth: MAX_DEPTH,
			});
		} catch (error) {
			if (error instanceof TomlError) {
				return invalid(error.line, `invalid TOML: ${describeTomlError(error)}`);
			}
			return invalid(null, `invalid TOML in ${path}: ${String(error)}`);
		}
		if (scan.violation !== null) {
			return invalid(
				scan.violation.line,
				`invalid TOML: ${scan.violation.message}`,
			);
		}
		const lines = scan.lines;
		const lineOf = (keyPath: KeyPath): number | undefined => {
			// The longest located prefix wins: encode every prefix once, then look them up from the longest.
			const prefixes: string[] = [];
			let key = "";
			for (const segment of keyPath) {
				key = appendSegment(key, segment);
				prefixes.push(key);
			}
			for (let k = prefixes.length - 1; k >= 0; k--) {
				const line = lines.get(prefixes[k] as string);
				if (line !== undefined) return line;
			}
			return undefined;
		};
		return { value: { value, lineOf }, diagnostics: [] };
	} catch (error) {
		// Never reached on any input we know of; parsers must not throw, whatever happens below.
		return invalid(null, `could not read TOML: ${String(error)}`);
	}
}

function invalid(line: number | null, message: string): ParseResult<null> {
	const diagnostic: Diagnostic = { severity: "error", line, message };
	return { value: null, diagnostics: [diagnostic] };
}

/** smol-toml says "Invalid TOML document: <what>\n\n<code block>"; keep <what> and add the column. */
function describeTomlError(error: TomlError): string {
	const firstLine = error.message.split("\n", 1)[0] ?? "";
	let what = firstLine.replace(/^Invalid TOML document:\s*/, "");
	if (what.startsWith("document contains excessively nested structures"))
		what = TOO_DEEP;
	return `${what} (line ${error.line}, column ${error.column})`;
}
