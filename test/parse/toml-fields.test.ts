import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/types.js";
import {
	describeValue,
	type Fields,
	isTable,
	keySet,
	normalizeMarker,
	parseTomlFields,
	parseTomlLock,
} from "../../src/parse/toml-fields.js";

/** Parses `text`; the root table is named "demo.lock" in messages. */
function open(
	text: string,
	hint?: string,
): { root: Fields; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const root = parseTomlFields(
		text,
		"demo.lock",
		diagnostics,
		"demo.lock",
		hint,
	);
	if (root === null) throw new Error("fixture is not valid TOML");
	return { root, diagnostics };
}

const MIXED_TYPES = `count = 3
big = 9007199254740993
ratio = 1.5
name = "anyio"
flag = true
released = 2024-05-27
at = 07:32:00
stamp = 2024-05-27T07:32:00Z
tags = ["a", 2, "b"]

[source]
registry = "https://pypi.org/simple"

[[package]]
name = "first"

[[package]]
name = "second"
`;

describe("parseTomlFields", () => {
	it("gives the root table, named as asked, with file and lines", () => {
		const { root, diagnostics } = open(MIXED_TYPES);
		expect(diagnostics).toEqual([]);
		expect(root.what).toBe("demo.lock");
		expect(root.ctx.file).toBe("demo.lock");
		expect(root.line("flag")).toBe(5);
		expect(root.line()).toBe(1);
	});

	it("reports invalid TOML and gives null", () => {
		const diagnostics: Diagnostic[] = [];
		const root = parseTomlFields(
			'name = "a"\nname = "b"\n',
			"demo.lock",
			diagnostics,
			"demo.lock",
		);
		expect(root).toBeNull();
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]?.severity).toBe("error");
		expect(diagnostics[0]?.line).toBe(2);
	});
});

describe("parseTomlLock", () => {
	const format = {
		name: "demo.lock",
		unknownKeyHint: " (newer tool?)",
		empty: (): string[] => [],
		read: (root: Fields): string[] => {
			root.checkKeys(keySet("package"));
			return root.tables("package").map((p) => p.string("name") ?? "?");
		},
	};

	it("reads the root table with the format's name and hint", () => {
		expect(
			parseTomlLock(
				'extra = 1\n[[package]]\nname = "a"\n',
				"x/demo.lock",
				format,
			),
		).toEqual({
			value: ["a"],
			diagnostics: [
				{
					severity: "notice",
					line: 1,
					message: "demo.lock: unknown key `extra` ignored (newer tool?)",
				},
			],
		});
	});

	it("gives the empty value and the TOML error for invalid TOML", () => {
		const result = parseTomlLock("[[package]\n", "demo.lock", format);
		expect(result.value).toEqual([]);
		expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
			["error", 1],
		]);
	});

	it("turns a throw while reading into an error, keeping what was reported before", () => {
		const result = parseTomlLock("extra = 1\n", "demo.lock", {
			...format,
			read: (root: Fields): string[] => {
				root.checkKeys(keySet("package"));
				throw new Error("boom");
			},
		});
		expect(result).toEqual({
			value: [],
			diagnostics: [
				{
					severity: "notice",
					line: 1,
					message: "demo.lock: unknown key `extra` ignored (newer tool?)",
				},
				{
					severity: "error",
					line: null,
					message:
						"could not read this demo.lock (Error: boom); its packages are missing from the audit",
				},
			],
		});
	});
});

describe("Fields: values of the expected type", () => {
	const { root, diagnostics } = open(MIXED_TYPES);

	it("reads strings, integers (also beyond 2^53), booleans and tables", () => {
		expect(root.string("name")).toBe("anyio");
		expect(root.integer("count")).toBe(3);
		expect(root.integer("big")).toBe(9007199254740992);
		expect(root.boolean("flag")).toBe(true);
		expect(root.table("source")?.string("registry")).toBe(
			"https://pypi.org/simple",
		);
		expect(diagnostics).toEqual([]);
	});

	it("gives null or nothing for missing keys, without a diagnostic", () => {
		expect(root.has("missing")).toBe(false);
		expect(root.string("missing")).toBeNull();
		expect(root.integer("missing")).toBeNull();
		expect(root.boolean("missing")).toBeNull();
		expect(root.table("missing")).toBeNull();
		expect(root.strings("missing")).toEqual([]);
		expect(root.tables("missing")).toEqual([]);
		expect(diagnostics).toEqual([]);
	});

	it("locates each table of an array of tables at its own header", () => {
		const packages = root.tables("package");
		expect(packages.map((p) => [p.string("name"), p.line(), p.at])).toEqual([
			["first", 14, ["package", 0]],
			["second", 17, ["package", 1]],
		]);
	});
});

describe("Fields: a wrong type becomes a diagnostic at the key's line", () => {
	it("reports every scalar mismatch with what was found", () => {
		const { root, diagnostics } = open(MIXED_TYPES);
		expect(root.string("count")).toBeNull();
		expect(root.integer("ratio")).toBeNull();
		expect(root.boolean("name")).toBeNull();
		expect(root.table("flag")).toBeNull();
		expect(root.string("released")).toBeNull();
		expect(root.string("at")).toBeNull();
		expect(root.string("stamp")).toBeNull();
		expect(root.strings("source")).toEqual([]);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 1,
				message: "demo.lock: `count` must be a string, found an integer",
			},
			{
				severity: "error",
				line: 3,
				message: "demo.lock: `ratio` must be an integer, found a float",
			},
			{
				severity: "error",
				line: 4,
				message: "demo.lock: `name` must be a boolean, found a string",
			},
			{
				severity: "error",
				line: 5,
				message: "demo.lock: `flag` must be a table, found a boolean",
			},
			{
				severity: "error",
				line: 6,
				message: "demo.lock: `released` must be a string, found a date",
			},
			{
				severity: "error",
				line: 7,
				message: "demo.lock: `at` must be a string, found a time",
			},
			{
				severity: "error",
				line: 8,
				message: "demo.lock: `stamp` must be a string, found a date-time",
			},
			{
				severity: "error",
				line: 11,
				message: "demo.lock: `source` must be an array, found a table",
			},
		]);
	});

	it("keeps the strings of a mixed array and reports the others at their own line", () => {
		const { root, diagnostics } = open('tags = [\n  "a",\n  2,\n  "b",\n]\n');
		expect(root.strings("tags")).toEqual([
			{ value: "a", at: ["tags", 0] },
			{ value: "b", at: ["tags", 2] },
		]);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 3,
				message:
					"demo.lock: `tags` must hold strings, found an integer; entry skipped",
			},
		]);
	});

	it("keeps the tables of a mixed array and reports the others", () => {
		const { root, diagnostics } = open(
			'deps = [\n  { name = "a" },\n  "b",\n]\n',
		);
		expect(root.tables("deps").map((t) => t.string("name"))).toEqual(["a"]);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 3,
				message:
					"demo.lock: `deps` must hold tables, found a string; entry skipped",
			},
		]);
	});

	it("names a renamed table in its messages, at the same place", () => {
		const { root, diagnostics } = open(
			'[[package]]\nname = "x"\nversion = 1\n',
		);
		const pkg = root.tables("package")[0]?.named('package "x"');
		expect(pkg?.string("version")).toBeNull();
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 3,
				message: 'package "x": `version` must be a string, found an integer',
			},
		]);
	});
});

describe("Fields.requiredString", () => {
	it("gives the identifying string", () => {
		const { root, diagnostics } = open('name = "anyio"\n');
		expect(root.requiredString("name", "a [[package]]")).toBe("anyio");
		expect(diagnostics).toEqual([]);
	});

	it("reports a missing key at the table and a wrong type at the key", () => {
		const { root, diagnostics } = open(
			'[[package]]\nversion = "1"\n\n[[package]]\nversion = "2"\nname = 3\n',
		);
		expect(
			root
				.tables("package")
				.map((pkg) => pkg.requiredString("name", "a [[package]]")),
		).toEqual([null, null]);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 1,
				message: "a [[package]] has no `name`; entry skipped",
			},
			{
				severity: "error",
				line: 6,
				message: "a [[package]] has a `name` that is an integer; entry skipped",
			},
		]);
	});
});

describe("Fields.checkKeys", () => {
	const LOCK = `[[package]]
name = "a"
license = "MIT"

[[package]]
name = "b"
license = "BSD"
homepage = "https://example.org"
`;

	it("reports each unknown key once per table kind, at its first line", () => {
		const { root, diagnostics } = open(LOCK);
		for (const pkg of root.tables("package")) {
			pkg.named(`package "${pkg.string("name")}"`).checkKeys(keySet("name"));
		}
		expect(diagnostics).toEqual([
			{
				severity: "notice",
				line: 3,
				message: 'package "a": unknown key `license` ignored',
			},
			{
				severity: "notice",
				line: 8,
				message: 'package "b": unknown key `homepage` ignored',
			},
		]);
	});

	it("appends the file kind's hint to every notice", () => {
		const { root, diagnostics } = open(LOCK, " (written by a newer uv?)");
		root.tables("package")[0]?.checkKeys(keySet("name"));
		expect(diagnostics.map((d) => d.message)).toEqual([
			"demo.lock: unknown key `license` ignored (written by a newer uv?)",
		]);
	});
});

describe("normalizeMarker", () => {
	it("prints a valid marker the way packaging does", () => {
		const { root, diagnostics } = open("marker = \"python_version<'3.11'\"\n");
		expect(
			normalizeMarker(root.ctx, root.string("marker") ?? "", ["marker"]),
		).toBe('python_version < "3.11"');
		expect(diagnostics).toEqual([]);
	});

	it("keeps an invalid marker as written and warns at its line", () => {
		const { root, diagnostics } = open('\nmarker = "python_version <"\n');
		expect(normalizeMarker(root.ctx, "python_version <", ["marker"])).toBe(
			"python_version <",
		);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]?.severity).toBe("warning");
		expect(diagnostics[0]?.line).toBe(2);
		expect(diagnostics[0]?.message).toMatch(
			/^marker "python_version <" is not a valid PEP 508 marker: /,
		);
	});
});

describe("isTable and describeValue", () => {
	it("treats dates as values, not tables", () => {
		expect(isTable({})).toBe(true);
		expect(isTable(new Date(0))).toBe(false);
		expect(isTable([])).toBe(false);
		expect(isTable(null)).toBe(false);
	});

	it("names every TOML type", () => {
		expect(
			["s", 1, 1.5, 1n, false, [], {}, new Date(0), undefined, null].map(
				describeValue,
			),
		).toEqual([
			"a string",
			"an integer",
			"a float",
			"an integer",
			"a boolean",
			"an array",
			"a table",
			"a date-time",
			"nothing",
			"nothing",
		]);
	});
});
