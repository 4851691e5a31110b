import { join } from "node:path";
import * as core from "@actions/core";
import { checkedAll, checkedAnything } from "../drift/drift-checked.js";
import { driftRepository } from "../drift/drift-repository.js";
import {
	advanceState,
	computeDelta,
	type DriftDelta,
	issueState,
	itemDrifts,
	readState,
	snapshotDrift,
} from "../drift/drift-state.js";
import {
	renderDriftIssue,
	renderDriftJsonChunks,
	renderDriftMarkdown,
} from "../report/render-drift.js";
import { renderJsonChunks } from "../report/render-json.js";
import type { ActionRun } from "./action-run.js";
import type { SideOptions } from "./audit-options.js";
import { findTokenAuthor } from "./comment.js";
import { type DriftIssueResult, upsertDriftIssue } from "./drift-issue.js";
import { writeJobSummary } from "./job-summary.js";
import {
	describeApiError,
	errorStatus,
	failedRequest,
	isPermissionRefusal,
} from "./rest-client.js";
import { openCanaryPullRequests } from "./run-rollout-pr.js";
import { writeReportFile } from "./write-report-file.js";

type DriftReport = Awaited<ReturnType<typeof driftRepository>>["drift"];

/**
 * `mode: drift`: how far every pin and lock is behind, as one living issue, the job summary and JSON. Never fails
 * the step on drift (nothing is being gated); only a run that cannot work at all fails.
 */
export async function runDriftMode(
	run: ActionRun,
	root: string,
	auditOptions: SideOptions,
): Promise<void> {
	const { ctx, inputs, secrets, workDir } = run;
	const now = new Date();
	const { drift, audit } = await driftRepository({
		root,
		...(inputs.policy ? { policyPath: inputs.policy } : {}),
		// The same options as the audit: proxy settings and the index token, no `${VAR}` expansion.
		...auditOptions,
		today: now,
		name: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : inputs.path,
		now,
	});
	const reportPath = join(workDir, "pin-audit-report.json");
	const driftPath = join(workDir, "pin-audit-drift.json");
	await writeReportFile(reportPath, renderJsonChunks(audit), secrets);
	await writeReportFile(driftPath, renderDriftJsonChunks(drift), secrets);
	core.setOutput("errors", audit.summary.errors);
	core.setOutput("warnings", audit.summary.warnings);
	core.setOutput("report", reportPath);
	core.setOutput("drift", driftPath);
	const { summary } = drift;
	core.info(
		`Drift: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked (${summary.versions} pinned or locked versions).`,
	);
	const { issue, delta } = await publishDriftIssue(run, drift, now);
	core.setOutput("drift-issue", issue?.number ?? "");
	if (inputs.rolloutPr === "canary")
		await openCanaryPullRequests(run, root, drift, auditOptions);
	await writeJobSummary(
		(maxLength) => renderDriftMarkdown(drift, { delta, maxLength }),
		run,
	);
}

/** The living drift issue; a failure is a warning (the summary and the outputs go on). */
async function publishDriftIssue(
	run: ActionRun,
	drift: DriftReport,
	now: Date,
): Promise<{ issue: DriftIssueResult | null; delta: DriftDelta | null }> {
	const { ctx, inputs, mask, warn } = run;
	let delta: DriftDelta | null = null;
	// A run that checked nothing has nothing to tell: the issue keeps the last report that did.
	if (!checkedAnything(drift)) {
		warn(
			"pin-audit could not check any pin against the index (offline, or the index unreachable): the drift issue keeps its last report.",
		);
		return { issue: null, delta };
	}
	try {
		const client = await run.getClient();
		const author = await findTokenAuthor(client);
		const issue = await upsertDriftIssue(
			client,
			{ owner: ctx.owner, repo: ctx.repo, author },
			{
				title: inputs.driftTitle,
				labels: inputs.driftLabels,
				closeWhenClean: inputs.driftCloseWhenClean,
			},
			(previousBody) => {
				const state = advanceState(
					readState(previousBody),
					snapshotDrift(drift),
					now,
				);
				delta = computeDelta(state);
				return {
					body: mask(
						renderDriftIssue(drift, issueState(state), {
							title: "pin-audit drift",
						}),
					),
					// What drifted when last checked counts too: an unchecked package is not a resolved one.
					drifting: state.items.some(itemDrifts),
					checked: checkedAll(drift),
				};
			},
		);
		const what = {
			created: "created the drift issue",
			updated: "updated the drift issue",
			unchanged: "left the drift issue unchanged (same content)",
			closed: "closed the drift issue (nothing drifts)",
			reopened: "reopened the drift issue (drift is back)",
			skipped: "did not open a drift issue (nothing drifts)",
		}[issue.action];
		core.info(
			`pin-audit ${what}${issue.number !== null ? ` #${issue.number}` : ""}.`,
		);
		return { issue, delta };
	} catch (error) {
		const request = failedRequest(error);
		warn(
			isPermissionRefusal(error)
				? `pin-audit could not write the drift issue (${request ? `${request}: ` : ""}HTTP ${errorStatus(error)}): the token needs the \`issues: write\` permission (set it under \`permissions:\` in the workflow). The job summary and the drift output are not affected.`
				: `pin-audit could not update the drift issue (${describeApiError(error)}). The job summary and the drift output are not affected.`,
		);
		return { issue: null, delta };
	}
}
