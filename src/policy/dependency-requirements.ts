// What the releases a project installs require of other packages: poetry.lock's recorded dependencies, else
// the index's metadata, else pin-audit's offline knowledge. The dependency check compares them with the
// project's own lines; the suggestion for a line honours them, so its fix does not open a new conflict.

import { lookupKnownRequirements } from "../knowledge/lookup-known-requirements.js";
import type { Project } from "../model/types.js";
import { parsePep508 } from "../parse/pep508.js";
import type { SpecifierSet } from "../pep440/specifier-set.js";
import {
	type InstalledRelease,
	listInstalledReleases,
	lookupRelease,
} from "./installed-releases.js";
import { markerMayApply } from "./marker-applies.js";
import { collectRequestedExtras } from "./requested-extras.js";
import {
	findFileKind,
	formatLocation,
	type RuleContext,
} from "./rule-context.js";

export interface DependencyRequirement {
	name: string;
	specifier: string;
	marker: string | null;
	/** `httpx>=0.27.1` as the parent declares it. */
	text: string;
}

export interface RequirementsSource {
	requirements: DependencyRequirement[];
	/** Where they come from, short enough for a message: `as recorded in poetry.lock:12`,
	 * `per its metadata on https://pypi.org/simple`, `per pin-audit's MCP-stack knowledge`. */
	origin: string;
	/** The parent release's Requires-Python (index metadata or knowledge); null when unknown. */
	requiresPython: string | null;
}

/**
 * The Pythons on which a line both applies to the project and can be installed with `parent`: the
 * project's requires-python and the parent's Requires-Python together (PEP 440: comma joins intersect).
 */
export function combineRequiresPython(
	project: string | null,
	parent: string | null,
): string | null {
	if (project === null || project.trim() === "") return parent;
	if (parent === null || parent.trim() === "") return project;
	return `${project},${parent}`;
}

/** poetry.lock's recorded dependencies, else the index's metadata, else the shipped knowledge. */
export function findRequirementsOf(
	context: RuleContext,
	project: Project,
	parent: InstalledRelease,
): RequirementsSource | null {
	if (
		parent.entry !== null &&
		findFileKind(project, parent.entry.file) === "poetry-lock"
	) {
		return {
			requirements: parent.entry.dependencies.map((d) => ({
				name: d.name,
				specifier: d.specifier,
				marker: d.marker,
				text: `${d.name}${d.specifier}${d.marker === null ? "" : `; ${d.marker}`}`,
			})),
			origin: `as recorded in ${formatLocation(parent.entry.file, parent.entry.line)}`,
			requiresPython: null,
		};
	}
	const found = lookupRelease(context, project, parent);
	if (found?.lookup.ok && found.lookup.value?.requiresDist != null) {
		return {
			requirements: parseRequiresDist(found.lookup.value.requiresDist),
			origin: `per its metadata on ${found.index}`,
			requiresPython: found.lookup.value.requiresPython,
		};
	}
	const known = lookupKnownRequirements(parent.name, parent.version);
	if (known === null) return null;
	return {
		requirements: parseRequiresDist(known.requiresDist),
		origin: `per ${known.label}`,
		requiresPython: known.requiresPython,
	};
}

/**
 * What the project's pinned and locked releases require of `name`, where the requirement's marker can hold
 * for the project. Every lock the project installs from counts, not only the ones it reports findings on
 * (a workspace member resolves with the root's uv.lock too). `files`: only releases those files pin or lock
 * (one install set's, see install-sets.ts).
 */
export function listRequirementsOn(
	context: RuleContext,
	project: Project,
	name: string,
	files?: ReadonlySet<string>,
): {
	parent: InstalledRelease;
	dependency: DependencyRequirement;
	set: SpecifierSet;
}[] {
	const out: {
		parent: InstalledRelease;
		dependency: DependencyRequirement;
		set: SpecifierSet;
	}[] = [];
	const inScope = (file: string) => files === undefined || files.has(file);
	for (const parent of listInstalledReleases(context, project, {
		allLocks: true,
	})) {
		if (parent.name === name || !inScope(parent.file)) continue;
		const source = findRequirementsOf(context, project, parent);
		if (source === null) continue;
		const environment = {
			requiresPython: combineRequiresPython(
				project.requiresPython,
				source.requiresPython,
			),
			extras: listRequestedExtras(project, parent.name, inScope),
		};
		for (const dependency of source.requirements) {
			if (dependency.name !== name || dependency.specifier === "") continue;
			if (!markerMayApply(dependency.marker, environment)) continue;
			const set = context.parseSpecifier(dependency.specifier);
			if (set !== null) out.push({ parent, dependency, set });
		}
	}
	return out;
}

export function parseRequiresDist(
	entries: readonly string[],
): DependencyRequirement[] {
	const out: DependencyRequirement[] = [];
	for (const text of entries) {
		const parsed = parsePep508(text);
		if (!parsed.ok || parsed.value.url !== null) continue;
		out.push({
			name: parsed.value.name,
			specifier: parsed.value.specifier,
			marker: parsed.value.marker,
			text: `${parsed.value.name}${parsed.value.specifier}${parsed.value.marker === null ? "" : `; ${parsed.value.marker}`}`,
		});
	}
	return out;
}

/**
 * Extras the project asks of `name`: in its requirements and on its locks' dependency edges (of the files
 * `inScope` keeps: one install set's, when the question is what that set installs).
 */
export function listRequestedExtras(
	project: Project,
	name: string,
	inScope: (file: string) => boolean = () => true,
): string[] {
	const extras = new Set(
		collectRequestedExtras(
			project.requirements.filter((r) => inScope(r.file)),
			name,
		),
	);
	for (const entry of project.locked)
		if (inScope(entry.file))
			for (const d of entry.dependencies)
				if (d.name === name) for (const e of d.extras) extras.add(e);
	return [...extras];
}
