// Cookiecutter/copier templates hold files that are rendered into a project before anything installs them:
// `{{cookiecutter.project_slug}}/pyproject.toml` is not TOML until rendered. One notice per template path, never an
// error, and the rest of the repository is still audited.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0))
		rmSync(root, { recursive: true, force: true });
});

function makeTree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-templates-"));
	roots.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

const COOKIECUTTER_PYPROJECT = `[project]
name = "{{ cookiecutter.project_slug }}"
version = "{{ cookiecutter.version }}"
dependencies = [
{%- if cookiecutter.use_mcp == "y" %}
    "mcp>=1.23",
{%- endif %}
]
`;

describe("template directories", () => {
	it("are skipped with one notice each, never an invalid-file error, and the real project is audited", async () => {
		const root = makeTree({
			"{{cookiecutter.project_slug}}/pyproject.toml": COOKIECUTTER_PYPROJECT,
			"{{cookiecutter.project_slug}}/sub/requirements.txt": "{{ deps }}\n",
			"template/{% if ci %}requirements.txt{% endif %}": "mcp\n",
			"template/{{_copier_conf.answers_file}}.jinja": "",
			"pyproject.toml":
				'[project]\nname = "gen"\nversion = "1"\ndependencies = ["cookiecutter"]\n',
		});
		const report = await auditRepository({ root, offline: true });
		expect(
			report.findings.map((f) => [f.rule, f.severity, f.file, f.line]),
		).toEqual([
			["unpinned", "error", "pyproject.toml", 4],
			[
				"discovery",
				"notice",
				"template/{% if ci %}requirements.txt{% endif %}",
				null,
			],
			["discovery", "notice", "{{cookiecutter.project_slug}}", null],
		]);
		expect(report.findings[2]?.message).toContain("template directory");
		expect(report.projects.map((p) => p.path)).toEqual(["."]);
	});

	it("are not mentioned when excluded", async () => {
		const root = makeTree({
			"{{cookiecutter.project_slug}}/pyproject.toml": COOKIECUTTER_PYPROJECT,
			"pyproject.toml":
				'[project]\nname = "gen"\nversion = "1"\ndependencies = ["cookiecutter>=2,<3"]\n',
		});
		const report = await auditRepository({
			root,
			offline: true,
			exclude: ["{{cookiecutter.project_slug}}"],
		});
		expect(report.findings).toEqual([]);
	});
});
