// The CLI's output writer reuses two buffers: what reaches the stream must be every piece, in order, whole, even
// when the stream holds on to a piece's bytes for a while and asks the writer to wait.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createStdoutWriter } from "../../src/start-up/stdout-writer.js";

/**
 * A stream that takes `delayMs` to write each chunk: it reads the chunk's bytes when it has written them, just
 * before it says it is done with them, as a file or a socket does.
 */
function slowStream(delayMs: number) {
	const chunks: Buffer[] = [];
	const stream = new Writable({
		highWaterMark: 1024,
		write(chunk: Buffer, _encoding, callback) {
			setTimeout(() => {
				chunks.push(Buffer.from(chunk));
				callback();
			}, delayMs);
		},
	});
	return { stream, read: () => Buffer.concat(chunks).toString("utf8") };
}

describe("the CLI's output writer", () => {
	it("writes every piece whole and in order, reusing a buffer only once the stream is done with it", async () => {
		const { stream, read } = slowStream(2);
		const write = createStdoutWriter(stream);
		const pieces = Array.from(
			{ length: 40 },
			(_, i) => `${String(i).padStart(3, "0")} ${"é✓😀 ".repeat(i * 50)}\n`,
		);
		for (const piece of pieces) await write(piece);
		await new Promise<void>((resolve) => stream.end(resolve));
		expect(read()).toBe(pieces.join(""));
	});

	it("writes a piece too large to keep as text", async () => {
		const { stream, read } = slowStream(0);
		const write = createStdoutWriter(stream);
		const large = "x".repeat(2 * 1024 * 1024);
		await write("a\n");
		await write(large);
		await write("b\n");
		await new Promise<void>((resolve) => stream.end(resolve));
		expect(read()).toBe(`a\n${large}b\n`);
	});
});

describe("when the output cannot be written", () => {
	const failing = (code: string) =>
		new Writable({
			write(_chunk, _encoding, callback) {
				callback(Object.assign(new Error(`write ${code}`), { code }));
			},
		});

	it("stops writing, quietly, when the reader has gone away (EPIPE)", async () => {
		const write = createStdoutWriter(failing("EPIPE"));
		for (let i = 0; i < 5; i++) await write(`line ${i}\n`);
	});

	it("throws any other error at the next write", async () => {
		const write = createStdoutWriter(failing("ENOSPC"));
		await write("first\n");
		await new Promise((resolve) => setImmediate(resolve));
		await expect(write("second\n")).rejects.toThrow("write ENOSPC");
	});

	it("the CLI exits with the audit's status and says nothing when its reader closes", async () => {
		const child = spawn(
			process.execPath,
			["dist/cli.js", "examples/mcp-fleet", "--offline", "--format", "json"],
			{ stdio: ["ignore", "pipe", "pipe"] },
		);
		child.stdout.destroy();
		let stderr = "";
		child.stderr.on("data", (data) => {
			stderr += data;
		});
		const [status] = await once(child, "close");
		expect({ status, stderr }).toEqual({ status: 1, stderr: "" });
	});
});
