// Findings counted per rule or per project, worst first, as the text and markdown summaries show them.
import type { Report } from "../model/report.js";
import type { Finding } from "../model/types.js";

/** `outside-policy 92 errors`, worst (most errors, then warnings, then notices) first. */
export function countFindingsBy(
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

/** Projects named in the one-line summary of a report before "and N more" (the table lists them all). */
const PROJECTS_NAMED = 10;

/**
 * `By project (18 of 71 with findings, worst first): servers/a 3 errors, ..., and 8 more.` as one line, or
 * nothing when every finding is in one place.
 */
export function describeProjectCounts(report: Report): string[] {
	const counts = countFindingsBy(
		report.findings,
		(f) => f.project ?? "repository",
	);
	if (counts.length < 2 && report.summary.projects < 2) return [];
	const affected = new Set(
		report.findings.flatMap((f) => (f.project === null ? [] : [f.project])),
	).size;
	const shown = counts.slice(0, PROJECTS_NAMED);
	const more =
		counts.length > shown.length
			? [`and ${counts.length - shown.length} more`]
			: [];
	return [
		`By project (${affected} of ${report.summary.projects} with findings, worst first): ${[...shown, ...more].join(", ")}.`,
	];
}

/** `2 errors, 1 warning` (zero counts left out). */
export function describeCounts(findings: readonly Finding[]): string {
	const count = (severity: Finding["severity"]) =>
		findings.filter((f) => f.severity === severity).length;
	const parts = [
		[count("error"), "error"],
		[count("warning"), "warning"],
		[count("notice"), "notice"],
	] as const;
	return parts
		.filter(([n]) => n > 0)
		.map(([n, word]) => plural(n, word))
		.join(", ");
}

export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
