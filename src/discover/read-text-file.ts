// A dependency file as UTF-8 text, or in words why it cannot be audited (read-file-bytes.ts reads it).
import type { Diagnostic } from "../model/types.js";
import { decodeAscii } from "../parse/ascii-text.js";
import { readFileWith } from "./read-file-bytes.js";

export type TextFileResult =
	| { ok: true; text: string }
	| { ok: false; diagnostic: Diagnostic };

/** Reads a dependency file as UTF-8 text, or says in words why it cannot be audited. Never throws. */
export async function readTextFile(absPath: string): Promise<TextFileResult> {
	const read = await readFileWith(absPath, decodeText);
	return read.ok ? read.value : read;
}

export function decodeText(bytes: Uint8Array): TextFileResult {
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) ||
			(bytes[0] === 0xfe && bytes[1] === 0xff))
	) {
		return fail(
			"file is UTF-16 encoded; dependency files must be UTF-8 (re-save it as UTF-8)",
			1,
		);
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		return fail(
			`binary content (a NUL byte at offset ${nul}); this is not a text file`,
			lineAt(bytes, nul),
		);
	}
	try {
		return { ok: true, text: decodeUtf8(bytes) };
	} catch {
		const offset = firstInvalidUtf8(bytes);
		return fail(
			`not valid UTF-8 (byte offset ${offset}); re-save the file as UTF-8`,
			lineAt(bytes, offset),
		);
	}
}

/** UTF-8, strictly, with the decoder's BOM handling (an ASCII file has no BOM). */
function decodeUtf8(bytes: Uint8Array): string {
	return (
		decodeAscii(bytes) ??
		new TextDecoder("utf-8", { fatal: true }).decode(bytes)
	);
}

function fail(
	message: string,
	line: number | null = null,
): { ok: false; diagnostic: Diagnostic } {
	return { ok: false, diagnostic: { severity: "error", line, message } };
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++)
		if (bytes[i] === 0x0a) line++;
	return line;
}

// Offset of the first byte that starts an invalid UTF-8 sequence.
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] as number;
		const need =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (need < 0) return i;
		const chunk = bytes.subarray(i, i + need + 1);
		if (chunk.length < need + 1) return i;
		try {
			new TextDecoder("utf-8", { fatal: true }).decode(chunk);
		} catch {
			return i;
		}
		i += need + 1;
	}
	return bytes.length;
}
