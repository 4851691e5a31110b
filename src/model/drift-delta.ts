// What changed since the drift state the last run left in the drift issue (computed by
// src/drift/drift-delta.ts, rendered by src/report/render-drift-delta.ts).

import type { UncheckedReason } from "./drift-report.js";

export interface DeltaSide {
	versions: string;
	latest: string | null;
	behind: number;
	/** Yanked versions in use, comma-separated; "" for none. */
	yanked: string;
}

export interface DeltaRow {
	repository: string;
	project: string;
	package: string;
	/** What drifted before; null when nothing did. */
	before: DeltaSide | null;
	/** What drifts now; null when nothing does, or when it could not be checked. */
	after: DeltaSide | null;
	/** Why the package was not checked this run; null when it was. */
	unchecked: UncheckedReason | null;
}

export interface DriftDelta {
	/** Day of the snapshot compared with. */
	since: string;
	/** Drifting now, not before. */
	added: DeltaRow[];
	/** A version in use that is yanked now and was not before. */
	yanked: DeltaRow[];
	/** More releases behind than before. */
	further: DeltaRow[];
	/** Fewer releases behind than before, still drifting. */
	reduced: DeltaRow[];
	/** As many releases behind, but other versions in use or another latest (1.1 -> 1.2 while 1.4 -> 1.5). */
	moved: DeltaRow[];
	/** Drifting before, not now (upgraded to the latest, or removed). */
	resolved: DeltaRow[];
	/** Not checked this run (index error, not on the index): the last checked values are carried over. */
	unchecked: DeltaRow[];
}

/** What the drift issue carries besides the report: the state the next run compares with, encoded, and the delta. */
export interface DriftIssueState {
	/** The HTML comment holding the state (drift-state.ts `encodeState`). */
	encoded: string;
	delta: DriftDelta | null;
}
