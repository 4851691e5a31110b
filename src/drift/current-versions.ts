// What drift looks at: every version a project pins exactly or locks from an index, one entry per (project,
// PEP 503 name, PEP 440 version). `Foo_Bar==1.0` in a manifest and `foo-bar 1.0.0` in its lock are one entry:
// PEP 440 says the two versions are equal, and so does every installer.
import { posix } from "node:path";
import { findPinnedVersion } from "../index/gather-index-facts.js";
import { normalizeName } from "../model/normalize-name.js";
import type { FileKind, LockedPackage, Requirement } from "../model/types.js";
import { parseVersion, type Version, versionKey } from "../pep440/version.js";
import { compareStrings } from "./drift-order.js";
import type { DriftSource } from "./drift-report.js";

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
	/** `[project] requires-python`: releases whose Requires-Python cannot serve it are no upgrade target. */
	requiresPython?: string | null;
	/** The uv workspace root's path, when the project is in one. */
	workspace?: string | null;
}

export interface CurrentVersion {
	project: string;
	/** PEP 503 normalized. */
	package: string;
	/** As the lock writes it when a lock has it (what is installed), else as the first pin writes it. */
	version: Version;
	sources: DriftSource[];
}

/** A key equal for PEP 440-equal versions (`1.0`, `1.0.0`, `1.0+0` is not equal: local labels count). */
export function versionIdentity(version: Version): string {
	return versionKey(version)
		.map((atom) => (typeof atom === "symbol" ? "^" : String(atom)))
		.join(".");
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

/**
 * Exact pins (`==X`, `===X`; not build requirements or direct references) and locked index versions, one per
 * (project, package, PEP 440 version). A lock shared by a uv workspace is reported by the project that holds it.
 */
export function collectCurrentVersions(
	projects: readonly DriftProject[],
): CurrentVersion[] {
	const owners = findLockOwners(projects);
	const found = new Map<string, CurrentVersion & { fromLock: boolean }>();
	const add = (
		project: string,
		rawName: string,
		text: string,
		source: DriftSource,
	) => {
		const version = parseVersion(text);
		if (version === null) return;
		const name = normalizeName(rawName);
		const key = `${project}\0${name}\0${versionIdentity(version)}`;
		const current = found.get(key) ?? {
			project,
			package: name,
			version,
			sources: [],
			fromLock: source.kind === "locked",
		};
		// The lock's spelling wins: it is what the installer put in place.
		if (source.kind === "locked" && !current.fromLock) {
			current.version = version;
			current.fromLock = true;
		}
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
	return [...found.values()].map(({ fromLock: _, ...current }) => ({
		...current,
		sources: current.sources.sort(
			(a, b) => compareStrings(a.file, b.file) || a.line - b.line,
		),
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
