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

	it("never follows a link into a directory the walk skips: an installer would read it, so it is unauditable", async () => {
		const root = makeTree({
			".venv/pyvenv.cfg": "home = /usr/bin",
			".venv/bin/python": "",
			".venv/lib/site/requirements.txt": "flask\n",
			".tox/py311/deps.txt": "flask\n",
			"__pycache__/deps.txt": "flask\n",
			"node_modules/x/deps.txt": "flask\n",
			"{{cookiecutter.slug}}/deps.txt": "flask\n",
			".git/config": "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n",
			"svc/pyproject.toml": "",
			"svc/notes/site.txt": "flask==3.0.0\n",
		});
		const link = (target: string, path: string) =>
			symlinkSync(target, join(root, path));
		link("../.venv/lib/site/requirements.txt", "svc/requirements-venv.txt");
		link("../.tox/py311/deps.txt", "svc/requirements-tox.txt");
		link("../__pycache__/deps.txt", "svc/requirements-cache.txt");
		link("../node_modules/x/deps.txt", "svc/requirements-node.txt");
		link("../{{cookiecutter.slug}}/deps.txt", "svc/requirements-tpl.txt");
		link("../.git/config", "svc/requirements-git.txt");
		// Through a directory link into the virtualenv: the resolved path decides, not the link's.
		link("../.venv/lib", "svc/vendor");
		link("vendor/site/requirements.txt", "svc/requirements-via.txt");
		// Not a dependency file's name: said, as a warning.
		link("../.venv/lib/site/requirements.txt", "svc/notes.cfg");
		// A link to a file the walk does read is followed.
		link("notes/site.txt", "svc/requirements-ok.txt");
		const { files, issues } = await discoverFiles(root);
		expect(files.map((f) => f.path)).toEqual([
			"svc/pyproject.toml",
			"svc/requirements-ok.txt",
		]);
		expect(
			issues
				.filter((i) => i.path.startsWith("svc/"))
				.map((i) => [
					i.severity,
					i.rule ?? null,
					i.path,
					i.message.split(";")[0],
				]),
		).toEqual([
			[
				"warning",
				null,
				"svc/notes.cfg",
				"symbolic link not followed: it leads to '.venv/lib/site/requirements.txt' inside '.venv' (a virtualenv), which pin-audit does not read",
			],
			[
				"error",
				"unauditable",
				"svc/requirements-cache.txt",
				"symbolic link not followed: it leads to '__pycache__/deps.txt' inside '__pycache__' (never read), which pin-audit does not read",
			],
			[
				"error",
				"unauditable",
				"svc/requirements-git.txt",
				"symbolic link not followed: the path leads into '.git', which pin-audit never reads",
			],
			[
				"error",
				"unauditable",
				"svc/requirements-node.txt",
				"symbolic link not followed: the path leads into 'node_modules', which pin-audit never reads",
			],
			[
				"error",
				"unauditable",
				"svc/requirements-tox.txt",
				"symbolic link not followed: it leads to '.tox/py311/deps.txt' inside '.tox' (tox's environments), which pin-audit does not read",
			],
			[
				"error",
				"unauditable",
				"svc/requirements-tpl.txt",
				expect.stringContaining(
					"inside '{{cookiecutter.slug}}' (a template directory)",
				),
			],
			[
				"error",
				"unauditable",
				"svc/requirements-venv.txt",
				"symbolic link not followed: it leads to '.venv/lib/site/requirements.txt' inside '.venv' (a virtualenv), which pin-audit does not read",
			],
			[
				"error",
				"unauditable",
				"svc/requirements-via.txt",
				"symbolic link not followed: it leads to '.venv/lib/site/requirements.txt' inside '.venv' (a virtualenv), which pin-audit does not read",
			],
		]);
		// Nothing of .git/config is quoted.
		expect(JSON.stringify(issues)).not.toContain("c2VjcmV0");
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
