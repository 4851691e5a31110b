import {
	type DriftEntry,
	type DriftReport,
	isDrifting,
} from "../drift/drift-report.js";
import {
	computeDelta,
	type DriftDelta,
	type DriftState,
	encodeState,
} from "../drift/drift-state.js";
import {
	countRepositories,
	describeAllowed,
	describeBehind,
	describeSpread,
	formatDay,
	formatYears,
	listUnknown,
} from "./drift-phrases.js";
import {
	codeSpan,
	escapeHtml,
	escapeMarkdown,
	stripControls,
} from "./escape.js";
import { fitToLength } from "./markdown-blocks.js";
import { COMMENT_LIMIT } from "./render-comment.js";
import { renderDelta } from "./render-drift-delta.js";
import { plural } from "./render-text.js";

export { describeAllowed, describeBehind, describeSpread };

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

/** The living issue: marker, the markdown, and the machine-readable state the next run compares with. */
export function renderDriftIssue(
	report: DriftReport,
	state: DriftState,
	options: Omit<DriftMarkdownOptions, "delta"> = {},
): string {
	// A state too large to leave room for the report is not embedded: the next run then shows no delta.
	const encoded = encodeState(state);
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
		delta: computeDelta(state),
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
	const { summary } = report;
	const multi = report.repositories.length > 1;
	const out: string[] = [
		`### ${renderDriftVerdict(report, options.title)}`,
		"",
	];
	out.push(
		`Checked ${plural(summary.versions, "pinned or locked version")} in ${plural(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked${summary.libyears > 0 ? `; ${formatYears(summary.libyears)} libyears in all` : ""}.`,
	);
	if (!multi && report.repositories[0])
		out.push(`Policy: ${escapeMarkdown(report.repositories[0].policy)}.`);
	out.push("");
	let cut = 0;

	if (options.delta) {
		const section = renderDelta(options.delta, limits.deltaRows, multi);
		cut += section.cut;
		out.push(...section.lines);
	}

	const allGroups = groupDrifting(report);
	const groups = allGroups.slice(0, limits.projects);
	cut += allGroups.length - groups.length;
	out.push(...renderProjectTable(groups, multi));

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

	const sections = renderProjectSections(groups, multi, limits.rowsPerProject);
	cut += sections.cut;
	out.push(...sections.lines);

	const unknown = listUnknown(report);
	if (unknown.length > 0) {
		const names = unknown.slice(0, 30).map(codeSpan).join(", ");
		out.push(
			`Not checked (${plural(unknown.length, "package")}, not on the index or the index could not be read): ${names}${unknown.length > 30 ? ", ..." : ""}.`,
			"",
		);
	}
	if (cut > 0)
		out.push(
			"Some detail was left out to fit; run `pin-audit drift --format markdown` (or see the job summary) for all of it.",
			"",
		);
	return out.join("\n");
}

/** Per project, how far behind: five short columns at most, so the table fits the conversation column. */
function renderProjectTable(
	groups: readonly Group[],
	multi: boolean,
): string[] {
	if (groups.length === 0) return [];
	const out: string[] = [];
	// The repository joins the project rather than taking a column.
	out.push(
		"| Project | Behind | Updates behind | Libyears |",
		"|---|---:|---|---:|",
	);
	for (const g of groups) {
		const updates = (["major", "minor", "patch"] as const)
			.map((k) => [k, g.entries.reduce((n, e) => n + e.behind[k], 0)] as const)
			.filter(([, n]) => n > 0)
			.map(([k, n]) => `${n} ${k}`);
		const years = g.entries.reduce((n, e) => n + (e.libyears ?? 0), 0);
		const yanked = g.entries.filter((e) => e.status === "yanked").length;
		out.push(
			`| ${multi ? `${codeSpan(g.repository)} ` : ""}${codeSpan(g.project)} | ${g.entries.filter((e) => e.status === "behind").length}${yanked > 0 ? ` (${yanked} yanked)` : ""} | ${updates.join(" · ")} | ${formatYears(years)} |`,
		);
	}
	out.push("");
	return out;
}

/** A collapsed section per drifting project, each package a list item. */
function renderProjectSections(
	groups: readonly Group[],
	multi: boolean,
	rowsPerProject: number,
): { lines: string[]; cut: number } {
	const out: string[] = [];
	let cut = 0;
	for (const g of groups) {
		const shown = g.entries.slice(0, rowsPerProject);
		cut += g.entries.length - shown.length;
		const label = multi ? `${g.repository}: ${g.project}` : g.project;
		out.push(
			`<details><summary><b>${escapeHtml(label)}</b>: ${describeGroup(g.entries)}</summary>`,
			"",
		);
		for (const e of shown) out.push(...renderEntryItem(e));
		if (shown.length < g.entries.length)
			out.push(
				"",
				`_${plural(g.entries.length - shown.length, "more package")} not shown._`,
			);
		out.push("", "</details>", "");
	}

	return { lines: out, cut };
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
	// A report that could check nothing (offline, or an index that did not answer) never wears a green mark.
	if (summary.behind + summary.yanked === 0)
		return summary.upToDate === 0
			? `⚪ ${title}: no pin could be checked (${summary.unknown} not checked)`
			: summary.unknown > 0
				? `☑️ ${title}: ${plural(summary.upToDate, "checked version")} on the latest release, ${summary.unknown} not checked`
				: `✅ ${title}: every checked pin is on its latest release`;
	const parts = [];
	if (summary.behind > 0)
		parts.push(`${plural(summary.behind, "version")} behind`);
	if (summary.yanked > 0) parts.push(`${summary.yanked} yanked`);
	return `📦 ${title}: ${parts.join(", ")} in ${plural(projects, "project")}`;
}

/** One package as a list item: versions and how far behind on the first line, policy and places on the second. */
function renderEntryItem(e: DriftEntry): string[] {
	const inUse = `${codeSpan(e.current)}${e.currentUploaded ? ` (${formatDay(e.currentUploaded)})` : ""}${e.status === "yanked" ? ` **yanked**${e.yankedReason ? `: ${escapeMarkdown(e.yankedReason)}` : ""}` : ""}`;
	const latest = e.latest
		? ` → ${codeSpan(e.latest)}${e.latestUploaded ? ` (${formatDay(e.latestUploaded)})` : ""}`
		: "";
	const behind = describeBehind(e);
	const facts = [
		...(behind ? [`${behind} behind`] : []),
		...(e.libyears === null ? [] : [`${formatYears(e.libyears)} libyears`]),
	];
	const allowed = describeAllowed(e, codeSpan);
	const where = e.sources
		.map((s) => codeSpan(`${s.file}:${s.line}`))
		.join(", ");
	const second = [
		...(allowed ? [`policy: ${allowed}`] : []),
		...(where ? [where] : []),
	];
	return [
		`- ${codeSpan(e.package)} ${inUse}${latest}${facts.length > 0 ? ` · ${facts.join(" · ")}` : ""}${second.length > 0 ? "\\" : ""}`,
		...(second.length > 0 ? [`  ${second.join(" · ")}`] : []),
	];
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
	const lines: string[] = [
		`${s(report.tool.name)} ${s(report.tool.version)} drift: ${plural(summary.versions, "pinned or locked version")} in ${plural(summary.projects, "project")}${report.repositories.length > 1 ? ` of ${countRepositories(summary.repositories)}` : ""}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked; ${formatYears(summary.libyears)} libyears`,
	];
	const multi = report.repositories.length > 1;
	for (const r of report.repositories) {
		const drifting = r.entries.filter(isDrifting);
		if (drifting.length === 0) continue;
		let project: string | null = null;
		for (const e of drifting) {
			if (e.project !== project) {
				project = e.project;
				lines.push("", multi ? `${s(r.name)}: ${s(project)}` : s(project));
			}
			const age = (at: string | null) =>
				at === null ? "" : ` (${describeAge(at, now)})`;
			const behind = describeBehind(e);
			lines.push(
				`  ${s(e.package)} ${s(e.current)}${age(e.currentUploaded)}${e.status === "yanked" ? ` YANKED${e.yankedReason ? `: ${s(e.yankedReason)}` : ""}` : ""}` +
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
	const unknown = listUnknown(report);
	if (unknown.length > 0)
		lines.push("", `not checked: ${unknown.map(s).join(", ")}`);
	lines.push("");
	return `${lines.join("\n")}`;
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
