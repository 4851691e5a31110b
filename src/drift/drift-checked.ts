// Whether a drift report checked enough to speak for the repository. A pin that was not checked because the
// index could not be asked (offline, an index error, a merged audit report) is unknown, not up to date; a
// package the index does not have (a private one) never will be checked, so it does not hold a verdict back.
import type { DriftReport } from "./drift-report.js";

/** At least one pin or lock was compared with the index. */
export function checkedAnything(report: DriftReport): boolean {
	const { summary } = report;
	return summary.behind + summary.yanked + summary.upToDate > 0;
}

/** Every pin the index could have answered for was compared with it. */
export function checkedAll(report: DriftReport): boolean {
	return report.repositories.every((r) =>
		r.entries.every(
			(e) => e.status !== "unknown" || e.unchecked === "not-on-index",
		),
	);
}
