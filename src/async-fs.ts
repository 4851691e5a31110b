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
	/** The rest of the file, from the current offset to its end (however much it grew since `stat`). */
	readFile(): Promise<Buffer>;
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
		async readFile() {
			const { size } = await call<Stats>((done) => fs.fstat(fd, done));
			// One read more than the size, to see the end (or that the file grew): node:fs/promises does the same.
			let buffer = Buffer.allocUnsafe(Math.max(size, 8 * 1024) + 1);
			let filled = 0;
			for (;;) {
				if (filled === buffer.length) {
					const larger = Buffer.allocUnsafe(buffer.length * 2);
					buffer.copy(larger, 0, 0, filled);
					buffer = larger;
				}
				const count = await read(buffer, filled, buffer.length - filled, null);
				if (count === 0) return buffer.subarray(0, filled);
				filled += count;
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
