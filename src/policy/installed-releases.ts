// The releases a project says it installs: each `==` pin and each locked registry version, with the line
// that says so. Index-backed rules (yanked, too-new, index-unavailable) and the dependency check read these.

import { findPinnedVersion } from "../index/gather-index-facts.js";
import type { IndexLookup, ReleaseFacts } from "../index/index-facts.js";
import { projectReleaseKey } from "../index/index-facts.js";
import { createRecentCache, type RecentCache } from "../model/recent-cache.js";
import type { LockedPackage, Project, Requirement } from "../model/types.js";
import { parseVersion } from "../pep440/version.js";
import {
	formatLocation,
	listLockedEntries,
	type RuleContext,
} from "./rule-context.js";

export interface InstalledRelease {
	name: string;
	/** PEP 440 normalized. */
	version: string;
	/** `mcp==1.23.3` for a pin, `mcp 1.23.3` for a lock entry. */
	text: string;
	file: string;
	line: number;
	requirement: Requirement | null;
	entry: LockedPackage | null;
}

/**
 * Pins (not build requirements, not direct references) and the locks this project reports on; `allLocks`:
 * every lock it installs from (a workspace member's root uv.lock too), for questions that are not findings.
 */
export function listInstalledReleases(
	context: RuleContext,
	project: Project,
	options: { allLocks?: boolean } = {},
): readonly InstalledRelease[] {
	// Five rules and the dependency check (once per package name and install set) ask for the same project's
	// list, one project after another: the lists of the last few projects asked about are kept, per evaluation
	// (the context). Kept for every project, they were a third of a 1000-project audit's live heap.
	let recent = memo.get(context);
	if (!recent) {
		recent = createRecentCache(KEPT_PROJECTS);
		memo.set(context, recent);
	}
	const lists = recent.get(project, () => ({}));
	const key = options.allLocks ? "allLocks" : "reported";
	let list = lists[key];
	if (!list) {
		list = buildInstalledReleases(context, project, options.allLocks ?? false);
		lists[key] = list;
	}
	return list;
}

/** How many projects' lists are kept: the ones asked about last. */
const KEPT_PROJECTS = 4;

const memo = new WeakMap<
	RuleContext,
	RecentCache<
		Project,
		{
			allLocks?: readonly InstalledRelease[];
			reported?: readonly InstalledRelease[];
		}
	>
>();

function buildInstalledReleases(
	context: RuleContext,
	project: Project,
	allLocks: boolean,
): InstalledRelease[] {
	const out: InstalledRelease[] = [];
	for (const requirement of project.requirements) {
		if (requirement.url !== null || requirement.group === "build") continue;
		const version = findPinnedVersion(requirement.specifier);
		if (version === null) continue;
		out.push({
			name: requirement.name,
			version,
			text: `${requirement.name}${requirement.specifier}`,
			file: requirement.file,
			line: requirement.line,
			requirement,
			entry: null,
		});
	}
	for (const entry of listLockedEntries(project)) {
		if (!allLocks && !context.reportsOnLock(project, entry.file)) continue;
		if (entry.source !== "registry" && entry.source !== "unknown") continue;
		const version = entry.version === null ? null : parseVersion(entry.version);
		if (version === null) continue;
		out.push({
			name: entry.name,
			version: version.text,
			text: `${entry.name} ${version.text}`,
			file: entry.file,
			line: entry.line,
			requirement: null,
			entry,
		});
	}
	return out;
}

export function lookupRelease(
	context: RuleContext,
	project: Project,
	release: { name: string; version: string },
): { index: string; lookup: IndexLookup<ReleaseFacts | null> } | null {
	// Offline nothing was gathered: skip building a key for each of a fleet's ~500k releases.
	if (context.index.releases.size === 0) return null;
	return (
		context.index.releases.get(
			projectReleaseKey(project.path, release.name, release.version),
		) ?? null
	);
}

/** `` `mcp==1.23.3` (requirements.txt:2) ``. */
export function describeRelease(release: InstalledRelease): string {
	return `\`${release.text}\` (${formatLocation(release.file, release.line)})`;
}
