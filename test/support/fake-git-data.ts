// The Git Data API of the fake GitHub, as GitHub answers it: read a ref and a commit; create blobs, trees (on a
// base tree; a null sha deletes a path), commits and refs; move a ref (a fast-forward unless `force`). And the
// repository itself (GET /repos/{owner}/{repo}), for its default branch.

import {
	type GitObject,
	isAncestor,
	storeBlob,
	storeCommit,
	storeTree,
	type TreeEntry,
} from "./fake-git-objects.js";
import {
	type Answer,
	notFound,
	refused,
	unprocessable,
} from "./fake-github-answers.js";
import type { RouteContext } from "./fake-route-context.js";
import { exampleOf } from "./openapi-example.js";
import type { RouteMatch } from "./openapi-validator.js";

export function routeGitData(
	ctx: RouteContext,
	key: string,
	match: RouteMatch,
	_url: URL,
	body: unknown,
): Answer | undefined {
	const b = (body ?? {}) as Record<string, unknown>;
	const git = ctx.state.git;
	switch (key) {
		case "GET /repos/{owner}/{repo}":
			return { status: 200, body: repositoryJson(ctx) };
		case "GET /repos/{owner}/{repo}/git/ref/{ref}": {
			const ref = match.params.ref ?? "";
			return git.refs.has(ref)
				? { status: 200, body: refJson(ctx, ref) }
				: notFound(match);
		}
		case "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": {
			const sha = match.params.commit_sha ?? "";
			return git.objects.get(sha)?.type === "commit"
				? { status: 200, body: commitJson(ctx, sha) }
				: notFound(match);
		}
		case "POST /repos/{owner}/{repo}/git/blobs": {
			if (typeof b.content !== "string")
				return unprocessable(match, "content", "Blob");
			const encoding = b.encoding ?? "utf-8";
			if (encoding !== "utf-8" && encoding !== "base64")
				return refused(match, `encoding must be utf-8 or base64`);
			const sha = storeBlob(
				git,
				Buffer.from(b.content, encoding === "base64" ? "base64" : "utf8"),
			);
			return {
				status: 201,
				body: { url: objectUrl(ctx, "blobs", sha), sha },
				headers: { location: objectUrl(ctx, "blobs", sha) },
			};
		}
		case "POST /repos/{owner}/{repo}/git/trees":
			return createTree(ctx, match, b);
		case "POST /repos/{owner}/{repo}/git/commits":
			return createCommit(ctx, match, b);
		case "POST /repos/{owner}/{repo}/git/refs": {
			const ref = typeof b.ref === "string" ? b.ref : "";
			if (!/^refs\/[^/]+\/.+/.test(ref))
				return refused(
					match,
					"Reference name must start with 'refs/' and have at least two slashes.",
				);
			if (!isValidRefName(ref))
				return refused(match, `${ref} is not a valid ref name.`);
			const short = ref.slice("refs/".length);
			if (git.refs.has(short))
				return refused(match, "Reference already exists");
			if (git.objects.get(String(b.sha))?.type !== "commit")
				return refused(match, "Object does not exist");
			git.refs.set(short, String(b.sha));
			return { status: 201, body: refJson(ctx, short) };
		}
		case "PATCH /repos/{owner}/{repo}/git/refs/{ref}": {
			const ref = match.params.ref ?? "";
			const old = git.refs.get(ref);
			if (old === undefined) return refused(match, "Reference does not exist");
			const sha = String(b.sha);
			if (git.objects.get(sha)?.type !== "commit")
				return refused(match, "Object does not exist");
			if (b.force !== true && !isAncestor(git, old, sha))
				return refused(match, "Update is not a fast forward");
			git.refs.set(ref, sha);
			return { status: 200, body: refJson(ctx, ref) };
		}
		default:
			return undefined;
	}
}

interface TreeItem {
	path?: unknown;
	mode?: unknown;
	type?: unknown;
	sha?: unknown;
	content?: unknown;
}

function createTree(
	ctx: RouteContext,
	match: RouteMatch,
	b: Record<string, unknown>,
): Answer {
	const git = ctx.state.git;
	if (!Array.isArray(b.tree)) return unprocessable(match, "tree", "Tree");
	let entries = new Map<string, TreeEntry>();
	if (b.base_tree !== undefined) {
		const base = git.objects.get(String(b.base_tree));
		if (base?.type !== "tree")
			return refused(match, "base_tree is not a valid tree oid");
		entries = new Map(base.entries);
	}
	for (const item of b.tree as TreeItem[]) {
		if (
			typeof item.path !== "string" ||
			item.path === "" ||
			item.path.startsWith("/")
		)
			return refused(match, "tree.path is invalid");
		if (item.type !== "blob")
			return refused(
				match,
				`tree.type ${String(item.type)} is not supported by this fake`,
			);
		if (item.sha !== undefined && item.content !== undefined)
			return refused(match, "tree.sha and tree.content cannot both be set");
		if (item.sha === null) {
			entries.delete(item.path);
			continue;
		}
		const sha =
			typeof item.content === "string"
				? storeBlob(git, Buffer.from(item.content, "utf8"))
				: String(item.sha);
		if (git.objects.get(sha)?.type !== "blob")
			return refused(match, `tree.sha ${sha} is not a valid blob`);
		entries.set(item.path, { mode: String(item.mode), sha });
	}
	const sha = storeTree(git, entries);
	const top = [...entries]
		.filter(([path]) => !path.includes("/"))
		.map(([path, e]) => ({
			path,
			mode: e.mode,
			type: "blob",
			sha: e.sha,
			url: objectUrl(ctx, "blobs", e.sha),
		}));
	return {
		status: 201,
		body: {
			sha,
			url: objectUrl(ctx, "trees", sha),
			tree: top,
			truncated: false,
		},
	};
}

function createCommit(
	ctx: RouteContext,
	match: RouteMatch,
	b: Record<string, unknown>,
): Answer {
	const git = ctx.state.git;
	if (git.objects.get(String(b.tree))?.type !== "tree")
		return refused(match, "Tree SHA does not exist");
	const parents = Array.isArray(b.parents) ? b.parents.map(String) : [];
	if (parents.some((p) => git.objects.get(p)?.type !== "commit"))
		return refused(
			match,
			"Parent SHA does not exist or is not a commit object",
		);
	const date = ctx.tick();
	const person = {
		name: ctx.author.login,
		email: `${ctx.author.id}+${ctx.author.login}@users.noreply.github.com`,
		date,
	};
	const sha = storeCommit(git, {
		tree: String(b.tree),
		parents,
		message: typeof b.message === "string" ? b.message : "",
		author: person,
		committer: person,
	});
	return {
		status: 201,
		body: commitJson(ctx, sha),
		headers: { location: objectUrl(ctx, "commits", sha) },
	};
}

/** git check-ref-format, the rules GitHub applies to a new ref. */
function isValidRefName(ref: string): boolean {
	return (
		![...ref].some(
			(c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f,
		) &&
		!/[~^:?*[\\]|\.\.|@\{|\/\/|\/$|\.$/.test(ref) &&
		ref
			.split("/")
			.every(
				(part) =>
					part !== "" && !part.startsWith(".") && !part.endsWith(".lock"),
			)
	);
}

function objectUrl(ctx: RouteContext, kind: string, sha: string): string {
	return `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/git/${kind}/${sha}`;
}

function refJson(ctx: RouteContext, ref: string): Record<string, unknown> {
	const sha = ctx.state.git.refs.get(ref) ?? "";
	return {
		ref: `refs/${ref}`,
		node_id: `REF_${Buffer.from(ref).toString("base64url")}`,
		url: `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/git/refs/${ref}`,
		object: { type: "commit", sha, url: objectUrl(ctx, "commits", sha) },
	};
}

function commitJson(ctx: RouteContext, sha: string): Record<string, unknown> {
	const commit = ctx.state.git.objects.get(sha) as Extract<
		GitObject,
		{ type: "commit" }
	>;
	const html = (c: string) =>
		`https://github.com/${ctx.owner}/${ctx.repo}/commit/${c}`;
	return {
		sha,
		node_id: `C_${Buffer.from(sha).toString("base64url")}`,
		url: objectUrl(ctx, "commits", sha),
		html_url: html(sha),
		author: commit.author,
		committer: commit.committer,
		message: commit.message,
		tree: { sha: commit.tree, url: objectUrl(ctx, "trees", commit.tree) },
		parents: commit.parents.map((p) => ({
			sha: p,
			url: objectUrl(ctx, "commits", p),
			html_url: html(p),
		})),
		verification: {
			verified: false,
			reason: "unsigned",
			signature: null,
			payload: null,
			verified_at: null,
		},
	};
}

function repositoryJson(ctx: RouteContext): Record<string, unknown> {
	const api = `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}`;
	return {
		...exampleOf("full-repository"),
		id: 700_000_001,
		node_id: "R_kgDOfake",
		name: ctx.repo,
		full_name: `${ctx.owner}/${ctx.repo}`,
		owner: ctx.simpleUser(ctx.ownerUser),
		private: false,
		html_url: `https://github.com/${ctx.owner}/${ctx.repo}`,
		url: api,
		default_branch: ctx.state.defaultBranch,
	};
}
