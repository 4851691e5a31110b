// Markdown as GitHub shows it, near enough to judge layout: GFM (tables, fenced code, raw HTML blocks) rendered by
// marked, styled with github-markdown-css, in a column as wide as the pull-request conversation (~780 px).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Marked } from "marked";

/** GitHub's conversation column; a comment's body is this wide minus the comment box's padding. */
export const COLUMN_PX = 780;

const marked = new Marked({ gfm: true, breaks: false });

/** The markdown's HTML (no sanitizing: what tests inspect is exactly what the markdown asks for). */
export function renderGfm(markdown: string): string {
	return marked.parse(markdown, { async: false });
}

function stylesheet(): string {
	const require = createRequire(import.meta.url);
	return readFileSync(
		require.resolve("github-markdown-css/github-markdown-light.css"),
		"utf8",
	);
}

/**
 * A standalone page: the rendered markdown in a column of COLUMN_PX, and a script that marks every element wider
 * than the column (tables and code blocks that would scroll sideways) and lists them in `#overflow`.
 */
export function renderPage(title: string, markdown: string): string {
	return `<!doctype html>
<html><head><meta charset="utf-8"><title>${title.replace(/[<&]/g, "")}</title>
<style>${stylesheet()}
body { margin: 0; background: #fff; }
.column { box-sizing: border-box; width: ${COLUMN_PX}px; padding: 16px; }
.overflowing { outline: 3px solid #d1242f; }
/* The probe: a table laid out with its code (paths, versions) unbroken, as a reader needs to read it. */
.probe { position: absolute; left: -20000px; top: 0; overflow-wrap: normal; word-wrap: normal; }
.probe code { white-space: nowrap; }
.probe table { display: table; max-width: none; overflow: visible; }
</style></head>
<body><div class="column"><article class="markdown-body">
${renderGfm(markdown)}
</article><pre id="overflow"></pre></div>
<script>
for (const d of document.querySelectorAll("details")) d.open = true;
const column = document.querySelector(".markdown-body").getBoundingClientRect();
const wide = [];
for (const el of document.querySelectorAll(".markdown-body table, .markdown-body pre, .markdown-body p, .markdown-body li")) {
	const box = el.getBoundingClientRect();
	if (el.scrollWidth > el.clientWidth + 1 || box.right > column.right + 1) {
		el.classList.add("overflowing");
		wide.push(el.tagName.toLowerCase() + ": " + el.textContent.trim().slice(0, 60));
	}
}
const probe = document.createElement("div");
probe.className = "markdown-body probe";
probe.style.width = column.width + "px";
document.body.appendChild(probe);
for (const table of document.querySelectorAll(".column table")) {
	const copy = table.cloneNode(true);
	probe.appendChild(copy);
	if (copy.getBoundingClientRect().width > column.width + 1) {
		table.classList.add("overflowing");
		wide.push("table (needs " + Math.round(copy.getBoundingClientRect().width) + " px unbroken): " + table.textContent.replace(/\\s+/g, " ").trim().slice(0, 60));
	}
	probe.removeChild(copy);
}
document.getElementById("overflow").textContent = wide.length ? "OVERFLOW\\n" + wide.join("\\n") : "";
document.body.dataset.height = String(document.documentElement.scrollHeight);
</script></body></html>
`;
}
