// The parts of a finding's message the short text layout shows: the problem and the closing sentence.
import { describe, expect, it } from "vitest";
import {
	splitMessageParts,
	splitSentences,
	splitWords,
} from "../../src/report/message-parts.js";

describe("splitMessageParts", () => {
	it("keeps the problem up to its explanation, and the closing fix", () => {
		expect(
			splitMessageParts(
				"`mcp` is pinned to 1.23.1, outside the policy's `~=1.23.3` (packages.mcp.allowed): the MCP stack is validated on mcp 1.23.x. servers/docparse/uv.lock:185 holds 1.23.1 because of it; re-lock after the fix. Write `mcp==1.23.3`.",
			),
		).toEqual({
			problem:
				"`mcp` is pinned to 1.23.1, outside the policy's `~=1.23.3` (packages.mcp.allowed).",
			closing: "Write `mcp==1.23.3`.",
		});
	});

	it("leaves a one-sentence message whole (a parser's detail after a colon stays)", () => {
		const message =
			'marker "os_name = 1" is not a valid PEP 508 marker: expected a string or a variable at column 11';
		expect(splitMessageParts(message)).toEqual({
			problem: message,
			closing: null,
		});
	});

	it("leaves a table after the first line out", () => {
		const parts = splitMessageParts(
			"servers/a is on pydantic 2.11.7 while 3 other project(s) use 2.12.5. Align it on 2.12.5.\n| project | version |",
		);
		expect(parts.problem).toBe(
			"servers/a is on pydantic 2.11.7 while 3 other project(s) use 2.12.5.",
		);
		expect(parts.closing).toBe("Align it on 2.12.5.");
	});

	it("keeps a colon inside parentheses or quotes", () => {
		expect(
			splitMessageParts(
				'`mcp==1.23.0` is yanked on https://pypi.org/simple (reason: "broken: do not use"). Its maintainers withdrew it: move to another release.',
			),
		).toEqual({
			problem:
				'`mcp==1.23.0` is yanked on https://pypi.org/simple (reason: "broken: do not use").',
			closing: "Its maintainers withdrew it: move to another release.",
		});
		expect(
			splitMessageParts('the reason "a: b" holds: why. Fix.').problem,
		).toBe('the reason "a: b" holds.');
	});

	it("never ends a sentence or a problem inside code", () => {
		expect(splitSentences("Pin `a. b: c` first. Then `x`.")).toEqual([
			"Pin `a. b: c` first.",
			"Then `x`.",
		]);
		expect(splitMessageParts("`a: b` is wrong: why. Fix it.").problem).toBe(
			"`a: b` is wrong.",
		);
	});
});

describe("splitWords", () => {
	it("keeps a code span one word", () => {
		expect(splitWords("Run `uv lock` now, `httpx>=0.27.1, <1`.")).toEqual([
			"Run",
			"`uv lock`",
			"now,",
			"`httpx>=0.27.1, <1`.",
		]);
	});

	it("splits at every space when a backtick is unpaired", () => {
		expect(splitWords("a `b c d")).toEqual(["a", "`b", "c", "d"]);
	});
});
