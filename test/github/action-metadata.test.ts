import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INPUT_NAMES, loadInputs } from "../../src/github/inputs.js";

// The README's inputs and outputs tables, the action.yml metadata and the input schema must name the same
// things: a check, so they cannot drift apart.

const root = new URL("../../", import.meta.url);
const actionYml = readFileSync(new URL("action.yml", root), "utf8");
const readme = readFileSync(new URL("README.md", root), "utf8");

/** Keys two spaces under a top-level `section:` of action.yml, with their `default:` when there is one. */
function yamlSection(section: string): Map<string, string | undefined> {
	const keys = new Map<string, string | undefined>();
	const lines = actionYml.split("\n");
	let inside = false;
	let current: string | null = null;
	for (const line of lines) {
		if (/^\S/.test(line)) {
			inside = line.startsWith(`${section}:`);
			continue;
		}
		if (!inside) continue;
		const key = /^ {2}([\w-]+):\s*$/.exec(line);
		if (key) {
			current = key[1] as string;
			keys.set(current, undefined);
			continue;
		}
		const def = /^ {4}default:\s*(.*)$/.exec(line);
		if (def && current) keys.set(current, def[1]);
	}
	return keys;
}

/** First-column names of the markdown table under `### <heading>` in the README's GitHub Action section. */
function readmeTable(heading: string): Map<string, string[]> {
	const section = readme.slice(
		readme.indexOf("## GitHub Action"),
		readme.indexOf("## Development"),
	);
	const start = section.indexOf(`### ${heading}`);
	expect(start).toBeGreaterThanOrEqual(0);
	const rows = new Map<string, string[]>();
	for (const line of section.slice(start).split("\n").slice(1)) {
		if (line.startsWith("### ")) break;
		const match = /^\| `([\w-]+)` \|(.*)\|$/.exec(line);
		if (match)
			rows.set(
				match[1] as string,
				(match[2] as string).split(" | ").map((c) => c.trim()),
			);
	}
	return rows;
}

describe("action metadata", () => {
	it("README inputs table matches action.yml and the input schema", () => {
		const inputs = yamlSection("inputs");
		const table = readmeTable("Inputs");
		expect([...table.keys()]).toEqual([...inputs.keys()]);
		expect([...inputs.keys()].sort()).toEqual([...INPUT_NAMES].sort());
	});

	it("README outputs table matches action.yml", () => {
		expect([...readmeTable("Outputs").keys()]).toEqual([
			...yamlSection("outputs").keys(),
		]);
	});

	it("action.yml sets no default but token's; the README's defaults are the schema's", () => {
		const defaults = [...yamlSection("inputs")].filter(
			([, value]) => value !== undefined,
		);
		// biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression, literally
		expect(defaults).toEqual([["token", "${{ github.token }}"]]);
		const schema = loadInputs(() => "");
		const table = readmeTable("Inputs");
		expect(table.get("comment")?.at(-1)).toBe(`\`${schema.comment}\``);
		expect(table.get("fail-on")?.at(-1)).toBe(`\`${schema.failOn}\``);
		expect(table.get("comment-key")?.at(-1)).toBe(`\`${schema.commentKey}\``);
		expect(table.get("offline")?.at(-1)).toBe(`\`${schema.offline}\``);
	});

	it("runs on node24 from the bundle", () => {
		expect(actionYml).toMatch(
			/^runs:\n {2}using: node24\n {2}main: dist\/action\.mjs$/m,
		);
	});
});
