import { describe, expect, it } from "vitest";
import { findRequirementSpan } from "../../src/report/requirement-span.js";

function span(
	kind: "requirements" | "pyproject" | "uv-lock",
	lines: string[],
	line: number,
	name: string,
	suggestion: string,
) {
	return findRequirementSpan(kind, lines, line, name, suggestion);
}

describe("findRequirementSpan", () => {
	it("requirements: the requirement up to a comment, with its extras and marker", () => {
		expect(
			span(
				"requirements",
				['  mcp[cli]>=1.0 ; python_version >= "3.10"   # runtime'],
				1,
				"mcp",
				'mcp[cli]==1.23.3; python_version >= "3.10"',
			),
		).toEqual({
			startColumn: 3,
			endColumn: 43,
			current: 'mcp[cli]>=1.0 ; python_version >= "3.10"',
			replacement: 'mcp[cli]==1.23.3; python_version >= "3.10"',
		});
	});

	it("requirements: no span where replacing the text would be wrong", () => {
		// pip: hashes belong to the old version; a continued line may hold more of the requirement.
		expect(
			span(
				"requirements",
				["httpx==0.26.0 --hash=sha256:ab"],
				1,
				"httpx",
				"httpx==0.28.1",
			),
		).toBeNull();
		expect(
			span(
				"requirements",
				["httpx==0.26.0 \\", "    --hash=sha256:ab"],
				1,
				"httpx",
				"httpx==0.28.1",
			),
		).toBeNull();
		expect(
			span(
				"requirements",
				["mcp \\", "httpx==0.26.0"],
				2,
				"httpx",
				"httpx==0.28.1",
			),
		).toBeNull();
		expect(
			span("requirements", ["-e ./httpx"], 1, "httpx", "httpx==0.28.1"),
		).toBeNull();
		// Another package on the line, or a suggestion for another package.
		expect(
			span("requirements", ["anyio==4.3.0"], 1, "httpx", "httpx==0.28.1"),
		).toBeNull();
		expect(
			span("requirements", ["httpx==0.26.0"], 1, "httpx", "anyio==4.5"),
		).toBeNull();
		expect(
			span("requirements", ["httpx==0.26.0"], 2, "httpx", "httpx==0.28.1"),
		).toBeNull();
		// `#` without whitespace before it is part of a URL, not a comment: the text is not a plain requirement.
		expect(
			span(
				"requirements",
				["httpx @ https://h/x.whl#sha256=ab"],
				1,
				"httpx",
				"httpx==0.28.1",
			),
		).toMatchObject({ current: "httpx @ https://h/x.whl#sha256=ab" });
	});

	it("pyproject: the content of the one string on the line that requires the package", () => {
		expect(
			span(
				"pyproject",
				['    "mcp",', '    "httpx>=0.26,<1",  # why'],
				2,
				"httpx",
				"httpx>=0.27.1,<1",
			),
		).toEqual({
			startColumn: 6,
			endColumn: 20,
			current: "httpx>=0.26,<1",
			replacement: "httpx>=0.27.1,<1",
		});
		expect(
			span(
				"pyproject",
				['dependencies = ["anyio>=4", "httpx"]'],
				1,
				"httpx",
				"httpx==0.28.1",
			),
		).toMatchObject({ startColumn: 30, endColumn: 35, current: "httpx" });
		expect(
			span("pyproject", ["    'httpx',"], 1, "httpx", "httpx==0.28.1"),
		).toMatchObject({ startColumn: 6, current: "httpx" });
	});

	it("pyproject: escapes quotes for a basic string, and refuses what a string cannot hold as written", () => {
		expect(
			span(
				"pyproject",
				['  "mcp",'],
				1,
				"mcp",
				'mcp==1.23.3; python_version >= "3.10"',
			),
		).toMatchObject({
			replacement: 'mcp==1.23.3; python_version >= \\"3.10\\"',
		});
		expect(
			span(
				"pyproject",
				["  'mcp',"],
				1,
				"mcp",
				"mcp==1.23.3; os_name == 'posix'",
			),
		).toBeNull();
		// An escape makes the value differ from the text; two strings on the package are ambiguous.
		expect(
			span("pyproject", ['  "mcp\\u003e=1",'], 1, "mcp", "mcp==1.23.3"),
		).toBeNull();
		expect(
			span("pyproject", ['["mcp>=1", "mcp[cli]>=1"]'], 1, "mcp", "mcp==1.23.3"),
		).toBeNull();
		// Poetry writes a constraint, not PEP 508: no span.
		expect(
			span("pyproject", ['mcp = "^1.2"'], 1, "mcp", "mcp==1.23.3"),
		).toBeNull();
		expect(
			span(
				"pyproject",
				['mcp = { version = "^1.2" }'],
				1,
				"mcp",
				"mcp==1.23.3",
			),
		).toBeNull();
		expect(
			span("pyproject", ['x = """', "mcp>=1"], 1, "mcp", "mcp==1.23.3"),
		).toBeNull();
	});

	it("locks get no span", () => {
		expect(
			span("uv-lock", ['name = "mcp"'], 1, "mcp", "mcp==1.23.3"),
		).toBeNull();
	});
});
