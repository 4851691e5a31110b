import { join } from "node:path";
import * as core from "@actions/core";
import { renderJsonChunks } from "../report/render-json.js";
import type { ActionRun } from "./action-run.js";
import type { AuditOutcome } from "./compare-sides.js";
import { writeReportFile } from "./write-report-file.js";

/** Step: the JSON report on disk and the step's outputs (counts, report path, dependency changes). */
export async function setAuditOutputs(
	run: ActionRun,
	outcome: AuditOutcome,
): Promise<void> {
	const { report, comparison, upgrades } = outcome;
	const reportPath = join(run.workDir, "pin-audit-report.json");
	await writeReportFile(reportPath, renderJsonChunks(report), run.secrets);
	core.setOutput("errors", report.summary.errors);
	core.setOutput("warnings", report.summary.warnings);
	core.setOutput("new-findings", comparison.newCount);
	core.setOutput("report", reportPath);
	core.setOutput("upgrades", run.mask(JSON.stringify(upgrades)));
}
