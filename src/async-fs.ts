// node:fs/promises's functions that the CLI's engine uses, with the same names, arguments and results, over
// node:fs's callbacks. Node loads node:fs before any script; node:fs/promises costs 1.7 ms of every run on the
// machines measured (it loads readline and the streams behind FileHandle.readLines, which nothing here uses).
// Errors are node:fs's own (code, syscall, path). The action's own modules (src/github/) keep node:fs/promises:
// its start is dominated by Octokit.

import type {
	Dirent,
	MakeDirectoryOptions,
	RmOptions,
	Stats,
	WriteFileOptions,
} from "node:fs";
import * as fs from "node:fs";

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

/** node:fs/promises's readFile reads at most this much at once. */
const READ_CHUNK_BYTES = 512 * 1024;

/** `start` called with a node:fs callback, as a promise. */
function call<T>(start: (callback: Callback<T>) => void): Promise<T> {
	return new Promise((resolve, reject) =>
		start((error, value) => (error ? reject(error) : resolve(value))),
	);
}

export function stat(path: string): Promise<Stats> {
	return call((done) => fs.stat(path, done));
}

export function lstat(path: string): Promise<Stats> {
	return call((done) => fs.lstat(path, done));
}

export function readlink(path: string, encoding: "utf8"): Promise<string> {
	return call((done) => fs.readlink(path, encoding, done));
}

/** The operating system's realpath(3), as node:fs/promises's (not node:fs's JavaScript walk). */
export function realpath(path: string): Promise<string> {
	return call((done) => fs.realpath.native(path, done));
}

export function readdir(
	path: string,
	options: { withFileTypes: true },
): Promise<Dirent[]> {
	return call((done) => fs.readdir(path, options, done));
}

export function readFile(path: string): Promise<Buffer>;
export function readFile(path: string, encoding: "utf8"): Promise<string>;
export function readFile(
	path: string,
	encoding?: "utf8",
): Promise<Buffer | string> {
	return encoding === undefined
		? call<Buffer>((done) => fs.readFile(path, done))
		: call<string>((done) => fs.readFile(path, encoding, done));
}

export function writeFile(
	path: string,
	data: string | Uint8Array,
	options: WriteFileOptions = "utf8",
): Promise<void> {
	return call<void>((done) => fs.writeFile(path, data, options, done));
}

export function mkdir(
	path: string,
	options: MakeDirectoryOptions & { recursive: true },
): Promise<string | undefined> {
	return call((done) => fs.mkdir(path, options, done));
}

export function mkdtemp(prefix: string): Promise<string> {
	return call((done) => fs.mkdtemp(prefix, done));
}

export function rename(from: string, to: string): Promise<void> {
	return call<void>((done) => fs.rename(from, to, done));
}

export function rm(path: string, options: RmOptions): Promise<void> {
	return call<void>((done) => fs.rm(path, options, done));
}

/** The part of node:fs/promises's FileHandle this code uses. */
export interface FileHandle {
	readonly fd: number;
	stat(): Promise<Stats>;
	/** Reads at `position` (null: the file's current offset). */
	read(
		buffer: Uint8Array,
		offset: number,
		length: number,
		position: number | null,
	): Promise<{ bytesRead: number; buffer: Uint8Array }>;
	/**
	 * The file from the current offset: as many bytes as its size says, or to its end when that is 0. `size`, when
	 * the caller has just taken it with `stat`, spares asking again.
	 */
	readFile(size?: number): Promise<Buffer>;
	/** Writes all of `data` at the current offset. */
	write(data: string | Uint8Array): Promise<void>;
	close(): Promise<void>;
}

export async function open(
	path: string,
	flags: "r" | "w",
): Promise<FileHandle> {
	const fd = await call<number>((done) => fs.open(path, flags, done));
	return createHandle(fd);
}

function createHandle(fd: number): FileHandle {
	const read = (
		buffer: Uint8Array,
		offset: number,
		length: number,
		position: number | null,
	) =>
		call<number>((done) => fs.read(fd, buffer, offset, length, position, done));
	return {
		fd,
		stat: () => call((done) => fs.fstat(fd, done)),
		read: async (buffer, offset, length, position) => ({
			bytesRead: await read(buffer, offset, length, position),
			buffer,
		}),
		async readFile(known) {
			// As node:fs/promises reads: the size fstat gives, in reads of at most 512 KiB; a file whose size says 0
			// (as /proc's do) to its end.
			const size =
				known ?? (await call<Stats>((done) => fs.fstat(fd, done))).size;
			if (size > 0) {
				const buffer = Buffer.allocUnsafeSlow(size);
				let filled = 0;
				while (filled < size) {
					const count = await read(
						buffer,
						filled,
						Math.min(size - filled, READ_CHUNK_BYTES),
						null,
					);
					if (count === 0) return buffer.subarray(0, filled);
					filled += count;
				}
				return buffer;
			}
			const chunks: Buffer[] = [];
			for (;;) {
				const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
				const count = await read(chunk, 0, chunk.length, null);
				if (count === 0) return Buffer.concat(chunks);
				chunks.push(chunk.subarray(0, count));
			}
		},
		async write(data) {
			const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
			let done = 0;
			while (done < bytes.length)
				done += await call<number>((callback) =>
					fs.write(fd, bytes, done, bytes.length - done, null, callback),
				);
		},
		close: () => call<void>((done) => fs.close(fd, done)),
	};
}
