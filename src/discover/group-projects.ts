import { posix } from "node:path";
import picomatch from "picomatch";
import { append } from "../model/append.js";
import type {
	Diagnostic,
	LockedPackage,
	PackageSourceSetting,
	Project,
	Requirement,
} from "../model/types.js";
import type { PoetryLock } from "../parse/poetry-lock.js";
import type { Pylock } from "../parse/pylock.js";
import type { Pyproject } from "../parse/pyproject.js";
import type { UvLock } from "../parse/uv-lock.js";
import { assignInstallSets } from "./build-install-sets.js";
import { compareStrings, type DiscoveredFile } from "./discover-files.js";
import type { ResolvedRequirements } from "./resolve-requirements.js";
import { applyWorkspaceSources } from "./workspace-sources.js";

export type ParsedFile =
	| {
			file: DiscoveredFile;
			kind: "pyproject";
			value: Pyproject;
			/** Its index and find-links settings (package-source-settings.ts), read where lines are known. */
			sources?: PackageSourceSetting[];
	  }
	| { file: DiscoveredFile; kind: "requirements"; value: ResolvedRequirements }
	| { file: DiscoveredFile; kind: "uv-lock"; value: UvLock }
	| { file: DiscoveredFile; kind: "pylock"; value: Pylock }
	| { file: DiscoveredFile; kind: "poetry-lock"; value: PoetryLock };

/**
 * Files in one directory form a project. uv workspace members (`[tool.uv.workspace] members/exclude`, globs
 * relative to the workspace root) share the workspace root's uv.lock.
 */
export function groupProjects(
	files: readonly DiscoveredFile[],
	parsed: readonly ParsedFile[],
	report: (file: string, diagnostic: Diagnostic) => void,
): Project[] {
	const byDir = new Map<
		string,
		{ project: Project; pyproject: Pyproject | null; uvLock: UvLock | null }
	>();
	const entryFor = (path: string) => {
		const dir = dirOf(path);
		let entry = byDir.get(dir);
		if (!entry) {
			entry = {
				project: {
					path: dir,
					workspace: null,
					files: [],
					requirements: [],
					locked: [],
					requiresPython: null,
					lockMetadata: [],
					pipOptions: [],
				},
				pyproject: null,
				uvLock: null,
			};
			byDir.set(dir, entry);
		}
		return entry;
	};
	for (const file of files)
		entryFor(file.path).project.files.push({
			path: file.path,
			kind: file.kind,
		});

	const seenRequirementKeys = new Map<string, Set<string>>();
	const addRequirements = (
		project: Project,
		requirements: readonly Requirement[],
	) => {
		const seen = seenRequirementKeys.get(project.path) ?? new Set<string>();
		seenRequirementKeys.set(project.path, seen);
		for (const r of requirements) {
			// A file included by two of the project's requirements files is one set of declarations.
			const key = `${r.file}\0${r.line}\0${r.name}\0${r.group}`;
			if (seen.has(key)) continue;
			seen.add(key);
			project.requirements.push(r);
		}
	};

	for (const item of parsed)
		addParsedFile(entryFor(item.file.path), item, addRequirements);

	linkWorkspaces(byDir, report);

	for (const entry of byDir.values()) finishProject(entry, byDir);
	const projects = [...byDir.values()]
		.map((e) => e.project)
		.sort((a, b) => compareStrings(a.path, b.path));
	assignInstallSets(projects, parsed);
	return projects;
}

type DirEntry = {
	project: Project;
	pyproject: Pyproject | null;
	uvLock: UvLock | null;
};

/** One parsed file's declarations, locks and settings, into its directory's project. */
function addParsedFile(
	entry: DirEntry,
	item: ParsedFile,
	addRequirements: (
		project: Project,
		requirements: readonly Requirement[],
	) => void,
): void {
	const project = entry.project;
	switch (item.kind) {
		case "pyproject":
			entry.pyproject = item.value;
			addRequirements(project, item.value.requirements);
			project.requiresPython = item.value.requiresPython;
			project.name = item.value.name;
			// Only set when configured, so projects without uv settings look as before.
			if (item.value.uv.excludeNewer !== null)
				project.excludeNewer = item.value.uv.excludeNewer;
			if (item.sources?.length)
				project.packageSources = [
					...(project.packageSources ?? []),
					...item.sources,
				];
			if (findDefaultUvIndex(item.value) !== null)
				project.indexUrl = findDefaultUvIndex(item.value);
			break;
		case "requirements":
			addRequirements(project, item.value.requirements);
			append(project.pipOptions, item.value.options);
			break;
		case "uv-lock":
			entry.uvLock = item.value;
			append(project.locked, item.value.packages);
			break;
		case "pylock":
			append(project.locked, item.value.packages);
			break;
		case "poetry-lock":
			append(project.locked, item.value.packages);
			break;
	}
}

/** What a project takes from its workspace root, its lock's record of its manifest, and a stable order. */
function finishProject(
	{ project, pyproject, uvLock }: DirEntry,
	byDir: ReadonlyMap<string, DirEntry>,
): void {
	const lock =
		uvLock ?? (project.workspace ? byDir.get(project.workspace)?.uvLock : null);
	const ownName = pyproject?.name;
	// uv reads exclude-newer and indexes from the workspace root's configuration.
	const root = project.workspace ? byDir.get(project.workspace) : undefined;
	if (root && root.project !== project) {
		if (root.project.excludeNewer)
			project.excludeNewer = root.project.excludeNewer;
		if (root.project.indexUrl) project.indexUrl = root.project.indexUrl;
	}
	if (lock && ownName)
		project.lockMetadata = lock.metadata.filter((m) => m.package === ownName);
	project.files.sort((a, b) => compareStrings(a.path, b.path));
	project.requirements.sort(compareByLocation);
	project.locked.sort(compareByLocation);
}

function linkWorkspaces(
	byDir: Map<string, DirEntry>,
	report: (file: string, diagnostic: Diagnostic) => void,
): void {
	for (const root of byDir.values()) {
		const workspace = root.pyproject?.uv.workspace;
		if (!workspace) continue;
		root.project.workspace = root.project.path;
		const members = picomatch(workspace.members.map(stripDotSlash), {
			dot: true,
		});
		const excluded = workspace.exclude.length
			? picomatch(workspace.exclude.map(stripDotSlash), { dot: true })
			: () => false;
		for (const member of byDir.values()) {
			if (member === root || !member.pyproject) continue;
			const rel = relativeDir(root.project.path, member.project.path);
			if (rel === null || !members(rel) || excluded(rel)) continue;
			if (
				member.project.workspace &&
				member.project.workspace !== root.project.path
			) {
				const file =
					member.project.files.find((f) => f.kind === "pyproject")?.path ??
					member.project.path;
				report(file, {
					severity: "warning",
					line: null,
					message: `member of two uv workspaces (${member.project.workspace} and ${root.project.path}); linked to the first`,
				});
				continue;
			}
			member.project.workspace = root.project.path;
			if (root.pyproject)
				applyWorkspaceSources(
					member.project,
					member.pyproject,
					root.project,
					root.pyproject,
				);
			// The workspace has one lock, at its root; a member's own stray uv.lock is not what uv uses.
			if (!member.uvLock && root.uvLock)
				append(member.project.locked, root.uvLock.packages as LockedPackage[]);
		}
	}
}

/** uv: the `[[tool.uv.index]]` marked `default = true` replaces PyPI as the index of last resort. */
function findDefaultUvIndex(pyproject: Pyproject): string | null {
	const tables = (
		(pyproject.document?.value.tool as Record<string, unknown> | undefined)
			?.uv as Record<string, unknown> | undefined
	)?.index;
	if (!Array.isArray(tables)) return null;
	for (const table of tables) {
		if (typeof table !== "object" || table === null) continue;
		const entry = table as Record<string, unknown>;
		if (entry.default === true && typeof entry.url === "string")
			return entry.url;
	}
	return null;
}

function stripDotSlash(glob: string): string {
	return glob.replace(/^\.\//, "").replace(/\/+$/, "");
}

function relativeDir(from: string, to: string): string | null {
	if (from === ".") return to === "." ? null : to;
	return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : null;
}

function dirOf(path: string): string {
	const dir = posix.dirname(path);
	return dir === "" ? "." : dir;
}

function compareByLocation(
	a: { file: string; line: number; name: string },
	b: typeof a,
): number {
	return (
		compareStrings(a.file, b.file) ||
		a.line - b.line ||
		compareStrings(a.name, b.name)
	);
}
