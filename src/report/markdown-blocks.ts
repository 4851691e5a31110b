// Pieces every markdown rendering shares (the audit's comment and summary, the drift issue and summary).

/**
 * The first detail level whose rendering fits in `maxLength` characters; a hard cut at a line end, with a note,
 * as the last resort.
 */
export function fitToLength<L>(
	maxLength: number | undefined,
	levels: readonly L[],
	render: (level: L) => string,
): string {
	const max = maxLength ?? Number.POSITIVE_INFINITY;
	let last = "";
	for (const level of levels) {
		last = render(level);
		if (last.length <= max) return last;
	}
	const note = "\n\n_(report truncated)_\n";
	const room = Math.max(0, max - note.length);
	const cut = last.slice(0, room);
	const lineEnd = cut.lastIndexOf("\n");
	return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${note}`.slice(0, max);
}

/** A URL for a markdown link target: percent-encoded so it cannot end the link or open markup. */
export function safeUrl(url: string): string {
	return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
