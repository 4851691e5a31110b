// The CLI's stdout and stderr written straight to their file descriptors when they are a file, a pipe or socket, or
// the null device (not on Windows), without making process.stdout or process.stderr: for a pipe that is a
// net.Socket, and loading node:net took 2.6 ms of each run (0.7 ms for the null device's stream). The writes block
// until the reader takes them: a slow reader holds the CLI at its output, and nothing piles up in memory (through
// Node's stream, a pipe is made non-blocking and what the reader has not taken is queued). A terminal or another
// device keeps Node's stream (stdout-writer.ts). EAGAIN comes when the open file is shared with a process.stdout or
// process.stderr that Node made non-blocking (`2>&1` with Node's own warnings, or a parent's shared pipe): the
// rest of the output then goes through Node's stream, which waits for the pipe.
import { fstatSync, statSync, writeSync } from "node:fs";
import type { Writable } from "node:stream";
import {
	createStdoutWriter,
	encodeKept,
	type StdoutWriter,
} from "./stdout-writer.js";

/** The kept encoding buffer's first size (it grows to the largest piece it keeps: encodeKept). */
const INITIAL_BYTES = 64 * 1024;

/** Whether `fd` can be written straight: a regular file, a pipe or socket, or the null device, off Windows. */
export function writesDirectly(
	fd: number,
	platform: NodeJS.Platform = process.platform,
): boolean {
	if (platform === "win32") return false;
	try {
		const target = fstatSync(fd);
		if (target.isFile() || target.isFIFO() || target.isSocket()) return true;
		return (
			target.isCharacterDevice() && target.rdev === statSync("/dev/null").rdev
		);
	} catch {
		return false;
	}
}

/**
 * A writer to `fd` with blocking writes. EPIPE (the reader went away) stops it quietly; another error stops it and
 * is what `finish` answers; EAGAIN hands this piece's rest and every later piece to `stream()`.
 */
export function createDirectWriter(
	fd: number,
	stream: () => Writable,
): StdoutWriter {
	let kept: Buffer = Buffer.allocUnsafeSlow(INITIAL_BYTES);
	let readerGone = false;
	let failure: Error | null = null;
	let handedOver: { writer: StdoutWriter; rest: Promise<void> } | null = null;

	const encode = (text: string): Buffer => {
		const encoded = encodeKept(kept, text);
		if (encoded === null) return Buffer.from(text, "utf8");
		kept = encoded.kept;
		return encoded.bytes;
	};
	const handOver = (rest: Uint8Array): Promise<void> => {
		const target = stream();
		// Made before the rest is written, so that it sees the rest's errors too.
		const writer = createStdoutWriter(target);
		const copy = Buffer.from(rest);
		handedOver = {
			writer,
			rest: new Promise((resolve) => target.write(copy, () => resolve())),
		};
		return Promise.resolve();
	};

	return {
		async write(text) {
			if (handedOver !== null) return handedOver.writer.write(text);
			if (readerGone || failure !== null) return;
			const bytes = encode(text);
			let done = 0;
			while (done < bytes.length) {
				try {
					done += writeSync(fd, bytes, done, bytes.length - done);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code;
					if (code === "EAGAIN") return handOver(bytes.subarray(done));
					if (code === "EPIPE") readerGone = true;
					else failure = error as Error;
					return;
				}
			}
		},
		async finish() {
			if (handedOver !== null) {
				await handedOver.rest;
				return handedOver.writer.finish();
			}
			return readerGone ? null : failure;
		},
	};
}
