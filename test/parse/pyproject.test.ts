import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Requirement, RequirementSource } from "../../src/model/types.js";
import { MAX_ENTRIES_PER_FILE } from "../../src/parse/entry-limit.js";
import { parsePyproject, type UvSource } from "../../src/parse/pyproject.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = join(repo, "test/fixtures/pyproject");

function read(fixture: string) {
	const file = `${fixture}/pyproject.toml`;
	return parsePyproject(readFileSync(join(fixtures, file), "utf8"), file);
}

/** A Requirement with the defaults most entries share. */
function req(
	file: string,
	fields: Partial<Requirement> & Pick<Requirement, "name" | "group" | "line">,
): Requirement {
	return {
		specifier: "",
		extras: [],
		marker: null,
		url: null,
		editable: false,
		hashes: 0,
		file,
		...fields,
	};
}

describe("parsePyproject: [project], [build-system]", () => {
	const file = "pep621-project/pyproject.toml";
	const r = (fields: Parameters<typeof req>[1]) => req(file, fields);

	it("reads dependencies, optional dependencies and build requirements with their lines", () => {
		const { value, diagnostics } = read("pep621-project");
		expect(diagnostics).toEqual([]);
		expect(value.name).toBe("weather-server");
		expect(value.requiresPython).toBe(">=3.10");
		expect(value.poetry).toBe(false);
		expect(value.requirements).toEqual([
			r({
				name: "mcp",
				specifier: ">=1.9.0,<2",
				extras: ["cli"],
				group: "project",
				line: 11,
			}),
			r({ name: "httpx", specifier: "==0.28.1", group: "project", line: 12 }),
			r({ name: "pydantic", specifier: "~=2.11", group: "project", line: 14 }),
			r({
				name: "tomli",
				specifier: ">=2.0",
				marker: 'python_version < "3.11"',
				group: "project",
				line: 15,
			}),
			r({
				name: "weather-core",
				url: "https://example.com/weather_core-1.0-py3-none-any.whl",
				group: "project",
				line: 16,
			}),
			r({
				name: "pytest",
				specifier: ">=8",
				group: "optional:dev-tools",
				line: 20,
			}),
			r({ name: "ruff", group: "optional:dev-tools", line: 20 }),
			r({
				name: "mkdocs-material",
				specifier: ">=9.5",
				group: "optional:docs",
				line: 22,
			}),
			r({ name: "hatchling", specifier: ">=1.26", group: "build", line: 2 }),
			r({ name: "hatch-vcs", group: "build", line: 2 }),
		]);
		expect(value.document?.lineOf(["project", "dependencies"])).toBe(10);
	});
});

describe("parsePyproject: [dependency-groups] (PEP 735)", () => {
	it("resolves include-group, keeping each requirement's own line", () => {
		const file = "dependency-groups/pyproject.toml";
		const { value, diagnostics } = read("dependency-groups");
		expect(diagnostics).toEqual([]);
		const r = (fields: Parameters<typeof req>[1]) => req(file, fields);
		expect(value.requirements).toEqual([
			r({ name: "anyio", specifier: ">=4", group: "project", line: 4 }),
			r({ name: "pytest", specifier: ">=8.3", group: "group:test", line: 8 }),
			r({
				name: "pytest-asyncio",
				specifier: "==0.24.0",
				group: "group:test",
				line: 9,
			}),
			r({ name: "ruff", specifier: "==0.9.1", group: "group:lint", line: 11 }),
			r({ name: "pytest", specifier: ">=8.3", group: "group:dev", line: 8 }),
			r({
				name: "pytest-asyncio",
				specifier: "==0.24.0",
				group: "group:dev",
				line: 9,
			}),
			r({ name: "ruff", specifier: "==0.9.1", group: "group:dev", line: 11 }),
			r({ name: "ipython", group: "group:dev", line: 15 }),
		]);
	});

	it("reports cycles, unknown groups, bad tables and wrong types, and reads the rest", () => {
		const file = "dependency-groups-broken/pyproject.toml";
		const { value, diagnostics } = read("dependency-groups-broken");
		const r = (fields: Parameters<typeof req>[1]) => req(file, fields);
		expect(value.requirements).toEqual([
			r({ name: "six", group: "group:a", line: 7 }),
			r({ name: "attrs", group: "group:a", line: 6 }),
			r({ name: "six", group: "group:b", line: 7 }),
			r({ name: "click", group: "group:c", line: 8 }),
		]);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 7,
				message:
					"dependency-groups.b[0]: including 'a' makes a cycle of dependency groups",
			},
			{
				severity: "error",
				line: 8,
				message:
					"dependency-groups.c[0]: includes the unknown dependency group 'missing'",
			},
			{
				severity: "error",
				line: 9,
				message: `dependency-groups.d[0]: a table in a dependency group must be exactly { include-group = "<group name>" }`,
			},
			{
				severity: "error",
				line: 9,
				message: expect.stringMatching(
					/^dependency-groups\.d\[1\]: invalid requirement 'not a requirement!': /,
				),
			},
			{
				severity: "error",
				line: 9,
				message:
					"dependency-groups.d[2]: must be a PEP 508 requirement string, not a number",
			},
			{
				severity: "error",
				line: 10,
				message: "dependency-groups.e: must be an array, not a string",
			},
		]);
	});

	it("rejects two group names that normalize alike", () => {
		const text =
			'[dependency-groups]\nTest_Suite = ["pytest"]\ntest-suite = ["nose"]\n';
		const { value, diagnostics } = parsePyproject(text, "pyproject.toml");
		expect(value.requirements.map((q) => [q.name, q.group])).toEqual([
			["pytest", "group:test-suite"],
		]);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 3,
				message:
					"dependency-groups.test-suite: duplicate dependency group: 'Test_Suite' and 'test-suite' are the same name",
			},
		]);
	});

	it("reports a group including itself", () => {
		const { diagnostics } = parsePyproject(
			'[dependency-groups]\nx = [{include-group = "X"}]\n',
			"p.toml",
		);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 2,
				message:
					"dependency-groups.x[0]: including 'X' makes a cycle of dependency groups",
			},
		]);
	});
});

describe("parsePyproject: [tool.uv]", () => {
	const file = "uv-workspace-sources/pyproject.toml";
	const r = (fields: Parameters<typeof req>[1]) => req(file, fields);
	const uvSource = (
		fields: Partial<UvSource> & Pick<UvSource, "name" | "kind" | "line">,
	): UvSource => ({
		value: null,
		reference: null,
		subdirectory: null,
		editable: null,
		marker: null,
		...fields,
	});
	// What uv lowers the requirement to (a workspace member, or the source instead of the index).
	const from = (
		kind: RequirementSource["kind"],
		value: string | null,
		reference: string | null = null,
	): RequirementSource => ({
		kind,
		value,
		reference,
		subdirectory: null,
		base: "uv-workspace-sources",
	});

	it("reads sources, workspace, indexes and exclude-newer", () => {
		const { value, diagnostics } = read("uv-workspace-sources");
		expect(diagnostics).toEqual([]);
		expect(value.uv).toEqual({
			workspace: {
				members: ["packages/*", "servers/*"],
				exclude: ["packages/legacy"],
			},
			sources: [
				uvSource({ name: "mcp-core", kind: "workspace", line: 31 }),
				uvSource({
					name: "fastmcp",
					kind: "git",
					value: "https://github.com/jlowin/fastmcp",
					reference: "tag=v2.3.4",
					line: 32,
				}),
				uvSource({
					name: "internal-tools",
					kind: "path",
					value: "../internal-tools",
					editable: true,
					line: 33,
				}),
				uvSource({
					name: "wheel-only",
					kind: "url",
					value: "https://example.com/wheel_only-1.0-py3-none-any.whl",
					line: 34,
				}),
				uvSource({
					name: "torch",
					kind: "index",
					value: "pytorch-cpu",
					marker: "sys_platform != 'darwin'",
					line: 36,
				}),
				uvSource({
					name: "torch",
					kind: "index",
					value: "pytorch-mps",
					marker: "sys_platform == 'darwin'",
					line: 37,
				}),
			],
			indexes: [
				{
					name: "pytorch-cpu",
					url: "https://download.pytorch.org/whl/cpu",
					line: 40,
				},
				{ name: null, url: "https://pypi.example.com/simple", line: 45 },
			],
			excludeNewer: "2025-01-31T00:00:00Z",
		});
	});

	it("gives requirements with a git, url or path source that source as url", () => {
		const { value } = read("uv-workspace-sources");
		expect(value.requirements).toEqual([
			r({
				name: "mcp-core",
				source: from("workspace", null),
				group: "project",
				line: 6,
			}),
			r({
				name: "fastmcp",
				specifier: ">=2.3",
				// uv's `tag = "v2.3.4"` as pip's `git+<url>@<ref>`.
				url: "git+https://github.com/jlowin/fastmcp@v2.3.4",
				source: from("git", "https://github.com/jlowin/fastmcp", "tag=v2.3.4"),
				group: "project",
				line: 7,
			}),
			r({
				name: "internal-tools",
				url: "../internal-tools",
				source: from("path", "../internal-tools"),
				editable: true,
				group: "project",
				line: 8,
			}),
			// Index sources under markers: uv keeps the specifier and splits by marker (lock comparison lowers it).
			r({
				name: "torch",
				specifier: ">=2.5",
				group: "project",
				line: 9,
				markedSources: [
					{ source: null, marker: "sys_platform != 'darwin'", editable: false },
					{ source: null, marker: "sys_platform == 'darwin'", editable: false },
				],
			}),
			r({
				name: "wheel-only",
				url: "https://example.com/wheel_only-1.0-py3-none-any.whl",
				source: from(
					"url",
					"https://example.com/wheel_only-1.0-py3-none-any.whl",
				),
				group: "project",
				line: 10,
			}),
			r({
				name: "httpx",
				url: "git+https://github.com/encode/httpx@0.28.1",
				group: "project",
				line: 11,
			}),
			r({ name: "pytest", specifier: ">=8", group: "group:dev", line: 15 }),
			r({
				name: "fastmcp",
				// uv's `tag = "v2.3.4"` as pip's `git+<url>@<ref>`.
				url: "git+https://github.com/jlowin/fastmcp@v2.3.4",
				source: from("git", "https://github.com/jlowin/fastmcp", "tag=v2.3.4"),
				group: "group:dev",
				line: 15,
			}),
			r({ name: "hatchling", group: "build", line: 18 }),
			r({ name: "mypy", specifier: ">=1.13", group: "dev", line: 21 }),
			r({ name: "grpcio", specifier: "<1.70", group: "constraint", line: 22 }),
			r({ name: "fastmcp", specifier: "==2.3.4", group: "override", line: 23 }),
		]);
	});
});

describe("parsePyproject: [tool.poetry]", () => {
	it("reads every dependency form, groups, and python as requires-python", () => {
		const file = "poetry-dependencies/pyproject.toml";
		const r = (fields: Parameters<typeof req>[1]) => req(file, fields);
		const { value, diagnostics } = read("poetry-dependencies");
		expect(value.poetry).toBe(true);
		expect(value.name).toBe("e2b-mcp-server");
		expect(value.requiresPython).toBe(">=3.10,<4.0");
		expect(value.requirements).toEqual([
			r({
				name: "poetry-core",
				specifier: ">=1.0.0",
				group: "build",
				line: 37,
			}),
			r({
				name: "mcp",
				specifier: ">=1.23.3,<2.0.0",
				group: "poetry",
				line: 8,
			}),
			r({
				name: "e2b-code-interpreter",
				specifier: ">=1.0.4,<1.1.0",
				group: "poetry",
				line: 9,
			}),
			r({
				name: "python-dotenv",
				specifier: ">=1.0,<2",
				group: "poetry",
				line: 10,
			}),
			r({
				name: "requests",
				specifier: ">=2.32,<3.0",
				extras: ["socks"],
				group: "poetry",
				line: 11,
			}),
			r({
				name: "uvloop",
				marker: 'sys_platform != "win32"',
				group: "poetry",
				line: 12,
			}),
			r({
				name: "tomli",
				specifier: ">=2.0,<3.0",
				marker: 'python_version < "3.11"',
				group: "poetry",
				line: 13,
			}),
			r({
				name: "numpy",
				specifier: ">=1.26,<2.0",
				marker: 'python_version < "3.13"',
				group: "poetry",
				line: 15,
			}),
			r({
				name: "numpy",
				specifier: ">=2.1,<3.0",
				marker: 'python_version >= "3.13"',
				group: "poetry",
				line: 16,
			}),
			r({
				name: "my-lib",
				// Poetry's `branch = "main"` as pip's `git+<url>@<ref>`.
				url: "git+https://github.com/example/my-lib.git@main",
				group: "poetry",
				line: 18,
			}),
			r({
				name: "local-pkg",
				url: "../local-pkg",
				editable: true,
				group: "poetry",
				line: 19,
			}),
			// Poetry: `^1.0 || ^3.0` is >=1.0,<2.0 or >=3.0,<4.0; the spanning range keeps both bounds.
			r({
				name: "either",
				specifier: ">=1.0,<4.0",
				group: "poetry",
				line: 20,
			}),
			r({
				name: "legacy-thing",
				specifier: "==1.2.3",
				group: "poetry",
				line: 21,
			}),
			r({
				name: "pytest",
				specifier: ">=8.0.0,<9.0.0",
				group: "poetry-group:test",
				line: 24,
			}),
			r({
				name: "pytest-cov",
				specifier: "==5.0.*",
				group: "poetry-group:test",
				line: 25,
			}),
			r({
				name: "ruff",
				specifier: "==0.6.9",
				group: "poetry-group:lint",
				line: 31,
			}),
		]);
		// A union of bounded ranges is read as the range spanning it, which is valid Poetry: nothing to report.
		expect(diagnostics).toEqual([]);
	});

	it("reads legacy dev-dependencies; [project] requires-python wins over Poetry's python", () => {
		const file = "poetry-legacy-dev/pyproject.toml";
		const r = (fields: Parameters<typeof req>[1]) => req(file, fields);
		const { value, diagnostics } = read("poetry-legacy-dev");
		expect(diagnostics).toEqual([]);
		expect(value.requiresPython).toBe(">=3.9");
		expect(value.requirements).toEqual([
			// Poetry 2: with [project] dependencies, [tool.poetry.dependencies] only enriches them; its `click`
			// is not a second requirement, but its constraint narrows the locked one (poetry-core intersects).
			r({
				name: "click",
				specifier: ">=8,>=8.1,<9.0",
				group: "project",
				line: 5,
			}),
			r({
				name: "black",
				specifier: ">=23.1,<24.0",
				group: "poetry-group:dev",
				line: 12,
			}),
		]);
		expect(value.pinAudit).toEqual({
			value: { "require-upper-bound": true, ignore: ["black"] },
			line: 14,
		});
	});

	it("combines markers and python into one marker", () => {
		const text = [
			"[tool.poetry.dependencies]",
			'pywin32 = { version = ">=306", markers = "sys_platform == \'win32\'", python = "~3.11.2" }',
		].join("\n");
		const { value, diagnostics } = parsePyproject(text, "pyproject.toml");
		expect(diagnostics).toEqual([]);
		expect(value.requirements[0]?.marker).toBe(
			'sys_platform == "win32" and (python_full_version >= "3.11.2" and python_full_version < "3.12.0")',
		);
	});
});

describe("parsePyproject: lines of less common spellings", () => {
	it("puts a Poetry dependency written as its own table on its header line", () => {
		const text = [
			"[tool.poetry.dependencies]", // 1
			'python = "^3.11"', // 2
			"", // 3
			"[tool.poetry.dependencies.fastapi]", // 4
			'version = "^0.115"', // 5
			'extras = ["standard"]', // 6
		].join("\n");
		const { value, diagnostics } = parsePyproject(text, "pyproject.toml");
		expect(diagnostics).toEqual([]);
		expect(value.requiresPython).toBe(">=3.11,<4.0");
		expect(value.requirements).toEqual([
			req("pyproject.toml", {
				name: "fastapi",
				specifier: ">=0.115,<0.116",
				extras: ["standard"],
				group: "poetry",
				line: 4,
			}),
		]);
	});

	it("locates requirements in CRLF files and after multi-line strings", () => {
		const text =
			'[project]\r\nname = "crlf"\r\ndescription = """\r\nA long\r\ndescription\r\n"""\r\ndependencies = [\r\n  "a",\r\n\r\n  "b>=1",\r\n]\r\n';
		const { value } = parsePyproject(text, "pyproject.toml");
		expect(value.requirements.map((q) => [q.name, q.line])).toEqual([
			["a", 8],
			["b", 10],
		]);
	});
});

describe("parsePyproject: wrong types and broken files", () => {
	it("reports each wrong value on its line and reads everything else", () => {
		const file = "wrong-types/pyproject.toml";
		const r = (fields: Parameters<typeof req>[1]) => req(file, fields);
		const { value, diagnostics } = read("wrong-types");
		expect(value.requirements).toEqual([
			r({ name: "typer", specifier: ">=0.12", group: "optional:cli", line: 7 }),
			r({ name: "setuptools", specifier: ">=61", group: "build", line: 11 }),
			r({ name: "wheel", group: "build", line: 11 }),
			r({ name: "pytest", specifier: ">=8", group: "dev", line: 14 }),
		]);
		expect(value.uv.sources).toEqual([
			{
				name: "other",
				kind: "unknown",
				value: null,
				reference: null,
				subdirectory: null,
				editable: null,
				marker: null,
				line: 15,
			},
		]);
		expect(value.uv.workspace).toEqual({ members: [], exclude: [] });
		expect(
			diagnostics.map((d) => [d.line, d.message.replace(/:.*$/, "")]),
		).toEqual([
			[3, "project.requires-python"],
			[4, "project.dependencies"],
			[7, "project.optional-dependencies.cli[1]"],
			[7, "project.optional-dependencies.cli[2]"],
			[8, "project.optional-dependencies.extra"],
			[14, "tool.uv.dev-dependencies[1]"],
			[15, "tool.uv.sources.mylib"],
			[15, "tool.uv.sources.other.git"],
			[18, "tool.uv.workspace.members"],
			[20, "tool.uv.index[0]"],
			[24, "tool.poetry.dependencies.pendulum"],
			[25, "tool.poetry.dependencies.arrow.markers"],
			[26, "tool.poetry.dependencies.flask"],
		]);
		expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
		expect(diagnostics[0]?.message).toBe(
			"project.requires-python: must be a string, not a number",
		);
		expect(diagnostics[12]?.message).toBe(
			"tool.poetry.dependencies.flask: could not parse the Poetry version constraint '~> 3.0'",
		);
	});

	it("returns an empty project and the TOML error for a file that is not TOML", () => {
		const { value, diagnostics } = read("invalid-toml");
		expect(value).toEqual({
			name: null,
			requiresPython: null,
			requirements: [],
			uv: { workspace: null, sources: [], indexes: [], excludeNewer: null },
			poetry: false,
			pinAudit: null,
			document: null,
		});
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 5,
				message: expect.stringMatching(/^invalid TOML: /),
			},
		]);
	});

	it("reports invalid requires-python", () => {
		const { value, diagnostics } = parsePyproject(
			'[project]\nname = "x"\nrequires-python = "3.10"\n',
			"p.toml",
		);
		expect(value.requiresPython).toBeNull();
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 3,
				message: expect.stringMatching(
					/^project\.requires-python: invalid version specifier '3\.10'/,
				),
			},
		]);
	});

	it("reports tables that are not tables", () => {
		const { diagnostics } = parsePyproject(
			'project = "x"\n[tool]\nuv = 1\n',
			"p.toml",
		);
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 1,
				message: "project: must be a table, not a string",
			},
			{
				severity: "error",
				line: 3,
				message: "tool.uv: must be a table, not a number",
			},
		]);
	});
});

describe("parsePyproject on the corpus", () => {
	const corpusFiles = [
		"e2b-dev__mcp-server/packages/python",
		"awslabs__mcp/src/aws-documentation-mcp-server",
		"modelcontextprotocol__servers/src/git",
		"modelcontextprotocol__servers/src/fetch",
		"modelcontextprotocol__servers/src/time",
		"modelcontextprotocol__python-sdk",
		"modelcontextprotocol__python-sdk@v1.23.3",
		"modelcontextprotocol__python-sdk/src/mcp-types",
		"modelcontextprotocol__python-sdk/examples",
		"modelcontextprotocol__python-sdk/examples/clients/simple-chatbot",
		"modelcontextprotocol__python-sdk/examples/servers/simple-tool",
		"neo4j-contrib__mcp-neo4j/servers/mcp-neo4j-cypher",
		"neo4j-contrib__mcp-neo4j/servers/mcp-neo4j-cloud-aura-api",
		"neo4j-contrib__mcp-neo4j/servers/mcp-neo4j-memory",
		"neo4j-contrib__mcp-neo4j/servers/mcp-neo4j-data-modeling",
	];
	for (const dir of corpusFiles) {
		it(`reads corpus/${dir} without diagnostics`, () => {
			const { value, diagnostics } = read(`corpus/${dir}`);
			expect(diagnostics).toEqual([]);
			expect(value.name).not.toBeNull();
			for (const requirement of value.requirements)
				expect(requirement.line).toBeGreaterThan(1);
		});
	}

	it("puts every [project] dependency on the line found in the raw text", () => {
		const truth: {
			projectDependencyLines: Record<
				string,
				{ index: number; requirement: string; line: number }[]
			>;
		} = JSON.parse(
			readFileSync(join(repo, "test/data/toml/expected.json"), "utf8"),
		);
		let checked = 0;
		for (const dir of corpusFiles) {
			const expectedLines =
				truth.projectDependencyLines[`fixtures/corpus/${dir}/pyproject.toml`] ??
				[];
			const { value } = read(`corpus/${dir}`);
			const lines = value.requirements
				.filter((q) => q.group === "project")
				.map((q) => q.line);
			expect(lines).toEqual(expectedLines.map((d) => d.line));
			checked += lines.length;
		}
		expect(checked).toBeGreaterThan(40);
	});

	it("reads the e2b Poetry project", () => {
		const { value } = read("corpus/e2b-dev__mcp-server/packages/python");
		expect(value.requiresPython).toBe(">=3.10,<4.0");
		expect(
			value.requirements.map((q) => [q.name, q.specifier, q.group, q.line]),
		).toEqual([
			["poetry-core", "", "build", 21],
			["e2b-code-interpreter", ">=1.0.2,<2.0.0", "poetry", 15],
			["mcp", ">=1.23.3,<2.0.0", "poetry", 16],
			["pydantic", ">=2.10.2,<3.0.0", "poetry", 17],
			["python-dotenv", "==1.0.1", "poetry", 18],
		]);
	});

	it("reads the python-sdk workspace", () => {
		const { value } = read("corpus/modelcontextprotocol__python-sdk");
		expect(value.uv.workspace).toEqual({
			members: [
				"src/mcp-types",
				"examples",
				"examples/clients/*",
				"examples/servers/*",
				"examples/snippets",
			],
			exclude: [],
		});
		const none = {
			reference: null,
			subdirectory: null,
			editable: null,
			marker: null,
		};
		expect(value.uv.sources).toEqual([
			{ name: "mcp", kind: "workspace", value: null, line: 249, ...none },
			{
				name: "mcp-example-stories",
				kind: "workspace",
				value: null,
				line: 250,
				...none,
			},
			{
				name: "mcp-types",
				kind: "workspace",
				value: null,
				line: 251,
				...none,
			},
			{
				name: "strict-no-cover",
				kind: "git",
				value: "https://github.com/pydantic/strict-no-cover",
				line: 252,
				...none,
			},
		]);
		const strict = value.requirements.find((q) => q.name === "strict-no-cover");
		expect(strict?.url).toBe("https://github.com/pydantic/strict-no-cover");
	});
});

describe("a pyproject.toml past the entry limit", () => {
	const header = '[project]\nname = "x"\nversion = "1"\n';

	it("reads MAX_ENTRIES_PER_FILE entries of its arrays, invalid ones included, and refuses the rest once", () => {
		const entries = Array.from({ length: MAX_ENTRIES_PER_FILE + 3 }, (_, i) =>
			i === 5 ? "1," : '"a",',
		);
		const text = `${header}dependencies = [\n${entries.join("\n")}\n]\n[dependency-groups]\ndev = ["b"]\n`;
		const result = parsePyproject(text, "pyproject.toml");
		expect(result.value.requirements).toHaveLength(MAX_ENTRIES_PER_FILE - 1);
		const errors = result.diagnostics.filter((d) => d.severity === "error");
		expect(errors).toHaveLength(2);
		expect(errors[0]?.message).toMatch(/must be a PEP 508 requirement string/);
		expect(errors[1]).toEqual({
			severity: "error",
			line: 5 + MAX_ENTRIES_PER_FILE,
			rule: "unauditable",
			message:
				"more than 200,000 requirements in one file: pin-audit stops reading here, so what an installer reads from here on was not audited",
		});
	});

	it("counts each copy a dependency group includes: groups that include each other cannot multiply past it", () => {
		// g1 has 1,000 requirements; each next group includes the one before ten times: g5 would be ten million.
		const groups = [
			`g1 = [${Array.from({ length: 1000 }, (_, i) => `"p${i}"`).join(", ")}]`,
			...[2, 3, 4, 5].map(
				(n) =>
					`g${n} = [${Array.from({ length: 10 }, () => `{ include-group = "g${n - 1}" }`).join(", ")}]`,
			),
		];
		const text = `${header}\n[dependency-groups]\n${groups.join("\n")}\n`;
		const result = parsePyproject(text, "pyproject.toml");
		expect(result.value.requirements.length).toBeLessThanOrEqual(
			MAX_ENTRIES_PER_FILE,
		);
		expect(result.value.requirements.length).toBe(1000 + 10_000 + 100_000);
		expect(result.diagnostics).toEqual([
			expect.objectContaining({ rule: "unauditable", line: 9 }),
		]);
	});

	it("holds Poetry 2's ignored keys to it too: one notice each, up to the limit, then one error", () => {
		// With [project] dependencies, each [tool.poetry.dependencies] key not declared there is a notice.
		const keys = Array.from(
			{ length: MAX_ENTRIES_PER_FILE + 2 },
			(_, i) => `q${i} = "*"`,
		);
		const text = `${header}dependencies = ["a"]\n[tool.poetry.dependencies]\n${keys.join("\n")}\n`;
		const result = parsePyproject(text, "pyproject.toml");
		const notices = result.diagnostics.filter((d) => d.severity === "notice");
		expect(notices).toHaveLength(MAX_ENTRIES_PER_FILE - 1);
		expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([
			expect.objectContaining({
				rule: "unauditable",
				// Keys start on line 6; `a` took one entry, so key MAX - 1 is the first left out.
				line: 6 + (MAX_ENTRIES_PER_FILE - 1),
			}),
		]);
	});

	it("applies the same limit to Poetry's dependency tables", () => {
		const keys = Array.from(
			{ length: MAX_ENTRIES_PER_FILE + 1 },
			(_, i) => `p${i} = "^1.0"`,
		);
		const text = `[tool.poetry]\nname = "x"\nversion = "1"\n[tool.poetry.dependencies]\n${keys.join("\n")}\n`;
		const result = parsePyproject(text, "pyproject.toml");
		expect(result.value.requirements).toHaveLength(MAX_ENTRIES_PER_FILE);
		expect(result.diagnostics.filter((d) => d.rule === "unauditable")).toEqual([
			expect.objectContaining({ line: 5 + MAX_ENTRIES_PER_FILE }),
		]);
	});
});
