// Poetry version constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1,<2`, ...) as PEP 440 specifier sets.
// A port of poetry-core's `parse_constraint` / `parse_single_constraint`
// (poetry/core/constraints/version/parser.py, patterns.py) and of the bound arithmetic of its
// `Version.next_breaking` / `next_major` / `next_minor` / `next_patch` (release segments keep their
// precision: `^1.2.3` ends before 2.0.0, `^1.2` before 2.0, `^1` before 2).

import { compareVersions } from "../pep440/version.js";

export type PoetryConstraintResult =
	| { ok: true; specifier: string }
	| { ok: false; error: string };

// packaging's VERSION_PATTERN (PEP 440 appendix B), which poetry-core's patterns embed.
const VERSION =
	"v?(?:(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*" +
	"(?:[-_.]?(?:alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*)?" +
	"(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?" +
	"(?:[-_.]?dev[-_.]?[0-9]*)?)" +
	"(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
const ANY = /^v?[xX*](\.[xX*])*$/i;
const TILDE = new RegExp(`^~(?!=)\\s*(${VERSION})$`, "i");
const TILDE_PEP440 = new RegExp(`^~=\\s*(${VERSION})$`, "i");
const CARET = new RegExp(`^\\^\\s*(${VERSION})$`, "i");
const X_RANGE = /^(!=|==)?\s*v?(\d+(?:\.\d+)?(?:\.\d+)?)(?:\.[xX*])+$/;
const BASIC = new RegExp(
	`^(<>|!=|>=?|<=?|==?)?\\s*(${VERSION}|dev)(\\.\\*)?$`,
	"i",
);
const PARTS = new RegExp(
	"^v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)" +
		"(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]*))?" +
		"(?:-([0-9]+)|[-_.]?(?:post|rev|r)[-_.]?([0-9]*))?" +
		"([-_.]?dev[-_.]?([0-9]*))?" +
		"(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
	"i",
);
// poetry-core splits `||` / `|` first (splitOr), then commas or spaces not right
// after an operator (the lookbehinds let a match start only once per run of spaces, so this one stays linear).
const AND_SEPARATOR = /(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)/;

interface Version {
	epoch: number;
	release: number[];
	/** Canonical PEP 440 suffixes (`rc1`, `.post2`, `.dev0`) as packaging prints them. */
	pre: string;
	post: string;
	dev: string;
	local: string | null;
	/** The version as packaging normalizes it. */
	text: string;
}

class ConstraintError extends Error {}

/**
 * Translates one Poetry constraint to a PEP 440 specifier set with the same meaning ("" = any version).
 * A union that poetry-core merges into one range (`^1 || ^2` is `>=1,<3`) is translated; one that
 * stays a union (`^1 || ^3`) has no single specifier set and is an error naming it a union, as is
 * anything poetry-core itself rejects (including "" and blanks). Never throws.
 */
export function poetryConstraintToPep440(text: string): PoetryConstraintResult {
	try {
		// poetry-core: "*" exactly is any version; "" and blanks are not constraints at all.
		if (text === "*") return { ok: true, specifier: "" };
		// Every branch is parsed first, so a typo is reported as such rather than as a union.
		const groups = splitOr(text.trim()).map(translateGroup);
		const [only] = groups;
		if (only !== undefined && groups.length === 1)
			return { ok: true, specifier: renderGroup(only) };
		const merged = mergeUnion(groups);
		if (merged !== null) return { ok: true, specifier: merged };
		return {
			ok: false,
			error: `'${text}' is a union of constraints (||), which one PEP 440 specifier set cannot express`,
		};
	} catch (error) {
		if (error instanceof ConstraintError)
			return { ok: false, error: error.message };
		return {
			ok: false,
			error: `could not read the Poetry constraint '${text}': ${String(error)}`,
		};
	}
}

/**
 * poetry-core's `re.split(r"\s*\|\|?\s*", text)` as a scan: the regex retries from every space of a long run that has no `|`
 * after it, which is quadratic on pull-request text.
 */
function splitOr(text: string): string[] {
	const parts: string[] = [];
	let from = 0;
	for (let bar = text.indexOf("|"); bar !== -1; bar = text.indexOf("|", from)) {
		let start = bar;
		while (start > from && /\s/.test(text[start - 1] as string)) start--;
		let end = text[bar + 1] === "|" ? bar + 2 : bar + 1;
		while (end < text.length && /\s/.test(text[end] as string)) end++;
		parts.push(text.slice(from, start));
		from = end;
	}
	parts.push(text.slice(from));
	return parts;
}

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

function renderGroup(clauses: string[]): string {
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
function mergeUnion(groups: string[][]): string | null {
	const intervals: Interval[] = [];
	const shapes = groups.map(toGroup);
	for (const { interval, excluded, wildcards } of shapes) {
		if (wildcards.length > 0 || excluded.some((v) => v.endsWith(".*")))
			return null;
		intervals.push(...splitAt(interval, excluded));
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

function translateGroup(group: string): string[] {
	// poetry-core: "allow trailing commas for robustness".
	let end = group.length;
	while (end > 0 && group[end - 1] === ",") end--;
	const cleaned = group.slice(0, end).trimEnd();
	return cleaned.split(AND_SEPARATOR).flatMap(translateSingle);
}

function translateSingle(constraint: string): string[] {
	if (ANY.test(constraint)) return [];

	let m = TILDE.exec(constraint);
	if (m) {
		// `~1.2.3` allows patch updates, `~1` minor ones.
		const version = parseVersion(m[1] ?? "", constraint);
		const high =
			version.release.length === 1 ? nextMajor(version) : nextMinor(version);
		return range(version, high, constraint);
	}
	m = TILDE_PEP440.exec(constraint);
	if (m) {
		// poetry-core's own reading of `~=`: like PEP 440 for two or three release parts, but `~=1`
		// (invalid in PEP 440) means <1.1 and `~=1.2.3.4` means <1.3.0.0.
		const version = parseVersion(m[1] ?? "", constraint);
		const high =
			version.release.length === 2 ? nextMajor(version) : nextMinor(version);
		return range(version, high, constraint);
	}
	m = CARET.exec(constraint);
	if (m) {
		const version = parseVersion(m[1] ?? "", constraint);
		return range(version, nextBreaking(version), constraint);
	}
	m = X_RANGE.exec(constraint);
	if (m) {
		const release = (m[2] ?? "").split(".").map(Number).join(".");
		return [`${m[1] === "!=" ? "!=" : "=="}${release}.*`];
	}
	m = BASIC.exec(constraint);
	if (m) {
		const op = m[1];
		const raw = m[2] ?? "";
		const version = parseVersion(
			raw.toLowerCase() === "dev" ? "0.0-dev" : raw,
			constraint,
		);
		if (op === "<" || op === "<=" || op === ">" || op === ">=") {
			// A wildcard after an ordered comparison is ignored by poetry-core.
			if (version.local !== null)
				throw unsupported(
					constraint,
					"a local version in an ordered comparison",
				);
			return [`${op}${version.text}`];
		}
		if (m[3] !== undefined) {
			// `==1.2.*`, `!=1.2.*`; poetry-core reads `=1.2.*` and `<>1.2.*` as `==1.2.*`.
			if (
				version.pre ||
				version.post ||
				version.dev ||
				version.local !== null
			) {
				throw unsupported(
					constraint,
					"a wildcard after a pre-, post-, dev- or local version",
				);
			}
			return [`${op === "!=" ? "!=" : "=="}${version.text}.*`];
		}
		if (op === "!=") return [`!=${version.text}`];
		// `==`, `=`, no operator, and (a poetry-core quirk) `<>` all mean exactly this version.
		return [`==${version.text}`];
	}
	throw new ConstraintError(
		`could not parse the Poetry version constraint '${constraint}'`,
	);
}

function unsupported(constraint: string, what: string): ConstraintError {
	return new ConstraintError(
		`'${constraint}' uses ${what}, which PEP 440 cannot express`,
	);
}

function range(low: Version, high: Version, constraint: string): string[] {
	if (low.local !== null)
		throw unsupported(constraint, "a local version as a lower bound");
	return [`>=${low.text}`, `<${high.text}`];
}

function parseVersion(raw: string, constraint: string): Version {
	const m = PARTS.exec(raw);
	if (!m)
		throw new ConstraintError(
			`could not parse the version in the Poetry constraint '${constraint}'`,
		);
	const epoch = Number(m[1] ?? "0");
	const release = (m[2] ?? "").split(".").map(Number);
	const preLabel = m[3]?.toLowerCase();
	// PEP 440 normalization of pre-release spellings.
	const preKind =
		preLabel === undefined
			? ""
			: preLabel.startsWith("a")
				? "a"
				: preLabel.startsWith("b")
					? "b"
					: "rc";
	const pre = preLabel === undefined ? "" : `${preKind}${Number(m[4] || "0")}`;
	const postNumber = m[5] ?? m[6];
	const post =
		postNumber === undefined ? "" : `.post${Number(postNumber || "0")}`;
	const dev = m[7] === undefined ? "" : `.dev${Number(m[8] || "0")}`;
	const local =
		m[9] === undefined ? null : m[9].toLowerCase().replace(/[-_]/g, ".");
	const version = { epoch, release, pre, post, dev, local };
	return { ...version, text: formatVersion(version) };
}

function formatVersion(version: Omit<Version, "text">): string {
	const epoch = version.epoch > 0 ? `${version.epoch}!` : "";
	const local = version.local === null ? "" : `+${version.local}`;
	return `${epoch}${version.release.join(".")}${version.pre}${version.post}${version.dev}${local}`;
}

/** A bare release (poetry-core bounds carry only epoch and release). */
function bound(version: Version, release: number[]): Version {
	const next = {
		epoch: version.epoch,
		release,
		pre: "",
		post: "",
		dev: "",
		local: null,
	};
	return { ...next, text: formatVersion(next) };
}

// poetry-core Release.next_major / next_minor / next_patch: parts that were written stay written.
function nextMajor(version: Version): Version {
	const [major = 0, ...rest] = version.release;
	return bound(version, [major + 1, ...rest.map(() => 0)]);
}

function nextMinor(version: Version): Version {
	const [major = 0, minor, ...rest] = version.release;
	return bound(version, [
		major,
		minor === undefined ? 1 : minor + 1,
		...rest.map(() => 0),
	]);
}

function nextPatch(version: Version): Version {
	const [major = 0, minor = 0, patch, ...rest] = version.release;
	return bound(version, [
		major,
		minor,
		patch === undefined ? 1 : patch + 1,
		...rest.map(() => 0),
	]);
}

// poetry-core Version.next_breaking: the first version whose leftmost non-zero part differs.
function nextBreaking(version: Version): Version {
	const [major = 0, minor, patch] = version.release;
	if (major > 0 || minor === undefined) return nextMajor(version);
	if (minor > 0 || patch === undefined) return nextMinor(version);
	return nextPatch(version);
}
