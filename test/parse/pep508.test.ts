import { describe, expect, it } from "vitest";
import { parsePep508, parsePep508Marker } from "../../src/parse/pep508.js";

function parsed(text: string) {
	const result = parsePep508(text);
	if (!result.ok) {
		throw new Error(`expected '${text}' to parse: ${result.error}`);
	}
	return result.value;
}

function failure(text: string): string {
	const result = parsePep508(text);
	if (result.ok) {
		throw new Error(`expected '${text}' to be rejected`);
	}
	return result.error;
}

describe("parsePep508", () => {
	it("normalizes the name and joins clauses without spaces in source order", () => {
		expect(parsed("MCP_Server.X >= 1.0 , <2")).toEqual({
			name: "mcp-server-x",
			rawName: "MCP_Server.X",
			specifier: ">=1.0,<2",
			extras: [],
			marker: null,
			url: null,
		});
	});

	it("reads the parenthesized specifier form", () => {
		expect(parsed("mcp (>=1.0, <2)").specifier).toBe(">=1.0,<2");
	});

	it("normalizes extras, keeping source order without duplicates", () => {
		expect(
			parsed("uvicorn[Standard, watch_files,standard]>=0.30").extras,
		).toEqual(["standard", "watch-files"]);
	});

	it("prints markers as packaging does: double quotes, single spaces, legacy names replaced", () => {
		expect(parsed(`x>=1;python_version>='3.10'and os.name!="nt"`).marker).toBe(
			'python_version >= "3.10" and os_name != "nt"',
		);
		expect(parsed('x; python_implementation == "CPython"').marker).toBe(
			'platform_python_implementation == "CPython"',
		);
	});

	it("normalizes extra names in markers (PEP 685) and keeps needed parentheses only", () => {
		expect(parsed('x; extra == "Foo_Bar"').marker).toBe('extra == "foo-bar"');
		expect(parsed('x; ((python_version > "3"))').marker).toBe(
			'python_version > "3"',
		);
		expect(
			parsed('x; (python_version > "3" or os_name == "nt") and extra == "a"')
				.marker,
		).toBe('(python_version > "3" or os_name == "nt") and extra == "a"');
	});

	it("accepts arbitrary equality", () => {
		expect(parsed("legacy===1.0-custom").specifier).toBe("===1.0-custom");
	});

	it("reads a URL followed by whitespace and a marker", () => {
		expect(
			parsed('mcp @ https://example.org/mcp.whl ; python_version < "3.11"'),
		).toEqual({
			name: "mcp",
			rawName: "mcp",
			specifier: "",
			extras: [],
			marker: 'python_version < "3.11"',
			url: "https://example.org/mcp.whl",
		});
	});

	it("keeps `;` without whitespace inside the URL, as PEP 508 says", () => {
		expect(parsed("mcp @ https://example.org/a;b").url).toBe(
			"https://example.org/a;b",
		);
		expect(
			failure('mcp @ https://example.org/mcp.whl; python_version < "3.11"'),
		).toContain("needs whitespace before it");
	});

	it("explains a missing version", () => {
		expect(failure("mcp>=")).toBe(
			"expected a version after '>=' in 'mcp>=' (at column 4)",
		);
	});

	it("explains the usual mistakes", () => {
		expect(failure("mcp>=1.0.*")).toContain(
			"'.*' can only be used with '==' or '!='",
		);
		expect(failure("mcp>=1.0+local")).toContain("local version label");
		expect(failure("mcp~=1")).toContain("at least two parts");
		expect(failure("mcp >=1.0 <2")).toContain(
			"expected ',' between version clauses before '<2'",
		);
		expect(failure("mcp[cli")).toContain("expected ']'");
		expect(failure('mcp; python_version notin "3"')).toContain(
			"expected a marker operator",
		);
		expect(failure("")).toContain("expected a package name");
	});

	it("rejects what packaging rejects and accepts what it accepts", () => {
		for (const text of [
			"foo-",
			"x[a b]",
			"x[a,]",
			"fooé",
			"x==1.0,,>=2",
			"x; python_version",
			'x; "a\\x4" == "b"',
		]) {
			expect(parsePep508(text).ok, text).toBe(false);
		}
		for (const text of [
			"foo_",
			"x==1.0,",
			"x==V1.0",
			"x<=1!2.0rc1",
			'x; platform_version == "a\\qb"',
			"x\n",
		]) {
			expect(parsePep508(text).ok, text).toBe(true);
		}
	});

	it("rejects clauses after '===' that packaging's SpecifierSet rejects, as packaging does", () => {
		// `===` takes everything up to whitespace, ';' or ')' (commas too); packaging then splits the text on ','
		// and raises InvalidSpecifier for a clause that is not one.
		expect(failure("mcp===1.0-custom,=0.9.*")).toBe(
			"Invalid specifier '=0.9.*' does not start with an operator (one of ==, !=, <=, >=, <, >, ~=, ===) in 'mcp===1.0-custom,=0.9.*'",
		);
		expect(failure("A===,1.0-custom")).toContain(
			"Invalid specifier '1.0-custom' does not start with an operator",
		);
		expect(failure("A===1.0,~=1")).toContain("Invalid specifier '~=1'");
		expect(failure("A(===1.0,=2)")).toContain("Invalid specifier '=2'");
		// A syntax error is reported first, as packaging parses before building the SpecifierSet.
		expect(failure('A===1.0,=2 ; python_version > "3" and')).toContain(
			"expected a marker variable",
		);
	});

	it("keeps what packaging accepts after '==='", () => {
		expect(parsed("A===1.0,===2.0").specifier).toBe("===1.0,===2.0");
		expect(parsed("A=== 1.0 , ==1").specifier).toBe("===1.0,==1");
		expect(parsed("A===1.0,,").specifier).toBe("===1.0");
		expect(parsed("A===1.0,==1.0+x").specifier).toBe("===1.0,==1.0+x");
		expect(parsed("A===").specifier).toBe("===");
		// Python's strip, not JavaScript's trim: U+001C is whitespace to Python.
		expect(parsed("A===\u001c1.0").specifier).toBe("===1.0");
	});

	it("evaluates Python string escapes in marker values", () => {
		expect(parsed('x; platform_version == "#1 \\u00e9"').marker).toBe(
			'platform_version == "#1 é"',
		);
	});

	it("never throws", () => {
		for (const text of [
			"(",
			"x @",
			"x;(",
			"x;'",
			"\u0000",
			"x[",
			"x(>=1",
			"@",
		]) {
			expect(() => parsePep508(text)).not.toThrow();
		}
	});
});

describe("parsePep508Marker", () => {
	it("normalizes a standalone marker", () => {
		expect(parsePep508Marker("sys_platform=='win32'")).toEqual({
			ok: true,
			value: 'sys_platform == "win32"',
		});
		expect(parsePep508Marker("sys_platform").ok).toBe(false);
	});
});
