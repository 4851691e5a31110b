import { readFileSync } from "node:fs";
import * as nodePath from "node:path";
import { describe, expect, it } from "vitest";
import type { Requirement } from "../../../src/model/types.js";
import {
	createDefaultPolicy,
	evaluateShown,
	locked,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

interface Vector {
	specifier: string;
	version: string;
	contains: boolean;
}

const VECTORS = (
	JSON.parse(
		readFileSync(
			nodePath.join(
				import.meta.dirname,
				"../../data/policy/lock-mismatch-vectors.json",
			),
			"utf8",
		),
	) as { vectors: Vector[] }
).vectors;

const policy = createDefaultPolicy();

function lockMismatches(p: ReturnType<typeof project>) {
	return evaluateShown([p], policy, { today: TODAY }).filter(
		(f) => f.rule === "lock-mismatch",
	);
}

describe("lock-mismatch", () => {
	it(`fires exactly when packaging's SpecifierSet(S).contains(V, prereleases=True) is false (${VECTORS.length} vectors)`, () => {
		expect(VECTORS.length).toBeGreaterThan(200);
		const disagreements = VECTORS.filter(({ specifier, version, contains }) => {
			// A specifier that admits no version at all is reported as such (`conflict`, unsatisfiable.ts) instead.
			const findings = evaluateShown(
				[
					project({
						requirements: [requirement("pkg", specifier, { line: 5 })],
						locked: [locked("pkg", version, { line: 20 })],
					}),
				],
				policy,
				{ today: TODAY },
			).filter(
				(f) =>
					f.rule === "lock-mismatch" || (f.rule === "conflict" && f.line === 5),
			);
			return findings.length > 0 === contains;
		});
		expect(disagreements).toEqual([]);
	});

	it("names the declared specifier, the lock and its line, and says how to fix it", () => {
		const findings = lockMismatches(
			project({
				requirements: [requirement("httpx", ">=0.28", { line: 7 })],
				locked: [locked("httpx", "0.27.0", { line: 41 })],
			}),
		);
		expect(findings).toEqual([
			{
				rule: "lock-mismatch",
				severity: "error",
				project: ".",
				package: "httpx",
				file: "pyproject.toml",
				line: 7,
				message:
					"`httpx>=0.28` is declared but uv.lock holds 0.27.0 (uv.lock:41): installs from the lock do not get what the manifest asks for. Run `uv lock`.",
				counterexample: "0.27.0",
			},
		]);
	});

	it("judges each fork of a forked resolution where the requirement applies", () => {
		const forked = [
			locked("numpy", "1.26.4", {
				marker: "python_full_version < '3.12'",
				line: 10,
			}),
			locked("numpy", "2.1.0", {
				marker: "python_full_version >= '3.12'",
				line: 20,
			}),
		];
		const messages = (requirements: Requirement[]) =>
			lockMismatches(project({ requirements, locked: forked })).map(
				(f) => f.message,
			);
		// Marker-split requirements: each fork holds what its own line admits.
		expect(
			messages([
				requirement("numpy", "<2", {
					marker: 'python_version < "3.12"',
					line: 1,
				}),
				requirement("numpy", ">=2", {
					marker: 'python_version >= "3.12"',
					line: 2,
				}),
			]),
		).toEqual([]);
		// A requirement that applies everywhere: on Python 3.11 the lock installs 1.26.4, outside it.
		expect(messages([requirement("numpy", ">=2")])).toEqual([
			"`numpy>=2` is declared but uv.lock holds 1.26.4 (uv.lock:10): installs from the lock do not get what the manifest asks for. Run `uv lock`.",
		]);
		expect(messages([requirement("numpy", ">=2.2")])).toEqual([
			"`numpy>=2.2` is declared but uv.lock holds 1.26.4 (uv.lock:10), 2.1.0 (uv.lock:20): installs from the lock do not get what the manifest asks for. Run `uv lock`.",
		]);
	});

	it("reports a declared dependency the lock lacks, but not requirements-file, build, marked or constraint ones", () => {
		const findings = lockMismatches(
			project({
				requirements: [
					requirement("anyio", ">=4.5", { line: 3 }),
					requirement("rich", ">=13", { line: 4, group: "group:dev" }),
					requirement("pywin32", ">=310", {
						line: 5,
						marker: 'sys_platform == "win32"',
					}),
					requirement("hatchling", "", { line: 6, group: "build" }),
					requirement("urllib3", "<3", { line: 7, group: "constraint" }),
					requirement("requests", "==2.32.3", {
						file: "requirements.txt",
						line: 1,
						group: "requirements",
					}),
				],
				locked: [locked("httpx", "0.28.1")],
			}),
		);
		expect(findings.map((f) => [f.package, f.line])).toEqual([
			["anyio", 3],
			["rich", 4],
		]);
		expect(findings[0]?.message).toBe(
			"`anyio` is declared but uv.lock has no entry for it: the lock is stale and installs from it lack the dependency. Run `uv lock`.",
		);
	});

	it("does nothing without a lock, and skips unparseable specifiers and versionless entries", () => {
		expect(
			lockMismatches(
				project({ requirements: [requirement("anyio", ">=4.5")] }),
			),
		).toEqual([]);
		expect(
			lockMismatches(
				project({
					requirements: [
						requirement("anyio", ">=>4"),
						requirement("member", ">=1"),
					],
					locked: [
						locked("anyio", "4.0"),
						locked("member", null, { source: "editable", sourceUrl: "member" }),
					],
				}),
			),
		).toEqual([]);
	});

	it("checks a workspace member against the root uv.lock", () => {
		const member = project({
			path: "servers/a",
			workspace: ".",
			files: [{ path: "servers/a/pyproject.toml", kind: "pyproject" }],
			requirements: [
				requirement("mcp", "~=1.24.0", {
					file: "servers/a/pyproject.toml",
					line: 6,
				}),
			],
			locked: [locked("mcp", "1.23.3", { file: "uv.lock", line: 300 })],
		});
		expect(
			lockMismatches(member).map((f) => [f.project, f.file, f.line]),
		).toEqual([["servers/a", "servers/a/pyproject.toml", 6]]);
	});

	it("reads poetry groups against poetry.lock and skips Poetry's python entry", () => {
		const poetryProject = project({
			files: [
				{ path: "pyproject.toml", kind: "pyproject" },
				{ path: "poetry.lock", kind: "poetry-lock" },
			],
			requirements: [
				requirement("python", ">=3.10,<4.0", { group: "poetry" }),
				requirement("mcp", ">=1.23.3,<2.0.0", { group: "poetry", line: 9 }),
				requirement("pytest", ">=8", { group: "poetry-group:dev", line: 12 }),
			],
			locked: [locked("mcp", "1.22.0", { file: "poetry.lock", line: 400 })],
		});
		expect(
			lockMismatches(poetryProject).map((f) => [
				f.package,
				f.message.slice(0, 40),
			]),
		).toEqual([
			["mcp", "`mcp>=1.23.3,<2.0.0` is declared but poe"],
			["pytest", "`pytest` is declared but poetry.lock has"],
		]);
	});

	it("compares uv.lock's recorded requires-dist with the manifest", () => {
		const lockFile = "uv.lock";
		const recorded = (
			name: string,
			specifier: string,
			extra: Partial<Parameters<typeof requirement>[2]> = {},
		) => requirement(name, specifier, { file: lockFile, line: 90, ...extra });
		const base = {
			requirements: [
				requirement("anyio", ">=4.5,<5", { line: 5 }),
				requirement("httpx", ">=0.28", { line: 6 }),
				requirement("rich", ">=13", {
					line: 9,
					group: "optional:cli",
					marker: 'python_version >= "3.10"',
				}),
			],
			locked: [
				locked("server", "0.1.0", {
					source: "editable",
					sourceUrl: ".",
					line: 80,
				}),
				locked("anyio", "4.9.0"),
				locked("httpx", "0.28.1"),
				locked("rich", "14.0.0"),
			],
		};
		const upToDate = project({
			...base,
			lockMetadata: [
				{
					package: "server",
					requiresDist: [
						recorded("anyio", "<5,>=4.5"),
						recorded("httpx", ">=0.28"),
						recorded("rich", ">=13", {
							group: "optional:cli",
							marker: 'python_full_version >= "3.10" and extra == "cli"',
						}),
					],
					requiresDev: {},
				},
			],
		});
		expect(lockMismatches(upToDate)).toEqual([]);
		const stale = project({
			...base,
			lockMetadata: [
				{
					package: "server",
					requiresDist: [
						recorded("anyio", ">=4.5,<5"),
						recorded("httpx", ">=0.27"),
						recorded("sniffio", ">=1.1"),
					],
					requiresDev: {},
				},
			],
		});
		expect(
			lockMismatches(stale).map((f) => [f.package, f.file, f.line, f.message]),
		).toEqual([
			[
				"httpx",
				"pyproject.toml",
				6,
				"the project's dependencies declare `httpx>=0.28`, but uv.lock:90 recorded `httpx>=0.27`: the lock was resolved from an older manifest. Run `uv lock`.",
			],
			[
				"rich",
				"pyproject.toml",
				9,
				'the extra `cli` declares `rich>=13; python_version >= "3.10"`, but uv.lock recorded nothing: the lock was resolved from an older manifest. Run `uv lock`.',
			],
			[
				"sniffio",
				"uv.lock",
				90,
				"the project's dependencies declare nothing for `sniffio`, but uv.lock:90 recorded `sniffio>=1.1`: the lock was resolved from an older manifest. Run `uv lock`.",
			],
		]);
	});

	it("compares recorded markers by meaning, as uv normalizes them", () => {
		const withMarkers = (declared: string, recorded: string) =>
			lockMismatches(
				project({
					requirements: [
						requirement("tomli", ">=2", { line: 5, marker: declared }),
					],
					locked: [
						locked("server", "0.1.0", {
							source: "editable",
							sourceUrl: ".",
							line: 80,
						}),
						locked("tomli", "2.2.1"),
					],
					lockMetadata: [
						{
							package: "server",
							requiresDist: [
								requirement("tomli", ">=2", {
									file: "uv.lock",
									line: 90,
									marker: recorded,
								}),
							],
							requiresDev: {},
						},
					],
				}),
			).map((f) => f.package);
		expect(
			withMarkers('python_version <= "3.10"', "python_full_version < '3.11'"),
		).toEqual([]);
		expect(
			withMarkers(
				'python_version < "3.11" and sys_platform == "linux"',
				"sys_platform == 'linux' and python_full_version < '3.11'",
			),
		).toEqual([]);
		expect(
			withMarkers('python_version <= "3.10"', "python_full_version < '3.10'"),
		).toEqual(["tomli"]);
		expect(
			withMarkers(
				'python_version < "3.11" and sys_platform == "linux"',
				"sys_platform == 'win32' and python_full_version < '3.11'",
			),
		).toEqual(["tomli"]);
	});
});
