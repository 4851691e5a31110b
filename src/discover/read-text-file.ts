import { open } from "node:fs/promises";
import type { Diagnostic } from "../model/types.js";

/** Files larger than this are refused without being read: no real dependency file comes near it. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type TextFileResult =
	| { ok: true; text: string }
	| { ok: false; diagnostic: Diagnostic };

export type BytesFileResult =
	| { ok: true; bytes: Uint8Array }
	| { ok: false; diagnostic: Diagnostic };

// Reads a dependency file as UTF-8 text, or says in words why it cannot be audited. Never throws.
export async function readTextFile(absPath: string): Promise<TextFileResult> {
	const read = await readFileBytes(absPath);
	return read.ok ? decodeText(read.bytes) : read;
}

/**
 * A file's bytes, up to the one size limit of every reading path (the checkout, and a commit read from git, whose
 * larger blobs are written as sparse files of their true size so that this check sees them). Never throws.
 */
export async function readFileBytes(absPath: string): Promise<BytesFileResult> {
	let handle: Awaited<ReturnType<typeof open>> | undefined;
	try {
		handle = await open(absPath, "r");
		const { size } = await handle.stat();
		if (size > MAX_FILE_BYTES) {
			return {
				ok: false,
				diagnostic: {
					severity: "error",
					line: null,
					rule: "unauditable",
					message: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_FILE_BYTES)} pin-audit reads, so what an installer reads from it was not audited; keep dependency files under that size`,
				},
			};
		}
		return { ok: true, bytes: await handle.readFile() };
	} catch (error) {
		return fail(`cannot read file: ${describeFsError(error)}`);
	} finally {
		await handle?.close().catch(() => {});
	}
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
		return {
			ok: true,
			text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
		};
	} catch {
		const offset = firstInvalidUtf8(bytes);
		return fail(
			`not valid UTF-8 (byte offset ${offset}); re-save the file as UTF-8`,
			lineAt(bytes, offset),
		);
	}
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

function formatBytes(n: number): string {
	return n >= 1024 * 1024
		? `${(n / (1024 * 1024)).toFixed(1)} MiB`
		: `${n} bytes`;
}

export function describeFsError(error: unknown): string {
	const code = (error as { code?: unknown })?.code;
	switch (code) {
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "ENOENT":
			return "no such file";
		case "ELOOP":
			return "too many levels of symbolic links";
		case "EISDIR":
			return "is a directory";
		default:
			return typeof code === "string" ? code : String(error);
	}
}
