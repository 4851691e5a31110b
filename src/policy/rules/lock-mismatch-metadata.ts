// `lock-mismatch` for uv.lock's recorded manifest: uv.lock keeps the requirements it was resolved from
// (`[package.metadata] requires-dist` and `requires-dev`) and re-locks when they differ from pyproject.toml,
// so a difference means the committed lock is stale. Requirements compare as uv compares them: clauses as
// PEP 440 text, extras normalized, markers by meaning (uv's canonical rewrites included), and a requirement
// with a `[tool.uv.sources]` path, git, url or workspace source by its source (uv drops the specifier when
// it lowers such a requirement).

import { append } from "../../model/append.js";
import { normalizeName } from "../../model/normalize-name.js";
import type { Finding, Project, Requirement } from "../../model/types.js";
import { parsePep508Marker } from "../../parse/pep508.js";
import { parseVersion } from "../../pep440/version.js";
import { markersEquivalent } from "../marker-applies.js";
import { findOwnMetadata } from "../own-metadata.js";
import {
	compareText,
	findFileKind,
	formatLocation,
	listLockedEntries,
	type RuleFinding,
} from "../rule-context.js";
import { lowerUvRequirement } from "../uv-lowering.js";
import {
	type ComparableSource,
	describeSource,
	sameSource,
	toComparableSource,
} from "../uv-source-identity.js";

/**
 * uv.lock records the manifest it was resolved from (`[package.metadata] requires-dist` and `requires-dev`);
 * uv re-locks when they differ, so a difference means the committed lock is stale.
 */
export function compareLockMetadata(
	project: Project,
	severity: Finding["severity"],
): RuleFinding[] {
	const metadata = findOwnMetadata(project);
	if (metadata === null) return [];
	// uv records a requirement with marker-limited sources as it lowers it: once per source, and from the
	// index where none holds. One whose lowering cannot be told is not compared.
	const undecided = new Set<string>();
	const manifest = project.requirements
		.filter(
			(r) =>
				findFileKind(project, r.file) === "pyproject" &&
				(r.group === "project" ||
					r.group.startsWith("optional:") ||
					r.group === "dev" ||
					r.group.startsWith("group:")),
		)
		.flatMap((r) => {
			const lowered = lowerUvRequirement(r);
			if (lowered === null) undecided.add(r.name);
			return lowered ?? [r];
		});
	const recorded = [...metadata.requiresDist];
	const devGroups = Object.keys(metadata.requiresDev);
	// Older locks do not record requires-dev; compare dependency groups only when this one does.
	for (const group of devGroups)
		append(recorded, metadata.requiresDev[group] ?? []);
	// A family the manifest declares nothing in may be `dynamic` (filled in by the build backend, as
	// python-sdk does): uv then records what the backend said, which the manifest cannot contradict.
	const families = new Set(manifest.map((r) => familyOf(r.group)));
	if (devGroups.length === 0) families.delete("dev");
	const declaredKeys = groupKeys(
		manifest.filter((r) => families.has(familyOf(r.group))),
	);
	const recordedKeys = groupKeys(
		recorded.filter((r) => families.has(familyOf(r.group))),
	);
	const findings: RuleFinding[] = [];
	const lockFile =
		[...recorded, ...listLockedEntries(project)][0]?.file ?? "the lock";
	for (const id of [
		...new Set([...declaredKeys.keys(), ...recordedKeys.keys()]),
	].sort(compareText)) {
		const declared = declaredKeys.get(id);
		const locked = recordedKeys.get(id);
		if (undecided.has(id.split("\u0000")[0] ?? "")) continue;
		if (
			declared !== undefined &&
			locked !== undefined &&
			sameKeys(declared.keys, locked.keys)
		)
			continue;
		const anchor = declared?.requirements[0] ?? locked?.requirements[0];
		if (anchor === undefined) continue;
		const [name, group] = id.split("\u0000") as [string, string];
		const describe = (requirements: Requirement[] | undefined): string =>
			requirements === undefined
				? "nothing"
				: requirements.map((r) => `\`${describeRequirement(r)}\``).join(", ");
		findings.push({
			rule: "lock-mismatch",
			severity,
			project: project.path,
			package: name,
			file: anchor.file,
			line: anchor.line,
			message: `${describeGroup(group)} ${describe(declared?.requirements)}${declared === undefined ? ` for \`${name}\`` : ""}, but ${formatLocation(locked?.requirements[0]?.file ?? lockFile, locked?.requirements[0]?.line ?? null)} recorded ${describe(locked?.requirements)}: the lock was resolved from an older manifest.`,
			facts: {
				fix: "Run `uv lock`.",
				...(declared?.requirements[0] === undefined
					? {}
					: { requirement: declared.requirements[0] }),
			},
		});
	}
	return findings;
}

function describeGroup(group: string): string {
	if (group === "project") return "the project's dependencies declare";
	if (group.startsWith("optional:"))
		return `the extra \`${group.slice("optional:".length)}\` declares`;
	return `the dependency group \`${group.replace(/^group:/, "")}\` declares`;
}

function familyOf(group: string): "project" | "optional" | "dev" {
	if (group.startsWith("optional:")) return "optional";
	return group === "dev" || group.startsWith("group:") ? "dev" : "project";
}

interface KeyGroup {
	keys: ComparableRequirement[];
	requirements: Requirement[];
}

/** A requirement reduced to what uv's recorded form keeps: clauses and extras as text, the marker semantically. */
interface ComparableRequirement {
	clausesAndExtras: string;
	/** The version clauses alone, as written in normal form. */
	clauses: string;
	marker: string | null;
	/** The uv source the requirement was lowered to, with the version clauses uv dropped for it. */
	source: ComparableSource | null;
}

/** Requirements keyed by (name, group), each reduced to (clauses, marker, extras). */
function groupKeys(
	requirements: readonly Requirement[],
): Map<string, KeyGroup> {
	const groups = new Map<string, KeyGroup>();
	for (const requirement of requirements) {
		const group =
			requirement.group === "group:dev"
				? "dev"
				: requirement.group.replace(
						/^group:(.*)$/,
						(_, g: string) => `group:${normalizeName(g)}`,
					);
		const id = `${requirement.name}\u0000${group}`;
		const entry = groups.get(id) ?? { keys: [], requirements: [] };
		const key = comparableKey(requirement);
		if (!entry.keys.some((k) => sameKey(k, key))) entry.keys.push(key);
		entry.requirements.push(requirement);
		groups.set(id, entry);
	}
	return groups;
}

function comparableKey(requirement: Requirement): ComparableRequirement {
	const source = toComparableSource(requirement);
	const clauses = requirement.specifier
		.split(",")
		.map((clause) => clause.replace(/\s+/g, ""))
		.filter((clause) => clause !== "")
		.map((clause) => {
			// Compare versions in PEP 440 normal form (`1.0-RC1` is `1.0rc1`), keeping wildcards and `~=` as written.
			const match = /^(===|==|!=|~=|<=|>=|<|>)(.*?)(\.\*)?$/.exec(clause);
			const version = match?.[2] === undefined ? null : parseVersion(match[2]);
			return match === null || version === null || match[1] === "==="
				? clause
				: `${match[1]}${version.text}${match[3] ?? ""}`;
		})
		.sort(compareText);
	const extras = [...new Set(requirement.extras.map(normalizeName))].sort(
		compareText,
	);
	return {
		// uv drops the specifier of a requirement it lowers to a git, path, url or workspace source.
		clausesAndExtras: JSON.stringify([source === null ? clauses : [], extras]),
		clauses: JSON.stringify(clauses),
		marker: withoutExtraTerms(requirement.marker),
		source,
	};
}

/**
 * Markers compare by meaning (markersEquivalent): uv records `python_version <= '3.10'` as
 * `python_full_version < '3.11'` and reorders `and` terms. Spelling alone still settles most pairs.
 */
function sameKey(a: ComparableRequirement, b: ComparableRequirement): boolean {
	return (
		(a.clausesAndExtras === b.clausesAndExtras || unloweredMember(a, b)) &&
		(sameSource(a.source, b.source) || unloweredMember(a, b)) &&
		(a.marker === b.marker || markersEquivalent(a.marker, b.marker))
	);
}

/**
 * uv records some members' dependencies on a workspace member without the workspace source (python-sdk's
 * uv.lock has `{ name = "mcp" }` next to `{ name = "mcp", editable = "." }`): the same requirement when
 * the clauses agree.
 */
function unloweredMember(
	a: ComparableRequirement,
	b: ComparableRequirement,
): boolean {
	const [declared, recorded] = a.source?.kind === "workspace" ? [a, b] : [b, a];
	return (
		declared.source?.kind === "workspace" &&
		recorded.source === null &&
		declared.clauses === recorded.clauses &&
		JSON.parse(declared.clausesAndExtras)[1].join() ===
			JSON.parse(recorded.clausesAndExtras)[1].join()
	);
}

/**
 * uv records optional dependencies with `extra == '<x>'` added, so those terms do not count. Null when
 * nothing else is left.
 */
function withoutExtraTerms(marker: string | null): string | null {
	if (marker === null) return null;
	const parsed = parsePep508Marker(marker);
	const text = (parsed.ok ? parsed.value : marker)
		.replace(/\s+and\s+extra\s*==\s*(["'])[^"']*\1/g, "")
		.replace(/\bextra\s*==\s*(["'])[^"']*\1\s+and\s+/g, "")
		.replace(/\bextra\s*==\s*(["'])[^"']*\1/g, "")
		.replace(/\(\s*\)/g, "")
		.trim();
	return text === "" ? null : text;
}

function sameKeys(
	a: readonly ComparableRequirement[],
	b: readonly ComparableRequirement[],
): boolean {
	return (
		a.every((x) => b.some((y) => sameKey(x, y))) &&
		b.every((y) => a.some((x) => sameKey(x, y)))
	);
}

function describeRequirement(requirement: Requirement): string {
	const extras =
		requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
	const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
	const source = toComparableSource(requirement);
	if (source !== null)
		return `${requirement.name}${extras} @ ${describeSource(source)}${marker}`;
	return `${requirement.name}${extras}${requirement.specifier}${marker}`;
}
