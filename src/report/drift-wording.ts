// The numbers and words of the drift report, shared by its markdown and text renderings (render-drift.ts,
// render-drift-text.ts): what "behind" counts, what the policy allows and why not, the libyears total and what
// it leaves out, what could not be checked. `code` formats a literal (a code span in markdown, as-is in text).

import type {
	DriftEntry,
	DriftReport,
	DriftSummary,
	FleetLocation,
	FleetPackage,
	UncheckedReason,
} from "../model/drift-report.js";
import { compareLoosely, compareStrings } from "../pep440/loose-order.js";
import { formatUtc } from "../policy/cooldown.js";
import { plural } from "./render-text.js";

/** `2 minor, 1 patch, 1 pre/post/dev`; empty when not behind. */
export function describeBehind(e: DriftEntry): string {
	const parts: string[] = [];
	for (const k of ["major", "minor", "patch"] as const)
		if (e.behind[k] > 0) parts.push(`${e.behind[k]} ${k}`);
	// Reports from before the bucket existed have no `other`.
	const other = e.behind.other ?? 0;
	if (other > 0) parts.push(`${other} pre/post/dev`);
	return parts.join(", ");
}

/** What the policy lets this pin move to: a release still in its cooldown ("not yet"), one its Python rules out. */
export function describeAllowed(
	e: DriftEntry,
	code: (text: string) => string,
): string {
	const parts: string[] = [];
	if (!e.currentAllowed) parts.push(`${code(e.current)} is outside the policy`);
	if (e.status !== "unknown") {
		if (e.allowed === null) parts.push("no release");
		else {
			const order = compareLoosely(e.allowed, e.current);
			parts.push(
				order > 0
					? code(e.allowed)
					: order === 0
						? `${code(e.allowed)} (in use)`
						: `up to ${code(e.allowed)}`,
			);
		}
	}
	if (e.notYet)
		parts.push(
			`${code(e.notYet.version)} not yet (cooldown ends ${formatMoment(e.notYet.allowedAt, code)})`,
		);
	const py = e.pythonExcluded;
	if (py)
		parts.push(
			`not ${code(py.version)}: it requires Python ${code(py.requiresPython)}, the project supports ${code(py.projectRequiresPython)}`,
		);
	return parts.join("; ");
}

/** An ISO 8601 time as `2026-07-01 00:00 UTC`; text that is no time goes through `code` as it is. */
export function formatMoment(
	at: string,
	code: (text: string) => string,
): string {
	const ms = Date.parse(at);
	return Number.isNaN(ms) ? code(at) : formatUtc(new Date(ms));
}

/** `1.23.3 on 9 projects, 1.23.1 on servers/docparse`: names when few, a count when many. */
export function describeSpread(
	p: FleetPackage,
	multi: boolean,
	code: (text: string) => string,
): string {
	return p.versions
		.map(
			(v) =>
				`${code(v.version)} on ${
					v.locations.length <= 3
						? v.locations.map((l) => code(locationLabel(l, multi))).join(", ")
						: plural(v.locations.length, "project")
				}`,
		)
		.join("; ");
}

function locationLabel(l: FleetLocation, multi: boolean): string {
	if (!multi) return l.project;
	return l.project === "." ? l.repository : `${l.repository}:${l.project}`;
}

/** `3.2 libyears in all, not counting 2 versions the index gave no upload time for`; empty when nothing to say. */
export function describeLibyears(summary: DriftSummary): string {
	const unknown = summary.libyearsUnknown ?? 0;
	if (summary.libyears <= 0 && unknown === 0) return "";
	const missing =
		unknown === 0
			? ""
			: `${summary.libyears > 0 ? ", not counting" : "libyears unknown for"} ${plural(unknown, "version")} the index gave no upload time for`;
	return summary.libyears > 0
		? `${formatYears(summary.libyears)} libyears in all${missing}`
		: missing.trimStart();
}

export function formatYears(years: number): string {
	return (Math.round(years * 10) / 10).toFixed(1);
}

export function countRepositories(n: number): string {
	return n === 1 ? "1 repository" : `${n} repositories`;
}

/** Why packages were not checked, in the order a reader acts on it. */
export const UNCHECKED_LABELS: Record<UncheckedReason, string> = {
	"not-on-index": "not on the index",
	"index-error": "the index could not be read",
	offline: "not checked, offline",
	"audit-report": "not checked, from an audit report",
};

/** Packages with a version that could not be checked, grouped by why; reasons with none left out. */
export function groupUnchecked(
	report: DriftReport,
): { reason: UncheckedReason; packages: string[] }[] {
	const byReason = new Map<UncheckedReason, Set<string>>();
	for (const r of report.repositories)
		for (const e of r.entries) {
			if (e.status !== "unknown") continue;
			const reason = e.unchecked ?? "index-error";
			const names = byReason.get(reason) ?? new Set<string>();
			names.add(e.package);
			byReason.set(reason, names);
		}
	return (Object.keys(UNCHECKED_LABELS) as UncheckedReason[])
		.filter((reason) => byReason.has(reason))
		.map((reason) => ({
			reason,
			packages: [...(byReason.get(reason) ?? [])].sort(compareStrings),
		}));
}
