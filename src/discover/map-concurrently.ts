/** `fn` over every item, at most `limit` at once, the results in the items' order. */
export async function mapConcurrently<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const workers = Array.from(
		{ length: Math.min(limit, items.length) },
		async () => {
			while (next < items.length) {
				const index = next++;
				results[index] = await fn(items[index] as T);
			}
		},
	);
	await Promise.all(workers);
	return results;
}
