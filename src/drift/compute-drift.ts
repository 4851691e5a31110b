// Drift, computed: for every version a project pins exactly or locks, where it stands against every release the
// index lists and against the policy. Pure: releases, policy and the clock come in as arguments.
import type { ReleaseListing } from "../index/gather-release-lists.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { computeEntry, type DriftPolicy } from "./compute-entry.js";
import {
	collectCurrentVersions,
	type DriftProject,
} from "./current-versions.js";
import { computeFleet } from "./drift-fleet.js";
import {
	compareLoosely,
	compareStrings,
	roundHundredths,
} from "./drift-order.js";
import {
	type DriftEntry,
	type DriftReport,
	type DriftRepository,
	isDrifting,
} from "./drift-report.js";

export type { DriftPolicy } from "./compute-entry.js";
export { computeLibyears, countBehind } from "./count-behind.js";
export type { DriftProject } from "./current-versions.js";
export {
	collectCurrentVersions,
	listDriftPackages,
} from "./current-versions.js";
export { compareLoosely, compareStrings } from "./drift-order.js";

export interface RepositoryDriftInput {
	name: string;
	policy: string;
	projects: readonly DriftProject[];
	rules: DriftPolicy | null;
	/** The index's listing for a project's package; undefined when it was not asked (offline). */
	releases: (project: string, name: string) => ReleaseListing | undefined;
	now: Date;
}

export function computeRepositoryDrift(
	input: RepositoryDriftInput,
): DriftRepository {
	const entries = collectCurrentVersions(input.projects).map((current) => {
		const project = input.projects.find((p) => p.path === current.project);
		return computeEntry(
			current,
			input.releases(current.project, current.package),
			{
				rules: input.rules,
				excludeNewer: project?.excludeNewer ?? null,
				requiresPython: project
					? findPythonRange(project, input.projects)
					: null,
				now: input.now,
			},
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
	const drifting = entries.filter(isDrifting);
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
			libyears: roundHundredths(
				drifting.reduce((sum, e) => sum + (e.libyears ?? 0), 0),
			),
			libyearsUnknown: drifting.filter((e) => e.libyears === null).length,
		},
	};
}

/**
 * The Pythons a project's releases must serve: its `requires-python`, or in a uv workspace the intersection of
 * every member's (uv resolves one lock for the whole workspace). A comma-joined specifier set is that
 * intersection; null when nobody declares one.
 */
function findPythonRange(
	project: DriftProject,
	projects: readonly DriftProject[],
): string | null {
	const root = project.workspace ?? null;
	const members =
		root === null
			? [project]
			: projects.filter((p) => p.path === root || p.workspace === root);
	const ranges = [
		...new Set(
			members
				.map((p) => p.requiresPython?.trim() ?? "")
				.filter((text) => text !== ""),
		),
	];
	return ranges.length === 0 ? null : ranges.join(", ");
}

function compareEntries(a: DriftEntry, b: DriftEntry): number {
	return (
		compareStrings(a.project, b.project) ||
		compareStrings(a.package, b.package) ||
		compareLoosely(a.current, b.current)
	);
}
