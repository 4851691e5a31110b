// One drift entry: where a version in use stands against the releases its index lists, and what the policy
// (allowed/banned ranges, cooldown, the project's exclude-newer and requires-python) lets it move to.
import type { ReleaseListing } from "../index/gather-release-lists.js";
import {
	contains,
	parseSpecifierSet,
	type SpecifierSet,
} from "../pep440/specifier-set.js";
import {
	compareVersions,
	isPrerelease,
	type Version,
} from "../pep440/version.js";
import { parseExcludeNewer } from "../policy/cooldown.js";
import type { Policy } from "../policy/schema.js";
import { classifyStep, computeLibyears, countBehind } from "./count-behind.js";
import type { CurrentVersion } from "./current-versions.js";
import type { DriftEntry } from "./drift-report.js";
import { pythonCompatibility } from "./python-compat.js";
import { buildReleasePool, type PoolRelease } from "./release-pool.js";

/** The policy's say on drift; `null` for no policy (everything allowed, no cooldown). */
export type DriftPolicy = Pick<Policy, "packages" | "cooldown">;

/** What a project brings to its entries. */
export interface EntryContext {
	rules: DriftPolicy | null;
	excludeNewer: string | null;
	requiresPython: string | null;
	now: Date;
}

export function computeEntry(
	current: CurrentVersion,
	listing: ReleaseListing | undefined,
	context: EntryContext,
): DriftEntry {
	const permitted = policyFilter(current.package, context.rules);
	const base: DriftEntry = {
		project: current.project,
		package: current.package,
		current: current.version.text,
		sources: current.sources,
		status: "unknown",
		unchecked: null,
		note: null,
		currentOnIndex: null,
		currentUploaded: null,
		yankedReason: null,
		latest: null,
		latestUploaded: null,
		updateType: null,
		behind: { major: 0, minor: 0, patch: 0, other: 0, total: 0 },
		libyears: null,
		allowed: null,
		currentAllowed: permitted(current.version),
		notYet: null,
		pythonExcluded: null,
	};
	if (listing === undefined)
		return {
			...base,
			unchecked: "offline",
			note: "not checked (offline: no package index asked)",
		};
	if (!listing.lookup.ok)
		return {
			...base,
			unchecked: "index-error",
			note: `the index could not be read: ${listing.lookup.error}`,
		};
	if (listing.lookup.value === null)
		return {
			...base,
			unchecked: "not-on-index",
			note: `not on the index ${listing.index}`,
		};
	const pool = buildReleasePool(current.version, listing.lookup.value);
	return {
		...base,
		...comparePosition(pool.current, pool.releases),
		...judgeByPolicy(pool.current, pool.releases, permitted, current, context),
	};
}

type Position = Pick<
	DriftEntry,
	| "status"
	| "note"
	| "currentOnIndex"
	| "currentUploaded"
	| "yankedReason"
	| "latest"
	| "latestUploaded"
	| "updateType"
	| "behind"
	| "libyears"
>;

/** Status, latest, releases behind and libyears against the index. */
function comparePosition(
	current: Version,
	releases: readonly PoolRelease[],
): Position {
	const onIndex = releases.find(
		(r) => compareVersions(r.version, current) === 0,
	);
	const latest = eligibleReleases(current, releases).at(-1) ?? null;
	const behindReleases =
		latest === null
			? []
			: eligibleReleases(current, releases).filter(
					(r) =>
						compareVersions(r.version, current) > 0 &&
						compareVersions(r.version, latest.version) <= 0,
				);
	const behind = behindReleases.length > 0;
	const currentUploaded = onIndex?.uploadTime ?? null;
	const latestUploaded = latest?.uploadTime ?? null;
	return {
		status: onIndex?.yanked ? "yanked" : behind ? "behind" : "up-to-date",
		note: onIndex ? null : "this version is not on the index",
		currentOnIndex: onIndex !== undefined,
		currentUploaded,
		yankedReason: onIndex?.yanked ? onIndex.yankedReason : null,
		latest: latest?.version.text ?? null,
		latestUploaded,
		updateType:
			behind && latest !== null ? classifyStep(current, latest.version) : null,
		behind: countBehind(current, behindReleases),
		libyears: computeLibyears(
			currentUploaded,
			behind ? latestUploaded : currentUploaded,
		),
	};
}

/** Not yanked; PEP 440: pre-releases only when the version in use already is one. */
function eligibleReleases(
	current: Version,
	releases: readonly PoolRelease[],
): PoolRelease[] {
	const withPre = isPrerelease(current);
	return releases.filter(
		(r) => !r.yanked && (withPre || !isPrerelease(r.version)),
	);
}

type PolicyView = Pick<DriftEntry, "allowed" | "notYet" | "pythonExcluded">;

/** The newest release the policy allows now, one in its cooldown, and one ruled out by Requires-Python. */
function judgeByPolicy(
	current: Version,
	releases: readonly PoolRelease[],
	permitted: (v: Version) => boolean,
	entry: CurrentVersion,
	context: EntryContext,
): PolicyView {
	const cooldown = context.rules
		? (context.rules.cooldown.packages[entry.package] ??
			context.rules.cooldown.default)
		: 0;
	const excludeNewer =
		context.excludeNewer === null
			? null
			: parseExcludeNewer(context.excludeNewer);
	const servesPython = pythonCompatibility(context.requiresPython);
	const byPolicy = eligibleReleases(current, releases).filter(
		(r) =>
			permitted(r.version) &&
			// uv refuses releases after the project's exclude-newer: no policy can allow them.
			!(
				excludeNewer !== null &&
				r.uploaded !== null &&
				r.uploaded > excludeNewer
			),
	);
	const candidates = byPolicy.filter((r) =>
		r.requiresPython.some(servesPython),
	);
	const ripe = (r: PoolRelease) =>
		r.uploaded === null ||
		r.uploaded.getTime() + cooldown <= context.now.getTime();
	const allowed = candidates.filter(ripe).at(-1) ?? null;
	const newest = candidates.at(-1) ?? null;
	const newestByPolicy = byPolicy.at(-1) ?? null;
	const excluded =
		newestByPolicy !== null &&
		newestByPolicy !== newest &&
		compareVersions(newestByPolicy.version, current) > 0
			? newestByPolicy
			: null;
	return {
		allowed: allowed?.version.text ?? null,
		notYet:
			newest !== null &&
			!ripe(newest) &&
			newest.uploaded !== null &&
			compareVersions(newest.version, current) > 0
				? {
						version: newest.version.text,
						allowedAt: new Date(
							newest.uploaded.getTime() + cooldown,
						).toISOString(),
					}
				: null,
		pythonExcluded:
			excluded === null
				? null
				: {
						version: excluded.version.text,
						requiresPython:
							excluded.requiresPython.find((r) => r !== null) ?? "",
						projectRequiresPython: context.requiresPython ?? "",
					},
	};
}

/** Whether the policy allows a version: inside `allowed`, outside every `banned`. */
function policyFilter(
	name: string,
	rules: DriftPolicy | null,
): (version: Version) => boolean {
	const policy = rules?.packages[name];
	if (!policy) return () => true;
	const allowed = policy.allowed ? parseSet(policy.allowed) : null;
	const banned = policy.banned
		.map(parseSet)
		.filter((s): s is SpecifierSet => s !== null);
	return (version) =>
		(allowed === null || contains(allowed, version)) &&
		!banned.some((set) => contains(set, version));
}

function parseSet(text: string): SpecifierSet | null {
	const parsed = parseSpecifierSet(text);
	return parsed.ok ? parsed.value : null;
}
