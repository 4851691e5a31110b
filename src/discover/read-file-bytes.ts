// A file's bytes, with the one size limit and the one wording of read errors every reading path shares. A parse
// worker reads with blocking calls into one buffer it keeps (useBlockingReads): on this kind of machine, each
// new megabyte of memory costs more to map than to fill.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "../async-fs.js";
import type { Diagnostic } from "../model/types.js";
import { noteBytesRead } from "../start-up/short-run-tuning.js";

/** Files larger than this are refused without being read: no real dependency file comes near it. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The kept read buffer's largest size: a larger file gets a buffer of its own, dropped after it. */
const KEPT_BUFFER_BYTES = 4 * 1024 * 1024;
const MIN_BUFFER_BYTES = 256 * 1024;

export type ReadResult<T> =
	| { ok: true; value: T }
	| { ok: false; diagnostic: Diagnostic };

/**
 * `use` applied to a file's bytes, up to the one size limit of every reading path (the checkout, and a commit read
 * from git, whose larger blobs are written as sparse files of their true size so that this check sees them).
 * `use` runs before this returns and must not keep the bytes: with blocking reads they are the thread's one
 * buffer, which the next read overwrites. Never throws for the file's sake (`use` may).
 */
export async function readFileWith<T>(
	absPath: string,
	use: (bytes: Uint8Array) => T,
): Promise<ReadResult<T>> {
	if (blockingReads) return readBlocking(absPath, use);
	let handle: Awaited<ReturnType<typeof open>> | undefined;
	let bytes: Uint8Array;
	try {
		handle = await open(absPath, "r");
		const { size } = await handle.stat();
		if (size > MAX_FILE_BYTES) return tooLarge(size);
		// A run that reads megabytes on the main thread is a long one (start-up/short-run-tuning.ts).
		noteBytesRead(size);
		bytes = await handle.readFile(size);
	} catch (error) {
		return cannotRead(error);
	} finally {
		await handle?.close().catch(() => {});
	}
	return { ok: true, value: use(bytes) };
}

/** Whether this thread reads with blocking calls: a parse worker, whose event loop nothing else waits on. */
let blockingReads = false;
let kept: Buffer | null = null;

/** From now on, this thread reads files with blocking calls into one buffer it keeps. */
export function useBlockingReads(): void {
	blockingReads = true;
}

export function isUsingBlockingReads(): boolean {
	return blockingReads;
}

function readBlocking<T>(
	absPath: string,
	use: (bytes: Uint8Array) => T,
): ReadResult<T> {
	let fd: number | undefined;
	let bytes: Uint8Array;
	try {
		fd = openSync(absPath, "r");
		const { size } = fstatSync(fd);
		if (size > MAX_FILE_BYTES) return tooLarge(size);
		bytes = readToEnd(fd, size);
		if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
	} catch (error) {
		return cannotRead(error);
	} finally {
		if (fd !== undefined) closeQuietly(fd);
	}
	return { ok: true, value: use(bytes) };
}

/**
 * The file's bytes in the kept buffer (grown as needed). A file that grew since `size` was taken is read on to
 * its end, but never past one byte over the limit.
 */
function readToEnd(fd: number, size: number): Uint8Array {
	let buffer = bufferFor(size + 1);
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			if (length > MAX_FILE_BYTES) break;
			const larger = Buffer.allocUnsafe(
				Math.min(2 * length, MAX_FILE_BYTES + 1),
			);
			buffer.copy(larger, 0, 0, length);
			buffer = larger;
		}
		const n = readSync(fd, buffer, length, buffer.length - length, null);
		if (n === 0) break;
		length += n;
	}
	if (buffer.length <= KEPT_BUFFER_BYTES) kept = buffer;
	return buffer.subarray(0, length);
}

/** The kept buffer when it is large enough; a larger one, kept if it is not too large, when it is not. */
function bufferFor(bytes: number): Buffer {
	if (kept !== null && kept.length >= bytes) return kept;
	if (bytes > KEPT_BUFFER_BYTES) return Buffer.allocUnsafe(bytes);
	const grown = Math.max(
		bytes,
		kept === null ? MIN_BUFFER_BYTES : 2 * kept.length,
	);
	return Buffer.allocUnsafe(Math.min(grown, KEPT_BUFFER_BYTES));
}

function closeQuietly(fd: number): void {
	try {
		closeSync(fd);
	} catch {
		// Closing a file only read cannot lose anything.
	}
}

function tooLarge(size: number): { ok: false; diagnostic: Diagnostic } {
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

function cannotRead(error: unknown): { ok: false; diagnostic: Diagnostic } {
	return {
		ok: false,
		diagnostic: {
			severity: "error",
			line: null,
			message: `cannot read file: ${describeFsError(error)}`,
		},
	};
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
