// The drift report as text (terminal, cron mail), markdown (job summary, the drift issue) and JSON. The markdown
// follows render-markdown.ts: the same escaping (escape.ts), verdict heading, summary table first and a
// collapsed <details> per project, and the same fitting to a size limit (markdown-blocks.ts).

import { append } from "../model/append.js";
import type { DriftDelta, DriftIssueState } from "../model/drift-delta.js";
import {
	type DriftEntry,
	type DriftReport,
	isDrifting,
} from "../model/drift-report.js";
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
import { codeSpan, escapeHtml, escapeMarkdown } from "./escape.js";
import { stringifyInPieces } from "./json-pieces.js";
import { fitToLength } from "./markdown-blocks.js";
import { COMMENT_LIMIT } from "./render-comment.js";
import { renderDelta } from "./render-drift-delta.js";
import { renderRolloutPlanMarkdown } from "./render-rollout-plan.js";
import { plural } from "./render-text.js";

export {
	type DriftTextOptions,
	renderDriftText,
} from "./render-drift-text.js";

/** First line of the drift issue: found by it and by its author. */
export const DRIFT_MARKER = "<!-- pin-audit:drift -->";

export interface DriftMarkdownOptions {
	/** Upper bound on the length of the result. */
	maxLength?: number;
	title?: string;
	/** What changed since the snapshot the delta compares with. */
	delta?: DriftDelta | null;
}

interface Limits {
	/** Rows of the summary table and collapsed project sections. */
	projects: number;
	rowsPerProject: number;
	spreadRows: number;
	deltaRows: number;
}

const LEVELS: Limits[] = [
	{
		projects: Number.POSITIVE_INFINITY,
		rowsPerProject: Number.POSITIVE_INFINITY,
		spreadRows: Number.POSITIVE_INFINITY,
		deltaRows: Number.POSITIVE_INFINITY,
	},
	{ projects: 200, rowsPerProject: 50, spreadRows: 100, deltaRows: 50 },
	{ projects: 100, rowsPerProject: 20, spreadRows: 40, deltaRows: 20 },
	{ projects: 30, rowsPerProject: 5, spreadRows: 10, deltaRows: 5 },
	{ projects: 0, rowsPerProject: 0, spreadRows: 0, deltaRows: 0 },
];

export function renderDriftJson(report: DriftReport): string {
	return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * renderDriftJson's bytes in pieces: the report, each repository and fleet package are opened, and their arrays
 * (entries, projects, versions) go out 32 items a piece. A 1200-project repository's drift is ~48 MB of JSON.
 */
export function* renderDriftJsonChunks(report: DriftReport): Generator<string> {
	yield* stringifyInPieces(report, 0, 3);
	yield "\n";
}

/** The living issue: marker, the markdown, and the machine-readable state the next run compares with. */
export function renderDriftIssue(
	report: DriftReport,
	state: DriftIssueState,
	options: Omit<DriftMarkdownOptions, "delta"> = {},
): string {
	// A state too large to leave room for the report is not embedded: the next run then shows no delta.
	const encoded = state.encoded;
	const limit = options.maxLength ?? COMMENT_LIMIT;
	const stateLine =
		encoded.length <= limit / 2
			? encoded
			: "<!-- pin-audit:drift-state omitted: too large to embed -->";
	const room =
		(options.maxLength ?? COMMENT_LIMIT) -
		DRIFT_MARKER.length -
		stateLine.length -
		4;
	const markdown = renderDriftMarkdown(report, {
		...options,
		maxLength: room,
		delta: state.delta,
	});
	return `${DRIFT_MARKER}\n${markdown.trimEnd()}\n\n${stateLine}\n`;
}

export function renderDriftMarkdown(
	report: DriftReport,
	options: DriftMarkdownOptions = {},
): string {
	return fitToLength(options.maxLength, LEVELS, (limits) =>
		renderWithLimits(report, options, limits),
	);
}

function renderWithLimits(
	report: DriftReport,
	options: DriftMarkdownOptions,
	limits: Limits,
): string {
	const multi = report.repositories.length > 1;
	const out: string[] = [
		`### ${renderDriftVerdict(report, options.title)}`,
		"",
		describeChecked(report, multi),
	];
	if (!multi && report.repositories[0])
		out.push(`Policy: ${escapeMarkdown(report.repositories[0].policy)}.`);
	out.push("");
	let cut = 0;

	if (options.delta) {
		const section = renderDelta(options.delta, limits.deltaRows, multi);
		cut += section.cut;
		append(out, section.lines);
	}

	const allGroups = groupDrifting(report);
	const groups = allGroups.slice(0, limits.projects);
	cut += allGroups.length - groups.length;
	append(out, renderProjectTable(groups, multi));
	append(out, renderRolloutPlanMarkdown(report));

	const spread = report.fleet.filter((p) => p.versions.length > 1);
	if (spread.length > 0) {
		const shown = spread.slice(0, limits.spreadRows);
		cut += spread.length - shown.length;
		out.push(
			`<details open><summary><b>Versions in use</b>: ${plural(spread.length, "package")} on more than one version</summary>`,
			"",
		);
		if (shown.length > 0) {
			out.push("| Package | In use | Latest |", "|---|---|---|");
			for (const p of shown)
				out.push(
					`| ${codeSpan(p.package)} | ${describeSpread(p, multi, codeSpan)} | ${p.latest ? codeSpan(p.latest) : ""} |`,
				);
		}
		out.push("", "</details>", "");
	}

	for (const g of groups) {
		const shown = g.entries.slice(0, limits.rowsPerProject);
		cut += g.entries.length - shown.length;
		const label = multi ? `${g.repository}: ${g.project}` : g.project;
		out.push(
			`<details><summary><b>${escapeHtml(label)}</b>: ${describeGroup(g.entries)}</summary>`,
			"",
		);
		// One list item per package: a seven-column table overflows GitHub's ~780 px conversation column.
		for (const e of shown) out.push(renderEntryItem(e));
		if (shown.length < g.entries.length)
			out.push(
				"",
				`_${plural(g.entries.length - shown.length, "more package")} not shown._`,
			);
		out.push("", "</details>", "");
	}

	append(out, renderUnchecked(report));
	if (cut > 0)
		out.push(
			"Some detail was left out to fit; run `pin-audit drift --format markdown` (or see the job summary) for all of it.",
			"",
		);
	return out.join("\n");
}

/** `Checked 8 pinned or locked versions in 1 project with ...: 6 behind, ...; 4.3 libyears in all.` */
function describeChecked(report: DriftReport, multi: boolean): string {
	const { summary } = report;
	const years = describeLibyears(summary);
	return `Checked ${plural(summary.versions, "pinned or locked version")} in ${plural(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked${years ? `; ${years}` : ""}.`;
}

/** One row per project with something behind or yanked: how many, by what they change, and libyears. */
function renderProjectTable(
	groups: readonly Group[],
	multi: boolean,
): string[] {
	if (groups.length === 0) return [];
	// Five short columns at most, so the table fits GitHub's conversation column.
	const out = [
		"| Project | Behind | Yanked | By step | Libyears |",
		"|---|---:|---:|---|---:|",
	];
	for (const g of groups) {
		const sum = (k: "major" | "minor" | "patch" | "other") =>
			g.entries.reduce((n, e) => n + (e.behind[k] ?? 0), 0);
		const years = g.entries.reduce((n, e) => n + (e.libyears ?? 0), 0);
		const count = (status: DriftEntry["status"]) =>
			g.entries.filter((e) => e.status === status).length;
		const steps = (
			[
				["major", sum("major")],
				["minor", sum("minor")],
				["patch", sum("patch")],
				["pre/post/dev", sum("other")],
			] as const
		)
			.filter(([, n]) => n > 0)
			.map(([label, n]) => `${n} ${label}`);
		const project = multi
			? `${codeSpan(g.repository)}: ${codeSpan(g.project)}`
			: codeSpan(g.project);
		out.push(
			`| ${project} | ${count("behind")} | ${count("yanked")} | ${steps.join(" · ") || "-"} | ${formatYears(years)} |`,
		);
	}
	out.push("");
	return out;
}

/** What could not be checked, by why: not on the index, the index failed, offline. */
function renderUnchecked(report: DriftReport): string[] {
	return groupUnchecked(report).flatMap((group) => [
		`${upperFirst(UNCHECKED_LABELS[group.reason])} (${plural(group.packages.length, "package")}): ${group.packages.slice(0, 30).map(codeSpan).join(", ")}${group.packages.length > 30 ? ", ..." : ""}.`,
		"",
	]);
}

export function renderDriftVerdict(
	report: DriftReport,
	title = "pin-audit drift",
): string {
	const { summary } = report;
	const projects = new Set(
		report.repositories.flatMap((r) =>
			r.entries.filter(isDrifting).map((e) => `${r.name}\0${e.project}`),
		),
	).size;
	// A report that checked nothing (offline, index unreachable) is no all-clear.
	if (summary.behind + summary.yanked === 0 && summary.unknown > 0)
		return summary.upToDate === 0
			? `⚠️ ${title}: nothing could be checked (${summary.unknown} not checked)`
			: `⚠️ ${title}: ${summary.upToDate} on their latest release, ${summary.unknown} not checked`;
	if (summary.behind + summary.yanked === 0)
		// An index outage checks nothing: "every checked pin" must not read as "every pin".
		return `✅ ${title}: every checked pin is on its latest release${summary.unknown > 0 ? ` (${summary.unknown} not checked)` : ""}`;
	const parts = [];
	if (summary.behind > 0)
		parts.push(`${plural(summary.behind, "version")} behind`);
	if (summary.yanked > 0) parts.push(`${summary.yanked} yanked`);
	return `📦 ${title}: ${parts.join(", ")} in ${plural(projects, "project")}`;
}

function renderEntryItem(e: DriftEntry): string {
	const uploaded =
		e.currentOnIndex === false
			? " (not on the index)"
			: e.currentUploaded
				? ` (${formatDay(e.currentUploaded)})`
				: "";
	const inUse = `${codeSpan(e.current)}${uploaded}${e.status === "yanked" ? ` **yanked**${e.yankedReason ? `: ${escapeMarkdown(e.yankedReason)}` : ""}` : ""}`;
	const latest = e.latest
		? `${codeSpan(e.latest)}${e.latestUploaded ? ` (${formatDay(e.latestUploaded)})` : ""}`
		: "";
	const where = e.sources
		.map((s) => codeSpan(`${s.file}:${s.line}`))
		.join(", ");
	const behind = describeBehind(e);
	const head = [
		`${codeSpan(e.package)} ${inUse}${latest ? ` → ${latest}` : ""}`,
		...(behind ? [`${behind} behind`] : []),
		...(e.libyears === null ? [] : [`${formatYears(e.libyears)} libyears`]),
	].join(" · ");
	const tail = [`policy: ${describeAllowed(e, codeSpan)}`, where]
		.filter(Boolean)
		.join(" · ");
	// A backslash at the end of a line is a hard line break (CommonMark) inside the list item.
	return `- ${head}\\\n  ${tail}`;
}

// The report schema only admits ISO 8601 times here; a report built some other way still renders, never throws.
/** The UTC day of an ISO 8601 time, as markdown. */
function formatDay(at: string): string {
	const ms = Date.parse(at);
	return Number.isNaN(ms)
		? escapeMarkdown(at)
		: new Date(ms).toISOString().slice(0, 10);
}

interface Group {
	repository: string;
	project: string;
	entries: DriftEntry[];
}

/** Projects with something behind or yanked, each with those entries: most behind first, then by name. */
function groupDrifting(report: DriftReport): Group[] {
	const groups: Group[] = [];
	for (const r of report.repositories) {
		const byProject = new Map<string, DriftEntry[]>();
		for (const e of r.entries)
			if (isDrifting(e))
				byProject.set(e.project, [...(byProject.get(e.project) ?? []), e]);
		for (const [project, entries] of byProject)
			groups.push({ repository: r.name, project, entries });
	}
	return groups;
}

function describeGroup(entries: readonly DriftEntry[]): string {
	const behind = entries.filter((e) => e.status === "behind").length;
	const yanked = entries.filter((e) => e.status === "yanked").length;
	return [
		behind > 0 ? `${behind} behind` : "",
		yanked > 0 ? `${yanked} yanked` : "",
	]
		.filter(Boolean)
		.join(", ");
}

function upperFirst(text: string): string {
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
