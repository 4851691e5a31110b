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

/**
 * A value the caller never reads (uv.lock's `[[package]]` `wheels` and `sdist`: most of a lock's bytes).
 * When it has the expected shape it is checked against `pattern` but not built: its value is `[]` or `{}`
 * and what is inside has no lines of its own. A value of any other shape under that key is read normally.
 */
export interface UnreadValue {
	/** The `[[name]]` array of tables the key is in. */
	arrayTable: string;
	key: string;
	/**
	 * `lines`: an array with `[` and `]` on lines of their own and one element per line in between, each
	 * whole line (indentation to newline) matching `pattern`; `inline`: an inline table matching `pattern`.
	 */
	shape: "lines" | "inline";
	/** Sticky (`y`); it must only match valid TOML. */
	pattern: RegExp;
}

export interface TomlOptions {
	unread?: readonly UnreadValue[];
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
		const scan = scanPositions(text, options.unread ?? []);
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

/**
 * How deep arrays and inline tables may nest: smol-toml's guard, which the scanner shares so that neither
 * recursion can exhaust the stack. (tomllib has no limit of its own: Python's recursion limit stops it with a
 * RecursionError from about 500 levels of arrays, 330 of inline tables.)
 */
const MAX_DEPTH = 1000;

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

const TOO_DEEP = `arrays and inline tables nested more than ${MAX_DEPTH} levels deep`;

/**
 * Extends an encoded key path by one segment. A segment starts with a control character naming its kind
 * (U+0001 a key, U+0002 an index, U+0003 a JSON-quoted key holding control characters) and holds no control
 * characters itself, so different paths never encode alike. Built incrementally: no array per value.
 */
function appendSegment(prefix: string, segment: string | number): string {
	if (typeof segment === "number") return `${prefix}\u0002${segment}`;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
	return /[\u0000-\u001f]/.test(segment)
		? `${prefix}\u0003${JSON.stringify(segment)}`
		: `${prefix}\u0001${segment}`;
}

interface ScanResult {
	lines: Map<string, number>;
	violation: { line: number; message: string } | null;
	/** Unread values: [start, end) offsets and what replaces them (as many newlines as the range held). */
	unread: { start: number; end: number; replacement: string }[];
}

/** The text with each unread range replaced, so every other line keeps its number. */
function withoutRanges(text: string, ranges: ScanResult["unread"]): string {
	if (ranges.length === 0) return text;
	const parts: string[] = [];
	let last = 0;
	for (const range of ranges) {
		parts.push(text.slice(last, range.start), range.replacement);
		last = range.end;
	}
	parts.push(text.slice(last));
	return parts.join("");
}

/** Thrown inside the scanner when it meets something it cannot follow; positions found so far stay. */
class ScanStop extends Error {}

const TOML_1_1 = "tomllib reads TOML 1.0, where";

/**
 * Records the line of every key path in one left-to-right pass. It runs only on text smol-toml
 * accepted, so it relies on the document being well-formed, but it stops (never loops, never
 * throws) on anything unexpected.
 *
 * It is on the hot path of every lock file (megabytes per fleet), so it works on char codes, keeps key
 * paths as incrementally built strings, skips string values without building them, and does not record
 * a value nested in an array or inline table when it starts on the line of the entry holding it:
 * `lineOf` falls back to that entry and gives the same line.
 */
function scanPositions(
	s: string,
	unreadValues: readonly UnreadValue[],
): ScanResult {
	const lines = new Map<string, number>();
	const unread: ScanResult["unread"] = [];
	// The `[[name]]` header currently open, when it has a single key: where unread arrays may be.
	let arrayTable: string | null = null;
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
		let next = s.indexOf("\n", cursor);
		while (next !== -1 && next < pos) {
			cursorLine++;
			next = s.indexOf("\n", next + 1);
		}
		cursor = pos;
		return cursorLine;
	};
	const violate = (pos: number, message: string): void => {
		if (violation === null) violation = { line: lineAt(pos), message };
	};
	const recordExplicit = (key: string, line: number): void => {
		if (!lines.has(key) || implicit.has(key)) {
			lines.set(key, line);
			implicit.delete(key);
		}
	};
	const recordImplicit = (key: string, line: number): void => {
		if (!lines.has(key)) {
			lines.set(key, line);
			implicit.add(key);
		}
	};
	/** Records `base.keys` (intermediate dotted keys implicitly) unless on `sameAs`, the holder's line. */
	const recordKey = (
		base: string,
		keys: string[],
		line: number,
		sameAs: number,
	): string => {
		let full = base;
		for (let k = 0; k < keys.length; k++) {
			full = appendSegment(full, keys[k] as string);
			if (line === sameAs) continue;
			if (k < keys.length - 1) recordImplicit(full, line);
			else recordExplicit(full, line);
		}
		return full;
	};

	const skipBlanks = (): void => {
		for (;;) {
			const c = s.charCodeAt(i);
			if (c === SPACE || c === TAB) i++;
			else return;
		}
	};
	const skipComment = (): void => {
		if (s.charCodeAt(i) !== HASH) return;
		while (i < n) {
			const c = s.charCodeAt(i);
			if (c === LF || c === CR) return;
			i++;
		}
	};
	const skipBlanksNewlinesComments = (): void => {
		while (i < n) {
			const c = s.charCodeAt(i);
			if (c === SPACE || c === TAB || c === LF || c === CR) i++;
			else if (c === HASH) skipComment();
			else return;
		}
	};
	// TOML 1.0: an inline table is one line, without a trailing comma.
	const skipInlineBlanks = (): void => {
		while (i < n) {
			const c = s.charCodeAt(i);
			if (c === SPACE || c === TAB) i++;
			else if (c === LF || c === CR || c === HASH) {
				violate(
					i,
					`${TOML_1_1} an inline table { ... } must stay on one line without comments`,
				);
				if (c === HASH) skipComment();
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
	/** Moves past a one-line "..." string (s[i] is its opening quote), checking its escapes. */
	const skipBasicString = (): void => {
		i++;
		while (i < n) {
			const c = s.charCodeAt(i);
			if (c === QUOTE) {
				i++;
				return;
			}
			if (c === BACKSLASH) readEscape(false);
			else if (c === LF) throw new ScanStop("unterminated string");
			else i++;
		}
		throw new ScanStop("unterminated string");
	};
	const readBasicString = (): string => {
		// s[i] is the opening quote of a one-line "..." string; most keys have no escapes.
		const start = i + 1;
		skipBasicString();
		const raw = s.slice(start, i - 1);
		if (!raw.includes("\\")) return raw;
		i = start;
		let out = "";
		for (;;) {
			const c = s[i];
			if (c === '"') {
				i++;
				return out;
			}
			if (c === "\\") out += readEscape(false);
			else {
				out += c;
				i++;
			}
		}
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
			const c = s.charCodeAt(i);
			if (c === QUOTE) keys.push(readBasicString());
			else if (c === APOSTROPHE) keys.push(readLiteralString());
			else {
				const start = i;
				while (i < n && isBareKeyChar(s.charCodeAt(i))) i++;
				if (i === start) throw new ScanStop("expected a key");
				keys.push(s.slice(start, i));
			}
			skipBlanks();
			if (s.charCodeAt(i) !== DOT) return keys;
			i++;
		}
	};
	const expect = (text: string): void => {
		if (!s.startsWith(text, i)) throw new ScanStop(`expected ${text}`);
		i += text.length;
	};

	const readScalar = (): void => {
		const start = i;
		while (i < n) {
			const c = s.charCodeAt(i);
			if (
				c === COMMA ||
				c === CLOSE_BRACKET ||
				c === CLOSE_BRACE ||
				c === HASH ||
				c === LF ||
				c === CR
			)
				break;
			i++;
		}
		if (i === start) throw new ScanStop("expected a value");
		// Only a token shaped like `HH:` or `YYYY-` can be a time or a date.
		if (
			isDigit(s.charCodeAt(start)) &&
			(s.charCodeAt(start + 2) === COLON || s.charCodeAt(start + 4) === DASH)
		)
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

	/** Reads the value at `key`, which is located on `holderLine`, inside `depth` arrays and inline tables. */
	const readValue = (key: string, holderLine: number, depth: number): void => {
		const c = s.charCodeAt(i);
		if ((c === OPEN_BRACKET || c === OPEN_BRACE) && depth >= MAX_DEPTH) {
			// One call per level: stop where smol-toml's guard does, before the stack runs out. smol-toml reports
			// it; the violation is for the case it would not.
			violate(i, TOO_DEEP);
			throw new ScanStop(TOO_DEEP);
		}
		if (c === QUOTE || c === APOSTROPHE) {
			if (s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === c)
				skipMultilineString(c === QUOTE ? '"' : "'");
			else if (c === QUOTE) skipBasicString();
			else readLiteralString();
		} else if (c === OPEN_BRACKET) {
			i++;
			for (let index = 0; ; index++) {
				skipBlanksNewlinesComments();
				if (s.charCodeAt(i) === CLOSE_BRACKET) {
					i++;
					return;
				}
				if (i >= n) throw new ScanStop("unterminated array");
				const element = `${key}\u0002${index}`;
				const line = lineAt(i);
				if (line !== holderLine) recordExplicit(element, line);
				readValue(element, line, depth + 1);
				skipBlanksNewlinesComments();
				const next = s.charCodeAt(i);
				if (next === COMMA) i++;
				else if (next === CLOSE_BRACKET) {
					i++;
					return;
				} else throw new ScanStop("expected , or ]");
			}
		} else if (c === OPEN_BRACE) {
			i++;
			skipInlineBlanks();
			if (s.charCodeAt(i) === CLOSE_BRACE) {
				i++;
				return;
			}
			for (;;) {
				const line = lineAt(i);
				const keys = readKey();
				expect("=");
				skipInlineBlanks();
				readValue(recordKey(key, keys, line, holderLine), line, depth + 1);
				skipInlineBlanks();
				const next = s.charCodeAt(i);
				if (next === COMMA) {
					i++;
					skipInlineBlanks();
					if (s.charCodeAt(i) === CLOSE_BRACE) {
						violate(
							i,
							`${TOML_1_1} an inline table { ... } cannot end with a comma`,
						);
						i++;
						return;
					}
				} else if (next === CLOSE_BRACE) {
					i++;
					return;
				} else throw new ScanStop("expected , or }");
			}
		} else readScalar();
	};

	/**
	 * At the start of an unread value: when it has the expected shape, records it as unread and moves past
	 * it. Otherwise leaves `i` alone for the ordinary reading.
	 */
	const skipUnread = (value: UnreadValue): boolean => {
		if (value.shape === "lines")
			return s.charCodeAt(i) === OPEN_BRACKET && skipUnreadLines(value.pattern);
		if (s.charCodeAt(i) !== OPEN_BRACE) return false;
		value.pattern.lastIndex = i;
		if (!value.pattern.test(s)) return false;
		unread.push({ start: i, end: value.pattern.lastIndex, replacement: "{}" });
		i = value.pattern.lastIndex;
		return true;
	};
	const skipUnreadLines = (element: RegExp): boolean => {
		let p = i + 1;
		if (s.charCodeAt(p) === CR) p++;
		if (s.charCodeAt(p) !== LF) return false;
		p++;
		const start = p;
		let count = 0;
		while (s.charCodeAt(p) !== CLOSE_BRACKET) {
			element.lastIndex = p;
			if (!element.test(s)) return false;
			p = element.lastIndex;
			count++;
		}
		unread.push({ start, end: p, replacement: "\n".repeat(count) });
		i = p + 1;
		return true;
	};
	const unreadAt = (keys: string[]): UnreadValue | null => {
		if (arrayTable === null || keys.length !== 1) return null;
		for (const entry of unreadValues)
			if (entry.arrayTable === arrayTable && entry.key === keys[0])
				return entry;
		return null;
	};

	// Resolves a header's keys to a concrete path: each array of tables on the way is its latest table.
	const resolveHeader = (
		keys: string[],
		line: number,
		isArrayTable: boolean,
	): string => {
		let concrete = "";
		for (let k = 0; k < keys.length; k++) {
			concrete = appendSegment(concrete, keys[k] as string);
			const last = k === keys.length - 1;
			if (last && isArrayTable) {
				const next = (arrayTables.get(concrete) ?? -1) + 1;
				arrayTables.set(concrete, next);
				recordImplicit(concrete, line);
				concrete = `${concrete}\u0002${next}`;
				recordExplicit(concrete, line);
				return concrete;
			}
			const current = arrayTables.get(concrete);
			if (current !== undefined) concrete = `${concrete}\u0002${current}`;
			if (last) recordExplicit(concrete, line);
			else recordImplicit(concrete, line);
		}
		return concrete;
	};

	try {
		let table = "";
		while (i < n) {
			skipBlanksNewlinesComments();
			if (i >= n) break;
			const line = lineAt(i);
			if (s.charCodeAt(i) === OPEN_BRACKET) {
				const isArrayTable = s.charCodeAt(i + 1) === OPEN_BRACKET;
				i += isArrayTable ? 2 : 1;
				const keys = readKey();
				expect(isArrayTable ? "]]" : "]");
				table = resolveHeader(keys, line, isArrayTable);
				arrayTable =
					isArrayTable && keys.length === 1 ? (keys[0] ?? null) : null;
			} else {
				const keys = readKey();
				expect("=");
				skipBlanks();
				const key = recordKey(table, keys, line, -1);
				const unreadValue = unreadAt(keys);
				if (unreadValue === null || !skipUnread(unreadValue))
					readValue(key, line, 0);
			}
			skipBlanks();
			skipComment();
		}
	} catch (error) {
		if (!(error instanceof ScanStop)) throw error;
	}
	return { lines, violation, unread };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const APOSTROPHE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** TOML 1.0 bare keys: A-Za-z0-9_- */
function isBareKeyChar(c: number): boolean {
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		isDigit(c) ||
		c === 95 ||
		c === DASH
	);
}
