// The closing summary of the text report: the verdict, counts per rule and per project (worst first), and
// why the command exits as it does. The last lines a person sees, so they hold the whole story.

import { append } from "../model/append.js";
import type { Report } from "../model/report.js";
import { countFindingsBy, describeCounts, plural } from "./count-findings.js";
import type { Paint } from "./render-text.js";
import { wrapList } from "./wrap-text.js";

/** Lines the per-project counts may take before "and N more". */
const PROJECT_LINES = 3;

export function renderTextSummary(
	report: Report,
	options: { width: number; paint: Paint; exitReason?: string | undefined },
): string[] {
	const { summary } = report;
	const { width, paint } = options;
	const lines = [renderVerdict(report, paint)];
	if (report.findings.length > 0) {
		append(
			lines,
			wrapList(
				countFindingsBy(report.findings, (f) => f.rule),
				width,
				"by rule: ",
				"  ",
			),
		);
		const projects = countFindingsBy(
			report.findings,
			(f) => f.project ?? "repository",
		);
		if (summary.projects > 1 || projects.length > 1)
			append(
				lines,
				wrapList(projects, width, "by project: ", "  ", PROJECT_LINES),
			);
	}
	lines.push(options.exitReason ?? describeExit(report));
	return lines;
}

function renderVerdict(report: Report, paint: Paint): string {
	const { summary } = report;
	if (summary.files === 0)
		return paint(
			"yellow",
			`nothing audited: no dependency files found${summary.warnings > 0 ? `, ${plural(summary.warnings, "warning")}` : ""}`,
		);
	if (report.findings.length === 0)
		return `no problems found in ${plural(summary.projects, "project")}`;
	const affected = new Set(report.findings.map((f) => f.project));
	const counts = describeCounts(report.findings);
	const inProjects = affected.size - (affected.has(null) ? 1 : 0);
	const where =
		inProjects === 0
			? " in the repository"
			: ` in ${inProjects} of ${plural(summary.projects, "project")}${affected.has(null) ? " and the repository" : ""}`;
	return paint(summary.errors > 0 ? "red" : "yellow", `${counts}${where}`);
}

function describeExit(report: Report): string {
	const { errors } = report.summary;
	return errors > 0
		? `exit status 1: ${plural(errors, "error finding")}`
		: "exit status 0: no error findings";
}
