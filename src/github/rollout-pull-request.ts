// The canary pull request itself: found by its head branch (pin-audit's own `pin-audit/rollout/...`) among the
// open pull requests, and written by the token's user; edited in place when its title or body would change,
// opened when there is none. One written by someone else from that branch is left alone.
import { isWrittenBy, sameBody, type TokenAuthor } from "./comment.js";
import type { RestClient } from "./rest-client.js";
import type { RepoTarget } from "./rollout-branch-write.js";

export interface PullRequestContent {
	branch: string;
	/** The default branch, the pull request's base. */
	base: string;
	title: string;
	body: string;
}

export type PullRequestAction = "opened" | "updated" | "unchanged" | "foreign";

interface ExistingPull {
	number: number;
	title: string;
	body: string;
	base: string;
	mergedAt: string | null;
	user: { login?: unknown; type?: unknown } | null;
}

export async function upsertRolloutPullRequest(
	client: RestClient,
	target: RepoTarget,
	author: TokenAuthor,
	content: PullRequestContent,
): Promise<{ action: PullRequestAction; number: number | null }> {
	const repo = { owner: target.owner, repo: target.repo };
	const existing = await findOpenPull(client, target, content.branch);
	if (existing === null) {
		const created = await client.request("POST /repos/{owner}/{repo}/pulls", {
			...repo,
			title: content.title,
			head: content.branch,
			base: content.base,
			body: content.body,
			maintainer_can_modify: true,
		});
		const number = (created.data as { number?: unknown }).number;
		return {
			action: "opened",
			number: typeof number === "number" ? number : null,
		};
	}
	if (!isWrittenBy(existing.user, author))
		return { action: "foreign", number: existing.number };
	const patch: Record<string, string> = {};
	if (existing.title !== content.title) patch.title = content.title;
	if (!sameBody(existing.body, content.body)) patch.body = content.body;
	if (existing.base !== content.base) patch.base = content.base;
	if (Object.keys(patch).length === 0)
		return { action: "unchanged", number: existing.number };
	await client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
		...repo,
		pull_number: existing.number,
		...patch,
	});
	return { action: "updated", number: existing.number };
}

/**
 * A pull request of ours from `branch` that someone closed without merging: the same package and version are
 * not proposed again (a newer version gets a branch, and a pull request, of its own). Null when there is none.
 */
export async function findDeclinedPull(
	client: RestClient,
	target: RepoTarget,
	author: TokenAuthor,
	branch: string,
): Promise<number | null> {
	const closed = await listPulls(client, target, branch, "closed");
	const declined = closed.find(
		(p) => p.mergedAt === null && isWrittenBy(p.user, author),
	);
	return declined?.number ?? null;
}

/** The open pull request from `branch` of this repository. */
async function findOpenPull(
	client: RestClient,
	target: RepoTarget,
	branch: string,
): Promise<ExistingPull | null> {
	return (await listPulls(client, target, branch, "open"))[0] ?? null;
}

/** Pull requests from `branch` of this repository (GitHub filters by `head=owner:branch`). */
async function listPulls(
	client: RestClient,
	target: RepoTarget,
	branch: string,
	state: "open" | "closed",
): Promise<ExistingPull[]> {
	const response = await client.request("GET /repos/{owner}/{repo}/pulls", {
		owner: target.owner,
		repo: target.repo,
		state,
		head: `${target.owner}:${branch}`,
		per_page: 100,
	});
	// A truncated or non-JSON body arrives as a string: "none open" would open a duplicate.
	if (!Array.isArray(response.data))
		throw new Error(
			`GET /repos/${target.owner}/${target.repo}/pulls: GitHub's answer is not a list of pull requests`,
		);
	const found: ExistingPull[] = [];
	for (const p of response.data as {
		number?: unknown;
		title?: unknown;
		body?: unknown;
		merged_at?: unknown;
		head?: { ref?: unknown } | null;
		base?: { ref?: unknown } | null;
		user?: { login?: unknown; type?: unknown } | null;
	}[]) {
		if (typeof p.number !== "number" || p.head?.ref !== branch) continue;
		found.push({
			number: p.number,
			title: typeof p.title === "string" ? p.title : "",
			body: typeof p.body === "string" ? p.body : "",
			base: typeof p.base?.ref === "string" ? p.base.ref : "",
			mergedAt: typeof p.merged_at === "string" ? p.merged_at : null,
			user: p.user ?? null,
		});
	}
	return found;
}
