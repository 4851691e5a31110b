// The one markdown renderer: the CLI's `--format markdown`, the job summary and the pull-request comment all
// come from here, so they never drift apart. Every repository string goes through escape.ts.
import type { Report } from "../audit.js";
import type { Finding, Severity } from "../model/types.js";
import { codeSpan, escapeHtml, escapeMarkdown } from "./escape.js";
import { plural } from "./render-text.js";

export interface MarkdownOptions {
	/** Upper bound on the length of the result (GitHub: 65,536 characters for a comment). */
	maxLength?: number;
	/** Where the full report is (job summary URL), linked when detail had to be cut. */
	fullReportUrl?: string;
	/** Heading text before the verdict. */
	title?: string;
}

const ICON: Record<Severity, string> = {
	error: "🔴",
	warning: "🟡",
	notice: "🔵",
};

export function renderMarkdown(
	report: Report,
	options: MarkdownOptions = {},
): string {
	const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
	// Detail levels, from everything to the bare summary: the first that fits wins.
	for (const rowsPerProject of [Number.POSITIVE_INFINITY, 50, 20, 5, 0]) {
		const body = renderWithLimit(report, options, rowsPerProject);
		if (body.length <= maxLength) return body;
	}
	const fallback = renderWithLimit(report, options, 0);
	return `${fallback.slice(0, Math.max(0, maxLength - 40))}\n\n_(report truncated)_\n`;
}

function renderWithLimit(
	report: Report,
	options: MarkdownOptions,
	rowsPerProject: number,
): string {
	const { summary } = report;
	const out: string[] = [];
	const title = options.title ?? "pin-audit";
	const verdict =
		summary.errors > 0
			? `❌ ${title}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`
			: summary.warnings > 0
				? `⚠️ ${title}: ${plural(summary.warnings, "warning")}`
				: `✅ ${title}: all clear`;
	out.push(`### ${verdict}`, "");
	out.push(
		`Audited ${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")} and ${plural(summary.locked, "locked package")} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}.`,
		`Policy: ${escapeMarkdown(report.policy.description)}.`,
		"",
	);

	const groups = new Map<string | null, Finding[]>();
	for (const f of report.findings)
		groups.set(f.project, [...(groups.get(f.project) ?? []), f]);
	if (groups.size > 0) {
		out.push(
			"| Project | Errors | Warnings | Notices |",
			"|---|---:|---:|---:|",
		);
		for (const [project, findings] of groups) {
			out.push(
				`| ${project === null ? "_repository_" : codeSpan(project)} | ${count(findings, "error")} | ${count(findings, "warning")} | ${count(findings, "notice")} |`,
			);
		}
		out.push("");
	}

	let cut = 0;
	for (const [project, findings] of groups) {
		const shown = findings.slice(0, rowsPerProject);
		cut += findings.length - shown.length;
		const open = findings.some((f) => f.severity === "error") ? " open" : "";
		out.push(
			`<details${open}><summary><b>${project === null ? "repository" : escapeHtml(project)}</b>: ${describeCounts(findings)}</summary>`,
			"",
		);
		if (shown.length > 0) {
			out.push(
				"| | Rule | Package | Where | Problem | Fix |",
				"|---|---|---|---|---|---|",
			);
			for (const f of shown) out.push(renderFindingRow(f));
		}
		if (shown.length < findings.length) {
			out.push(
				"",
				`_${plural(findings.length - shown.length, "more finding")} not shown._`,
			);
		}
		out.push("", "</details>", "");
	}
	if (cut > 0) {
		out.push(
			options.fullReportUrl
				? `Some detail was left out to fit. [Full report](${encodeURI(options.fullReportUrl).replace(/\(/g, "%28").replace(/\)/g, "%29")})`
				: "Some detail was left out to fit; run `pin-audit --format markdown` for the full report.",
			"",
		);
	}
	return out.join("\n");
}

function renderFindingRow(f: Finding): string {
	const where = f.file
		? codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`)
		: "";
	const problem =
		escapeMarkdown(f.message) +
		(f.counterexample ? ` (for example ${codeSpan(f.counterexample)})` : "");
	const fix = f.suggestion ? codeSpan(f.suggestion) : "";
	return `| ${ICON[f.severity]} | ${codeSpan(f.rule)} | ${f.package ? codeSpan(f.package) : ""} | ${where} | ${problem} | ${fix} |`;
}

function count(findings: readonly Finding[], severity: Severity): number {
	return findings.filter((f) => f.severity === severity).length;
}

function describeCounts(findings: readonly Finding[]): string {
	const parts: string[] = [];
	for (const severity of ["error", "warning", "notice"] as const) {
		const n = count(findings, severity);
		if (n > 0) parts.push(plural(n, severity));
	}
	return parts.join(", ");
}
