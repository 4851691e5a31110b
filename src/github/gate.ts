import * as core from "@actions/core";
import type { Finding, Severity } from "../model/types.js";
import type { FindingComparison } from "../report/compare-reports.js";
import { stripControls } from "../report/escape.js";
import { plural } from "../report/render-text.js";
import type { ActionRun } from "./action-run.js";
import type { AuditOutcome } from "./compare-sides.js";
import type { FailOn } from "./inputs.js";

const SEVERITY_RANK: Record<Severity, number> = {
	error: 0,
	warning: 1,
	notice: 2,
};

/** Findings at or above `fail-on`; with `block: new`, only those the base does not have. */
export function blockingFindings(
	findings: readonly Finding[],
	comparison: FindingComparison,
	failOn: FailOn,
	block: "new" | "all",
): Finding[] {
	if (failOn === "never") return [];
	const threshold = SEVERITY_RANK[failOn];
	return findings.filter(
		(f, i) =>
			SEVERITY_RANK[f.severity] <= threshold &&
			(block === "all" || comparison.statuses[i] === "new"),
	);
}

/** The last step: fail the step when a finding blocks the merge, naming the first ten. */
export function decideExit(run: ActionRun, outcome: AuditOutcome): void {
	const { blocking, comparison } = outcome;
	if (blocking.length === 0) return;
	core.setFailed(
		run.mask(
			describeBlocking(
				blocking,
				run.inputs.failOn,
				run.block,
				comparison.compared,
			),
		),
	);
}

function describeBlocking(
	blocking: readonly Finding[],
	failOn: FailOn,
	block: "new" | "all",
	compared: boolean,
): string {
	const what = block === "new" && compared ? "new finding" : "finding";
	const lines = [
		`pin-audit: ${plural(blocking.length, what)} at or above ${failOn} (fail-on: ${failOn}, block: ${block}):`,
	];
	for (const f of blocking.slice(0, 10)) {
		const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
		lines.push(`  ${where}${f.message.split("\n")[0] ?? ""}`);
	}
	if (blocking.length > 10)
		lines.push(`  ... and ${blocking.length - 10} more (see the job summary)`);
	return stripControls(lines.join("\n"));
}
