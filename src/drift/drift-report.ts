// The drift report: how far every pinned or locked version is behind its index, and what the policy allows.
// One shape for one repository and for a fleet (`pin-audit merge`): a report holds repositories. The JSON form
// is the contract in schema/drift.schema.json; `driftReportSchema` reads it back (untrusted: merge inputs).
import { z } from "zod";
import { parseVersion } from "../pep440/version.js";
import {
	type RolloutPlan,
	rolloutPlanSchema,
} from "../rollout/rollout-plan.js";

export type DriftStatus = "behind" | "up-to-date" | "yanked" | "unknown";

/** Why an entry is `unknown`: nothing asked (offline, or an audit report merged), the index failed, or 404. */
export type UncheckedReason =
	| "offline"
	| "audit-report"
	| "index-error"
	| "not-on-index";

export interface DriftSource {
	kind: "pinned" | "locked";
	/** POSIX path relative to the repository's audited root. */
	file: string;
	line: number;
}

/** Releases between the current version and the latest, each counted by what it changes against the one before. */
export interface BehindCounts {
	major: number;
	minor: number;
	patch: number;
	/** Steps that change only a pre-, post- or dev-release part (3.1 -> 3.1.post2, 2.0.0rc1 -> 2.0.0). */
	other: number;
	/** major + minor + patch + other. */
	total: number;
}

/** The newest release the policy would allow but the project's requires-python rules out (uv refuses it). */
export interface PythonExcluded {
	version: string;
	/** The release's Requires-Python. */
	requiresPython: string;
	/** The project's `requires-python`. */
	projectRequiresPython: string;
}

export interface NotYet {
	/** The newest release the policy allows once its cooldown has passed. */
	version: string;
	/** ISO 8601 UTC: upload time plus the cooldown. */
	allowedAt: string;
}

export interface DriftEntry {
	/** Project path ("." for the root). */
	project: string;
	/** PEP 503 normalized. */
	package: string;
	/** PEP 440 normalized version in use. */
	current: string;
	/** Every pin and lock entry that says `current`, by file and line. */
	sources: DriftSource[];
	status: DriftStatus;
	/** Why `status` is unknown; null when the index answered. */
	unchecked: UncheckedReason | null;
	/** Why the status is `unknown`, or what else is worth knowing (the version is not on the index). */
	note: string | null;
	/** Whether the index lists `current` (its public version, unless it lists builds of the same local label); null when not checked. */
	currentOnIndex: boolean | null;
	currentUploaded: string | null;
	yankedReason: string | null;
	/** Newest release, without yanked ones and without pre-releases unless `current` is one. */
	latest: string | null;
	latestUploaded: string | null;
	/** Most significant part that differs between current and latest, null when not behind. */
	updateType: "major" | "minor" | "patch" | "other" | null;
	behind: BehindCounts;
	/** Years between the upload of `current` and of `latest` (libyear); null when an upload time is unknown. */
	libyears: number | null;
	/** Newest release the policy allows now (allowed, not banned, past its cooldown); null when none. */
	allowed: string | null;
	/** Whether the policy allows `current` itself (allowed and not banned). */
	currentAllowed: boolean;
	/** A newer release the policy will allow once its cooldown has passed. */
	notYet: NotYet | null;
	/** Set when the newest release the policy allows needs a newer Python than the project supports. */
	pythonExcluded: PythonExcluded | null;
}

export interface DriftRepository {
	/** `owner/repo` in the action, the audited path (or --name) on the command line. */
	name: string;
	/** What policy judged it (report.policy.description). */
	policy: string;
	/** Every project path of the repository, including those with nothing pinned. */
	projects: string[];
	entries: DriftEntry[];
	/** `[rollout]`: the waves that bring lagging pins to the newest allowed version; absent without a canary. */
	rollout?: RolloutPlan[];
}

export interface FleetLocation {
	repository: string;
	project: string;
}

export interface FleetPackage {
	package: string;
	/** PEP 440-equal versions are one (`5.0` and `5.0.0`). Most used first, then newest first. */
	versions: { version: string; locations: FleetLocation[] }[];
	/** The newest `latest` any repository's index gave, a pre-release only when every version in use is one. */
	latest: string | null;
}

export interface DriftSummary {
	repositories: number;
	projects: number;
	/** Entries (project, package, version in use). */
	versions: number;
	behind: number;
	yanked: number;
	unknown: number;
	upToDate: number;
	/** Sum of libyears over entries that are behind or yanked and whose upload times are known. */
	libyears: number;
	/** Entries behind or yanked left out of `libyears`: the index gave no upload time. */
	libyearsUnknown: number;
}

export interface DriftReport {
	schemaVersion: 1;
	kind: "drift";
	tool: { name: string; version: string };
	/** ISO 8601 UTC. */
	generatedAt: string;
	repositories: DriftRepository[];
	fleet: FleetPackage[];
	summary: DriftSummary;
}

const nonNegative = z.number().int().min(0);
const text = z.string().max(10_000);
// Versions and times are shown as they are (and times parsed): a merge input from another repository's workflow
// must hold what pin-audit writes there, a normalized PEP 440 version and an ISO 8601 time, not arbitrary text.
// schema/drift.schema.json says the same with `version` and `dateTime` patterns.
const version = z
	.string()
	.max(200)
	.refine((v) => parseVersion(v)?.text === v, {
		message: "not a normalized PEP 440 version",
	});
const dateTime = z.iso.datetime({ offset: true });

export const driftEntrySchema = z.strictObject({
	project: text,
	package: text,
	current: version,
	sources: z
		.array(
			z.strictObject({
				kind: z.enum(["pinned", "locked"]),
				file: text,
				line: nonNegative,
			}),
		)
		.max(10_000),
	status: z.enum(["behind", "up-to-date", "yanked", "unknown"]),
	// Fields added after the first release default, so a fleet can merge reports of older pin-audit versions.
	unchecked: z
		.enum(["offline", "audit-report", "index-error", "not-on-index"])
		.nullable()
		.default(null),
	note: text.nullable(),
	currentOnIndex: z.boolean().nullable().default(null),
	currentUploaded: dateTime.nullable(),
	yankedReason: text.nullable(),
	latest: version.nullable(),
	latestUploaded: dateTime.nullable(),
	updateType: z.enum(["major", "minor", "patch", "other"]).nullable(),
	behind: z.strictObject({
		major: nonNegative,
		minor: nonNegative,
		patch: nonNegative,
		other: nonNegative.default(0),
		total: nonNegative,
	}),
	libyears: z.number().min(0).nullable(),
	allowed: version.nullable(),
	currentAllowed: z.boolean(),
	notYet: z.strictObject({ version: version, allowedAt: dateTime }).nullable(),
	pythonExcluded: z
		.strictObject({
			version: version,
			requiresPython: text,
			projectRequiresPython: text,
		})
		.nullable()
		.default(null),
});

export const driftRepositorySchema = z.strictObject({
	name: text,
	policy: text,
	projects: z.array(text),
	entries: z.array(driftEntrySchema),
	rollout: z.array(rolloutPlanSchema).optional(),
});

export const driftReportSchema = z.strictObject({
	schemaVersion: z.literal(1),
	kind: z.literal("drift"),
	tool: z.strictObject({ name: text, version: text }),
	generatedAt: dateTime,
	repositories: z.array(driftRepositorySchema),
	// Derived data: recomputed on merge, so only its shape is checked.
	fleet: z.array(z.unknown()),
	summary: z.record(z.string(), z.number()),
});

/** An entry that needs attention: behind its index, or on a yanked release. */
export function isDrifting(entry: DriftEntry): boolean {
	return entry.status === "behind" || entry.status === "yanked";
}
