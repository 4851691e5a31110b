// Parsing: packaging's SpecifierSet(text), clause by clause, with a message that says why a clause
// is invalid; the clauses become one VersionSet.

import { createBoundedCache } from "../model/bounded-cache.js";
import { compileClause } from "./clause-intervals.js";
import { intersect } from "./set-algebra.js";
import { PY_WHITESPACE, parseVersion, pyStrip } from "./version.js";
import {
	type Clause,
	FULL,
	type Operator,
	type SpecifierSet,
	type VersionSet,
} from "./version-intervals.js";

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

export type SpecifierSetResult =
	| { ok: true; value: SpecifierSet }
	| { ok: false; error: string };

// Every project of a fleet repeats the same specifiers; the results are immutable, so each text is parsed
// once. Cleared when full, so memory stays bounded.
const parsedSets = createBoundedCache<SpecifierSetResult>(20_000);

/** Parse like packaging's SpecifierSet(text): comma-separated clauses, "" meaning every version. */
export function parseSpecifierSet(text: string): SpecifierSetResult {
	return parsedSets.get(text, parseSpecifierSetUncached);
}

/** No real requirement comes near; past it the set is refused (fail closed) instead of taking minutes. */
const MAX_DISTINCT_CLAUSES = 1024;

function parseSpecifierSetUncached(text: string): SpecifierSetResult {
	const clauses: Clause[] = [];
	const errors: string[] = [];
	// packaging's SpecifierSet is a frozenset of its clauses: a repeated clause adds nothing, so it is parsed
	// and kept once (a pull request can repeat `>=1,` for 16 MiB).
	const seen = new Set<string>();
	const kept = new Set<string>();
	for (let start = 0; start <= text.length; ) {
		const comma = text.indexOf(",", start);
		const end = comma === -1 ? text.length : comma;
		const part = text.slice(start, end);
		start = end + 1;
		if (seen.has(part)) continue;
		if (seen.size >= MAX_DISTINCT_CLAUSES)
			return {
				ok: false,
				error: `Invalid specifier: more than ${MAX_DISTINCT_CLAUSES} different clauses, more than pin-audit audits in one requirement`,
			};
		seen.add(part);
		if (pyStrip(part) === "") continue; // packaging drops empty clauses ("a,,b", trailing comma)
		const clause = parseClause(part);
		if (typeof clause === "string") errors.push(clause);
		else if (!kept.has(clause.text)) {
			kept.add(clause.text);
			clauses.push(clause);
		}
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
