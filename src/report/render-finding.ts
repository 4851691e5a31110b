// One finding as a list item a reviewer reads in seconds: severity and new/existing, the rule, the location as a
// link to the line, one sentence saying what is wrong, the fix as a small diff, and the longer why collapsed.
// Every repository string goes through escape.ts; code blocks are fenced longer than any backtick run they hold.

import { append } from "../model/append.js";
import type { Finding, Severity } from "../model/types.js";
import type { FindingStatus } from "./compare-reports.js";
import {
	codeSpan,
	escapeHtml,
	escapeMarkdownWithCode,
	stripControls,
} from "./escape.js";
import type { LineFix } from "./line-fix.js";
import { safeUrl } from "./markdown-blocks.js";

export const SEVERITY_ICON: Record<Severity, string> = {
	error: "🔴",
	warning: "🟡",
	notice: "🔵",
};

/** Where finding locations link to: the head commit's blob view. */
export interface LocationLinks {
	/** `{server}/{owner}/{repo}/blob/{head_sha}`, no trailing slash. */
	blobBase: string;
	/** The audited directory relative to the repository root ("." for the root), prefixed to finding paths. */
	pathPrefix: string;
}

export interface FindingView {
	finding: Finding;
	status: FindingStatus | undefined;
	fix: LineFix | undefined;
}

/** Characters of the one remark shown without a `<details>`. */
const SHORT_REMARK = 80;

/** The list item's lines (the first starts with "- "; the rest are indented to stay inside the item). */
export function renderFindingItem(
	view: FindingView,
	links: LocationLinks | undefined,
): string[] {
	const { finding: f, status, fix } = view;
	const mark =
		status === "new" ? " **new**" : status === "existing" ? " existing" : "";
	const head = [`${SEVERITY_ICON[f.severity]}${mark}`, codeSpan(f.rule)];
	const where = renderLocation(f, links);
	if (where) head.push(where);
	const { sentence, rest } = splitMessage(f.message, f.suggestion);
	// The package, unless the sentence names it anyway.
	if (f.package && !sentence.includes(`\`${f.package}\``))
		head.push(codeSpan(f.package));
	// Folded rules last: next to the rule id they push the linked path onto a second line at 780 px. A
	// no-break space keeps "also" with the first id when the line wraps.
	if (f.also?.length)
		head.push(`also\u00a0${f.also.map((id) => codeSpan(id)).join(", ")}`);
	// A backslash ending a line is a hard line break (CommonMark): the sentence starts on a line of its own.
	const out = [
		`- ${head.join(" · ")}\\`,
		`  ${escapeMarkdownWithCode(sentence)}`,
	];
	if (fix) {
		out.push("");
		append(out, indent(diffBlock(fix)));
	} else if (f.suggestion) out.push(`  Fix: ${codeSpan(f.suggestion)}`);
	const more = [...rest];
	// A pin's counterexample is the pinned version the sentence already names: only a range gets one.
	if (f.counterexample && !namesVersion(f.message, f.counterexample))
		more.push(
			`A version the requirement lets in that is not allowed: ${codeSpan(f.counterexample)}.`,
		);
	// One short remark reads faster on its own line than behind a click.
	if (more.length === 1 && (more[0] as string).length <= SHORT_REMARK)
		out.push("", `  ${escapeMarkdownWithCode(more[0] as string)}`);
	else if (more.length > 0) {
		out.push(
			"",
			"  <details><summary>Why, and what else</summary>",
			"",
			// One line each (a table's rows among them): a backslash ends all but the last with a hard line
			// break, since a job summary, unlike a comment, joins the lines of a paragraph into one.
			...more.map(
				(text, i) =>
					`  ${escapeMarkdownWithCode(text)}${i < more.length - 1 ? "\\" : ""}`,
			),
			"",
			"  </details>",
		);
	}
	out.push("");
	return out;
}

/** `path:line` as a link to the line at the head commit, or as code when there is nowhere to link. */
export function renderLocation(
	f: Pick<Finding, "file" | "line">,
	links: LocationLinks | undefined,
): string | null {
	if (!f.file) return null;
	const text = codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`);
	const url = locationUrl(f.file, f.line, links);
	return url ? `[${text}](${url})` : text;
}

/** The blob URL of a file (and line) at the head commit; each path segment percent-encoded. */
export function locationUrl(
	file: string,
	line: number | null,
	links: LocationLinks | undefined,
): string | null {
	if (!links) return null;
	const path = (links.pathPrefix === "." ? file : `${links.pathPrefix}/${file}`)
		.split("/")
		.filter((segment) => segment !== "" && segment !== ".")
		.map((segment) =>
			encodeURIComponent(segment).replace(
				/[!'()*]/g,
				(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
			),
		)
		.join("/");
	return `${safeUrl(links.blobBase)}/${path}${line ? `#L${line}` : ""}`;
}

/** A ```diff block: the line as it is, and as it should read. */
export function diffBlock(fix: LineFix): string[] {
	const before = stripControls(fix.before);
	const after = stripControls(fix.after);
	const fence = fenceFor(`${before}\n${after}`);
	return [`${fence}diff`, `-${before}`, `+${after}`, fence];
}

/** A backtick fence longer than any backtick run in `text` (and at least three), so the text cannot close it. */
export function fenceFor(text: string): string {
	const longest = Math.max(
		0,
		...(text.match(/`+/g) ?? []).map((run) => run.length),
	);
	return "`".repeat(Math.max(3, longest + 1));
}

function indent(lines: readonly string[]): string[] {
	return lines.map((line) => (line === "" ? "" : `  ${line}`));
}

/**
 * The first sentence (what is wrong) and the rest (why, what else). Sentences end at ". " outside `code`; the
 * closing "Write `<suggestion>`." is left out when the fix is shown anyway.
 */
export function splitMessage(
	message: string,
	suggestion: string | undefined,
): { sentence: string; rest: string[] } {
	const lines = message.split(/\r?\n/).filter((line) => line.trim() !== "");
	const first = lines[0] ?? "";
	let inCode = false;
	let end = -1;
	for (let i = 0; i < first.length; i++) {
		const c = first[i];
		if (c === "`") inCode = !inCode;
		else if (!inCode && c === "." && /^\s+\S/.test(first.slice(i + 1))) {
			end = i + 1;
			break;
		}
	}
	const sentence = end === -1 ? first : first.slice(0, end);
	const write = suggestion === undefined ? null : ` Write \`${suggestion}\`.`;
	const after = ` ${first.slice(end).trim()}`;
	const rest = [
		// The fix is shown anyway: the closing "Write ..." is left out wherever it ends the first line.
		...(end === -1
			? []
			: [
					(write && after.endsWith(write)
						? after.slice(0, -write.length)
						: after
					).trim(),
				]),
		...lines.slice(1).map((line) => line.trim()),
	].filter(
		(text) =>
			text !== "" &&
			!(suggestion !== undefined && text === `Write \`${suggestion}\`.`),
	);
	return { sentence, rest };
}

/** A short label for a project in HTML (`<summary>`), escaped. */
export function projectLabel(project: string | null): string {
	return project === null ? "repository" : escapeHtml(project);
}

/** Whether `text` names `version` as a whole version (not `1.2` inside `1.2.3`; a full stop may follow). */
function namesVersion(text: string, version: string): boolean {
	for (
		let at = text.indexOf(version);
		at >= 0;
		at = text.indexOf(version, at + 1)
	) {
		const before = text.slice(Math.max(0, at - 1), at);
		const after = text.slice(at + version.length, at + version.length + 2);
		if (!/[\w.+!-]$/.test(before) && !/^(\w|[.+!-]\w)/.test(after)) return true;
	}
	return false;
}
