// Drift, computed: for every version a project pins exactly or locks, where it stands against every release the
// index lists and against the policy. Pure: releases, policy and the clock come in as arguments.
import { posix } from "node:path";
import { findPinnedVersion } from "../index/gather-index-facts.js";
import type { ReleaseListing } from "../index/gather-release-lists.js";
import type { ReleaseSummary } from "../index/index-facts.js";
import type { FileKind, LockedPackage, Requirement } from "../model/types.js";
import {
	contains,
	parseSpecifierSet,
	type SpecifierSet,
} from "../pep440/specifier-set.js";
import {
	compareVersions,
	isPrerelease,
	parseVersion,
	updateType,
	type Version,
} from "../pep440/version.js";
import { parseExcludeNewer } from "../policy/cooldown.js";
import type { Policy } from "../policy/schema.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import {
	type BehindCounts,
	type DriftEntry,
	type DriftReport,
	type DriftRepository,
	type DriftSource,
	type FleetLocation,
	type FleetPackage,
	isDrifting,
} from "./drift-report.js";

/** What drift reads of a project: the audit's Project, or a project of a JSON report. */
export interface DriftProject {
	path: string;
	files: readonly { path: string; kind: FileKind }[];
	requirements: readonly Pick<
		Requirement,
		"name" | "specifier" | "url" | "group" | "file" | "line"
	>[];
	locked: readonly Pick<
		LockedPackage,
		"name" | "version" | "source" | "file" | "line"
	>[];
	excludeNewer?: string | null;
}

/** The policy's say on drift; `null` for no policy (everything allowed, no cooldown). */
export type DriftPolicy = Pick<Policy, "packages" | "cooldown">;

export interface RepositoryDriftInput {
	name: string;
	policy: string;
	projects: readonly DriftProject[];
	rules: DriftPolicy | null;
	/** The index's listing for a project's package; undefined when it was not asked (offline). */
	releases: (project: string, name: string) => ReleaseListing | undefined;
	now: Date;
}

const YEAR_MS = 365.25 * 86_400_000;

interface Current {
	project: string;
	package: string;
	version: Version;
	sources: DriftSource[];
}

/** The package names each project pins exactly or locks from an index: what to ask the index about. */
export function listDriftPackages(
	projects: readonly DriftProject[],
): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const current of collectCurrentVersions(projects)) {
		const names = out.get(current.project) ?? [];
		if (!names.includes(current.package)) names.push(current.package);
		out.set(current.project, names);
	}
	return out;
}

export function computeRepositoryDrift(
	input: RepositoryDriftInput,
): DriftRepository {
	const entries = collectCurrentVersions(input.projects).map((current) => {
		const project = input.projects.find((p) => p.path === current.project);
		return computeEntry(
			current,
			input.releases(current.project, current.package),
			input.rules,
			project?.excludeNewer ?? null,
			input.now,
		);
	});
	return {
		name: input.name,
		policy: input.policy,
		projects: input.projects.map((p) => p.path).sort(compareStrings),
		entries: entries.sort(compareEntries),
	};
}

/** A report of one or many repositories, with the fleet view and the totals derived from them. */
export function buildDriftReport(
	repositories: readonly DriftRepository[],
	generatedAt: Date,
): DriftReport {
	const sorted = [...repositories].sort((a, b) =>
		compareStrings(a.name, b.name),
	);
	const entries = sorted.flatMap((r) => r.entries);
	const count = (status: DriftEntry["status"]) =>
		entries.filter((e) => e.status === status).length;
	return {
		schemaVersion: 1,
		kind: "drift",
		tool: { name: TOOL_NAME, version: TOOL_VERSION },
		generatedAt: generatedAt.toISOString(),
		repositories: sorted,
		fleet: computeFleet(sorted),
		summary: {
			repositories: sorted.length,
			projects: sorted.reduce((n, r) => n + r.projects.length, 0),
			versions: entries.length,
			behind: count("behind"),
			yanked: count("yanked"),
			unknown: count("unknown"),
			upToDate: count("up-to-date"),
			libyears: round(
				entries
					.filter(isDrifting)
					.reduce((sum, e) => sum + (e.libyears ?? 0), 0),
			),
		},
	};
}

/**
 * Exact pins (`==X`, `===X`; not build requirements or direct references) and locked index versions, one per
 * (project, package, version). A lock shared by a uv workspace is reported by the project that holds it.
 */
export function collectCurrentVersions(
	projects: readonly DriftProject[],
): Current[] {
	const owners = findLockOwners(projects);
	const found = new Map<string, Current>();
	const add = (
		project: string,
		name: string,
		text: string,
		source: DriftSource,
	) => {
		const version = parseVersion(text);
		if (version === null) return;
		const key = `${project}\0${name}\0${version.text}`;
		const current = found.get(key) ?? {
			project,
			package: name,
			version,
			sources: [],
		};
		if (
			!current.sources.some(
				(s) => s.file === source.file && s.line === source.line,
			)
		)
			current.sources.push(source);
		found.set(key, current);
	};
	for (const project of projects) {
		for (const r of project.requirements) {
			if (r.url !== null || r.group === "build") continue;
			const pinned = findPinnedVersion(r.specifier);
			if (pinned !== null)
				add(project.path, r.name, pinned, {
					kind: "pinned",
					file: r.file,
					line: r.line,
				});
		}
		for (const l of project.locked) {
			if (l.version === null) continue;
			// Workspace members, paths and git sources have no index release to compare with.
			if (l.source !== "registry" && l.source !== "unknown") continue;
			if (owners.get(l.file) !== project.path) continue;
			add(project.path, l.name, l.version, {
				kind: "locked",
				file: l.file,
				line: l.line,
			});
		}
	}
	for (const current of found.values())
		current.sources.sort(
			(a, b) => compareStrings(a.file, b.file) || a.line - b.line,
		);
	return [...found.values()];
}

function computeEntry(
	current: Current,
	listing: ReleaseListing | undefined,
	rules: DriftPolicy | null,
	excludeNewerText: string | null,
	now: Date,
): DriftEntry {
	const base: DriftEntry = {
		project: current.project,
		package: current.package,
		current: current.version.text,
		sources: current.sources,
		status: "unknown",
		note: null,
		currentUploaded: null,
		yankedReason: null,
		latest: null,
		latestUploaded: null,
		updateType: null,
		behind: { major: 0, minor: 0, patch: 0, total: 0 },
		libyears: null,
		allowed: null,
		currentAllowed: true,
		notYet: null,
	};
	const permitted = policyFilter(current.package, rules);
	base.currentAllowed = permitted(current.version);
	if (listing === undefined)
		return { ...base, note: "not checked (offline: no package index asked)" };
	if (!listing.lookup.ok)
		return {
			...base,
			note: `the index could not be read: ${listing.lookup.error}`,
		};
	if (listing.lookup.value === null)
		return { ...base, note: `not on the index ${listing.index}` };

	const releases = parseReleases(listing.lookup.value);
	const onIndex = releases.find(
		(r) => compareVersions(r.version, current.version) === 0,
	);
	// PEP 440: pre-releases are only candidates when the version in use already is one.
	const withPre = isPrerelease(current.version);
	const eligible = releases.filter(
		(r) => !r.summary.yanked && (withPre || !isPrerelease(r.version)),
	);
	const latest = eligible.at(-1) ?? null;
	const behindReleases =
		latest === null
			? []
			: eligible.filter(
					(r) =>
						compareVersions(r.version, current.version) > 0 &&
						compareVersions(r.version, latest.version) <= 0,
				);
	const status: DriftEntry["status"] = onIndex?.summary.yanked
		? "yanked"
		: behindReleases.length > 0
			? "behind"
			: "up-to-date";

	const cooldown = rules
		? (rules.cooldown.packages[current.package] ?? rules.cooldown.default)
		: 0;
	const excludeNewer =
		excludeNewerText === null ? null : parseExcludeNewer(excludeNewerText);
	const candidates = eligible.filter(
		(r) =>
			permitted(r.version) &&
			// uv refuses releases after the project's exclude-newer: no policy can allow them.
			!(
				excludeNewer !== null &&
				r.uploaded !== null &&
				r.uploaded > excludeNewer
			),
	);
	const ripe = (r: ParsedRelease) =>
		r.uploaded === null || r.uploaded.getTime() + cooldown <= now.getTime();
	const allowed = candidates.filter(ripe).at(-1) ?? null;
	const newestCandidate = candidates.at(-1) ?? null;
	const notYet =
		newestCandidate !== null &&
		!ripe(newestCandidate) &&
		newestCandidate.uploaded !== null &&
		compareVersions(newestCandidate.version, current.version) > 0
			? {
					version: newestCandidate.version.text,
					allowedAt: new Date(
						newestCandidate.uploaded.getTime() + cooldown,
					).toISOString(),
				}
			: null;

	const currentUploaded = onIndex?.summary.uploadTime ?? null;
	const latestUploaded = latest?.summary.uploadTime ?? null;
	return {
		...base,
		status,
		note: onIndex ? null : "this version is not on the index",
		currentUploaded,
		yankedReason: onIndex?.summary.yanked
			? (onIndex.summary.yankedReason ?? null)
			: null,
		latest: latest?.version.text ?? null,
		latestUploaded,
		updateType:
			behindReleases.length > 0 && latest !== null
				? classify(current.version, latest.version)
				: null,
		behind: countBehind(current.version, behindReleases),
		libyears: computeLibyears(
			currentUploaded,
			behindReleases.length > 0 ? latestUploaded : currentUploaded,
		),
		allowed: allowed?.version.text ?? null,
		notYet,
	};
}

interface ParsedRelease {
	version: Version;
	uploaded: Date | null;
	summary: ReleaseSummary;
}

/** Parsable versions, oldest first; a version listed twice is kept once. */
function parseReleases(list: readonly ReleaseSummary[]): ParsedRelease[] {
	const out: ParsedRelease[] = [];
	for (const summary of list) {
		const version = parseVersion(summary.version);
		if (version === null) continue;
		if (out.some((r) => compareVersions(r.version, version) === 0)) continue;
		const at =
			summary.uploadTime === null ? Number.NaN : Date.parse(summary.uploadTime);
		out.push({
			version,
			uploaded: Number.isNaN(at) ? null : new Date(at),
			summary,
		});
	}
	return out.sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * Each release after `current` counts once, by the most significant part it changes against the release before
 * it: 1.2.0 -> 1.3.0 -> 1.3.1 -> 2.0.0 is one minor, one patch and one major release behind.
 */
export function countBehind(
	current: Version,
	newer: readonly { version: Version }[],
): BehindCounts {
	const counts = { major: 0, minor: 0, patch: 0, total: 0 };
	let previous = current;
	for (const r of newer) {
		const kind = classify(previous, r.version);
		if (kind === "major") counts.major++;
		else if (kind === "minor") counts.minor++;
		else counts.patch++;
		counts.total++;
		previous = r.version;
	}
	return counts;
}

function classify(
	from: Version,
	to: Version,
): "major" | "minor" | "patch" | "other" {
	const type = updateType(from, to);
	if (type === "epoch" || type === "major") return "major";
	if (type === "minor" || type === "patch") return type;
	return "other";
}

/** Libyear: the time between two releases' uploads, in years (365.25 days), two decimals. */
export function computeLibyears(
	from: string | null,
	to: string | null,
): number | null {
	if (from === null || to === null) return null;
	const a = Date.parse(from);
	const b = Date.parse(to);
	if (Number.isNaN(a) || Number.isNaN(b)) return null;
	return round(Math.max(0, b - a) / YEAR_MS);
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

function computeFleet(
	repositories: readonly DriftRepository[],
): FleetPackage[] {
	const byPackage = new Map<
		string,
		{
			versions: Map<string, FleetPackage["versions"][number]>;
			latest: string | null;
		}
	>();
	for (const repository of repositories) {
		for (const entry of repository.entries) {
			const pkg = byPackage.get(entry.package) ?? {
				versions: new Map<string, FleetPackage["versions"][number]>(),
				latest: null,
			};
			const slot: FleetPackage["versions"][number] = pkg.versions.get(
				entry.current,
			) ?? {
				version: entry.current,
				locations: [],
			};
			if (
				!slot.locations.some(
					(l) =>
						l.repository === repository.name && l.project === entry.project,
				)
			)
				slot.locations.push({
					repository: repository.name,
					project: entry.project,
				});
			pkg.versions.set(entry.current, slot);
			if (
				entry.latest !== null &&
				(pkg.latest === null || compareLoosely(entry.latest, pkg.latest) > 0)
			)
				pkg.latest = entry.latest;
			byPackage.set(entry.package, pkg);
		}
	}
	return [...byPackage]
		.sort(([a], [b]) => compareStrings(a, b))
		.map(([name, pkg]) => ({
			package: name,
			versions: [...pkg.versions.values()]
				.map((v) => ({
					...v,
					locations: v.locations.sort(
						(a: FleetLocation, b: FleetLocation) =>
							compareStrings(a.repository, b.repository) ||
							compareStrings(a.project, b.project),
					),
				}))
				.sort(
					(a, b) =>
						b.locations.length - a.locations.length ||
						compareLoosely(b.version, a.version),
				),
			latest: pkg.latest,
		}));
}

/**
 * Who reports a lock's entries: the project holding the file, else the project in its directory, else the first
 * project that sees it (a uv workspace's root lock is copied into every member's `locked`).
 */
function findLockOwners(
	projects: readonly DriftProject[],
): Map<string, string> {
	const owners = new Map<string, string>();
	const sorted = [...projects].sort((a, b) => compareStrings(a.path, b.path));
	for (const project of sorted)
		for (const file of project.files)
			if (file.kind !== "pyproject" && file.kind !== "requirements")
				if (!owners.has(file.path)) owners.set(file.path, project.path);
	for (const project of sorted)
		for (const entry of project.locked) {
			if (owners.has(entry.file)) continue;
			const directory = posix.dirname(entry.file);
			owners.set(
				entry.file,
				sorted.find((p) => p.path === directory)?.path ?? project.path,
			);
		}
	return owners;
}

function compareEntries(a: DriftEntry, b: DriftEntry): number {
	return (
		compareStrings(a.project, b.project) ||
		compareStrings(a.package, b.package) ||
		compareLoosely(a.current, b.current)
	);
}

/** PEP 440 order where both parse, else code-unit order. */
export function compareLoosely(a: string, b: string): number {
	const va = parseVersion(a);
	const vb = parseVersion(b);
	if (va && vb) return compareVersions(va, vb);
	return compareStrings(a, b);
}

/** Code-unit order: the same on every machine (no locale). */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
