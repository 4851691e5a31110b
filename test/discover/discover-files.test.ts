import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/discover/discover-files.js";

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) {
		try {
			chmodSync(join(root, "locked"), 0o755);
		} catch {}
		rmSync(root, { recursive: true, force: true });
	}
});

function makeTree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-discover-"));
	roots.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

describe("discoverFiles", () => {
	it("finds every dependency file kind and sorts them by path", async () => {
		const root = makeTree({
			"pyproject.toml": "",
			"uv.lock": "",
			"servers/b/requirements-mcp.txt": "",
			"servers/b/poetry.lock": "",
			"servers/a/pylock.toml": "",
			"servers/a/README.md": "",
			"requirements/dev.in": "",
		});
		const { files, issues } = await discoverFiles(root);
		expect(files.map((f) => [f.path, f.kind])).toEqual([
			["pyproject.toml", "pyproject"],
			["requirements/dev.in", "requirements"],
			["servers/a/pylock.toml", "pylock"],
			["servers/b/poetry.lock", "poetry-lock"],
			["servers/b/requirements-mcp.txt", "requirements"],
			["uv.lock", "uv-lock"],
		]);
		expect(issues).toEqual([]);
	});

	it("skips VCS, node_modules, caches, tox/nox and virtualenvs of any name, saying what it skipped", async () => {
		const root = makeTree({
			".git/requirements.txt": "",
			"node_modules/x/requirements.txt": "",
			".venv/pyvenv.cfg": "home = /usr/bin",
			".venv/bin/python": "",
			".venv/lib/requirements.txt": "",
			"__pycache__/requirements.txt": "",
			".tox/py311/requirements.txt": "",
			".nox/requirements.txt": "",
			"env-custom/pyvenv.cfg": "home = /usr/bin",
			"env-custom/Scripts/python.exe": "",
			"env-custom/Lib/site-packages/pkg/pyproject.toml": "",
			"app/pyproject.toml": "",
		});
		const { files, issues } = await discoverFiles(root);
		expect(files.map((f) => f.path)).toEqual(["app/pyproject.toml"]);
		expect(issues.map((i) => [i.severity, i.path])).toEqual([
			["notice", ".nox"],
			["notice", ".tox"],
			["notice", ".venv"],
			["notice", "env-custom"],
		]);
	});

	it("does not take a directory for a virtualenv by its name or a lone pyvenv.cfg", async () => {
		const root = makeTree({
			"venv/requirements.txt": "flask\n",
			"svc/pyvenv.cfg": "",
			"svc/requirements.txt": "flask\n",
			"svc/lib/x.txt": "",
		});
		const { files, issues } = await discoverFiles(root);
		expect(files.map((f) => f.path)).toEqual([
			"svc/requirements.txt",
			"venv/requirements.txt",
		]);
		expect(issues).toEqual([]);
	});

	it("honours include and exclude globs", async () => {
		const root = makeTree({
			"servers/a/pyproject.toml": "",
			"servers/b/pyproject.toml": "",
			"servers/b/requirements.txt": "",
			"tools/pyproject.toml": "",
		});
		const included = await discoverFiles(root, {
			include: ["servers/**"],
			exclude: ["servers/b/requirements.txt"],
		});
		expect(included.files.map((f) => f.path)).toEqual([
			"servers/a/pyproject.toml",
			"servers/b/pyproject.toml",
		]);
		const excludedDir = await discoverFiles(root, { exclude: ["servers/b"] });
		expect(excludedDir.files.map((f) => f.path)).toEqual([
			"servers/a/pyproject.toml",
			"tools/pyproject.toml",
		]);
	});

	it("reports a symlink loop and a link out of the root, and keeps going", async () => {
		const outside = makeTree({ "requirements.txt": "mcp\n" });
		const root = makeTree({ "a/pyproject.toml": "" });
		symlinkSync(join(root, "a"), join(root, "a", "loop"));
		symlinkSync(
			join(outside, "requirements.txt"),
			join(root, "a", "requirements.txt"),
		);
		symlinkSync(outside, join(root, "elsewhere"));
		symlinkSync(join(root, "missing"), join(root, "dangling"));
		const { files, issues } = await discoverFiles(root);
		expect(files.map((f) => f.path)).toEqual(["a/pyproject.toml"]);
		expect(issues).toEqual([
			{
				severity: "warning",
				path: "a/loop",
				message: expect.stringContaining("symbolic link loop"),
			},
			{
				// An installer reads it through the link: unauditable, not a warning.
				severity: "error",
				rule: "unauditable",
				path: "a/requirements.txt",
				message: expect.stringContaining("outside the audited root"),
			},
			{
				severity: "warning",
				path: "dangling",
				message: expect.stringContaining("broken symbolic link"),
			},
			{
				severity: "warning",
				path: "elsewhere",
				message: expect.stringContaining("outside the audited root"),
			},
		]);
	});

	it("follows a file symlink that stays inside the root", async () => {
		const root = makeTree({
			"shared/requirements.txt": "mcp==1.23.3\n",
			"svc/pyproject.toml": "",
		});
		symlinkSync(
			join(root, "shared", "requirements.txt"),
			join(root, "svc", "requirements.txt"),
		);
		const { files } = await discoverFiles(root);
		expect(files.map((f) => f.path)).toEqual([
			"shared/requirements.txt",
			"svc/pyproject.toml",
			"svc/requirements.txt",
		]);
	});

	it.skipIf(process.getuid?.() === 0)(
		"reports an unreadable directory and audits the rest",
		async () => {
			const root = makeTree({
				"locked/pyproject.toml": "",
				"open/pyproject.toml": "",
			});
			chmodSync(join(root, "locked"), 0o000);
			const { files, issues } = await discoverFiles(root);
			expect(files.map((f) => f.path)).toEqual(["open/pyproject.toml"]);
			expect(issues).toEqual([
				{
					severity: "warning",
					path: "locked",
					message: "directory not audited: permission denied",
				},
			]);
		},
	);
});
