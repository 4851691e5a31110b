import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { stringify, TomlDate } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parseToml, type TomlDocument } from "../../src/parse/toml.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = resolve(repo, "../shared/corpus");
const fixtures = join(repo, "test/fixtures/pyproject");

interface Expected {
	cases: {
		name: string;
		text: string;
		ok: boolean;
		value?: unknown;
		line?: number | null;
	}[];
	files: Record<string, unknown>;
	projectDependencyLines: Record<
		string,
		{ index: number; requirement: string; line: number }[]
	>;
}
// Written by scripts/gen-toml-expected.py from Python's tomllib.
const expected: Expected = JSON.parse(
	readFileSync(join(repo, "test/data/toml/expected.json"), "utf8"),
);

/** The generator's tagged JSON form of a value, so smol-toml's output compares with tomllib's. */
function tag(value: unknown): unknown {
	if (typeof value === "bigint") return { $num: String(value) };
	if (typeof value === "number") {
		if (Number.isNaN(value)) return { $num: "nan" };
		if (!Number.isFinite(value)) return { $num: value > 0 ? "inf" : "-inf" };
		return { $num: String(value) };
	}
	if (value instanceof TomlDate) return { $datetime: true };
	if (Array.isArray(value)) return value.map(tag);
	if (value !== null && typeof value === "object") {
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, tag(v)]),
		);
	}
	return value;
}

function isTomllibError(
	value: unknown,
): value is { $error: string; line: number } {
	return typeof value === "object" && value !== null && "$error" in value;
}

function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
	if (value !== null && typeof value === "object") {
		const entries = Object.entries(value).sort(([a], [b]) =>
			a < b ? -1 : a > b ? 1 : 0,
		);
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
	}
	return JSON.stringify(value);
}

function parseOk(text: string): TomlDocument {
	const result = parseToml(text, "test.toml");
	expect(result.diagnostics).toEqual([]);
	if (result.value === null) throw new Error("expected a document");
	return result.value;
}

describe("parseToml agrees with tomllib", () => {
	for (const c of expected.cases) {
		it(`${c.name}: ${c.ok ? "accepted" : "rejected"} as tomllib does`, () => {
			const result = parseToml(c.text, "case.toml");
			if (c.ok) {
				expect(result.diagnostics).toEqual([]);
				expect(tag(result.value?.value)).toEqual(c.value);
			} else {
				expect(result.value).toBeNull();
				expect(result.diagnostics).toHaveLength(1);
				expect(result.diagnostics[0]?.severity).toBe("error");
				expect(result.diagnostics[0]?.message).toMatch(/^invalid TOML: /);
				expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(1);
			}
		});
	}

	for (const [key, value] of Object.entries(expected.files)) {
		if (!key.startsWith("fixtures/")) continue;
		it(`reads ${key} as tomllib does`, () => {
			const text = readFileSync(
				join(fixtures, key.slice("fixtures/".length)),
				"utf8",
			);
			if (isTomllibError(value)) {
				const result = parseToml(text, key);
				expect(result.value).toBeNull();
				expect(result.diagnostics).toEqual([
					{
						severity: "error",
						line: value.line,
						message: expect.stringMatching(/^invalid TOML: /),
					},
				]);
			} else expect(tag(parseOk(text).value)).toEqual(value);
		});
	}

	describe.skipIf(!existsSync(corpus))("corpus (../shared/corpus)", () => {
		for (const [key, value] of Object.entries(expected.files)) {
			if (!key.startsWith("corpus/")) continue;
			it(`reads ${key} as tomllib does`, () => {
				const text = readFileSync(
					join(corpus, key.slice("corpus/".length)),
					"utf8",
				);
				const hash = createHash("sha256")
					.update(canonicalJson(tag(parseOk(text).value)))
					.digest("hex");
				expect({ $sha256: hash }).toEqual(value);
			});
		}
	});
});

describe("parseToml errors", () => {
	it("reports smol-toml's line and a readable message", () => {
		const result = parseToml(
			'[project]\nname = "x"\nname = "y"\n',
			"pyproject.toml",
		);
		expect(result).toEqual({
			value: null,
			diagnostics: [
				{
					severity: "error",
					line: 3,
					message: expect.stringMatching(
						/^invalid TOML: .*redefine.* \(line 3, column \d+\)$/,
					),
				},
			],
		});
	});

	it("names the TOML 1.1 feature tomllib rejects, on its line", () => {
		const result = parseToml(
			'[tool.uv]\nsources = { a = { git = "x" },\n}\n',
			"pyproject.toml",
		);
		expect(result.value).toBeNull();
		expect(result.diagnostics).toEqual([
			{
				severity: "error",
				line: 2,
				message: expect.stringContaining("one line"),
			},
		]);
	});

	it("rejects an impossible date that smol-toml would roll over", () => {
		const result = parseToml(
			"[tool.uv]\n\nexclude-newer = 2024-02-30T00:00:00Z\n",
			"pyproject.toml",
		);
		expect(result.diagnostics).toEqual([
			{
				severity: "error",
				line: 3,
				message: expect.stringContaining("month 2 has no day 30"),
			},
		]);
	});

	it("rejects values nested 100,000 levels deep in words, on their line, without exhausting the stack", () => {
		// tomllib raises RecursionError (from about 500 levels of arrays); any clear error is right.
		const header = '[project]\nname = "x"\n\n[tool.deep]\n';
		for (const [kind, value] of [
			["arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
			["inline tables", `${"{a = ".repeat(100_000)}1${"}".repeat(100_000)}`],
			["both", `${"[{a = ".repeat(50_000)}1${"}]".repeat(50_000)}`],
		] as const) {
			expect(
				parseToml(`${header}value = ${value}\n`, "pyproject.toml"),
				kind,
			).toEqual({
				value: null,
				diagnostics: [
					{
						severity: "error",
						line: 5,
						message: expect.stringMatching(
							/^invalid TOML: arrays and inline tables nested more than 1000 levels deep \(line 5, column \d+\)$/,
						),
					},
				],
			});
		}
	});

	it("reads values nested 1000 levels deep, smol-toml's limit", () => {
		const result = parseToml(
			`a = ${"[".repeat(1000)}${"]".repeat(1000)}\nb = 1\n`,
			"x.toml",
		);
		expect(result.diagnostics).toEqual([]);
		expect(result.value?.lineOf(["b"])).toBe(2);
	});

	it("never throws, whatever the input", () => {
		const pieces = [
			"[",
			"]",
			"[[",
			"]]",
			"=",
			'"',
			"'",
			'"""',
			"'''",
			"{",
			"}",
			",",
			".",
			"#",
			"\n",
			"\r\n",
			" ",
			"a",
			"1",
			"\\",
			"\\u00e9",
			"x.y",
		];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
				(parts) => {
					const result = parseToml(parts.join(""), "fuzz.toml");
					expect(
						result.value === null ? result.diagnostics.length : 0,
					).toBeLessThanOrEqual(1);
				},
			),
			{ numRuns: 2000 },
		);
		fc.assert(
			fc.property(fc.string(), (text) => {
				parseToml(text, "fuzz.toml");
			}),
		);
	});
});

describe("lineOf", () => {
	it("locates tables, keys, dotted keys and array elements", () => {
		const doc = parseOk(
			[
				"# comment", // 1
				"[project]", // 2
				'name = "demo"', // 3
				"dependencies = [", // 4
				'    "httpx>=0.27",', // 5
				"    # a comment line", // 6
				"    'anyio',  # trailing", // 7
				"]", // 8
				"", // 9
				"[project.optional-dependencies]", // 10
				'cli = ["typer"]', // 11
				"", // 12
				"[tool.uv]", // 13
				"sources.mcp = { workspace = true }", // 14
				'"quoted.key" = 1', // 15
			].join("\n"),
		);
		expect(doc.lineOf(["project"])).toBe(2);
		expect(doc.lineOf(["project", "name"])).toBe(3);
		expect(doc.lineOf(["project", "dependencies"])).toBe(4);
		expect(doc.lineOf(["project", "dependencies", 0])).toBe(5);
		expect(doc.lineOf(["project", "dependencies", 1])).toBe(7);
		expect(doc.lineOf(["project", "optional-dependencies", "cli", 0])).toBe(11);
		expect(doc.lineOf(["tool"])).toBe(13);
		expect(doc.lineOf(["tool", "uv", "sources"])).toBe(14);
		expect(doc.lineOf(["tool", "uv", "sources", "mcp", "workspace"])).toBe(14);
		expect(doc.lineOf(["tool", "uv", "quoted.key"])).toBe(15);
	});

	it("falls back to the nearest located ancestor, and is undefined for nothing", () => {
		const doc = parseOk('[project]\nname = "demo"\n');
		expect(doc.lineOf(["project", "dependencies", 3])).toBe(1);
		expect(doc.lineOf(["nothing", "here"])).toBeUndefined();
		expect(doc.lineOf([])).toBeUndefined();
	});

	it("selects the n-th table of an array of tables, and tables nested in it", () => {
		const doc = parseOk(
			[
				"version = 1", // 1
				"[[package]]", // 2
				'name = "a"', // 3
				"[[package.wheels]]", // 4
				'url = "a.whl"', // 5
				"[[package]]", // 6
				'name = "b"', // 7
				"dependencies = [", // 8
				'    { name = "a" },', // 9
				'    { name = "c", marker = "sys_platform == \'win32\'" },', // 10
				"]", // 11
				"[package.metadata]", // 12
				'requires-dist = [{ name = "a", specifier = ">=1" }]', // 13
				"[[package.wheels]]", // 14
				"[[package.wheels]]", // 15
			].join("\n"),
		);
		expect(doc.lineOf(["package"])).toBe(2);
		expect(doc.lineOf(["package", 0])).toBe(2);
		expect(doc.lineOf(["package", 0, "wheels", 0, "url"])).toBe(5);
		expect(doc.lineOf(["package", 1])).toBe(6);
		expect(doc.lineOf(["package", 1, "name"])).toBe(7);
		expect(doc.lineOf(["package", 1, "dependencies", 1])).toBe(10);
		expect(doc.lineOf(["package", 1, "dependencies", 1, "marker"])).toBe(10);
		expect(doc.lineOf(["package", 1, "metadata"])).toBe(12);
		expect(
			doc.lineOf(["package", 1, "metadata", "requires-dist", 0, "specifier"]),
		).toBe(13);
		expect(doc.lineOf(["package", 1, "wheels", 0])).toBe(14);
		expect(doc.lineOf(["package", 1, "wheels", 1])).toBe(15);
	});

	it("keeps index 0 and key '0' apart", () => {
		const doc = parseOk('a = ["x"]\n[b]\n"0" = 1\n');
		expect(doc.lineOf(["a", 0])).toBe(1);
		expect(doc.lineOf(["b", "0"])).toBe(3);
		expect(doc.lineOf(["b", 0])).toBe(2);
	});

	it("counts lines inside multi-line strings and CRLF files", () => {
		const doc = parseOk(
			'a = """\r\nline [x]\r\n# not a comment\r\n"""\r\nb = \'\'\'\r\nz = 1\r\n\'\'\'\r\n[c]\r\nd = "# ] ["\r\n',
		);
		expect(doc.lineOf(["b"])).toBe(5);
		expect(doc.lineOf(["c"])).toBe(8);
		expect(doc.lineOf(["c", "d"])).toBe(9);
		expect(doc.lineOf(["z"])).toBeUndefined();
	});

	it("prefers an explicit table header to an earlier implicit one", () => {
		const doc = parseOk("[a.b]\nc = 1\n[a]\nd = 2\n");
		expect(doc.lineOf(["a", "b"])).toBe(1);
		expect(doc.lineOf(["a"])).toBe(3);
	});

	it("decodes escapes in quoted keys", () => {
		const doc = parseOk('[tool]\n"na\\u006De" = 1\n');
		expect(doc.lineOf(["tool", "name"])).toBe(2);
	});

	it("locates every value of any document smol-toml writes", () => {
		const key = fc.oneof(
			fc.constantFrom("a", "b-c", "0", "dotted.key", "é", ""),
			fc.string({ maxLength: 6 }),
		);
		const leaf = fc.oneof(
			fc.stringMatching(/^[a-z0-9 ]{1,8}$/),
			fc.integer(),
			fc.boolean(),
		);
		const { tree } = fc.letrec((tie) => ({
			tree: fc.dictionary(
				key,
				fc.oneof({ depthSize: "small" }, leaf, tie("tree"), tie("list")),
				{ maxKeys: 4 },
			),
			list: fc.array(fc.oneof(leaf, tie("tree")), { maxLength: 3 }),
		}));
		fc.assert(
			fc.property(tree, (value) => {
				const text = stringify(value);
				const result = parseToml(text, "generated.toml");
				if (result.value === null) return; // e.g. a key with a control character tomllib refuses
				const doc = result.value;
				const lines = text.split("\n");
				const walk = (v: unknown, path: (string | number)[]): void => {
					if (path.length > 0)
						expect(doc.lineOf(path), JSON.stringify(path)).toBeGreaterThan(0);
					if (typeof v === "string" && path.length > 0) {
						expect(
							lines[(doc.lineOf(path) ?? 0) - 1],
							JSON.stringify(path),
						).toContain(JSON.stringify(v));
					} else if (Array.isArray(v)) {
						v.forEach((item, i) => {
							walk(item, [...path, i]);
						});
					} else if (v !== null && typeof v === "object") {
						for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
					}
				};
				walk(doc.value, []);
			}),
			{ numRuns: 300 },
		);
	});

	it("locates a 1.5 MB lock quickly", () => {
		const entry = (k: number) =>
			`[[package]]\nname = "pkg-${k}"\nversion = "1.0.${k}"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [\n    { name = "dep-${k}", marker = "python_full_version < '3.11'" },\n]\nwheels = [\n    { url = "https://files.pythonhosted.org/packages/${"ab".repeat(30)}/pkg-${k}.whl", hash = "sha256:${"0".repeat(64)}", size = ${k} },\n]\n\n`;
		const count = 4500;
		const text = `version = 1\n\n${Array.from({ length: count }, (_, k) => entry(k)).join("")}`;
		expect(text.length).toBeGreaterThan(1_500_000);
		const start = performance.now();
		const doc = parseOk(text);
		const elapsed = performance.now() - start;
		expect(doc.lineOf(["package", count - 1, "dependencies", 0])).toBe(
			3 + (count - 1) * 11 + 5,
		);
		expect(elapsed).toBeLessThan(3000);
	});
});

describe("lineOf on real files", () => {
	for (const [key, deps] of Object.entries(expected.projectDependencyLines)) {
		if (!key.startsWith("fixtures/")) continue;
		it(`finds every [project] dependency line in ${key}`, () => {
			const doc = parseOk(
				readFileSync(join(fixtures, key.slice("fixtures/".length)), "utf8"),
			);
			const located = deps.map((dep) => ({
				...dep,
				line: doc.lineOf(["project", "dependencies", dep.index]),
			}));
			expect(located).toEqual(deps);
		});
	}

	it("checked by hand: modelcontextprotocol/servers src/git dependencies on lines 19-22", () => {
		expect(
			expected.projectDependencyLines[
				"fixtures/corpus/modelcontextprotocol__servers/src/git/pyproject.toml"
			],
		).toEqual([
			{ index: 0, requirement: "click>=8.1.7", line: 19 },
			{ index: 1, requirement: "gitpython>=3.1.50", line: 20 },
			{ index: 2, requirement: "mcp>=1.0.0", line: 21 },
			{ index: 3, requirement: "pydantic>=2.0.0", line: 22 },
		]);
	});

	/** Every string value with a plain spelling must appear on the line lineOf gives for it. */
	function checkStringLines(text: string): number {
		const doc = parseOk(text);
		const lines = text.split(/\r?\n/);
		let checked = 0;
		const misplaced: string[] = [];
		const walk = (value: unknown, path: (string | number)[]): void => {
			if (typeof value === "string") {
				if (/["'\\\n]/.test(value)) return;
				const line = doc.lineOf(path) ?? 0;
				checked++;
				if (!(lines[line - 1] ?? "").includes(value))
					misplaced.push(`${JSON.stringify(path)} -> ${line}`);
			} else if (Array.isArray(value)) {
				value.forEach((v, i) => {
					walk(v, [...path, i]);
				});
			} else if (
				value !== null &&
				typeof value === "object" &&
				!(value instanceof TomlDate)
			) {
				for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
			}
		};
		walk(doc.value, []);
		expect(misplaced.slice(0, 5)).toEqual([]);
		return checked;
	}

	for (const [key, value] of Object.entries(expected.files)) {
		if (!key.startsWith("fixtures/") || isTomllibError(value)) continue;
		it(`puts every string of ${key} on its own line`, () => {
			expect(
				checkStringLines(
					readFileSync(join(fixtures, key.slice("fixtures/".length)), "utf8"),
				),
			).toBeGreaterThan(0);
		});
	}

	describe.skipIf(!existsSync(corpus))("corpus locks", () => {
		for (const key of Object.keys(expected.files)) {
			if (!key.startsWith("corpus/") || !key.endsWith(".lock")) continue;
			it(`puts every string of ${key} on its own line`, () => {
				expect(
					checkStringLines(
						readFileSync(join(corpus, key.slice("corpus/".length)), "utf8"),
					),
				).toBeGreaterThan(100);
			});
		}
	});
});
