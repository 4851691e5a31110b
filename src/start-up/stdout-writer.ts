// The CLI's output, encoded into two buffers kept for the whole run, each written again once the stream is done
// with it. A fleet's JSON report is ~100 MB written in pieces of ~64 KB, and a new buffer for each piece is fresh
// memory: on the machines measured, encoding into new buffers took 270 ms of a 1000-project run's main thread,
// most of it mapping pages. When the output cannot be written, the rest is not attempted: a reader that went away
// (`pin-audit | head`, EPIPE) is no failure and the exit status stays the audit's; any other (a full disk) is what
// `finish` answers, for the CLI to say.
import type { Writable } from "node:stream";

/** Buffers start at this size and grow to the largest piece; a piece larger than MAX_KEPT is written as text. */
const INITIAL_BYTES = 256 * 1024;
const MAX_KEPT_BYTES = 4 * 1024 * 1024;

export interface StdoutWriter {
	/** Writes one piece; resolves when another may be written. Never rejects. */
	write(text: string): Promise<void>;
	/** Once every piece is written: the error that stopped the output, or null (also when the reader went away). */
	finish(): Promise<Error | null>;
}

export function createStdoutWriter(stream: Writable): StdoutWriter {
	const buffers: Buffer[] = [
		Buffer.allocUnsafeSlow(INITIAL_BYTES),
		Buffer.allocUnsafeSlow(INITIAL_BYTES),
	];
	const written: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
	let turn = 0;
	const state = watchErrors(stream);
	const stopped = () => state.readerGone || state.failure !== null;
	const send = async (i: number, chunk: string | Buffer) => {
		let done = () => {};
		written[i] = new Promise<void>((resolve) => {
			done = resolve;
		});
		// The callback runs once the stream no longer needs the bytes (written, or failed).
		if (!stream.write(chunk, () => done())) await drained(stream);
	};
	return {
		async write(text) {
			const i = turn;
			turn = 1 - turn;
			// This buffer is free once the stream is done with its last piece (and the one before has gone out).
			await written[i];
			if (stopped()) return;
			const encoded = encodeKept(buffers[i] as Buffer, text);
			if (encoded === null) return send(i, text);
			buffers[i] = encoded.kept;
			return send(i, encoded.bytes);
		},
		async finish() {
			await Promise.all(written);
			return state.readerGone ? null : state.failure;
		},
	};
}

/**
 * `text` as UTF-8 in `kept`, or in a larger buffer that is kept instead (up to MAX_KEPT_BYTES); null for a piece
 * too large to keep.
 */
export function encodeKept(
	kept: Buffer,
	text: string,
): { kept: Buffer; bytes: Buffer } | null {
	// UTF-8 takes at most 3 bytes per UTF-16 unit.
	const room = text.length * 3;
	if (room > MAX_KEPT_BYTES) return null;
	const buffer = kept.length < room ? Buffer.allocUnsafeSlow(room) : kept;
	return { kept: buffer, bytes: buffer.subarray(0, buffer.write(text)) };
}

/** EPIPE: the reader went away. Any other error is kept, the first one. */
function watchErrors(stream: Writable) {
	const state = { readerGone: false, failure: null as Error | null };
	stream.on("error", (error: NodeJS.ErrnoException) => {
		if (error.code === "EPIPE") state.readerGone = true;
		else state.failure ??= error;
	});
	return state;
}

/** Until the stream wants more, or cannot take any (an error, destroyed, closed). */
function drained(stream: Writable): Promise<void> {
	if (stream.destroyed || stream.errored) return Promise.resolve();
	return new Promise((resolve) => {
		const settle = () => {
			stream.off("drain", settle);
			stream.off("error", settle);
			stream.off("close", settle);
			resolve();
		};
		stream.on("drain", settle);
		stream.on("error", settle);
		stream.on("close", settle);
	});
}
