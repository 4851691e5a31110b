// The one markdown renderer: the CLI's `--format markdown`, the job summary and the pull-request comment all
// come from here, so they never drift apart. What the change introduced comes first, each finding in full;
// what the base already had follows, summarized as far as the size budget requires. Every repository string
// goes through escape.ts.

import { append } from "../model/append.js";
import { createBoundedCache } from "../model/bounded-cache.js";
import type { Report } from "../model/report.js";
import type { FindingStatus } from "./compare-reports.js";
import { countFindingsBy, describeProjectCounts } from "./count-findings.js";
import { escapeMarkdown } from "./escape.js";
import type { LineFix } from "./line-fix.js";
import { describeUnchecked } from "./list-checks.js";
import { fitToLength, safeUrl } from "./markdown-blocks.js";
import {
	type FindingView,
	type LocationLinks,
	renderFindingItem,
} from "./render-finding.js";
import {
	describeCounts,
	type ExistingDetail,
	renderCountsBlock,
	renderExisting,
	renderPrimary,
} from "./render-finding-sections.js";
import { plural } from "./render-text.js";
import { renderUpgrades } from "./render-upgrades.js";
import type { UpgradeRow } from "./upgrade-diff.js";

export { describeCounts, renderUpgrades, safeUrl };

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
	/** The whole-line fix per finding (index-aligned with `report.findings`), shown as a diff. */
	fixes?: readonly (LineFix | null | undefined)[];
	/** Where locations link to (the head commit on GitHub); plain text without it. */
	links?: LocationLinks;
}

/** One detail level: how existing findings are shown, how many dependency changes, how many new findings. */
export interface Limits {
	existing: ExistingDetail;
	upgradeRows: number;
	primary: number;
}

const ALL = Number.POSITIVE_INFINITY;

// From everything to the least: existing detail and long change lists go first; new findings stay whole.
export const LEVELS: readonly Limits[] = [
	{ existing: "items", upgradeRows: ALL, primary: ALL },
	{ existing: "locations", upgradeRows: ALL, primary: ALL },
	{ existing: "locations", upgradeRows: 50, primary: ALL },
	{ existing: "rules", upgradeRows: 50, primary: ALL },
	{ existing: "rules", upgradeRows: 20, primary: ALL },
	{ existing: "counts", upgradeRows: 20, primary: ALL },
	{ existing: "counts", upgradeRows: 0, primary: ALL },
];

export function renderMarkdown(
	report: Report,
	options: MarkdownOptions = {},
): string {
	const renderer = createMarkdownRenderer(report, options);
	return fitReport(
		options.maxLength,
		renderer.primaryCount,
		renderer.render,
		renderCutNote(options.fullReportUrl),
		renderer.lowerBound,
	);
}

/** What fitReport needs to fit one report in a budget. */
export interface MarkdownRenderer {
	render: (limits: Limits) => string;
	/** A length every rendering at these limits has at least, found without rendering (summed up to `maxLength`). */
	lowerBound: (limits: Limits) => number;
	/** The findings shown in full (the new ones with a base, else all). */
	primaryCount: number;
}

export function createMarkdownRenderer(
	report: Report,
	options: MarkdownOptions,
): MarkdownRenderer {
	const views = report.findings.map(
		(finding, i): FindingView => ({
			finding,
			status: options.statuses?.[i],
			fix: options.fixes?.[i] ?? undefined,
		}),
	);
	const compared = options.statuses !== undefined;
	const primary = compared ? views.filter((v) => v.status === "new") : views;
	const existing = compared ? views.filter((v) => v.status !== "new") : [];
	const max = options.maxLength ?? ALL;
	const primaryLength = measureItems(primary, options.links, max);
	const existingLength = measureItems(existing, options.links, max);
	return {
		render: createRenderer(report, { views, primary, existing }, options),
		// Without a budget the first level is the answer: nothing to measure.
		lowerBound: (limits) =>
			max === ALL
				? 0
				: primaryLength(limits.primary) +
					(limits.existing === "items" ? existingLength(existing.length) : 0),
		primaryCount: primary.length,
	};
}

/**
 * The length of the first n findings' items, each as renderFindingItem writes it, summed only until it
 * passes `max`: a lower bound on any rendering that shows them in full, found without rendering the rest. A
 * fleet with thousands of findings would otherwise be rendered whole at every level the budget tries.
 */
function measureItems(
	views: readonly FindingView[],
	links: LocationLinks | undefined,
	max: number,
): (n: number) => number {
	const sums = [0];
	return (n) => {
		const wanted = Math.min(n, views.length);
		while (sums.length <= wanted && (sums[sums.length - 1] as number) <= max) {
			const view = views[sums.length - 1] as FindingView;
			let length = 0;
			for (const line of renderFindingItem(view, links)) length += line.length;
			sums.push((sums[sums.length - 1] as number) + length);
		}
		return sums[Math.min(wanted, sums.length - 1)] as number;
	};
}

/**
 * The first level that fits; when even the least detail does not, as many of the new findings as fit (found by
 * bisection), never fewer than one; a hard cut at a line end as the very last resort.
 */
export function fitReport(
	maxLength: number | undefined,
	primaryCount: number,
	render: (limits: Limits) => string,
	note?: string,
	/** A length every rendering at these limits has at least; a level it puts over the budget is not rendered. */
	lowerBound: (limits: Limits) => number = () => 0,
): string {
	const max = maxLength ?? ALL;
	for (const level of LEVELS) {
		if (lowerBound(level) > max) continue;
		const text = render(level);
		if (text.length <= max) return text;
	}
	const least = LEVELS[LEVELS.length - 1] as Limits;
	const fits = (limits: Limits) =>
		lowerBound(limits) <= max && render(limits).length <= max;
	let low = 1;
	let high = primaryCount - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		if (fits({ ...least, primary: mid })) low = mid + 1;
		else high = mid - 1;
	}
	return fitToLength(
		maxLength,
		[{ ...least, primary: Math.max(1, high) }],
		render,
		note,
	);
}

/**
 * The rendering at given limits, for one report: the parts that do not depend on the limits (the header, the
 * counts) are made once, and each detail level of the existing findings and of the dependency changes once,
 * since the budget may try many limits.
 */
function createRenderer(
	report: Report,
	{
		views,
		primary,
		existing,
	}: {
		views: readonly FindingView[];
		/** The new findings with a base, else all of them; `existing` the rest. */
		primary: readonly FindingView[];
		existing: readonly FindingView[];
	},
	options: MarkdownOptions,
): (limits: Limits) => string {
	const compared = options.statuses !== undefined;
	const header = renderHeader(report, options);
	if (!compared && new Set(views.map((v) => v.finding.project)).size > 1)
		append(header, renderCountsBlock(views));
	const existingLevels = createBoundedCache<string[]>(LEVELS.length);
	const existingAt = (detail: ExistingDetail) =>
		existingLevels.get(detail, () =>
			renderExisting(existing, detail, "Already on the base", options.links),
		);
	const upgradeLevels = createBoundedCache<ReturnType<typeof renderUpgrades>>(
		LEVELS.length,
	);
	const upgradesAt = (rows: number) =>
		upgradeLevels.get(String(rows), () =>
			renderUpgrades(options.upgrades ?? [], rows),
		);
	return (limits) => {
		const out = [...header];
		append(
			out,
			renderPrimary(
				primary,
				limits.primary,
				compared ? "New in this change" : "Findings",
				options.links,
				options.fullReportUrl
					? `[full report](${safeUrl(options.fullReportUrl)})`
					: "run `pin-audit --format markdown` for the full report.",
			),
		);
		let cut = 0;
		if (options.upgrades && options.upgrades.length > 0) {
			const section = upgradesAt(limits.upgradeRows);
			cut += section.cut;
			append(out, section.lines);
		}
		append(out, existingAt(limits.existing));
		if (limits.existing !== "items" && existing.length > 0) cut++;
		if (cut > 0) out.push(renderCutNote(options.fullReportUrl), "");
		return out.join("\n");
	};
}

function renderHeader(report: Report, options: MarkdownOptions): string[] {
	const { summary } = report;
	const out = [`### ${renderVerdict(report, options)}`, ""];
	if (options.gate) out.push(renderGate(options.gate, options.statuses), "");
	out.push(
		`Audited ${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")} and ${plural(summary.locked, "locked package")} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}.`,
		`Policy: ${escapeMarkdown(report.policy.description)}.`,
	);
	const unchecked = describeUnchecked(report.checks ?? []);
	if (unchecked !== null)
		out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
	const comparison = describeComparison(options);
	if (comparison) out.push(comparison);
	out.push("");
	// The report's own summary, a list of its own (lines of one paragraph run together); a pull-request
	// comment (with a gate) has its own layout.
	if (report.findings.length > 0 && options.gate === undefined)
		out.push(
			`- By rule: ${escapeMarkdown(countFindingsBy(report.findings, (f) => f.rule).join(", "))}.`,
			...describeProjectCounts(report).map(
				(line) => `- ${escapeMarkdown(line)}`,
			),
			"",
		);
	return out;
}

/** True when the audit read no requirement and no lock entry and found nothing: there is nothing to call clear. */
export function checkedNothing(report: Report): boolean {
	const { summary } = report;
	return summary.requirements + summary.locked + report.findings.length === 0;
}

/**
 * The headline. With a comparison it counts what the change introduced first ("1 new error · 294 already on the
 * base"); a report that checked nothing never wears a green mark.
 */
export function renderVerdict(
	report: Report,
	options: MarkdownOptions,
): string {
	const { summary } = report;
	const title = options.title ?? "pin-audit";
	const failing = options.gate ? options.gate.blocking > 0 : null;
	if (options.statuses && summary.errors + summary.warnings > 0) {
		const news = report.findings.filter(
			(f, i) => options.statuses?.[i] === "new" && f.severity !== "notice",
		);
		const newErrors = news.filter((f) => f.severity === "error").length;
		const newWarnings = news.length - newErrors;
		const existing = summary.errors + summary.warnings - news.length;
		const parts: string[] = [];
		if (newErrors > 0) parts.push(plural(newErrors, "new error"));
		if (newWarnings > 0) parts.push(plural(newWarnings, "new warning"));
		if (parts.length === 0) parts.push("nothing new");
		const tail = existing > 0 ? ` · ${existing} already on the base` : "";
		const icon =
			failing || (failing === null && newErrors > 0)
				? "❌"
				: newErrors + newWarnings > 0
					? "⚠️"
					: checkedNothing(report)
						? "⚪"
						: existing > 0
							? "☑️"
							: "✅";
		return `${icon} ${title}: ${parts.join(", ")}${tail}`;
	}
	if (summary.errors > 0)
		return `❌ ${title}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
	if (summary.warnings > 0)
		return `⚠️ ${title}: ${plural(summary.warnings, "warning")}`;
	return checkedNothing(report)
		? `⚪ ${title}: nothing to check (no pinned requirement or lock entry found)`
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

export function renderCutNote(fullReportUrl: string | undefined): string {
	return fullReportUrl
		? `Some detail was left out to fit. [Full report in the job summary](${safeUrl(fullReportUrl)})`
		: "Some detail was left out to fit; run `pin-audit --format markdown` for the full report.";
}
