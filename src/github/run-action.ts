import * as core from "@actions/core";
import { setAuditOutputs } from "./action-outputs.js";
import { type ActionDependencies, startRun } from "./action-run.js";
import { actionAuditOptions, auditedRoot } from "./audit-options.js";
import { auditSides, removeSideTrees } from "./audit-sides.js";
import { compareSides } from "./compare-sides.js";
import { describeFailure } from "./describe-failure.js";
import { decideExit } from "./gate.js";
import { publishAuditSummary } from "./job-summary.js";
import { presentFindings } from "./present-findings.js";
import { publishAnnotations } from "./publish-annotations.js";
import { publishComment } from "./publish-comment.js";
import { publishReview } from "./publish-review.js";
import { runDriftMode } from "./run-drift-mode.js";
import { publishSarif } from "./write-sarif.js";

export type { ActionDependencies } from "./action-run.js";
// Kept importable from here: tests and entries written against the former single module.
export { actionAuditOptions } from "./audit-options.js";
export { describeFailure } from "./describe-failure.js";
export { blockingFindings } from "./gate.js";

/** The action's whole run. Every failure ends here in core.setFailed, whatever was thrown. */
export async function runAction(deps: ActionDependencies = {}): Promise<void> {
	// Replaced as soon as the inputs are read, so even the last-resort failure message is masked.
	let mask = (text: string) => text;
	try {
		await runSteps(deps, (runMask) => {
			mask = runMask;
		});
	} catch (error) {
		core.setFailed(mask(describeFailure(error)));
	}
}

/** The steps, in order; each lives in its own module. */
async function runSteps(
	deps: ActionDependencies,
	onMask: (mask: (text: string) => string) => void,
): Promise<void> {
	const run = await startRun(deps, onMask);
	try {
		const root = await auditedRoot(run.ctx.workspace, run.inputs.path);
		const auditOptions = actionAuditOptions(run.env, run.inputs);
		if (run.mode === "drift") {
			await runDriftMode(run, root, auditOptions);
			return;
		}
		const sides = await auditSides(run, root, auditOptions);
		const outcome = compareSides(run, sides, await presentFindings(run, sides));
		await setAuditOutputs(run, outcome);
		await publishSarif(run, outcome.report, sides.head.dir ?? root);
		publishAnnotations(run, outcome);
		await publishAuditSummary(run, outcome);
		await publishComment(run, outcome);
		await publishReview(run, outcome);
		decideExit(run, outcome);
	} finally {
		await removeSideTrees(run.workDir);
	}
}
