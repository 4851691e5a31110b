import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/policy/schema.js";
import {
	RULE_DESCRIPTIONS,
	ruleHelpUri,
} from "../../src/report/rule-descriptions.js";

const docs = readFileSync("docs/policy.md", "utf8");

/** GitHub's heading anchor: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
function githubSlug(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, "")
		.replace(/\s/g, "-");
}

/** The `### ` sections of docs/policy.md's "Rule reference", by anchor, with their text. */
function ruleReference(): Map<string, string> {
	const start = docs.indexOf("\n## Rule reference\n");
	expect(start, "docs/policy.md has no ## Rule reference").toBeGreaterThan(0);
	const rest = docs.slice(start + 1);
	const end = rest.indexOf("\n## ", 1);
	const sections = new Map<string, string>();
	for (const part of (end < 0 ? rest : rest.slice(0, end))
		.split(/^### /m)
		.slice(1)) {
		const [heading = "", ...body] = part.split("\n");
		sections.set(
			githubSlug(heading),
			body.join("\n").replace(/\s+/g, " ").trim(),
		);
	}
	return sections;
}

describe("rule descriptions", () => {
	it("cover every policy rule and the file rules", () => {
		expect(Object.keys(RULE_DESCRIPTIONS).sort()).toEqual(
			[...RULE_IDS, "invalid-file", "discovery", "unauditable"].sort(),
		);
	});

	it("are docs/policy.md's rule reference, word for word, under the anchor each helpUri names", () => {
		const sections = ruleReference();
		expect([...sections.keys()].sort()).toEqual(
			Object.keys(RULE_DESCRIPTIONS).sort(),
		);
		for (const [id, d] of Object.entries(RULE_DESCRIPTIONS)) {
			expect(ruleHelpUri(id).endsWith(`/docs/policy.md#${id}`)).toBe(true);
			expect(sections.get(id), id).toBe(
				`${d.full} **Fix:** ${d.fix}`.replace(/\s+/g, " "),
			);
			expect(d.short.length, id).toBeLessThan(100);
		}
	});

	it("no other heading of docs/policy.md takes a rule's anchor", () => {
		const slugs = [...docs.matchAll(/^#{1,6} (.*)$/gm)].map((m) =>
			githubSlug(m[1] as string),
		);
		for (const id of Object.keys(RULE_DESCRIPTIONS))
			expect(
				slugs.filter((s) => s === id),
				id,
			).toHaveLength(1);
	});
});
