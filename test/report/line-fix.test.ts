import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/types.js";
import { planLineFix } from "../../src/report/line-fix.js";

function finding(
	file: string,
	line: number,
	pkg: string,
	suggestion: string,
): Finding {
	return {
		rule: "unpinned",
		severity: "error",
		project: ".",
		package: pkg,
		file,
		line,
		message: "m",
		suggestion,
	};
}

describe("planLineFix", () => {
	it("replaces the requirement on a requirements line and keeps the comment and indentation", () => {
		expect(
			planLineFix(finding("requirements.txt", 2, "flask", "flask==3.1.0"), [
				"mcp==1.23.3",
				"  Flask>=2  # web",
			]),
		).toEqual({ before: "  Flask>=2  # web", after: "  flask==3.1.0  # web" });
	});

	it("keeps options after the requirement, and refuses hashed or continued requirements", () => {
		expect(
			planLineFix(finding("r.txt", 1, "anyio", "anyio==4.9.0"), [
				"anyio>=4 --config-settings=x",
			])?.after,
		).toBe("anyio==4.9.0 --config-settings=x");
		expect(
			planLineFix(finding("r.txt", 1, "anyio", "anyio==4.9.0"), [
				"anyio==4.4.0 \\",
				"    --hash=sha256:abc",
			]),
		).toBeNull();
		expect(
			planLineFix(finding("r.txt", 1, "anyio", "anyio==4.9.0"), [
				"anyio \\",
				"    >=4",
			]),
		).toBeNull();
	});

	it("replaces the one matching string in a TOML line, escaping quotes for a basic string", () => {
		expect(
			planLineFix(
				finding(
					"pyproject.toml",
					1,
					"httpx",
					'httpx==0.28.1; python_version >= "3.10"',
				),
				['    "mcp>=1.0", "httpx>=0.27",  # deps'],
			)?.after,
		).toBe(
			'    "mcp>=1.0", "httpx==0.28.1; python_version >= \\"3.10\\"",  # deps',
		);
		expect(
			planLineFix(finding("pyproject.toml", 1, "httpx", "httpx==0.28.1"), [
				"  'httpx>=0.27',",
			])?.after,
		).toBe("  'httpx==0.28.1',");
	});

	it("refuses when the package is not on the line exactly once, or only in a comment", () => {
		expect(
			planLineFix(finding("pyproject.toml", 1, "httpx", "httpx==1"), [
				'httpx = "^0.27"',
			]),
		).toBeNull();
		expect(
			planLineFix(finding("pyproject.toml", 1, "httpx", "httpx==1"), [
				'# "httpx>=0.27"',
			]),
		).toBeNull();
		expect(
			planLineFix(finding("requirements.txt", 1, "httpx", "httpx==1"), [
				"httpx-sse==0.4",
			]),
		).toBeNull();
	});
});
