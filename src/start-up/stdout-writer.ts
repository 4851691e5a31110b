// The CLI's output, encoded into two buffers kept for the whole run, each written again once the stream is done
// with it. A fleet's JSON report is ~100 MB written in pieces of ~64 KB, and a new buffer for each piece is fresh
// memory: on the machines measured, encoding into new buffers took 270 ms of a 1000-project run's main thread,
// most of it mapping pages. A reader that goes away (`pin-audit | head`) ends the output, not the run: the rest is
// not written, nothing is said, and the exit status is still the audit's.

/** Buffers start at this size and grow to the largest piece; a piece larger than MAX_KEPT is written as text. */
const INITIAL_BYTES = 256 * 1024;
const MAX_KEPT_BYTES = 4 * 1024 * 1024;

export function createStdoutWriter(
	stream: NodeJS.WritableStream,
): (text: string) => Promise<void> {
	const buffers = [
		Buffer.allocUnsafeSlow(INITIAL_BYTES),
		Buffer.allocUnsafeSlow(INITIAL_BYTES),
	];
	const written: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
	let turn = 0;
	const state = watchErrors(stream);
	return async (text) => {
		state.check();
		if (state.readerGone) return;
		// UTF-8 takes at most 3 bytes per UTF-16 unit.
		const room = text.length * 3;
		if (room > MAX_KEPT_BYTES) {
			if (!stream.write(text)) await drained(stream);
			return;
		}
		const i = turn;
		turn = 1 - turn;
		await written[i];
		if ((buffers[i] as Buffer).length < room)
			buffers[i] = Buffer.allocUnsafeSlow(room);
		const buffer = buffers[i] as Buffer;
		const length = buffer.write(text);
		let done = () => {};
		written[i] = new Promise<void>((resolve) => {
			done = resolve;
		});
		// The callback runs once the stream no longer needs the bytes (written, or failed).
		if (!stream.write(buffer.subarray(0, length), () => done()))
			await drained(stream);
	};
}

/** EPIPE means the reader went away; any other error is thrown by the next write, to be reported. */
function watchErrors(stream: NodeJS.WritableStream) {
	const state = {
		readerGone: false,
		failure: null as Error | null,
		check() {
			if (state.failure !== null) throw state.failure;
		},
	};
	stream.on("error", (error: NodeJS.ErrnoException) => {
		if (error.code === "EPIPE") state.readerGone = true;
		else state.failure ??= error;
	});
	return state;
}

/** Until the stream wants more, or cannot take any (an error, closed). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
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
