// A uv.lock read from its bytes. Over 90% of a real lock's bytes are its `wheels` and `sdist` entries, which no
// rule reads (see UNREAD_FILES in uv-lock.ts). Here they are checked and left out before the bytes become text,
// so the text is a tenth of the file: a lock larger than 128 KB decoded whole is a string in V8's large-object
// space, which maps fresh memory for each one (on the machines measured, 3-7 ns a byte where a small string costs
// 0.15), and that decoding was a sixth of a parse worker's time on a fleet of real locks.
//
// Only the exact shape uv writes is left out, each entry checked as uv-lock.ts's pattern checks it (never looser),
// and only where the TOML scanner then confirms the key is `wheels` or `sdist` of a `[[package]]`: anything else
// (a non-ASCII file, the key in another table or inside a multi-line string) is read from the whole text, so the
// result is always what `parseUvLock` gives on the whole text.
import { isAscii } from "node:buffer";
import type { ParseResult } from "../model/types.js";
import { parseUvLock, type UvLock } from "./uv-lock.js";

/**
 * Below this size the whole text is a young-generation string, cheap to make, and uv-lock.ts's pattern (native
 * code from the first run) checks the entries faster than this file's loops do before V8 compiles them: the
 * example fleet's three 28 KB locks took 8 ms longer from their bytes.
 */
export const MIN_LOCK_BYTES_TO_ELIDE = 128 * 1024;

/**
 * The lock parsed from text without its file entries, or null when the fast path does not apply (not ASCII, a NUL
 * byte, or an entry the scanner did not confirm): the caller then decodes the whole file and uses `parseUvLock`.
 */
export function parseUvLockBytes(
	bytes: Uint8Array,
	path: string,
): ParseResult<UvLock> | null {
	if (!isAscii(bytes) || bytes.indexOf(0) >= 0) return null;
	const elided = elideFileEntries(bytes);
	if (elided === null) return null;
	const seen: number[] = [];
	const result = parseUvLock(elided.text, path, {
		onUnreadKey: (offset) => seen.push(offset),
	});
	return isSubsequence(elided.keyOffsets, seen) ? result : null;
}

/** Whether every element of `wanted` (ascending) is in `seen` (ascending). */
function isSubsequence(
	wanted: readonly number[],
	seen: readonly number[],
): boolean {
	let k = 0;
	for (const offset of seen) if (offset === wanted[k]) k++;
	return k === wanted.length;
}

export interface ElidedLock {
	/** The file's text with each left-out array's element lines as empty lines and each left-out table as `{}`. */
	text: string;
	/** Where in `text` each left-out value's `wheels` or `sdist` key starts, ascending. */
	keyOffsets: number[];
}

const WHEELS_KEY = Buffer.from("\nwheels = [", "latin1");
const SDIST_KEY = Buffer.from("\nsdist = ", "latin1");

/** Where the kept bytes are gathered before they become text: one buffer per thread, grown up to 4 MiB. */
let gathered = Buffer.allocUnsafe(64 * 1024);
const GATHERED_MAX_BYTES = 4 * 1024 * 1024;

function gatherBuffer(size: number): Buffer {
	if (size > GATHERED_MAX_BYTES) return Buffer.allocUnsafe(size);
	if (gathered.length < size) gathered = Buffer.allocUnsafe(size);
	return gathered;
}

/** The bytes (ASCII) as text without their uv-shaped file entries; null when there are none. */
export function elideFileEntries(bytes: Uint8Array): ElidedLock | null {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const out = gatherBuffer(buffer.length);
	const keyOffsets: number[] = [];
	let length = 0;
	let copied = 0;
	let wheels = buffer.indexOf(WHEELS_KEY, 0);
	let sdist = buffer.indexOf(SDIST_KEY, 0);
	while (wheels >= 0 || sdist >= 0) {
		const isWheels = wheels >= 0 && (sdist < 0 || wheels < sdist);
		// Past the needle's line break: where the key starts.
		const key = (isWheels ? wheels : sdist) + 1;
		const range = isWheels
			? elementLinesAfter(buffer, wheels + WHEELS_KEY.length - 1)
			: inlineEntryAt(buffer, sdist + SDIST_KEY.length);
		let next = key;
		if (range !== null) {
			length += buffer.copy(out, length, copied, range.start);
			keyOffsets.push(length - (range.start - key));
			if (isWheels) {
				out.fill(LF, length, length + range.lines);
				length += range.lines;
			} else {
				out[length++] = OPEN_BRACE;
				out[length++] = CLOSE_BRACE;
			}
			copied = next = range.end;
		}
		// Each search goes on from the end of what was just left out (neither key can start inside it).
		if (isWheels || wheels < next) wheels = buffer.indexOf(WHEELS_KEY, next);
		if (!isWheels || sdist < next) sdist = buffer.indexOf(SDIST_KEY, next);
	}
	if (keyOffsets.length === 0) return null;
	length += buffer.copy(out, length, copied);
	return { text: out.toString("latin1", 0, length), keyOffsets };
}

/** Bytes left out: [start, end), and for an array the number of element lines (each becomes an empty line). */
interface Range {
	start: number;
	end: number;
	lines: number;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * After `wheels = [` at `open` (the `[`): a line break, then lines that are each one file entry and a comma, up to a
 * `]` at the start of a line. The range is the element lines; they become as many empty lines.
 */
function elementLinesAfter(bytes: Uint8Array, open: number): Range | null {
	let p = open + 1;
	if (bytes[p] === CR) p++;
	if (bytes[p] !== LF) return null;
	p++;
	const start = p;
	let count = 0;
	while (p < bytes.length && bytes[p] !== CLOSE_BRACKET) {
		while (bytes[p] === SPACE) p++;
		p = fileEntryEnd(bytes, p);
		if (p < 0 || bytes[p] !== COMMA) return null;
		p++;
		if (bytes[p] === CR) p++;
		if (bytes[p] !== LF) return null;
		p++;
		count++;
	}
	return p < bytes.length ? { start, end: p, lines: count } : null;
}

/** `sdist = { ... }` with `{` at `at`: the entry becomes `{}`. */
function inlineEntryAt(bytes: Uint8Array, at: number): Range | null {
	const end = fileEntryEnd(bytes, at);
	return end < 0 ? null : { start: at, end, lines: 0 };
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const URL_OPEN = ascii('{ url = "');
const HASH_OPEN = ascii('", hash = "sha256:');
const SIZE_OPEN = ascii('", size = ');
const UPLOAD_TIME_OPEN = ascii(', upload-time = "');
const CLOSE = ascii(" }");
/** `YYYY-MM-DDTHH:MM:SS`, 0 where a digit goes. */
const TIMESTAMP = Uint8Array.from("0000-00-00T00:00:00", (c) =>
	c === "0" ? 0 : c.charCodeAt(0),
);

/**
 * Where a file entry as uv writes it ends (after its `}`), or -1. Exactly what uv-lock.ts's UV_FILE pattern
 * matches, never more: `{ url = "<no quote, backslash or control>", hash = "sha256:<64 lower-case hex>",
 * size = <0 or up to 16 digits>[, upload-time = "<YYYY-MM-DDTHH:MM:SS[.1-9 digits]Z>"] }`.
 * Written for V8's optimizer: a byte loop with explicit bounds, about 1.5 ns a byte.
 */
export function fileEntryEnd(bytes: Uint8Array, at: number): number {
	const n = bytes.length;
	let p = literal(bytes, at, URL_OPEN);
	if (p < 0) return -1;
	for (;;) {
		if (p >= n) return -1;
		const c = bytes[p] as number;
		if (c === QUOTE) break;
		if (c === 0x5c || c < 0x20 || c === 0x7f) return -1;
		p++;
	}
	p = literal(bytes, p, HASH_OPEN);
	if (p < 0 || p + 64 > n) return -1;
	for (const end = p + 64; p < end; p++) {
		const c = bytes[p] as number;
		if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return -1;
	}
	p = literal(bytes, p, SIZE_OPEN);
	if (p < 0) return -1;
	p = sizeEnd(bytes, p);
	if (p < 0) return -1;
	if (bytes[p] === COMMA) {
		p = literal(bytes, p, UPLOAD_TIME_OPEN);
		if (p < 0) return -1;
		p = timestampEnd(bytes, p);
		if (p < 0 || bytes[p] !== QUOTE) return -1;
		p++;
	}
	return literal(bytes, p, CLOSE);
}

/** `0`, or a digit 1-9 and up to 15 more digits. */
function sizeEnd(bytes: Uint8Array, p: number): number {
	const first = bytes[p];
	if (first === 0x30) return p + 1;
	if (first === undefined || first < 0x31 || first > 0x39) return -1;
	const limit = Math.min(p + 16, bytes.length);
	p++;
	while (p < limit && isDigit(bytes[p] as number)) p++;
	return p;
}

/** `YYYY-MM-DDTHH:MM:SS`, optionally `.` and 1-9 digits, then `Z`. */
function timestampEnd(bytes: Uint8Array, p: number): number {
	if (p + TIMESTAMP.length > bytes.length) return -1;
	for (let k = 0; k < TIMESTAMP.length; k++) {
		const c = bytes[p + k] as number;
		const want = TIMESTAMP[k] as number;
		if (want === 0 ? !isDigit(c) : c !== want) return -1;
	}
	p += TIMESTAMP.length;
	if (bytes[p] === 0x2e) {
		p++;
		const first = p;
		const limit = Math.min(p + 9, bytes.length);
		while (p < limit && isDigit(bytes[p] as number)) p++;
		if (p === first) return -1;
	}
	return bytes[p] === 0x5a ? p + 1 : -1;
}

function literal(bytes: Uint8Array, p: number, text: Uint8Array): number {
	if (p + text.length > bytes.length) return -1;
	for (let k = 0; k < text.length; k++) if (bytes[p + k] !== text[k]) return -1;
	return p + text.length;
}

function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}
