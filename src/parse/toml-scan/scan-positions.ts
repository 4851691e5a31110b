// The TOML position scanner: a small state machine over the document's lines. At each line start it
// takes one of two steps, a table header or a `key = value` entry (whose value may be an unread one),
// then skips the rest of the line; the steps it is built from live in cursor.ts, strings.ts, values.ts.

import { OPEN_BRACKET, ScanStop, TomlCursor } from "./cursor.js";
import { KeyLines } from "./key-lines.js";
import { readKey } from "./strings.js";
import {
	skipUnread,
	type UnreadRange,
	type UnreadValue,
	unreadAt,
} from "./unread-values.js";
import { ValueReader } from "./values.js";

export interface ScanResult {
	lines: Map<string, number>;
	violation: { line: number; message: string } | null;
	unread: UnreadRange[];
}

interface ScanState {
	readonly cur: TomlCursor;
	readonly keyLines: KeyLines;
	readonly values: ValueReader;
	readonly unreadValues: readonly UnreadValue[];
	readonly unread: UnreadRange[];
	/** The concrete path of the table open now ("" before any header). */
	table: string;
	/** The `[[name]]` header open now, when it has a single key: where unread values may be. */
	arrayTable: string | null;
	readonly onUnreadKey: ((offset: number) => void) | undefined;
}

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
export function scanPositions(
	text: string,
	unreadValues: readonly UnreadValue[],
	onUnreadKey?: (offset: number) => void,
): ScanResult {
	const cur = new TomlCursor(text);
	const keyLines = new KeyLines();
	const state: ScanState = {
		cur,
		keyLines,
		values: new ValueReader(cur, keyLines),
		unreadValues,
		unread: [],
		table: "",
		arrayTable: null,
		onUnreadKey,
	};
	try {
		while (cur.i < cur.n) {
			cur.skipBlanksNewlinesComments();
			if (cur.i >= cur.n) break;
			const line = cur.lineAt(cur.i);
			if (cur.s.charCodeAt(cur.i) === OPEN_BRACKET) readHeader(state, line);
			else readEntry(state, line);
			cur.skipBlanks();
			cur.skipComment();
		}
	} catch (error) {
		if (!(error instanceof ScanStop)) throw error;
	}
	return {
		lines: state.keyLines.lines,
		violation: cur.violation,
		unread: state.unread,
	};
}

/** `[table]` or `[[array.of.tables]]`: opens the table it names. */
function readHeader(state: ScanState, line: number): void {
	const { cur } = state;
	const isArrayTable = cur.s.charCodeAt(cur.i + 1) === OPEN_BRACKET;
	cur.i += isArrayTable ? 2 : 1;
	const keys = readKey(cur);
	cur.expect(isArrayTable ? "]]" : "]");
	state.table = state.keyLines.resolveHeader(keys, line, isArrayTable);
	state.arrayTable =
		isArrayTable && keys.length === 1 ? (keys[0] ?? null) : null;
}

/** `key = value` in the open table. */
function readEntry(state: ScanState, line: number): void {
	const { cur } = state;
	const start = cur.i;
	const keys = readKey(cur);
	cur.expect("=");
	cur.skipBlanks();
	const key = state.keyLines.recordKey(state.table, keys, line, -1);
	const unreadValue = unreadAt(state.unreadValues, state.arrayTable, keys);
	if (unreadValue !== null) state.onUnreadKey?.(start);
	if (unreadValue === null || !skipUnread(cur, unreadValue, state.unread))
		state.values.read(key, line, 0);
}
