// One memo table for the parsers and checks a fleet asks the same questions of thousands of times: each
// text is computed once, and the table is emptied when full, so memory stays bounded however many distinct
// texts a fleet has.

export interface BoundedCache<V> {
	/** The value cached for `key`, else `compute(key)`, remembered for next time. */
	get(key: string, compute: (key: string) => V): V;
}

/**
 * Longer texts are computed each time, never kept: no real requirement, version or marker comes near it, and
 * keeping a pull request's 16 MiB line would cost a copy of it (a tenth of that line's audit) for nothing.
 */
export const MAX_CACHED_KEY_LENGTH = 4096;

/** A cache of at most `limit` entries, emptied when full (cheaper than LRU bookkeeping on every hit). */
export function createBoundedCache<V>(limit: number): BoundedCache<V> {
	const entries = new Map<string, V>();
	return {
		get(key, compute) {
			if (key.length > MAX_CACHED_KEY_LENGTH) return compute(key);
			const hit = entries.get(key);
			// `has` only on a miss, for a cached value that is itself undefined.
			if (hit !== undefined || entries.has(key)) return hit as V;
			const value = compute(key);
			if (entries.size >= limit) entries.clear();
			entries.set(copyString(key), value);
			return value;
		},
	};
}

/**
 * A copy that does not share memory with its source: V8 makes a substring a view that keeps its whole
 * source (a line, a file) alive, and a cached key or value lives long.
 */
export function copyString(text: string): string {
	// Short strings are always copied by V8; for longer ones a round trip through UTF-16 code units does it, in
	// linear time and without an array of one string per character (a 16 MiB line stays fast).
	return text.length < 13
		? text
		: Buffer.from(text, "utf16le").toString("utf16le");
}
