import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPythonLines } from "../../src/parse/requirements/physical-lines.js";

// splitPythonLines' fast path (a native split when `\n` is the only line break) against Python and the loop.

/** Python's str.splitlines(), one code unit at a time. */
function splitlines(text: string): string[] {
	const lines: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (!"\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029".includes(text.charAt(i)))
			continue;
		lines.push(text.slice(start, i));
		if (text.charAt(i) === "\r" && text.charAt(i + 1) === "\n") i++;
		start = i + 1;
	}
	if (start < text.length) lines.push(text.slice(start));
	return lines;
}

describe("splitPythonLines", () => {
	it("splits as Python's str.splitlines() (vectors from CPython 3)", () => {
		const vectors: [string, string[]][] = [
			["", []],
			["\n", [""]],
			["a", ["a"]],
			["a\n", ["a"]],
			["a\n\n", ["a", ""]],
			["\n\na", ["", "", "a"]],
			["a\r\nb", ["a", "b"]],
			["a\rb\n", ["a", "b"]],
			["a\u0085b\u2028c", ["a", "b", "c"]],
			["x\u000by\fz\u001c\u001d\u001e", ["x", "y", "z", "", ""]],
			["a\n\r\n\rb", ["a", "", "", "b"]],
		];
		for (const [text, lines] of vectors)
			expect(splitPythonLines(text)).toEqual(lines);
	});

	it("agrees with a code-unit loop, with and without the line breaks other than \\n", () => {
		const pieces = fc.constantFrom(
			"a",
			"mcp==1.0",
			" ",
			"\\",
			"#",
			"\n",
			"\n\n",
			"\r",
			"\r\n",
			"\x85",
			"\u2029",
			"\v",
		);
		fc.assert(
			fc.property(
				fc.array(pieces, { maxLength: 20 }).map((p) => p.join("")),
				(text) => {
					expect(splitPythonLines(text)).toEqual(splitlines(text));
				},
			),
			{ numRuns: 5000 },
		);
	});
});
