import type { CommentMode } from "./inputs.js";
import { errorStatus, type RestClient } from "./rest-client.js";

// The sticky comment: exactly one per pull request and comment-key. It is found by its marker (first line)
// AND its author (the token's own user), so nobody else's comment that copies the marker is ever edited.
// Created on first need, edited in place afterwards, and left alone when the body would not change (an edit
// with the same text still bumps "edited" and costs an API write).

/** GET /user answers 403 (or 401) for the workflow's GITHUB_TOKEN, whose comments are by this user. */
export const GITHUB_ACTIONS_BOT = "github-actions[bot]";

/**
 * Who the token writes as. `installation`: GET /user was refused, as it is for installation tokens - the
 * workflow's GITHUB_TOKEN (writing as github-actions[bot]) or a GitHub App's token (writing as "<app>[bot]",
 * a login the token cannot read). Then any bot's comment with our marker is ours: a person's is never.
 */
export interface TokenAuthor {
	login: string;
	installation: boolean;
}

/** Whether a comment's or issue's `user` is the token's own. */
export function isWrittenBy(
	user: { login?: unknown; type?: unknown } | null | undefined,
	author: TokenAuthor,
): boolean {
	if (user?.login === author.login) return true;
	return author.installation && user?.type === "Bot";
}
const PER_PAGE = 100;
/** 100 pages of 100 comments: beyond that a PR's thread is not something we can page through in a step. */
const MAX_PAGES = 100;

export interface StickyTarget {
	owner: string;
	repo: string;
	issueNumber: number;
	/** The first line of the comment (render-comment.ts `commentMarker`). */
	marker: string;
}

export interface ExistingComment {
	id: number;
	body: string;
}

export type UpsertAction = "created" | "updated" | "unchanged" | "skipped";

export interface UpsertResult {
	action: UpsertAction;
	/** The sticky comment's id after the run, null when there is none. */
	id: number | null;
	/** Duplicates (same marker and author) deleted so exactly one remains. */
	deleted: number[];
}

/** Who the token writes as: GET /user, or an installation token's bot when the token cannot read it. */
export async function findTokenAuthor(
	client: RestClient,
): Promise<TokenAuthor> {
	try {
		const response = await client.request("GET /user");
		const login = (response.data as { login?: unknown } | null)?.login;
		if (typeof login === "string" && login !== "")
			return { login, installation: false };
	} catch (error) {
		const status = errorStatus(error);
		if (status !== 401 && status !== 403) throw error;
		return { login: GITHUB_ACTIONS_BOT, installation: true };
	}
	// A 200 without a login (truncated or not JSON): guessing the author would miss our comment and post a second.
	throw new Error(
		"GET /user: GitHub's answer has no login (truncated or not JSON)",
	);
}

/** Every comment on the issue with our marker as its first line and `author` as its user, oldest first. */
export async function findStickyComments(
	client: RestClient,
	target: StickyTarget,
	author: TokenAuthor,
): Promise<ExistingComment[]> {
	const found: ExistingComment[] = [];
	const seen = new Set<number>();
	for (let page = 1; page <= MAX_PAGES; page++) {
		const response = await client.request(
			"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
			{
				owner: target.owner,
				repo: target.repo,
				issue_number: target.issueNumber,
				per_page: PER_PAGE,
				page,
			},
		);
		// Octokit hands over a truncated or non-JSON body as a string: reading it as "no comments" would post a
		// duplicate of the comment we could not see.
		if (!Array.isArray(response.data))
			throw new Error(
				`GET /repos/${target.owner}/${target.repo}/issues/${target.issueNumber}/comments: GitHub's answer is not a list of comments (truncated or not JSON)`,
			);
		const comments: unknown[] = response.data;
		let fresh = 0;
		for (const c of comments as {
			id?: unknown;
			body?: unknown;
			user?: { login?: unknown; type?: unknown } | null;
		}[]) {
			if (typeof c.id !== "number" || seen.has(c.id)) continue;
			seen.add(c.id);
			fresh++;
			if (!isWrittenBy(c.user, author) || typeof c.body !== "string") continue;
			if (firstLine(c.body) === target.marker)
				found.push({ id: c.id, body: c.body });
		}
		if (comments.length < PER_PAGE || fresh === 0) break;
	}
	return found;
}

export interface UpsertOptions {
	mode: CommentMode;
	/** Whether this run has something to say by the mode's rule (see shouldCreateComment). */
	wanted: boolean;
	body: string;
	author: TokenAuthor;
}

/**
 * Creates, updates or leaves the sticky comment. An existing comment is always kept current (except with
 * `never`), whatever the mode, so it never shows a stale failure; a new one is created only when `wanted`.
 */
export async function upsertComment(
	client: RestClient,
	target: StickyTarget,
	options: UpsertOptions,
): Promise<UpsertResult> {
	if (options.mode === "never")
		return { action: "skipped", id: null, deleted: [] };
	const existing = await findStickyComments(client, target, options.author);
	const [keep, ...duplicates] = existing;
	const deleted: number[] = [];
	// Two runs that raced may both have created one; keep the oldest (its link is the one people have).
	for (const duplicate of duplicates) {
		await client.request(
			"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
			{ owner: target.owner, repo: target.repo, comment_id: duplicate.id },
		);
		deleted.push(duplicate.id);
	}
	if (keep) {
		if (sameBody(keep.body, options.body))
			return { action: "unchanged", id: keep.id, deleted };
		await client.request(
			"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
			{
				owner: target.owner,
				repo: target.repo,
				comment_id: keep.id,
				body: options.body,
			},
		);
		return { action: "updated", id: keep.id, deleted };
	}
	if (!options.wanted) return { action: "skipped", id: null, deleted };
	const created = await client.request(
		"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
		{
			owner: target.owner,
			repo: target.repo,
			issue_number: target.issueNumber,
			body: options.body,
		},
	);
	const id = (created.data as { id?: unknown }).id;
	return {
		action: "created",
		id: typeof id === "number" ? id : null,
		deleted,
	};
}

/**
 * Whether a run with no existing comment creates one: `always`; `on-change` when there are findings or
 * dependency changes; `on-failure` when the check fails; never with `never`.
 */
export function shouldCreateComment(
	mode: CommentMode,
	facts: { findings: number; upgrades: number; blocking: number },
): boolean {
	switch (mode) {
		case "always":
			return true;
		case "on-change":
			return facts.findings > 0 || facts.upgrades > 0;
		case "on-failure":
			return facts.blocking > 0;
		case "never":
			return false;
	}
}

/** The marker line of a comment or issue body. */
export function firstLine(body: string): string {
	const end = body.indexOf("\n");
	return (end < 0 ? body : body.slice(0, end)).replace(/\r$/, "").trim();
}

/** GitHub keeps the body as sent, but clients and the API may turn \n into \r\n; trailing space is invisible. */
export function sameBody(a: string, b: string): boolean {
	const normalize = (s: string) => s.replace(/\r\n/g, "\n").trimEnd();
	return normalize(a) === normalize(b);
}
