// Poetry 2: with `[project] dependencies` (or optional dependencies), `[tool.poetry.dependencies]` "is only
// used to enrich project.dependencies for locking" (python-poetry.org/docs/dependency-specification). As
// poetry-core's DependencyGroup.dependencies_for_locking does it: each project dependency is enriched by
// every Poetry entry of its name whose marker can hold together with its own (the markers joined), with
// the version constraints intersected (Poetry refuses to lock when they exclude each other) and the Poetry
// entry's source, path or git reference (the project's own direct reference wins, taking only `develop`).
// A project dependency no Poetry entry meets stays as written; a Poetry entry for a package the project does
// not declare is not locked at all.

import { append } from "../model/append.js";
import type { Requirement } from "../model/types.js";
import { isEmpty, parseSpecifierSet } from "../pep440/specifier-set.js";
import { markersMayMeet } from "./markers/marker-algebra.js";

export interface Enrichment {
	requirements: Requirement[];
	/** `[tool.poetry.dependencies]` entries Poetry ignores: their package is not a project dependency. */
	ignored: Requirement[];
}

/**
 * The requirements with the project's own (`project`, `optional:<x>`) enriched by the Poetry main group's
 * entries; the Poetry groups' entries follow. `mixedDynamic`: `[project] dynamic` names the dependencies,
 * so Poetry also keeps main-group entries the project does not declare.
 */
export function enrichProjectDependencies(
	requirements: readonly Requirement[],
	poetry: readonly Requirement[],
	mixedDynamic: boolean,
): Enrichment {
	const main = poetry.filter((p) => p.group === "poetry");
	const byName = new Map<string, Requirement[]>();
	for (const p of main) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
	const declared = new Set<string>();
	const out: Requirement[] = [];
	for (const requirement of requirements) {
		const own =
			requirement.group === "project" ||
			requirement.group.startsWith("optional:");
		const entries = own ? byName.get(requirement.name) : undefined;
		if (own) declared.add(requirement.name);
		append(
			out,
			entries === undefined ? [requirement] : enrichOne(requirement, entries),
		);
	}
	const undeclared = main.filter((p) => !declared.has(p.name));
	if (mixedDynamic) append(out, undeclared);
	append(
		out,
		poetry.filter((p) => p.group !== "poetry"),
	);
	return { requirements: out, ignored: mixedDynamic ? [] : undeclared };
}

function enrichOne(
	requirement: Requirement,
	entries: readonly Requirement[],
): Requirement[] {
	// poetry-core: an optional dependency's marker is read with `extra == '<x>'` for meeting the entries'.
	const extra = requirement.group.startsWith("optional:")
		? `extra == "${requirement.group.slice("optional:".length)}"`
		: null;
	const out: Requirement[] = [];
	for (const entry of entries) {
		if (!markersMayMeet([requirement.marker, extra, entry.marker])) continue;
		const specifier = joinSpecifiers(requirement.specifier, entry.specifier);
		// Poetry: "Cannot enrich dependency with incompatible constraints": both stay, and `conflict` says so.
		if (specifier === null)
			return [requirement, { ...entry, group: requirement.group }];
		const direct = requirement.url !== null;
		out.push({
			...requirement,
			specifier,
			marker: joinMarkers(requirement.marker, entry.marker),
			url: direct ? requirement.url : entry.url,
			...(direct || entry.source === undefined ? {} : { source: entry.source }),
			editable: entry.editable,
		});
	}
	return out.length === 0 ? [requirement] : out;
}

/** The clauses of both, once each; null when no version satisfies them together. */
function joinSpecifiers(a: string, b: string): string | null {
	const clauses = [...new Set([...a.split(","), ...b.split(",")])].filter(
		(c) => c.trim() !== "",
	);
	const text = clauses.join(",");
	const parsed = parseSpecifierSet(text);
	if (!parsed.ok || text === "") return text;
	return isEmpty(parsed.value) ? null : text;
}

function joinMarkers(a: string | null, b: string | null): string | null {
	if (a === null || a === b) return b ?? a;
	if (b === null) return a;
	return `(${a}) and (${b})`;
}
