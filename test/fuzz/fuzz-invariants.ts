// What every fuzz test checks on a parser's answer: it came back through the parser's own logic, not its
// catch-all (whose message carries a JavaScript error name), and every diagnostic is on a line of the input.
import fc from "fast-check";
import { expect } from "vitest";
import type { Diagnostic } from "../../src/model/types.js";

// `TypeError: ...`, `RangeError: ...`: what `String(error)` puts in a catch-all's message.
const JS_ERROR =
	/\b(?:Type|Range|Reference|Syntax|Internal|Aggregate)?Error\b:?/;

/** Number of lines as TOML and pip count them for a diagnostic: at least 1, a final newline adds none. */
export function countLines(text: string): number {
	const lines = text.split(/\r\n|\n|\r/);
	if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
	return Math.max(1, lines.length);
}

/** Every diagnostic has a 1-based line inside the text and a message that is not a caught exception. */
export function expectDiagnosticsOnLines(
	diagnostics: readonly Diagnostic[],
	lineCount: number,
): void {
	for (const d of diagnostics) {
		expect(d.message, d.message).not.toMatch(JS_ERROR);
		expect(d.message, d.message).not.toMatch(/internal error|could not read/);
		expect(d.line, d.message).not.toBeNull();
		expect(d.line, d.message).toBeGreaterThanOrEqual(1);
		expect(d.line, d.message).toBeLessThanOrEqual(lineCount);
	}
}

/** A message produced by a catch-all (`String(error)`), which a fuzz run must never reach. */
export function expectNoCaughtException(message: string): void {
	expect(message, message).not.toMatch(JS_ERROR);
}

/** numRuns scaled by FUZZ_SCALE (default 1), so a long local run is `FUZZ_SCALE=50 npx vitest run test/fuzz`. */
export function runs(base: number): number {
	const scale = Number(process.env.FUZZ_SCALE ?? "1");
	return Math.max(1, Math.round(base * (Number.isFinite(scale) ? scale : 1)));
}

// Characters that matter to the grammars under test: operators, separators, quotes, escapes, line ends.
const GRAMMAR_CHARS = [
	..."<>=!~*.,;:@[]()#'\"\\$/-_+ \t",
	"\n",
	"\r\n",
	"\r",
	"\u00a0",
	"\u0000",
	"\ufeff",
	"é",
	"\u202e",
];

/**
 * Grammar-aware mutations of a valid text: delete, duplicate or move a slice, insert a character that means
 * something to the grammar, or swap two neighbours. Small edits of valid input reach the error paths that
 * random strings never get past the first token for.
 */
export function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
	const edit = fc.tuple(
		fc.constantFrom("delete", "duplicate", "insert", "swap", "truncate"),
		fc.nat(),
		fc.nat({ max: 6 }),
		fc.constantFrom(...GRAMMAR_CHARS),
	);
	return fc
		.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 }))
		.map(([text, edits]) =>
			edits.reduce((s, [kind, at, length, char]) => {
				const i = s.length === 0 ? 0 : at % (s.length + 1);
				switch (kind) {
					case "delete":
						return s.slice(0, i) + s.slice(i + length + 1);
					case "duplicate":
						return s.slice(0, i + length) + s.slice(i);
					case "insert":
						return s.slice(0, i) + char + s.slice(i);
					case "swap":
						return i + 1 < s.length
							? s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2)
							: s;
					case "truncate":
						return s.slice(0, i);
				}
				return s;
			}, text),
		);
}
