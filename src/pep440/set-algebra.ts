// The algebra on version sets: membership, intersection, emptiness, subset with a counterexample.

import { pickVersion } from "./readable-version.js";
import { isPrerelease, parseVersion, type Version } from "./version.js";
import {
	complementIntervals,
	FULL,
	inIntervals,
	intersectIntervals,
	type SpecifierSet,
	type VersionSet,
} from "./version-intervals.js";

export function toSet(s: SpecifierSet | VersionSet): VersionSet {
	return "set" in s ? s.set : s;
}

/**
 * Whether `version` is in the set. With `prereleases: true` this is packaging's
 * `SpecifierSet(s).contains(v, prereleases=True)`; with `false`, `contains(v, prereleases=False)`;
 * left out, `contains(v)`, which for a single version in packaging 26 admits pre-releases too.
 */
export function contains(
	s: SpecifierSet | VersionSet,
	version: string | Version,
	options?: { prereleases?: boolean },
): boolean {
	const set = toSet(s);
	const raw = typeof version === "string" ? version : version.text;
	const v = typeof version === "string" ? parseVersion(version) : version;
	// packaging compares === against the string as given, case-insensitively.
	if (set.arbitrary !== null && raw.toLowerCase() !== set.arbitrary)
		return false;
	if (v === null) return set.admitsNonVersions;
	if (options?.prereleases === false && isPrerelease(v)) return false;
	return inIntervals(set.intervals, v) && set.guards.every((g) => g.test(v));
}

export function intersect(
	a: SpecifierSet | VersionSet,
	b: SpecifierSet | VersionSet,
): VersionSet {
	const x = toSet(a);
	const y = toSet(b);
	const conflict =
		x.arbitrary !== null && y.arbitrary !== null && x.arbitrary !== y.arbitrary;
	return {
		intervals: conflict ? [] : intersectIntervals(x.intervals, y.intervals),
		arbitrary: conflict ? null : (x.arbitrary ?? y.arbitrary),
		unconstrained: x.unconstrained && y.unconstrained,
		admitsNonVersions: !conflict && x.admitsNonVersions && y.admitsNonVersions,
		guards: [...x.guards, ...y.guards],
	};
}

export function isEmpty(s: SpecifierSet | VersionSet): boolean {
	const set = toSet(s);
	if (set.arbitrary !== null) {
		// The only possible member is the === string itself.
		return !contains(set, set.arbitrary, { prereleases: true });
	}
	return set.intervals.length === 0 && !set.unconstrained;
}

/**
 * Whether every version in `a` is in `b` (pre-releases included). Otherwise a concrete version in
 * `a` and not in `b`, chosen to read naturally (a final release near a bound where there is one).
 */
export function subset(
	a: SpecifierSet | VersionSet,
	b: SpecifierSet | VersionSet,
): { ok: true } | { ok: false; counterexample: string } {
	const x = toSet(a);
	const y = toSet(b);
	if (x.arbitrary !== null) {
		const only = x.arbitrary;
		if (!contains(x, only) || contains(y, only)) return { ok: true };
		return { ok: false, counterexample: only };
	}
	const outside =
		y.arbitrary !== null || y.intervals === FULL
			? x.intervals
			: intersectIntervals(x.intervals, complementIntervals(y.intervals));
	if (outside.length === 0) return { ok: true };
	const found = pickVersion(outside, (c) => contains(x, c) && !contains(y, c));
	return found === null ? { ok: true } : { ok: false, counterexample: found };
}

/** Some member of the set (pre-releases included), or null when it is empty. */
export function sampleMember(s: SpecifierSet | VersionSet): string | null {
	const set = toSet(s);
	if (set.arbitrary !== null) return isEmpty(set) ? null : set.arbitrary;
	return pickVersion(set.intervals, (c) => contains(set, c));
}
