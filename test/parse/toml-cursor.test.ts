import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TomlCursor } from "../../src/parse/toml-scan/cursor.js";

const lineOf = (text: string, pos: number) =>
	text.slice(0, pos).split("\n").length;

describe("TomlCursor.lineAt", () => {
	it("counts the line breaks before a position, whatever order positions are asked in", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t") }),
				fc.array(fc.nat()),
				(text, asked) => {
					const cursor = new TomlCursor(text);
					for (const raw of asked) {
						const pos = raw % (text.length + 1);
						expect(cursor.lineAt(pos)).toBe(lineOf(text, pos));
					}
				},
			),
		);
	});

	it("answers for positions on one long line and past its end", () => {
		const text = `a = [${"1,".repeat(1000)}1]\nb = 2\n`;
		const cursor = new TomlCursor(text);
		for (let pos = 0; pos < text.length; pos += 7)
			expect(cursor.lineAt(pos)).toBe(lineOf(text, pos));
		expect(cursor.lineAt(text.length)).toBe(3);
	});
});
