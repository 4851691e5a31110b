// The same repository gives byte-identical JSON and markdown, whatever order its files were created in
// (which decides the order the file system lists them in) and however the concurrent reads interleave.
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import { renderJson } from "../../src/report/render-json.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { FIXTURES } from "./hostile-tree.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const base = mkdtempSync(join(tmpdir(), "pin-audit-determinism-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((p) => statSync(join(dir, p)).isFile())
		.sort();
}

/** Copies `sources` into `root` file by file, in the order `order` gives. */
function createTree(
	root: string,
	sources: string[],
	order: (files: string[]) => string[],
): void {
	rmSync(root, { recursive: true, force: true });
	const files = sources.flatMap((source) =>
		listFiles(source).map((p) => ({
			from: join(source, p),
			to: join(root, relative(dirname(source), source), p),
		})),
	);
	const byPath = new Map(files.map((f) => [f.to, f.from]));
	for (const to of order([...byPath.keys()])) {
		mkdirSync(dirname(to), { recursive: true });
		writeFileSync(to, readFileSync(byPath.get(to) as string));
	}
}

async function auditTwice(sources: string[]) {
	// One path for both runs: the report names its root.
	const root = join(base, "repo");
	const results: { json: string; markdown: string }[] = [];
	for (const order of [
		(files: string[]) => files,
		(files: string[]) => [...files].reverse(),
	]) {
		createTree(root, sources, order);
		const report = await auditRepository({
			root,
			offline: true,
			env: {},
			today: new Date("2025-06-01T00:00:00Z"),
		});
		results.push({
			json: renderJson(report),
			markdown: renderMarkdown(report),
		});
	}
	return results;
}

describe("determinism", () => {
	it("the example fleet and the hostile fixtures give the same bytes in both creation orders", async () => {
		const [first, second] = await auditTwice([
			join(EXAMPLES, "mcp-fleet"),
			FIXTURES,
		]);
		expect(first?.json.length).toBeGreaterThan(1000);
		expect(second?.json).toBe(first?.json);
		expect(second?.markdown).toBe(first?.markdown);
	});

	it("the same directory audited twice gives the same bytes", async () => {
		const root = join(base, "again");
		cpSync(join(EXAMPLES, "mcp-fleet"), root, { recursive: true });
		const run = async () =>
			renderJson(
				await auditRepository({
					root,
					offline: true,
					env: {},
					today: new Date("2025-06-01T00:00:00Z"),
				}),
			);
		expect(await run()).toBe(await run());
	});
});
