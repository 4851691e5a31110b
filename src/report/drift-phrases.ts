// How drift facts read, shared by the drift's text and markdown renderings: how far behind, what the policy
// allows, where a version is in use, days and years. Repository text goes through the `code` it is given.
import { compareLoosely, compareStrings } from "../drift/compute-drift.js";
import type {
	DriftEntry,
	DriftReport,
	FleetLocation,
	FleetPackage,
} from "../drift/drift-report.js";
import { formatUtc } from "../policy/cooldown.js";
import { escapeMarkdown } from "./escape.js";
import { plural } from "./render-text.js";

/** `2 minor, 1 patch`; empty when not behind. */
export function describeBehind(e: DriftEntry): string {
	const parts: string[] = [];
	for (const k of ["major", "minor", "patch"] as const)
		if (e.behind[k] > 0) parts.push(`${e.behind[k]} ${k}`);
	return parts.join(", ");
}

/** What the policy lets this pin move to, including a release still in its cooldown ("not yet"). */
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
	return parts.join("; ");
}

// The report schema only admits ISO 8601 times here; a report built some other way still renders, never throws.
/** The UTC day of an ISO 8601 time, as markdown. */
export function formatDay(at: string): string {
	const ms = Date.parse(at);
	return Number.isNaN(ms)
		? escapeMarkdown(at)
		: new Date(ms).toISOString().slice(0, 10);
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

export function listUnknown(report: DriftReport): string[] {
	const names = new Set<string>();
	for (const r of report.repositories)
		for (const e of r.entries) if (e.status === "unknown") names.add(e.package);
	return [...names].sort(compareStrings);
}

export function formatYears(years: number): string {
	return (Math.round(years * 10) / 10).toFixed(1);
}

export function countRepositories(n: number): string {
	return n === 1 ? "1 repository" : `${n} repositories`;
}
