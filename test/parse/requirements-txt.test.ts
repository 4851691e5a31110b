// biome-ignore-all lint/suspicious/noTemplateCurlyInString: pip's ${VAR} syntax is the subject of these tests.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Requirement } from "../../src/model/types.js";
import { MAX_ENTRIES_PER_FILE } from "../../src/parse/entry-limit.js";
import {
	parseRequirementsTxt,
	splitPythonLines,
} from "../../src/parse/requirements-txt.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "requirements");
const CORPUS = join(ROOT, "..", "shared", "corpus");

/** Options as compared here; each records its file too (checked once, below). */
function withoutFile<T extends { file?: string }>(
	options: T[],
): Omit<T, "file">[] {
	return options.map(({ file: _file, ...rest }) => rest);
}

describe("options record their file", () => {
	it("names the requirements file an option is written in", () => {
		expect(
			parseRequirementsTxt(
				"--extra-index-url https://x.example/simple\n",
				"svc/r.txt",
			).value.options,
		).toEqual([
			{
				name: "--extra-index-url",
				value: "https://x.example/simple",
				line: 1,
				file: "svc/r.txt",
			},
		]);
	});
});

function parse(text: string, env: Record<string, string> = {}) {
	return parseRequirementsTxt(text, "requirements.txt", { env });
}

function fixture(name: string) {
	return readFileSync(join(FIXTURES, name), "utf8");
}

function summary(requirement: Requirement) {
	const { name, specifier, extras, marker, url, editable, hashes, line } =
		requirement;
	return { name, specifier, extras, marker, url, editable, hashes, line };
}

describe("parseRequirementsTxt", () => {
	it("reads pins, extras, markers, parenthesized and arbitrary-equality specifiers", () => {
		const { value, diagnostics } = parseRequirementsTxt(
			fixture("basic-pins.txt"),
			"app/requirements.txt",
		);
		expect(diagnostics).toEqual([]);
		expect(
			value.requirements.map((r) => [
				r.name,
				r.specifier,
				r.extras,
				r.marker,
				r.line,
			]),
		).toEqual([
			["mcp", ">=1.23.0,<2", ["cli"], null, 2],
			["httpx", "==0.28.1", [], null, 3],
			["pydantic", ">=2.7,<3", [], null, 4],
			["typing-extensions", ">=4.12", [], 'python_version < "3.11"', 5],
			["uvicorn", "~=0.30.0", ["standard", "watchfiles"], null, 6],
			["anyio", "!=4.0.0,>=3.7", [], null, 7],
			["legacy-thing", "===1.0-custom", [], null, 8],
			[
				"starlette",
				">=0.40",
				[],
				'sys_platform != "win32" and python_version >= "3.10"',
				9,
			],
			["tomli", ">=2.0.1", [], 'python_version < "3.11"', 10],
			["sse-starlette", "", [], null, 11],
		]);
		expect(value.requirements[0]).toEqual({
			name: "mcp",
			specifier: ">=1.23.0,<2",
			extras: ["cli"],
			marker: null,
			url: null,
			editable: false,
			hashes: 0,
			group: "requirements",
			file: "app/requirements.txt",
			line: 2,
		});
	});

	it("uses the group it is given", () => {
		const { value } = parseRequirementsTxt("mcp==1.0\n", "constraints.txt", {
			group: "constraints-file",
		});
		expect(value.requirements[0]?.group).toBe("constraints-file");
	});

	it("counts hashes across continued lines and keeps the line where the requirement starts", () => {
		const { value, diagnostics } = parse(fixture("pip-compile-hashes.txt"));
		expect(diagnostics).toEqual([]);
		expect(
			value.requirements.map((r) => [
				r.name,
				r.specifier,
				r.marker,
				r.hashes,
				r.line,
			]),
		).toEqual([
			["annotated-types", "==0.7.0", null, 2, 7],
			["anyio", "==4.9.0", null, 1, 11],
			["colorama", "==0.4.6", 'sys_platform == "win32"', 2, 16],
			["mcp", "==1.23.3", null, 2, 19],
		]);
	});

	it("ignores a BOM and reads CRLF and CR line ends", () => {
		expect(
			parse(fixture("crlf-line-endings.txt")).value.requirements.map((r) => [
				r.name,
				r.marker,
				r.line,
			]),
		).toEqual([
			["httpx", null, 1],
			["mcp", 'python_version >= "3.10"', 3],
			["anyio", null, 6],
		]);
		expect(
			parse(fixture("bom-and-cr-line-ends.txt")).value.requirements.map((r) => [
				r.name,
				r.line,
			]),
		).toEqual([
			["mcp", 1],
			["httpx", 2],
			["anyio", 4],
		]);
	});

	it("starts a comment only at line start or after whitespace", () => {
		const { value } = parse(
			"pkg @ https://example.org/pkg.tar.gz#egg=pkg # note\nhttpx>=0.27#tag\n",
		);
		expect(value.requirements[0]?.url).toBe(
			"https://example.org/pkg.tar.gz#egg=pkg",
		);
		expect(parse("httpx>=0.27#tag\n").diagnostics[0]).toMatchObject({
			severity: "error",
			line: 1,
		});
	});

	it("joins continuations, ends them at a comment line, and accepts one at the end of the file", () => {
		const { value, diagnostics } = parse(
			fixture("comments-and-continuations.txt"),
		);
		expect(diagnostics).toEqual([]);
		expect(
			value.requirements.map((r) => [r.name, r.specifier, r.line]),
		).toEqual([
			["mcp", ">=1.0", 2],
			["pkg", "", 3],
			["httpx", ">=0.27,<1", 4],
			["anyio", ">=4", 8],
			["uvicorn", ">=0.30", 9],
			["sniffio", "", 11],
		]);
	});

	it("expands ${VAR} from the environment given and warns about unset ones", () => {
		const { value, diagnostics } = parse(fixture("env-variables.txt"), {
			INDEX_USER: "ci-bot",
			INDEX_TOKEN: "t0ken",
			MCP_VERSION: "1.23.3",
		});
		expect(withoutFile(value.options)).toEqual([
			{
				name: "--extra-index-url",
				value: "https://ci-bot:t0ken@pypi.example.org/simple",
				line: 1,
			},
			{ name: "--find-links", value: "${UNSET_VAR}/wheels", line: 5 },
		]);
		expect(value.requirements.map((r) => [r.name, r.specifier, r.url])).toEqual(
			[
				[
					"private-pkg",
					"",
					"https://t0ken@files.example.org/private_pkg-1.0.tar.gz#egg=private-pkg",
				],
				["mcp", "==1.23.3", null],
				[
					"not-expanded",
					"",
					"https://example.org/$HOME/${lowercase}/x.zip#egg=not-expanded",
				],
			],
		);
		expect(diagnostics).toEqual([
			{
				severity: "warning",
				line: 5,
				message:
					"environment variable UNSET_VAR is not set, so pip would keep '${UNSET_VAR}' as written",
			},
		]);
	});

	it("records includes and file-level options", () => {
		const { value, diagnostics } = parse(
			fixture("index-options-and-includes.txt"),
		);
		expect(diagnostics).toEqual([]);
		expect(value.includes).toEqual([
			{ kind: "requirement", target: "base.txt", line: 12 },
			{ kind: "requirement", target: "extra.txt", line: 13 },
			{ kind: "requirement", target: "dev/requirements.txt", line: 14 },
			{ kind: "constraint", target: "constraints.txt", line: 15 },
			{ kind: "constraint", target: "../shared-constraints.txt", line: 16 },
		]);
		expect(withoutFile(value.options)).toEqual([
			{
				name: "--index-url",
				value: "https://pypi.example.org/simple",
				line: 1,
			},
			{
				name: "--extra-index-url",
				value: "https://mirror.example.org/simple",
				line: 2,
			},
			{ name: "--find-links", value: "./wheels", line: 3 },
			{
				name: "--find-links",
				value: "https://download.example.org/wheels/",
				line: 4,
			},
			{ name: "--trusted-host", value: "mirror.example.org", line: 5 },
			{ name: "--pre", value: null, line: 6 },
			{ name: "--prefer-binary", value: null, line: 7 },
			{ name: "--only-binary", value: ":all:", line: 8 },
			{ name: "--no-binary", value: "psycopg", line: 9 },
			{ name: "--require-hashes", value: null, line: 10 },
			{ name: "--use-feature", value: "truststore", line: 11 },
		]);
		expect(value.requirements.map((r) => r.name)).toEqual(["mcp"]);
	});

	it("accepts unambiguous abbreviations of long options, as optparse does", () => {
		expect(
			withoutFile(
				parse("--extra https://x.example/simple\n--no-i\n").value.options,
			),
		).toEqual([
			{ name: "--extra-index-url", value: "https://x.example/simple", line: 1 },
			{ name: "--no-index", value: null, line: 2 },
		]);
		expect(parse("--no https://x\n").diagnostics[0]?.message).toContain(
			"ambiguous option: --no",
		);
	});

	it("reads direct references, wheels, egg fragments and editables", () => {
		const { value, diagnostics } = parse(fixture("direct-references.txt"));
		expect(value.requirements.map(summary)).toEqual([
			{
				name: "mcp",
				specifier: "",
				extras: [],
				marker: 'python_version >= "3.10"',
				url: "https://files.example.org/mcp-1.23.3-py3-none-any.whl",
				editable: false,
				hashes: 0,
				line: 1,
			},
			{
				name: "fastmcp",
				specifier: "",
				extras: [],
				marker: null,
				url: "git+https://github.com/jlowin/fastmcp@v2.3.0",
				editable: false,
				hashes: 0,
				line: 2,
			},
			{
				name: "httpx",
				specifier: "==0.28.1",
				extras: [],
				marker: null,
				url: "https://files.example.org/packages/httpx-0.28.1-py3-none-any.whl",
				editable: false,
				hashes: 0,
				line: 3,
			},
			{
				name: "mcp-tools",
				specifier: "",
				extras: [],
				marker: null,
				url: "git+https://github.com/example/mcp-tools.git@main#egg=mcp-tools",
				editable: false,
				hashes: 0,
				line: 4,
			},
			{
				name: "my-pkg",
				specifier: "==2.0.0",
				extras: [],
				marker: null,
				url: "./dist/my_pkg-2.0.0-py3-none-any.whl",
				editable: false,
				hashes: 0,
				line: 7,
			},
			{
				name: "mcp-ext",
				specifier: "",
				extras: [],
				marker: null,
				url: "git+https://github.com/example/mcp-ext.git#egg=mcp_ext",
				editable: true,
				hashes: 0,
				line: 10,
			},
			{
				name: "other-pkg",
				specifier: "",
				extras: ["extra"],
				marker: null,
				url: "git+https://github.com/example/other.git@v2#egg=other-pkg[extra]",
				editable: true,
				hashes: 0,
				line: 11,
			},
		]);
		// A nameless remote URL is installed by pip and cannot be audited: an error, whatever the pin policy.
		expect(diagnostics.map((d) => [d.severity, d.line, d.rule])).toEqual([
			["error", 5, "unauditable"],
			["notice", 6, undefined],
			["notice", 8, undefined],
			["notice", 9, undefined],
		]);
		expect(diagnostics[0]?.message).toContain(
			"pip installs 'git+https://github.com/example/unnamed.git@v1', whose package name",
		);
	});

	it("rejects an editable VCS URL without #egg=, as pip does", () => {
		expect(
			parse("-e git+https://github.com/example/x.git\n").diagnostics,
		).toEqual([
			{
				severity: "error",
				line: 1,
				message:
					"cannot tell the package name of 'git+https://github.com/example/x.git'; add '#egg=<name>' to the URL",
			},
		]);
	});

	it("rejects 'name @ URL' followed by anything but '; marker', as pip does (the URL ends at whitespace)", () => {
		// pip 23.2.1: InstallationError "Invalid requirement" (packaging: "Expected semicolon (after URL and
		// whitespace) or end"); not a local directory, though the line holds a '/'.
		expect(
			parse(
				"mcp==1.2.0\nstarlette @ https://evil.test/x.whl#<img src=x onerror=alert(1)>\n",
			),
		).toEqual({
			value: {
				requirements: [expect.objectContaining({ name: "mcp", line: 1 })],
				includes: [],
				options: [],
			},
			diagnostics: [
				{
					severity: "error",
					line: 2,
					message:
						"invalid requirement: expected ';' and an environment marker after the URL, or the end of the requirement (a URL ends at the first whitespace) in 'starlette @ https://evil.test/x.whl#<img src=x onerror=alert(1)>' (at column 42)",
				},
			],
		});
		expect(
			parse("starlette @ file:///srv/wheels/x.whl junk\n").diagnostics,
		).toMatchObject([{ severity: "error", line: 1 }]);
		// A relative directory whose name holds '@' (not followed by a URL) is still a local project, which pip
		// installs if it exists; it cannot be named without building it.
		expect(parse("vendored@2/my project\n").diagnostics).toMatchObject([
			{ severity: "notice", line: 1 },
		]);
	});

	it("rejects a '===' line whose comma-split clauses packaging rejects (pip: InvalidSpecifier)", () => {
		expect(parse("mcp===1.0-custom,=0.9.*\nA===,1.0-custom\n")).toEqual({
			value: { requirements: [], includes: [], options: [] },
			diagnostics: [
				{
					severity: "error",
					line: 1,
					message:
						"invalid requirement: Invalid specifier '=0.9.*' does not start with an operator (one of ==, !=, <=, >=, <, >, ~=, ===) in 'mcp===1.0-custom,=0.9.*'",
				},
				{
					severity: "error",
					line: 2,
					message:
						"invalid requirement: Invalid specifier '1.0-custom' does not start with an operator (one of ==, !=, <=, >=, <, >, ~=, ===) in 'A===,1.0-custom'",
				},
			],
		});
	});

	it("rejects an editable URL that is neither file: nor VCS, as pip does", () => {
		expect(
			parse("-e https://example.org/project\n").diagnostics[0],
		).toMatchObject({ severity: "error", line: 1 });
	});

	it("rejects a wheel-looking line with '@' that is not a valid requirement, as pip does", () => {
		const { value, diagnostics } = parse(
			"[cli]mcp>=1 @ https://x.example/a-1.0-py3-none-any.whl\n",
		);
		expect(value.requirements).toEqual([]);
		expect(diagnostics[0]).toMatchObject({ severity: "error", line: 1 });
	});

	it("reports each bad line with its line number and keeps the rest", () => {
		const { value, diagnostics } = parse(fixture("invalid-lines.txt"));
		expect(value.requirements.map((r) => [r.name, r.line])).toEqual([
			["mcp", 1],
			["uvicorn", 8],
		]);
		expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
			["error", 2],
			["error", 3],
			["error", 4],
			["error", 5],
			["error", 6],
			["error", 7],
		]);
		expect(diagnostics[0]?.message).toBe(
			"invalid requirement: expected a version after '>=' in 'httpx>=' (at column 6)",
		);
		expect(diagnostics[1]?.message).toContain(
			"'=' is not a version operator; did you mean '=='?",
		);
		expect(diagnostics[2]?.message).toBe(
			"no such option: --no-such-option (pip stops on this line)",
		);
		expect(diagnostics[4]?.message).toContain(
			"allowed hash algorithms for --hash are sha256, sha384, sha512",
		);
	});

	it("warns about options pip ignores", () => {
		expect(
			parse("mcp==1.0 --index-url https://x.example\n").diagnostics,
		).toEqual([
			{
				severity: "warning",
				line: 1,
				message: "pip ignores --index-url on a requirement line",
			},
		]);
		expect(parse("--hash=sha256:abc\n").diagnostics[0]?.message).toContain(
			"--hash without a requirement",
		);
	});

	it("reads --config-settings and --global-option as per-requirement options", () => {
		const { value, diagnostics } = parse(
			"mcp==1.0 --config-settings=key=value --global-option=--quiet\n",
		);
		expect(diagnostics).toEqual([]);
		expect(value.requirements.map((r) => r.name)).toEqual(["mcp"]);
		expect(parse("mcp==1.0 -C novalue\n").diagnostics[0]?.message).toContain(
			"KEY=VAL",
		);
	});

	it("reports unclosed quotes in options", () => {
		expect(parse("mcp==1.0 --hash='sha256:abc\n").diagnostics[0]).toMatchObject(
			{ severity: "error", line: 1 },
		);
	});
});

interface ExpectedFile {
	path: string;
	requirements: Array<{
		name: string;
		specifier: string[];
		extras: string[];
		marker: string | null;
		url: string | null;
		editable: boolean;
		hashes: number;
		line: number;
	}>;
	unnamed: number[];
	errors: number[];
	includes: Array<{ kind: string; target: string; line: number }>;
}

const expected = JSON.parse(
	readFileSync(join(ROOT, "test", "data", "pip", "expected.json"), "utf8"),
) as {
	env: Record<string, string>;
	fixtures: ExpectedFile[];
	corpus: ExpectedFile[];
};

function compareWithPip(text: string, file: ExpectedFile) {
	const { value, diagnostics } = parseRequirementsTxt(text, file.path, {
		env: expected.env,
	});
	const ours = value.requirements.map((r) => ({
		name: r.name,
		specifier: r.specifier === "" ? [] : r.specifier.split(",").sort(),
		extras: [...r.extras].sort(),
		marker: r.marker,
		url: r.url,
		editable: r.editable,
		hashes: r.hashes,
		line: r.line,
	}));
	expect(ours).toEqual(file.requirements);
	expect(value.includes).toEqual(file.includes);
	// Lines pip rejects or cannot name give no requirement, and a diagnostic on that line.
	const diagnosed = new Set(diagnostics.map((d) => d.line));
	for (const line of [...file.unnamed, ...file.errors]) {
		expect(diagnosed.has(line), `a diagnostic on line ${line}`).toBe(true);
	}
	for (const line of file.errors) {
		expect(
			diagnostics.some((d) => d.line === line && d.severity !== "warning"),
			`an error or notice on line ${line}`,
		).toBe(true);
	}
}

describe("parseRequirementsTxt agrees with pip 23.2 (test/data/pip/expected.json)", () => {
	it.each(expected.fixtures.map((file) => [file.path, file] as const))(
		"%s",
		(path, file) => {
			compareWithPip(readFileSync(join(ROOT, path), "utf8"), file);
		},
	);

	const corpusPresent = existsSync(CORPUS);
	if (!corpusPresent) {
		console.warn(`skipping the corpus comparison: ${CORPUS} is missing`);
	}
	it
		.skipIf(!corpusPresent)
		.each(expected.corpus.map((file) => [file.path, file] as const))(
		"corpus: %s",
		(path, file) => {
			compareWithPip(readFileSync(join(CORPUS, path), "utf8"), file);
		},
	);
});

describe("parseRequirementsTxt on arbitrary input", () => {
	const pieces = fc.constantFrom(
		"mcp",
		">=1.0",
		"==",
		"[cli]",
		";",
		' python_version < "3.11"',
		"@ ",
		"https://x.example/a.whl",
		"#egg=x",
		" #",
		"#",
		"\\",
		"\n",
		"\r\n",
		"\r",
		"\v",
		"-r",
		"-e ",
		"--hash=sha256:ab",
		"--index-url",
		"${TOKEN}",
		"'",
		'"',
		" ",
		"\ufeff",
		",",
		"(",
		")",
	);
	const input = fc.oneof(
		fc.string({ unit: "binary" }),
		fc.array(pieces, { maxLength: 30 }).map((p) => p.join("")),
	);

	it("never throws and puts every diagnostic on a line of the file", () => {
		fc.assert(
			fc.property(input, (text) => {
				const result = parseRequirementsTxt(text, "r.txt", {
					env: { TOKEN: "t" },
				});
				const lineCount = Math.max(
					1,
					splitPythonLines(text.replace(/^\ufeff/, "")).length,
				);
				for (const diagnostic of result.diagnostics) {
					expect(diagnostic.line).not.toBeNull();
					expect(diagnostic.line).toBeGreaterThanOrEqual(1);
					expect(diagnostic.line).toBeLessThanOrEqual(lineCount);
					expect(diagnostic.message).not.toContain("internal error");
				}
				for (const requirement of result.value.requirements) {
					expect(requirement.line).toBeLessThanOrEqual(lineCount);
				}
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("a requirements file past the line limit", () => {
	it("is read up to MAX_ENTRIES_PER_FILE lines with content, and refused from the next one on", () => {
		// Blank lines and comments do not count: only what pip reads as a requirement, an option or an include.
		const lines = Array.from({ length: MAX_ENTRIES_PER_FILE }, (_, i) =>
			i % 2 === 0 ? "a" : "-r other.txt",
		);
		const text = `# header\n\n${lines.join("\n# note\n")}\nb==1\nc==2\n`;
		const result = parseRequirementsTxt(text, "requirements.txt");
		expect(result.value.requirements).toHaveLength(MAX_ENTRIES_PER_FILE / 2);
		expect(result.value.includes).toHaveLength(MAX_ENTRIES_PER_FILE / 2);
		// Two header lines, then MAX content lines with a comment between each two: `b==1` is the next line.
		const refusedAt = 2 + (2 * MAX_ENTRIES_PER_FILE - 1) + 1;
		expect(result.diagnostics).toEqual([
			{
				severity: "error",
				line: refusedAt,
				rule: "unauditable",
				message:
					"more than 200,000 requirements in one file: pin-audit stops reading here, so what pip reads from here on was not audited",
			},
		]);
		expect(text.split("\n")[refusedAt - 1]).toBe("b==1");
	});

	it("says nothing else of the refused line: an unset ${VAR} on it is not read either", () => {
		const text = `${"a\n".repeat(MAX_ENTRIES_PER_FILE)}pkg==\${UNSET_VAR}\n`;
		const result = parseRequirementsTxt(text, "requirements.txt", { env: {} });
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				rule: "unauditable",
				line: MAX_ENTRIES_PER_FILE + 1,
			}),
		]);
		// The same line inside the limit is read, and its variable is said.
		const inside = parseRequirementsTxt(
			"pkg==${UNSET_VAR}\n",
			"requirements.txt",
			{
				env: {},
			},
		);
		expect(inside.diagnostics).not.toEqual([]);
	});

	it("is read whole at exactly the limit", () => {
		const text = `${"a\n".repeat(MAX_ENTRIES_PER_FILE)}`;
		const result = parseRequirementsTxt(text, "requirements.txt");
		expect(result.value.requirements).toHaveLength(MAX_ENTRIES_PER_FILE);
		expect(result.diagnostics).toEqual([]);
	});
});
