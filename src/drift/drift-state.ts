// What the drift issue remembers between runs: a compact snapshot of what drifted and of what could not be
// checked, embedded in the issue body as an HTML comment (base64 JSON, so nothing in it can close the comment),
// read back on the next run to say what changed (drift-delta.ts). The body is editable by anyone who can edit
// the issue, so the state is untrusted on read: size-capped, validated, and ignored when it is not exactly what
// we write.
import * as z from "zod/mini";
import { maxOf } from "../model/append.js";
import type { DriftIssueState } from "../model/drift-delta.js";
import "../policy/zod-config.js";
import { computeDelta } from "./drift-delta.js";
import {
	type DriftItem,
	type DriftState,
	itemDrifts,
	itemKey,
} from "./drift-item.js";
import { compareLoosely, compareStrings } from "./drift-order.js";
import {
	type DriftEntry,
	type DriftReport,
	isDrifting,
} from "./drift-report.js";

export {
	computeDelta,
	type DeltaRow,
	type DeltaSide,
	type DriftDelta,
} from "./drift-delta.js";
export {
	type DriftItem,
	type DriftState,
	type ItemCheck,
	itemDrifts,
} from "./drift-item.js";

const STATE_PREFIX = "<!-- pin-audit:drift-state ";
const STATE_SUFFIX = " -->";
/** Larger states are not read: the issue body itself is at most 65,536 characters. */
const MAX_STATE_CHARS = 65_536;

const name = z.string().check(z.maxLength(1000));
const versionList = z.string().check(z.maxLength(1000));
const latest = z.nullable(z.string().check(z.maxLength(200)));
const behind = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));
const item = z.tuple([
	name,
	name,
	z.string().check(z.maxLength(200)),
	versionList,
	latest,
	behind,
	versionList,
	z.enum(["ok", "offline", "audit-report", "index-error", "not-on-index"]),
]);
// Version 1 (before unchecked packages were remembered): drifting items only, yanked as 0/1.
const itemV1 = z.tuple([
	name,
	name,
	z.string().check(z.maxLength(200)),
	versionList,
	latest,
	behind,
	z.union([z.literal(0), z.literal(1)]),
]);
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const stateSchema = z.union([
	z.strictObject({
		v: z.literal(2),
		at: day,
		items: z.array(item).check(z.maxLength(20_000)),
		prev: z.nullable(z.array(item).check(z.maxLength(20_000))),
		prevAt: z.nullable(day),
	}),
	z.strictObject({
		v: z.literal(1),
		at: day,
		items: z.array(itemV1).check(z.maxLength(20_000)),
		prev: z.nullable(z.array(itemV1).check(z.maxLength(20_000))),
		prevAt: z.nullable(day),
	}),
]);

export function snapshotDrift(report: DriftReport): DriftItem[] {
	const byKey = new Map<
		string,
		{ repository: string; entries: DriftEntry[] }
	>();
	for (const repository of report.repositories)
		for (const entry of repository.entries) {
			const key = `${repository.name}\0${entry.project}\0${entry.package}`;
			const slot = byKey.get(key) ?? {
				repository: repository.name,
				entries: [],
			};
			slot.entries.push(entry);
			byKey.set(key, slot);
		}
	const items: DriftItem[] = [];
	for (const { repository, entries } of byKey.values()) {
		const first = entries[0];
		if (first === undefined) continue;
		const checked = entries.filter((e) => e.status !== "unknown");
		if (checked.length === 0) {
			const check = first.unchecked ?? "offline";
			items.push([
				repository,
				first.project,
				first.package,
				"",
				null,
				0,
				"",
				check,
			]);
			continue;
		}
		const drifting = checked.filter(isDrifting);
		if (drifting.length === 0) continue;
		let newest: string | null = null;
		for (const e of drifting)
			if (
				e.latest !== null &&
				(newest === null || compareLoosely(e.latest, newest) > 0)
			)
				newest = e.latest;
		items.push([
			repository,
			first.project,
			first.package,
			listVersions(drifting),
			newest,
			maxOf(drifting.map((e) => e.behind.total)),
			listVersions(drifting.filter((e) => e.status === "yanked")),
			"ok",
		]);
	}
	return items.sort(compareItems);
}

function listVersions(entries: readonly DriftEntry[]): string {
	return entries
		.map((e) => e.current)
		.sort(compareLoosely)
		.join(",");
}

/**
 * The state to write after this run. A drifting package this run could not check keeps what the previous state
 * knew of it (so an index outage is neither "resolved" now nor "new" next week). When nothing changed since the last run
 * the state (and so the body) stays byte-identical, and the delta keeps comparing with the snapshot before the
 * last change.
 */
export function advanceState(
	previous: DriftState | null,
	items: DriftItem[],
	now: Date,
): DriftState {
	const today = now.toISOString().slice(0, 10);
	const known = new Map((previous?.items ?? []).map((i) => [itemKey(i), i]));
	// An unchecked package that did not drift when last checked (or was never checked) is not remembered: the
	// report lists it as not checked, and when it drifts later it is new.
	const carried = items.flatMap((i): DriftItem[] => {
		if (i[7] === "ok") return [i];
		const before = known.get(itemKey(i));
		if (before === undefined || !itemDrifts(before)) return [];
		return [
			[i[0], i[1], i[2], before[3], before[4], before[5], before[6], i[7]],
		];
	});
	if (previous && sameItems(previous.items, carried)) return previous;
	return {
		v: 2,
		at: today,
		items: carried,
		prev: previous?.items ?? null,
		prevAt: previous?.at ?? null,
	};
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
		if (!parsed.success) return null;
		const state = parsed.data;
		if (state.v === 2) return state as DriftState;
		// A version 1 state knew only drifting packages, and whether any of their versions was yanked.
		const upgrade = (items: z.infer<typeof itemV1>[]): DriftItem[] =>
			items.map((i) => [
				i[0],
				i[1],
				i[2],
				i[3],
				i[4],
				i[5],
				i[6] ? i[3] : "",
				"ok",
			]);
		return {
			v: 2,
			at: state.at,
			items: upgrade(state.items),
			prev: state.prev === null ? null : upgrade(state.prev),
			prevAt: state.prevAt,
		};
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

/** What the drift issue embeds besides the report: the encoded state and what changed since the last one. */
export function issueState(state: DriftState): DriftIssueState {
	return { encoded: encodeState(state), delta: computeDelta(state) };
}
