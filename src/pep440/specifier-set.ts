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

import { createBoundedCache } from "../model/bounded-cache.js";
import {
	compareKeys,
	isPrerelease,
	type KeyAtom,
	makeVersion,
	PY_WHITESPACE,
	parseVersion,
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

type BoundKind = "at" | "after-locals" | "after-posts";

interface Bound {
	readonly key: readonly KeyAtom[];
	/** Only meaningful for kind "at"; boundary points are never versions themselves. */
	readonly inclusive: boolean;
	readonly kind: BoundKind;
	/** The version the bound is built from (for after-*: the V of after-locals(V)). */
	readonly version: Version;
}

interface Interval {
	readonly lo: Bound;
	/** null: unbounded above. */
	readonly hi: Bound | null;
}

interface Guard {
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

// ---------------------------------------------------------------- bounds and intervals

// packaging's _MIN_VERSION: no valid version sorts below 0.dev0.
const MIN_VERSION = makeVersion({
	epoch: 0n,
	release: [0n],
	pre: null,
	post: null,
	dev: 0n,
	local: null,
});

function at(version: Version, inclusive: boolean): Bound {
	return { key: versionKey(version), inclusive, kind: "at", version };
}

function afterLocals(version: Version): Bound {
	return {
		key: [...versionKey(version, false), TOP],
		inclusive: false,
		kind: "after-locals",
		version,
	};
}

function afterPosts(version: Version): Bound {
	// epoch, release..., -1 terminator, pre rank, pre number: everything after that is post/dev/local.
	const key = versionKey(version, false);
	return {
		key: [...key.slice(0, key.length - 4), TOP],
		inclusive: false,
		kind: "after-posts",
		version,
	};
}

const LOWEST: Bound = at(MIN_VERSION, true);
const FULL: readonly Interval[] = [{ lo: LOWEST, hi: null }];

function compareLower(a: Bound, b: Bound): number {
	const c = compareKeys(a.key, b.key);
	if (c !== 0) return c;
	return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}

function compareUpper(a: Bound | null, b: Bound | null): number {
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
function effectiveLower(lo: Bound): Bound {
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

function intervalIsEmpty(lo: Bound, hi: Bound | null): boolean {
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

function intersectIntervals(
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
function complementIntervals(intervals: readonly Interval[]): Interval[] {
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

function inIntervals(intervals: readonly Interval[], v: Version): boolean {
	const key = versionKey(v);
	return intervals.some((iv) => {
		const lo = compareKeys(iv.lo.key, key);
		if (lo > 0 || (lo === 0 && !iv.lo.inclusive)) return false;
		if (iv.hi === null) return true;
		const hi = compareKeys(key, iv.hi.key);
		return hi < 0 || (hi === 0 && iv.hi.inclusive);
	});
}

// ---------------------------------------------------------------- clause semantics

function nextPrefixDev0(v: Version, length = 0): Version {
	// packaging _next_prefix_dev0: 1.2 -> 1.3.dev0 (epoch kept, everything else dropped). Zero
	// padding to `length` changes nothing in value but reads like the spec (~=1.23.3 -> 1.24.0).
	const release = [...v.release];
	release[release.length - 1] = (release[release.length - 1] ?? 0n) + 1n;
	while (release.length < length) release.push(0n);
	return makeVersion({
		epoch: v.epoch,
		release,
		pre: null,
		post: null,
		dev: 0n,
		local: null,
	});
}

function baseDev0(v: Version): Version {
	return makeVersion({
		epoch: v.epoch,
		release: v.release,
		pre: null,
		post: null,
		dev: 0n,
		local: null,
	});
}

function wildcardIntervals(prefix: Version, length = 0): Interval[] {
	// PEP 440 prefix match: ==1.2.* is every version from 1.2.dev0 up to (not incl.) 1.3.dev0.
	return [
		{
			lo: at(baseDev0(prefix), true),
			hi: at(nextPrefixDev0(prefix, length), false),
		},
	];
}

function standardIntervals(
	op: Operator,
	versionText: string,
	v: Version,
): Interval[] {
	switch (op) {
		case ">=":
			return [{ lo: at(v, true), hi: null }];
		case "<=":
			// <=V admits V+local (locals are ignored by <= and >=).
			return [{ lo: LOWEST, hi: afterLocals(v) }];
		case ">":
			// PEP 440: >V excludes V's post-releases (unless V is one) and V's local versions.
			if (v.dev !== null) {
				return [
					{
						lo: at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true),
						hi: null,
					},
				];
			}
			if (v.post !== null) {
				const next = replaceVersion(v, {
					post: v.post + 1n,
					dev: 0n,
					local: null,
				});
				return [{ lo: at(next, true), hi: null }];
			}
			return [{ lo: afterPosts(v), hi: null }];
		case "<": {
			// PEP 440: <V excludes V's pre-releases unless V is itself a pre-release.
			const bound = isPrerelease(v)
				? v
				: replaceVersion(v, { dev: 0n, local: null });
			if (compareKeys(versionKey(bound), LOWEST.key) <= 0) return [];
			return [{ lo: LOWEST, hi: at(bound, false) }];
		}
		case "==":
		case "!=": {
			// ==V matches V+anything unless the spec itself has a local segment.
			const upper = versionText.includes("+") ? at(v, true) : afterLocals(v);
			const eq: Interval[] = [{ lo: at(v, true), hi: upper }];
			return op === "==" ? eq : complementIntervals(eq);
		}
		default:
			return [...FULL];
	}
}

// packaging _version_split / _is_not_suffix, used by ~= on the spec's raw text.
const PREFIX_SPLIT = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;

function splitVersionText(text: string): string[] {
	const bang = text.lastIndexOf("!");
	const epoch = bang < 0 ? "" : text.slice(0, bang);
	const rest = bang < 0 ? text : text.slice(bang + 1);
	const out = [epoch || "0"];
	for (const item of rest.split(".")) {
		const m = PREFIX_SPLIT.exec(item);
		if (m) out.push(m[1] as string, m[2] as string);
		else out.push(item);
	}
	return out;
}

function isNotSuffix(segment: string): boolean {
	return !["dev", "a", "b", "rc", "post"].some((p) => segment.startsWith(p));
}

function numericPrefixLength(split: readonly string[]): number {
	let n = 0;
	for (const s of split) {
		if (!/^[0-9]+$/.test(s)) break;
		n++;
	}
	return n;
}

/** packaging Specifier._compare_equal for a wildcard, on a canonical prefix split. */
function prefixMatches(prefixSplit: readonly string[], v: Version): boolean {
	const split = splitVersionText(v.public);
	const numeric = numericPrefixLength(prefixSplit);
	const have = numericPrefixLength(split);
	const padded =
		have >= numeric
			? split
			: [
					...split.slice(0, have),
					...Array(numeric - have).fill("0"),
					...split.slice(have),
				];
	if (padded.length < prefixSplit.length) return false;
	return prefixSplit.every((s, i) => padded[i] === s);
}

interface CompiledClause {
	intervals: Interval[];
	guard: Guard | null;
}

function compatibleClause(clause: Clause, v: Version): CompiledClause {
	// PEP 440: ~=V means >=V,==P.* where P drops V's last release segment. packaging derives P
	// from the spec text (Specifier._compare_compatible), which we follow to the letter.
	const split = splitVersionText(clause.version);
	const kept: string[] = [];
	for (const s of split) {
		if (!isNotSuffix(s)) break;
		kept.push(s);
	}
	kept.pop();
	const [epoch, ...rest] = kept;
	const prefix = parseVersion(`${epoch}!${rest.join(".")}`);
	// An unparsable prefix (a `v` before the release, e.g. ~=v1.4.5) matches no version at all.
	if (prefix === null) return { intervals: [], guard: null };
	const lower: Interval[] = [{ lo: at(v, true), hi: null }];
	const prefixSplit = splitVersionText(prefix.text);
	if (numericPrefixLength(prefixSplit) === prefixSplit.length) {
		return {
			intervals: intersectIntervals(
				lower,
				wildcardIntervals(prefix, v.release.length),
			),
			guard: null,
		};
	}
	// The prefix kept a pre/post tag (e.g. ~=1.4.preview1.r1 -> prefix 1.4rc1): membership then
	// depends on how the release is spelled, so contains() checks the text too.
	const family: Interval =
		prefix.post === null
			? {
					lo: at(replaceVersion(prefix, { dev: 0n }), true),
					hi: afterPosts(prefix),
				}
			: {
					lo: at(replaceVersion(prefix, { dev: 0n }), true),
					hi: afterLocals(prefix),
				};
	return {
		intervals: intersectIntervals(lower, [family]),
		guard: { clause: clause.text, test: (x) => prefixMatches(prefixSplit, x) },
	};
}

function compileClause(clause: Clause): CompiledClause {
	if (clause.operator === "===") return { intervals: [...FULL], guard: null };
	const base = clause.wildcard ? clause.version.slice(0, -2) : clause.version;
	const v = parseVersion(base);
	if (v === null) return { intervals: [], guard: null };
	if (clause.operator === "~=") return compatibleClause(clause, v);
	if (clause.wildcard) {
		const eq = wildcardIntervals(v);
		return {
			intervals: clause.operator === "==" ? eq : complementIntervals(eq),
			guard: null,
		};
	}
	return {
		intervals: standardIntervals(clause.operator, clause.version, v),
		guard: null,
	};
}

// ---------------------------------------------------------------- parsing

const WS = `[${PY_WHITESPACE}]`;
const PRE = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
const POST = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
const DEV = "(?:[-_.]?dev[-_.]?[0-9]*)?";
const LOCAL = "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
// packaging Specifier._specifier_regex_str, branch by branch.
const SPECIFIER_REGEX = new RegExp(
	`^${WS}*(?:` +
		`(?:===${WS}*[^${PY_WHITESPACE};)]*)` +
		`|(?:(?:==|!=)${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)` +
		`|(?:~=${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
		`|(?:(?:<=|>=|<|>)${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
		`)${WS}*$`,
	"i",
);
const ONE_WS = new RegExp(`^${WS}$`);

// Python's str.strip(), as a scan: `^\s+|\s+$` backtracks quadratically on a long inner run of spaces.
function pyStrip(s: string): string {
	let start = 0;
	let end = s.length;
	while (start < end && ONE_WS.test(s[start] as string)) start++;
	while (end > start && ONE_WS.test(s[end - 1] as string)) end--;
	return s.slice(start, end);
}

/** Why packaging would reject one clause, in words. */
function explainInvalid(clause: string): string {
	const m = /^(===|~=|==|!=|<=|>=|<|>)(.*)$/s.exec(clause);
	if (!m) {
		return `'${clause}' does not start with an operator (one of ==, !=, <=, >=, <, >, ~=, ===)`;
	}
	const op = m[1] as Operator;
	const version = pyStrip(m[2] ?? "");
	if (version === "") return `'${clause}' has no version after '${op}'`;
	if (/[=<>!~]/.test(version[0] ?? "")) {
		return `'${clause}' has an unknown operator`;
	}
	if (version.includes("*")) {
		if (op !== "==" && op !== "!=") {
			return `'${clause}': a wildcard (.*) is only allowed with == and !=`;
		}
		if (
			!version.endsWith(".*") ||
			version.indexOf("*") !== version.length - 1
		) {
			return `'${clause}': a wildcard must be the last part, written '.*' after the release (e.g. ==1.2.*)`;
		}
		return `'${clause}': a wildcard can only follow a plain release number (no pre, post, dev or local part)`;
	}
	if (version.includes("+") && op !== "==" && op !== "!=") {
		return `'${clause}': a local version (+...) is only allowed with == and !=`;
	}
	const parsed = parseVersion(version);
	if (parsed === null)
		return `'${clause}': '${version}' is not a valid PEP 440 version`;
	if (op === "~=") {
		if (parsed.release.length < 2) {
			return `'${clause}': ~= needs at least two release segments (e.g. ~=${version}.0)`;
		}
		if (parsed.local !== null)
			return `'${clause}': ~= does not allow a local version`;
	}
	return `'${clause}' is not a valid specifier`;
}

function parseClause(raw: string): Clause | string {
	if (!SPECIFIER_REGEX.test(raw)) return explainInvalid(pyStrip(raw));
	const spec = pyStrip(raw);
	const opLength = spec.startsWith("===")
		? 3
		: ["~=", "==", "!=", "<=", ">="].some((p) => spec.startsWith(p))
			? 2
			: 1;
	const operator = spec.slice(0, opLength) as Operator;
	const version = pyStrip(spec.slice(opLength));
	return {
		operator,
		version,
		wildcard: operator !== "===" && version.endsWith(".*"),
		text: `${operator}${version}`,
	};
}

type SpecifierSetResult =
	| { ok: true; value: SpecifierSet }
	| { ok: false; error: string };

// Every project of a fleet repeats the same specifiers; the results are immutable, so each text is parsed
// once. Cleared when full, so memory stays bounded.
const parsedSets = createBoundedCache<SpecifierSetResult>(20_000);

/** Parse like packaging's SpecifierSet(text): comma-separated clauses, "" meaning every version. */
export function parseSpecifierSet(text: string): SpecifierSetResult {
	return parsedSets.get(text, parseSpecifierSetUncached);
}

function parseSpecifierSetUncached(text: string): SpecifierSetResult {
	const clauses: Clause[] = [];
	const errors: string[] = [];
	for (const part of text.split(",")) {
		if (pyStrip(part) === "") continue; // packaging drops empty clauses ("a,,b", trailing comma)
		const clause = parseClause(part);
		if (typeof clause === "string") errors.push(clause);
		else clauses.push(clause);
	}
	if (errors.length > 0) {
		return { ok: false, error: `Invalid specifier ${errors.join("; ")}` };
	}
	return {
		ok: true,
		value: {
			text: clauses.map((c) => c.text).join(","),
			clauses,
			set: clausesToSet(clauses),
		},
	};
}

function clausesToSet(clauses: readonly Clause[]): VersionSet {
	let set: VersionSet = {
		intervals: FULL,
		arbitrary: null,
		unconstrained: clauses.length === 0,
		admitsNonVersions: true,
		guards: [],
	};
	for (const clause of clauses) {
		const compiled = compileClause(clause);
		const one: VersionSet = {
			intervals: compiled.intervals,
			arbitrary:
				clause.operator === "===" ? clause.version.toLowerCase() : null,
			unconstrained: false,
			admitsNonVersions: clause.operator === "===",
			guards: compiled.guard ? [compiled.guard] : [],
		};
		set = intersect(set, one);
	}
	return set;
}

// ---------------------------------------------------------------- the algebra

function toSet(s: SpecifierSet | VersionSet): VersionSet {
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

// ---------------------------------------------------------------- picking a readable member

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

function pickVersion(
	intervals: readonly Interval[],
	accept: (v: string) => boolean,
): string | null {
	let best: { v: Version; score: number } | null = null;
	for (const iv of intervals) {
		const refs = [iv.lo.version, effectiveLower(iv.lo).version];
		if (iv.hi) refs.push(iv.hi.version);
		if (iv.lo === LOWEST) refs.push(withRelease(MIN_VERSION, [0n]));
		const refLength = Math.max(...refs.map((r) => r.release.length));
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

/** Some member of the set (pre-releases included), or null when it is empty. */
export function sampleMember(s: SpecifierSet | VersionSet): string | null {
	const set = toSet(s);
	if (set.arbitrary !== null) return isEmpty(set) ? null : set.arbitrary;
	return pickVersion(set.intervals, (c) => contains(set, c));
}

// ---------------------------------------------------------------- describing

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
