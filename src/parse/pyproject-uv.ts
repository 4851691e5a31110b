// pyproject.toml's `[tool.uv]` settings that change what requirements mean: `[tool.uv.sources]` (where a
// package comes from instead of the index), the workspace, `[[tool.uv.index]]`. uv "lowers" a requirement
// with a git, path, url or workspace source to that source and drops its version specifier
// (docs.astral.sh/uv/concepts/projects/dependencies/#dependency-sources); an `index` source keeps it.
import * as nodePath from "node:path";
import { normalizeName } from "../model/normalize-name.js";
import type {
	MarkedSource,
	Requirement,
	RequirementSource,
} from "../model/types.js";
import {
	describeType,
	isTable,
	type KeyPath,
	type Table,
	type TomlTableReader,
} from "./toml-table-reader.js";

export interface UvSource {
	/** PEP 503 normalized name of the package the source is for. */
	name: string;
	kind: "workspace" | "git" | "path" | "url" | "index" | "unknown";
	/** The git URL, path, URL or index name; null for workspace and unknown sources. */
	value: string | null;
	/** Git `rev`/`tag`/`branch` as `rev=<x>`; null when none. */
	reference: string | null;
	subdirectory: string | null;
	/** `editable = true` (path sources; workspace members are editable unless `editable = false`). */
	editable: boolean | null;
	/** A source limited by a marker (one of a list of sources), null when it applies everywhere. */
	marker: string | null;
	line: number;
}

export interface UvIndex {
	name: string | null;
	url: string;
	line: number;
}

export function readUvSources(r: TomlTableReader): UvSource[] {
	const sources = r.table(["tool", "uv", "sources"]);
	const out: UvSource[] = [];
	for (const [key, value] of Object.entries(sources ?? {})) {
		const keyPath = ["tool", "uv", "sources", key];
		// uv: one source table, or a list of them each limited by a marker.
		const entries: [unknown, KeyPath][] = Array.isArray(value)
			? value.map((entry, index) => [entry, [...keyPath, index]])
			: [[value, keyPath]];
		for (const [entry, entryPath] of entries) {
			if (!isTable(entry)) {
				r.error(
					entryPath,
					`a uv source must be a table, not ${describeType(entry)}`,
				);
				continue;
			}
			const reference = (["rev", "tag", "branch"] as const).find(
				(k) => typeof entry[k] === "string",
			);
			out.push({
				name: normalizeName(key),
				...readSourceKind(r, entry, entryPath),
				reference:
					reference === undefined
						? null
						: `${reference}=${entry[reference] as string}`,
				subdirectory:
					typeof entry.subdirectory === "string" ? entry.subdirectory : null,
				editable: typeof entry.editable === "boolean" ? entry.editable : null,
				marker: typeof entry.marker === "string" ? entry.marker : null,
				line: r.line(entryPath),
			});
		}
	}
	return out;
}

function readSourceKind(
	r: TomlTableReader,
	entry: Table,
	entryPath: KeyPath,
): Pick<UvSource, "kind" | "value"> {
	if (entry.workspace === true) return { kind: "workspace", value: null };
	for (const kind of ["git", "path", "url", "index"] as const) {
		const value = entry[kind];
		if (value === undefined) continue;
		if (typeof value === "string") return { kind, value };
		r.error(
			[...entryPath, kind],
			`must be a string, not ${describeType(value)}`,
		);
		return { kind: "unknown", value: null };
	}
	return { kind: "unknown", value: null };
}

export function readUvWorkspace(
	r: TomlTableReader,
): { members: string[]; exclude: string[] } | null {
	const workspace = r.table(["tool", "uv", "workspace"]);
	if (!workspace) return null;
	return {
		members: r.stringArray(["tool", "uv", "workspace", "members"]),
		exclude: r.stringArray(["tool", "uv", "workspace", "exclude"]),
	};
}

export function readUvIndexes(r: TomlTableReader): UvIndex[] {
	const out: UvIndex[] = [];
	(r.array(["tool", "uv", "index"]) ?? []).forEach((entry, index) => {
		const keyPath = ["tool", "uv", "index", index];
		if (!isTable(entry)) {
			r.error(keyPath, `an index must be a table, not ${describeType(entry)}`);
			return;
		}
		const url = r.optionalString([...keyPath, "url"]);
		if (url === null) {
			if (entry.url === undefined) r.error(keyPath, "an index needs a url");
			return;
		}
		out.push({
			name: r.optionalString([...keyPath, "name"]),
			url,
			line: r.line(keyPath),
		});
	});
	return out;
}

/**
 * uv: a requirement whose package has a git, url or path source is a direct reference to it; one with a
 * workspace source is the workspace member. The source rides along so a lock is compared by source.
 */
export function applyUvSources(
	requirements: Requirement[],
	sources: readonly UvSource[],
	file: string,
): Requirement[] {
	const byName = new Map<string, UvSource[]>();
	const marked = new Map<string, UvSource[]>();
	for (const source of sources) {
		if (source.kind === "unknown") continue;
		if (source.kind !== "index")
			byName.set(source.name, [...(byName.get(source.name) ?? []), source]);
		marked.set(source.name, [...(marked.get(source.name) ?? []), source]);
	}
	if (marked.size === 0) return requirements;
	const base = nodePath.posix.dirname(file);
	return requirements.map((requirement) => {
		const withMarkers = markSources(
			requirement,
			marked.get(requirement.name),
			base,
		);
		const [source, ...others] = byName.get(requirement.name) ?? [];
		// Constraints and overrides only narrow versions; uv does not apply sources to them.
		if (
			source === undefined ||
			requirement.group === "constraint" ||
			requirement.group === "override" ||
			requirement.url !== null ||
			requirement.group.startsWith("poetry")
		)
			return withMarkers;
		// Several sources, each under a marker: uv splits the requirement; the first one stands for them.
		const declared = toRequirementSource(source, base);
		return {
			...withMarkers,
			url: sourceUrl(source),
			...(others.length === 0 ? { source: declared } : {}),
			editable:
				source.kind === "path"
					? source.editable === true
					: requirement.editable,
		};
	});
}

/** The direct reference a source stands for; a git reference as pip writes it (`git+<url>@<ref>`). */
function sourceUrl(source: UvSource): string | null {
	if (source.kind === "workspace") return null;
	const reference = source.reference?.replace(/^(rev|tag|branch)=/, "");
	if (source.kind !== "git" || reference === undefined || source.value === null)
		return source.value;
	return `${source.value.startsWith("git+") ? "" : "git+"}${source.value}@${reference}`;
}

/**
 * uv lowers a requirement whose sources carry markers into one requirement per source under its marker, and
 * falls back to the index where no source's marker holds (docs.astral.sh/uv/concepts/projects/dependencies/
 * #platform-specific-sources: "fall back to PyPI on all other platforms"; #multiple-sources). The sources
 * ride along so the lock comparison can lower the requirement the same way.
 */
function markSources(
	requirement: Requirement,
	sources: readonly UvSource[] | undefined,
	base: string,
): Requirement {
	if (
		sources === undefined ||
		!sources.some((s) => s.marker !== null) ||
		requirement.group === "constraint" ||
		requirement.group === "override" ||
		requirement.url !== null ||
		requirement.group.startsWith("poetry")
	)
		return requirement;
	const markedSources: MarkedSource[] = sources.map((s) => ({
		source: s.kind === "index" ? null : toRequirementSource(s, base),
		marker: s.marker,
		editable: s.kind === "path" ? s.editable === true : requirement.editable,
	}));
	return { ...requirement, markedSources };
}

function toRequirementSource(
	source: UvSource,
	base: string,
): RequirementSource {
	return {
		kind: source.kind,
		value: source.value,
		reference: source.reference,
		subdirectory: source.subdirectory,
		base,
	} as RequirementSource;
}
