import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openBlobReader } from "../../src/github/git-blob-reader.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-blobs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
	execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

/** A repository holding `blobs` (written with `git hash-object -w`), with their object ids. */
function makeRepo(blobs: Buffer[]): { dir: string; oids: string[] } {
	const dir = mkdtempSync(join(scratch, "repo-"));
	git(dir, "init", "-q");
	const oids = blobs.map((bytes, i) => {
		const file = join(dir, `blob-${i}`);
		writeFileSync(file, bytes);
		return git(dir, "hash-object", "-w", file);
	});
	return { dir, oids };
}

// Headers inside contents, no final newline, empty, binary, and larger than a pipe's chunk.
const BLOBS = [
	Buffer.from("mcp==1.23.3\nhttpx==0.28.1\n"),
	Buffer.from(
		"0000000000000000000000000000000000000000 blob 5\nno final newline",
	),
	Buffer.alloc(0),
	Buffer.from([0, 10, 255, 10, 10, 13, 0]),
	Buffer.from("x".repeat(300_000) + "\n".repeat(70_001)),
];

describe("openBlobReader", () => {
	it("answers every read with its blob's bytes, however the reads interleave", async () => {
		const { dir, oids } = makeRepo(BLOBS);
		const reader = openBlobReader(dir);
		try {
			const order = [4, 0, 2, 1, 3, 4, 0, 3, 2, 1];
			const read = await Promise.all(
				order.map((i) => reader.read(oids[i] as string)),
			);
			order.forEach((i, k) => {
				expect(Buffer.compare(read[k] as Buffer, BLOBS[i] as Buffer)).toBe(0);
			});
		} finally {
			reader.close();
		}
	});

	it("rejects a missing object and a tree, and goes on answering the reads after them", async () => {
		const { dir, oids } = makeRepo(BLOBS.slice(0, 2));
		git(dir, "add", "blob-0");
		const tree = git(dir, "write-tree");
		const reader = openBlobReader(dir);
		try {
			const missing = "1".repeat(40);
			const answers = await Promise.allSettled([
				reader.read(oids[0] as string),
				reader.read(missing),
				reader.read(tree),
				reader.read(oids[1] as string),
			]);
			expect(answers.map((a) => a.status)).toEqual([
				"fulfilled",
				"rejected",
				"rejected",
				"fulfilled",
			]);
			expect(String((answers[1] as PromiseRejectedResult).reason)).toContain(
				`${missing} missing`,
			);
			expect(String((answers[2] as PromiseRejectedResult).reason)).toContain(
				"is a tree, not a blob",
			);
			expect((answers[3] as PromiseFulfilledResult<Buffer>).value).toEqual(
				BLOBS[1],
			);
		} finally {
			reader.close();
		}
	});

	it("refuses what is not an object id without asking git", async () => {
		const { dir } = makeRepo([]);
		const reader = openBlobReader(dir);
		try {
			for (const name of ["HEAD:requirements.txt", "a\nb", "", "-h"])
				await expect(reader.read(name)).rejects.toThrow("not an object id");
		} finally {
			reader.close();
		}
	});

	it("rejects every read with git's own message where git cannot run", async () => {
		const notARepo = mkdtempSync(join(scratch, "plain-"));
		const reader = openBlobReader(notARepo);
		try {
			await expect(reader.read("2".repeat(40))).rejects.toThrow(
				/git cat-file failed: .*not a git repository/i,
			);
			await expect(reader.read("3".repeat(40))).rejects.toThrow(
				/not a git repository/i,
			);
		} finally {
			reader.close();
		}
	});

	it("refuses reads once closed", async () => {
		const { dir, oids } = makeRepo(BLOBS.slice(0, 1));
		const reader = openBlobReader(dir);
		expect(await reader.read(oids[0] as string)).toEqual(BLOBS[0]);
		reader.close();
		await expect(reader.read(oids[0] as string)).rejects.toThrow("closed");
	});
});

describe("openBlobReader after git has gone", () => {
	it("rejects a read asked after git exited, at once", async () => {
		const notARepo = mkdtempSync(join(scratch, "gone-"));
		const reader = openBlobReader(notARepo);
		await new Promise((resolve) => setTimeout(resolve, 500));
		await expect(reader.read("4".repeat(40))).rejects.toThrow(
			/not a git repository/i,
		);
		reader.close();
	});
});

describe("openBlobReader's bound", () => {
	it("refuses a blob over it at its header, keeps none of its bytes, and answers the reads after it", async () => {
		const big = Buffer.alloc(3_000_000, 120);
		const { dir, oids } = makeRepo([
			BLOBS[0] as Buffer,
			big,
			BLOBS[1] as Buffer,
		]);
		const reader = openBlobReader(dir, 1_000_000);
		try {
			const answers = await Promise.allSettled(
				oids.map((oid) => reader.read(oid)),
			);
			expect(answers.map((a) => a.status)).toEqual([
				"fulfilled",
				"rejected",
				"fulfilled",
			]);
			expect(String((answers[1] as PromiseRejectedResult).reason)).toContain(
				"larger than 1000000 bytes",
			);
			expect((answers[2] as PromiseFulfilledResult<Buffer>).value).toEqual(
				BLOBS[1],
			);
		} finally {
			reader.close();
		}
	});
});
