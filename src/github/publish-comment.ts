import * as core from "@actions/core";
import { commentMarker, renderComment } from "../report/render-comment.js";
import type { ActionRun } from "./action-run.js";
import {
	findTokenAuthor,
	shouldCreateComment,
	upsertComment,
} from "./comment.js";
import type { AuditOutcome } from "./compare-sides.js";
import {
	describeApiError,
	failedRequest,
	isPermissionRefusal,
} from "./rest-client.js";

/** Step: the sticky pull-request comment; its id (or "") becomes the `comment-id` output. */
export async function publishComment(
	run: ActionRun,
	outcome: AuditOutcome,
): Promise<void> {
	const commentId = await upsertStickyComment(run, outcome);
	core.setOutput("comment-id", commentId ?? "");
}

async function upsertStickyComment(
	run: ActionRun,
	outcome: AuditOutcome,
): Promise<number | null> {
	const { ctx, inputs, warn } = run;
	if (!ctx.pullRequest || inputs.comment === "never") return null;
	const { report, upgrades, blocking } = outcome;
	try {
		const client = await run.getClient();
		const author = await findTokenAuthor(client);
		const result = await upsertComment(
			client,
			{
				owner: ctx.owner,
				repo: ctx.repo,
				issueNumber: ctx.pullRequest.number,
				marker: commentMarker(inputs.commentKey),
			},
			{
				mode: inputs.comment,
				wanted: shouldCreateComment(inputs.comment, {
					findings: report.findings.length,
					upgrades: upgrades.length,
					blocking: blocking.length,
				}),
				body: run.mask(
					renderComment(report, {
						key: inputs.commentKey,
						...outcome.compared,
						...outcome.view,
						gate: outcome.gate,
						...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
					}),
				),
				author,
			},
		);
		const what = {
			created: "created the pull-request comment",
			updated: "updated the pull-request comment",
			unchanged: "left the pull-request comment unchanged (same content)",
			skipped: `did not comment (comment: ${inputs.comment})`,
		}[result.action];
		core.info(`pin-audit ${what}${result.id !== null ? ` ${result.id}` : ""}.`);
		if (result.deleted.length > 0)
			core.info(`Deleted duplicate comments ${result.deleted.join(", ")}.`);
		return result.id;
	} catch (error) {
		const operation = describeCommentOperation(failedRequest(error));
		if (isPermissionRefusal(error))
			warn(
				`pin-audit could not ${operation} (${describeApiError(error)}): the token needs the \`pull-requests: write\` permission (set it under \`permissions:\` in the workflow). A pull request from a fork gets a read-only token under \`pull_request\`; see the README for a safe \`pull_request_target\` workflow. The summary, annotations and check result are not affected.`,
			);
		else
			warn(
				`pin-audit could not ${operation} (${describeApiError(error)}). The summary, annotations and check result are not affected.`,
			);
		return null;
	}
}

/** Which step of keeping the sticky comment failed, from the failed request (`METHOD /path`). */
function describeCommentOperation(request: string | null): string {
	const method = request?.split(" ")[0];
	if (request?.endsWith("/user")) return "find out whose comments are its own";
	switch (method) {
		case "GET":
			return "list the pull request's comments to find its own";
		case "POST":
			return "create its pull-request comment";
		case "PATCH":
			return "update its pull-request comment";
		case "DELETE":
			return "delete a duplicate of its pull-request comment";
		default:
			return "update its pull-request comment";
	}
}
