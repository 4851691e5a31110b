// PEP 440 specifier sets as exact sets of versions, matching Python `packaging` 26.2.
//
// Representation: a VersionSet is a sorted list of disjoint intervals over the PEP 440 order, plus an
// optional `===` string every member must equal. Interval bounds are sort keys (version.ts
// `versionKey`); a key may end in TOP to name a point between real versions, the two kinds packaging
// itself uses (`_BoundaryVersion`):
//   after-locals(V): just after V and every V+local, before V.post0   (upper end of <=V, ==V)
//   after-posts(V):  just after every V.postN, before the next release (lower end of >V)
// The lowest bound is always 0.dev0, the smallest version, so an interval that is non-empty by keys
// holds a real version once the two bounds that have an immediate successor are accounted for
// (`effectiveLower`). That makes intersect/isEmpty/subset exact rather than sampled.
//
// One packaging quirk is not an interval: `~=` builds its prefix from the spec text, so e.g.
// `~=1.4.preview1.r1` matches 1.4rc1.post2 but not the equal 1.4.0rc1.post2. Such a clause keeps a
// text guard that `contains` applies; intersect/isEmpty/subset treat it by value.

// The sections of the port, one module each: version-intervals.ts (bounds and intervals),
// clause-intervals.ts (clause semantics), parse-specifier-set.ts (parsing), set-algebra.ts (the algebra),
// readable-version.ts (picking a readable member), describe-set.ts (describing).

export { describeSet, hasUpperBound, isExactPin } from "./describe-set.js";
export {
	parseSpecifierSet,
	type SpecifierSetResult,
} from "./parse-specifier-set.js";
export {
	contains,
	intersect,
	isEmpty,
	sampleMember,
	subset,
} from "./set-algebra.js";
export type {
	Clause,
	Operator,
	SpecifierSet,
	VersionSet,
} from "./version-intervals.js";
