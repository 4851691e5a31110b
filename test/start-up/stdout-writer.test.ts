// The CLI's output writer reuses two buffers: what reaches the stream must be every piece, in order, whole, even
// when the stream holds on to a piece's bytes for a while and asks the writer to wait.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, openSync } from "node:fs";
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
		const { write } = createStdoutWriter(stream);
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
		const { write } = createStdoutWriter(stream);
		const large = "x".repeat(2 * 1024 * 1024);
		await write("a\n");
		await write(large);
		await write("b\n");
		await new Promise<void>((resolve) => stream.end(resolve));
		expect(read()).toBe(`a\n${large}b\n`);
	});
});

describe("when the output cannot be written", () => {
	/** A stream whose writes fail with `code`, after `delayMs` (0: at once). */
	const failing = (code: string, delayMs = 0) =>
		new Writable({
			write(_chunk, _encoding, callback) {
				const fail = () =>
					callback(Object.assign(new Error(`write ${code}`), { code }));
				if (delayMs === 0) fail();
				else setTimeout(fail, delayMs);
			},
		});

	it("stops writing, and says nothing, when the reader has gone away (EPIPE)", async () => {
		const output = createStdoutWriter(failing("EPIPE"));
		for (let i = 0; i < 5; i++) await output.write(`line ${i}\n`);
		expect(await output.finish()).toBeNull();
	});

	it("answers any other failure once the output is done, even of its last piece", async () => {
		const output = createStdoutWriter(failing("ENOSPC"));
		await output.write("the only piece\n");
		expect((await output.finish())?.message).toBe("write ENOSPC");
	});

	it("goes on without waiting for a stream that failed while a piece waited", async () => {
		for (const code of ["EPIPE", "ENOSPC"]) {
			const output = createStdoutWriter(failing(code, 5));
			for (let i = 0; i < 6; i++) await output.write(`line ${i}\n`);
			const lost = await output.finish();
			expect(lost?.message ?? null).toBe(
				code === "EPIPE" ? null : `write ${code}`,
			);
		}
	});

	const run = async (stdout: "pipe-closed" | number) => {
		const child = spawn(
			process.execPath,
			["dist/cli.js", "examples/mcp-fleet", "--offline", "--format", "json"],
			{ stdio: ["ignore", stdout === "pipe-closed" ? "pipe" : stdout, "pipe"] },
		);
		child.stdout?.destroy();
		let stderr = "";
		child.stderr?.on("data", (data) => {
			stderr += data;
		});
		const [status] = await once(child, "close");
		return { status, stderr };
	};

	it("the CLI exits with the audit's status and says nothing when its reader closes", async () => {
		expect(await run("pipe-closed")).toEqual({ status: 1, stderr: "" });
	});

	it.skipIf(!existsSync("/dev/full"))(
		"the CLI says it could not write the report to a full disk, and fails",
		async () => {
			const full = openSync("/dev/full", "w");
			try {
				expect(await run(full)).toEqual({
					status: 2,
					stderr:
						"pin-audit: cannot write the output: ENOSPC: no space left on device, write\n",
				});
			} finally {
				closeSync(full);
			}
		},
	);
});
