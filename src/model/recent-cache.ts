// A memo of the most recently asked keys, for questions asked in runs: the includes of the install sets being
// resolved, the projects the rules go through one after another. An entry asked for again is asked soon, and one
// not asked for a while is let go, so memory stays bounded however large the fleet.
// (model/bounded-cache.ts empties itself when full instead: for texts asked at random across a fleet.)

export interface RecentCache<K, V> {
	/** The value cached for `key`, else `compute(key)`; either way `key` becomes the most recently asked. */
	get(key: K, compute: (key: K) => V): V;
}

/** A cache of the `limit` most recently asked keys; asking for one more lets the least recent go. */
export function createRecentCache<K, V>(limit: number): RecentCache<K, V> {
	// A Map iterates in insertion order: re-inserting on every hit keeps the least recent first.
	const entries = new Map<K, V>();
	return {
		get(key, compute) {
			let value: V;
			if (entries.has(key)) {
				value = entries.get(key) as V;
				entries.delete(key);
			} else {
				value = compute(key);
				if (entries.size >= limit)
					entries.delete(entries.keys().next().value as K);
			}
			entries.set(key, value);
			return value;
		},
	};
}
