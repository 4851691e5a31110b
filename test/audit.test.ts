import {
	mkdirSync,
	mkdtempSync,
	rmSync,
	truncateSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditRepository } from "../src/audit.js";
import type { Report } from "../src/model/report.js";
import { renderJson } from "../src/report/render-json.js";

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0))
		rmSync(root, { recursive: true, force: true });
});

function makeRepo(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-audit-"));
	roots.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

const GOOD_PYPROJECT = `[project]
name = "svc"
version = "1.0"
requires-python = ">=3.11"
dependencies = [
    "mcp~=1.23.3",
    "anyio>=4.4,<5",
]
`;

const GOOD_LOCK = `version = 1
revision = 3
requires-python = ">=3.11"

[[package]]
name = "anyio"
version = "4.6.2.post1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "mcp"
version = "1.23.3"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "svc"
version = "1.0"
source = { editable = "." }
dependencies = [
    { name = "anyio" },
    { name = "mcp" },
]

[package.metadata]
requires-dist = [
    { name = "anyio", specifier = ">=4.4,<5" },
    { name = "mcp", specifier = "~=1.23.3" },
]
`;

function inventory(report: Report) {
	return report.projects.map((p) => ({
		path: p.path,
		requirements: p.requirements.map(
			(r) => `${r.file}:${r.line} ${r.group} ${r.name}${r.specifier}`,
		),
		locked: p.locked.map((l) => `${l.file}:${l.line} ${l.name} ${l.version}`),
	}));
}

function invalidFiles(report: Report) {
	return report.findings
		.filter((f) => f.rule === "invalid-file" || f.rule === "unauditable")
		.map((f) => ({
			severity: f.severity,
			project: f.project,
			file: f.file,
			line: f.line,
			message: f.message,
		}));
}

describe("auditRepository", () => {
	it("builds the inventory of every project with files and lines", async () => {
		const root = makeRepo({
			"svc/pyproject.toml": GOOD_PYPROJECT,
			"svc/uv.lock": GOOD_LOCK,
			"svc/requirements-mcp.txt":
				"# runtime\nmcp==1.23.3 \\\n    --hash=sha256:aaaa\n",
		});
		const report = await auditRepository({ root });
		expect(inventory(report)).toEqual([
			{
				path: "svc",
				requirements: [
					"svc/pyproject.toml:6 project mcp~=1.23.3",
					"svc/pyproject.toml:7 project anyio>=4.4,<5",
					"svc/requirements-mcp.txt:2 requirements mcp==1.23.3",
				],
				locked: [
					"svc/uv.lock:6 anyio 4.6.2.post1",
					"svc/uv.lock:11 mcp 1.23.3",
					"svc/uv.lock:16 svc 1.0",
				],
			},
		]);
		expect(report.projects[0]?.requiresPython).toBe(">=3.11");
		expect(report.projects[0]?.requirements[2]?.hashes).toBe(1);
		expect(report.summary).toEqual({
			projects: 1,
			files: 3,
			requirements: 3,
			locked: 3,
			errors: 0,
			warnings: 0,
			notices: 0,
		});
		expect(report.findings).toEqual([]);
	});

	it("reports a corrupted file once and still audits everything next to it", async () => {
		const root = makeRepo({
			"a/pyproject.toml": GOOD_PYPROJECT,
			"a/uv.lock": `${GOOD_LOCK.slice(0, 200)}\n[[package]\nname = `,
			"b/pyproject.toml": GOOD_PYPROJECT.replace('"svc"', '"svc-b"'),
			"b/requirements.txt": "mcp==1.23.3\n",
		});
		const report = await auditRepository({ root });
		const invalid = invalidFiles(report);
		expect(invalid).toHaveLength(1);
		expect(invalid[0]).toMatchObject({
			severity: "error",
			project: "a",
			file: "a/uv.lock",
		});
		expect(invalid[0]?.line).toBeGreaterThan(0);
		expect(
			inventory(report).map((p) => [
				p.path,
				p.requirements.length,
				p.locked.length,
			]),
		).toEqual([
			["a", 2, 0],
			["b", 3, 0],
		]);
	});

	it.each([
		[
			"binary content",
			new Uint8Array([0x6d, 0x63, 0x70, 0x00, 0x01, 0x02]),
			"binary content",
		],
		[
			"Latin-1",
			new Uint8Array([
				0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a, 0x6d, 0x63, 0x70, 0x0a,
			]),
			"not valid UTF-8",
		],
	])(
		"turns a requirements file with %s into an invalid-file finding",
		async (_name, bytes, message) => {
			const root = makeRepo({
				"svc/requirements.txt": bytes,
				"svc/pyproject.toml": GOOD_PYPROJECT,
			});
			const report = await auditRepository({ root });
			const invalid = invalidFiles(report);
			expect(invalid).toEqual([
				{
					severity: "error",
					project: "svc",
					file: "svc/requirements.txt",
					line: 1,
					message: expect.stringContaining(message),
				},
			]);
			expect(report.projects[0]?.requirements).toHaveLength(2);
		},
	);

	it("reads a UTF-16 requirements file with a byte order mark as pip's auto_decode does", async () => {
		const root = makeRepo({
			"svc/requirements.txt": new Uint8Array([
				0xff,
				0xfe,
				...Buffer.from("mcp==1.23.3\n", "utf16le"),
			]),
			"svc/pyproject.toml": GOOD_PYPROJECT,
		});
		const report = await auditRepository({ root });
		expect(invalidFiles(report)).toEqual([]);
		expect(
			report.projects[0]?.requirements
				.filter((r) => r.file === "svc/requirements.txt")
				.map((r) => `${r.name}${r.specifier}`),
		).toEqual(["mcp==1.23.3"]);
	});

	it("refuses a file over the size cap without reading it", async () => {
		const root = makeRepo({
			"svc/uv.lock": "",
			"svc/pyproject.toml": GOOD_PYPROJECT,
		});
		truncateSync(join(root, "svc/uv.lock"), 100 * 1024 * 1024); // sparse: nothing is written
		const report = await auditRepository({ root });
		expect(invalidFiles(report)).toEqual([
			{
				severity: "error",
				project: "svc",
				file: "svc/uv.lock",
				line: null,
				message: expect.stringMatching(/100\.0 MiB, larger than the 16\.0 MiB/),
			},
		]);
	});

	it("follows -r and -c relative to the including file, keeping each line where it physically is", async () => {
		const root = makeRepo({
			"requirements-mcp.txt": "mcp==1.23.3\n-c constraints.txt\n",
			"constraints.txt": "anyio<5\n",
			"servers/a/requirements.txt":
				"-r ../../requirements-mcp.txt\nhttpx==0.28.1\n",
		});
		const report = await auditRepository({ root });
		expect(
			inventory(report).find((p) => p.path === "servers/a")?.requirements,
		).toEqual([
			"constraints.txt:1 constraints-file anyio<5",
			"requirements-mcp.txt:1 requirements mcp==1.23.3",
			"servers/a/requirements.txt:2 requirements httpx==0.28.1",
		]);
		// constraints.txt is also a project file of its own (its name says constraints).
		expect(inventory(report).find((p) => p.path === ".")?.requirements).toEqual(
			[
				"constraints.txt:1 constraints-file anyio<5",
				"requirements-mcp.txt:1 requirements mcp==1.23.3",
			],
		);
		expect(report.findings).toEqual([]);
	});

	it("stops include cycles and refuses includes outside the root, with file and line", async () => {
		const root = makeRepo({
			"svc/requirements.txt":
				"mcp==1.23.3\n-r other-requirements.txt\n-r ../../../../etc/passwd\n-r /etc/hosts\n-r missing.txt\n",
			"svc/other-requirements.txt": "anyio==4.6.0\n-r requirements.txt\n",
		});
		const report = await auditRepository({ root });
		expect(invalidFiles(report)).toEqual([
			{
				severity: "error",
				project: "svc",
				file: "svc/other-requirements.txt",
				line: 2,
				message: expect.stringContaining("include cycle"),
			},
			{
				severity: "error",
				project: "svc",
				file: "svc/requirements.txt",
				line: 3,
				message: expect.stringContaining("outside the audited root"),
			},
			{
				severity: "error",
				project: "svc",
				file: "svc/requirements.txt",
				line: 4,
				message: expect.stringContaining("outside the audited root"),
			},
			{
				severity: "error",
				project: "svc",
				file: "svc/requirements.txt",
				line: 5,
				message: expect.stringContaining("no such file"),
			},
		]);
		expect(inventory(report)[0]?.requirements).toEqual([
			"svc/other-requirements.txt:1 requirements anyio==4.6.0",
			"svc/requirements.txt:1 requirements mcp==1.23.3",
		]);
	});

	it("links uv workspace members to the workspace root's lock", async () => {
		const root = makeRepo({
			"pyproject.toml": `[project]\nname = "root"\nversion = "1"\ndependencies = []\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\nexclude = ["packages/legacy"]\n`,
			"uv.lock": `version = 1\nrevision = 3\n\n[[package]]\nname = "mcp"\nversion = "1.23.3"\nsource = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "member-a"\nversion = "0.1.0"\nsource = { editable = "packages/a" }\n\n[package.metadata]\nrequires-dist = [{ name = "mcp", specifier = ">=1.23" }]\n`,
			"packages/a/pyproject.toml": `[project]\nname = "member-a"\nversion = "0.1.0"\ndependencies = ["mcp>=1.23"]\n`,
			"packages/legacy/pyproject.toml": `[project]\nname = "legacy"\nversion = "0.1.0"\ndependencies = ["mcp<1"]\n`,
		});
		const report = await auditRepository({ root });
		const byPath = Object.fromEntries(report.projects.map((p) => [p.path, p]));
		expect(byPath["."]?.workspace).toBe(".");
		expect(byPath["packages/a"]?.workspace).toBe(".");
		expect(
			byPath["packages/a"]?.locked.map((l) => `${l.file} ${l.name}`),
		).toEqual(["uv.lock mcp", "uv.lock member-a"]);
		expect(byPath["packages/a"]?.lockMetadata.map((m) => m.package)).toEqual([
			"member-a",
		]);
		expect(byPath["packages/legacy"]?.workspace).toBeNull();
		expect(byPath["packages/legacy"]?.locked).toEqual([]);
	});

	it("gives byte-identical JSON for the same tree", async () => {
		const files = {
			"b/pyproject.toml": GOOD_PYPROJECT,
			"a/requirements.txt": "mcp\nbroken line ===\n",
			"a/uv.lock": GOOD_LOCK,
			"c/poetry.lock": "not toml [",
		};
		const first = renderJson(await auditRepository({ root: makeRepo(files) }));
		const reversed = Object.fromEntries(Object.entries(files).reverse());
		const second = renderJson(
			await auditRepository({ root: makeRepo(reversed) }),
		);
		expect(second.replace(/"root": ".*"/, "")).toBe(
			first.replace(/"root": ".*"/, ""),
		);
	});

	it("refuses an include or exclude glob that does not compile", async () => {
		const root = makeRepo({ "pyproject.toml": GOOD_PYPROJECT });
		for (const [kind, glob] of [
			["include", "["],
			["include", "servers/{a"],
			["exclude", "foo("],
		] as const)
			await expect(
				auditRepository({ root, [kind]: [glob] }),
			).rejects.toMatchObject({
				name: "ConfigurationError",
				message: expect.stringContaining(
					`invalid ${kind} glob ${JSON.stringify(glob)}`,
				),
			});
	});

	it("refuses a glob that matches nothing, and warns when there is no dependency file to audit", async () => {
		const root = makeRepo({ "pyproject.toml": GOOD_PYPROJECT });
		await expect(
			auditRepository({ root, include: ["nomatch/**"] }),
		).rejects.toThrow('--include "nomatch/**" matches no dependency file');
		await expect(
			auditRepository({ root, exclude: ["build/**"] }),
		).rejects.toThrow('--exclude "build/**" matches nothing');
		const empty = await auditRepository({ root: makeRepo({}) });
		expect(empty.findings.map((f) => f.message)).toEqual([
			`no dependency files found under ${empty.root}`,
		]);
		const found = await auditRepository({ root, include: ["pyproject.toml"] });
		expect(found.findings.filter((f) => f.rule === "discovery")).toEqual([]);
	});
});
