// `target.push(...items)` passes every item as an argument, and past ~100k of them (a requirements file of that
// many lines, a rule's findings over it, a huge lock) V8 throws "Maximum call stack size exceeded". Wherever a
// list's length comes from a repository, items are appended with this instead.

/** Appends `items` to `target` one by one; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) target.push(item);
	return target;
}

/** The largest of `values`, or `empty` when there are none (Math.max(...values) throws past ~100k values). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
	let max = empty;
	for (const value of values) if (value > max) max = value;
	return max;
}
