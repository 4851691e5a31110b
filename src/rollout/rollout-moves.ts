// What a change does to the rollout: which projects are the canary (`[rollout] canary`), which versions a project
// runs, and which non-canary projects a change moves to a version they did not run before. Pure.
import type { Project } from "../model/types.js";
import { compareVersions, parseVersion } from "../pep440/version.js";
import { matchesGlob } from "../policy/glob-match.js";
import { exactPin } from "../report/upgrade-diff.js";

export function isCanary(project: string, globs: readonly string[]): boolean {
	return globs.some((glob) => matchesGlob(project, glob));
}

export function listCanaries(
	projects: readonly Project[],
	globs: readonly string[],
): Project[] {
	return projects.filter((p) => isCanary(p.path, globs));
}

/** Where a project's version of a package is written: a line to point a finding at. */
export interface VersionSource {
	version: string;
	file: string;
	line: number;
}

/**
 * The versions of `name` a project runs: its locked versions (registry releases) when its lock has the package,
 * else its exact pins. Pins first in the list when both say the same, so a finding points at the line people edit.
 */
export function listRunVersions(
	project: Project,
	name: string,
): VersionSource[] {
	const locked = project.locked.filter(
		(l) => l.name === name && l.version !== null && l.source === "registry",
	);
	const pinned = project.requirements.flatMap((r) => {
		const version = r.name === name ? exactPin(r) : null;
		return version === null ? [] : [{ version, file: r.file, line: r.line }];
	});
	if (locked.length === 0) return pinned;
	const lockedSources = locked.map((l) => ({
		version: l.version as string,
		file: l.file,
		line: l.line,
	}));
	return [
		...pinned.filter((p) =>
			lockedSources.some((l) => sameVersion(l.version, p.version)),
		),
		...lockedSources,
	];
}

export function runsVersion(
	project: Project,
	name: string,
	version: string,
): boolean {
	return listRunVersions(project, name).some((s) =>
		sameVersion(s.version, version),
	);
}

/** PEP 440 equality where both parse (`1.0` is `1.0.0`), else the same text. */
export function sameVersion(a: string, b: string): boolean {
	const va = parseVersion(a);
	const vb = parseVersion(b);
	return va !== null && vb !== null ? compareVersions(va, vb) === 0 : a === b;
}

/** A non-canary project moved to a version of a package it did not run on the base. */
export interface RolloutMove {
	project: string;
	package: string;
	version: string;
	/** The head's line giving the version (the pin, else the lock entry). */
	file: string;
	line: number;
	/** The canary projects (on the base) that run some version of the package. */
	canaries: Project[];
}

/**
 * Every move the head makes outside the canary: a project of both sides whose versions of a package gain one.
 * Packages no canary runs are left out (the canary cannot vouch for them), as are new projects and packages a
 * project did not have before (nothing moves).
 */
export function listRolloutMoves(
	canaryGlobs: readonly string[],
	base: readonly Project[],
	head: readonly Project[],
): RolloutMove[] {
	const canaries = listCanaries(base, canaryGlobs);
	const moves: RolloutMove[] = [];
	for (const project of head) {
		if (isCanary(project.path, canaryGlobs)) continue;
		const before = base.find((p) => p.path === project.path);
		if (before === undefined) continue;
		const names = new Set([
			...project.locked.map((l) => l.name),
			...project.requirements.map((r) => r.name),
		]);
		for (const name of [...names].sort()) {
			const was = listRunVersions(before, name);
			if (was.length === 0) continue;
			const running = canaries.filter(
				(c) => listRunVersions(c, name).length > 0,
			);
			if (running.length === 0) continue;
			const seen = new Set<string>();
			for (const source of listRunVersions(project, name)) {
				if (was.some((w) => sameVersion(w.version, source.version))) continue;
				if (seen.has(source.version)) continue;
				seen.add(source.version);
				moves.push({
					project: project.path,
					package: name,
					version: source.version,
					file: source.file,
					line: source.line,
					canaries: running,
				});
			}
		}
	}
	return moves;
}

/** The files a canary's versions come from (its own, its `-r` includes, its lock): what history is read for. */
export function listCanaryPaths(canary: Project): string[] {
	return [
		...new Set([
			...canary.files.map((f) => f.path),
			...canary.requirements.map((r) => r.file),
			...canary.locked.map((l) => l.file),
		]),
	].sort();
}
