// Where the code cache lives: Node's own variables decide, and a directory another user could write is never used
// (whatever is in it runs as code).
import {
	chmodSync,
	chownSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { codeCacheDirectory } from "../../src/start-up/code-cache-directory.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-cache-dir-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const uid = process.getuid?.();
const savedTmpdir = process.env.TMPDIR;
afterEach(() => {
	if (savedTmpdir === undefined) delete process.env.TMPDIR;
	else process.env.TMPDIR = savedTmpdir;
});

let count = 0;
function place(): string {
	const dir = join(scratch, `case-${count++}`);
	mkdirSync(dir);
	return dir;
}

describe("codeCacheDirectory", () => {
	it("is off with NODE_DISABLE_COMPILE_CACHE", () => {
		const base = place();
		expect(
			codeCacheDirectory({
				NODE_DISABLE_COMPILE_CACHE: "1",
				NODE_COMPILE_CACHE: base,
			}),
		).toBeNull();
	});

	it("goes under NODE_COMPILE_CACHE, made private", () => {
		const base = join(place(), "made", "here");
		const directory = codeCacheDirectory({ NODE_COMPILE_CACHE: base });
		expect(directory).toBe(join(base, "pin-audit"));
		expect(statSync(directory as string).mode & 0o077).toBe(0);
	});

	it.skipIf(uid === undefined)(
		"defaults to a directory of this user's under the temporary directory",
		() => {
			process.env.TMPDIR = place();
			expect(codeCacheDirectory({})).toBe(
				join(process.env.TMPDIR, `pin-audit-code-cache-${uid}`),
			);
		},
	);

	it.skipIf(uid === undefined)("refuses a directory others can write", () => {
		const base = place();
		mkdirSync(join(base, "pin-audit"));
		chmodSync(join(base, "pin-audit"), 0o777);
		expect(codeCacheDirectory({ NODE_COMPILE_CACHE: base })).toBeNull();
	});

	it("refuses a link to a directory, and a file", () => {
		const linked = place();
		mkdirSync(join(linked, "elsewhere"), { mode: 0o700 });
		symlinkSync(join(linked, "elsewhere"), join(linked, "pin-audit"));
		expect(codeCacheDirectory({ NODE_COMPILE_CACHE: linked })).toBeNull();
		const file = place();
		writeFileSync(join(file, "pin-audit"), "");
		expect(codeCacheDirectory({ NODE_COMPILE_CACHE: file })).toBeNull();
	});

	it.skipIf(uid !== 0)("refuses a directory another user owns", () => {
		const base = place();
		mkdirSync(join(base, "pin-audit"), { mode: 0o700 });
		chownSync(join(base, "pin-audit"), 1, 1);
		expect(codeCacheDirectory({ NODE_COMPILE_CACHE: base })).toBeNull();
	});
});
