// The issue and issue-comment routes of the fake GitHub: list, create, read, edit (and close/reopen) issues;
// list, create, read, edit and delete comments.

import {
	type Answer,
	notFound,
	paginate,
	unprocessable,
} from "./fake-github-answers.js";
import type {
	FakeComment,
	FakeIssue,
	FakeState,
	FakeUser,
} from "./fake-github-state.js";
import type { RouteContext } from "./fake-route-context.js";
import type { RouteMatch } from "./openapi-validator.js";

export function routeIssues(
	ctx: RouteContext,
	key: string,
	match: RouteMatch,
	url: URL,
	body: unknown,
): Answer | undefined {
	const p = match.params;
	switch (key) {
		case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
			const issue = ctx.findIssue(p.issue_number);
			if (!issue) return notFound(match);
			const since = url.searchParams.get("since");
			const all = ctx.state.comments
				.filter((c) => c.issueNumber === issue.number)
				.filter((c) => !since || c.updatedAt >= since)
				.sort((a, b) => a.id - b.id);
			return paginate(url, all.map(ctx.json.commentJson), ctx.baseUrl());
		}
		case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
			const issue = ctx.findIssue(p.issue_number);
			if (!issue) return notFound(match);
			const text = stringField(body, "body");
			if (text === undefined) return unprocessable(match, "body");
			const t = ctx.tick();
			const comment: FakeComment = {
				id: ctx.nextId(),
				issueNumber: issue.number,
				body: text,
				user: ctx.author,
				createdAt: t,
				updatedAt: t,
			};
			ctx.state.comments.push(comment);
			return {
				status: 201,
				body: ctx.json.commentJson(comment),
				headers: {
					location: `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/issues/comments/${comment.id}`,
				},
			};
		}
		case "GET /repos/{owner}/{repo}/issues/comments/{comment_id}": {
			const comment = findComment(ctx, p.comment_id);
			return comment
				? { status: 200, body: ctx.json.commentJson(comment) }
				: notFound(match);
		}
		case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
			const comment = findComment(ctx, p.comment_id);
			if (!comment) return notFound(match);
			// A token with write access may edit anyone's comment: only the action's own author check keeps it off
			// a human's comment, which is why tests seed one.
			const text = stringField(body, "body");
			if (text === undefined) return unprocessable(match, "body");
			comment.body = text;
			comment.updatedAt = ctx.tick();
			return { status: 200, body: ctx.json.commentJson(comment) };
		}
		case "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": {
			const comment = findComment(ctx, p.comment_id);
			if (!comment) return notFound(match);
			ctx.state.comments = ctx.state.comments.filter((c) => c !== comment);
			return { status: 204 };
		}
		case "GET /repos/{owner}/{repo}/issues":
			return listIssues(ctx, url);
		case "POST /repos/{owner}/{repo}/issues": {
			const title = (body as { title?: unknown } | undefined)?.title;
			if (typeof title !== "string" && typeof title !== "number")
				return unprocessable(match, "title");
			const t = ctx.tick();
			const b = body as { body?: string; labels?: unknown[] };
			const issue: FakeIssue = {
				number: ctx.nextIssueNumber(),
				title: String(title),
				body: b.body ?? null,
				state: "open",
				stateReason: null,
				labels: labelNames(b.labels),
				user: ctx.author,
				isPullRequest: false,
				createdAt: t,
				updatedAt: t,
				closedAt: null,
			};
			ctx.state.issues.push(issue);
			return {
				status: 201,
				body: ctx.json.issueJson(issue),
				headers: {
					location: `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}`,
				},
			};
		}
		case "GET /repos/{owner}/{repo}/issues/{issue_number}": {
			const issue = ctx.findIssue(p.issue_number);
			return issue
				? { status: 200, body: ctx.json.issueJson(issue) }
				: notFound(match);
		}
		case "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
			const issue = ctx.findIssue(p.issue_number);
			if (!issue) return notFound(match);
			const b = (body ?? {}) as Record<string, unknown>;
			if (typeof b.title === "string") issue.title = b.title;
			if (typeof b.body === "string" || b.body === null)
				issue.body = b.body as string | null;
			if (Array.isArray(b.labels)) issue.labels = labelNames(b.labels);
			if (b.state === "closed" && issue.state === "open") {
				issue.state = "closed";
				issue.stateReason =
					(b.state_reason as FakeIssue["stateReason"]) ?? "completed";
				issue.closedAt = ctx.tick();
			} else if (b.state === "open" && issue.state === "closed") {
				issue.state = "open";
				issue.stateReason = "reopened";
				issue.closedAt = null;
			}
			issue.updatedAt = ctx.tick();
			return { status: 200, body: ctx.json.issueJson(issue) };
		}
		default:
			return undefined;
	}
}

function findComment(
	ctx: RouteContext,
	raw: string | undefined,
): FakeComment | undefined {
	return ctx.state.comments.find((c) => String(c.id) === raw);
}

function listIssues(ctx: RouteContext, url: URL): Answer {
	const q = url.searchParams;
	const wanted = q.get("state") ?? "open";
	const labels = (q.get("labels") ?? "")
		.split(",")
		.map((l) => l.trim())
		.filter(Boolean);
	const creator = q.get("creator");
	const sort = q.get("sort") ?? "created";
	const direction = q.get("direction") ?? "desc";
	const field = sort === "updated" ? "updatedAt" : "createdAt";
	const items = ctx.state.issues
		.filter((i) => wanted === "all" || i.state === wanted)
		.filter((i) =>
			labels.every((l) =>
				i.labels.some((x) => x.toLowerCase() === l.toLowerCase()),
			),
		)
		.filter((i) => !creator || i.user.login === creator)
		.sort((a, b) => {
			const order =
				a[field] === b[field]
					? a.number - b.number
					: a[field] < b[field]
						? -1
						: 1;
			return direction === "asc" ? order : -order;
		});
	return paginate(url, items.map(ctx.json.issueJson), ctx.baseUrl());
}

function stringField(body: unknown, name: string): string | undefined {
	const value = (body as Record<string, unknown> | undefined)?.[name];
	return typeof value === "string" ? value : undefined;
}

function labelNames(labels: unknown[] | undefined): string[] {
	return (labels ?? [])
		.map((l) =>
			typeof l === "string" ? l : String((l as { name?: unknown }).name ?? ""),
		)
		.filter(Boolean);
}

export function nextIssueNumber(state: FakeState): number {
	return Math.max(0, ...state.issues.map((i) => i.number)) + 1;
}

/** The options' pull requests (as issues), issues and comments. */
export function seedIssues(
	state: FakeState,
	options: {
		pullRequests?: number[];
		issues?: Partial<FakeIssue>[];
		comments?: Array<Omit<FakeComment, "id" | "createdAt" | "updatedAt">>;
	},
	author: FakeUser,
	tick: () => string,
	nextId: () => number,
): void {
	const base = {
		body: null,
		state: "open" as const,
		stateReason: null,
		labels: [],
		closedAt: null,
	};
	for (const number of options.pullRequests ?? []) {
		const t = tick();
		state.issues.push({
			...base,
			number,
			title: `Pull request #${number}`,
			user: { login: "contributor", id: 80001, type: "User" },
			isPullRequest: true,
			createdAt: t,
			updatedAt: t,
		});
	}
	for (const seed of options.issues ?? []) {
		const t = tick();
		state.issues.push({
			...base,
			number: nextIssueNumber(state),
			title: "Issue",
			user: author,
			isPullRequest: false,
			createdAt: t,
			updatedAt: t,
			...seed,
		});
	}
	for (const seed of options.comments ?? []) {
		const t = tick();
		state.comments.push({ ...seed, id: nextId(), createdAt: t, updatedAt: t });
	}
}
