/** RFC 9110 Retry-After: delay-seconds or an HTTP-date. Null when absent or unreadable. */
export function parseRetryAfter(
	value: string | null,
	now: number,
): number | null {
	if (value === null) return null;
	const trimmed = value.trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? null : Math.max(0, date - now);
}
