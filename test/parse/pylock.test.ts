import { describe, expect, it } from "vitest";
import { parsePylock } from "../../src/parse/pylock.js";
import {
	describeTomllibAgreement,
	expectNeverThrows,
	expectSyntaxErrorPassedThrough,
	LOCKED_PACKAGE_FIELDS,
	readLockFixture,
} from "../support/lock-corpus.js";

const fixture = (name: string): string => readLockFixture(name, "pylock.toml");

describe("parsePylock: every PEP 751 source form", () => {
	const { value, diagnostics } = parsePylock(
		fixture("pylock-all-sources"),
		"pylock.toml",
	);

	it("reads the header and reports nothing", () => {
		expect(diagnostics).toEqual([]);
		expect(value.lockVersion).toBe("1.0");
		expect(value.requiresPython).toBe(">=3.11");
		expect(value.createdBy).toBe("pdm");
	});

	it("maps vcs, directory, archive and index files to source kinds", () => {
		expect(
			value.packages.map((p) => [
				p.name,
				p.version,
				p.source,
				p.sourceUrl,
				p.index,
				p.line,
			]),
		).toEqual([
			// Index files: the source URL is the package's `index`.
			[
				"attrs",
				"24.2.0",
				"registry",
				"https://pypi.org/simple",
				"https://pypi.org/simple",
				10,
			],
			[
				"cattrs",
				"24.1.2",
				"registry",
				"https://pypi.org/simple",
				"https://pypi.org/simple",
				19,
			],
			[
				"cowsay",
				"6.1",
				"git",
				"https://github.com/VaasuDevanS/cowsay-python.git",
				null,
				30,
			],
			// No version: allowed by PEP 751 for source trees, no diagnostic.
			["my-app", null, "editable", ".", null, 35],
			["shared-utils", "0.3.0", "directory", "libs/shared-utils", null, 39],
			[
				"pip-licenses",
				"5.0.0",
				"url",
				"https://example.com/pip_licenses-5.0.0.tar.gz",
				null,
				44,
			],
			// An archive known only by its local path.
			[
				"vendored-wheel",
				"1.2.3",
				"path",
				"vendor/vendored_wheel-1.2.3-py3-none-any.whl",
				null,
				49,
			],
			["local-mirror-pkg", "0.1", "registry", null, null, 54],
		]);
	});

	it("takes the latest upload time of a package's files, in UTC", () => {
		expect(value.packages.map((p) => [p.name, p.uploadTime])).toEqual([
			// sdist 14:37:38Z is later than the wheel's 14:37:36Z.
			["attrs", "2024-08-06T14:37:38.000Z"],
			// 14:58:34+02:00 is 12:58:34Z, earlier than the other wheel's 12:58:36Z.
			["cattrs", "2024-09-22T12:58:36.000Z"],
			["cowsay", null],
			["my-app", null],
			["shared-utils", null],
			["pip-licenses", null],
			["vendored-wheel", "2023-01-01T00:00:00.000Z"],
			["local-mirror-pkg", null],
		]);
	});

	it("keeps markers and dependency references", () => {
		const cattrs = value.packages.find((p) => p.name === "cattrs");
		expect(cattrs?.marker).toBe('python_version >= "3.12"');
		expect(cattrs?.dependencies).toEqual([
			{ name: "attrs", specifier: "==24.2.0", marker: null, extras: [] },
		]);
	});
});

describe("parsePylock: bad entries", () => {
	const { value, diagnostics } = parsePylock(
		fixture("pylock-bad-entries"),
		"pylock.toml",
	);

	it("reports each problem with its line", () => {
		expect(diagnostics).toEqual([
			{
				severity: "warning",
				line: 1,
				message:
					'unknown pylock.toml lock-version "2.0": results may be incomplete',
			},
			{
				severity: "error",
				line: 2,
				message: "pylock.toml: `created-by` must be a string, found an integer",
			},
			{
				severity: "error",
				line: 4,
				message: "a [[packages]] has no `name`; entry skipped",
			},
			{
				severity: "error",
				line: 10,
				message:
					'package "sniffio": `version` must be a string, found an array',
			},
			{
				severity: "warning",
				line: 12,
				message:
					'package "sniffio": `upload-time` must be a TOML date-time, found a string; ignored',
			},
			{
				severity: "error",
				line: 14,
				message:
					'package "idna" has more than one source (vcs, sdist/wheels); PEP 751 allows exactly one',
			},
			{
				severity: "warning",
				line: 18,
				message:
					'package "idna": `upload-time` must be a TOML date-time, found a date; ignored',
			},
			{
				severity: "warning",
				line: 20,
				message:
					'package "h11" names no source (vcs, directory, archive, sdist or wheels)',
			},
		]);
	});

	it("still reads everything else", () => {
		expect(value.lockVersion).toBe("2.0");
		expect(value.createdBy).toBeNull();
		expect(
			value.packages.map((p) => [
				p.name,
				p.version,
				p.source,
				p.uploadTime,
				p.line,
			]),
		).toEqual([
			["sniffio", null, "registry", null, 9],
			["idna", "3.10", "git", null, 15],
			["h11", "0.14.0", "unknown", null, 21],
		]);
	});
});

describe("parsePylock: invalid TOML and other inputs", () => {
	it("passes TOML syntax errors through and returns an empty lock", () => {
		expectSyntaxErrorPassedThrough(
			parsePylock('lock-version = "1.0"\n[[packages]\n', "pylock.toml"),
			2,
			{
				lockVersion: null,
				requiresPython: null,
				createdBy: null,
				packages: [],
			},
		);
	});

	it("never throws, whatever the text", () => {
		expectNeverThrows(
			parsePylock,
			fixture("pylock-all-sources"),
			"pylock.toml",
		);
	});
});

describeTomllibAgreement({
	parser: "parsePylock",
	parse: parsePylock,
	kind: "pylock",
	lockName: "pylock.toml",
	// PEP 751: pylock.toml or pylock.<name>.toml
	pattern: /^pylock\.([^.]+\.)?toml$/,
	fields: [...LOCKED_PACKAGE_FIELDS, "uploadTime"],
	minCorpusFiles: 1,
});
