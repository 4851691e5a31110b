// The comparison the action makes on a pull request, for any front end: the head's report against a base ref
// read from git (audit-base.ts), findings marked new or existing (compare-reports.ts), dependency changes
// (upgrade-diff.ts), and rule `soak` against the base's first-parent history (src/rollout/).

import type { AuditOptions } from "../audit.js";
import type { Report } from "../model/report.js";
import {
	compareReports,
	type FindingComparison,
} from "../report/compare-reports.js";
import { diffUpgrades, type UpgradeRow } from "../report/upgrade-diff.js";
import { addSoakFindings } from "./add-soak-findings.js";
import { auditBaseRef, headPolicyPath } from "./audit-base.js";

export interface BaseComparison {
	/** The head's report with the `soak` findings added. */
	report: Report;
	baseRef: string;
	baseCommit: string;
	comparison: FindingComparison;
	upgrades: UpgradeRow[];
}

export async function compareWithBase(
	options: AuditOptions,
	head: Report,
	baseRef: string,
	now: Date,
): Promise<BaseComparison> {
	const policyPath = headPolicyPath(options.root, head, options.policyPath);
	const base = await auditBaseRef(options, baseRef, policyPath);
	const report = await addSoakFindings(head, base.report, {
		root: options.root,
		policyPath,
		checkout: base.checkout,
		baseRef,
		baseCommit: base.commit,
		now,
	});
	return {
		report,
		baseRef,
		baseCommit: base.commit,
		comparison: compareReports(base.report.findings, report.findings),
		upgrades: diffUpgrades(base.report.projects, report.projects, {
			...(options.indexUrl && { indexUrl: options.indexUrl }),
			...(report.packageLinks && { links: report.packageLinks }),
		}),
	};
}
