// The pull-request routes of the fake GitHub, as GitHub answers them: list (filtered by state, `head=owner:branch`
// and base), open (the head branch must exist and differ from the base; one open pull request per head and base),
// read, and edit title, body, state and base. A pull request is an issue too (same number, in /issues).
import {
	type Answer,
	notFound,
	paginate,
	refused,
	unprocessable,
} from "./fake-github-answers.js";
import type { FakeIssue, FakePull } from "./fake-github-state.js";
import type { RouteContext } from "./fake-route-context.js";
import { exampleOf } from "./openapi-example.js";
import type { RouteMatch } from "./openapi-validator.js";

export function routePulls(
	ctx: RouteContext,
	key: string,
	match: RouteMatch,
	url: URL,
	body: unknown,
): Answer | undefined {
	const b = (body ?? {}) as Record<string, unknown>;
	switch (key) {
		case "GET /repos/{owner}/{repo}/pulls":
			return listPulls(ctx, url);
		case "POST /repos/{owner}/{repo}/pulls":
			return openPull(ctx, match, b);
		case "GET /repos/{owner}/{repo}/pulls/{pull_number}": {
			const pull = findPull(ctx, match.params.pull_number);
			return pull
				? { status: 200, body: pullJson(ctx, pull, "pull-request") }
				: notFound(match);
		}
		case "PATCH /repos/{owner}/{repo}/pulls/{pull_number}": {
			const pull = findPull(ctx, match.params.pull_number);
			if (!pull) return notFound(match);
			const issue = ctx.findIssue(String(pull.number)) as FakeIssue;
			if (typeof b.base === "string") {
				if (!ctx.state.git.refs.has(`heads/${b.base}`))
					return refused(
						match,
						`Proposed base branch '${b.base}' was not found`,
					);
				pull.base = b.base;
			}
			if (typeof b.title === "string") issue.title = b.title;
			if (typeof b.body === "string") issue.body = b.body;
			if (b.state === "closed" || b.state === "open") {
				issue.state = b.state;
				issue.closedAt = b.state === "closed" ? ctx.tick() : null;
			}
			issue.updatedAt = ctx.tick();
			return { status: 200, body: pullJson(ctx, pull, "pull-request") };
		}
		default:
			return undefined;
	}
}

function findPull(
	ctx: RouteContext,
	raw: string | undefined,
): FakePull | undefined {
	return ctx.state.pulls.find((p) => String(p.number) === raw);
}

function listPulls(ctx: RouteContext, url: URL): Answer {
	const q = url.searchParams;
	const wanted = q.get("state") ?? "open";
	const head = q.get("head");
	const base = q.get("base");
	const items = ctx.state.pulls
		.filter((p) => {
			const issue = ctx.findIssue(String(p.number)) as FakeIssue;
			return (
				(wanted === "all" || issue.state === wanted) &&
				(head === null || head === `${ctx.owner}:${p.head}`) &&
				(base === null || base === p.base)
			);
		})
		// GitHub's default: newest first.
		.sort((a, b) => b.number - a.number)
		.map((p) => pullJson(ctx, p, "pull-request-simple"));
	return paginate(url, items, ctx.baseUrl());
}

function openPull(
	ctx: RouteContext,
	match: RouteMatch,
	b: Record<string, unknown>,
): Answer {
	if (typeof b.head !== "string")
		return unprocessable(match, "head", "PullRequest");
	if (typeof b.base !== "string")
		return unprocessable(match, "base", "PullRequest");
	const head = b.head.replace(new RegExp(`^${ctx.owner}:`), "");
	const refs = ctx.state.git.refs;
	const headCommit = refs.get(`heads/${head}`);
	const baseCommit = refs.get(`heads/${b.base}`);
	if (headCommit === undefined || baseCommit === undefined)
		return refused(
			match,
			"Validation Failed: head or base is not a branch of this repository",
		);
	if (headCommit === baseCommit)
		return refused(match, `No commits between ${b.base} and ${head}`);
	const open = ctx.state.pulls.some(
		(p) =>
			p.head === head &&
			p.base === b.base &&
			ctx.findIssue(String(p.number))?.state === "open",
	);
	if (open)
		return refused(
			match,
			`A pull request already exists for ${ctx.owner}:${head}.`,
		);
	const t = ctx.tick();
	const issue: FakeIssue = {
		number: ctx.nextIssueNumber(),
		title: typeof b.title === "string" ? b.title : head,
		body: typeof b.body === "string" ? b.body : null,
		state: "open",
		stateReason: null,
		labels: [],
		user: ctx.author,
		isPullRequest: true,
		createdAt: t,
		updatedAt: t,
		closedAt: null,
	};
	ctx.state.issues.push(issue);
	const pull: FakePull = {
		number: issue.number,
		head,
		base: b.base,
		maintainerCanModify: b.maintainer_can_modify === true,
	};
	ctx.state.pulls.push(pull);
	const body = pullJson(ctx, pull, "pull-request");
	return {
		status: 201,
		body,
		headers: { location: String(body.url) },
	};
}

/** The pull request as GitHub sends it; fields the fake has no logic for are filled from the description. */
function pullJson(
	ctx: RouteContext,
	pull: FakePull,
	shape: "pull-request" | "pull-request-simple",
): Record<string, unknown> {
	const issue = ctx.findIssue(String(pull.number)) as FakeIssue;
	const api = `${ctx.baseUrl()}/repos/${ctx.owner}/${ctx.repo}`;
	const html = `https://github.com/${ctx.owner}/${ctx.repo}/pull/${pull.number}`;
	const branch = (ref: string) => ({
		label: `${ctx.owner}:${ref}`,
		ref,
		sha: ctx.state.git.refs.get(`heads/${ref}`) ?? "0".repeat(40),
		user: ctx.simpleUser(ctx.ownerUser),
		repo: (exampleOf("pull-request").base as { repo: unknown }).repo,
	});
	return {
		...exampleOf(shape),
		url: `${api}/pulls/${pull.number}`,
		id: 4_000_000_000 + pull.number,
		node_id: `PR_kwDO${Buffer.from(String(pull.number)).toString("base64url")}`,
		html_url: html,
		diff_url: `${html}.diff`,
		patch_url: `${html}.patch`,
		issue_url: `${api}/issues/${pull.number}`,
		number: pull.number,
		state: issue.state,
		locked: false,
		title: issue.title,
		user: ctx.simpleUser(issue.user),
		body: issue.body,
		labels: [],
		created_at: issue.createdAt,
		updated_at: issue.updatedAt,
		closed_at: issue.closedAt,
		merged_at: null,
		merge_commit_sha: null,
		head: branch(pull.head),
		base: branch(pull.base),
		author_association: issue.user.type === "Bot" ? "NONE" : "MEMBER",
		draft: false,
		...(shape === "pull-request"
			? { maintainer_can_modify: pull.maintainerCanModify, merged: false }
			: {}),
	};
}
