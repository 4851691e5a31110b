// Builds the hostile repository in a temporary directory: the committed text fixtures of
// test/fixtures/hostile/ plus what cannot or should not be committed (binary and huge files, symbolic
// links, an unreadable directory). Next to the root sits `outside/`, a canary the audit must never read.
import { execFileSync } from "node:child_process";
import {
	chmodSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "hostile");

/** A name no real dependency has: if it shows up in a report, something outside the root was read. */
export const CANARY = "canary-outside-the-root";

export interface HostileTree {
	base: string;
	root: string;
	outside: string;
	remove(): void;
}

// What the generated part of the tree holds, for the tests' expectations.
export const DEEP_LEVELS = 100_000;
export const HUGE_BYTES = 100 * 1024 * 1024;
export const LONG_LINE_BYTES = 1024 * 1024;

function write(path: string, data: string | Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, data);
}

export function createHostileTree(
	options: { fifo?: boolean } = {},
): HostileTree {
	const base = mkdtempSync(join(tmpdir(), "pin-audit-hostile-"));
	// The unreadable-directory test runs the CLI as another user, who must be able to reach the tree.
	chmodSync(base, 0o755);
	const root = join(base, "root");
	const outside = join(base, "outside");
	cpSync(FIXTURES, root, { recursive: true });
	rmSync(join(root, "README.md"), { force: true });

	write(join(outside, "requirements.txt"), `${CANARY}==6.6.6\n`);
	write(
		join(outside, "pyproject.toml"),
		`[project]\nname = "${CANARY}"\ndependencies = ["${CANARY}==6.6.6"]\n`,
	);
	if (options.fifo) {
		// A named pipe blocks whoever opens it for reading: reading it would hang the audit, not pass quietly.
		execFileSync("mkfifo", [join(outside, "pipe.txt")]);
	}

	// An absolute include outside the root, and links out of it (to the canary and, with fifo, the pipe).
	write(
		join(root, "include-absolute", "requirements.txt"),
		[
			"mcp==1.2.0",
			`-r ${join(outside, "requirements.txt")}`,
			...(options.fifo ? [`-c ${join(outside, "pipe.txt")}`] : []),
			"",
		].join("\n"),
	);
	mkdirSync(join(root, "link-outside"), { recursive: true });
	symlinkSync(
		join(outside, "requirements.txt"),
		join(root, "link-outside", "requirements.txt"),
	);
	symlinkSync(outside, join(root, "link-outside", "linked-dir"));
	if (options.fifo) {
		mkdirSync(join(root, "link-fifo"), { recursive: true });
		symlinkSync(
			join(outside, "pipe.txt"),
			join(root, "link-fifo", "requirements.txt"),
		);
	}

	// A link back to an ancestor, and a link to itself.
	write(join(root, "link-loop", "requirements.txt"), "mcp==1.2.0\n");
	mkdirSync(join(root, "link-loop", "nested"));
	symlinkSync("..", join(root, "link-loop", "nested", "up"));
	symlinkSync("self", join(root, "link-loop", "self"));

	// A requirements.txt that is an executable, a UTF-16 file with BOM.
	write(
		join(root, "binary", "requirements.txt"),
		new Uint8Array([
			0x7f,
			0x45,
			0x4c,
			0x46,
			0x02,
			0x01,
			0x01,
			0x00,
			...Buffer.from("mcp==1.0\n"),
		]),
	);
	write(
		join(root, "utf16", "requirements.txt"),
		Buffer.from("\ufeffmcp==1.2.0\nhttpx==0.27.0\n", "utf16le"),
	);

	// 100 MB (sparse: no disk used), above the 16 MiB cap.
	mkdirSync(join(root, "huge"));
	writeFileSync(join(root, "huge", "requirements.txt"), "");
	truncateSync(join(root, "huge", "requirements.txt"), HUGE_BYTES);

	// A 1 MB line (a comment), then a requirement that must still be read.
	write(
		join(root, "long-line", "requirements.txt"),
		`mcp==1.2.0  # ${"x".repeat(LONG_LINE_BYTES)}\nhttpx==0.27.0\n`,
	);

	// TOML nested 100,000 levels: arrays, and inline tables, in a pyproject and in a lock.
	const project = (name: string) =>
		`[project]\nname = "${name}"\nversion = "0.1.0"\ndependencies = ["mcp==1.2.0"]\n\n[tool.deep]\n`;
	write(
		join(root, "deep-array", "pyproject.toml"),
		`${project("deep-array")}value = ${"[".repeat(DEEP_LEVELS)}${"]".repeat(DEEP_LEVELS)}\n`,
	);
	write(
		join(root, "deep-table", "pyproject.toml"),
		`${project("deep-table")}value = ${"{a = ".repeat(DEEP_LEVELS)}1${"}".repeat(DEEP_LEVELS)}\n`,
	);
	write(
		join(root, "deep-lock", "uv.lock"),
		`version = 1\n\n[[package]]\nname = "mcp"\nversion = "1.2.0"\nsource = { registry = "https://pypi.org/simple" }\nwheels = ${"[".repeat(DEEP_LEVELS)}${"]".repeat(DEEP_LEVELS)}\n`,
	);

	// A directory whose name is markup (a path can hold all of it but `/`).
	write(
		join(
			root,
			"<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) ```",
			"requirements.txt",
		),
		"mcp\n",
	);

	// A directory nobody but root can read (root reads it anyway: see the unreadable-directory test).
	write(join(root, "unreadable", "inner", "requirements.txt"), "mcp==1.2.0\n");
	chmodSync(join(root, "unreadable", "inner"), 0o000);

	return {
		base,
		root,
		outside,
		remove() {
			chmodSync(join(root, "unreadable", "inner"), 0o755);
			rmSync(base, { recursive: true, force: true });
		},
	};
}
