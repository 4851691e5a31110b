import * as core from "@actions/core";
import type { ActionRun } from "./action-run.js";
import { planAnnotations } from "./annotations.js";
import type { AuditOutcome } from "./compare-sides.js";

/** Step: workflow annotations on the requirement lines (annotations.ts picks which). */
export function publishAnnotations(
	run: ActionRun,
	outcome: AuditOutcome,
): void {
	const { report, comparison } = outcome;
	for (const a of planAnnotations(
		report.findings,
		comparison.compared ? comparison.statuses : undefined,
		run.inputs.path,
	)) {
		const properties = {
			title: a.title,
			...(a.file ? { file: a.file } : {}),
			...(a.startLine ? { startLine: a.startLine } : {}),
		};
		const message = run.mask(a.message);
		if (a.level === "error") core.error(message, properties);
		else if (a.level === "warning") core.warning(message, properties);
		else core.notice(message, properties);
	}
}
