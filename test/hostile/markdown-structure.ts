// Structural checks that rendered markdown shows repository text literally, without a markdown renderer:
// GitHub's (cmark-gfm) rules for code spans, backslash escapes and table cells, applied line by line.
import { expect } from "vitest";

// The only HTML pin-audit writes itself.
const OWN_TAGS =
	/<details(?: open)?>|<\/details>|<summary>|<\/summary>|<b>|<\/b>|<sub>|<\/sub>|<!-- pin-audit:sticky key=[A-Za-z0-9._/+=:-]+ -->/g;
const ZWSP = "&#8203;";

/**
 * The line with code spans replaced by a placeholder (their content is literal) and backslash escapes
 * replaced by `E` (an escaped character is literal): what is left is what GitHub interprets.
 */
export function interpretedText(line: string): string {
	let out = "";
	let i = 0;
	while (i < line.length) {
		const c = line[i] as string;
		if (
			c === "\\" &&
			i + 1 < line.length &&
			/[!-/:-@[-`{-~]/.test(line[i + 1] as string)
		) {
			out += "E";
			i += 2;
			continue;
		}
		if (c === "`") {
			let n = 0;
			while (line[i + n] === "`") n++;
			// CommonMark: a code span closes at the next backtick run of exactly the same length.
			let j = i + n;
			let close = -1;
			while (j < line.length) {
				if (line[j] === "`") {
					let m = 0;
					while (line[j + m] === "`") m++;
					if (m === n) {
						close = j;
						break;
					}
					j += m;
				} else j++;
			}
			if (close < 0) {
				out += "`".repeat(n);
				i += n;
			} else {
				out += "C";
				i = close + n;
			}
			continue;
		}
		out += c;
		i++;
	}
	return out;
}

/** Cells of a GFM table row: a `|` directly after a backslash belongs to the cell (cmark-gfm's longest match). */
export function tableCells(row: string): number {
	const trimmed = row.trim().replace(/^\|/, "");
	let cells = 1;
	for (let i = 0; i < trimmed.length; i++)
		if (trimmed[i] === "|" && trimmed[i - 1] !== "\\") cells++;
	// A trailing pipe closes the last cell instead of opening one.
	return /[^\\]\|$|^\|$/.test(trimmed) ? cells - 1 : cells;
}

// CommonMark HTML block (type 6): a line starting with one of these tags is raw HTML up to the next blank
// line; markdown (links, emphasis, code spans, autolinks) is not interpreted inside it.
const HTML_BLOCK_START = /^ {0,3}<\/?(?:details|summary)[\s/>]|^ {0,3}<!--/;

/** Asserts that everything pin-audit did not write itself renders as literal text. */
export function expectLiteralMarkdown(
	markdown: string,
	options: { balancedTags?: boolean } = {},
): void {
	const lines = markdown.split("\n");
	// What GitHub interprets on each line: raw HTML-block lines as they are, others without code spans/escapes.
	let inHtmlBlock = false;
	const visible = lines.map((line) => {
		if (line.trim() === "") inHtmlBlock = false;
		else if (!inHtmlBlock && HTML_BLOCK_START.test(line)) inHtmlBlock = true;
		return {
			html: inHtmlBlock,
			text: inHtmlBlock ? line : interpretedText(line),
		};
	});
	const count = (pattern: RegExp) =>
		visible.reduce((n, v) => n + (v.text.match(pattern) ?? []).length, 0);
	if (options.balancedTags !== false) {
		expect(count(/<details/g), "<details> opened and closed alike").toBe(
			count(/<\/details>/g),
		);
		expect(count(/<summary>/g), "<summary> opened and closed alike").toBe(
			count(/<\/summary>/g),
		);
	}

	let tableWidth: number | null = null;
	lines.forEach((line, index) => {
		const where = `line ${index + 1}: ${line}`;
		const { html, text: shown } = visible[index] as (typeof visible)[number];
		// No fence can open: a fence is a line starting (after up to 3 spaces) with ``` or ~~~.
		expect(line, where).not.toMatch(/^ {0,3}(?:```|~~~)/);
		const text = shown.replace(OWN_TAGS, "");
		expect(text, `raw < in ${where}`).not.toContain("<");
		// GitHub links mentions, references and URLs in the text of raw HTML too, after rendering.
		expect(text, `autolink in ${where}`).not.toMatch(/[a-z]:\/\/|www\./i);
		for (let i = text.indexOf("@"); i >= 0; i = text.indexOf("@", i + 1))
			expect(
				text.slice(i + 1, i + 1 + ZWSP.length),
				`mention in ${where}`,
			).toBe(ZWSP);
		if (!html)
			expect(text, `link or image in ${where}`).not.toMatch(/\]\(|\]\[|!\[/);

		// Table rows keep the header's cell count (a `|` in repository text must not add a cell).
		const next = lines[index + 1] ?? "";
		if (line.startsWith("|") && /^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(next))
			tableWidth = tableCells(line);
		else if (tableWidth !== null && line.startsWith("|")) {
			if (!/^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(line))
				expect(tableCells(line), `cells in ${where}`).toBe(tableWidth);
		} else tableWidth = null;
	});
}
