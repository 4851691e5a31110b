// What changed between two drift states, package by package: new drift, newly yanked pins, further behind,
// closer, moved (other versions at the same distance), resolved (upgraded or removed), and what could not be
// checked this run (an index error, or the index no longer has the package): those are never "resolved".

import type { DeltaRow, DeltaSide, DriftDelta } from "../model/drift-delta.js";
import {
	type DriftItem,
	type DriftState,
	itemDrifts,
	itemKey,
} from "./drift-item.js";
import type { UncheckedReason } from "./drift-report.js";

export type {
	DeltaRow,
	DeltaSide,
	DriftDelta,
} from "../model/drift-delta.js";

export function computeDelta(state: DriftState): DriftDelta | null {
	if (state.prev === null || state.prevAt === null) return null;
	const before = new Map(state.prev.map((i) => [itemKey(i), i]));
	const after = new Set(state.items.map(itemKey));
	const delta: DriftDelta = {
		since: state.prevAt,
		added: [],
		yanked: [],
		further: [],
		reduced: [],
		moved: [],
		resolved: [],
		unchecked: [],
	};
	for (const a of state.items) {
		const b = before.get(itemKey(a));
		const category = classifyChange(b, a);
		if (category !== null) delta[category].push(row(a, b, a));
	}
	for (const b of state.prev)
		if (!after.has(itemKey(b)) && itemDrifts(b))
			delta.resolved.push(row(b, b, undefined));
	return delta;
}

type Category = Exclude<keyof DriftDelta, "since" | "resolved">;

function classifyChange(
	b: DriftItem | undefined,
	a: DriftItem,
): Category | null {
	// Only a package that drifted when last checked is remembered unchecked: it would otherwise look resolved.
	if (a[7] !== "ok") return "unchecked";
	const yankedBefore = new Set(b && itemDrifts(b) ? splitList(b[6]) : []);
	if (splitList(a[6]).some((v) => !yankedBefore.has(v))) return "yanked";
	if (b === undefined || !itemDrifts(b)) return itemDrifts(a) ? "added" : null;
	if (a[5] > b[5]) return "further";
	if (a[5] < b[5]) return "reduced";
	if (a[3] !== b[3] || a[4] !== b[4]) return "moved";
	return null;
}

function splitList(text: string): string[] {
	return text === "" ? [] : text.split(",");
}

function side(i: DriftItem): DeltaSide | null {
	return itemDrifts(i)
		? { versions: i[3], latest: i[4], behind: i[5], yanked: i[6] }
		: null;
}

function row(
	i: DriftItem,
	b: DriftItem | undefined,
	a: DriftItem | undefined,
): DeltaRow {
	const checked = a === undefined || a[7] === "ok";
	return {
		repository: i[0],
		project: i[1],
		package: i[2],
		before: b ? side(b) : null,
		after: a && checked ? side(a) : null,
		unchecked: a && !checked ? (a[7] as UncheckedReason) : null,
	};
}
