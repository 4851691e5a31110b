// The code cache's file: V8's data behind pin-audit's header (the writer's compiled bytes), written atomically,
// read back as it was; anything else in its place is "invalid", a missing one undefined, and a failed write silent.
import {
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
	readCodeCache,
	writeCodeCache,
} from "../../src/start-up/code-cache-file.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-cache-file-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("code cache file", () => {
	it("reads back what was written, private to the user", () => {
		const file = join(scratch, "round-trip.cache");
		const data = Buffer.from("V8's data, as createCachedData gave it");
		expect(writeCodeCache(file, data, 912_345)).toBe(true);
		const read = readCodeCache(file);
		expect(read).toMatchObject({ compiledBytes: 912_345 });
		expect(typeof read === "object" && read.data.equals(data)).toBe(true);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(readdirSync(scratch)).toEqual(["round-trip.cache"]);
	});

	it("reads into a buffer it is given when the cache fits, else into one of its own", () => {
		const file = join(scratch, "into.cache");
		const data = Buffer.from("V8's data ".repeat(100));
		expect(writeCodeCache(file, data, 1)).toBe(true);
		const size = data.length + 8;
		for (const room of [size + 1, size + 4096]) {
			const into = Buffer.alloc(room, 0xaa);
			const read = readCodeCache(file, into);
			expect(typeof read === "object" && read.data.equals(data)).toBe(true);
			// A view of the buffer given, not a copy.
			expect(typeof read === "object" && read.data.buffer).toBe(into.buffer);
		}
		for (const room of [0, size - 1, size]) {
			const into = Buffer.alloc(room, 0xaa);
			const read = readCodeCache(file, into);
			expect(typeof read === "object" && read.data.equals(data)).toBe(true);
			expect(into.every((byte) => byte === 0xaa)).toBe(true);
		}
	});

	it("says invalid for a file that is not one of ours, and undefined for none", () => {
		const foreign = join(scratch, "foreign.cache");
		writeFileSync(foreign, Buffer.alloc(4096, 7));
		expect(readCodeCache(foreign)).toBe("invalid");
		const short = join(scratch, "short.cache");
		writeFileSync(short, "PAC1");
		expect(readCodeCache(short)).toBe("invalid");
		expect(readCodeCache(join(scratch, "none.cache"))).toBeUndefined();
	});

	it("leaves nothing behind when the cache cannot be written", () => {
		const directory = mkdtempSync(join(scratch, "gone-"));
		rmSync(directory, { recursive: true });
		expect(
			writeCodeCache(join(directory, "x.cache"), Buffer.from("x"), 1),
		).toBe(false);
		expect(readdirSync(scratch).some((name) => name.startsWith("gone-"))).toBe(
			false,
		);
	});
});
