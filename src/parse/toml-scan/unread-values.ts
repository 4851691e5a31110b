// Values the caller never reads (uv.lock's `wheels` and `sdist`): the scanner checks them against a
// pattern and leaves them out of the text smol-toml parses, keeping every other line's number.

import {
	CLOSE_BRACKET,
	CR,
	LF,
	OPEN_BRACE,
	OPEN_BRACKET,
	type TomlCursor,
} from "./cursor.js";

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

/** An unread value: [start, end) offsets and what replaces them (as many newlines as the range held). */
export interface UnreadRange {
	start: number;
	end: number;
	replacement: string;
}

/** The unread value expected at `keys` of the `[[arrayTable]]` open now, if any. */
export function unreadAt(
	unreadValues: readonly UnreadValue[],
	arrayTable: string | null,
	keys: string[],
): UnreadValue | null {
	if (arrayTable === null || keys.length !== 1) return null;
	for (const entry of unreadValues)
		if (entry.arrayTable === arrayTable && entry.key === keys[0]) return entry;
	return null;
}

/**
 * At the start of an unread value: when it has the expected shape, records it as unread and moves past
 * it. Otherwise leaves the cursor alone for the ordinary reading.
 */
export function skipUnread(
	cur: TomlCursor,
	value: UnreadValue,
	unread: UnreadRange[],
): boolean {
	if (value.shape === "lines")
		return (
			cur.s.charCodeAt(cur.i) === OPEN_BRACKET &&
			skipUnreadLines(cur, value.pattern, unread)
		);
	if (cur.s.charCodeAt(cur.i) !== OPEN_BRACE) return false;
	value.pattern.lastIndex = cur.i;
	if (!value.pattern.test(cur.s)) return false;
	unread.push({
		start: cur.i,
		end: value.pattern.lastIndex,
		replacement: "{}",
	});
	cur.i = value.pattern.lastIndex;
	return true;
}

function skipUnreadLines(
	cur: TomlCursor,
	element: RegExp,
	unread: UnreadRange[],
): boolean {
	const { s } = cur;
	let p = cur.i + 1;
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
	cur.i = p + 1;
	return true;
}

/** The text with each unread range replaced, so every other line keeps its number. */
export function withoutRanges(
	text: string,
	ranges: readonly UnreadRange[],
): string {
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
