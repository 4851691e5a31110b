import { createHash } from "node:crypto";
import type { Finding } from "../model/types.js";
import { escapeMarkdownWithCode, stripControls } from "../report/escape.js";
import type { LineFix } from "../report/line-fix.js";
import { fenceFor, splitMessage } from "../report/render-finding.js";
import { repositoryPath } from "./annotations.js";
import type { RightSideLines } from "./pull-request-diff.js";

// The one-click fixes: a review comment with a GitHub suggestion block on each line the pull request's diff shows
// whose finding has a whole-line fix. Pure: the caller reads the diff and posts the review.

export interface ReviewComment {
	path: string;
	line: number;
	side: "RIGHT";
	body: string;
	/** The hidden marker that identifies this suggestion (first line of the body). */
	marker: string;
}

/** The first line of every suggestion comment: the key keeps matrix jobs apart, the id names line and text. */
export function suggestionMarker(
	key: string,
	path: string,
	fix: LineFix,
): string {
	const id = createHash("sha256")
		.update(`${path}\0${fix.before}\0${fix.after}`)
		.digest("hex")
		.slice(0, 16);
	return `<!-- pin-audit:suggestion key=${key} id=${id} -->`;
}

/**
 * A review comment per finding whose fix replaces a line the diff shows with exactly the text the fix was made
 * from (so a line that moved or changed since is never overwritten), one per line and text.
 */
export function planSuggestions(
	findings: readonly Finding[],
	fixes: readonly (LineFix | null | undefined)[],
	diff: RightSideLines,
	options: { pathPrefix: string; key: string },
): ReviewComment[] {
	const comments: ReviewComment[] = [];
	const seen = new Set<string>();
	findings.forEach((finding, i) => {
		const fix = fixes[i];
		if (!fix || !finding.file || !finding.line) return;
		const path = repositoryPath(options.pathPrefix, finding.file);
		if (diff.get(path)?.get(finding.line) !== fix.before) return;
		const marker = suggestionMarker(options.key, path, fix);
		if (seen.has(`${marker}\0${finding.line}`)) return;
		seen.add(`${marker}\0${finding.line}`);
		comments.push({
			path,
			line: finding.line,
			side: "RIGHT",
			marker,
			body: renderSuggestion(marker, finding, fix),
		});
	});
	return comments;
}

function renderSuggestion(marker: string, f: Finding, fix: LineFix): string {
	const after = stripControls(fix.after);
	const fence = fenceFor(after);
	const { sentence } = splitMessage(f.message, f.suggestion);
	return [
		marker,
		`**pin-audit** \`${f.rule}\`: ${escapeMarkdownWithCode(sentence)}`,
		"",
		`${fence}suggestion`,
		after,
		fence,
		"",
	].join("\n");
}
