// PEP 440 versions, parsed and ordered exactly like Python `packaging` 26.2 (`packaging.version`).
//
// Representation: a parsed Version keeps every numeric component as a bigint (packaging uses Python's
// unbounded int; JS numbers would make 99999999999999999999 == 99999999999999999998) and carries its
// normalized text (`str(Version)`). Ordering goes through a flat sort key (`versionKey`) that mirrors
// packaging's `_cmpkey`: epoch, release with trailing zeros stripped, then (pre, post, dev) ranks, then
// local segments. The set algebra in specifier-set.ts builds its interval bounds from the same keys.
//
// Why not @renovatebot/pep440 alone: its parse/compare is right on epochs, local versions and
// pre/post/dev ordering (test/pep440/version.test.ts cross-checks that), but it stores components as JS
// numbers (huge release numbers collapse), only trims ASCII whitespace, and its specifier matching
// disagrees with packaging in several places (`<1.0a2`, `!=5.4.0.*` vs `5.4`, `>0a0` vs `0b1`).

import { createBoundedCache } from "../model/bounded-cache.js";

export type PreLabel = "a" | "b" | "rc";

export interface Version {
	/** Normalized form, exactly packaging's `str(Version(text))`. Serialize this, not the object. */
	readonly text: string;
	/** `text` without the local segment (packaging's `public`). */
	readonly public: string;
	readonly epoch: bigint;
	/** Release segment as written (trailing zeros kept: `1.0.0` stays three long). */
	readonly release: readonly bigint[];
	readonly pre: { readonly label: PreLabel; readonly number: bigint } | null;
	readonly post: bigint | null;
	readonly dev: bigint | null;
	/** Local segments: lower-cased strings, or numbers for all-digit segments (`+Ab.01` -> ["ab", 1n]). */
	readonly local: readonly (string | bigint)[] | null;
}

// packaging's VERSION_PATTERN (version.py), anchored. Python's `\s` is str.isspace(), which differs
// from JS `\s` (it has \x1c-\x1f and \x85, lacks \ufeff), so whitespace is spelled out.
export const PY_WHITESPACE =
	"\\u0009\\u000a\\u000b\\u000c\\u000d\\u001c\\u001d\\u001e\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_WHITESPACE_CHAR = new RegExp(`^[${PY_WHITESPACE}]$`);

/**
 * Python's str.strip(), whose whitespace differs from String.prototype.trim's (U+001C, U+0085, U+FEFF). A scan,
 * not `^\s+|\s+$`: that regex backtracks quadratically on a long inner run of spaces.
 */
export function pyStrip(text: string): string {
	if (
		text === "" ||
		(isPlainChar(text.charCodeAt(0)) &&
			isPlainChar(text.charCodeAt(text.length - 1)))
	) {
		return text;
	}
	let start = 0;
	let end = text.length;
	while (start < end && PY_WHITESPACE_CHAR.test(text[start] as string)) start++;
	while (end > start && PY_WHITESPACE_CHAR.test(text[end - 1] as string)) end--;
	return text.slice(start, end);
}

/** Printable ASCII other than space: never Python whitespace. */
function isPlainChar(code: number): boolean {
	return code > 0x20 && code < 0x7f;
}

const VERSION_BODY =
	"v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)" +
	"(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?" +
	"(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?" +
	"(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)" +
	"(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?";
const VERSION_REGEX = new RegExp(
	`^[${PY_WHITESPACE}]*${VERSION_BODY}[${PY_WHITESPACE}]*$`,
	"i",
);

const PRE_LABELS: Record<string, PreLabel> = {
	a: "a",
	alpha: "a",
	b: "b",
	beta: "b",
	c: "rc",
	rc: "rc",
	pre: "rc",
	preview: "rc",
};

const parsedVersions = createBoundedCache<Version | null>(50_000);

/** Parse like `packaging.version.Version(text)`; null where packaging raises InvalidVersion. */
export function parseVersion(text: string): Version | null {
	return parsedVersions.get(text, parseUncached);
}

function parseUncached(text: string): Version | null {
	const g = VERSION_REGEX.exec(text)?.groups;
	if (!g || g.release === undefined) return null;
	const epoch = BigInt(g.epoch ?? "0");
	const release = g.release.split(".").map((n) => BigInt(n));
	const pre = g.pre_l
		? {
				label: PRE_LABELS[g.pre_l.toLowerCase()] ?? "rc",
				number: BigInt(g.pre_n ?? "0"),
			}
		: null;
	// PEP 440: `1.0-1` is an implicit post-release; `1.0.post` means post0.
	const post =
		g.post_n1 !== undefined
			? BigInt(g.post_n1)
			: g.post_l
				? BigInt(g.post_n2 ?? "0")
				: null;
	const dev = g.dev_l ? BigInt(g.dev_n ?? "0") : null;
	const local = g.local
		? g.local
				.toLowerCase()
				.split(/[-_.]/)
				.map((part) => (/^[0-9]+$/.test(part) ? BigInt(part) : part))
		: null;
	return makeVersion({ epoch, release, pre, post, dev, local });
}

interface VersionParts {
	epoch: bigint;
	release: readonly bigint[];
	pre: { label: PreLabel; number: bigint } | null;
	post: bigint | null;
	dev: bigint | null;
	local: readonly (string | bigint)[] | null;
}

/** Build a Version from parts (like packaging's `Version.from_parts`); the text is derived. */
export function makeVersion(parts: VersionParts): Version {
	let pub = parts.release.join(".");
	if (parts.epoch !== 0n) pub = `${parts.epoch}!${pub}`;
	if (parts.pre) pub += `${parts.pre.label}${parts.pre.number}`;
	if (parts.post !== null) pub += `.post${parts.post}`;
	if (parts.dev !== null) pub += `.dev${parts.dev}`;
	const text = parts.local ? `${pub}+${parts.local.join(".")}` : pub;
	return {
		text,
		public: pub,
		epoch: parts.epoch,
		release: parts.release,
		pre: parts.pre,
		post: parts.post,
		dev: parts.dev,
		local: parts.local,
	};
}

/** A copy of `v` with some parts replaced (packaging's `Version.__replace__`). */
export function replaceVersion(
	v: Version,
	parts: Partial<VersionParts>,
): Version {
	return makeVersion({ ...v, ...parts });
}

/**
 * One element of a sort key. bigint and string never meet at the same position of two keys with
 * equal prefixes; TOP sorts above everything and only ends boundary keys built by the set algebra.
 */
export type KeyAtom = bigint | string | typeof TOP;
export const TOP: unique symbol = Symbol("TOP");

const PRE_RANK: Record<PreLabel, bigint> = { a: 0n, b: 1n, rc: 2n };

/** Flat sort key mirroring packaging's `_cmpkey` (see its docstring for the ranks). */
export function versionKey(v: Version, withLocal = true): KeyAtom[] {
	const release = [...v.release];
	while (release.length > 1 && release[release.length - 1] === 0n) {
		release.pop();
	}
	const key: KeyAtom[] = [v.epoch, ...release, -1n];
	if (v.pre === null && v.post === null && v.dev !== null) {
		key.push(-1n, 0n); // dev-only releases sort before every a/b/rc
	} else if (v.pre === null) {
		key.push(3n, 0n);
	} else {
		key.push(PRE_RANK[v.pre.label], v.pre.number);
	}
	key.push(v.post === null ? 0n : 1n, v.post ?? 0n);
	key.push(v.dev === null ? 1n : 0n, v.dev ?? 0n);
	if (!withLocal) return key;
	// PEP 440: strings sort before numbers in local segments; no local sorts before any local.
	for (const seg of v.local ?? []) {
		if (typeof seg === "string") key.push(0n, seg);
		else key.push(1n, seg);
	}
	key.push(-1n);
	return key;
}

export function compareKeys(
	a: readonly KeyAtom[],
	b: readonly KeyAtom[],
): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const x = a[i] as KeyAtom;
		const y = b[i] as KeyAtom;
		if (x === y) continue;
		if (x === TOP) return 1;
		if (y === TOP) return -1;
		return x < y ? -1 : 1;
	}
	return a.length - b.length;
}

function toVersion(v: Version | string): Version {
	if (typeof v !== "string") return v;
	const parsed = parseVersion(v);
	if (!parsed) throw new Error(`Invalid version: '${v}'`);
	return parsed;
}

/** Negative, zero or positive like packaging's `<`/`==`/`>`. Throws only on an invalid string. */
export function compareVersions(
	a: Version | string,
	b: Version | string,
): number {
	return compareKeys(versionKey(toVersion(a)), versionKey(toVersion(b)));
}

/** packaging's `is_prerelease`: a pre-release or a dev release. */
export function isPrerelease(v: Version | string): boolean {
	const version = toVersion(v);
	return version.pre !== null || version.dev !== null;
}

export type UpdateType =
	| "major"
	| "minor"
	| "patch"
	| "pre-release"
	| "post-release"
	| "epoch"
	| "local"
	| "none";

/**
 * The most significant part that differs between two versions (in either direction), for an
 * upgrade diff: epoch, then release segments 1/2/3+ (zero-padded, so 1.0 -> 1.0.0 is "none"), then
 * pre/dev, post, local.
 */
export function updateType(
	from: Version | string,
	to: Version | string,
): UpdateType {
	const a = toVersion(from);
	const b = toVersion(to);
	if (a.epoch !== b.epoch) return "epoch";
	const n = Math.max(a.release.length, b.release.length);
	for (let i = 0; i < n; i++) {
		if ((a.release[i] ?? 0n) !== (b.release[i] ?? 0n)) {
			return i === 0 ? "major" : i === 1 ? "minor" : "patch";
		}
	}
	if (
		a.pre?.label !== b.pre?.label ||
		a.pre?.number !== b.pre?.number ||
		a.dev !== b.dev
	) {
		return "pre-release";
	}
	if (a.post !== b.post) return "post-release";
	if ((a.local ?? []).join(".") !== (b.local ?? []).join(".")) return "local";
	return "none";
}
