import { describe, expect, it } from "vitest";
import {
	codeSpan,
	escapeHtml,
	escapeMarkdown,
	escapeMarkdownWithCode,
	stripControls,
} from "../../src/report/escape.js";

describe("escapeMarkdown", () => {
	it("neutralises HTML, links, images and emphasis", () => {
		expect(escapeMarkdown("<img src=x onerror=alert(1)>")).toBe(
			"\\<img src=x onerror=alert\\(1\\)\\>",
		);
		expect(escapeMarkdown("[x](javascript:alert(1))")).toBe(
			"\\[x\\]\\(javascript:alert\\(1\\)\\)",
		);
		expect(escapeMarkdown("![i](https://e.test/p.png)")).toBe(
			"\\!\\[i\\]\\(https:&#8203;//e.test/p.png\\)",
		);
		expect(escapeMarkdown("*bold* _it_ ~~s~~ `code`")).toBe(
			"\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\`",
		);
	});

	it("stops mentions, references and autolinks", () => {
		expect(escapeMarkdown("@everyone see #12")).toBe(
			"@&#8203;everyone see #&#8203;12",
		);
		expect(escapeMarkdown("www.evil.test")).toBe("www&#8203;.evil.test");
		expect(escapeMarkdown("http://evil.test")).toBe("http:&#8203;//evil.test");
	});

	it("keeps a table row and a details block intact", () => {
		expect(escapeMarkdown("a|b\n</details>\n```")).toBe(
			"a\\|b \\</details\\> \\`\\`\\`",
		);
	});

	it("escapes entities so they show literally", () => {
		expect(escapeMarkdown("&lt;")).toBe("\\&lt;");
	});

	it("leaves ordinary requirement text readable", () => {
		expect(escapeMarkdown("mcp>=1.23.3,<2; python_version >= '3.10'")).toBe(
			"mcp\\>=1.23.3,\\<2; python\\_version \\>= '3.10'",
		);
	});
});

describe("codeSpan", () => {
	it("wraps text in a fence longer than any backtick run inside", () => {
		expect(codeSpan("mcp~=1.23.3")).toBe("`mcp~=1.23.3`");
		expect(codeSpan("a`b")).toBe("``a`b``");
		expect(codeSpan("`x`")).toBe("`` `x` ``");
	});

	it("escapes pipes so a table cell stays one cell and folds newlines", () => {
		expect(codeSpan("a|b\nc")).toBe("`a\\|b c`");
	});
});

describe("escapeHtml", () => {
	it("escapes markup and mentions inside an HTML element", () => {
		expect(escapeHtml(`<b>"x"</b> & 'y' @org/team`)).toBe(
			"&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39; @&#8203;org/team",
		);
	});
});

describe("stripControls", () => {
	it("shows terminal escapes and bidi overrides instead of obeying them", () => {
		expect(stripControls("a\u001b[31mred\u202eb\tc\nd")).toBe(
			"a\\u001b[31mred\\u202eb\tc\nd",
		);
	});
});

describe("escapeMarkdownWithCode", () => {
	it("turns a message's backticked values into code spans and escapes the prose", () => {
		expect(
			escapeMarkdownWithCode(
				"`mcp` is pinned to 1.23.1, outside `~=1.23.3` (packages.mcp.allowed)",
			),
		).toBe(
			"`mcp` is pinned to 1.23.1, outside `~=1.23.3` \\(packages.mcp.allowed\\)",
		);
	});

	it("keeps hostile values literal inside and outside the spans", () => {
		expect(
			escapeMarkdownWithCode("`<img src=x>|@everyone` at [x](javascript:1)"),
		).toBe("`<img src=x>\\|@everyone` at \\[x\\]\\(javascript:1\\)");
	});

	it("falls back to escaped prose when the backticks do not pair", () => {
		expect(escapeMarkdownWithCode("a `b` c ` d")).toBe(
			escapeMarkdown("a `b` c ` d"),
		);
	});
});
