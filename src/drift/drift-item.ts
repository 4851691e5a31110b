// One line of the drift state: a (repository, project, package) as a run saw it. Shared by the state
// (drift-state.ts) and the delta between two states (drift-delta.ts).
import type { UncheckedReason } from "./drift-report.js";

/** "ok": checked this run; otherwise why not (the drift fields then carry the last checked values over). */
export type ItemCheck = "ok" | UncheckedReason;

/**
 * One (repository, project, package) that drifts, or that drifted when last checked and could not be checked
 * this run: the drifting versions in use, latest, releases behind, the yanked versions in use. For an unchecked
 * package these are what the last run that checked it saw. (A snapshot of one run also holds every unchecked
 * package, with empty drift fields; advanceState keeps only those it has something to carry over for.)
 */
export type DriftItem = [
	repository: string,
	project: string,
	pkg: string,
	versions: string,
	latest: string | null,
	behind: number,
	yanked: string,
	check: ItemCheck,
];

export interface DriftState {
	v: 2;
	/** Day (YYYY-MM-DD, UTC) the snapshot `items` was first seen. */
	at: string;
	items: DriftItem[];
	/** The snapshot before `items` changed, and its day: what the delta is computed against. */
	prev: DriftItem[] | null;
	prevAt: string | null;
}

/** Whether an item says the package drifted (when it was last checked). */
export function itemDrifts(i: DriftItem): boolean {
	return i[5] > 0 || i[6] !== "";
}

export function itemKey(i: DriftItem): string {
	return `${i[0]}\0${i[1]}\0${i[2]}`;
}
