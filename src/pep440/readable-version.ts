// Picking a readable member of a set of intervals: a version a person would recognize (a final release
// near a bound where there is one), for counterexamples and samples.

import { maxOf } from "../model/append.js";
import {
	compareKeys,
	isPrerelease,
	makeVersion,
	replaceVersion,
	type Version,
	versionKey,
} from "./version.js";
import {
	effectiveLower,
	type Interval,
	inIntervals,
	LOWEST,
	MIN_VERSION,
} from "./version-intervals.js";

function withRelease(v: Version, release: bigint[]): Version {
	return makeVersion({
		epoch: v.epoch,
		release,
		pre: null,
		post: null,
		dev: null,
		local: null,
	});
}

/** Versions near `v` a person would recognize: v itself, its final release, next releases, ... */
function candidatesNear(v: Version): Version[] {
	const r = v.release;
	const out: Version[] = [v, withRelease(v, [...r])];
	if (isPrerelease(v) || v.local !== null) {
		out.push(replaceVersion(v, { pre: null, dev: null, local: null }));
	}
	for (let i = r.length - 1; i >= 0; i--) {
		const bumped = [
			...r.slice(0, i),
			(r[i] ?? 0n) + 1n,
			...Array(r.length - 1 - i).fill(0n),
		];
		out.push(withRelease(v, bumped));
		if ((r[i] ?? 0n) > 0n) {
			const lowered = [
				...r.slice(0, i),
				(r[i] ?? 0n) - 1n,
				...Array(r.length - 1 - i).fill(0n),
			];
			out.push(withRelease(v, lowered));
		}
	}
	for (let k = 0; k <= Math.max(3, r.length); k++) {
		out.push(withRelease(v, [...r, ...Array(k).fill(0n), 1n]));
	}
	const base = withRelease(v, [...r]);
	out.push(
		replaceVersion(base, { post: 0n }),
		replaceVersion(base, { dev: 0n }),
	);
	out.push(replaceVersion(base, { pre: { label: "a", number: 1n } }));
	out.push(replaceVersion(base, { pre: { label: "rc", number: 1n } }));
	out.push(
		replaceVersion(v, { post: (v.post ?? -1n) + 1n, dev: null, local: null }),
	);
	out.push(
		replaceVersion(v, { post: (v.post ?? -1n) + 1n, dev: 0n, local: null }),
	);
	if (v.dev !== null)
		out.push(replaceVersion(v, { dev: v.dev + 1n, local: null }));
	if (v.pre !== null) {
		const pre = { label: v.pre.label, number: v.pre.number + 1n };
		out.push(replaceVersion(v, { pre, post: null, dev: 0n, local: null }));
		out.push(replaceVersion(v, { pre, post: null, dev: null, local: null }));
	}
	// Local versions fill every gap next to v; "0a" < "a" < any number, and "00a" < "0a".
	const locals = v.local ?? [];
	for (const extra of ["0", "a", "0a", "00a", "000a"]) {
		const local = locals.length === 0 ? [extra] : [...locals, extra];
		out.push(replaceVersion(v, { local }));
	}
	return out;
}

function naturalness(v: Version): number {
	return (
		(v.local !== null ? 8 : 0) +
		(v.dev !== null ? 4 : 0) +
		(v.pre !== null ? 2 : 0) +
		(v.post !== null ? 1 : 0)
	);
}

export function pickVersion(
	intervals: readonly Interval[],
	accept: (v: string) => boolean,
): string | null {
	let best: { v: Version; score: number } | null = null;
	for (const iv of intervals) {
		const refs = [iv.lo.version, effectiveLower(iv.lo).version];
		if (iv.hi) refs.push(iv.hi.version);
		if (iv.lo === LOWEST) refs.push(withRelease(MIN_VERSION, [0n]));
		const refLength = maxOf(refs.map((r) => r.release.length));
		for (const ref of refs) {
			for (const c of candidatesNear(ref)) {
				if (!inIntervals([iv], c) || !accept(c.text)) continue;
				// Prefer final releases, then as many release segments as the bounds have, then lowest.
				const score =
					naturalness(c) * 4 + (c.release.length === refLength ? 0 : 1);
				if (
					best === null ||
					score < best.score ||
					(score === best.score &&
						compareKeys(versionKey(c), versionKey(best.v)) < 0)
				) {
					best = { v: c, score };
				}
			}
		}
	}
	return best?.v.text ?? null;
}
