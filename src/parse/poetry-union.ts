// A Poetry union (`>=1,<2 || >=3,<4`) as the one PEP 440 range spanning it: from the lowest lower bound to
// the highest upper bound. Wider than Poetry's set, never narrower, so a pin inside the union is never
// reported as outside it, and a union of bounded ranges is still bounded (not "no version constraint").
import { compareVersions, parseVersion } from "../pep440/version.js";
import { poetryConstraintToPep440 } from "./poetry-constraint.js";

interface Bound {
	version: string;
	inclusive: boolean;
}

/** The spanning range, e.g. `>=1,<4`; null when a part does not translate or is not a range. */
export function spanPoetryUnion(constraint: string): string | null {
	const parts = constraint.split(/\|\|?/).map((p) => p.trim());
	if (parts.length < 2 || parts.some((p) => p === "")) return null;
	let lower: Bound | null | undefined;
	let upper: Bound | null | undefined;
	for (const part of parts) {
		const translated = poetryConstraintToPep440(part);
		if (!translated.ok) return null;
		const bounds = readBounds(translated.specifier);
		if (bounds === null) return null;
		lower =
			lower === undefined ? bounds.lower : widest(lower, bounds.lower, -1);
		upper = upper === undefined ? bounds.upper : widest(upper, bounds.upper, 1);
	}
	const clauses = [
		lower == null ? null : `${lower.inclusive ? ">=" : ">"}${lower.version}`,
		upper == null ? null : `${upper.inclusive ? "<=" : "<"}${upper.version}`,
	].filter((c): c is string => c !== null);
	return clauses.join(",");
}

/** The lower and upper bound of `>=a,<b`-style clauses (`==x` bounds both); null for anything else. */
function readBounds(
	specifier: string,
): { lower: Bound | null; upper: Bound | null } | null {
	let lower: Bound | null = null;
	let upper: Bound | null = null;
	for (const clause of specifier.split(",").filter((c) => c !== "")) {
		const match = /^(>=|>|<=|<|==)([^*]+)$/.exec(clause);
		if (match === null || parseVersion(match[2] ?? "") === null) return null;
		const [, op, version = ""] = match;
		if (op === ">=" || op === ">" || op === "==")
			lower = { version, inclusive: op !== ">" };
		if (op === "<=" || op === "<" || op === "==")
			upper = { version, inclusive: op !== "<" };
	}
	return { lower, upper };
}

/** The wider of two bounds on one side (direction -1: lower, 1: upper); null (unbounded) wins. */
function widest(
	a: Bound | null,
	b: Bound | null,
	direction: -1 | 1,
): Bound | null {
	if (a === null || b === null) return null;
	const order = compareVersions(a.version, b.version) * direction;
	if (order !== 0) return order > 0 ? a : b;
	return { version: a.version, inclusive: a.inclusive || b.inclusive };
}
