import * as core from "@actions/core";
import { renderMarkdown } from "../report/render-markdown.js";
import type { ActionRun } from "./action-run.js";
import type { AuditOutcome } from "./compare-sides.js";
import { describeApiError } from "./rest-client.js";

/** GitHub: a step summary holds at most 1 MiB (bytes); keep a margin for what other steps append. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/** Step: the audit's job summary, the full report within GitHub's size limit. */
export async function publishAuditSummary(
	run: ActionRun,
	outcome: AuditOutcome,
): Promise<void> {
	const { ctx } = run;
	const options = {
		...outcome.compared,
		...outcome.view,
		gate: outcome.gate,
		...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}),
	};
	await writeJobSummary(
		(maxLength) => renderMarkdown(outcome.report, { ...options, maxLength }),
		run,
	);
}

/**
 * Writes the markdown `render` makes for a length budget, halving the budget until it fits GitHub's byte limit
 * (emoji and non-ASCII names take several bytes per character). A failed write is a warning: the gate goes on.
 */
export async function writeJobSummary(
	render: (maxLength: number) => string,
	run: Pick<ActionRun, "mask" | "warn">,
): Promise<void> {
	let maxLength = SUMMARY_LIMIT_BYTES;
	let markdown = render(maxLength);
	while (
		Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES &&
		maxLength > 1000
	) {
		maxLength = Math.floor(maxLength / 2);
		markdown = render(maxLength);
	}
	try {
		await core.summary.addRaw(run.mask(markdown)).write();
	} catch (error) {
		run.warn(
			`pin-audit could not write the job summary: ${describeApiError(error)}`,
		);
	}
}
