// Durations and cut-off times for the `too-new` rule: the policy's `[cooldown]` and uv's `exclude-newer`.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const UNIT_MS: Record<string, number> = {
	m: 60_000,
	h: 3_600_000,
	d: 86_400_000,
	w: 604_800_000,
};

/** `"48h"`, `"2d"`, `"1w"`, `"90m"`, `"0"`: milliseconds, null when unreadable. */
export function parseDuration(text: string): number | null {
	const trimmed = text.trim();
	if (trimmed === "0") return 0;
	const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(trimmed);
	if (!match) return null;
	const unit = UNIT_MS[match[2] ?? ""];
	return unit === undefined ? null : Number(match[1]) * unit;
}

/**
 * uv's `exclude-newer`: an RFC 3339 timestamp, or a date (`2006-12-02`, taken as midnight UTC here; uv
 * reads it in the local time zone, which a CI runner has as UTC). Null when unreadable.
 */
export function parseExcludeNewer(text: string): Date | null {
	const trimmed = text.trim();
	const at = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
		? Date.parse(`${trimmed}T00:00:00Z`)
		: /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(trimmed)
			? Date.parse(trimmed)
			: Number.NaN;
	return Number.isNaN(at) ? null : new Date(at);
}

export function formatDuration(ms: number): string {
	if (ms % DAY === 0 && ms >= DAY) return `${ms / DAY}d`;
	if (ms % HOUR === 0) return `${ms / HOUR}h`;
	return `${Math.round(ms / MINUTE)}m`;
}

/** `2025-12-11 15:20 UTC`. */
export function formatUtc(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
