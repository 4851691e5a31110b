// The sticky pull-request comment: the hidden marker line, then the report from render-markdown.ts (the same
// renderer as the job summary), or, once no error or warning is left, a short all-clear that still shows the
// dependency changes, so a fixed PR never keeps a stale failure.

import { append } from "../model/append.js";
import type { Report } from "../model/report.js";
import { escapeMarkdown } from "./escape.js";
import { describeUnchecked } from "./list-checks.js";
import {
	fitReport,
	type MarkdownOptions,
	renderCutNote,
	renderMarkdown,
	renderUpgrades,
	renderVerdict,
	safeUrl,
} from "./render-markdown.js";
import { plural } from "./render-text.js";

/** GitHub rejects a comment body longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface CommentOptions
	extends Omit<MarkdownOptions, "maxLength" | "fullReportUrl"> {
	/** `comment-key`; validated by the input schema (no `--`, no spaces, no line breaks). */
	key: string;
	/** The run's page (job summary), linked when detail is cut and from the footer. */
	runUrl?: string;
	maxLength?: number;
}

/** The first line of every sticky comment; the key keeps matrix jobs' comments apart. */
export function commentMarker(key: string): string {
	if (!/^[A-Za-z0-9][A-Za-z0-9._/+=:-]*$/.test(key))
		throw new Error(`invalid comment key: ${JSON.stringify(key)}`);
	return `<!-- pin-audit:sticky key=${key} -->`;
}

export function renderComment(report: Report, options: CommentOptions): string {
	const marker = commentMarker(options.key);
	const footer = options.runUrl
		? `<sub>[Job summary and full report](${safeUrl(options.runUrl)})</sub>`
		: "";
	const room =
		(options.maxLength ?? COMMENT_LIMIT) - marker.length - footer.length - 4;
	const hasProblems = report.summary.errors + report.summary.warnings > 0;
	const markdown = hasProblems
		? renderMarkdown(report, {
				...options,
				maxLength: room,
				...(options.runUrl ? { fullReportUrl: options.runUrl } : {}),
			})
		: renderAllClear(report, options, room);
	return `${marker}\n${markdown.trimEnd()}\n${footer ? `\n${footer}\n` : ""}`;
}

function renderAllClear(
	report: Report,
	options: CommentOptions,
	room: number,
): string {
	return fitReport(room, 0, (limits) => {
		const out = [`### ${renderVerdict(report, options)}`, ""];
		const { summary } = report;
		const fixed = options.fixedCount
			? ` This change fixes ${plural(options.fixedCount, "finding")} that the base has.`
			: "";
		out.push(
			`No errors or warnings in ${plural(summary.projects, "project")} (${plural(summary.requirements, "requirement")}, ${plural(summary.locked, "locked package")}).${fixed}`,
			`Policy: ${escapeMarkdown(report.policy.description)}.`,
		);
		// An all clear says what it could not look at (offline: yanked and too-new releases).
		const unchecked = describeUnchecked(report.checks ?? []);
		if (unchecked !== null)
			out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
		if (summary.notices > 0)
			out.push(`${plural(summary.notices, "notice")} in the job summary.`);
		out.push("");
		let cut = 0;
		if (options.upgrades && options.upgrades.length > 0) {
			const section = renderUpgrades(options.upgrades, limits.upgradeRows);
			cut += section.cut;
			append(out, section.lines);
		} else if (options.upgrades) {
			out.push("No pinned or locked version changed.", "");
		}
		if (cut > 0) out.push(renderCutNote(options.runUrl), "");
		return out.join("\n");
	});
}
