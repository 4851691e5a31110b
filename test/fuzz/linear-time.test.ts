// Pull-request text must not make any parser, escaper or the specifier code slow: a regex with nested or
// overlapping quantifiers takes minutes on one long run of spaces (pip's own comment regex, ported as-is,
// took 776 s on 1 MiB). Each input here is large enough that a quadratic path would take far longer than
// the limit, while a linear one takes milliseconds, so the limit is a verdict, not a benchmark.
import { describe, expect, it } from "vitest";
import { parsePep508, parsePep508Marker } from "../../src/parse/pep508.js";
import { poetryConstraintToPep440 } from "../../src/parse/poetry-constraint.js";
import { parsePoetryLock } from "../../src/parse/poetry-lock.js";
import { parsePylock } from "../../src/parse/pylock.js";
import { parsePyproject } from "../../src/parse/pyproject.js";
import { parseRequirementsTxt } from "../../src/parse/requirements-txt.js";
import { parseUvLock } from "../../src/parse/uv-lock.js";
import { parseSpecifierSet } from "../../src/pep440/specifier-set.js";
import { parseVersion } from "../../src/pep440/version.js";
import {
	codeSpan,
	escapeHtml,
	escapeMarkdown,
	escapeMarkdownWithCode,
	stripControls,
} from "../../src/report/escape.js";

const RUN = 256 * 1024;
const LIMIT_MS = 5000;

/** Long runs of the characters that make backtracking regexes explode, each followed by a spoiler. */
const HOSTILE_RUNS: [string, string][] = [
	["spaces then #", `${" ".repeat(RUN)}#`],
	["spaces then x", `a${" ".repeat(RUN)}x`],
	["tabs then #", `a\t${"\t".repeat(RUN)}#x`],
	["hashes", "#".repeat(RUN)],
	["backslashes", "\\".repeat(RUN)],
	["double quotes", `x ${'"'.repeat(RUN - 1)}`],
	["single quotes", `x ${"'".repeat(RUN - 1)}`],
	["open brackets", `x${"[".repeat(RUN)}]`],
	["brackets and spaces", `x${"[ ".repeat(RUN / 2)}]`],
	["slashes", `https://h/${"/".repeat(RUN)}x`],
	["at signs", `${"@".repeat(RUN)}/`],
	["spaces and newlines", `a${" \n".repeat(RUN / 2)} \tb`],
	["dots and digits", `==1${".1".repeat(RUN / 2)} ${" ".repeat(1000)}x`],
	["commas", `>=1${",".repeat(RUN)}x`],
	["parentheses", `x; ${"(".repeat(RUN)}`],
	["dollar braces", `x ${"${A".repeat(RUN / 3)}`],
];

function timed(run: () => unknown): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

const TEXT_READERS: [string, (text: string) => unknown][] = [
	["requirements file", (t) => parseRequirementsTxt(t, "r.txt")],
	[
		"requirements line with options",
		(t) => parseRequirementsTxt(`x --hash=${t}`, "r.txt"),
	],
	["PEP 508", (t) => parsePep508(t)],
	["PEP 508 marker", (t) => parsePep508Marker(t)],
	["specifier set", (t) => parseSpecifierSet(t)],
	["version", (t) => parseVersion(t)],
	["Poetry constraint", (t) => poetryConstraintToPep440(t)],
	[
		"pyproject value",
		(t) =>
			parsePyproject(
				`[project]\nname = "x"\ndependencies = [${JSON.stringify(t)}]\n`,
				"pyproject.toml",
			),
	],
	["pyproject text", (t) => parsePyproject(t, "pyproject.toml")],
	["uv.lock", (t) => parseUvLock(t, "uv.lock")],
	["pylock", (t) => parsePylock(t, "pylock.toml")],
	["poetry.lock", (t) => parsePoetryLock(t, "poetry.lock")],
	["markdown escaper", (t) => escapeMarkdown(t)],
	["markdown escaper with code", (t) => escapeMarkdownWithCode(`\`${t}\``)],
	["code span", (t) => codeSpan(t)],
	["HTML escaper", (t) => escapeHtml(t)],
	["control stripper", (t) => stripControls(t)],
];

describe("linear time on pull-request text", () => {
	for (const [reader, read] of TEXT_READERS) {
		it(`${reader}: long runs of hostile characters`, () => {
			for (const [name, text] of HOSTILE_RUNS) {
				const ms = timed(() => read(text));
				expect({ input: name, slow: ms > LIMIT_MS }).toEqual({
					input: name,
					slow: false,
				});
			}
		});
	}

	it("parses a 1 MiB line of spaces before # in a requirements file in under 5 s, as pip reads it", () => {
		const text = `flask==3.0.0${" ".repeat(1024 * 1024)}# comment\nrequests==2.32.3\n`;
		let names: string[] = [];
		const ms = timed(() => {
			names = parseRequirementsTxt(text, "r.txt").value.requirements.map(
				(r) => r.name,
			);
		});
		expect(names).toEqual(["flask", "requests"]);
		expect(ms).toBeLessThan(LIMIT_MS);
	});

	it("reads a TOML array of a million values on one line in under 5 s", () => {
		// The scanner asks the line of every value: on one long line, each answer had searched the rest of the
		// line for its end (a 6 MB pyproject took 387 s).
		const values = "1,".repeat(1024 * 1024);
		const text = `[project]\nname = "x"\ndependencies = ["anyio>=4"]\n[tool.x]\na = [${values}1]\n`;
		let names: string[] = [];
		const ms = timed(() => {
			names = parsePyproject(text, "pyproject.toml").value.requirements.map(
				(r) => r.name,
			);
		});
		expect(names).toEqual(["anyio"]);
		expect(ms).toBeLessThan(LIMIT_MS);
	});
});
