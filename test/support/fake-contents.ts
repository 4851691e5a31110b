// The contents route of the fake GitHub: a file (base64 JSON, or raw with the raw media type) or a directory
// listing, at a ref of `state.files`.
import { type Answer, notFound } from "./fake-github-answers.js";
import { HTML } from "./fake-github-json.js";
import type { RouteContext } from "./fake-route-context.js";
import type { RouteMatch } from "./openapi-validator.js";

export function routeContents(
	ctx: RouteContext,
	key: string,
	match: RouteMatch,
	url: URL,
	_body: unknown,
	headers: Record<string, string | string[] | undefined>,
): Answer | undefined {
	if (key !== "GET /repos/{owner}/{repo}/contents/{path}") return undefined;
	const path = match.params.path ?? "";
	const ref = url.searchParams.get("ref") ?? ctx.state.defaultBranch;
	const tree = ctx.state.files[ref];
	if (!tree) return notFound(match, "No commit found for the ref");
	const text = tree[path];
	if (text === undefined) {
		const prefix = path === "" ? "" : `${path}/`;
		const children = new Map<string, "file" | "dir">();
		for (const f of Object.keys(tree)) {
			if (!f.startsWith(prefix)) continue;
			const [head, ...rest] = f.slice(prefix.length).split("/");
			if (head) children.set(head, rest.length > 0 ? "dir" : "file");
		}
		if (children.size === 0) return notFound(match);
		return {
			status: 200,
			body: [...children].map(([name, type]) =>
				contentEntry(ctx, `${prefix}${name}`, ref, type, tree),
			),
		};
	}
	const accept = String(headers.accept ?? "");
	if (/vnd\.github(\.v3)?\.raw/.test(accept))
		return {
			status: 200,
			body: text,
			contentType: "application/vnd.github.raw; charset=utf-8",
		};
	const base64 = Buffer.from(text, "utf8").toString("base64");
	return {
		status: 200,
		body: {
			...contentEntry(ctx, path, ref, "file", tree),
			// GitHub wraps the base64 content at 60 characters.
			content: `${base64.replace(/.{60}/g, "$&\n")}\n`,
			encoding: "base64",
		},
	};
}

function contentEntry(
	ctx: RouteContext,
	path: string,
	ref: string,
	type: "file" | "dir",
	tree: Record<string, string>,
): Record<string, unknown> {
	const sha = fakeSha(`${ref}:${path}:${tree[path] ?? ""}`);
	const api = `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
	const git = `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/git/${type === "file" ? "blobs" : "trees"}/${sha}`;
	const html = `${HTML}/${ctx.owner}/${ctx.repo}/${type === "file" ? "blob" : "tree"}/${ref}/${path}`;
	return {
		type,
		size: type === "file" ? Buffer.byteLength(tree[path] ?? "") : 0,
		name: path.split("/").pop() ?? path,
		path,
		sha,
		url: api,
		git_url: git,
		html_url: html,
		download_url:
			type === "file"
				? `https://raw.githubusercontent.com/${ctx.owner}/${ctx.repo}/${ref}/${path}`
				: null,
		_links: { self: api, git, html },
	};
}

/** A stable 40-hex id for fake git objects. */
function fakeSha(text: string): string {
	let h = 0x811c9dc5;
	let out = "";
	for (let round = 0; out.length < 40; round++) {
		for (const c of `${round}:${text}`)
			h = Math.imul(h ^ c.charCodeAt(0), 16777619);
		out += (h >>> 0).toString(16).padStart(8, "0");
	}
	return out.slice(0, 40);
}
