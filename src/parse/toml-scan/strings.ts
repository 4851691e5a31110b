// The TOML scanner's steps over strings and keys: escapes (with tomllib's TOML 1.0 set), one-line and
// multi-line strings, dotted keys. String values are skipped without being built.

import {
	APOSTROPHE,
	BACKSLASH,
	DOT,
	isBareKeyChar,
	LF,
	QUOTE,
	ScanStop,
	TOML_1_1,
	type TomlCursor,
} from "./cursor.js";

const SIMPLE_ESCAPES: Record<string, string> = {
	b: "\b",
	t: "\t",
	n: "\n",
	f: "\f",
	r: "\r",
	'"': '"',
	"\\": "\\",
};

/** Reads the escape at the cursor (a backslash) and returns what it stands for. */
export function readEscape(cur: TomlCursor, multiline: boolean): string {
	const { s } = cur;
	const c = s[cur.i + 1];
	if (c !== undefined && c in SIMPLE_ESCAPES) {
		cur.i += 2;
		return SIMPLE_ESCAPES[c] ?? "";
	}
	if (c === "u" || c === "U") {
		const width = c === "u" ? 4 : 8;
		const code = Number.parseInt(s.slice(cur.i + 2, cur.i + 2 + width), 16);
		cur.i += 2 + width;
		return Number.isFinite(code) && code <= 0x10ffff
			? String.fromCodePoint(code)
			: "";
	}
	if (c === "e" || c === "x") {
		cur.violate(
			cur.i,
			`${TOML_1_1} the escape \\${c} does not exist; use \\u${c === "e" ? "001B" : "00XX"}`,
		);
		cur.i += c === "e" ? 2 : 4;
		return "";
	}
	if (multiline) {
		// A line-ending backslash trims the newline and the whitespace after it.
		cur.i++;
		while (cur.i < cur.n && " \t\r\n".includes(s[cur.i] ?? "")) cur.i++;
		return "";
	}
	throw new ScanStop("unknown escape");
}

/** Moves past a one-line "..." string (at its opening quote), checking its escapes. */
export function skipBasicString(cur: TomlCursor): void {
	const { s } = cur;
	cur.i++;
	while (cur.i < cur.n) {
		const c = s.charCodeAt(cur.i);
		if (c === QUOTE) {
			cur.i++;
			return;
		}
		if (c === BACKSLASH) readEscape(cur, false);
		else if (c === LF) throw new ScanStop("unterminated string");
		else cur.i++;
	}
	throw new ScanStop("unterminated string");
}

/** Reads a one-line "..." string (at its opening quote); most keys have no escapes. */
function readBasicString(cur: TomlCursor): string {
	const { s } = cur;
	const start = cur.i + 1;
	skipBasicString(cur);
	const raw = s.slice(start, cur.i - 1);
	if (!raw.includes("\\")) return raw;
	cur.i = start;
	let out = "";
	for (;;) {
		const c = s[cur.i];
		if (c === '"') {
			cur.i++;
			return out;
		}
		if (c === "\\") out += readEscape(cur, false);
		else {
			out += c;
			cur.i++;
		}
	}
}

export function readLiteralString(cur: TomlCursor): string {
	const end = cur.s.indexOf("'", cur.i + 1);
	if (end < 0) throw new ScanStop("unterminated string");
	const out = cur.s.slice(cur.i + 1, end);
	cur.i = end + 1;
	return out;
}

/** Moves past a multi-line string (at its opening triple quote). */
export function skipMultilineString(cur: TomlCursor, quote: '"' | "'"): void {
	const { s } = cur;
	cur.i += 3;
	const triple = quote.repeat(3);
	while (cur.i < cur.n) {
		const c = s[cur.i];
		if (quote === '"' && c === "\\") {
			readEscape(cur, true);
			continue;
		}
		if (c === quote && s.startsWith(triple, cur.i)) {
			cur.i += 3;
			// Up to two more quotes right before the closing delimiter belong to the content.
			let extra = 0;
			while (extra < 2 && s[cur.i] === quote) {
				cur.i++;
				extra++;
			}
			return;
		}
		cur.i++;
	}
	throw new ScanStop("unterminated multi-line string");
}

/** Reads a dotted key (`a."b.c".'d'`) into its parts. */
export function readKey(cur: TomlCursor): string[] {
	const { s } = cur;
	const keys: string[] = [];
	for (;;) {
		cur.skipBlanks();
		const c = s.charCodeAt(cur.i);
		if (c === QUOTE) keys.push(readBasicString(cur));
		else if (c === APOSTROPHE) keys.push(readLiteralString(cur));
		else {
			const start = cur.i;
			while (cur.i < cur.n && isBareKeyChar(s.charCodeAt(cur.i))) cur.i++;
			if (cur.i === start) throw new ScanStop("expected a key");
			keys.push(s.slice(start, cur.i));
		}
		cur.skipBlanks();
		if (s.charCodeAt(cur.i) !== DOT) return keys;
		cur.i++;
	}
}
