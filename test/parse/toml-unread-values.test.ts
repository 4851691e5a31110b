import { describe, expect, it } from "vitest";
import { parseToml, type UnreadValue } from "../../src/parse/toml.js";
import { parseUvLock } from "../../src/parse/uv-lock.js";

const HASH = "a".repeat(64);
const wheel = (name: string) =>
	`    { url = "https://files.example/${name}-1.0-py3-none-any.whl", hash = "sha256:${HASH}", size = 1234 },`;
const UNREAD: UnreadValue[] = [
	{
		arrayTable: "package",
		key: "wheels",
		shape: "lines",
		pattern:
			/ *\{ url = "[^"\\]*", hash = "sha256:[0-9a-f]{64}", size = [0-9]+ \},\r?\n/y,
	},
	{
		arrayTable: "package",
		key: "sdist",
		shape: "inline",
		pattern:
			/\{ url = "[^"\\]*", hash = "sha256:[0-9a-f]{64}", size = [0-9]+ \}/y,
	},
];

// A uv.lock-shaped document: package "a" has file entries of the expected shape, "b" has one that is not.
const LOCK = [
	"version = 1", // 1
	"", // 2
	"[[package]]", // 3
	'name = "a"', // 4
	`sdist = { url = "https://files.example/a-1.0.tar.gz", hash = "sha256:${HASH}", size = 99 }`, // 5
	"wheels = [", // 6
	wheel("a"), // 7
	wheel("a2"), // 8
	"]", // 9
	'after = "x"', // 10
	"", // 11
	"[[package]]", // 12
	'name = "b"', // 13
	"wheels = [", // 14
	'    { url = "https://files.example/b.whl", hash = "md5:0" },', // 15
	"]", // 16
	"",
].join("\n");

describe("parseToml: values the caller does not read", () => {
	it("checks them but leaves them out, keeping every other value and line", () => {
		const result = parseToml(LOCK, "uv.lock", { unread: UNREAD });
		expect(result.diagnostics).toEqual([]);
		const doc = result.value;
		expect(doc?.value).toEqual({
			version: 1,
			package: [
				{ name: "a", sdist: {}, wheels: [], after: "x" },
				{
					name: "b",
					wheels: [{ url: "https://files.example/b.whl", hash: "md5:0" }],
				},
			],
		});
		expect(doc?.lineOf(["package", 0, "wheels"])).toBe(6);
		// An element left out has no line of its own: it is located at its array.
		expect(doc?.lineOf(["package", 0, "wheels", 1])).toBe(6);
		expect(doc?.lineOf(["package", 0, "after"])).toBe(10);
		// An array of another shape is read as usual, lines included.
		expect(doc?.lineOf(["package", 1, "wheels", 0])).toBe(15);
	});

	it("reads the same values without the option, except the left-out ones", () => {
		const full = parseToml(LOCK, "uv.lock").value?.value as {
			package: { wheels: unknown[]; sdist?: unknown }[];
		};
		expect(full.package[0]?.wheels).toHaveLength(2);
		expect(full.package[0]?.sdist).toEqual({
			url: "https://files.example/a-1.0.tar.gz",
			hash: `sha256:${HASH}`,
			size: 99,
		});
	});

	it("still reports invalid TOML after a left-out array, on its own line", () => {
		const broken = `${LOCK}[[package]]\nname = "c"\nwheels = [\n${wheel("c")}\n]\nname = "dup"\n`;
		const result = parseToml(broken, "uv.lock", { unread: UNREAD });
		expect(result.value).toBeNull();
		expect(result.diagnostics).toEqual([
			{
				severity: "error",
				line: 22,
				message: expect.stringMatching(/^invalid TOML: .*line 22/),
			},
		]);
	});

	it("does not leave out an array whose element lines break TOML", () => {
		const bad = LOCK.replace(wheel("a2"), `${wheel("a2")} x`);
		const result = parseToml(bad, "uv.lock", { unread: UNREAD });
		expect(result.value).toBeNull();
		expect(result.diagnostics[0]?.line).toBe(8);
	});
});

describe("parseUvLock leaves out wheels and sdist of uv's own shape", () => {
	it("reads packages and lines the same with CRLF line ends and upload times", () => {
		const lines = [
			"version = 1",
			"revision = 3",
			"",
			"[[package]]",
			'name = "anyio"',
			'version = "4.6.2"',
			'source = { registry = "https://pypi.org/simple" }',
			`sdist = { url = "https://files.pythonhosted.org/anyio-4.6.2.tar.gz", hash = "sha256:${HASH}", size = 173422, upload-time = "2024-10-13T22:18:03.000Z" }`,
			"wheels = [",
			`    { url = "https://files.pythonhosted.org/anyio-4.6.2-py3-none-any.whl", hash = "sha256:${HASH}", size = 90018, upload-time = "2024-10-13T22:18:01.6Z" },`,
			"]",
			"",
		];
		for (const eol of ["\n", "\r\n"]) {
			const { value, diagnostics } = parseUvLock(lines.join(eol), "uv.lock");
			expect(diagnostics).toEqual([]);
			expect(value.packages).toEqual([
				{
					name: "anyio",
					version: "4.6.2",
					source: "registry",
					sourceUrl: "https://pypi.org/simple",
					marker: null,
					dependencies: [],
					file: "uv.lock",
					line: 5,
				},
			]);
		}
	});
});
