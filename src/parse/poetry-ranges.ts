// Translated Poetry constraints as ranges, the way poetry-core's VersionRange and VersionUnion hold them: an
// intersection of clauses as one interval with its `!=` exclusions, rendered back as one PEP 440 specifier
// set, and a union (`^1 || ^2`) merged where its intervals overlap or touch, so a union that is one range
// (`>=1,<3`) becomes one specifier set and one that is not stays a union.

import { append } from "../model/append.js";
import { compareVersions } from "../pep440/version.js";

interface Bound {
	version: string;
	inclusive: boolean;
}

/** One interval of versions; null ends are unbounded. */
interface Interval {
	low: Bound | null;
	high: Bound | null;
}

/** An intersection as poetry-core's VersionRange.intersect leaves it. */
interface Group {
	/** The tightest lower and upper bounds, chosen by plain version order as poetry-core does. */
	interval: Interval;
	/** `!=` clauses: single versions (`1.5`) or wildcards (`1.5.*`). */
	excluded: string[];
	/** `==1.2.*` clauses, kept as written. */
	wildcards: string[];
}

function toGroup(clauses: string[]): Group {
	const group: Group = {
		interval: { low: null, high: null },
		excluded: [],
		wildcards: [],
	};
	for (const clause of clauses) {
		const [, op, version = ""] = /^(>=|<=|==|!=|>|<)(.+)$/.exec(clause) ?? [];
		if (op === "!=") {
			group.excluded.push(version);
		} else if (version.endsWith(".*")) {
			group.wildcards.push(clause);
		} else {
			if (op === ">=" || op === ">" || op === "==") {
				const low = { version, inclusive: op !== ">" };
				if (compareLow(low, group.interval.low) > 0) group.interval.low = low;
			}
			if (op === "<=" || op === "<" || op === "==") {
				const high = { version, inclusive: op !== "<" };
				if (compareHigh(high, group.interval.high) < 0)
					group.interval.high = high;
			}
		}
	}
	return group;
}

export function renderGroup(clauses: string[]): string {
	const group = toGroup(clauses);
	// Nothing fits: the clauses as written say so too, where the bounds alone could pair an
	// `==1.0+local` bound with an ordered operator, which PEP 440 forbids.
	if (isEmptyInterval(group.interval)) return clauses.join(",");
	return [
		renderInterval(group.interval),
		...group.wildcards,
		...group.excluded.map((version) => `!=${version}`),
	]
		.filter((clause) => clause !== "")
		.join(",");
}

/**
 * poetry-core's VersionUnion.of: the branches' ranges are sorted and merged where they overlap or
 * touch, so `^1 || ^2` is `>=1,<3` and `<1.5 || >1.5` is `!=1.5`. Null when the result is still a
 * union of ranges with a gap wider than one version, or has wildcards this port does not merge.
 */
export function mergeUnion(groups: string[][]): string | null {
	const intervals: Interval[] = [];
	const shapes = groups.map(toGroup);
	for (const { interval, excluded, wildcards } of shapes) {
		if (wildcards.length > 0 || excluded.some((v) => v.endsWith(".*")))
			return null;
		append(intervals, splitAt(interval, excluded));
	}
	// Every branch allows nothing: so does the union.
	const [first] = groups;
	if (intervals.length === 0)
		return first === undefined ? null : renderGroup(first);
	intervals.sort((a, b) => compareLow(a.low, b.low));
	const merged: Interval[] = [];
	for (const interval of intervals) {
		const last = merged[merged.length - 1];
		if (last !== undefined && touches(last, interval)) {
			if (compareHigh(interval.high, last.high) > 0) last.high = interval.high;
		} else {
			merged.push({ ...interval });
		}
	}
	// What is left is a hull with single versions missing, or a true union.
	const gaps: string[] = [];
	for (let i = 1; i < merged.length; i++) {
		const high = merged[i - 1]?.high;
		const low = merged[i]?.low;
		if (
			!high ||
			!low ||
			high.inclusive ||
			low.inclusive ||
			compareVersions(high.version, low.version) !== 0
		) {
			return null;
		}
		gaps.push(`!=${high.version}`);
	}
	const hull = {
		low: merged[0]?.low ?? null,
		high: merged[merged.length - 1]?.high ?? null,
	};
	return [renderInterval(hull), ...gaps].filter((c) => c !== "").join(",");
}

/** The non-empty pieces of `interval` once the `excluded` versions are taken out. */
function splitAt(interval: Interval, excluded: string[]): Interval[] {
	let pieces = [interval];
	for (const version of excluded) {
		const cut = { version, inclusive: false };
		pieces = pieces.flatMap((piece) => [
			{
				low: piece.low,
				high: compareHigh(cut, piece.high) < 0 ? cut : piece.high,
			},
			{
				low: compareLow(cut, piece.low) > 0 ? cut : piece.low,
				high: piece.high,
			},
		]);
	}
	return pieces.filter((piece) => !isEmptyInterval(piece));
}

function isEmptyInterval({ low, high }: Interval): boolean {
	if (low === null || high === null) return false;
	const order = compareVersions(low.version, high.version);
	return order > 0 || (order === 0 && !(low.inclusive && high.inclusive));
}

/** Lower bounds in order of how much they exclude (none, then lowest, inclusive before exclusive). */
function compareLow(a: Bound | null, b: Bound | null): number {
	if (a === null || b === null)
		return (a === null ? 0 : 1) - (b === null ? 0 : 1);
	const order = compareVersions(a.version, b.version);
	return order !== 0 ? order : Number(!a.inclusive) - Number(!b.inclusive);
}

/** Upper bounds in order of how much they allow (lowest first, exclusive before inclusive, none). */
function compareHigh(a: Bound | null, b: Bound | null): number {
	if (a === null || b === null)
		return (a === null ? 1 : 0) - (b === null ? 1 : 0);
	const order = compareVersions(a.version, b.version);
	return order !== 0 ? order : Number(a.inclusive) - Number(b.inclusive);
}

/** Whether `next` (which starts no lower than `last`) overlaps `last` or starts where it ends. */
function touches(last: Interval, next: Interval): boolean {
	if (last.high === null || next.low === null) return true;
	const order = compareVersions(next.low.version, last.high.version);
	return (
		order < 0 || (order === 0 && (last.high.inclusive || next.low.inclusive))
	);
}

function renderInterval({ low, high }: Interval): string {
	if (
		low !== null &&
		high !== null &&
		low.inclusive &&
		high.inclusive &&
		compareVersions(low.version, high.version) === 0
	) {
		return `==${low.version}`;
	}
	const clauses: string[] = [];
	if (low !== null) clauses.push(`${low.inclusive ? ">=" : ">"}${low.version}`);
	if (high !== null)
		clauses.push(`${high.inclusive ? "<=" : "<"}${high.version}`);
	return clauses.join(",");
}
