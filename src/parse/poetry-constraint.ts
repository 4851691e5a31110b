// Poetry version constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1,<2`, ...) as PEP 440 specifier sets.
// A port of poetry-core's `parse_constraint` / `parse_single_constraint`
// (poetry/core/constraints/version/parser.py, patterns.py) and of the bound arithmetic of its
// `Version.next_breaking` / `next_major` / `next_minor` / `next_patch` (poetry-version.ts); unions merge
// as poetry-core merges them (poetry-ranges.ts).

import { mergeUnion, renderGroup } from "./poetry-ranges.js";
import {
	ConstraintError,
	nextBreaking,
	nextMajor,
	nextMinor,
	parsePoetryVersion as parseVersion,
	type Version,
} from "./poetry-version.js";

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
// poetry-core splits `||` / `|` first (splitOr), then commas or spaces not right
// after an operator (the lookbehinds let a match start only once per run of spaces, so this one stays linear).
const AND_SEPARATOR = /(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)/;

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
