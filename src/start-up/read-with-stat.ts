// A file's bytes with the size and modification time of the very file they were read from (one open, one fstat):
// the engine's source and its code cache are both named and checked by these.
import {
	closeSync,
	fstatSync,
	openSync,
	readFileSync,
	readSync,
} from "node:fs";

/**
 * Throws as fs does. With `into`, a file that fits is read into that buffer and its bytes are a view of it: the
 * engine's source is read into a buffer sized for its code cache too, and the cache into it once the source is a
 * string (fresh memory is what start-up pays most for on a virtual machine: ~11 µs a page here, bench/results.md
 * rounds 11 and 16).
 */
export function readWithStat(
	file: string,
	into?: Buffer,
): {
	bytes: Buffer;
	size: number;
	modified: number;
} {
	const opened = openWithStat(file);
	try {
		return {
			bytes: opened.read(into),
			size: opened.size,
			modified: opened.modified,
		};
	} finally {
		opened.close();
	}
}

/** A file opened, with its size and modification time, to be read once its reader has sized a buffer from them. */
export interface OpenedFile {
	size: number;
	modified: number;
	/** The whole file: into `into` when it fits (see readWithStat), else a buffer of its own. */
	read(into?: Buffer): Buffer;
	close(): void;
}

export function openWithStat(file: string): OpenedFile {
	const fd = openSync(file, "r");
	try {
		const stat = fstatSync(fd);
		return {
			size: stat.size,
			modified: stat.mtimeMs,
			read: (into) =>
				into !== undefined && stat.size < into.length
					? readToEnd(fd, into)
					: readFileSync(fd),
			close: () => closeSync(fd),
		};
	} catch (error) {
		closeSync(fd);
		throw error;
	}
}

/**
 * The file's bytes in `into`, to the end of the file: one byte more than the file had when stat'ed is room enough to
 * see that it grew, and a file that outgrew the buffer is read whole as readFileSync would.
 */
function readToEnd(fd: number, into: Buffer): Buffer {
	let length = 0;
	for (;;) {
		const read = readSync(fd, into, length, into.length - length, null);
		if (read === 0) return into.subarray(0, length);
		length += read;
		if (length === into.length) return Buffer.concat([into, readFileSync(fd)]);
	}
}
