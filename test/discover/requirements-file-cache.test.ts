import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
	createRequirementsFileCache,
	KEPT_FILES,
} from "../../src/discover/requirements-file-cache.js";

const root = mkdtempSync(join(tmpdir(), "pin-audit-file-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const names = async (
	load: ReturnType<typeof createRequirementsFileCache>,
	file: string,
) => {
	const result = await load(file, file);
	return result.ok ? result.value.requirements.map((r) => r.name) : [];
};

describe("createRequirementsFileCache", () => {
	it("reads a file once while it is among the most recently asked", async () => {
		writeFileSync(join(root, "base.txt"), "anyio==4.6.2\n");
		const load = createRequirementsFileCache(root, {});
		const first = load("base.txt", "base.txt");
		await first;
		writeFileSync(join(root, "base.txt"), "httpx==0.28.1\n");
		expect(load("base.txt", "base.txt")).toBe(first);
		// Asked again between the others, it stays: the least recently asked file is the one let go.
		for (let i = 0; i < KEPT_FILES * 2; i++) {
			writeFileSync(join(root, `r${i}.txt`), `pkg-${i}==1.0\n`);
			await load(`r${i}.txt`, `r${i}.txt`);
			if (i % 8 === 0) await load("base.txt", "base.txt");
		}
		expect(await names(load, "base.txt")).toEqual(["anyio"]);
	});

	it("keeps at most KEPT_FILES parsed files", async () => {
		writeFileSync(join(root, "old.txt"), "anyio==4.6.2\n");
		const load = createRequirementsFileCache(root, {});
		expect(await names(load, "old.txt")).toEqual(["anyio"]);
		writeFileSync(join(root, "old.txt"), "httpx==0.28.1\n");
		for (let i = 0; i < KEPT_FILES; i++) {
			writeFileSync(join(root, `s${i}.txt`), `pkg-${i}==1.0\n`);
			await load(`s${i}.txt`, `s${i}.txt`);
		}
		// Let go, so read again: what the file says now.
		expect(await names(load, "old.txt")).toEqual(["httpx"]);
		// The most recent ones are still kept.
		writeFileSync(join(root, `s${KEPT_FILES - 1}.txt`), "changed==1\n");
		expect(await names(load, `s${KEPT_FILES - 1}.txt`)).toEqual([
			`pkg-${KEPT_FILES - 1}`,
		]);
	});
});
