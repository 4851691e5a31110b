// Writes a branch through GitHub's Git Data API, never the working tree and never the default branch: blobs for
// the changed files, a tree on top of the base commit's tree, a commit whose parent is the base commit, then the
// ref (created, or moved with force: the branch is pin-audit's own). A rerun that would write the same tree on
// the same base leaves the branch alone.
import { errorStatus, type RestClient } from "./rest-client.js";

export interface RepoTarget {
	owner: string;
	repo: string;
}

export interface BranchWrite {
	/** Branch name without `refs/heads/`. */
	branch: string;
	/** The default branch: a ref this module refuses to write. */
	protectedBranch: string;
	/** The commit the branch's commit sits on (the default branch's head). */
	baseCommit: string;
	/** Path in the repository -> new UTF-8 text. */
	files: ReadonlyMap<string, string>;
	message: string;
}

export type BranchAction = "created" | "updated" | "unchanged";

/** A ref path for a route: each segment percent-encoded, the slashes kept (GitHub Enterprise needs them raw). */
function refPath(ref: string): string {
	return ref.split("/").map(encodeURIComponent).join("/");
}

/** The commit a branch points at, null when the branch does not exist. */
export async function readBranchCommit(
	client: RestClient,
	target: RepoTarget,
	branch: string,
): Promise<string | null> {
	try {
		const response = await client.request(
			`GET /repos/{owner}/{repo}/git/ref/heads/${refPath(branch)}`,
			{ owner: target.owner, repo: target.repo },
		);
		const object = (response.data as { object?: { sha?: unknown } }).object;
		if (typeof object?.sha !== "string")
			throw new Error(`GET git/ref/heads/${branch}: no commit in the answer`);
		return object.sha;
	} catch (error) {
		if (errorStatus(error) === 404) return null;
		throw error;
	}
}

/** A commit's tree and first parent. */
export async function readCommit(
	client: RestClient,
	target: RepoTarget,
	sha: string,
): Promise<{ tree: string; parent: string | null }> {
	const response = await client.request(
		"GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
		{ owner: target.owner, repo: target.repo, commit_sha: sha },
	);
	const data = response.data as {
		tree?: { sha?: unknown };
		parents?: { sha?: unknown }[];
	};
	if (typeof data.tree?.sha !== "string")
		throw new Error(`GET git/commits/${sha}: no tree in the answer`);
	const parent = data.parents?.[0]?.sha;
	return {
		tree: data.tree.sha,
		parent: typeof parent === "string" ? parent : null,
	};
}

export async function writeBranch(
	client: RestClient,
	target: RepoTarget,
	write: BranchWrite,
): Promise<{ action: BranchAction; commit: string }> {
	if (write.branch === write.protectedBranch)
		throw new Error(`refusing to write the default branch ${write.branch}`);
	const repo = { owner: target.owner, repo: target.repo };
	const base = await readCommit(client, target, write.baseCommit);
	const entries = [];
	for (const [path, text] of [...write.files].sort(([a], [b]) =>
		a < b ? -1 : 1,
	)) {
		const blob = await client.request("POST /repos/{owner}/{repo}/git/blobs", {
			...repo,
			content: text,
			encoding: "utf-8",
		});
		entries.push({ path, mode: "100644", type: "blob", sha: shaOf(blob.data) });
	}
	const tree = shaOf(
		(
			await client.request("POST /repos/{owner}/{repo}/git/trees", {
				...repo,
				base_tree: base.tree,
				tree: entries,
			})
		).data,
	);
	const existing = await readBranchCommit(client, target, write.branch);
	if (existing !== null) {
		const current = await readCommit(client, target, existing);
		if (current.tree === tree && current.parent === write.baseCommit)
			return { action: "unchanged", commit: existing };
	}
	const commit = shaOf(
		(
			await client.request("POST /repos/{owner}/{repo}/git/commits", {
				...repo,
				message: write.message,
				tree,
				parents: [write.baseCommit],
			})
		).data,
	);
	if (existing === null) {
		await client.request("POST /repos/{owner}/{repo}/git/refs", {
			...repo,
			ref: `refs/heads/${write.branch}`,
			sha: commit,
		});
		return { action: "created", commit };
	}
	await client.request(
		`PATCH /repos/{owner}/{repo}/git/refs/heads/${refPath(write.branch)}`,
		{ ...repo, sha: commit, force: true },
	);
	return { action: "updated", commit };
}

function shaOf(data: unknown): string {
	const sha = (data as { sha?: unknown } | null)?.sha;
	if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/.test(sha))
		throw new Error("GitHub's answer has no object id (sha)");
	return sha;
}
