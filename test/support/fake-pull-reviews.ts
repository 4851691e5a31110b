// The pull-request review endpoints of the fake GitHub: the pull request's files (with their unified diff),
// its review comments, and creating a review. Like GitHub, a review with a comment on a line the diff does not
// show is refused whole with 422 "Line could not be resolved".
import type { FakeUser } from "./fake-github-state.js";
import type { RouteMatch } from "./openapi-validator.js";

export interface FakePullFile {
	filename: string;
	status: "added" | "modified" | "removed" | "renamed";
	/** The unified diff of the file (GitHub omits it for binary or very large files). */
	patch?: string;
}

export interface FakeReviewComment {
	id: number;
	pullNumber: number;
	reviewId: number;
	path: string;
	line: number;
	body: string;
	user: FakeUser;
	commitId: string;
	createdAt: string;
}

export interface FakeReview {
	id: number;
	pullNumber: number;
	event: string;
	body: string;
	commitId: string;
	user: FakeUser;
}

export interface PullReviewState {
	/** pull number -> its files, as GET /pulls/{n}/files lists them. */
	pullFiles: Record<number, FakePullFile[]>;
	reviewComments: FakeReviewComment[];
	reviews: FakeReview[];
}

export interface Answer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

/** What the review routes borrow from the fake GitHub. */
export interface ReviewRouteContext {
	owner: string;
	repo: string;
	baseUrl: () => string;
	author: FakeUser;
	tick: () => string;
	nextId: () => number;
	isPullRequest: (number: string | undefined) => boolean;
	simpleUser: (u: FakeUser) => Record<string, unknown>;
	paginate: (url: URL, items: unknown[]) => Answer;
	notFound: (match: RouteMatch) => Answer;
	docsUrl: (match: RouteMatch) => string;
}

const HTML = "https://github.com";

/** The answer for a review route, or null when the route is not one of them. */
export function routePullReviews(
	state: PullReviewState,
	ctx: ReviewRouteContext,
	key: string,
	match: RouteMatch,
	url: URL,
	body: unknown,
): Answer | null {
	const number = match.params.pull_number;
	switch (key) {
		case "GET /repos/{owner}/{repo}/pulls/{pull_number}/files":
			if (!ctx.isPullRequest(number)) return ctx.notFound(match);
			return ctx.paginate(
				url,
				(state.pullFiles[Number(number)] ?? []).map((f) => fileJson(ctx, f)),
			);
		case "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments":
			if (!ctx.isPullRequest(number)) return ctx.notFound(match);
			return ctx.paginate(
				url,
				state.reviewComments
					.filter((c) => c.pullNumber === Number(number))
					.map((c) => reviewCommentJson(ctx, c)),
			);
		case "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews":
			if (!ctx.isPullRequest(number)) return ctx.notFound(match);
			return createReview(state, ctx, match, Number(number), body);
		default:
			return null;
	}
}

interface ReviewBody {
	commit_id?: string;
	body?: string;
	event?: string;
	comments?: { path: string; line?: number; side?: string; body: string }[];
}

function createReview(
	state: PullReviewState,
	ctx: ReviewRouteContext,
	match: RouteMatch,
	pullNumber: number,
	raw: unknown,
): Answer {
	const review = (raw ?? {}) as ReviewBody;
	const refuse = (message: string): Answer => ({
		status: 422,
		body: {
			message: "Unprocessable Entity",
			errors: [message],
			documentation_url: ctx.docsUrl(match),
			status: "422",
		},
	});
	if (
		(review.event === "COMMENT" || review.event === "REQUEST_CHANGES") &&
		!review.body
	)
		return refuse("Body is required");
	const files = state.pullFiles[pullNumber] ?? [];
	for (const c of review.comments ?? []) {
		const file = files.find((f) => f.filename === c.path);
		const shown = file?.patch ? rightSideLines(file.patch) : new Set<number>();
		if (
			c.line === undefined ||
			(c.side ?? "RIGHT") !== "RIGHT" ||
			!shown.has(c.line)
		)
			return refuse("Line could not be resolved");
	}
	const t = ctx.tick();
	const commitId = review.commit_id ?? "0".repeat(40);
	const created: FakeReview = {
		id: ctx.nextId(),
		pullNumber,
		event: review.event ?? "PENDING",
		body: review.body ?? "",
		commitId,
		user: ctx.author,
	};
	state.reviews.push(created);
	for (const c of review.comments ?? [])
		state.reviewComments.push({
			id: ctx.nextId(),
			pullNumber,
			reviewId: created.id,
			path: c.path,
			line: c.line as number,
			body: c.body,
			user: ctx.author,
			commitId,
			createdAt: t,
		});
	const pullUrl = `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/pulls/${pullNumber}`;
	const html = `${HTML}/${ctx.owner}/${ctx.repo}/pull/${pullNumber}#pullrequestreview-${created.id}`;
	return {
		status: 200,
		body: {
			id: created.id,
			node_id: `PRR_kwDO${Buffer.from(String(created.id)).toString("base64url")}`,
			user: ctx.simpleUser(ctx.author),
			body: created.body,
			state: created.event === "COMMENT" ? "COMMENTED" : created.event,
			html_url: html,
			pull_request_url: pullUrl,
			_links: { html: { href: html }, pull_request: { href: pullUrl } },
			submitted_at: t,
			commit_id: commitId,
			author_association: ctx.author.type === "Bot" ? "NONE" : "MEMBER",
		},
	};
}

/** The right-side line numbers a unified diff shows (added and context lines). */
export function rightSideLines(patch: string): Set<number> {
	const lines = new Set<number>();
	let next: number | null = null;
	for (const line of patch.split("\n")) {
		const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
		if (hunk) next = Number(hunk[1]);
		else if (next !== null && (line.startsWith("+") || line.startsWith(" ")))
			lines.add(next++);
	}
	return lines;
}

function fileJson(
	ctx: ReviewRouteContext,
	f: FakePullFile,
): Record<string, unknown> {
	const additions = (f.patch ?? "")
		.split("\n")
		.filter((l) => /^\+/.test(l)).length;
	const deletions = (f.patch ?? "")
		.split("\n")
		.filter((l) => /^-/.test(l)).length;
	const path = f.filename.split("/").map(encodeURIComponent).join("/");
	return {
		sha: "1".repeat(40),
		filename: f.filename,
		status: f.status,
		additions,
		deletions,
		changes: additions + deletions,
		blob_url: `${HTML}/${ctx.owner}/${ctx.repo}/blob/${"1".repeat(40)}/${path}`,
		raw_url: `${HTML}/${ctx.owner}/${ctx.repo}/raw/${"1".repeat(40)}/${path}`,
		contents_url: `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/contents/${path}?ref=${"1".repeat(40)}`,
		...(f.patch !== undefined ? { patch: f.patch } : {}),
	};
}

function reviewCommentJson(
	ctx: ReviewRouteContext,
	c: FakeReviewComment,
): Record<string, unknown> {
	const base = `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}`;
	const self = `${base}/pulls/comments/${c.id}`;
	const html = `${HTML}/${ctx.owner}/${ctx.repo}/pull/${c.pullNumber}#discussion_r${c.id}`;
	const pullUrl = `${base}/pulls/${c.pullNumber}`;
	return {
		url: self,
		pull_request_review_id: c.reviewId,
		id: c.id,
		node_id: `PRRC_kwDO${Buffer.from(String(c.id)).toString("base64url")}`,
		diff_hunk: `@@ -${c.line},1 +${c.line},1 @@`,
		path: c.path,
		commit_id: c.commitId,
		original_commit_id: c.commitId,
		user: ctx.simpleUser(c.user),
		body: c.body,
		created_at: c.createdAt,
		updated_at: c.createdAt,
		html_url: html,
		pull_request_url: pullUrl,
		author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
		_links: {
			self: { href: self },
			html: { href: html },
			pull_request: { href: pullUrl },
		},
		line: c.line,
		original_line: c.line,
		side: "RIGHT",
	};
}
