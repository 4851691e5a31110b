// Where a requirement applies, as the rules ask it: the project's requires-python, the extras asked for,
// the requirement's marker and a lock fork's markers meet in the marker algebra (marker-algebra.ts). Also
// the uv settings that change what applies: `override-dependencies` replace every other requirement on a
// package, and constraints (`constraint-dependencies`, `-c` files) only narrow what something else installs.
import type { Project, Requirement } from "../model/types.js";
import {
	type MarkerScope,
	markerMayHold,
	markersMayMeet,
} from "../parse/markers/marker-algebra.js";
import { compareVersions, type Version } from "../pep440/version.js";
import { listRequestedExtras } from "./dependency-requirements.js";

/** A scope for a project: its requires-python, and the extras that may be requested (null: any). */
export function projectScope(
	requiresPython: string | null,
	extras: readonly string[] | null = null,
): MarkerScope {
	return { requiresPython, extras };
}

/** PEP 440 joins with a comma intersect: the Pythons two projects (or a project and a parent) share. */
export function sharedPythons(
	a: string | null,
	b: string | null,
): string | null {
	if (a === null || a.trim() === "") return b;
	if (b === null || b.trim() === "" || a === b) return a;
	return `${a},${b}`;
}

/**
 * Names uv's `override-dependencies` decide for this project (its own pyproject or, for a workspace
 * member, the workspace root's): uv replaces every requirement on such a package, the project's and its
 * dependencies' alike, by the override (docs.astral.sh/uv/concepts/resolution/#dependency-overrides).
 */
export function listOverriddenNames(
	projects: readonly Project[],
	project: Project,
): Set<string> {
	const root =
		project.workspace === null || project.workspace === project.path
			? null
			: projects.find((p) => p.path === project.workspace);
	const names = new Set<string>();
	for (const source of root ? [project, root] : [project])
		for (const r of source.requirements)
			if (r.group === "override") names.add(r.name);
	return names;
}

/**
 * A constraint never installs anything (pip `-c`, uv `constraint-dependencies`): it only narrows a
 * package something else asks for.
 */
export function isConstraint(requirement: Requirement): boolean {
	return (
		requirement.group === "constraint" ||
		requirement.group === "constraints-file"
	);
}

/** One version a project installs, and the marker of where (null: everywhere). */
export interface PlacedVersion {
	version: Version;
	marker: string | null;
}

/**
 * True when some environment both sides run in gets a different version from each: marker-split pins and
 * a forked lock's entries only differ where their markers meet. PEP 440 compares versions (`1.0` is `1.0.0`).
 */
export function placedVersionsDiffer(
	a: readonly PlacedVersion[],
	b: readonly PlacedVersion[],
	scope: MarkerScope,
): boolean {
	return a.some((x) =>
		b.some(
			(y) =>
				compareVersions(x.version, y.version) !== 0 &&
				markersMayMeet([x.marker, y.marker], scope),
		),
	);
}

/**
 * Where a lock entry is installed: uv.lock's `resolution-markers` (or-ed by the parser), pylock's `marker`.
 * uv writes its conflict forks with its own `extra == 'extra-<n>-<pkg>-<x>'` and group names, which no
 * project requests by those names: such a fork is read as applying everywhere rather than nowhere.
 */
export function lockFork(entry: { marker: string | null }): string | null {
	const marker = entry.marker;
	if (marker === null || !/\b(?:extra|extras|dependency_groups)\b/.test(marker))
		return marker;
	return null;
}

/**
 * Whether a project's own requirement takes part where the project runs: not when uv overrides its
 * package (the override alone decides), nor when its marker cannot hold under requires-python.
 */
export function requirementApplies(
	projects: readonly Project[],
	project: Project,
): (requirement: Requirement) => boolean {
	const overridden = listOverriddenNames(projects, project);
	const scope = projectScope(project.requiresPython);
	return (r) => !overridden.has(r.name) && markerMayHold(r.marker, scope);
}

/** A locked package's dependency under `extra == "standard"` applies only when someone asks for that extra. */
export function dependencyApplies(
	project: Project,
	parent: string,
	marker: string | null,
): boolean {
	return markerMayHold(
		marker,
		projectScope(project.requiresPython, listRequestedExtras(project, parent)),
	);
}
