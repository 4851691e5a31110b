// `lock-mismatch`: a lock that no longer matches its manifest - a locked version outside the declared
// specifier, a declared dependency the lock lacks, or uv.lock's recorded requires-dist/requires-dev that
// differs from pyproject.toml.
import { normalizeName } from "../../model/normalize-name.js";
import type {
	FileKind,
	Finding,
	LockedPackage,
	Project,
	Requirement,
} from "../../model/types.js";
import { parsePep508Marker } from "../../parse/pep508.js";
import { parseVersion } from "../../pep440/version.js";
import { markersEquivalent } from "../marker-applies.js";
import { findOwnMetadata } from "../own-metadata.js";
import {
	admits,
	compareText,
	findFileKind,
	formatLocation,
	listLockedEntries,
	parseLockedVersion,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";

const RELOCK: Partial<Record<FileKind, string>> = {
	"uv-lock": "run `uv lock`",
	"poetry-lock": "run `poetry lock`",
	pylock: "export the lock again",
};

export function checkLockMismatch(context: RuleContext): RuleFinding[] {
	const all: RuleFinding[] = [];
	const severity = context.severityOf("lock-mismatch");
	for (const project of context.projects) {
		const findings: RuleFinding[] = [];
		const byLock = new Map<string, LockedPackage[]>();
		for (const entry of listLockedEntries(project)) {
			const entries = byLock.get(entry.file) ?? [];
			entries.push(entry);
			byLock.set(entry.file, entries);
		}
		for (const [lockFile, entries] of [...byLock].sort(([a], [b]) =>
			compareText(a, b),
		)) {
			const lockKind = findFileKind(project, lockFile);
			const relock = RELOCK[lockKind] ?? "regenerate the lock";
			for (const requirement of project.requirements) {
				if (!isLockedBy(project, requirement, lockKind)) continue;
				const base = {
					rule: "lock-mismatch",
					severity,
					project: project.path,
					package: requirement.name,
					file: requirement.file,
					line: requirement.line,
				};
				const locked = entries.filter(
					(entry) => entry.name === requirement.name,
				);
				if (locked.length === 0) {
					if (mayBeMissing(requirement, lockKind)) continue;
					findings.push({
						...base,
						message: `\`${requirement.name}\` is declared but ${lockFile} has no entry for it: the lock is stale and installs from it lack the dependency.`,
						facts: {
							fix: `${capitalize(relock)}.`,
							requirement,
							also: `it has no entry for \`${requirement.name}\``,
						},
					});
					continue;
				}
				if (requirement.url !== null) continue;
				const declared = context.parseSpecifier(requirement.specifier);
				if (declared === null) continue;
				const versions = locked.flatMap((entry) => {
					const version = parseLockedVersion(entry);
					return version === null ? [] : [{ entry, version }];
				});
				// A forked resolution holds several versions; the manifest is honoured if any of them fits.
				if (
					versions.length === 0 ||
					versions.some(({ version }) => admits(declared, version))
				)
					continue;
				const held = versions.map(
					({ entry, version }) =>
						`${version.text} (${formatLocation(entry.file, entry.line)})`,
				);
				findings.push({
					...base,
					message: `\`${requirement.name}${requirement.specifier}\` is declared but ${lockFile} holds ${held.join(", ")}: installs from the lock do not get what the manifest asks for.`,
					counterexample: versions[0]?.version.text ?? "",
					facts: {
						fix: `${capitalize(relock)}.`,
						requirement,
						stale: versions.map(({ entry }) => entry),
						also: `it holds ${held.join(", ")}, which \`${requirement.specifier}\` does not admit`,
					},
				});
			}
		}
		all.push(
			...mergeSameLine(findings, compareLockMetadata(project, severity)),
		);
	}
	return all;
}

/**
 * A stale uv.lock often shows twice on one line: its recorded manifest differs, and its locked version
 * fails the new specifier. One finding names both facts.
 */
function mergeSameLine(
	entries: RuleFinding[],
	metadata: RuleFinding[],
): RuleFinding[] {
	const merged: RuleFinding[] = [];
	const absorbed = new Set<RuleFinding>();
	for (const finding of metadata) {
		const same = entries.find(
			(entry) =>
				!absorbed.has(entry) &&
				entry.file === finding.file &&
				entry.line === finding.line &&
				entry.package === finding.package,
		);
		if (same === undefined) {
			merged.push(finding);
			continue;
		}
		absorbed.add(same);
		merged.push({
			...finding,
			message: `${finding.message.replace(/\.$/, "")}, and ${same.facts.also ?? same.message}.`,
			...(same.counterexample === undefined
				? {}
				: { counterexample: same.counterexample }),
			facts: {
				...finding.facts,
				...(same.facts.stale === undefined ? {} : { stale: same.facts.stale }),
			},
		});
	}
	return [...entries.filter((entry) => !absorbed.has(entry)), ...merged];
}

/** Whether a lock of `lockKind` records this requirement at all. */
export function isLockedBy(
	project: Project,
	requirement: Requirement,
	lockKind: FileKind,
): boolean {
	// Requirements files are installed by pip, not from the lock; build requirements are never locked.
	if (
		findFileKind(project, requirement.file) !== "pyproject" ||
		requirement.group === "build"
	)
		return false;
	const group = requirement.group;
	const poetry = group === "poetry" || group.startsWith("poetry-group:");
	// Poetry's `python = "^3.10"` is the interpreter, not a package.
	if (poetry && requirement.name === "python") return false;
	if (lockKind === "uv-lock") return !poetry;
	if (lockKind === "poetry-lock")
		return poetry || group === "project" || group.startsWith("optional:");
	return true;
}

/** Conservative: only report a missing entry where every resolution must contain it. */
function mayBeMissing(requirement: Requirement, lockKind: FileKind): boolean {
	// A marker may exclude every platform the lock covers (e.g. `python_version < "3.8"`).
	if (requirement.marker !== null) return true;
	// tool.uv constraints and overrides only apply to packages something else pulls in.
	if (requirement.group === "constraint" || requirement.group === "override")
		return true;
	// pylock.toml files are exported for a chosen set of groups, usually just the project's dependencies.
	return lockKind === "pylock" && requirement.group !== "project";
}

/**
 * uv.lock records the manifest it was resolved from (`[package.metadata] requires-dist` and `requires-dev`);
 * uv re-locks when they differ, so a difference means the committed lock is stale.
 */
function compareLockMetadata(
	project: Project,
	severity: Finding["severity"],
): RuleFinding[] {
	const metadata = findOwnMetadata(project);
	if (metadata === null) return [];
	const manifest = project.requirements.filter(
		(r) =>
			findFileKind(project, r.file) === "pyproject" &&
			(r.group === "project" ||
				r.group.startsWith("optional:") ||
				r.group === "dev" ||
				r.group.startsWith("group:")),
	);
	const recorded = [...metadata.requiresDist];
	const devGroups = Object.keys(metadata.requiresDev);
	// Older locks do not record requires-dev; compare dependency groups only when this one does.
	for (const group of devGroups)
		recorded.push(...(metadata.requiresDev[group] ?? []));
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
	marker: string | null;
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
		clausesAndExtras: JSON.stringify([clauses, extras]),
		marker: withoutExtraTerms(requirement.marker),
	};
}

/**
 * Markers compare by meaning (markersEquivalent): uv records `python_version <= '3.10'` as
 * `python_full_version < '3.11'` and reorders `and` terms. Spelling alone still settles most pairs.
 */
function sameKey(a: ComparableRequirement, b: ComparableRequirement): boolean {
	return (
		a.clausesAndExtras === b.clausesAndExtras &&
		(a.marker === b.marker || markersEquivalent(a.marker, b.marker))
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
	return `${requirement.name}${extras}${requirement.specifier}${marker}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
