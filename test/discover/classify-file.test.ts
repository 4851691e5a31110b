import { describe, expect, it } from "vitest";
import { classifyFile } from "../../src/discover/classify-file.js";

describe("classifyFile", () => {
	it.each([
		["pyproject.toml", "pyproject"],
		["servers/a/pyproject.toml", "pyproject"],
		["uv.lock", "uv-lock"],
		["poetry.lock", "poetry-lock"],
		["pylock.toml", "pylock"],
		["pylock.dev.toml", "pylock"],
		["requirements.txt", "requirements"],
		["requirements-mcp.txt", "requirements"],
		["dev-requirements.txt", "requirements"],
		["uv-requirements.txt", "requirements"],
		["requirements/base.txt", "requirements"],
		["requirements/prod.in", "requirements"],
		["requirements.in", "requirements"],
		["constraints.txt", "requirements"],
		["constraints-py311.txt", "requirements"],
	] as const)("%s is %s", (path, kind) => {
		expect(classifyFile(path)).toBe(kind);
	});

	it.each([
		"MANIFEST.in",
		"requirements/MANIFEST.in",
		"README.txt",
		"setup.cfg",
		"pylock.a.b.toml",
		"mypyproject.toml",
		"notes.in",
		"poetry.lock.bak",
	])("%s is not a dependency file", (path) => {
		expect(classifyFile(path)).toBeNull();
	});

	it("reads an .in file as a pip-compile input when the compiled .txt sits next to it", () => {
		expect(classifyFile("deps/dev.in", new Set(["dev.in", "dev.txt"]))).toBe(
			"requirements",
		);
		expect(classifyFile("deps/dev.in", new Set(["dev.in"]))).toBeNull();
	});
});
