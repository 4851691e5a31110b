// The CLI's output with `--base-ref`: the report as usual, plus which findings are new, which base findings
// are fixed, and which pinned or locked versions changed. JSON gets a `comparison` member
// (schema/report.schema.json); markdown is the action's renderer with the same comparison options.
import { stripControls } from "../report/escape.js";
import { toJsonReport } from "../report/render-json.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { renderText, type TextOptions } from "../report/render-text.js";
import type { BaseComparison } from "./compare-with-base.js";

export function renderComparisonJson(compared: BaseComparison): string {
	const { comparison } = compared;
	return `${JSON.stringify(
		{
			...toJsonReport(compared.report),
			comparison: {
				baseRef: compared.baseRef,
				baseCommit: compared.baseCommit,
				statuses: comparison.statuses,
				newFindings: comparison.newCount,
				existingFindings: comparison.existingCount,
				fixedFindings: comparison.fixed.length,
				upgrades: compared.upgrades,
			},
		},
		null,
		2,
	)}\n`;
}

export function renderComparisonMarkdown(compared: BaseComparison): string {
	return renderMarkdown(compared.report, {
		statuses: compared.comparison.statuses,
		fixedCount: compared.comparison.fixed.length,
		upgrades: compared.upgrades,
	});
}

/** Appended to the text report. */
export function renderComparisonText(compared: BaseComparison): string {
	const s = stripControls;
	const { comparison, report } = compared;
	const lines = [
		"",
		`Compared with ${s(compared.baseRef)} (${compared.baseCommit.slice(0, 12)}): ${comparison.newCount} new, ${comparison.existingCount} existing, ${comparison.fixed.length} fixed.`,
	];
	const news = report.findings.filter(
		(_, i) => comparison.statuses[i] === "new",
	);
	if (news.length > 0) {
		lines.push("New findings:");
		for (const f of news)
			lines.push(
				`  ${f.severity.padEnd(7)} [${s(f.rule)}] ${s(f.file ?? "")}${f.line === null ? "" : `:${f.line}`}`,
				`          ${s(f.message.split("\n")[0] ?? "")}`,
			);
	}
	if (compared.upgrades.length > 0) {
		lines.push("Dependency changes:");
		for (const u of compared.upgrades)
			lines.push(
				`  ${s(u.project)}: ${s(u.package)} ${s(u.from ?? "-")} -> ${s(u.to ?? "-")} (${u.change}, ${u.kind} in ${s(u.file)})`,
			);
	}
	return `${lines.join("\n")}\n`;
}

/** The whole output of `pin-audit [path] --base-ref REF` in one format. */
export function renderCompared(
	compared: BaseComparison,
	format: "text" | "json" | "markdown",
	text: TextOptions,
): string {
	if (format === "json") return renderComparisonJson(compared);
	if (format === "markdown") return renderComparisonMarkdown(compared);
	return renderText(compared.report, text) + renderComparisonText(compared);
}
