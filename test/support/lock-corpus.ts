// What the three lock-file parser tests (uv.lock, pylock.toml, poetry.lock) share: reading the lock fixtures, the
// never-throws property, and the differential check against Python's tomllib (scripts/gen-lock-vectors.py writes
// test/data/locks/expected.json) on the committed fixtures and on every real lock file in the shared corpus.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/model/types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = join(root, "test/fixtures/locks");

/** Real lock files from public MCP repositories (see its SOURCES.md); absent on a fresh clone. */
export const CORPUS = resolve(root, "../shared/corpus");

/** The kinds scripts/gen-lock-vectors.py writes into expected.json. */
export type LockKind = "uv-lock" | "pylock" | "poetry-lock";

interface LockTruth {
	/** Keyed by the path under test/fixtures/locks. */
	fixtures: Record<string, { kind: string; packages: unknown[] }>;
	/** Keyed by the path under the corpus. */
	files: Record<string, { kind: string; packages: unknown[] }>;
}

/** A lock fixture: test/fixtures/locks/<project>/<lockName>. */
export function readLockFixture(project: string, lockName: string): string {
	return readFileSync(join(fixtures, project, lockName), "utf8");
}

/** A lock file from the corpus, by its path under the corpus. */
export function readCorpusLock(file: string): string {
	return readFileSync(join(CORPUS, file), "utf8");
}

function readLockTruth(): LockTruth {
	return JSON.parse(
		readFileSync(join(root, "test/data/locks/expected.json"), "utf8"),
	) as LockTruth;
}

function findCorpusLocks(name: RegExp): string[] {
	return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && name.test(entry.name))
		.map((entry) =>
			relative(CORPUS, join(entry.parentPath, entry.name)).split(sep).join("/"),
		)
		.sort();
}

/**
 * Asserts the parser's contract on arbitrary text: it returns (never throws) on noise, on every prefix of a
 * real lock and on that lock with noise spliced in, and every diagnostic's line is null or 1-based.
 */
export function expectNeverThrows(
	parse: (text: string, path: string) => ParseResult<unknown>,
	base: string,
	path: string,
): void {
	fc.assert(
		fc.property(fc.string(), fc.nat(base.length), (noise, cut) => {
			for (const text of [
				noise,
				base.slice(0, cut),
				base.slice(0, cut) + noise + base.slice(cut),
			]) {
				const { diagnostics } = parse(text, path);
				for (const d of diagnostics)
					expect(d.line === null || d.line >= 1).toBe(true);
			}
		}),
		{ numRuns: 300 },
	);
}

/** The fields expected.json records for a package of every kind. */
export const LOCKED_PACKAGE_FIELDS = [
	"name",
	"version",
	"source",
	"sourceUrl",
	"line",
] as const;

export interface TomllibAgreement<P> {
	/** The parser's name, as the describe titles show it. */
	parser: string;
	parse: (text: string, path: string) => ParseResult<{ packages: P[] }>;
	kind: LockKind;
	/** The file name in the test titles ("uv.lock"). */
	lockName: string;
	/** Which corpus file names are locks of this kind. */
	pattern: RegExp;
	/** The fields of a package that expected.json records for this kind. */
	fields: readonly (keyof P & string)[];
	/** The corpus must hold at least this many locks of this kind. */
	minCorpusFiles: number;
	/** Tests on particular corpus files; they run inside the corpus describe, skipped with it. */
	corpusTests?: () => void;
}

/**
 * Two describes: every well-formed fixture, then every corpus lock of the kind (skipped when the corpus is
 * absent), parsed and compared with what tomllib read, package by package.
 */
export function describeTomllibAgreement<P>(spec: TomllibAgreement<P>): void {
	const { parser, parse, kind } = spec;
	const pick = (pkg: P): Record<string, unknown> =>
		Object.fromEntries(spec.fields.map((field) => [field, pkg[field]]));

	describe(`${parser}: the well-formed fixtures agree with tomllib (scripts/gen-lock-vectors.py)`, () => {
		const expected = readLockTruth();
		const files = Object.keys(expected.fixtures).filter(
			(file) => expected.fixtures[file]?.kind === kind,
		);

		it.each(files)("%s", (file) => {
			const { value } = parse(readFileSync(join(fixtures, file), "utf8"), file);
			expect(value.packages.map(pick)).toEqual(
				expected.fixtures[file]?.packages,
			);
		});
	});

	const hasCorpus = existsSync(CORPUS);
	describe.skipIf(!hasCorpus)(
		`${parser} on the corpus${hasCorpus ? "" : ` (skipped: ${CORPUS} not found)`}`,
		() => {
			const expected = readLockTruth();
			const files = hasCorpus ? findCorpusLocks(spec.pattern) : [];

			it(`has truth data for every ${spec.lockName} (rerun scripts/gen-lock-vectors.py otherwise)`, () => {
				const known = Object.keys(expected.files).filter(
					(file) => expected.files[file]?.kind === kind,
				);
				expect(files).toEqual(known.sort());
				expect(files.length).toBeGreaterThanOrEqual(spec.minCorpusFiles);
			});

			it.each(files)("%s agrees with tomllib and has no errors", (file) => {
				const { value, diagnostics } = parse(readCorpusLock(file), file);
				expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
				expect(value.packages.map(pick)).toEqual(
					expected.files[file]?.packages,
				);
			});

			spec.corpusTests?.();
		},
	);
}

/** The fields of a locked package the source tests compare. */
interface SourcedPackage {
	name: string;
	version: string | null;
	source: string;
	sourceUrl: string | null;
	line: number | null;
}

/** Where a locked package comes from, as one row: name, version, source kind, URL or path, line. */
export function sourceRow(
	p: SourcedPackage,
): [string, string | null, string, string | null, number | null] {
	return [p.name, p.version, p.source, p.sourceUrl, p.line];
}

/**
 * A TOML syntax error passes through as the one diagnostic, an error on `line`, and the lock is empty
 * (`empty` when given, else no packages).
 */
export function expectSyntaxErrorPassedThrough<
	T extends { packages: unknown[] },
>(result: ParseResult<T>, line: number, empty?: T): void {
	if (empty === undefined) expect(result.value.packages).toEqual([]);
	else expect(result.value).toEqual(empty);
	expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
		["error", line],
	]);
}
