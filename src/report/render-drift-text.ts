// The drift report as plain text (terminal, cron mail): the same numbers and words as the markdown.

import { append } from "../model/append.js";
import { type DriftReport, isDrifting } from "../model/drift-report.js";
import {
	countRepositories,
	describeAllowed,
	describeBehind,
	describeLibyears,
	describeSpread,
	formatYears,
	groupUnchecked,
	UNCHECKED_LABELS,
} from "./drift-wording.js";
import { neutralizeWorkflowCommands, stripControls } from "./escape.js";
import { renderRolloutPlanText } from "./render-rollout-plan.js";
import { plural } from "./render-text.js";

export interface DriftTextOptions {
	/** Ages ("released 2 years ago") are computed against this; default: the report's generatedAt. */
	now?: Date;
}

export function renderDriftText(
	report: DriftReport,
	options: DriftTextOptions = {},
): string {
	const s = stripControls;
	const now = options.now ?? new Date(report.generatedAt);
	const { summary } = report;
	const multi = report.repositories.length > 1;
	const years = describeLibyears(summary);
	const lines: string[] = [
		`${s(report.tool.name)} ${s(report.tool.version)} drift: ${plural(summary.versions, "pinned or locked version")} in ${plural(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked; ${years || "0.0 libyears"}`,
	];
	for (const r of report.repositories) {
		let project: string | null = null;
		for (const e of r.entries.filter(isDrifting)) {
			if (e.project !== project) {
				project = e.project;
				lines.push("", multi ? `${s(r.name)}: ${s(project)}` : s(project));
			}
			const age = (at: string | null) =>
				at === null ? "" : ` (${describeAge(at, now)})`;
			const behind = describeBehind(e);
			lines.push(
				`  ${s(e.package)} ${s(e.current)}${e.currentOnIndex === false ? " (not on the index)" : age(e.currentUploaded)}${e.status === "yanked" ? ` YANKED${e.yankedReason ? `: ${s(e.yankedReason)}` : ""}` : ""}` +
					(e.latest
						? ` -> latest ${s(e.latest)}${age(e.latestUploaded)}`
						: "") +
					(behind ? `, behind ${behind}` : "") +
					(e.libyears !== null && e.libyears > 0
						? `, ${formatYears(e.libyears)} libyears`
						: ""),
			);
			const allowed = describeAllowed(e, (t) => s(t));
			if (allowed) lines.push(`    policy allows: ${allowed}`);
			lines.push(
				`    at ${e.sources.map((x) => s(`${x.file}:${x.line}`)).join(", ")}`,
			);
		}
	}
	const spread = report.fleet.filter((p) => p.versions.length > 1);
	if (spread.length > 0) {
		lines.push("", "versions in use:");
		for (const p of spread)
			lines.push(`  ${s(p.package)}: ${describeSpread(p, multi, (t) => s(t))}`);
	}
	append(lines, renderRolloutPlanText(report));
	const unchecked = groupUnchecked(report);
	if (unchecked.length > 0) lines.push("");
	for (const group of unchecked)
		lines.push(
			`${UNCHECKED_LABELS[group.reason]}: ${group.packages.map(s).join(", ")}`,
		);
	lines.push("");
	return neutralizeWorkflowCommands(lines.join("\n"));
}

function describeAge(at: string, now: Date): string {
	const ms = now.getTime() - Date.parse(at);
	if (Number.isNaN(ms)) return "";
	const days = Math.floor(ms / 86_400_000);
	if (days < 1) return "released today";
	if (days < 60) return `released ${plural(days, "day")} ago`;
	if (days < 730) return `released ${Math.floor(days / 30)} months ago`;
	return `released ${(days / 365.25).toFixed(1)} years ago`;
}
