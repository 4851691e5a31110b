// How far behind: releases counted by what each changes, and libyears between uploads.
import { updateType, type Version } from "../pep440/version.js";
import { roundHundredths } from "./drift-order.js";
import type { BehindCounts } from "./drift-report.js";

const YEAR_MS = 365.25 * 86_400_000;

export type StepKind = "major" | "minor" | "patch" | "other";

/**
 * Each release after `current` counts once, by the most significant part it changes against the release before
 * it: 1.2.0 -> 1.3.0 -> 1.3.1 -> 2.0.0 is one minor, one patch and one major release behind. A step that only
 * changes a pre-, post- or dev-release part (3.1 -> 3.1.post2, 2.0.0rc1 -> 2.0.0) counts as `other`.
 */
export function countBehind(
	current: Version,
	newer: readonly { version: Version }[],
): BehindCounts {
	const counts = { major: 0, minor: 0, patch: 0, other: 0, total: 0 };
	let previous = current;
	for (const r of newer) {
		counts[classifyStep(previous, r.version)]++;
		counts.total++;
		previous = r.version;
	}
	return counts;
}

/** The most significant part that differs; an epoch counts as major, pre/post/dev/local as other. */
export function classifyStep(from: Version, to: Version): StepKind {
	const type = updateType(from, to);
	if (type === "epoch" || type === "major") return "major";
	if (type === "minor" || type === "patch") return type;
	return "other";
}

/** Libyear: the time between two releases' uploads, in years (365.25 days), two decimals. */
export function computeLibyears(
	from: string | null,
	to: string | null,
): number | null {
	if (from === null || to === null) return null;
	const a = Date.parse(from);
	const b = Date.parse(to);
	if (Number.isNaN(a) || Number.isNaN(b)) return null;
	return roundHundredths(Math.max(0, b - a) / YEAR_MS);
}
