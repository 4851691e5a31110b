import { describe, expect, it } from "vitest";
import { parsePoetryLock } from "../../src/parse/poetry-lock.js";
import {
	describeTomllibAgreement,
	expectNeverThrows,
	expectSyntaxErrorPassedThrough,
	LOCKED_PACKAGE_FIELDS,
	readCorpusLock,
	readLockFixture,
	sourceRow,
} from "../support/lock-corpus.js";

const fixture = (name: string): string => readLockFixture(name, "poetry.lock");

describe("parsePoetryLock: sources and dependency constraints", () => {
	const { value, diagnostics } = parsePoetryLock(
		fixture("poetry-sources-and-constraints"),
		"poetry.lock",
	);

	it("reads [metadata]", () => {
		expect(value.lockVersion).toBe("2.1");
		expect(value.contentHash).toBe(
			"6d0bf3ac59a2b5b3c1b5ee2a3fbd3e3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e",
		);
	});

	it("maps [package.source] types to source kinds; no source table means PyPI", () => {
		expect(value.packages.map(sourceRow)).toEqual([
			["anyio", "4.9.0", "registry", null, 4],
			// `legacy` is a package index; the name `Corp_Utils` is PEP 503 normalized.
			[
				"corp-utils",
				"2.0.1",
				"registry",
				"https://pypi.corp.example/simple",
				24,
			],
			[
				"flask-sso",
				"0.4.0",
				"git",
				"https://github.com/example/flask-sso.git",
				48,
			],
			["colorama", "0.4.6", "registry", null, 64],
			[
				"pinned-tarball",
				"1.0.0",
				"url",
				"https://example.com/pinned-tarball-1.0.0.tar.gz",
				74,
			],
			[
				"local-wheel",
				"3.2",
				"path",
				"wheels/local_wheel-3.2-py3-none-any.whl",
				88,
			],
			// A directory with `develop = true` is installed editable.
			["my-lib", "0.1.0", "editable", "../my-lib", 101],
			["vendored", "5.0", "directory", "vendor/vendored", 115],
		]);
	});

	it("keeps package markers, one per group joined by `or`", () => {
		expect(value.packages.map((p) => p.marker)).toEqual([
			null,
			null,
			null,
			'(platform_system == "Windows") or (sys_platform == "win32")',
			'sys_platform == "linux"',
			null,
			null,
			null,
		]);
	});

	it("translates Poetry constraints to PEP 440 and keeps markers and extras", () => {
		expect(value.packages[0]?.dependencies).toEqual([
			{
				name: "exceptiongroup",
				specifier: ">=1.0.2",
				marker: 'python_version < "3.11"',
				extras: [],
			},
			{ name: "idna", specifier: ">=2.8", marker: null, extras: [] },
			// Poetry: ^1.1 means >=1.1,<2.0
			{ name: "sniffio", specifier: ">=1.1,<2.0", marker: null, extras: [] },
			{
				name: "typing-extensions",
				specifier: ">=4.5",
				marker: 'python_version < "3.13"',
				extras: [],
			},
		]);
		expect(value.packages[1]?.dependencies).toEqual([
			// An array of tables: one constraint per marker range.
			{
				name: "numpy",
				specifier: ">=1.26,<2",
				marker: 'python_version < "3.12"',
				extras: [],
			},
			// Poetry: ~2.1 means >=2.1,<2.2
			{
				name: "numpy",
				specifier: ">=2.1,<2.2",
				marker: 'python_version >= "3.12"',
				extras: [],
			},
			{ name: "requests", specifier: "", marker: null, extras: ["socks"] },
			// `python` and `platform` restrict the dependency like markers do.
			{
				name: "tomli",
				specifier: ">=2.0,<3.0",
				marker: 'python_version < "3.11"',
				extras: [],
			},
			{
				name: "pywin32",
				specifier: "==306",
				marker: 'sys_platform == "win32"',
				extras: [],
			},
			{ name: "weird", specifier: "", marker: null, extras: [] },
		]);
	});

	it("warns, with the line, about a constraint PEP 440 cannot express", () => {
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ severity: "warning", line: 40 });
		expect(diagnostics[0]?.message).toMatch(
			/^package "Corp_Utils" dependency "weird": constraint "latest" has no PEP 440/,
		);
	});
});

describe("parsePoetryLock: bad entries", () => {
	const { value, diagnostics } = parsePoetryLock(
		fixture("poetry-bad-entries"),
		"poetry.lock",
	);

	it("reports each problem with its line", () => {
		expect(diagnostics).toEqual([
			{
				severity: "warning",
				line: 26,
				message:
					'unknown poetry.lock lock-version "3.0": results may be incomplete',
			},
			{
				severity: "error",
				line: 1,
				message: "a [[package]] has no `name`; entry skipped",
			},
			// TOML reads 3.10 as the float 3.1: exactly why a version must be a string.
			{
				severity: "error",
				line: 6,
				message: 'package "idna": `version` must be a string, found a float',
			},
			{
				severity: "error",
				line: 10,
				message:
					'package "idna" dependency "sniffio" must be a constraint string or a table, found an integer; entry skipped',
			},
			{
				severity: "error",
				line: 11,
				message:
					'package "idna" [package.dependencies]: `attrs` must hold tables, found a string; entry skipped',
			},
			{
				severity: "warning",
				line: 17,
				message:
					'package "mystery": [package.source] has the unknown type "svn"; source reported as unknown',
			},
		]);
	});

	it("still reads everything else", () => {
		expect(
			value.packages.map((p) => [...sourceRow(p), p.dependencies]),
		).toEqual([
			["idna", null, "registry", null, 5, []],
			["mystery", "0.1", "unknown", "svn://example.com/mystery", 14, []],
			["sniffio", "1.3.1", "registry", null, 22, []],
		]);
	});
});

describe("parsePoetryLock: invalid TOML and other inputs", () => {
	it("passes TOML syntax errors through and returns an empty lock", () => {
		expectSyntaxErrorPassedThrough(
			parsePoetryLock('[[package]]\nname = "a"\nname = "b"\n', "poetry.lock"),
			3,
			{ lockVersion: null, contentHash: null, packages: [] },
		);
	});

	it("reads a Poetry 1.x lock (category, [metadata.files]) without complaint", () => {
		const text = [
			"[[package]]",
			'name = "certifi"',
			'version = "2022.12.7"',
			'description = "Python package for providing Mozilla\'s CA Bundle."',
			'category = "main"',
			"optional = false",
			'python-versions = ">=3.6"',
			"",
			"[metadata]",
			'lock-version = "1.1"',
			'python-versions = "^3.8"',
			'content-hash = "a1b2"',
			"",
			"[metadata.files]",
			"certifi = [",
			'    {file = "certifi-2022.12.7-py3-none-any.whl", hash = "sha256:4ad3232f5e926d6718ec31cfc1fcadfde020920e278684144551c91769c7bc18"},',
			"]",
			"",
		].join("\r\n");
		const { value, diagnostics } = parsePoetryLock(text, "poetry.lock");
		expect(diagnostics).toEqual([]);
		expect(value.lockVersion).toBe("1.1");
		expect(
			value.packages.map((p) => [p.name, p.version, p.source, p.line]),
		).toEqual([["certifi", "2022.12.7", "registry", 2]]);
	});

	it("never throws, whatever the text", () => {
		expectNeverThrows(
			parsePoetryLock,
			fixture("poetry-sources-and-constraints"),
			"poetry.lock",
		);
	});
});

describeTomllibAgreement({
	parser: "parsePoetryLock",
	parse: parsePoetryLock,
	kind: "poetry-lock",
	lockName: "poetry.lock",
	pattern: /^poetry\.lock$/,
	fields: LOCKED_PACKAGE_FIELDS,
	minCorpusFiles: 1,
	corpusTests: () => {
		it("reads e2b's lock: pydantic-core's union constraint is the single range Poetry itself writes", () => {
			const file = "e2b-dev__mcp-server/packages/python/poetry.lock";
			const { value, diagnostics } = parsePoetryLock(
				readCorpusLock(file),
				file,
			);
			expect(value.lockVersion).toBe("2.1");
			expect(diagnostics).toEqual([]);
			const core = value.packages.find((p) => p.name === "pydantic-core");
			// `>=4.6.0,<4.7.0 || >4.7.0`: poetry-core merges the touching branches into one set.
			expect(core?.dependencies).toEqual([
				{
					name: "typing-extensions",
					specifier: ">=4.6.0,!=4.7.0",
					marker: null,
					extras: [],
				},
			]);
		});
	},
});
