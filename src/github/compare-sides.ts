import type { Report } from "../model/report.js";
import type { Finding } from "../model/types.js";
import {
	compareReports,
	type FindingComparison,
} from "../report/compare-reports.js";
import type { GateSummary } from "../report/render-markdown.js";
import { diffUpgrades, type UpgradeRow } from "../report/upgrade-diff.js";
import type { ActionRun } from "./action-run.js";
import type { AuditedSides } from "./audit-sides.js";
import { blockingFindings } from "./gate.js";
import type { FindingPresentation } from "./present-findings.js";

/** What the change did: the head's report judged against the base, and what blocks the merge. */
export interface AuditOutcome {
	report: Report;
	comparison: FindingComparison;
	upgrades: UpgradeRow[];
	blocking: Finding[];
	gate: GateSummary;
	/** Whole-line fixes and location links, as the renderers take them. */
	view: FindingPresentation;
	/** The comparison as the renderers take it; empty without a base. */
	compared: {
		statuses?: FindingComparison["statuses"];
		fixedCount?: number;
		upgrades?: UpgradeRow[];
	};
}

/** Step 3: compare the head with the base (new or existing findings, dependency changes) and apply the gate. */
export function compareSides(
	run: ActionRun,
	sides: AuditedSides,
	view: FindingPresentation,
): AuditOutcome {
	const { inputs, block } = run;
	const { head, base, sideOptions } = sides;
	const report = head.report;
	const comparison = compareReports(
		base?.report.findings ?? null,
		report.findings,
	);
	const upgrades = base
		? diffUpgrades(base.report.projects, report.projects, {
				...(sideOptions.indexUrl && { indexUrl: sideOptions.indexUrl }),
				...(report.packageLinks && { links: report.packageLinks }),
			})
		: [];
	const blocking = blockingFindings(
		report.findings,
		comparison,
		inputs.failOn,
		block,
	);
	return {
		report,
		comparison,
		upgrades,
		blocking,
		view,
		gate: { blocking: blocking.length, failOn: inputs.failOn, block },
		compared: comparison.compared
			? {
					statuses: comparison.statuses,
					fixedCount: comparison.fixed.length,
					upgrades,
				}
			: {},
	};
}
