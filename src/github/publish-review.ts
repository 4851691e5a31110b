import * as core from "@actions/core";
import type { ActionRun } from "./action-run.js";
import { findTokenAuthor, isWrittenBy, type TokenAuthor } from "./comment.js";
import type { AuditOutcome } from "./compare-sides.js";
import { readPullRequestDiff } from "./pull-request-diff.js";
import {
	describeApiError,
	errorStatus,
	isPermissionRefusal,
	type RestClient,
} from "./rest-client.js";
import { planSuggestions, type ReviewComment } from "./review-suggestions.js";

const PER_PAGE = 100;
/** 30 pages of 100 review comments: beyond that the thread is not something a step pages through. */
const MAX_PAGES = 30;

/**
 * Step: one pull-request review (event COMMENT, never approve or request changes) whose comments carry GitHub
 * suggestion blocks for the fixes on lines the diff shows, each posted once. A failure is a warning: the gate,
 * the comment and the summary go on.
 */
export async function publishReview(
	run: ActionRun,
	outcome: AuditOutcome,
): Promise<void> {
	const { ctx, inputs } = run;
	const pull = ctx.pullRequest;
	if (!pull || !inputs.suggestions) return;
	if (!outcome.view.fixes.some((fix) => fix)) return;
	const target = { owner: ctx.owner, repo: ctx.repo, pullNumber: pull.number };
	try {
		const client = await run.getClient();
		const planned = planSuggestions(
			outcome.report.findings,
			outcome.view.fixes,
			await readPullRequestDiff(client, target),
			{ pathPrefix: inputs.path, key: inputs.commentKey },
		);
		if (planned.length === 0) return;
		const posted = await listOwnMarkers(
			client,
			target,
			await findTokenAuthor(client),
		);
		const fresh = planned.filter((c) => !posted.has(c.marker));
		if (fresh.length === 0) {
			core.info(
				"pin-audit: every suggested fix is already on the pull request.",
			);
			return;
		}
		await postReview(client, target, pull.headSha, fresh);
		core.info(
			`pin-audit suggested ${countFixes(fresh.length)} in a pull-request review.`,
		);
	} catch (error) {
		run.warn(describeReviewFailure(error));
	}
}

/** The markers of the suggestion comments the token's author already wrote on this pull request. */
async function listOwnMarkers(
	client: RestClient,
	target: { owner: string; repo: string; pullNumber: number },
	author: TokenAuthor,
): Promise<Set<string>> {
	const markers = new Set<string>();
	for (let page = 1; page <= MAX_PAGES; page++) {
		const response = await client.request(
			"GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
			{
				owner: target.owner,
				repo: target.repo,
				pull_number: target.pullNumber,
				per_page: PER_PAGE,
				page,
			},
		);
		const comments = Array.isArray(response.data)
			? (response.data as {
					body?: unknown;
					user?: { login?: unknown; type?: unknown };
				}[])
			: [];
		for (const c of comments) {
			const first = typeof c.body === "string" ? c.body.split("\n")[0] : "";
			if (
				first?.startsWith("<!-- pin-audit:suggestion ") &&
				isWrittenBy(c.user, author)
			)
				markers.add(first);
		}
		if (comments.length < PER_PAGE) break;
	}
	return markers;
}

async function postReview(
	client: RestClient,
	target: { owner: string; repo: string; pullNumber: number },
	commitId: string,
	comments: readonly ReviewComment[],
): Promise<void> {
	await client.request(
		"POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
		{
			owner: target.owner,
			repo: target.repo,
			pull_number: target.pullNumber,
			commit_id: commitId,
			event: "COMMENT",
			body: `pin-audit suggests ${countFixes(comments.length)} for lines this pull request shows; each applies with one click.`,
			comments: comments.map(({ path, line, side, body }) => ({
				path,
				line,
				side,
				body,
			})),
		},
	);
}

function describeReviewFailure(error: unknown): string {
	const what = `pin-audit could not post its suggested fixes (${describeApiError(error)})`;
	if (isPermissionRefusal(error))
		return `${what}: the token needs the \`pull-requests: write\` permission (set it under \`permissions:\` in the workflow; a pull request from a fork gets a read-only token under \`pull_request\`). The gate, the comment and the summary are not affected; the fixes are in the comment.`;
	if (errorStatus(error) === 422)
		return `${what}: GitHub refused a comment on a line of the diff. The fixes are in the comment.`;
	return `${what}. The gate, the comment and the summary are not affected; the fixes are in the comment.`;
}

function countFixes(n: number): string {
	return `${n} ${n === 1 ? "fix" : "fixes"}`;
}
