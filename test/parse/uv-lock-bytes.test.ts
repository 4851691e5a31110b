// Reading a uv.lock from its bytes (file entries left out before decoding) must give exactly what reading its whole
// text gives: on a real lock, on the example fleet's and the fixtures' locks, on documents built to fool the byte
// search, and on thousands of mutations of a real lock.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUvLock, UV_FILE } from "../../src/parse/uv-lock.js";
import {
	elideFileEntries,
	fileEntryEnd,
	parseUvLockBytes,
} from "../../src/parse/uv-lock-bytes.js";

const root = join(import.meta.dirname, "..", "..");
const REAL = readFileSync(
	join(root, "test/data/locks/real/servers-time-uv.lock"),
	"utf8",
);

const fromText = (text: string) => parseUvLock(text, "uv.lock");
const fromBytes = (text: string) =>
	parseUvLockBytes(Buffer.from(text, "utf8"), "uv.lock");
/** What an audit reads: from the bytes where it can, else from the whole text. */
const either = (text: string) => fromBytes(text) ?? fromText(text);

function findLocks(dir: string): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === "uv.lock")
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

const HASH = "0123456789abcdef".repeat(4);
const entry = (url: string, rest = "") =>
	`{ url = "https://files.example/${url}", hash = "sha256:${HASH}", size = 1234${rest} }`;
const lockOf = (...lines: string[]) =>
	[
		"version = 1",
		"revision = 3",
		'requires-python = ">=3.10"',
		"",
		...lines,
		"",
	].join("\n");
const pkg = (name: string, ...lines: string[]) => [
	"[[package]]",
	`name = "${name}"`,
	'version = "1.0"',
	'source = { registry = "https://pypi.org/simple" }',
	...lines,
	"",
];
const wheels = (...entries: string[]) => [
	"wheels = [",
	...entries.map((e) => `    ${e},`),
	"]",
];

describe("a uv.lock read from its bytes", () => {
	it("reads a real lock as its whole text reads, from a tenth of the text", () => {
		const result = fromBytes(REAL);
		expect(result).not.toBeNull();
		expect(result).toEqual(fromText(REAL));
		expect(result?.value.packages.length).toBeGreaterThan(40);
		const elided = elideFileEntries(Buffer.from(REAL));
		expect(elided?.text.length).toBeLessThan(REAL.length / 5);
	});

	it("reads it the same with CRLF line ends", () => {
		const crlf = REAL.replace(/\n/g, "\r\n");
		expect(fromBytes(crlf)).not.toBeNull();
		expect(fromBytes(crlf)).toEqual(fromText(crlf));
	});

	it.each([...findLocks("examples"), ...findLocks("test/fixtures")])(
		"reads %s as its whole text reads",
		(file) => {
			const text = readFileSync(file, "utf8");
			expect(either(text)).toEqual(fromText(text));
		},
	);

	it("reads the example fleet's locks from their bytes", () => {
		for (const file of findLocks("examples"))
			expect(fromBytes(readFileSync(file, "utf8")), file).not.toBeNull();
	});

	it("leaves out only entries of uv's shape and reads the others", () => {
		const text = lockOf(
			...pkg(
				"a",
				`sdist = ${entry("a-1.0.tar.gz")}`,
				...wheels(entry("a-1.0-py3-none-any.whl")),
			),
			...pkg(
				"b",
				...wheels('{ url = "https://files.example/b.whl", hash = "md5:0" }'),
			),
			...pkg(
				"c",
				`sdist = ${entry("c-1.0.tar.gz", ', upload-time = "2025-01-02T03:04:05.123456Z"')}`,
			),
		);
		const result = fromBytes(text);
		expect(result).not.toBeNull();
		expect(result).toEqual(fromText(text));
		expect(elideFileEntries(Buffer.from(text))?.keyOffsets).toHaveLength(3);
	});

	it.each([
		[
			"in a multi-line string",
			lockOf(
				...pkg("a", 'note = """', ...wheels(entry("a.whl")), '"""'),
				...pkg("b", ...wheels(entry("b.whl"))),
			),
		],
		[
			"in a multi-line literal string",
			lockOf(...pkg("a", "note = '''", ...wheels(entry("a.whl")), "'''")),
		],
		[
			"in [manifest]",
			lockOf("[manifest]", ...wheels(entry("m.whl")), "", ...pkg("a")),
		],
		[
			"in [package.metadata]",
			lockOf(...pkg("a", "", "[package.metadata]", ...wheels(entry("a.whl")))),
		],
		[
			"at the top level",
			["version = 1", ...wheels(entry("t.whl")), ...pkg("a")].join("\n"),
		],
	])("reads the whole text when a wheels array is %s", (_, text) => {
		expect(elideFileEntries(Buffer.from(text))).not.toBeNull();
		expect(fromBytes(text)).toBeNull();
		expect(either(text)).toEqual(fromText(text));
	});

	it.each([
		[
			"a wheels key given twice",
			lockOf(...pkg("a", ...wheels(entry("1")), ...wheels(entry("2")))),
		],
		[
			"invalid TOML after the entries",
			lockOf(...pkg("a", ...wheels(entry("1"))), "name = "),
		],
		[
			"an indented closing bracket",
			lockOf(...pkg("a", "wheels = [", `    ${entry("1")},`, "  ]")),
		],
		[
			"a comment after an entry",
			lockOf(...pkg("a", "wheels = [", `    ${entry("1")}, # x`, "]")),
		],
		[
			"an sdist with more on its line",
			lockOf(...pkg("a", `sdist = ${entry("1")} x = 1`)),
		],
		["an empty wheels array", lockOf(...pkg("a", "wheels = [", "]"))],
		[
			"a truncated entry at the end",
			lockOf(...pkg("a", "wheels = [", `    ${entry("1").slice(0, 60)}`)),
		],
	])("agrees with the whole text on %s", (_, text) => {
		expect(either(text)).toEqual(fromText(text));
	});

	it("reads the whole text of a file that is not ASCII or holds a NUL", () => {
		const accented = lockOf("# café", ...pkg("a", ...wheels(entry("a.whl"))));
		expect(fromBytes(accented)).toBeNull();
		const nul = lockOf(...pkg("a", ...wheels(entry("a.whl"))), "# \0");
		expect(fromBytes(nul)).toBeNull();
	});

	it("agrees with the whole text on mutations of a real lock", () => {
		const base = REAL.slice(0, REAL.indexOf("[[package]]", 12_000));
		const pieces = [
			'"""',
			"'''",
			"\n",
			"\r\n",
			"[",
			"]",
			"#",
			"=",
			"{",
			"}",
			",",
			" ",
			"\\",
			'"',
			"\t",
			"[[package]]\n",
			"\nwheels = [\n",
			"\nsdist = ",
			`    ${entry("x")},\n`,
		];
		fc.assert(
			fc.property(
				fc.nat(base.length),
				fc.nat(40),
				fc.constantFrom(...pieces, ""),
				(at, removed, piece) => {
					const text = base.slice(0, at) + piece + base.slice(at + removed);
					expect(either(text)).toEqual(fromText(text));
				},
			),
			{ numRuns: 400 },
		);
	});
});

describe("fileEntryEnd matches exactly what uv.lock's entry pattern matches", () => {
	const sticky = new RegExp(UV_FILE.source, "y");
	const byPattern = (text: string) => {
		sticky.lastIndex = 0;
		return sticky.test(text) ? sticky.lastIndex : -1;
	};
	const entries = [...REAL.matchAll(/\{ url = .*? \}(?=,?\r?\n)/g)].map(
		(m) => m[0],
	);

	it.each([
		entry("a.whl"),
		entry("a.whl", ', upload-time = "2025-01-02T03:04:05Z"'),
		entry("a.whl", ', upload-time = "2025-01-02T03:04:05.123456789Z"'),
		entry("a.whl", ', upload-time = "2025-01-02T03:04:05.1234567890Z"'),
		entry("a.whl", ', upload-time = "2025-01-02T03:04:05.Z"'),
		entry("a.whl", ', upload-time = "2025-01-02 03:04:05Z"'),
		entry("a.whl").replace("1234", "0"),
		entry("a.whl").replace("1234", "01"),
		entry("a.whl").replace("1234", "1234567890123456"),
		entry("a.whl").replace("1234", "12345678901234567"),
		entry("a.whl").replace("1234", ""),
		entry("a.whl").replace(HASH, HASH.toUpperCase()),
		entry("a.whl").replace(HASH, HASH.slice(1)),
		entry("a.whl").replace("sha256", "sha512"),
		entry("a\\b.whl"),
		entry("a\tb.whl"),
		entry("a\u007fb.whl"),
		entry("a\u0001b.whl"),
		entry(""),
		'{ url = "", hash = "sha256:',
	])("%j", (text) => {
		expect(fileEntryEnd(Buffer.from(text, "latin1"), 0)).toBe(byPattern(text));
	});

	it("on every entry of a real lock and on mutations of them", () => {
		expect(entries.length).toBeGreaterThan(200);
		for (const text of entries)
			expect(fileEntryEnd(Buffer.from(text), 0)).toBe(text.length);
		const ascii = fc
			.integer({ min: 0, max: 127 })
			.map((c) => String.fromCharCode(c));
		fc.assert(
			fc.property(
				fc.constantFrom(...entries),
				fc.nat(400),
				fc.nat(3),
				fc.oneof(
					ascii,
					fc.constantFrom(
						"0",
						"9",
						"a",
						"f",
						"g",
						"A",
						'"',
						" ",
						"}",
						",",
						".",
						"Z",
						"",
					),
				),
				(text, at, removed, piece) => {
					const where = at % (text.length + 1);
					const mutated =
						text.slice(0, where) + piece + text.slice(where + removed);
					expect(fileEntryEnd(Buffer.from(mutated, "latin1"), 0)).toBe(
						byPattern(mutated),
					);
				},
			),
			{ numRuns: 3000 },
		);
	});
});
