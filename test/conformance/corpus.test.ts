// End-to-end conformance on real files: the JSON report for /work/shared/corpus (../shared/corpus from the repo
// root) must agree with Python's own tools on every requirement (name, specifier as a set of PEP 440 clauses,
// extras, marker, group, line; for requirements files also the direct URL, -e and the number of hashes) and
// every locked package (name, version, line). The truth data, test/data/corpus/expected.json, comes from scripts/gen-corpus-expected.py:
// packaging 26.2 for PEP 508 strings and [dependency-groups], pip 23.2.1's requirements-file parser, tomllib for
// TOML values, and a raw-text scan for TOML lines (tomllib has no positions). Two things there are not Python's
// tools: the group names (pin-audit's own vocabulary) and Poetry's `^`/`~` constraints, which the script
// translates with its own small port of poetry-core's rules (the corpus has four Poetry dependencies, e2b-dev).
// Not compared: the URL of pyproject requirements (pin-audit fills it from [tool.uv.sources], which is uv's
// reading, not PEP 508's) and uv.lock `[package.metadata]` (not part of `requirements`).
//
// The corpus is not part of this repository; on a clone without it this suite is reported as skipped.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import { renderJson, type toJsonReport } from "../../src/report/render-json.js";

type JsonReport = ReturnType<typeof toJsonReport>;
type JsonRequirement = JsonReport["projects"][number]["requirements"][number];
type JsonLocked = JsonReport["projects"][number]["locked"][number];

interface ExpectedRequirement {
	name: string;
	/** Sorted `str(Specifier)` clauses. */
	specifier: string[];
	extras: string[];
	marker: string | null;
	url: string | null;
	group: string;
	line: number;
	/** Requirements files only: number of --hash values, and whether the line is -e. */
	hashes?: number;
	editable?: boolean;
}

interface ExpectedLocked {
	name: string;
	version: string | null;
	line: number;
}

interface ExpectedFile {
	kind: string;
	/** False for a file only reached through -r/-c, which discovery does not list as a file of its own. */
	discovered: boolean;
	requirements: ExpectedRequirement[];
	locked: ExpectedLocked[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = resolve(repoRoot, "../shared/corpus");
const corpusPresent = existsSync(corpus);
const expectedFiles = (
	JSON.parse(
		readFileSync(join(repoRoot, "test/data/corpus/expected.json"), "utf8"),
	) as {
		files: Record<string, ExpectedFile>;
	}
).files;

/** packaging prints a clause as operator + version with no whitespace; the version text is kept as written. */
function normalizeClauses(specifier: string): string[] {
	if (specifier.trim() === "") return [];
	return specifier
		.split(",")
		.map((clause) => clause.replace(/\s+/g, ""))
		.sort();
}

/**
 * The compared fields of one requirement, as one readable line. `pip` adds what only pip's reading of a
 * requirements file gives: the direct URL, -e and the number of hashes.
 */
function describeRequirement(r: ExpectedRequirement, pip: boolean): string {
	const editable = pip && r.editable ? "-e " : "";
	const extras = r.extras.length > 0 ? `[${r.extras.join(",")}]` : "";
	const url = pip && r.url !== null ? ` @ ${r.url}` : "";
	const marker = r.marker === null ? "" : ` ; ${r.marker}`;
	const hashes = pip ? ` (${r.hashes ?? 0} hashes)` : "";
	return `line ${r.line}: ${editable}${r.name}${extras} {${r.specifier.join(",")}}${url}${marker}${hashes} (group ${r.group})`;
}

function fromReport(r: JsonRequirement): ExpectedRequirement {
	return {
		name: r.name,
		specifier: normalizeClauses(r.specifier),
		extras: [...r.extras].sort(),
		marker: r.marker,
		url: r.url,
		group: r.group,
		line: r.line,
		hashes: r.hashes,
		editable: r.editable,
	};
}

function describeLocked(l: ExpectedLocked): string {
	return `line ${l.line}: ${l.name} ${l.version ?? "(no version)"}`;
}

/** One compared entry: its description, and the line and name used to pair a misread entry with its reading. */
interface Entry {
	line: number;
	name: string;
	text: string;
}

/**
 * Multiset difference of two lists of descriptions, as messages naming the file. An entry missing on one side
 * and present with other fields on the other (same line and name, else same line, else same name) is reported
 * as one "Python: ... / pin-audit: ..." message.
 */
function diffEntries(
	file: string,
	what: string,
	expected: readonly Entry[],
	actual: readonly Entry[],
): string[] {
	const remaining = new Map<string, number>();
	for (const a of actual)
		remaining.set(a.text, (remaining.get(a.text) ?? 0) + 1);
	const missing: Entry[] = [];
	for (const e of expected) {
		const count = remaining.get(e.text) ?? 0;
		if (count > 0) remaining.set(e.text, count - 1);
		else missing.push(e);
	}
	const unexpected = actual.filter((a) => {
		const count = remaining.get(a.text) ?? 0;
		if (count === 0) return false;
		remaining.set(a.text, count - 1);
		return true;
	});
	const messages: string[] = [];
	for (const e of missing) {
		const sameLineAndName = unexpected.findIndex(
			(a) => a.line === e.line && a.name === e.name,
		);
		const sameLine = unexpected.findIndex((a) => a.line === e.line);
		const index =
			sameLineAndName >= 0
				? sameLineAndName
				: sameLine >= 0
					? sameLine
					: unexpected.findIndex((a) => a.name === e.name);
		if (index >= 0) {
			const [a] = unexpected.splice(index, 1);
			messages.push(
				`${file}: ${what} differs:\n  Python:     ${e.text}\n  pin-audit:  ${a?.text}`,
			);
		} else {
			messages.push(`${file}: ${what} missing from the report: ${e.text}`);
		}
	}
	for (const a of unexpected)
		messages.push(`${file}: ${what} not in Python's reading: ${a.text}`);
	return messages;
}

function lineCount(text: string): number {
	const lines = text.split(/\r\n|\r|\n/);
	return lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
}

describe("diffEntries (the failure messages of the corpus test)", () => {
	it("names the file, the line, Python's reading and ours when one requirement is misread", () => {
		const expected = [
			{
				line: 7,
				name: "cfgv",
				text: "line 7: cfgv {==3.4.0} (group requirements)",
			},
			{
				line: 9,
				name: "idna",
				text: "line 9: idna {==3.7} (group requirements)",
			},
		];
		const actual = [
			{
				line: 7,
				name: "cfgv",
				text: "line 7: cfgv {==3.4.0} (group requirements)",
			},
			{
				line: 9,
				name: "idna",
				text: "line 9: idna {==3.8} (group requirements)",
			},
			{
				line: 12,
				name: "extra",
				text: "line 12: extra {} (group requirements)",
			},
		];
		expect(
			diffEntries("a/requirements.txt", "requirement", expected, actual),
		).toEqual([
			"a/requirements.txt: requirement differs:\n  Python:     line 9: idna {==3.7} (group requirements)\n  pin-audit:  line 9: idna {==3.8} (group requirements)",
			"a/requirements.txt: requirement not in Python's reading: line 12: extra {} (group requirements)",
		]);
	});

	it("pairs an entry read on the wrong line with Python's reading of it", () => {
		const expected = [
			{ line: 59, name: "mcp", text: "line 59: mcp[cli] {} (group group:dev)" },
		];
		const actual = [
			{ line: 58, name: "mcp", text: "line 58: mcp[cli] {} (group group:dev)" },
		];
		expect(
			diffEntries("pyproject.toml", "requirement", expected, actual),
		).toEqual([
			"pyproject.toml: requirement differs:\n  Python:     line 59: mcp[cli] {} (group group:dev)\n  pin-audit:  line 58: mcp[cli] {} (group group:dev)",
		]);
	});

	it("counts duplicates (a multiset, not a set)", () => {
		const entry = { line: 3, name: "a", text: "line 3: a 1.0" };
		expect(
			diffEntries("uv.lock", "locked package", [entry, entry], [entry]),
		).toEqual([
			"uv.lock: locked package missing from the report: line 3: a 1.0",
		]);
	});

	it("sorts clauses and drops the whitespace packaging drops", () => {
		expect(normalizeClauses(">= 7.10.7, <=7.13")).toEqual([
			"<=7.13",
			">=7.10.7",
		]);
		expect(normalizeClauses("")).toEqual([]);
		expect(normalizeClauses("==1.0.*")).toEqual(["==1.0.*"]);
	});
});

describe.skipIf(!corpusPresent)(
	corpusPresent
		? `corpus conformance: the JSON report for ${corpus} agrees with Python's tools`
		: `corpus conformance: SKIPPED because the corpus ${corpus} is absent`,
	() => {
		let report: JsonReport;
		const requirementsByFile = new Map<
			string,
			{ project: string; requirements: JsonRequirement[] }[]
		>();
		const lockedByFile = new Map<
			string,
			{ project: string; locked: JsonLocked[] }[]
		>();

		beforeAll(async () => {
			// The JSON text itself, as `--format json` prints it.
			report = JSON.parse(
				renderJson(await auditRepository({ root: corpus, env: {} })),
			) as JsonReport;
			for (const project of report.projects) {
				const requirements = new Map<string, JsonRequirement[]>();
				for (const r of project.requirements)
					requirements.set(r.file, [...(requirements.get(r.file) ?? []), r]);
				for (const [file, list] of requirements) {
					const entries = requirementsByFile.get(file) ?? [];
					entries.push({ project: project.path, requirements: list });
					requirementsByFile.set(file, entries);
				}
				const locked = new Map<string, JsonLocked[]>();
				for (const l of project.locked)
					locked.set(l.file, [...(locked.get(l.file) ?? []), l]);
				for (const [file, list] of locked) {
					const entries = lockedByFile.get(file) ?? [];
					entries.push({ project: project.path, locked: list });
					lockedByFile.set(file, entries);
				}
			}
		});

		/**
		 * The project whose reading of a file is compared: the one of the file's directory, or, for a file only
		 * reached through -r/-c from elsewhere, the first project that read it.
		 */
		const ownerOf = <T extends { project: string }>(
			file: string,
			holders: readonly T[],
		): T | undefined => {
			const dir = posix.dirname(file);
			return (
				holders.find((h) => h.project === (dir === "" ? "." : dir)) ??
				holders[0]
			);
		};

		it("finds exactly the files Python's side read, with the same kinds", () => {
			const discovered = report.projects
				.flatMap((p) => p.files.map((f) => `${f.path} (${f.kind})`))
				.sort();
			const expected = Object.entries(expectedFiles)
				.filter(([, file]) => file.discovered)
				.map(([path, file]) => `${path} (${file.kind})`)
				.sort();
			expect(discovered).toEqual(expected);
		});

		it("reports no invalid-file error for any corpus file (they are all valid)", () => {
			const errors = report.findings
				.filter((f) => f.rule === "invalid-file" && f.severity === "error")
				.map((f) => `${f.file}:${f.line ?? "-"}: ${f.message}`);
			expect(errors).toEqual([]);
		});

		it("points every requirement and locked package at a line of a corpus file", () => {
			const lines = new Map<string, number | null>();
			const linesOf = (file: string): number | null => {
				if (!lines.has(file)) {
					const abs = join(corpus, file);
					lines.set(
						file,
						existsSync(abs) ? lineCount(readFileSync(abs, "utf8")) : null,
					);
				}
				return lines.get(file) ?? null;
			};
			const problems: string[] = [];
			for (const project of report.projects) {
				const entries = [
					...project.requirements.map((r) => ({ kind: "requirement", ...r })),
					...project.locked.map((l) => ({ kind: "locked package", ...l })),
				];
				for (const entry of entries) {
					const count = linesOf(entry.file);
					const where = `project ${project.path}: ${entry.kind} ${entry.name} at ${entry.file}:${entry.line}`;
					if (count === null)
						problems.push(`${where}: no such file in the corpus`);
					else if (
						!Number.isInteger(entry.line) ||
						entry.line < 1 ||
						entry.line > count
					) {
						problems.push(`${where}: the file has ${count} lines`);
					}
				}
			}
			expect(problems).toEqual([]);
		});

		for (const [file, expected] of Object.entries(expectedFiles)) {
			if (expected.kind === "pyproject" || expected.kind === "requirements") {
				// A requirements file's direct URL is pip's reading; a pyproject's may come from [tool.uv.sources].
				const pip = expected.kind === "requirements";
				const toEntry = (r: ExpectedRequirement): Entry => ({
					line: r.line,
					name: r.name,
					text: describeRequirement(r, pip),
				});
				it(`${file}: requirements agree with ${pip ? "pip" : "packaging"} (${expected.requirements.length})`, () => {
					const holders = requirementsByFile.get(file) ?? [];
					const owner = ownerOf(file, holders);
					const problems = diffEntries(
						file,
						"requirement",
						expected.requirements.map(toEntry),
						(owner?.requirements ?? [])
							.filter((r) => !isHookRequirement(file, r.line))
							.map((r) => toEntry(fromReport(r))),
					);
					// Another project may read this file through -r/-c: each entry must still be one Python reads
					// (its group may be constraints-file there).
					const known = new Set(
						expected.requirements.map((r) =>
							describeRequirement({ ...r, group: "*" }, pip),
						),
					);
					for (const holder of holders) {
						if (holder === owner) continue;
						for (const r of holder.requirements) {
							const text = describeRequirement(
								{ ...fromReport(r), group: "*" },
								pip,
							);
							if (!known.has(text))
								problems.push(
									`${file}: read from project ${holder.project} as ${text}`,
								);
						}
					}
					expect(problems).toEqual([]);
				});
			} else {
				it(`${file}: locked packages agree with tomllib (${expected.locked.length})`, () => {
					const holders = lockedByFile.get(file) ?? [];
					const owner = ownerOf(file, holders);
					const toEntry = (l: ExpectedLocked): Entry => ({
						line: l.line,
						name: l.name,
						text: describeLocked(l),
					});
					const problems = diffEntries(
						file,
						"locked package",
						expected.locked.map(toEntry),
						(owner?.locked ?? []).map(toEntry),
					);
					// uv workspace members share the root's lock: each must hold exactly the same packages.
					for (const holder of holders) {
						if (holder === owner) continue;
						problems.push(
							...diffEntries(
								`${file} (as seen from member ${holder.project})`,
								"locked package",
								expected.locked.map(toEntry),
								holder.locked.map(toEntry),
							),
						);
					}
					expect(problems).toEqual([]);
				});
			}
		}
	},
);

/**
 * Dependencies the uv-dynamic-versioning hatch hook computes are requirements too (what the built package
 * declares), but the reference reading (tomllib over `[project]`) does not know the hook: compared elsewhere.
 */
function isHookRequirement(file: string, line: number): boolean {
	const abs = join(corpus, file);
	if (!file.endsWith("pyproject.toml") || !existsSync(abs)) return false;
	const lines = readFileSync(abs, "utf8").split("\n");
	const start = lines.findIndex(
		(l) => l.trim() === "[tool.hatch.metadata.hooks.uv-dynamic-versioning]",
	);
	if (start < 0 || line <= start + 1) return false;
	const end = lines.findIndex((l, i) => i > start && l.startsWith("["));
	return end < 0 || line <= end;
}
