// The representation under the specifier algebra: clauses, bounds on the PEP 440 order, sorted disjoint
// intervals, and the set type (specifier-set.ts says why a bound has three kinds).

import {
	compareKeys,
	type KeyAtom,
	makeVersion,
	replaceVersion,
	TOP,
	type Version,
	versionKey,
} from "./version.js";

export type Operator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "~=" | "===";

export interface Clause {
	operator: Operator;
	/** The version as written after the operator (whitespace trimmed), e.g. `1.2.*`. */
	version: string;
	wildcard: boolean;
	/** `${operator}${version}`, packaging's str(Specifier). */
	text: string;
}

export type BoundKind = "at" | "after-locals" | "after-posts";

export interface Bound {
	readonly key: readonly KeyAtom[];
	/** Only meaningful for kind "at"; boundary points are never versions themselves. */
	readonly inclusive: boolean;
	readonly kind: BoundKind;
	/** The version the bound is built from (for after-*: the V of after-locals(V)). */
	readonly version: Version;
}

export interface Interval {
	readonly lo: Bound;
	/** null: unbounded above. */
	readonly hi: Bound | null;
}

export interface Guard {
	readonly clause: string;
	readonly test: (v: Version) => boolean;
}

export interface VersionSet {
	readonly intervals: readonly Interval[];
	/** Lower-cased string every member must equal (`===`), or null. */
	readonly arbitrary: string | null;
	/** True only for "no clauses at all": then even strings that are not versions are members. */
	readonly unconstrained: boolean;
	/** True when no standard (non-`===`) clause constrains the set: the `===` string may be any text. */
	readonly admitsNonVersions: boolean;
	readonly guards: readonly Guard[];
}

export interface SpecifierSet {
	readonly text: string;
	readonly clauses: readonly Clause[];
	readonly set: VersionSet;
}

// packaging's _MIN_VERSION: no valid version sorts below 0.dev0.
export const MIN_VERSION = makeVersion({
	epoch: 0n,
	release: [0n],
	pre: null,
	post: null,
	dev: 0n,
	local: null,
});

export function at(version: Version, inclusive: boolean): Bound {
	return { key: versionKey(version), inclusive, kind: "at", version };
}

export function afterLocals(version: Version): Bound {
	return {
		key: [...versionKey(version, false), TOP],
		inclusive: false,
		kind: "after-locals",
		version,
	};
}

export function afterPosts(version: Version): Bound {
	// epoch, release..., -1 terminator, pre rank, pre number: everything after that is post/dev/local.
	const key = versionKey(version, false);
	return {
		key: [...key.slice(0, key.length - 4), TOP],
		inclusive: false,
		kind: "after-posts",
		version,
	};
}

export const LOWEST: Bound = at(MIN_VERSION, true);
export const FULL: readonly Interval[] = [{ lo: LOWEST, hi: null }];

export function compareLower(a: Bound, b: Bound): number {
	const c = compareKeys(a.key, b.key);
	if (c !== 0) return c;
	return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}

export function compareUpper(a: Bound | null, b: Bound | null): number {
	if (a === null) return b === null ? 0 : 1;
	if (b === null) return -1;
	const c = compareKeys(a.key, b.key);
	if (c !== 0) return c;
	return a.inclusive === b.inclusive ? 0 : a.inclusive ? 1 : -1;
}

/**
 * The smallest real version a lower bound admits, where the next version after a boundary is a
 * single version: after-locals(1.0) -> 1.0.post0.dev0, after-posts(1.0a1) -> 1.0a2.dev0. Returns
 * the bound itself where no immediate successor exists (versions are dense there through locals).
 */
export function effectiveLower(lo: Bound): Bound {
	const v = lo.version;
	if (lo.kind === "after-locals") {
		if (v.dev !== null)
			return at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true);
		if (v.post !== null) {
			return at(
				replaceVersion(v, { post: v.post + 1n, dev: 0n, local: null }),
				true,
			);
		}
		return at(replaceVersion(v, { post: 0n, dev: 0n, local: null }), true);
	}
	if (lo.kind === "after-posts" && v.pre !== null) {
		const pre = { label: v.pre.label, number: v.pre.number + 1n };
		return at(
			replaceVersion(v, { pre, post: null, dev: 0n, local: null }),
			true,
		);
	}
	return lo;
}

export function intervalIsEmpty(lo: Bound, hi: Bound | null): boolean {
	if (hi === null) return false;
	const eff = effectiveLower(lo);
	const c = compareKeys(eff.key, hi.key);
	if (c !== 0) return c > 0;
	return !(
		eff.inclusive &&
		hi.inclusive &&
		eff.kind === "at" &&
		hi.kind === "at"
	);
}

export function intersectIntervals(
	left: readonly Interval[],
	right: readonly Interval[],
): Interval[] {
	const out: Interval[] = [];
	let i = 0;
	let j = 0;
	while (i < left.length && j < right.length) {
		const a = left[i] as Interval;
		const b = right[j] as Interval;
		const lo = compareLower(a.lo, b.lo) >= 0 ? a.lo : b.lo;
		const hi = compareUpper(a.hi, b.hi) <= 0 ? a.hi : b.hi;
		if (!intervalIsEmpty(lo, hi)) out.push({ lo, hi });
		if (compareUpper(a.hi, b.hi) < 0) i++;
		else j++;
	}
	return out;
}

/** Versions not in `intervals` (all versions are >= 0.dev0). */
export function complementIntervals(
	intervals: readonly Interval[],
): Interval[] {
	const out: Interval[] = [];
	let lo: Bound | null = LOWEST;
	for (const iv of intervals) {
		if (lo !== null) {
			const hi: Bound = { ...iv.lo, inclusive: !iv.lo.inclusive };
			if (!intervalIsEmpty(lo, hi)) out.push({ lo, hi });
		}
		lo = iv.hi === null ? null : { ...iv.hi, inclusive: !iv.hi.inclusive };
	}
	if (lo !== null) out.push({ lo, hi: null });
	return out;
}

export function inIntervals(
	intervals: readonly Interval[],
	v: Version,
): boolean {
	const key = versionKey(v);
	return intervals.some((iv) => {
		const lo = compareKeys(iv.lo.key, key);
		if (lo > 0 || (lo === 0 && !iv.lo.inclusive)) return false;
		if (iv.hi === null) return true;
		const hi = compareKeys(key, iv.hi.key);
		return hi < 0 || (hi === 0 && iv.hi.inclusive);
	});
}
