// The TOML scanner's steps over values: strings, arrays, inline tables (recording the line of each element
// and key that starts on a line of its own), and scalars, where it checks dates and times as tomllib does.

import {
	APOSTROPHE,
	CLOSE_BRACE,
	CLOSE_BRACKET,
	COLON,
	COMMA,
	CR,
	DASH,
	HASH,
	isDigit,
	LF,
	OPEN_BRACE,
	OPEN_BRACKET,
	QUOTE,
	ScanStop,
	TOML_1_1,
	type TomlCursor,
} from "./cursor.js";
import type { KeyLines } from "./key-lines.js";
import {
	readKey,
	readLiteralString,
	skipBasicString,
	skipMultilineString,
} from "./strings.js";

/**
 * How deep arrays and inline tables may nest: smol-toml's guard, which the scanner shares so that neither
 * recursion can exhaust the stack. (tomllib has no limit of its own: Python's recursion limit stops it with a
 * RecursionError from about 500 levels of arrays, 330 of inline tables.)
 */
export const MAX_DEPTH = 1000;

export const TOO_DEEP = `arrays and inline tables nested more than ${MAX_DEPTH} levels deep`;

/** Reads values: one value and what nests in it, recording the lines of what starts on a line of its own. */
export class ValueReader {
	constructor(
		private readonly cur: TomlCursor,
		private readonly keyLines: KeyLines,
	) {}

	/** Reads the value at `key`, which is located on `holderLine`, inside `depth` arrays and inline tables. */
	read(key: string, holderLine: number, depth: number): void {
		const { cur } = this;
		const c = cur.s.charCodeAt(cur.i);
		if ((c === OPEN_BRACKET || c === OPEN_BRACE) && depth >= MAX_DEPTH) {
			// One call per level: stop where smol-toml's guard does, before the stack runs out. smol-toml reports
			// it; the violation is for the case it would not.
			cur.violate(cur.i, TOO_DEEP);
			throw new ScanStop(TOO_DEEP);
		}
		if (c === QUOTE || c === APOSTROPHE) {
			if (
				cur.s.charCodeAt(cur.i + 1) === c &&
				cur.s.charCodeAt(cur.i + 2) === c
			)
				skipMultilineString(cur, c === QUOTE ? '"' : "'");
			else if (c === QUOTE) skipBasicString(cur);
			else readLiteralString(cur);
		} else if (c === OPEN_BRACKET) {
			this.readArray(key, holderLine, depth);
		} else if (c === OPEN_BRACE) {
			this.readInlineTable(key, holderLine, depth);
		} else readScalar(cur);
	}

	private readArray(key: string, holderLine: number, depth: number): void {
		const { cur } = this;
		cur.i++;
		for (let index = 0; ; index++) {
			cur.skipBlanksNewlinesComments();
			if (cur.s.charCodeAt(cur.i) === CLOSE_BRACKET) {
				cur.i++;
				return;
			}
			if (cur.i >= cur.n) throw new ScanStop("unterminated array");
			const element = `${key}\u0002${index}`;
			const line = cur.lineAt(cur.i);
			if (line !== holderLine) this.keyLines.recordExplicit(element, line);
			this.read(element, line, depth + 1);
			cur.skipBlanksNewlinesComments();
			const next = cur.s.charCodeAt(cur.i);
			if (next === COMMA) cur.i++;
			else if (next === CLOSE_BRACKET) {
				cur.i++;
				return;
			} else throw new ScanStop("expected , or ]");
		}
	}

	private readInlineTable(
		key: string,
		holderLine: number,
		depth: number,
	): void {
		const { cur } = this;
		cur.i++;
		cur.skipInlineBlanks();
		if (cur.s.charCodeAt(cur.i) === CLOSE_BRACE) {
			cur.i++;
			return;
		}
		for (;;) {
			const line = cur.lineAt(cur.i);
			const keys = readKey(cur);
			cur.expect("=");
			cur.skipInlineBlanks();
			this.read(
				this.keyLines.recordKey(key, keys, line, holderLine),
				line,
				depth + 1,
			);
			cur.skipInlineBlanks();
			const next = cur.s.charCodeAt(cur.i);
			if (next === COMMA) {
				cur.i++;
				cur.skipInlineBlanks();
				if (cur.s.charCodeAt(cur.i) === CLOSE_BRACE) {
					cur.violate(
						cur.i,
						`${TOML_1_1} an inline table { ... } cannot end with a comma`,
					);
					cur.i++;
					return;
				}
			} else if (next === CLOSE_BRACE) {
				cur.i++;
				return;
			} else throw new ScanStop("expected , or }");
		}
	}
}

function readScalar(cur: TomlCursor): void {
	const { s } = cur;
	const start = cur.i;
	while (cur.i < cur.n) {
		const c = s.charCodeAt(cur.i);
		if (
			c === COMMA ||
			c === CLOSE_BRACKET ||
			c === CLOSE_BRACE ||
			c === HASH ||
			c === LF ||
			c === CR
		)
			break;
		cur.i++;
	}
	if (cur.i === start) throw new ScanStop("expected a value");
	// Only a token shaped like `HH:` or `YYYY-` can be a time or a date.
	if (
		isDigit(s.charCodeAt(start)) &&
		(s.charCodeAt(start + 2) === COLON || s.charCodeAt(start + 4) === DASH)
	)
		checkDateTime(cur, s.slice(start, cur.i).trim(), start);
}

function checkDateTime(cur: TomlCursor, token: string, pos: number): void {
	if (/^\d{2}:\d{2}(?!:\d)/.test(token)) {
		cur.violate(
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
		cur.violate(pos, `${TOML_1_1} a time needs seconds (in ${token})`);
		return;
	}
	const y = Number(year);
	const m = Number(month);
	const d = Number(day);
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	const days =
		[31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
	if (d < 1 || d > days)
		cur.violate(pos, `${token} is not a date: month ${m} has no day ${d}`);
}
