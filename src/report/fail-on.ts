// `--fail-on` (CLI) and `fail-on` (action): the severity from which findings fail the run.
import type { Finding, Severity } from "../model/types.js";

export const FAIL_ON = ["error", "warning", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Whether a finding is severe enough to fail the run under `failOn`. */
export function failsOn(finding: Finding, failOn: FailOn): boolean {
	return failOn !== "never" && RANK[finding.severity] <= RANK[failOn];
}
