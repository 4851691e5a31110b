// "Did you mean" suggestions for misspelled keys and values.

/** The candidate closest to `word` by edit distance, or null when none is close enough to be a likely typo. */
export function findClosestName(
	word: string,
	candidates: readonly string[],
): string | null {
	// An abbreviation (`warn` for `warning`) is a likely slip whatever its edit distance.
	const lower = word.toLowerCase();
	const prefixed = candidates.filter(
		(c) => lower.length >= 3 && c.toLowerCase().startsWith(lower),
	);
	if (prefixed.length === 1) return prefixed[0] ?? null;
	let best: string | null = null;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const distance = measureEditDistance(
			word.toLowerCase(),
			candidate.toLowerCase(),
		);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	// A third of the word (at least 2 edits) is the usual typo budget; beyond it a suggestion misleads.
	const budget = Math.max(2, Math.floor(word.length / 3));
	return bestDistance <= budget ? best : null;
}

/** Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbours costs one edit. */
export function measureEditDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number): number =>
		d[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i < rows; i++) {
		const row = d[i] as number[];
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				at(i - 1, j) + 1,
				at(i, j - 1) + 1,
				at(i - 1, j - 1) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, at(i - 2, j - 2) + 1);
			}
			row[j] = value;
		}
	}
	return at(a.length, b.length);
}
