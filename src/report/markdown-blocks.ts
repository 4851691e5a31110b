// Pieces every markdown rendering shares (the audit's comment and summary, the drift issue and summary).

/**
 * The first detail level whose rendering fits in `maxLength` characters. As the last resort, a hard cut at a
 * line end that closes every `<details>` it leaves open (so the note after it is not hidden inside one) and ends
 * with `note` (which may link to the full report).
 */
export function fitToLength<L>(
	maxLength: number | undefined,
	levels: readonly L[],
	render: (level: L) => string,
	note = "_(report truncated)_",
): string {
	const max = maxLength ?? Number.POSITIVE_INFINITY;
	let last = "";
	for (const level of levels) {
		last = render(level);
		if (last.length <= max) return last;
	}
	const tail = `\n\n${note}\n`;
	let kept = last.slice(0, Math.max(0, max - tail.length));
	for (;;) {
		const lineEnd = kept.lastIndexOf("\n");
		kept = lineEnd > 0 ? kept.slice(0, lineEnd) : "";
		const closing = "\n\n</details>".repeat(countOpenDetails(kept));
		if (kept.length + closing.length + tail.length <= max || kept === "") {
			return `${kept}${closing}${tail}`.slice(0, max);
		}
	}
}

function countOpenDetails(markdown: string): number {
	const opened = markdown.match(/<details[\s>]/g)?.length ?? 0;
	const closed = markdown.match(/<\/details>/g)?.length ?? 0;
	return Math.max(0, opened - closed);
}

/** A URL for a markdown link target: percent-encoded so it cannot end the link or open markup. */
export function safeUrl(url: string): string {
	// An escape already in the URL (`%20`) stays one: encodeURI alone would make it `%2520`.
	return encodeURI(url)
		.replace(/%25([0-9A-Fa-f]{2})/g, "%$1")
		.replace(/\(/g, "%28")
		.replace(/\)/g, "%29");
}
