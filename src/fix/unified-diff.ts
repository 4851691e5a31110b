// A unified diff (`diff -u`, `git apply` reads it) of line replacements: the fixer changes lines in place and
// never adds or removes one, so old and new line numbers are the same. Pure.
import { stripControls } from "../report/escape.js";

const CONTEXT = 3;

/**
 * The diff of `file` from `before` to `after`, each the file's lines without their endings, the same count.
 * Empty when nothing differs. Control characters from the repository are stripped (it is printed to a terminal).
 */
export function renderUnifiedDiff(
	file: string,
	before: readonly string[],
	after: readonly string[],
): string {
	const changed: number[] = [];
	for (let i = 0; i < Math.max(before.length, after.length); i++)
		if (before[i] !== after[i]) changed.push(i);
	if (changed.length === 0) return "";
	const name = stripControls(file);
	let out = `--- a/${name}\n+++ b/${name}\n`;
	for (const hunk of groupHunks(changed, before.length)) {
		const count = hunk.end - hunk.start;
		out += `@@ -${hunk.start + 1},${count} +${hunk.start + 1},${count} @@\n`;
		for (let i = hunk.start; i < hunk.end; i++) {
			const old = stripControls(before[i] ?? "");
			if (before[i] === after[i]) out += ` ${old}\n`;
			else out += `-${old}\n+${stripControls(after[i] ?? "")}\n`;
		}
	}
	return out;
}

/** Changed lines with CONTEXT lines around each, overlapping ranges merged. */
function groupHunks(
	changed: readonly number[],
	length: number,
): { start: number; end: number }[] {
	const hunks: { start: number; end: number }[] = [];
	for (const line of changed) {
		const start = Math.max(0, line - CONTEXT);
		const end = Math.min(length, line + CONTEXT + 1);
		const last = hunks.at(-1);
		if (last !== undefined && start <= last.end) last.end = end;
		else hunks.push({ start, end });
	}
	return hunks;
}
