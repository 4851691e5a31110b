// What the drift issue remembers between runs: a compact snapshot of what drifted, embedded in the issue body as
// an HTML comment (base64 JSON, so nothing in it can close the comment), read back on the next run to say what
// drifted further, what is new and what was resolved. The body is editable by anyone who can edit the issue, so
// the state is untrusted on read: size-capped, validated, and ignored when it is not exactly what we write.
import { z } from "zod";
import { compareLoosely, compareStrings } from "./compute-drift.js";
import { type DriftReport, isDrifting } from "./drift-report.js";

const STATE_PREFIX = "<!-- pin-audit:drift-state ";
const STATE_SUFFIX = " -->";
/** Larger states are not read: the issue body itself is at most 65,536 characters. */
const MAX_STATE_CHARS = 65_536;

/** One drifting (repository, project, package): versions in use, latest, releases behind, on a yanked one. */
export type DriftItem = [
	repository: string,
	project: string,
	pkg: string,
	versions: string,
	latest: string | null,
	behind: number,
	yanked: 0 | 1,
];

export interface DriftState {
	v: 1;
	/** Day (YYYY-MM-DD, UTC) the snapshot `items` was first seen. */
	at: string;
	items: DriftItem[];
	/** The snapshot before `items` changed, and its day: what the delta is computed against. */
	prev: DriftItem[] | null;
	prevAt: string | null;
}

const item = z.tuple([
	z.string().max(1000),
	z.string().max(1000),
	z.string().max(200),
	z.string().max(1000),
	z.string().max(200).nullable(),
	z.number().int().min(0).max(1_000_000),
	z.union([z.literal(0), z.literal(1)]),
]);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const stateSchema = z.strictObject({
	v: z.literal(1),
	at: day,
	items: z.array(item).max(20_000),
	prev: z.array(item).max(20_000).nullable(),
	prevAt: day.nullable(),
});

export function snapshotDrift(report: DriftReport): DriftItem[] {
	const byKey = new Map<
		string,
		{
			key: [string, string, string];
			versions: string[];
			latest: string | null;
			behind: number;
			yanked: boolean;
		}
	>();
	for (const repository of report.repositories) {
		for (const entry of repository.entries) {
			if (!isDrifting(entry)) continue;
			const key = `${repository.name}\0${entry.project}\0${entry.package}`;
			const slot = byKey.get(key) ?? {
				key: [repository.name, entry.project, entry.package] as [
					string,
					string,
					string,
				],
				versions: [],
				latest: null,
				behind: 0,
				yanked: false,
			};
			slot.versions.push(entry.current);
			if (
				entry.latest !== null &&
				(slot.latest === null || compareLoosely(entry.latest, slot.latest) > 0)
			)
				slot.latest = entry.latest;
			slot.behind = Math.max(slot.behind, entry.behind.total);
			slot.yanked ||= entry.status === "yanked";
			byKey.set(key, slot);
		}
	}
	return [...byKey.values()]
		.map(
			(s): DriftItem => [
				...s.key,
				s.versions.sort(compareLoosely).join(","),
				s.latest,
				s.behind,
				s.yanked ? 1 : 0,
			],
		)
		.sort(compareItems);
}

/**
 * The state to write after this run. When nothing changed since the last run the state (and so the body) stays
 * byte-identical, and the delta keeps comparing with the snapshot before the last change.
 */
export function advanceState(
	previous: DriftState | null,
	items: DriftItem[],
	now: Date,
): DriftState {
	const today = now.toISOString().slice(0, 10);
	if (previous && sameItems(previous.items, items)) return previous;
	return {
		v: 1,
		at: today,
		items,
		prev: previous?.items ?? null,
		prevAt: previous?.at ?? null,
	};
}

export interface DeltaRow {
	repository: string;
	project: string;
	package: string;
	before: { versions: string; latest: string | null; behind: number } | null;
	after: { versions: string; latest: string | null; behind: number } | null;
}

export interface DriftDelta {
	/** Day of the snapshot compared with. */
	since: string;
	/** Drifting now, not before. */
	added: DeltaRow[];
	/** More releases behind than before. */
	further: DeltaRow[];
	/** Fewer releases behind than before, still drifting. */
	reduced: DeltaRow[];
	/** Drifting before, not now (upgraded to the latest, or removed). */
	resolved: DeltaRow[];
}

export function computeDelta(state: DriftState): DriftDelta | null {
	if (state.prev === null || state.prevAt === null) return null;
	const key = (i: DriftItem) => `${i[0]}\0${i[1]}\0${i[2]}`;
	const side = (i: DriftItem) => ({
		versions: i[3],
		latest: i[4],
		behind: i[5],
	});
	const before = new Map(state.prev.map((i) => [key(i), i]));
	const after = new Map(state.items.map((i) => [key(i), i]));
	const row = (
		i: DriftItem,
		b: DriftItem | undefined,
		a: DriftItem | undefined,
	): DeltaRow => ({
		repository: i[0],
		project: i[1],
		package: i[2],
		before: b ? side(b) : null,
		after: a ? side(a) : null,
	});
	const delta: DriftDelta = {
		since: state.prevAt,
		added: [],
		further: [],
		reduced: [],
		resolved: [],
	};
	for (const a of state.items) {
		const b = before.get(key(a));
		if (!b) delta.added.push(row(a, b, a));
		else if (a[5] > b[5]) delta.further.push(row(a, b, a));
		else if (a[5] < b[5]) delta.reduced.push(row(a, b, a));
	}
	for (const b of state.prev)
		if (!after.has(key(b))) delta.resolved.push(row(b, b, undefined));
	return delta;
}

export function encodeState(state: DriftState): string {
	const json = JSON.stringify(state);
	return `${STATE_PREFIX}${Buffer.from(json, "utf8").toString("base64")}${STATE_SUFFIX}`;
}

/** The state embedded in an issue body; null when there is none or it is not exactly what we write. */
export function readState(body: string | null | undefined): DriftState | null {
	if (typeof body !== "string") return null;
	const start = body.lastIndexOf(STATE_PREFIX);
	if (start < 0) return null;
	const end = body.indexOf(STATE_SUFFIX, start + STATE_PREFIX.length);
	if (end < 0) return null;
	const encoded = body.slice(start + STATE_PREFIX.length, end).trim();
	if (
		encoded.length > MAX_STATE_CHARS ||
		!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)
	)
		return null;
	try {
		const parsed = stateSchema.safeParse(
			JSON.parse(Buffer.from(encoded, "base64").toString("utf8")),
		);
		return parsed.success ? (parsed.data as DriftState) : null;
	} catch {
		return null;
	}
}

function sameItems(a: readonly DriftItem[], b: readonly DriftItem[]): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function compareItems(a: DriftItem, b: DriftItem): number {
	return (
		compareStrings(a[0], b[0]) ||
		compareStrings(a[1], b[1]) ||
		compareStrings(a[2], b[2])
	);
}
