// The closing summary of the text report: the verdict, counts per rule and per project (worst first), and
// why the command exits as it does. The last lines a person sees, so they hold the whole story.
import type { Report } from "../model/report.js";
import type { Finding } from "../model/types.js";
import { describeCounts, type Paint, plural } from "./render-text.js";
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
		lines.push(
			...wrapList(
				countBy(report.findings, (f) => f.rule),
				width,
				"by rule: ",
				"  ",
			),
		);
		const projects = countBy(report.findings, (f) => f.project ?? "repository");
		if (summary.projects > 1 || projects.length > 1)
			lines.push(
				...wrapList(projects, width, "by project: ", "  ", PROJECT_LINES),
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
	const affected = new Set(report.findings.map((f) => f.project)).size;
	const counts = describeCounts(report.findings);
	const where = ` in ${affected} of ${plural(summary.projects, "project")}`;
	return paint(summary.errors > 0 ? "red" : "yellow", `${counts}${where}`);
}

/** `outside-policy 92 errors`, worst (most errors, then warnings, then notices) first. */
function countBy(
	findings: readonly Finding[],
	keyOf: (finding: Finding) => string,
): string[] {
	const groups = new Map<string, Finding[]>();
	for (const f of findings) {
		const key = keyOf(f);
		const list = groups.get(key);
		if (list === undefined) groups.set(key, [f]);
		else list.push(f);
	}
	const weight = (list: readonly Finding[]) =>
		[
			list.filter((f) => f.severity === "error").length,
			list.filter((f) => f.severity === "warning").length,
			list.length,
		] as const;
	return [...groups]
		.map(([key, list]) => ({ key, list, w: weight(list) }))
		.sort(
			(a, b) =>
				b.w[0] - a.w[0] ||
				b.w[1] - a.w[1] ||
				b.w[2] - a.w[2] ||
				(a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
		)
		.map(({ key, list }) => `${key} ${describeCounts(list)}`);
}

function describeExit(report: Report): string {
	const { errors } = report.summary;
	return errors > 0
		? `exit status 1: ${plural(errors, "error finding")}`
		: "exit status 0: no error findings";
}
