// The drift report's shape: how far every pinned or locked version is behind its index, what the policy allows,
// and the rollout plan that brings lagging pins forward. What src/drift computes and src/report renders; the JSON
// form is the contract in schema/drift.schema.json, read back by the zod schemas in src/drift/drift-report.ts and
// src/rollout/rollout-plan.ts.

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

/** An entry that needs attention: behind its index, or on a yanked release. */
export function isDrifting(entry: DriftEntry): boolean {
	return entry.status === "behind" || entry.status === "yanked";
}

/**
 * - `ready`: move this wave now;
 * - `soaking`: the canary runs the version, its soak has not ended (or since when is unknown);
 * - `soaked`: the canary has run the version for the soak time;
 * - `waiting`: an earlier wave has to move (or soak) first;
 * - `done`: every project of the wave runs the version.
 */
export type WaveState = "ready" | "soaking" | "soaked" | "waiting" | "done";

export interface RolloutWave {
	/** 0 for the canary wave, then 1, 2, ... */
	wave: number;
	canary: boolean;
	projects: string[];
	/** The `pin-audit fix` command that moves this wave. */
	command: string;
	state: WaveState;
	/**
	 * Canary wave: when the canary started running the version (ISO 8601), or, when that is older than the soak,
	 * possibly only the oldest commit read that shows it; null when unknown.
	 */
	adoptedAt: string | null;
	/** Canary wave: when the soak ends (ISO 8601), null when unknown. */
	soakEndsAt: string | null;
}

export interface RolloutPlan {
	package: string;
	/** The newest version the policy allows now. */
	target: string;
	waves: RolloutWave[];
}
