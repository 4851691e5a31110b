// The one markdown renderer: the CLI's `--format markdown`, the job summary and the pull-request comment all
// come from here, so they never drift apart. Every repository string goes through escape.ts.
import type { Report } from "../model/report.js";
import type { Finding, Severity } from "../model/types.js";
import type { FindingStatus } from "./compare-reports.js";
import { countFindingsBy } from "./count-findings.js";
import {
	codeSpan,
	escapeHtml,
	escapeMarkdown,
	escapeMarkdownWithCode,
} from "./escape.js";
import { describeUnchecked } from "./list-checks.js";
import { fitToLength, safeUrl } from "./markdown-blocks.js";

export { safeUrl };

import { plural } from "./render-text.js";
import type { UpgradeChange, UpgradeRow } from "./upgrade-diff.js";

/** What decides the check's outcome, as the action computed it. */
export interface GateSummary {
	/** Findings that fail the check. */
	blocking: number;
	failOn: "error" | "warning" | "never";
	block: "new" | "all";
}

export interface MarkdownOptions {
	/** Upper bound on the length of the result (GitHub: 65,536 characters for a comment). */
	maxLength?: number;
	/** Where the full report is (job summary URL), linked when detail had to be cut. */
	fullReportUrl?: string;
	/** Heading text before the verdict. */
	title?: string;
	/** New/existing per finding, index-aligned with `report.findings`; omitted when there was no base. */
	statuses?: readonly FindingStatus[];
	/** Base findings the head no longer has. */
	fixedCount?: number;
	/** Pinned and locked versions that changed against the base. */
	upgrades?: readonly UpgradeRow[];
	gate?: GateSummary;
}

const ICON: Record<Severity, string> = {
	error: "🔴",
	warning: "🟡",
	notice: "🔵",
};

const CHANGE_LABEL: Record<UpgradeChange, string> = {
	added: "➕ added",
	removed: "➖ removed",
	upgraded: "⬆️ upgraded",
	downgraded: "⬇️ downgraded",
	changed: "🔄 changed",
};

interface Limits {
	findingsPerProject: number;
	upgradeRows: number;
}

// Detail levels, from everything to the bare summary: the first that fits wins.
const LEVELS: Limits[] = [
	{
		findingsPerProject: Number.POSITIVE_INFINITY,
		upgradeRows: Number.POSITIVE_INFINITY,
	},
	{ findingsPerProject: 50, upgradeRows: 200 },
	{ findingsPerProject: 20, upgradeRows: 50 },
	{ findingsPerProject: 5, upgradeRows: 20 },
	{ findingsPerProject: 0, upgradeRows: 0 },
];

export function renderMarkdown(
	report: Report,
	options: MarkdownOptions = {},
): string {
	return fitLevels(
		options.maxLength,
		(limits) => renderWithLimit(report, options, limits),
		renderCutNote(options.fullReportUrl),
	);
}

/** The first detail level whose rendering fits in `maxLength`; a hard cut (at a line end) as the last resort. */
export function fitLevels(
	maxLength: number | undefined,
	render: (limits: Limits) => string,
	truncatedNote?: string,
): string {
	return fitToLength(maxLength, LEVELS, render, truncatedNote);
}

function renderWithLimit(
	report: Report,
	options: MarkdownOptions,
	limits: Limits,
): string {
	const { summary } = report;
	const out: string[] = [];
	out.push(`### ${renderVerdict(report, options)}`, "");
	if (options.gate) out.push(renderGate(options.gate, options.statuses), "");
	out.push(
		`Audited ${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")} and ${plural(summary.locked, "locked package")} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}.`,
		`Policy: ${escapeMarkdown(report.policy.description)}.`,
	);
	const unchecked = describeUnchecked(report.checks ?? []);
	if (unchecked !== null)
		out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
	// The report's own summary; a pull-request comment (with a gate) has its own layout.
	if (report.findings.length > 0 && options.gate === undefined)
		out.push(
			`By rule: ${escapeMarkdown(countFindingsBy(report.findings, (f) => f.rule).join(", "))}.`,
		);
	const comparison = describeComparison(options);
	if (comparison) out.push(comparison);
	out.push("");

	let cut = 0;
	if (options.upgrades && options.upgrades.length > 0) {
		const section = renderUpgrades(options.upgrades, limits.upgradeRows);
		cut += section.cut;
		out.push(...section.lines);
	}

	const groups = new Map<
		string | null,
		{ finding: Finding; status: FindingStatus | undefined }[]
	>();
	report.findings.forEach((finding, index) => {
		const entry = { finding, status: options.statuses?.[index] };
		groups.set(finding.project, [
			...(groups.get(finding.project) ?? []),
			entry,
		]);
	});
	if (groups.size > 0) {
		const withNew = options.statuses !== undefined;
		out.push(
			`| Project | Errors | Warnings | Notices |${withNew ? " New |" : ""}`,
			`|---|---:|---:|---:|${withNew ? "---:|" : ""}`,
		);
		for (const [project, entries] of groups) {
			const findings = entries.map((e) => e.finding);
			const news = entries.filter((e) => e.status === "new").length;
			out.push(
				`| ${project === null ? "_repository_" : codeSpan(project)} | ${count(findings, "error")} | ${count(findings, "warning")} | ${count(findings, "notice")} |${withNew ? ` ${news} |` : ""}`,
			);
		}
		out.push("");
	}

	for (const [project, entries] of groups) {
		const findings = entries.map((e) => e.finding);
		// New findings first: they are what this change is about and what blocks it.
		const ordered = options.statuses
			? [
					...entries.filter((e) => e.status === "new"),
					...entries.filter((e) => e.status !== "new"),
				]
			: entries;
		const shown = ordered.slice(0, limits.findingsPerProject);
		cut += entries.length - shown.length;
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
			for (const e of shown) out.push(renderFindingRow(e.finding, e.status));
		}
		if (shown.length < entries.length) {
			out.push(
				"",
				`_${plural(entries.length - shown.length, "more finding")} not shown._`,
			);
		}
		out.push("", "</details>", "");
	}
	if (cut > 0) out.push(renderCutNote(options.fullReportUrl), "");
	return out.join("\n");
}

export function renderVerdict(
	report: Report,
	options: MarkdownOptions,
): string {
	const { summary } = report;
	const title = options.title ?? "pin-audit";
	return summary.errors > 0
		? `❌ ${title}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`
		: summary.warnings > 0
			? `⚠️ ${title}: ${plural(summary.warnings, "warning")}`
			: `✅ ${title}: all clear`;
}

function renderGate(
	gate: GateSummary,
	statuses: readonly FindingStatus[] | undefined,
): string {
	const settings = `\`fail-on: ${gate.failOn}\`, \`block: ${gate.block}\``;
	if (gate.blocking > 0) {
		const what = gate.block === "new" && statuses ? "new finding" : "finding";
		return `**This check fails:** ${plural(gate.blocking, what)} at or above \`${gate.failOn}\` (${settings}).`;
	}
	return gate.failOn === "never"
		? `This check passes: findings never fail it (${settings}).`
		: `This check passes: nothing ${gate.block === "new" && statuses ? "new " : ""}at or above \`${gate.failOn}\` (${settings}).`;
}

function describeComparison(options: MarkdownOptions): string | null {
	if (!options.statuses) return null;
	const news = options.statuses.filter((s) => s === "new").length;
	const existing = options.statuses.length - news;
	const parts = [
		`${plural(news, "new finding")} introduced by this change`,
		`${existing} already on the base`,
	];
	if (options.fixedCount)
		parts.push(`${plural(options.fixedCount, "finding")} fixed`);
	return `Compared with the base: ${parts.join(", ")}.`;
}

/** The dependency-changes table, collapsed when long. `cut` counts rows left out. */
export function renderUpgrades(
	upgrades: readonly UpgradeRow[],
	maxRows: number = Number.POSITIVE_INFINITY,
): { lines: string[]; cut: number } {
	const shown = upgrades.slice(0, maxRows);
	const lines: string[] = [];
	const open = upgrades.length <= 10 ? " open" : "";
	lines.push(
		`<details${open}><summary><b>Dependency changes</b>: ${describeUpgradeCounts(upgrades)}</summary>`,
		"",
	);
	if (shown.length > 0) {
		lines.push(
			"| Project | Package | Change | From | To | Update | File |",
			"|---|---|---|---|---|---|---|",
		);
		for (const u of shown) {
			const to = u.to === null ? "" : codeSpan(u.to);
			// The URL is built by upgrade-diff from a validated name and version, never taken from the repository.
			const linkedTo = u.url && u.to !== null ? `[${to}](${u.url})` : to;
			const linkedFrom =
				u.url && u.to === null && u.from !== null
					? `[${codeSpan(u.from)}](${u.url})`
					: u.from === null
						? ""
						: codeSpan(u.from);
			lines.push(
				`| ${codeSpan(u.project)} | ${codeSpan(u.package)} | ${CHANGE_LABEL[u.change]} | ${linkedFrom} | ${linkedTo} | ${u.updateType ?? ""} | ${codeSpan(u.file)} |`,
			);
		}
	}
	if (shown.length < upgrades.length)
		lines.push(
			"",
			`_${plural(upgrades.length - shown.length, "more change")} not shown._`,
		);
	lines.push("", "</details>", "");
	return { lines, cut: upgrades.length - shown.length };
}

function describeUpgradeCounts(upgrades: readonly UpgradeRow[]): string {
	const parts: string[] = [];
	for (const change of [
		"upgraded",
		"downgraded",
		"added",
		"removed",
		"changed",
	] as const) {
		const n = upgrades.filter((u) => u.change === change).length;
		if (n > 0) parts.push(`${n} ${change}`);
	}
	return parts.join(", ");
}

export function renderCutNote(fullReportUrl: string | undefined): string {
	return fullReportUrl
		? `Some detail was left out to fit. [Full report in the job summary](${safeUrl(fullReportUrl)})`
		: "Some detail was left out to fit; run `pin-audit --format markdown` for the full report.";
}

function renderFindingRow(
	f: Finding,
	status: FindingStatus | undefined,
): string {
	const where = f.file
		? codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`)
		: "";
	const problem =
		escapeMarkdownWithCode(f.message) +
		(f.counterexample ? ` (for example ${codeSpan(f.counterexample)})` : "");
	const fix = f.suggestion ? codeSpan(f.suggestion) : "";
	const mark =
		status === "new" ? " **new**" : status === "existing" ? " existing" : "";
	return `| ${ICON[f.severity]}${mark} | ${codeSpan(f.rule)} | ${f.package ? codeSpan(f.package) : ""} | ${where} | ${problem} | ${fix} |`;
}

function count(findings: readonly Finding[], severity: Severity): number {
	return findings.filter((f) => f.severity === severity).length;
}

export function describeCounts(findings: readonly Finding[]): string {
	const parts: string[] = [];
	for (const severity of ["error", "warning", "notice"] as const) {
		const n = count(findings, severity);
		if (n > 0) parts.push(plural(n, severity));
	}
	return parts.join(", ");
}
