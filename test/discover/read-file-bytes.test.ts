import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	truncateSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	isUsingBlockingReads,
	MAX_FILE_BYTES,
	readFileWith,
	useBlockingReads,
} from "../../src/discover/read-file-bytes.js";

// vitest runs each test file in its own module graph: blocking reads, once on, stay on only in this file.
let dir = "";
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), "pin-audit-read-bytes-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `size` bytes whose every byte depends on its position and on `seed`. */
function writePattern(name: string, size: number, seed: number): string {
	const bytes = Buffer.alloc(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

const copy = (bytes: Uint8Array) => Buffer.from(bytes);

async function expectEachReadExact(): Promise<void> {
	// Sizes around the kept buffer's first size, its largest (4 MB), and beyond it, in an order that makes the
	// buffer grow, be bypassed, and be reused by a smaller file after a larger one.
	const sizes = [
		0,
		1,
		300_000,
		10,
		5 * 1024 * 1024,
		2_000_000,
		262_144,
		4 * 1024 * 1024,
		7,
	];
	for (const [i, size] of sizes.entries()) {
		const path = writePattern(`f${i}`, size, i);
		const read = await readFileWith(path, copy);
		expect(read.ok).toBe(true);
		if (read.ok) expect(read.value.equals(readFileSync(path))).toBe(true);
	}
}

async function expectFailures(): Promise<void> {
	const large = join(dir, "large");
	writeFileSync(large, "");
	truncateSync(large, MAX_FILE_BYTES + 1); // sparse: nothing is written
	let used = false;
	const markUsed = () => {
		used = true;
	};
	const tooLarge = await readFileWith(large, markUsed);
	expect(tooLarge).toMatchObject({
		ok: false,
		diagnostic: {
			rule: "unauditable",
			message: expect.stringMatching(/^file is 16\.0 MiB, larger than/),
		},
	});
	expect(await readFileWith(join(dir, "missing"), markUsed)).toMatchObject({
		ok: false,
		diagnostic: { message: "cannot read file: no such file" },
	});
	mkdirSync(join(dir, "a-directory"), { recursive: true });
	expect(await readFileWith(join(dir, "a-directory"), markUsed)).toMatchObject({
		ok: false,
		diagnostic: { message: "cannot read file: is a directory" },
	});
	expect(used).toBe(false);
}

describe("reading a file's bytes", () => {
	it("gives each file's exact bytes, and says why one cannot be read", async () => {
		expect(isUsingBlockingReads()).toBe(false);
		await expectEachReadExact();
		await expectFailures();
	});

	it("does the same with blocking reads into the kept buffer", async () => {
		useBlockingReads();
		expect(isUsingBlockingReads()).toBe(true);
		await expectEachReadExact();
		await expectFailures();
	});

	it("hands `use` a view the next blocking read overwrites, so nothing may keep it", async () => {
		useBlockingReads();
		const a = writePattern("a", 1000, 1);
		const b = writePattern("b", 1000, 2);
		let kept: Uint8Array = new Uint8Array();
		const first = await readFileWith(a, (bytes) => {
			kept = bytes;
			return copy(bytes);
		});
		await readFileWith(b, copy);
		expect(first.ok && first.value.equals(readFileSync(a))).toBe(true);
		expect(Buffer.from(kept).equals(readFileSync(b))).toBe(true);
	});
});
