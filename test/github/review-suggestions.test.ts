import { describe, expect, it } from "vitest";
import { parseRightSide } from "../../src/github/pull-request-diff.js";
import { planSuggestions } from "../../src/github/review-suggestions.js";
import type { Finding } from "../../src/model/types.js";

const PATCH = [
	"@@ -1,3 +1,4 @@",
	" # pins",
	" mcp==1.23.3",
	"-anyio>=4",
	"+anyio==4.9.0",
	"+httpx==0.26.0",
	"@@ -20,2 +21,2 @@ tail",
	" uvicorn>=0.30",
	"\\ No newline at end of file",
].join("\n");

const finding = (line: number, pkg: string, suggestion: string): Finding => ({
	rule: "compat",
	severity: "error",
	project: "servers/w",
	package: pkg,
	file: "servers/w/requirements.txt",
	line,
	message: `\`${pkg}\` is wrong. Write \`${suggestion}\`.`,
	suggestion,
});

describe("parseRightSide", () => {
	it("numbers added and context lines from each hunk's +start; removed lines are left side only", () => {
		expect([...parseRightSide(PATCH)]).toEqual([
			[1, "# pins"],
			[2, "mcp==1.23.3"],
			[3, "anyio==4.9.0"],
			[4, "httpx==0.26.0"],
			[21, "uvicorn>=0.30"],
		]);
	});
});

describe("planSuggestions", () => {
	const diff = new Map([["servers/w/requirements.txt", parseRightSide(PATCH)]]);
	it("suggests on lines the diff shows (added or context) whose text is what the fix was made from", () => {
		const planned = planSuggestions(
			[finding(4, "httpx", "httpx==0.27.1"), finding(2, "mcp", "mcp==1.24.0")],
			[
				{ before: "httpx==0.26.0", after: "httpx==0.27.1" },
				{ before: "mcp==1.23.3", after: "mcp==1.24.0" },
			],
			diff,
			{ pathPrefix: ".", key: "default" },
		);
		expect(planned.map((c) => [c.path, c.line, c.side])).toEqual([
			["servers/w/requirements.txt", 4, "RIGHT"],
			["servers/w/requirements.txt", 2, "RIGHT"],
		]);
		expect(planned[0]?.body).toContain("```suggestion\nhttpx==0.27.1\n```");
		expect(planned[0]?.body).not.toContain("Write");
	});

	it("skips lines outside the diff, lines whose text differs, and findings without a fix", () => {
		expect(
			planSuggestions(
				[
					finding(10, "x", "x==1"),
					finding(3, "anyio", "anyio==4.10.0"),
					finding(4, "httpx", "h"),
				],
				[
					{ before: "x>=0", after: "x==1" },
					{ before: "anyio>=4", after: "anyio==4.10.0" },
					null,
				],
				diff,
				{ pathPrefix: ".", key: "default" },
			),
		).toEqual([]);
	});

	it("prefixes the audited path and fences a suggestion holding backticks", () => {
		const prefixed = new Map([
			["py/servers/w/requirements.txt", parseRightSide(PATCH)],
		]);
		const [comment] = planSuggestions(
			[finding(4, "httpx", "httpx==0.27.1")],
			[{ before: "httpx==0.26.0", after: "httpx==0.27.1 # ```" }],
			prefixed,
			{ pathPrefix: "py", key: "k" },
		);
		expect(comment?.path).toBe("py/servers/w/requirements.txt");
		expect(comment?.body).toContain(
			"````suggestion\nhttpx==0.27.1 # ```\n````",
		);
	});
});
