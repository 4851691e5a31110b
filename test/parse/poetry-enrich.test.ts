// Poetry 2 enrichment, as poetry-core's DependencyGroup.dependencies_for_locking does it
// (python-poetry.org/docs/dependency-specification: "tool.poetry.dependencies is only used to enrich
// project.dependencies for locking").
import { describe, expect, it } from "vitest";
import { parsePyproject } from "../../src/parse/pyproject.js";

function parse(lines: string[]) {
	const { value, diagnostics } = parsePyproject(
		lines.join("\n"),
		"pyproject.toml",
	);
	return {
		requirements: value.requirements.map((r) => ({
			name: r.name,
			specifier: r.specifier,
			marker: r.marker,
			url: r.url,
			editable: r.editable,
			group: r.group,
			line: r.line,
		})),
		diagnostics,
	};
}

const project = (dependencies: string[]) => [
	"[project]",
	'name = "demo"',
	'version = "1.0"',
	`dependencies = [${dependencies.map((d) => JSON.stringify(d)).join(", ")}]`,
	"",
];

describe("Poetry 2 enrichment of [project] dependencies", () => {
	it("intersects the enriching entry's version constraint with the project's", () => {
		const { requirements, diagnostics } = parse([
			...project(["httpx>=0.27"]),
			"[tool.poetry.dependencies]",
			'httpx = { version = "^0.28", source = "internal" }',
		]);
		expect(diagnostics).toEqual([]);
		expect(requirements).toEqual([
			{
				name: "httpx",
				specifier: ">=0.27,>=0.28,<0.29",
				marker: null,
				url: null,
				editable: false,
				group: "project",
				line: 4,
			},
		]);
	});

	it("enriches once per Poetry entry whose marker meets the project's, joining the markers", () => {
		const { requirements } = parse([
			...project(["numpy>=1.26"]),
			"[tool.poetry.dependencies]",
			"numpy = [",
			'  { version = "<2", platform = "win32" },',
			'  { version = ">=2", platform = "linux" },',
			"]",
		]);
		expect(requirements.map((r) => [r.specifier, r.marker])).toEqual([
			[">=1.26,<2", 'sys_platform == "win32"'],
			[">=1.26,>=2", 'sys_platform == "linux"'],
		]);
		// A project dependency under a marker no entry meets stays as written.
		const apart = parse([
			...project(['numpy>=1.26; sys_platform == "darwin"']),
			"[tool.poetry.dependencies]",
			'numpy = { version = "<2", platform = "win32" }',
		]);
		expect(apart.requirements.map((r) => [r.specifier, r.marker])).toEqual([
			[">=1.26", 'sys_platform == "darwin"'],
		]);
	});

	it("keeps both when the constraints exclude each other (Poetry refuses to lock), so `conflict` can say so", () => {
		const { requirements } = parse([
			...project(["click>=8"]),
			"[tool.poetry.dependencies]",
			'click = "^7.1"',
		]);
		expect(requirements.map((r) => [r.specifier, r.group, r.line])).toEqual([
			[">=8", "project", 4],
			[">=7.1,<8.0", "project", 7],
		]);
	});

	it("takes the entry's path and develop flag; an entry for a package [project] lacks is ignored, with a notice", () => {
		const { requirements, diagnostics } = parse([
			...project(["mylib>=0.1", "rich>=13"]),
			"[tool.poetry.dependencies]",
			'python = "^3.10"',
			'mylib = { path = "../mylib", develop = true }',
			'typer = "^0.12"',
		]);
		expect(requirements).toEqual([
			{
				name: "mylib",
				specifier: ">=0.1",
				marker: null,
				url: "../mylib",
				editable: true,
				group: "project",
				line: 4,
			},
			expect.objectContaining({ name: "rich", specifier: ">=13" }),
		]);
		expect(diagnostics).toEqual([
			{
				severity: "notice",
				line: 9,
				message:
					"tool.poetry.dependencies.typer: Poetry 2 ignores it: with [project] dependencies, [tool.poetry.dependencies] only enriches the packages declared there, and this one is not.",
			},
		]);
	});

	it("keeps undeclared entries when [project] dynamic names the dependencies, and enriches optional ones", () => {
		const { requirements, diagnostics } = parse([
			"[project]",
			'name = "demo"',
			'version = "1.0"',
			'dynamic = ["dependencies"]',
			"[project.optional-dependencies]",
			'cli = ["typer>=0.9"]',
			"[tool.poetry.dependencies]",
			'typer = { version = "<0.13", markers = "extra == \'cli\'" }',
			'rich = "^13"',
		]);
		expect(diagnostics).toEqual([]);
		expect(requirements.map((r) => [r.name, r.specifier, r.group])).toEqual([
			["typer", ">=0.9,<0.13", "optional:cli"],
			["rich", ">=13,<14", "poetry"],
		]);
	});
});
