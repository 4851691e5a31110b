// The CLI's output written straight to a file descriptor: which ones qualify, every piece whole and in order, a
// reader that went away, a full device, and a pipe its other end made non-blocking (EAGAIN), real in each case.
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
	closeSync,
	existsSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	createDirectWriter,
	writesDirectly,
} from "../../src/start-up/direct-writer.js";

const dir = mkdtempSync(join(tmpdir(), "pin-audit-direct-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The module bundled for child processes, which write to real pipes as the CLI does.
const bundle = join(dir, "direct-writer.mjs");
beforeAll(async () => {
	await build({
		entryPoints: [
			new URL("../../src/start-up/direct-writer.ts", import.meta.url).pathname,
		],
		bundle: true,
		platform: "node",
		format: "esm",
		outfile: bundle,
		logLevel: "silent",
	});
});

/** A stream that must never be asked for. */
const noStream = () => {
	throw new Error("the stream was asked for");
};

const pieces = Array.from(
	{ length: 30 },
	(_, i) => `${String(i).padStart(3, "0")} ${"é✓😀 ".repeat(i * 40)}\n`,
);

describe("writesDirectly", () => {
	it("takes regular files and the null device, not another device, nor anything on Windows", () => {
		const file = openSync(join(dir, "out.txt"), "w");
		const nul = openSync("/dev/null", "w");
		try {
			expect(writesDirectly(file)).toBe(true);
			expect(writesDirectly(nul)).toBe(true);
			expect(writesDirectly(file, "win32")).toBe(false);
			if (existsSync("/dev/full")) {
				const full = openSync("/dev/full", "w");
				expect(writesDirectly(full)).toBe(false);
				closeSync(full);
			}
		} finally {
			closeSync(file);
			closeSync(nul);
		}
		expect(writesDirectly(987_654)).toBe(false);
	});

	it("takes a pipe", async () => {
		const { stderr } = await runChild(
			"process.stderr.write(String(writesDirectly(1)));",
			() => {},
		);
		expect(stderr).toBe("true");
	});
});

describe("createDirectWriter", () => {
	it("writes every piece whole and in order, large and multi-byte ones too", async () => {
		const path = join(dir, "pieces.txt");
		const fd = openSync(path, "w");
		const writer = createDirectWriter(fd, noStream);
		const large = "ü".repeat(3 * 1024 * 1024);
		for (const piece of [...pieces, large, ...pieces])
			await writer.write(piece);
		expect(await writer.finish()).toBeNull();
		closeSync(fd);
		expect(readFileSync(path, "utf8")).toBe(
			[...pieces, large, ...pieces].join(""),
		);
	});

	it.skipIf(!existsSync("/dev/full"))(
		"stops at a full device and says so once the output is done",
		async () => {
			const fd = openSync("/dev/full", "w");
			try {
				const writer = createDirectWriter(fd, noStream);
				await writer.write("one\n");
				await writer.write("two\n");
				expect(await writer.finish()).toMatchObject({ code: "ENOSPC" });
			} finally {
				closeSync(fd);
			}
		},
	);

	it("stops quietly when the reader has gone away (EPIPE)", async () => {
		// A child that writes through the writer to a pipe whose reader the parent closes at once.
		const { status, stderr } = await runChild(
			`const w = createDirectWriter(1, () => { throw new Error("asked for the stream"); });
			await new Promise((resolve) => setTimeout(resolve, 200));
			for (let i = 0; i < 100; i++) await w.write("x".repeat(10000));
			process.stderr.write(String(await w.finish()));`,
			(child) => child.stdout?.destroy(),
		);
		expect({ status, stderr }).toEqual({ status: 0, stderr: "null" });
	});

	it("hands the rest to Node's stream when the pipe is non-blocking and full (EAGAIN), in order", async () => {
		// process.stdout makes the pipe non-blocking (libuv); the parent reads nothing for a while.
		const { status, stdout, stderr } = await runChild(
			`process.stdout;
			const w = createDirectWriter(1, () => process.stdout);
			for (let i = 0; i < 64; i++) await w.write(String(i % 10).repeat(16 * 1024) + "\\n");
			process.stderr.write(String(await w.finish()));`,
			async (child) => {
				child.stdout?.pause();
				await new Promise((resolve) => setTimeout(resolve, 300));
				child.stdout?.resume();
			},
		);
		expect({ status, stderr }).toEqual({ status: 0, stderr: "null" });
		expect(stdout).toBe(
			Array.from(
				{ length: 64 },
				(_, i) => `${String(i % 10).repeat(16 * 1024)}\n`,
			).join(""),
		);
	});
});

/** Runs `body` in a child process with the bundled module's exports in scope, stdout and stderr piped. */
async function runChild(
	body: string,
	meddle: (child: ReturnType<typeof spawn>) => unknown,
) {
	const script = `import { createDirectWriter, writesDirectly } from ${JSON.stringify(bundle)};\n${body}`;
	const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
		stdio: ["ignore", "pipe", "pipe"],
	});
	let stdout = "";
	let stderr = "";
	child.stdout?.setEncoding("utf8");
	child.stdout?.on("data", (data: string) => {
		stdout += data;
	});
	child.stderr?.on("data", (data) => {
		stderr += data;
	});
	await meddle(child);
	const [status] = await once(child, "close");
	return { status, stdout, stderr };
}
