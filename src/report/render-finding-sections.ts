// The findings part of the markdown report: what the change introduced in full, then what was already on the
// base summarized per project and rule, at the detail level the size budget allows.

import { append } from "../model/append.js";
import type { Finding } from "../model/types.js";
import { codeSpan } from "./escape.js";
import {
	type FindingView,
	type LocationLinks,
	locationUrl,
	projectLabel,
	renderFindingItem,
	renderLocation,
	SEVERITY_ICON,
} from "./render-finding.js";
import { plural } from "./render-text.js";

/** How much of the already-existing findings is shown: each in full, per rule with links, per rule, counts. */
export type ExistingDetail = "items" | "locations" | "rules" | "counts";

/** Locations listed per rule at the `locations` level before "and N more". */
const LOCATIONS_PER_RULE = 20;

/** The findings the reader must act on, each in full; `shown` of them, then a count of the rest. */
export function renderPrimary(
	views: readonly FindingView[],
	shown: number,
	heading: string,
	links: LocationLinks | undefined,
	moreNote: string,
): string[] {
	if (views.length === 0) return [];
	const out = [`#### ${heading}`, ""];
	const kept = views.slice(0, shown);
	const projects = new Set(kept.map((v) => v.finding.project));
	let current: string | null | undefined;
	for (const view of kept) {
		if (projects.size > 1 && view.finding.project !== current) {
			current = view.finding.project;
			out.push(
				`**${current === null ? "repository" : codeSpan(current)}**`,
				"",
			);
		}
		append(out, renderFindingItem(view, links));
	}
	if (kept.length < views.length)
		out.push(
			`_${plural(views.length - kept.length, "more finding")} of this change not shown here: ${moreNote}_`,
			"",
		);
	return out;
}

/** Counts per project: a table of short columns. */
export function renderProjectCounts(views: readonly FindingView[]): string[] {
	const groups = groupByProject(views);
	if (groups.size === 0) return [];
	const out = [
		"| Project | Errors | Warnings | Notices |",
		"|---|---:|---:|---:|",
	];
	for (const [project, entries] of groups) {
		const findings = entries.map((e) => e.finding);
		out.push(
			`| ${project === null ? "_repository_" : codeSpan(project)} | ${count(findings, "error")} | ${count(findings, "warning")} | ${count(findings, "notice")} |`,
		);
	}
	out.push("");
	return out;
}

/** The counts per project; collapsed when more than ten projects would push the findings down. */
export function renderCountsBlock(views: readonly FindingView[]): string[] {
	const table = renderProjectCounts(views);
	const projects = new Set(views.map((v) => v.finding.project)).size;
	if (projects <= 10) return table;
	return [
		`<details><summary>${describeCounts(views.map((v) => v.finding))} in ${plural(projects, "project")}</summary>`,
		"",
		...table,
		"</details>",
		"",
	];
}

/** The findings the base already has: per project (collapsed), per rule, at `detail`. */
export function renderExisting(
	views: readonly FindingView[],
	detail: ExistingDetail,
	heading: string,
	links: LocationLinks | undefined,
): string[] {
	if (views.length === 0) return [];
	const out = [`#### ${heading} (${views.length})`, ""];
	const groups = groupByProject(views);
	if (detail === "counts") return [...out, ...renderCountsBlock(views)];
	for (const [project, entries] of groups) {
		const findings = entries.map((e) => e.finding);
		out.push(
			`<details><summary><b>${projectLabel(project)}</b>: ${describeCounts(findings)}</summary>`,
			"",
		);
		if (detail === "items")
			for (const view of entries) append(out, renderFindingItem(view, links));
		else {
			append(out, renderRuleLines(entries, detail === "locations", links));
			out.push("");
		}
		out.push("</details>", "");
	}
	return out;
}

/** Per rule: how many, and (with locations) where, per file with each line linked. */
function renderRuleLines(
	entries: readonly FindingView[],
	withLocations: boolean,
	links: LocationLinks | undefined,
): string[] {
	const byRule = new Map<string, Finding[]>();
	for (const { finding } of entries) {
		const key = `${finding.severity}\0${finding.rule}`;
		const list = byRule.get(key);
		if (list) list.push(finding);
		else byRule.set(key, [finding]);
	}
	const out: string[] = [];
	for (const findings of byRule.values()) {
		const first = findings[0] as Finding;
		const line = `- ${SEVERITY_ICON[first.severity]} ${codeSpan(first.rule)} × ${findings.length}`;
		out.push(
			withLocations ? `${line}: ${renderPlaces(findings, links)}` : line,
		);
	}
	return out;
}

/** `file` lines 3, 4, 6 (each linked), at most LOCATIONS_PER_RULE lines, then "and N more". */
function renderPlaces(
	findings: readonly Finding[],
	links: LocationLinks | undefined,
): string {
	const byFile = new Map<string, Finding[]>();
	for (const f of findings.slice(0, LOCATIONS_PER_RULE)) {
		const file = f.file ?? "";
		const list = byFile.get(file);
		if (list) list.push(f);
		else byFile.set(file, [f]);
	}
	const parts: string[] = [];
	for (const [file, inFile] of byFile) {
		if (file === "") continue;
		const name = renderLocation({ file, line: null }, links) ?? codeSpan(file);
		const lines = inFile
			.filter((f) => f.line)
			.map((f) => {
				const url = locationUrl(file, f.line, links);
				return url ? `[${f.line}](${url})` : String(f.line);
			});
		parts.push(
			lines.length > 0
				? `${name} ${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}`
				: name,
		);
	}
	const more = findings.length - Math.min(findings.length, LOCATIONS_PER_RULE);
	return `${parts.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

function groupByProject(
	views: readonly FindingView[],
): Map<string | null, FindingView[]> {
	const groups = new Map<string | null, FindingView[]>();
	for (const view of views) {
		const list = groups.get(view.finding.project);
		if (list) list.push(view);
		else groups.set(view.finding.project, [view]);
	}
	return groups;
}

function count(findings: readonly Finding[], severity: Finding["severity"]) {
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
