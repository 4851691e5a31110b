// Describing a version set in words (">=1.23.3, <1.24", "<1 || >=2", "nothing") and its shape
// (bounded above, an exact pin).

import { isEmpty } from "./set-algebra.js";
import {
	compareKeys,
	isPrerelease,
	replaceVersion,
	type Version,
} from "./version.js";
import {
	afterPosts,
	type Bound,
	effectiveLower,
	LOWEST,
	type SpecifierSet,
	type VersionSet,
} from "./version-intervals.js";

function lowerText(b: Bound): string | null {
	if (b === LOWEST) return null;
	if (b.kind === "at") return `${b.inclusive ? ">=" : ">"}${b.version.text}`;
	if (b.kind === "after-posts") return `>${b.version.text}`;
	return `>=${effectiveLower(b).version.text}`;
}

function upperText(b: Bound): string {
	const v = b.version;
	if (b.kind === "after-locals") return `<=${v.text}`;
	if (b.kind === "after-posts") return `<${effectiveAfterPostsText(v)}`;
	if (b.inclusive) return `<=${v.text}`;
	// <X stops before X.dev0 when X is final: print the bound the way it was most likely written.
	if (v.dev === 0n && v.pre === null && v.local === null) {
		return `<${replaceVersion(v, { dev: null }).text}`;
	}
	return isPrerelease(v) ? `<${v.text}` : `<${v.text}.dev0`;
}

function effectiveAfterPostsText(v: Version): string {
	if (v.pre !== null) return effectiveLower(afterPosts(v)).version.text;
	return `${v.text}.post*`; // no single version follows every post-release of a final release
}

/** Human-readable form, e.g. ">=1.23.3, <1.24", "==1.0", "<1 || >=2", "nothing", "any version". */
export function describeSet(s: VersionSet): string {
	if (isEmpty(s)) return "nothing";
	if (s.unconstrained) return "any version";
	const parts = s.intervals.map((iv) => {
		if (
			iv.hi !== null &&
			iv.lo.kind === "at" &&
			iv.lo.inclusive &&
			((iv.hi.kind === "at" &&
				iv.hi.inclusive &&
				compareKeys(iv.lo.key, iv.hi.key) === 0) ||
				(iv.hi.kind === "after-locals" && iv.hi.version === iv.lo.version))
		) {
			return `==${iv.lo.version.text}`;
		}
		const bits = [lowerText(iv.lo), iv.hi ? upperText(iv.hi) : null].filter(
			(x): x is string => x !== null,
		);
		return bits.length === 0 ? "any version" : bits.join(", ");
	});
	let text = parts.join(" || ");
	if (s.arbitrary !== null)
		text = `===${s.arbitrary}${text === "any version" ? "" : `, ${text}`}`;
	for (const g of s.guards) text += ` (and ${g.clause} as written)`;
	return text;
}

export function hasUpperBound(s: SpecifierSet): boolean {
	if (s.set.arbitrary !== null) return true;
	if (isEmpty(s)) return true;
	const last = s.set.intervals[s.set.intervals.length - 1];
	return last !== undefined && last.hi !== null;
}

export function isExactPin(s: SpecifierSet): boolean {
	return s.clauses.some(
		(c) => c.operator === "===" || (c.operator === "==" && !c.wildcard),
	);
}
