import { describe, expect, it } from "vitest";
import { fixFileText, splitPhysicalLines } from "../../src/fix/fix-file.js";
import {
	locateInPep508TomlLine,
	locateInPoetryLine,
	locateInRequirementsLine,
} from "../../src/fix/locate-specifier.js";

const mcp = { name: "mcp", marker: null };

function replaced(
	line: string,
	located: ReturnType<typeof locateInRequirementsLine>,
	specifier: string,
): string {
	if (!located.ok) throw new Error(located.reason);
	return (
		line.slice(0, located.span.start) + specifier + line.slice(located.span.end)
	);
}

describe("locateInRequirementsLine", () => {
	it.each([
		["mcp==1.23.1", "mcp==1.23.3"],
		["MCP[cli] >= 1.2  # keep", "MCP[cli] ==1.23.3  # keep"],
		['mcp==1.0;python_version>"3.9"', 'mcp==1.23.3;python_version>"3.9"'],
		[
			"mcp (>=1.0) ; sys_platform == 'linux'",
			"mcp ==1.23.3 ; sys_platform == 'linux'",
		],
		["mcp", "mcp==1.23.3"],
		["mcp  # bare", "mcp==1.23.3  # bare"],
		["  mcp==1.0 \\", "  mcp==1.23.3 \\"],
		["mcp==1.0 --hash=sha256:abc", "mcp==1.23.3 --hash=sha256:abc"],
		["\ufeffmcp==1.0", "\ufeffmcp==1.23.3"],
	])("%s", (line, expected) => {
		expect(
			replaced(line, locateInRequirementsLine(line, mcp), "==1.23.3"),
		).toBe(expected);
	});

	it("refuses another package, a URL and an environment variable", () => {
		expect(locateInRequirementsLine("mcp-server==1.0", mcp).ok).toBe(false);
		expect(
			locateInRequirementsLine("mcp @ https://x.invalid/mcp.whl", mcp).ok,
		).toBe(false);
		// biome-ignore lint/suspicious/noTemplateCurlyInString: pip's ${VAR} syntax, written literally.
		expect(locateInRequirementsLine("mcp==${MCP_VERSION}", mcp).ok).toBe(false);
	});
});

describe("locateInPep508TomlLine", () => {
	it("edits inside the string that names the package, quotes and comma kept", () => {
		const line = `    'mcp[cli]>=1.2', "httpx",  # runtime`;
		expect(replaced(line, locateInPep508TomlLine(line, mcp), "~=1.23.3")).toBe(
			`    'mcp[cli]~=1.23.3', "httpx",  # runtime`,
		);
	});

	it("picks the requirement whose marker the suggestion keeps", () => {
		const line = `dependencies = ["mcp>=1; python_version < '3.11'", "mcp>=1.2; python_version >= '3.11'"]`;
		const located = locateInPep508TomlLine(line, {
			name: "mcp",
			marker: 'python_version >= "3.11"',
		});
		expect(replaced(line, located, "==1.23.3")).toBe(
			`dependencies = ["mcp>=1; python_version < '3.11'", "mcp==1.23.3; python_version >= '3.11'"]`,
		);
	});

	it("refuses escaped and multi-line strings", () => {
		expect(locateInPep508TomlLine(`"mcp\\u003e=1",`, mcp).ok).toBe(false);
		expect(locateInPep508TomlLine(`"""mcp>=1""",`, mcp).ok).toBe(false);
	});
});

describe("locateInPoetryLine", () => {
	it("replaces the version string of a plain or inline-table dependency", () => {
		const plain = `mcp = "^1.2"  # sdk`;
		expect(replaced(plain, locateInPoetryLine(plain, mcp), "==1.23.3")).toBe(
			`mcp = "==1.23.3"  # sdk`,
		);
		const table = `MCP = { version = "^1.2", extras = ["cli"] }`;
		expect(replaced(table, locateInPoetryLine(table, mcp), "==1.23.3")).toBe(
			`MCP = { version = "==1.23.3", extras = ["cli"] }`,
		);
	});

	it("refuses several constraints on one line", () => {
		const line = `mcp = [{ version = "^1.2", python = "<3.11" }, { version = "^1.3", python = ">=3.11" }]`;
		expect(locateInPoetryLine(line, mcp).ok).toBe(false);
	});
});

describe("fixFileText", () => {
	const edit = (line: number, specifier: string, name = "mcp") => ({
		line,
		target: { name, marker: null },
		syntax: "pep508" as const,
		specifier,
	});

	it("keeps CRLF endings, comments and hashes, and changes only the edited line", () => {
		const text =
			"# pins\r\nmcp==1.23.1 \\\r\n    --hash=sha256:aa  # why\r\nhttpx==0.28.1\r\n";
		const fixed = fixFileText(text, "requirements.txt", "requirements", [
			edit(2, "==1.23.3"),
		]);
		expect(fixed.refused).toEqual([]);
		expect(fixed.text).toBe(
			"# pins\r\nmcp==1.23.3 \\\r\n    --hash=sha256:aa  # why\r\nhttpx==0.28.1\r\n",
		);
	});

	it("refuses an edit the re-parse does not confirm (a specifier continued on the next line)", () => {
		const text = "mcp>=1.0 \\\n  ,<2\n";
		const fixed = fixFileText(text, "requirements.txt", "requirements", [
			edit(1, "==1.23.3"),
		]);
		expect(fixed.text).toBe(text);
		expect(fixed.refused[0]?.reason).toMatch(/would read/);
	});

	it("edits a pyproject.toml without a final newline, byte for byte elsewhere", () => {
		const text = `[project]\nname = "x"\ndependencies = [\n  "mcp",  # sdk\n  "httpx>=0.27",\n]`;
		const fixed = fixFileText(text, "pyproject.toml", "pyproject", [
			edit(4, "~=1.23.3"),
		]);
		expect(fixed.text).toBe(text.replace(`"mcp",`, `"mcp~=1.23.3",`));
	});

	it("numbers lines the way pip does (form feed is a line break)", () => {
		expect(
			splitPhysicalLines("a\fb\nc", "requirements").map((l) => l.content),
		).toEqual(["a", "b", "c"]);
		expect(
			splitPhysicalLines("a\fb\nc", "pyproject").map((l) => l.content),
		).toEqual(["a\fb", "c"]);
	});
});
