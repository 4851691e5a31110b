import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/types.js";
import { renderFindingItem } from "../../src/report/render-finding.js";
import { renderGfm } from "../support/render-gfm.js";

const finding = (over: Partial<Finding>): Finding => ({
	rule: "compat",
	severity: "error",
	project: ".",
	package: "httpx",
	file: "requirements.txt",
	line: 4,
	message: "`httpx` is pinned to 0.26.0, outside `>=0.27.1,<1`.",
	...over,
});
const render = (f: Finding) =>
	renderFindingItem(
		{ finding: f, status: "new", fix: undefined },
		undefined,
	).join("\n");

describe("renderFindingItem: the counterexample", () => {
	it("is left out when the sentence already names it (a pin's own version)", () => {
		const text = render(finding({ counterexample: "0.26.0" }));
		expect(text).not.toContain("0.26.0`.");
		expect(text).not.toContain("<details>");
	});

	it("says what it is when the requirement is a range", () => {
		const text = render(
			finding({
				message: "`httpx>=0.26` lets in versions outside `>=0.27.1,<1`.",
				counterexample: "0.26.0",
			}),
		);
		expect(text).toContain(
			"  A version the requirement lets in that is not allowed: `0.26.0`.",
		);
		// `0.26` in the sentence is not the version `0.26.0`.
		expect(
			render(
				finding({
					message: "`httpx==0.26.0.post1` is outside.",
					counterexample: "0.26.0",
				}),
			),
		).toContain("not allowed: `0.26.0`.");
	});
});

describe("renderFindingItem: what else", () => {
	it("shows one short remark inline and puts a longer why behind a <details>", () => {
		const short = render(
			finding({
				message:
					"`flask` (no version constraint) needs an exact pin. Tighten the requirement.",
			}),
		);
		expect(short).toContain("\n\n  Tighten the requirement.");
		expect(short).not.toContain("<details>");
		const long = render(
			finding({
				message:
					"`flask` (no version constraint) needs an exact pin. An exact pin installs the same code every time, a range lets a resolver pick another release on any day.",
			}),
		);
		expect(long).toContain("<details><summary>Why, and what else</summary>");
	});

	it("keeps a table under the message one row a line, in a summary (no line breaks of its own) as in a comment", () => {
		const text = render(
			finding({
				rule: "inconsistent",
				message: [
					"`mcp` is at 1.0.0 in a but at 1.4.0 in 2 other project(s): code tested in one project is not what runs in another. Align it on 1.4.0.",
					"project  mcp",
					"a        1.0.0  <- differs",
					"b        1.4.0",
				].join("\n"),
			}),
		);
		const html = renderGfm(text);
		const why = /<details>[\s\S]*<\/details>/.exec(html)?.[0] ?? "";
		expect(why.match(/<br>/g)).toHaveLength(3);
		expect(why).toMatch(/1\.0\.0 +&lt;- differs<br>\s*b +1\.4\.0\s*<\/p>/);
	});
});
