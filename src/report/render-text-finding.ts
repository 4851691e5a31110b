// One finding in the text report. Short (the default): severity, location and rule, then the problem and the
// closing sentence (the fix, once), flowing in one paragraph of about two lines; the fix is never broken
// across lines. Verbose: the whole message. Colour is added after wrapping (escape codes have no width).

import { append } from "../model/append.js";
import type { Finding } from "../model/types.js";
import { escapeTextValue, stripControls } from "./escape.js";
import { splitMessageParts, splitWords } from "./message-parts.js";
import type { Paint } from "./render-text.js";
import { wrapText, wrapWords } from "./wrap-text.js";

const LABELS = {
	error: ["red", "error"],
	warning: ["yellow", "warning"],
	notice: ["cyan", "notice"],
} as const;

const FIRST = "  ";
const REST = "    ";

/** `  error servers/a/pyproject.toml:7 [outside-policy, also unpinned] problem. Fix.`, wrapped to `width`. */
export function renderTextFinding(
	f: Finding,
	width: number,
	paint: Paint,
	verbose: boolean,
): string[] {
	const s = stripControls;
	const [style, label] = LABELS[f.severity];
	const where = f.file
		? ` ${escapeTextValue(f.file)}${f.line ? `:${f.line}` : ""}`
		: "";
	const tag = f.also?.length
		? `[${f.rule}, also ${f.also.join(", ")}]`
		: `[${f.rule}]`;
	// Label, location and tag are one word each: the tag is never broken across lines.
	const head = [label, s(where.trim()), s(tag)].filter((word) => word !== "");
	const lines = verbose
		? renderWhole(head.join(" "), s(f.message), f.suggestion, width)
		: renderShort(head, s(f.message), f.suggestion, width);
	// The label opens the first line; the tag follows it (possibly on the next line when a path is long).
	lines[0] = `${FIRST}${paint(style, label)}${(lines[0] ?? "").slice(FIRST.length + label.length)}`;
	const at = lines.findIndex((line) => line.includes(tag));
	if (at >= 0) lines[at] = (lines[at] ?? "").replace(tag, paint("dim", tag));
	return lines;
}

function renderShort(
	head: readonly string[],
	message: string,
	suggestion: string | undefined,
	width: number,
): string[] {
	const { problem, closing } = splitMessageParts(message);
	const fix =
		closing ??
		(suggestion !== undefined && !problem.includes(suggestion)
			? `Write \`${suggestion}\`.`
			: null);
	const words = [...head, ...splitWords(problem)];
	// The fix as one unit when it fits on a line: a reader finds it whole at the end of the paragraph.
	if (fix !== null)
		append(words, fix.length <= width - REST.length ? [fix] : splitWords(fix));
	return wrapWords(words, width, FIRST, REST);
}

/** The message as the rules wrote it (every sentence, any table), and the fix if the message lacks it. */
function renderWhole(
	head: string,
	message: string,
	suggestion: string | undefined,
	width: number,
): string[] {
	const fix =
		suggestion !== undefined && !message.includes(suggestion)
			? `\nfix: ${suggestion}`
			: "";
	return wrapText(`${head} ${message}${fix}`, width, FIRST, REST);
}
