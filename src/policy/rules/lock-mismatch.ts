// `lock-mismatch`: a lock that no longer matches its manifest - a locked version outside the declared
// specifier, a declared dependency the lock lacks, or uv.lock's recorded requires-dist/requires-dev that
// differs from pyproject.toml.

import { append } from "../../model/append.js";
import type {
	FileKind,
	Finding,
	LockedPackage,
	Project,
	Requirement,
} from "../../model/types.js";
import {
	markerMayHold,
	markersMayMeet,
} from "../../parse/markers/marker-algebra.js";
import type { Version } from "../../pep440/version.js";
import {
	listOverriddenNames,
	lockFork,
	projectScope,
} from "../requirement-scope.js";
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
import { compareLockMetadata } from "./lock-mismatch-metadata.js";

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
		const overridden = listOverriddenNames(context.projects, project);
		const scope = projectScope(project.requiresPython);
		for (const [lockFile, entries] of [...byLock].sort(([a], [b]) =>
			compareText(a, b),
		)) {
			const lockKind = findFileKind(project, lockFile);
			const relock = RELOCK[lockKind] ?? "regenerate the lock";
			for (const requirement of project.requirements) {
				if (!isLockedBy(project, requirement, lockKind)) continue;
				// The project's own name in its extras or groups is its own code (Poetry never locks the root).
				if (requirement.name === project.name) continue;
				// A marker that cannot hold where the project runs (`python_version < "3.8"` under
				// requires-python >= 3.10) applies nowhere, so nothing in the lock answers to it.
				if (!markerMayHold(requirement.marker, scope)) continue;
				// uv: an override replaces every other requirement on its package.
				if (
					overridden.has(requirement.name) &&
					requirement.group !== "override"
				)
					continue;
				const finding = checkRequirement(context, {
					requirement,
					entries,
					lockFile,
					lockKind,
					relock,
					severity,
					project,
				});
				if (finding !== null) findings.push(finding);
			}
		}
		append(
			all,
			mergeSameLine(findings, compareLockMetadata(project, severity)),
		);
	}
	return all;
}

interface RequirementCheck {
	requirement: Requirement;
	entries: readonly LockedPackage[];
	lockFile: string;
	lockKind: FileKind;
	relock: string;
	severity: Finding["severity"];
	project: Project;
}

/** The requirement against the lock's entries for its package: missing, or a version it does not admit. */
function checkRequirement(
	context: RuleContext,
	check: RequirementCheck,
): RuleFinding | null {
	const { requirement, lockFile, relock, project } = check;
	const base = {
		rule: "lock-mismatch",
		severity: check.severity,
		project: project.path,
		package: requirement.name,
		file: requirement.file,
		line: requirement.line,
	};
	const locked = check.entries.filter(
		(entry) => entry.name === requirement.name,
	);
	if (locked.length === 0) {
		if (mayBeMissing(requirement, check.lockKind)) return null;
		return {
			...base,
			message: `\`${requirement.name}\` is declared but ${lockFile} has no entry for it: the lock is stale and installs from it lack the dependency.`,
			facts: {
				fix: `${capitalize(relock)}.`,
				requirement,
				also: `it has no entry for \`${requirement.name}\``,
			},
		};
	}
	if (requirement.url !== null) return null;
	const declared = context.parseSpecifier(requirement.specifier);
	if (declared === null) return null;
	const versions = listApplyingVersions(locked, requirement, project);
	const outside = versions.filter(({ version }) => !admits(declared, version));
	// A forked lock's entries each apply in their forks: every one that meets the requirement's marker must
	// fit. Forks uv made for conflicting extras are told apart by extras no project requests by that name:
	// there one fitting entry is enough.
	const forksReadable = locked.every((e) => lockFork(e) === e.marker);
	if (
		outside.length === 0 ||
		(!forksReadable && outside.length < versions.length)
	)
		return null;
	const held = outside.map(
		({ entry, version }) =>
			`${version.text} (${formatLocation(entry.file, entry.line)})`,
	);
	return {
		...base,
		message: `\`${requirement.name}${requirement.specifier}\` is declared but ${lockFile} holds ${held.join(", ")}: installs from the lock do not get what the manifest asks for.`,
		counterexample: outside[0]?.version.text ?? "",
		facts: {
			fix: `${capitalize(relock)}.`,
			requirement,
			stale: outside.map(({ entry }) => entry),
			also: `it holds ${held.join(", ")}, which \`${requirement.specifier}\` does not admit`,
		},
	};
}

/** The locked versions installed somewhere the requirement applies (its marker meets the entry's forks). */
function listApplyingVersions(
	locked: readonly LockedPackage[],
	requirement: Requirement,
	project: Project,
): { entry: LockedPackage; version: Version }[] {
	const scope = projectScope(project.requiresPython);
	return locked.flatMap((entry) => {
		const version = parseLockedVersion(entry);
		if (version === null) return [];
		if (!markersMayMeet([requirement.marker, lockFork(entry)], scope))
			return [];
		return [{ entry, version }];
	});
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

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
