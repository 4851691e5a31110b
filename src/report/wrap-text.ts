// Wrapping prose for a terminal: lines break at spaces only, so a word (a path, a URL, a requirement) is never
// split; a word longer than the line stands on a line of its own.

/**
 * `text` as lines of at most `width` columns where possible, the first starting with `first`, the others
 * with `rest`. Line breaks in `text` are kept.
 */
export function wrapText(
	text: string,
	width: number,
	first: string,
	rest: string,
): string[] {
	return text
		.split("\n")
		.flatMap((paragraph, i) =>
			wrapWords(paragraph.split(" "), width, i === 0 ? first : rest, rest),
		);
}

/** Words (none split further) packed into lines of at most `width` columns where possible. */
export function wrapWords(
	words: readonly string[],
	width: number,
	first: string,
	rest: string,
): string[] {
	const lines: string[] = [];
	let prefix = first;
	let line = "";
	for (const word of words) {
		if (word === "") continue;
		if (line !== "" && prefix.length + line.length + 1 + word.length > width) {
			lines.push(prefix + line);
			prefix = rest;
			line = word;
		} else line = line === "" ? word : `${line} ${word}`;
	}
	lines.push(prefix + line);
	return lines;
}

/**
 * Items joined with ", ", each kept whole on one line; `limit` lines at most, the last one ending with
 * "and N more" when items were left out.
 */
export function wrapList(
	items: readonly string[],
	width: number,
	first: string,
	rest: string,
	limit = Number.POSITIVE_INFINITY,
): string[] {
	const pack = (parts: readonly string[]) => {
		const lines: string[] = [];
		let prefix = first;
		let line = "";
		for (const part of parts) {
			if (
				line !== "" &&
				prefix.length + line.length + 1 + part.length > width
			) {
				lines.push(prefix + line);
				prefix = rest;
				line = part;
			} else line = line === "" ? part : `${line} ${part}`;
		}
		lines.push(prefix + line);
		return lines;
	};
	const withCommas = (shown: readonly string[], tail: string | null) =>
		[...shown, ...(tail === null ? [] : [tail])].map((item, i, all) =>
			i < all.length - 1 ? `${item},` : item,
		);
	const lines = pack(withCommas(items, null));
	if (lines.length <= limit) return lines;
	// As many whole items as fit in `limit` lines together with the "and N more" tail.
	let shown = 0;
	while (
		shown < items.length &&
		pack(
			withCommas(
				items.slice(0, shown + 1),
				`and ${items.length - shown - 1} more`,
			),
		).length <= limit
	)
		shown++;
	return pack(
		withCommas(items.slice(0, shown), `and ${items.length - shown} more`),
	);
}
