// TOML reading for every TOML-based format (pyproject.toml, uv.lock, pylock.toml, poetry.lock).
// smol-toml parses the values; a small linear scanner then records the line of every key path,
// because smol-toml keeps no positions. Python's tomllib (TOML 1.0) is the truth: smol-toml also
// accepts TOML 1.1 additions and impossible dates, so the scanner rejects those the way tomllib does.
import { parse, TomlError } from "smol-toml";
import type { Diagnostic, ParseResult } from "../model/types.js";

export interface TomlDocument {
	value: Record<string, unknown>;
	/** 1-based line where the value at this key path starts: a table header line for tables, the key's line for
	 * `key = value`, the element's own line for array elements (strings or inline tables), for array-of-tables
	 * (`[[package]]`) the numeric index selects the n-th table and returns its header line.
	 * Falls back to the nearest located ancestor; undefined only if nothing is located. */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

type KeyPath = readonly (string | number)[];

export function parseToml(
	text: string,
	path: string,
): ParseResult<TomlDocument | null> {
	try {
		// tomllib decodes files as plain UTF-8, so a byte order mark is a character TOML does not allow.
		if (text.charCodeAt(0) === 0xfeff) {
			return invalid(
				1,
				"invalid TOML: the file starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM",
			);
		}
		let value: Record<string, unknown>;
		try {
			value = parse(text, { integersAsBigInt: "asNeeded" });
		} catch (error) {
			if (error instanceof TomlError) {
				return invalid(error.line, `invalid TOML: ${describeTomlError(error)}`);
			}
			return invalid(null, `invalid TOML in ${path}: ${String(error)}`);
		}
		const scan = scanPositions(text);
		if (scan.violation !== null) {
			return invalid(
				scan.violation.line,
				`invalid TOML: ${scan.violation.message}`,
			);
		}
		const lines = scan.lines;
		const lineOf = (keyPath: KeyPath): number | undefined => {
			for (let n = keyPath.length; n > 0; n--) {
				const line = lines.get(joinPath(keyPath.slice(0, n)));
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
	const what = firstLine.replace(/^Invalid TOML document:\s*/, "");
	return `${what} (line ${error.line}, column ${error.column})`;
}

function joinPath(keyPath: KeyPath): string {
	// JSON keeps the index 0 and the key "0" apart, and any character a quoted key may hold.
	return JSON.stringify(keyPath);
}

interface ScanResult {
	lines: Map<string, number>;
	violation: { line: number; message: string } | null;
}

/** Thrown inside the scanner when it meets something it cannot follow; positions found so far stay. */
class ScanStop extends Error {}

const TOML_1_1 = "tomllib reads TOML 1.0, where";

/**
 * Records the line of every key path in one left-to-right pass. It runs only on text smol-toml
 * accepted, so it relies on the document being well-formed, but it stops (never loops, never
 * throws) on anything unexpected.
 */
function scanPositions(s: string): ScanResult {
	const lines = new Map<string, number>();
	// Tables known only through a longer header or a dotted key: an explicit `[a]` header may replace them.
	const implicit = new Set<string>();
	// Current index of each array of tables, keyed by its concrete path.
	const arrayTables = new Map<string, number>();
	let violation: ScanResult["violation"] = null;
	let i = 0;
	const n = s.length;

	// Lines are counted lazily: positions are asked for in increasing order, so this stays linear.
	let cursor = 0;
	let cursorLine = 1;
	const lineAt = (pos: number): number => {
		if (pos < cursor) {
			cursor = 0;
			cursorLine = 1;
		}
		while (cursor < pos && cursor < n) {
			if (s.charCodeAt(cursor) === 10) cursorLine++;
			cursor++;
		}
		return cursorLine;
	};
	const violate = (pos: number, message: string): void => {
		if (violation === null) violation = { line: lineAt(pos), message };
	};
	const recordExplicit = (keyPath: KeyPath, line: number): void => {
		const key = joinPath(keyPath);
		if (!lines.has(key) || implicit.has(key)) {
			lines.set(key, line);
			implicit.delete(key);
		}
	};
	const recordImplicit = (keyPath: KeyPath, line: number): void => {
		const key = joinPath(keyPath);
		if (!lines.has(key)) {
			lines.set(key, line);
			implicit.add(key);
		}
	};
	const recordKey = (
		base: KeyPath,
		keys: string[],
		line: number,
	): (string | number)[] => {
		const full: (string | number)[] = [...base];
		keys.forEach((key, index) => {
			full.push(key);
			if (index < keys.length - 1) recordImplicit(full, line);
			else recordExplicit(full, line);
		});
		return full;
	};

	const skipBlanks = (): void => {
		while (i < n && (s[i] === " " || s[i] === "\t")) i++;
	};
	const skipComment = (): void => {
		if (s[i] !== "#") return;
		while (i < n && s[i] !== "\n" && s[i] !== "\r") i++;
	};
	const skipBlanksNewlinesComments = (): void => {
		while (i < n) {
			const c = s[i];
			if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
			else if (c === "#") skipComment();
			else return;
		}
	};
	// TOML 1.0: an inline table is one line, without a trailing comma.
	const skipInlineBlanks = (): void => {
		while (i < n) {
			const c = s[i];
			if (c === " " || c === "\t") i++;
			else if (c === "\n" || c === "\r" || c === "#") {
				violate(
					i,
					`${TOML_1_1} an inline table { ... } must stay on one line without comments`,
				);
				if (c === "#") skipComment();
				else i++;
			} else return;
		}
	};

	const readEscape = (multiline: boolean): string => {
		// s[i] is the backslash.
		const c = s[i + 1];
		const simple: Record<string, string> = {
			b: "\b",
			t: "\t",
			n: "\n",
			f: "\f",
			r: "\r",
			'"': '"',
			"\\": "\\",
		};
		if (c !== undefined && c in simple) {
			i += 2;
			return simple[c] ?? "";
		}
		if (c === "u" || c === "U") {
			const width = c === "u" ? 4 : 8;
			const code = Number.parseInt(s.slice(i + 2, i + 2 + width), 16);
			i += 2 + width;
			return Number.isFinite(code) && code <= 0x10ffff
				? String.fromCodePoint(code)
				: "";
		}
		if (c === "e" || c === "x") {
			violate(
				i,
				`${TOML_1_1} the escape \\${c} does not exist; use \\u${c === "e" ? "001B" : "00XX"}`,
			);
			i += c === "e" ? 2 : 4;
			return "";
		}
		if (multiline) {
			// A line-ending backslash trims the newline and the whitespace after it.
			i++;
			while (i < n && " \t\r\n".includes(s[i] ?? "")) i++;
			return "";
		}
		throw new ScanStop("unknown escape");
	};
	const readBasicString = (): string => {
		// s[i] is the opening quote of a one-line "..." string.
		i++;
		let out = "";
		while (i < n) {
			const c = s[i];
			if (c === '"') {
				i++;
				return out;
			}
			if (c === "\\") out += readEscape(false);
			else if (c === "\n") throw new ScanStop("unterminated string");
			else {
				out += c;
				i++;
			}
		}
		throw new ScanStop("unterminated string");
	};
	const readLiteralString = (): string => {
		const end = s.indexOf("'", i + 1);
		if (end < 0) throw new ScanStop("unterminated string");
		const out = s.slice(i + 1, end);
		i = end + 1;
		return out;
	};
	const skipMultilineString = (quote: '"' | "'"): void => {
		// s[i..i+3] is the opening triple quote.
		i += 3;
		const triple = quote.repeat(3);
		while (i < n) {
			const c = s[i];
			if (quote === '"' && c === "\\") {
				readEscape(true);
				continue;
			}
			if (c === quote && s.startsWith(triple, i)) {
				i += 3;
				// Up to two more quotes right before the closing delimiter belong to the content.
				let extra = 0;
				while (extra < 2 && s[i] === quote) {
					i++;
					extra++;
				}
				return;
			}
			i++;
		}
		throw new ScanStop("unterminated multi-line string");
	};

	const readKey = (): string[] => {
		const keys: string[] = [];
		for (;;) {
			skipBlanks();
			const c = s[i];
			if (c === '"') keys.push(readBasicString());
			else if (c === "'") keys.push(readLiteralString());
			else {
				const start = i;
				while (i < n && /[A-Za-z0-9_-]/.test(s[i] ?? "")) i++;
				if (i === start) throw new ScanStop("expected a key");
				keys.push(s.slice(start, i));
			}
			skipBlanks();
			if (s[i] !== ".") return keys;
			i++;
		}
	};
	const expect = (text: string): void => {
		if (!s.startsWith(text, i)) throw new ScanStop(`expected ${text}`);
		i += text.length;
	};

	const readScalar = (): void => {
		const start = i;
		while (i < n && !",]}#\n\r".includes(s[i] ?? "")) i++;
		if (i === start) throw new ScanStop("expected a value");
		checkDateTime(s.slice(start, i).trim(), start);
	};
	const checkDateTime = (token: string, pos: number): void => {
		if (/^\d{2}:\d{2}(?!:\d)/.test(token)) {
			violate(
				pos,
				`${TOML_1_1} a time needs seconds (write ${token.slice(0, 5)}:00)`,
			);
			return;
		}
		const date =
			/^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(:\d{2})?)?/.exec(token);
		if (date === null) return;
		const [, year, month, day, hour, , seconds] = date;
		if (hour !== undefined && seconds === undefined) {
			violate(pos, `${TOML_1_1} a time needs seconds (in ${token})`);
			return;
		}
		const y = Number(year);
		const m = Number(month);
		const d = Number(day);
		const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
		const days =
			[31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
		if (d < 1 || d > days)
			violate(pos, `${token} is not a date: month ${m} has no day ${d}`);
	};

	const readValue = (keyPath: KeyPath): void => {
		const c = s[i];
		if (c === '"' || c === "'") {
			if (s.startsWith(c.repeat(3), i)) skipMultilineString(c);
			else if (c === '"') readBasicString();
			else readLiteralString();
		} else if (c === "[") {
			i++;
			for (let index = 0; ; index++) {
				skipBlanksNewlinesComments();
				if (s[i] === "]") {
					i++;
					return;
				}
				if (i >= n) throw new ScanStop("unterminated array");
				const element = [...keyPath, index];
				recordExplicit(element, lineAt(i));
				readValue(element);
				skipBlanksNewlinesComments();
				if (s[i] === ",") i++;
				else if (s[i] === "]") {
					i++;
					return;
				} else throw new ScanStop("expected , or ]");
			}
		} else if (c === "{") {
			i++;
			skipInlineBlanks();
			if (s[i] === "}") {
				i++;
				return;
			}
			for (;;) {
				const line = lineAt(i);
				const keys = readKey();
				expect("=");
				skipInlineBlanks();
				readValue(recordKey(keyPath, keys, line));
				skipInlineBlanks();
				if (s[i] === ",") {
					i++;
					skipInlineBlanks();
					if (s[i] === "}") {
						violate(
							i,
							`${TOML_1_1} an inline table { ... } cannot end with a comma`,
						);
						i++;
						return;
					}
				} else if (s[i] === "}") {
					i++;
					return;
				} else throw new ScanStop("expected , or }");
			}
		} else readScalar();
	};

	// Resolves a header's keys to a concrete path: each array of tables on the way is its latest table.
	const resolveHeader = (
		keys: string[],
		line: number,
		isArrayTable: boolean,
	): (string | number)[] => {
		const concrete: (string | number)[] = [];
		keys.forEach((key, index) => {
			concrete.push(key);
			const last = index === keys.length - 1;
			if (last && isArrayTable) {
				const arrayKey = joinPath(concrete);
				const next = (arrayTables.get(arrayKey) ?? -1) + 1;
				arrayTables.set(arrayKey, next);
				recordImplicit(concrete, line);
				concrete.push(next);
				recordExplicit(concrete, line);
				return;
			}
			const current = arrayTables.get(joinPath(concrete));
			if (current !== undefined) concrete.push(current);
			if (last) recordExplicit(concrete, line);
			else recordImplicit(concrete, line);
		});
		return concrete;
	};

	try {
		let table: (string | number)[] = [];
		while (i < n) {
			skipBlanksNewlinesComments();
			if (i >= n) break;
			const line = lineAt(i);
			if (s[i] === "[") {
				const isArrayTable = s[i + 1] === "[";
				i += isArrayTable ? 2 : 1;
				const keys = readKey();
				expect(isArrayTable ? "]]" : "]");
				table = resolveHeader(keys, line, isArrayTable);
			} else {
				const keys = readKey();
				expect("=");
				skipBlanks();
				readValue(recordKey(table, keys, line));
			}
			skipBlanks();
			skipComment();
		}
	} catch (error) {
		if (!(error instanceof ScanStop)) throw error;
	}
	return { lines, violation };
}
