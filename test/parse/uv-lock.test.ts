import { describe, expect, it } from "vitest";
import type { Requirement, RequirementSource } from "../../src/model/types.js";
import { parseUvLock } from "../../src/parse/uv-lock.js";
import {
	describeTomllibAgreement,
	expectNeverThrows,
	expectSyntaxErrorPassedThrough,
	LOCKED_PACKAGE_FIELDS,
	readCorpusLock,
	readLockFixture,
	sourceRow,
} from "../support/lock-corpus.js";

const fixture = (name: string): string => readLockFixture(name, "uv.lock");

function requirement(
	fields: Partial<Requirement> & Pick<Requirement, "name" | "group" | "line">,
): Requirement {
	return {
		specifier: "",
		extras: [],
		marker: null,
		url: null,
		editable: false,
		hashes: 0,
		file: "uv.lock",
		...fields,
	};
}

describe("parseUvLock: a workspace using all seven source kinds", () => {
	const { value, diagnostics } = parseUvLock(
		fixture("uv-workspace-all-sources"),
		"uv.lock",
	);

	it("reads the header and reports nothing", () => {
		expect(diagnostics).toEqual([]);
		expect(value.version).toBe(1);
		expect(value.revision).toBe(3);
		expect(value.requiresPython).toBe(">=3.11");
		expect(value.resolutionMarkers).toEqual([]);
	});

	it("maps every source kind with its recorded URL or path, and the line of each `name`", () => {
		expect(value.packages.map(sourceRow)).toEqual([
			// The root member has a dynamic version: null, and no diagnostic.
			["acme-app", null, "editable", ".", 14],
			["acme-lib", "0.2.0", "editable", "packages/lib", 57],
			[
				"attrs",
				"24.2.0",
				"git",
				"https://github.com/python-attrs/attrs?rev=24.2.0#a9191f64a6ebbdd5a0daa82b4e1a4e3d3ad8d2a3",
				62,
			],
			["click", "8.1.7", "registry", "https://pypi.org/simple", 67],
			["colorama", "0.4.6", "registry", "https://pypi.org/simple", 79],
			// `name = "Flask"` is PEP 503 normalized.
			["flask", "3.0.3", "registry", "https://pypi.org/simple", 84],
			[
				"httpx",
				"0.27.0",
				"url",
				"https://files.example.com/httpx-0.27.0-py3-none-any.whl",
				94,
			],
			[
				"local-wheel",
				"1.0",
				"path",
				"wheels/local_wheel-1.0-py3-none-any.whl",
				99,
			],
			["pytest", "8.3.3", "registry", "https://pypi.org/simple", 104],
			["ruff", "0.6.9", "registry", "https://pypi.org/simple", 109],
			["scripts", "0.0.0", "virtual", "tools/scripts", 114],
			["vendored-tool", "2.1.0", "directory", "vendor/tool", 119],
		]);
		expect(
			value.packages.every((p) => p.file === "uv.lock" && p.marker === null),
		).toBe(true);
	});

	it("keeps dependency edges, scoping optional and dev edges with a marker", () => {
		expect(value.packages[0]?.dependencies).toEqual([
			{ name: "acme-lib", specifier: "", marker: null, extras: [] },
			{ name: "attrs", specifier: "", marker: null, extras: [] },
			{
				name: "colorama",
				specifier: "",
				marker: 'sys_platform == "win32"',
				extras: [],
			},
			{ name: "flask", specifier: "", marker: null, extras: ["async"] },
			{ name: "httpx", specifier: "", marker: null, extras: [] },
			{ name: "local-wheel", specifier: "", marker: null, extras: [] },
			{ name: "vendored-tool", specifier: "", marker: null, extras: [] },
			{ name: "click", specifier: "", marker: 'extra == "cli"', extras: [] },
			{
				name: "pytest",
				specifier: "",
				marker: '"dev" in dependency_groups',
				extras: [],
			},
			{
				name: "ruff",
				specifier: "",
				marker: 'python_full_version >= "3.12" and "lint" in dependency_groups',
				extras: [],
			},
		]);
	});

	const source = (
		kind: RequirementSource["kind"],
		value: string,
	): RequirementSource => ({
		kind,
		value,
		reference: null,
		subdirectory: null,
		base: ".",
	});

	it("reads [package.metadata] requires-dist with groups from `extra ==` markers and direct references", () => {
		expect(value.metadata.map((m) => m.package)).toEqual(["acme-app"]);
		expect(value.metadata[0]?.requiresDist).toEqual([
			requirement({
				name: "acme-lib",
				url: "packages/lib",
				source: source("editable", "packages/lib"),
				editable: true,
				group: "project",
				line: 41,
			}),
			requirement({
				name: "attrs",
				url: "https://github.com/python-attrs/attrs?rev=24.2.0#a9191f64a6ebbdd5a0daa82b4e1a4e3d3ad8d2a3",
				// uv writes the reference in the query and the commit it resolved to as the fragment.
				source: {
					...source("git", "https://github.com/python-attrs/attrs"),
					reference: "rev=24.2.0",
				},
				group: "project",
				line: 42,
			}),
			requirement({
				name: "click",
				specifier: ">=8.1",
				marker: 'extra == "cli"',
				group: "optional:cli",
				line: 43,
			}),
			// Spaces inside the specifier are dropped; markers print as packaging prints them.
			requirement({
				name: "colorama",
				specifier: ">=0.4,<1",
				marker: 'sys_platform == "win32"',
				group: "project",
				line: 44,
			}),
			requirement({
				name: "flask",
				specifier: "~=3.0",
				extras: ["async"],
				group: "project",
				line: 45,
			}),
			requirement({
				name: "httpx",
				url: "https://files.example.com/httpx-0.27.0-py3-none-any.whl",
				source: source(
					"url",
					"https://files.example.com/httpx-0.27.0-py3-none-any.whl",
				),
				group: "project",
				line: 46,
			}),
			requirement({
				name: "local-wheel",
				url: "wheels/local_wheel-1.0-py3-none-any.whl",
				source: source("path", "wheels/local_wheel-1.0-py3-none-any.whl"),
				group: "project",
				line: 47,
			}),
			requirement({
				name: "vendored-tool",
				url: "vendor/tool",
				source: source("directory", "vendor/tool"),
				group: "project",
				line: 48,
			}),
		]);
	});

	it("reads requires-dev keyed by group; the group `dev` keeps uv's legacy name", () => {
		expect(value.metadata[0]?.requiresDev).toEqual({
			dev: [
				requirement({
					name: "pytest",
					specifier: ">=8",
					group: "dev",
					line: 53,
				}),
			],
			lint: [
				requirement({
					name: "ruff",
					specifier: "==0.6.9",
					marker: 'python_full_version >= "3.12"',
					group: "group:lint",
					line: 54,
				}),
			],
		});
	});

	it("reads [manifest] members (normalized), constraints and overrides", () => {
		expect(value.manifest).toEqual({
			members: ["acme-app", "acme-lib"],
			constraints: [
				requirement({
					name: "urllib3",
					specifier: "<3",
					group: "constraint",
					line: 10,
				}),
			],
			overrides: [
				requirement({
					name: "idna",
					specifier: "==3.7",
					group: "override",
					line: 11,
				}),
			],
			requirements: [],
		});
	});
});

describe("parseUvLock: a forked resolution", () => {
	const { value, diagnostics } = parseUvLock(
		fixture("uv-forked-resolution"),
		"uv.lock",
	);

	it("keeps one entry per fork, each with its resolution markers joined by `or`", () => {
		expect(diagnostics).toEqual([]);
		expect(value.resolutionMarkers).toEqual([
			'python_full_version >= "3.10"',
			'python_full_version < "3.10"',
		]);
		expect(
			value.packages
				.filter((p) => p.name === "numpy")
				.map((p) => [p.version, p.marker, p.line]),
		).toEqual([
			["2.0.2", 'python_full_version < "3.10"', 10],
			[
				"2.2.6",
				'(python_full_version >= "3.12") or (python_full_version == "3.10.*" or python_full_version == "3.11.*")',
				19,
			],
		]);
	});

	it("turns a dependency's recorded version into an == specifier", () => {
		expect(
			value.packages.find((p) => p.name === "pandas")?.dependencies,
		).toEqual([
			{
				name: "numpy",
				specifier: "==2.0.2",
				marker: 'python_full_version < "3.10"',
				extras: [],
			},
			{
				name: "numpy",
				specifier: "==2.2.6",
				marker: 'python_full_version >= "3.10"',
				extras: [],
			},
			{ name: "python-dateutil", specifier: "", marker: null, extras: [] },
		]);
	});
});

describe("parseUvLock: bad entries", () => {
	const { value, diagnostics } = parseUvLock(
		fixture("uv-bad-entries"),
		"uv.lock",
	);

	it("reports each bad entry with its line", () => {
		expect(diagnostics).toEqual([
			{
				severity: "error",
				line: 5,
				message: "a [[package]] has no `name`; entry skipped",
			},
			{
				severity: "error",
				line: 11,
				message:
					'package "anyio": `version` must be a string, found an integer',
			},
			{
				severity: "error",
				line: 13,
				message:
					'package "anyio": `dependencies` must be an array, found a string',
			},
			{
				severity: "error",
				line: 18,
				message:
					'package "idna": `source` must have exactly one of registry, git, url, path, directory, editable, virtual (found svn)',
			},
			{
				severity: "error",
				line: 27,
				message:
					'package "sniffio": a requirement has no string `name`; entry skipped',
			},
			{
				severity: "error",
				line: 28,
				message:
					'package "sniffio" requirement "typing-extensions": `specifier` must be a string, found an integer',
			},
		]);
	});

	it("still reads everything else", () => {
		expect(value.packages.map(sourceRow)).toEqual([
			["anyio", null, "registry", "https://pypi.org/simple", 10],
			["idna", "3.10", "unknown", null, 16],
			["sniffio", "1.3.1", "registry", "https://pypi.org/simple", 21],
		]);
		expect(
			value.metadata[0]?.requiresDist.map((r) => [r.name, r.specifier, r.line]),
		).toEqual([
			["typing-extensions", "", 28],
			["idna", ">=3", 29],
		]);
	});
});

describe("parseUvLock: versions, invalid TOML and other inputs", () => {
	it("warns about a lock version other than 1", () => {
		const { value, diagnostics } = parseUvLock(
			'version = 2\nrevision = 1\nrequires-python = ">=3.12"\n',
			"uv.lock",
		);
		expect(value.version).toBe(2);
		expect(diagnostics).toEqual([
			{
				severity: "warning",
				line: 1,
				message: "unknown uv.lock version 2: results may be incomplete",
			},
		]);
	});

	it("passes TOML syntax errors through and returns an empty lock", () => {
		expectSyntaxErrorPassedThrough(
			parseUvLock('version = 1\n[[package]]\nname = "a\n', "uv.lock"),
			3,
		);
	});

	it("reads [manifest] requirements and dependency groups of a non-project workspace", () => {
		const text = [
			"version = 1",
			"revision = 3",
			"",
			"[manifest]",
			'members = ["svc"]',
			'requirements = [{ name = "rich", specifier = ">=13" }]',
			"",
			"[manifest.dependency-groups]",
			'docs = [{ name = "mkdocs", specifier = "==1.6.1" }]',
			"",
		].join("\n");
		const { value, diagnostics } = parseUvLock(text, "uv.lock");
		expect(diagnostics).toEqual([]);
		expect(value.manifest.requirements).toEqual([
			requirement({
				name: "rich",
				specifier: ">=13",
				group: "project",
				line: 6,
			}),
			requirement({
				name: "mkdocs",
				specifier: "==1.6.1",
				group: "group:docs",
				line: 9,
			}),
		]);
	});

	it("notes unknown keys once, however many packages carry them", () => {
		const text = [
			"version = 1",
			'[[package]]\nname = "a"\nversion = "1"\nsource = { registry = "https://pypi.org/simple" }\nlicense = "MIT"',
			'[[package]]\nname = "b"\nversion = "1"\nsource = { registry = "https://pypi.org/simple" }\nlicense = "MIT"',
		].join("\n");
		const { value, diagnostics } = parseUvLock(text, "uv.lock");
		expect(value.packages.map((p) => p.name)).toEqual(["a", "b"]);
		expect(diagnostics).toEqual([
			{
				severity: "notice",
				line: 6,
				message:
					'package "a": unknown key `license` ignored (written by a newer uv?)',
			},
		]);
	});

	it("reads a direct URL source with a subdirectory, and CRLF line ends, without complaint", () => {
		const text = [
			"version = 1",
			"revision = 3",
			'requires-python = ">=3.12"',
			"",
			"[[package]]",
			'name = "monorepo-part"',
			'version = "0.5.0"',
			'source = { url = "https://example.com/monorepo-0.5.0.tar.gz", subdirectory = "python/part" }',
			"",
		].join("\r\n");
		const { value, diagnostics } = parseUvLock(text, "uv.lock");
		expect(diagnostics).toEqual([]);
		expect(
			value.packages.map((p) => [p.name, p.source, p.sourceUrl, p.line]),
		).toEqual([
			["monorepo-part", "url", "https://example.com/monorepo-0.5.0.tar.gz", 6],
		]);
	});

	it("never throws, whatever the text", () => {
		expectNeverThrows(
			parseUvLock,
			fixture("uv-workspace-all-sources"),
			"uv.lock",
		);
	});
});

describeTomllibAgreement({
	parser: "parseUvLock",
	parse: parseUvLock,
	kind: "uv-lock",
	lockName: "uv.lock",
	pattern: /^uv\.lock$/,
	fields: LOCKED_PACKAGE_FIELDS,
	minCorpusFiles: 10,
	corpusTests: () => {
		it("reads the 17-member workspace of python-sdk with its metadata", () => {
			const file = "modelcontextprotocol__python-sdk/uv.lock";
			const { value } = parseUvLock(readCorpusLock(file), file);
			expect(value.manifest.members).toHaveLength(17);
			expect(value.metadata.map((m) => m.package).sort()).toEqual(
				[...value.manifest.members].sort(),
			);
			const mcp = value.metadata.find((m) => m.package === "mcp");
			expect(mcp?.requiresDist.find((r) => r.name === "rich")).toMatchObject({
				specifier: ">=13.9.4",
				group: "optional:rich",
			});
			expect(Object.keys(mcp?.requiresDev ?? {})).toEqual([
				"codegen",
				"dev",
				"docs",
				"translate",
			]);
			expect(
				mcp?.requiresDev.dev?.find((r) => r.name === "strict-no-cover"),
			).toMatchObject({
				url: "https://github.com/pydantic/strict-no-cover",
				group: "dev",
			});
		});
	},
});
