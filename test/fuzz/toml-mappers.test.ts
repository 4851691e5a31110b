// Structurally valid TOML with the wrong types in it: every TOML-to-model mapper starts from a real, well-formed
// document and fast-check swaps some of its values (or whole tables) for values of another type. The TOML
// stays valid, so the mapper itself must say what is wrong, on a line, without reaching its catch-all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify, TomlDate } from "smol-toml";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/types.js";
import { parsePoetryLock } from "../../src/parse/poetry-lock.js";
import { parsePylock } from "../../src/parse/pylock.js";
import { parsePyproject } from "../../src/parse/pyproject.js";
import { parseUvLock } from "../../src/parse/uv-lock.js";
import {
	countLines,
	expectDiagnosticsOnLines,
	runs,
} from "./fuzz-invariants.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

type Path = readonly (string | number)[];
type Mapper = (
	text: string,
	path: string,
) => { diagnostics: Diagnostic[]; value: unknown };

interface Target {
	name: string;
	path: string;
	parse: Mapper;
	bases: Record<string, unknown>[];
}

const load = (relPath: string) =>
	parse(readFileSync(join(FIXTURES, relPath), "utf8")) as Record<
		string,
		unknown
	>;

const TARGETS: Target[] = [
	{
		name: "parsePyproject",
		path: "pyproject.toml",
		parse: parsePyproject,
		bases: [
			load("pyproject/pep621-project/pyproject.toml"),
			load("pyproject/dependency-groups/pyproject.toml"),
			load("pyproject/poetry-dependencies/pyproject.toml"),
			load("pyproject/poetry-legacy-dev/pyproject.toml"),
			load("pyproject/uv-workspace-sources/pyproject.toml"),
		],
	},
	{
		name: "parseUvLock",
		path: "uv.lock",
		parse: parseUvLock,
		bases: [
			load("locks/uv-workspace-all-sources/uv.lock"),
			load("locks/uv-forked-resolution/uv.lock"),
		],
	},
	{
		name: "parsePylock",
		path: "pylock.toml",
		parse: parsePylock,
		bases: [load("locks/pylock-all-sources/pylock.toml")],
	},
	{
		name: "parsePoetryLock",
		path: "poetry.lock",
		parse: parsePoetryLock,
		bases: [load("locks/poetry-sources-and-constraints/poetry.lock")],
	},
];

/** Every key path of a document, tables and arrays included, so a whole section can be swapped too. */
function listPaths(value: unknown, prefix: Path = []): Path[] {
	const out: Path[] = [];
	if (Array.isArray(value)) {
		value.forEach((item, i) => {
			out.push([...prefix, i], ...listPaths(item, [...prefix, i]));
		});
	} else if (isTable(value)) {
		for (const [key, item] of Object.entries(value)) {
			out.push([...prefix, key], ...listPaths(item, [...prefix, key]));
		}
	}
	return out;
}

function isTable(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date)
	);
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
	if (path.length === 0) return replacement;
	const [head, ...rest] = path as [string | number, ...(string | number)[]];
	if (Array.isArray(root)) {
		const copy = [...root];
		copy[head as number] = replaceAt(copy[head as number], rest, replacement);
		return copy;
	}
	const copy = { ...(root as Record<string, unknown>) };
	copy[head] = replaceAt(copy[head], rest, replacement);
	return copy;
}

// Strings a dependency file could hold in any field: near-miss specifiers, markers, URLs, paths, names.
const oddString = fc.constantFrom(
	"",
	" ",
	"mcp",
	"mcp>=",
	"mcp==1.2.*.4",
	"mcp~=1",
	"^1.2",
	">=1,<2 || ^3",
	"1.0",
	"not a version",
	'python_version < "3.1',
	"https://example.invalid/x.whl",
	"../../etc/passwd",
	"/etc/passwd",
	"git+https://example.invalid/r.git@main",
	"<img src=x onerror=alert(1)>",
	"@everyone",
	"é",
	"\u202e",
	"x".repeat(300),
);
const scalar = fc.oneof(
	oddString,
	fc.string({ maxLength: 12 }),
	fc.integer(),
	fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
	fc.double(),
	fc.boolean(),
	fc.constantFrom(
		new TomlDate("2024-01-01T00:00:00Z"),
		new TomlDate("2024-01-01"),
		new TomlDate("12:00:00"),
	),
);
const { replacement } = fc.letrec((tie) => ({
	replacement: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		scalar,
		tie("array"),
		tie("table"),
	),
	array: fc.array(tie("replacement"), { maxLength: 3 }),
	table: fc.dictionary(
		fc.oneof(
			fc.constantFrom(
				"name",
				"version",
				"source",
				"dependencies",
				"markers",
				"marker",
				"extras",
				"optional",
				"url",
				"path",
				"git",
				"editable",
				"requires-python",
			),
			fc.string({ maxLength: 6 }),
		),
		tie("replacement"),
		{ maxKeys: 3 },
	),
}));

/** A base document with 1-4 of its values (at any depth) replaced by values of arbitrary type. */
function mutatedDocument(bases: readonly Record<string, unknown>[]) {
	return fc
		.constantFrom(...bases.map((b) => ({ base: b, paths: listPaths(b) })))
		.chain(({ base, paths }) =>
			fc
				.array(fc.tuple(fc.constantFrom(...paths), replacement), {
					minLength: 1,
					maxLength: 4,
				})
				.map((edits) =>
					edits.reduce<unknown>(
						(doc, [path, value]) => replaceAt(doc, path, value),
						base,
					),
				),
		);
}

function toToml(doc: unknown): string | null {
	try {
		return stringify(doc as Record<string, unknown>);
	} catch {
		// smol-toml cannot write every tree (e.g. a mixed array holding a table); those are not TOML at all.
		return null;
	}
}

describe("TOML mappers on structurally valid, type-wrong TOML", () => {
	for (const target of TARGETS) {
		it(`${target.name}: never reaches its catch-all; every diagnostic is on a line`, () => {
			let written = 0;
			let diagnosed = 0;
			fc.assert(
				fc.property(mutatedDocument(target.bases), (doc) => {
					const text = toToml(doc);
					if (text === null) return;
					written++;
					const result = target.parse(text, target.path);
					if (result.diagnostics.length > 0) diagnosed++;
					expectDiagnosticsOnLines(result.diagnostics, countLines(text));
				}),
				{ numRuns: runs(300) },
			);
			// The generator must mostly produce TOML, or this test checks nothing.
			expect(written).toBeGreaterThan(runs(300) / 2);
			// ... and the wrong types must mostly be noticed, or the mutations hit nothing the mapper reads.
			expect(diagnosed).toBeGreaterThan(written / 4);
		});
	}

	it("the untouched bases read without a catch-all diagnostic", () => {
		for (const target of TARGETS) {
			for (const base of target.bases) {
				const text = stringify(base);
				const result = target.parse(text, target.path);
				expectDiagnosticsOnLines(result.diagnostics, countLines(text));
			}
		}
	});
});
