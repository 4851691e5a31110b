// The documents a person reads, rendered as GitHub renders markdown (GFM), checked for structure: tables short
// enough for the conversation column, every finding location a link to its line at the head commit, and no text
// from the repository ever becoming an element. `npm run preview` renders the same documents for a human.
import { beforeAll, describe, expect, it } from "vitest";
import { MCP_STACK_LINKS } from "../../src/knowledge/mcp-stack-links.js";
import {
	buildPreviewDocuments,
	type PreviewDocument,
} from "../support/preview-scenarios.js";
import { renderGfm } from "../support/render-gfm.js";

const HEAD_BLOB =
	"https://github.com/octo-org/mcp-fleet/blob/3f6c1d2e9a8b7c6d5e4f30211203948576afbecd/";
/** Every element the renderers ask for; anything else came from repository text. */
const ALLOWED = new Set(
	"h3 h4 p strong em code a ul li pre details summary b sub table thead tbody tr th td br".split(
		" ",
	),
);

let documents: (PreviewDocument & { html: string })[] = [];
beforeAll(async () => {
	documents = (await buildPreviewDocuments()).map((d) => ({
		...d,
		html: renderGfm(d.markdown),
	}));
}, 120_000);

function tables(html: string): string[] {
	return html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
}

describe("rendered comment, summary, markdown and drift issue", () => {
	it("has no table of more than five columns", () => {
		expect(documents.length).toBeGreaterThanOrEqual(8);
		for (const d of documents)
			for (const table of tables(d.html)) {
				const header = /<tr>[\s\S]*?<\/tr>/.exec(table)?.[0] ?? "";
				const columns = header.match(/<th[\s>]/g)?.length ?? 0;
				expect(columns, `${d.name}: ${header}`).toBeGreaterThan(0);
				expect(columns, `${d.name}: ${header}`).toBeLessThanOrEqual(5);
			}
	});

	it("links each dependency change's release, changelog and tag comparison in one short column", () => {
		const comment = documents.find((d) => d.name === "upgrade-comment");
		const row = (name: string) =>
			comment?.markdown
				.split("\n")
				.find((l) => l.startsWith(`| \`${name}\` |`));
		expect(row("uvicorn")).toBe(
			"| `uvicorn` | `0.34.0` → `0.35.0` | minor | [release](https://pypi.org/project/uvicorn/0.35.0/) · [changelog](https://www.uvicorn.org/release-notes) · [compare](https://github.com/encode/uvicorn/compare/0.34.0...0.35.0) |",
		);
		// An offline all clear still says what it could not look at.
		expect(comment?.markdown).toMatch(/^### ✅ pin-audit: all clear$/m);
		expect(comment?.markdown).toContain("\nNot checked: yanked, too-new");
		// A post-release has no tag the shipped knowledge can name.
		expect(row("anyio")).toBe(
			"| `anyio` | `4.6.2.post1` → `4.8.0` | minor | [release](https://pypi.org/project/anyio/4.8.0/) · [changelog](https://anyio.readthedocs.io/en/stable/versionhistory.html) |",
		);
	});

	it("links every finding location in a pull request's documents to its line at the head commit", () => {
		const pull = documents.filter(
			(d) => d.kind === "comment" || d.kind === "summary",
		);
		let locations = 0;
		for (const d of pull) {
			// A location is code holding `path:line`; it must be the text of a link to that line.
			for (const m of d.html.matchAll(/<code>([^<]*?):(\d+)<\/code>/g)) {
				const [code, path, line] = m as unknown as [string, string, string];
				if (!/\.(txt|toml|in|lock)$/.test(path.replace(/&[a-z]+;/g, "")))
					continue;
				locations++;
				const before = d.html.slice(0, m.index);
				const anchor = before.slice(before.lastIndexOf("<a "));
				expect(anchor, `${d.name}: ${code}`).toMatch(
					new RegExp(`^<a href="${HEAD_BLOB}[^"]+#L${line}">$`),
				);
			}
		}
		expect(locations).toBeGreaterThanOrEqual(4);
	});

	it("shows the new finding of a 72-server fleet in full, first, with its link", () => {
		const comment = documents.find((d) => d.name === "fleet-72-comment");
		const markdown = comment?.markdown ?? "";
		expect(markdown).toMatch(
			/^### ❌ pin-audit: 1 new error · \d+ already on the base$/m,
		);
		expect(markdown.indexOf("#### New in this change")).toBeLessThan(
			markdown.indexOf("#### Already on the base"),
		);
		expect(markdown).toContain(
			`[\`servers/mcp-server-17/requirements-mcp.txt:7\`](${HEAD_BLOB}servers/mcp-server-17/requirements-mcp.txt#L7)`,
		);
		expect(markdown.length).toBeLessThanOrEqual(65_536);
	});

	it("never turns hostile repository text into an element, an attribute or a foreign link", () => {
		const hostile = documents.filter((d) => d.name.startsWith("hostile"));
		expect(hostile.length).toBe(2);
		for (const d of hostile) {
			expect(d.markdown).toContain("onerror=alert(1)");
			const tags = new Set(
				[...d.html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) =>
					(m[1] as string).toLowerCase(),
				),
			);
			expect(
				[...tags].filter((t) => !ALLOWED.has(t)),
				d.name,
			).toEqual([]);
			expect(d.html).not.toMatch(/<[^>]*\sonerror=/i);
			const hrefs = [...d.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
			for (const href of hrefs)
				expect(
					/^https:\/\/(github\.com\/octo-org\/mcp-fleet\/|pypi\.org\/project\/)/.test(
						href ?? "",
					) || isShippedLink(href ?? ""),
					`${d.name}: ${href}`,
				).toBe(true);
		}
	});
});

/** A changelog or a compare view of the shipped MCP-stack knowledge: our data, not the repository's. */
function isShippedLink(href: string): boolean {
	return [...MCP_STACK_LINKS.values()].some(
		(k) =>
			href === k.changelog ||
			new RegExp(
				`^${k.repository.replace(/[.]/g, "\\.")}/compare/v?\\d+\\.\\d+\\.\\d+\\.\\.\\.v?\\d+\\.\\d+\\.\\d+$`,
			).test(href),
	);
}
