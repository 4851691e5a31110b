// src/async-fs.ts against node:fs/promises on real files: the same results, and node:fs's errors.
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import * as promises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as fs from "../src/async-fs.js";

const dir = mkdtempSync(join(tmpdir(), "pin-audit-async-fs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("async-fs", () => {
	writeFileSync(join(dir, "a.txt"), "héllo\n");
	mkdirSync(join(dir, "sub"));
	symlinkSync("a.txt", join(dir, "link"));

	it("stats, reads links and real paths as node:fs/promises does", async () => {
		const path = join(dir, "a.txt");
		expect((await fs.stat(path)).size).toBe((await promises.stat(path)).size);
		expect((await fs.lstat(join(dir, "link"))).isSymbolicLink()).toBe(true);
		expect((await fs.stat(join(dir, "link"))).isFile()).toBe(true);
		expect(await fs.readlink(join(dir, "link"), "utf8")).toBe("a.txt");
		expect(await fs.realpath(join(dir, "sub/../link"))).toBe(
			await promises.realpath(join(dir, "sub/../link")),
		);
		const names = (list: { name: string; isDirectory(): boolean }[]) =>
			list.map((d) => [d.name, d.isDirectory()]).sort();
		expect(names(await fs.readdir(dir, { withFileTypes: true }))).toEqual(
			names(await promises.readdir(dir, { withFileTypes: true })),
		);
	});

	it("reads whole files as bytes or UTF-8, and writes them", async () => {
		const path = join(dir, "w.txt");
		await fs.writeFile(path, "ünïcode");
		expect(await fs.readFile(path, "utf8")).toBe("ünïcode");
		expect(await fs.readFile(path)).toEqual(Buffer.from("ünïcode"));
		await fs.writeFile(path, new Uint8Array([1, 2, 3]));
		expect([...(await fs.readFile(path))]).toEqual([1, 2, 3]);
	});

	it("makes, renames and removes directories and files", async () => {
		const made = await fs.mkdtemp(join(dir, "t-"));
		await fs.mkdir(join(made, "x/y"), { recursive: true });
		await fs.writeFile(join(made, "x/y/f"), "f");
		await fs.rename(join(made, "x/y/f"), join(made, "g"));
		expect(readFileSync(join(made, "g"), "utf8")).toBe("f");
		await fs.rm(made, { recursive: true, force: true });
		await expect(fs.stat(made)).rejects.toMatchObject({ code: "ENOENT" });
	});

	it("rejects with node:fs's errors: code, syscall and path", async () => {
		const missing = join(dir, "missing.txt");
		for (const attempt of [
			() => fs.stat(missing),
			() => fs.readFile(missing, "utf8"),
			() => fs.open(missing, "r"),
		])
			await expect(attempt()).rejects.toMatchObject({
				code: "ENOENT",
				syscall: expect.any(String),
				path: missing,
			});
	});

	describe("open", () => {
		it("reads at a position, and the whole file as its size says, as node:fs/promises does", async () => {
			const path = join(dir, "big.bin");
			const bytes = Buffer.alloc(1_500_000, 7);
			bytes[1_499_999] = 9;
			writeFileSync(path, bytes);
			const handle = await fs.open(path, "r");
			try {
				expect((await handle.stat()).size).toBe(1_500_000);
				const head = Buffer.alloc(4);
				const { bytesRead } = await handle.read(head, 0, 4, 1_499_998);
				expect(bytesRead).toBe(2);
				const all = await handle.readFile();
				expect(all.equals(bytes)).toBe(true);
				// With the size the caller just took: the same bytes, from wherever the offset is.
				const again = await fs.open(path, "r");
				expect((await again.readFile(1_500_000)).equals(bytes)).toBe(true);
				await again.close();
			} finally {
				await handle.close();
			}
		});

		it("reads a file whose size says 0 to its end, as /proc's files are", async () => {
			const handle = await fs.open("/proc/self/status", "r");
			try {
				expect((await handle.stat()).size).toBe(0);
				const text = (await handle.readFile()).toString("utf8");
				expect(text).toContain("Name:");
				expect(text.length).toBeGreaterThan(100);
			} finally {
				await handle.close();
			}
		});

		it("reads an empty file as no bytes", async () => {
			const path = join(dir, "empty");
			writeFileSync(path, "");
			const handle = await fs.open(path, "r");
			expect((await handle.readFile()).length).toBe(0);
			await handle.close();
		});

		it("writes all of what it is given, in order", async () => {
			const path = join(dir, "out.txt");
			const handle = await fs.open(path, "w");
			const large = "x".repeat(3 * 1024 * 1024);
			await handle.write("start ");
			await handle.write(large);
			await handle.write(new Uint8Array([0x21]));
			await handle.close();
			expect(readFileSync(path, "utf8")).toBe(`start ${large}!`);
		});
	});
});
