// What every rule needs besides the projects: the policy, parsed specifiers (each parsed once), which lock
// file a project reports on, and how to build a Finding. Rules are pure functions of a RuleContext.
import * as nodePath from "node:path";
import {
	createEmptyIndexFacts,
	type IndexFacts,
} from "../index/index-facts.js";
import type {
	FileKind,
	Finding,
	LockedPackage,
	Project,
	Requirement,
	Severity,
} from "../model/types.js";
import {
	contains,
	parseSpecifierSet,
	type SpecifierSet,
	sampleMember,
	subset,
	type VersionSet,
} from "../pep440/specifier-set.js";
import {
	compareVersions,
	parseVersion,
	type Version,
} from "../pep440/version.js";
import type { Policy, RuleId } from "./schema.js";

export interface RuleContext {
	projects: readonly Project[];
	policy: Policy;
	today: Date;
	/** What the package index (or nothing, offline) said about the pinned and locked releases. */
	index: IndexFacts;
	/** Parsed specifier set, null when it does not parse (its parser already reported it). */
	parseSpecifier(text: string): SpecifierSet | null;
	/** True when `project` is the one that reports findings on entries of `lockFile` (see lockOwners). */
	reportsOnLock(project: Project, lockFile: string): boolean;
	severityOf(rule: RuleId): Severity;
}

/**
 * What consolidation needs to know about a finding beyond what it shows (see consolidate-findings.ts).
 * Never leaves evaluatePolicy: the final message is `message`, then `fix`, then `detail` on new lines.
 */
export interface FindingFacts {
	/** The closing sentence saying what to do, e.g. "Write `mcp==1.23.3`.". */
	fix?: string;
	/** Lines shown after the fix (a table). */
	detail?: string;
	/** This finding in a few words, for when it is folded into another finding (e.g. "it needs a version constraint"). */
	also?: string;
	/** The requirement line the finding is about. */
	requirement?: Requirement;
	/** The specifier `suggestion` writes, for checking what the suggested line would fix. */
	replacement?: string;
	/** The locked entry the finding is about. */
	entry?: LockedPackage;
	/** `lock-mismatch`: locked entries outside what the manifest declares. */
	stale?: LockedPackage[];
	/** `conflict`: `requirement` alone admits no version (other findings on its line are dropped). */
	unsatisfiable?: boolean;
	/** `conflict`: the requirements that clash, and all that apply together with them. */
	clash?: { members: ClashMember[]; together: ClashMember[] };
}

export interface ClashMember {
	file: string;
	line: number | null;
	/** As written, e.g. `httpx>=0.28`. */
	text: string;
	origin: string;
	set: VersionSet;
	own: boolean;
}

/** A finding as a rule produces it, before consolidation. */
export interface RuleFinding extends Finding {
	facts: FindingFacts;
}

export type Rule = (context: RuleContext) => RuleFinding[];

export function createRuleContext(
	projects: readonly Project[],
	policy: Policy,
	today: Date,
	index: IndexFacts = createEmptyIndexFacts(),
): RuleContext {
	const cache = new Map<string, SpecifierSet | null>();
	const owners = findLockOwners(projects);
	return {
		projects,
		policy,
		today,
		index,
		parseSpecifier(text) {
			let parsed = cache.get(text);
			if (parsed === undefined) {
				const result = safely(() => parseSpecifierSet(text), null);
				parsed = result?.ok ? result.value : null;
				cache.set(text, parsed);
			}
			return parsed;
		},
		reportsOnLock(project, lockFile) {
			return owners.get(lockFile) === project.path;
		},
		severityOf(rule) {
			const configured = policy.rules[rule];
			return configured === "off" ? "notice" : configured;
		},
	};
}

/**
 * A uv workspace's root uv.lock is copied into every member's `locked`; findings about a locked entry are
 * reported once, by the project holding the lock file (else the project in the lock's directory, else the
 * first project that sees it).
 */
function findLockOwners(projects: readonly Project[]): Map<string, string> {
	const owners = new Map<string, string>();
	const sorted = [...projects].sort((a, b) => compareText(a.path, b.path));
	for (const project of sorted) {
		for (const file of project.files)
			if (isLockKind(file.kind) && !owners.has(file.path))
				owners.set(file.path, project.path);
	}
	for (const project of sorted) {
		for (const entry of project.locked) {
			if (owners.has(entry.file)) continue;
			const directory = nodePath.posix.dirname(entry.file);
			const inDirectory = sorted.find(
				(candidate) => candidate.path === directory,
			);
			owners.set(entry.file, inDirectory?.path ?? project.path);
		}
	}
	return owners;
}

export function isLockKind(kind: FileKind): boolean {
	return kind === "uv-lock" || kind === "poetry-lock" || kind === "pylock";
}

/** The kind of a file, from the project's file list or, for a workspace root's lock, from its name. */
export function findFileKind(project: Project, file: string): FileKind {
	const known = project.files.find((candidate) => candidate.path === file);
	return known !== undefined ? known.kind : findKindByName(file);
}

function findKindByName(file: string): FileKind {
	const base = nodePath.posix.basename(file);
	if (base === "uv.lock") return "uv-lock";
	if (base === "poetry.lock") return "poetry-lock";
	if (/^pylock\.([^.]+\.)?toml$/.test(base)) return "pylock";
	if (base === "pyproject.toml") return "pyproject";
	return "requirements";
}

/** The project's locked entries that come from a lock file (uv.lock, poetry.lock, pylock.toml). */
export function listLockedEntries(project: Project): LockedPackage[] {
	return [...indexLockedEntries(project).entries];
}

/** A project's lock entries, all and by name: rules ask per requirement, and suggestions per finding. */
interface LockedEntryIndex {
	locked: readonly LockedPackage[];
	lockedCount: number;
	files: Project["files"];
	fileCount: number;
	entries: readonly LockedPackage[];
	byName: ReadonlyMap<string, readonly LockedPackage[]>;
}

const lockedEntryIndexes = new WeakMap<Project, LockedEntryIndex>();

/** Made once per project, and again if its entries or files have changed since (a hand-built project may). */
function indexLockedEntries(project: Project): LockedEntryIndex {
	const known = lockedEntryIndexes.get(project);
	if (
		known !== undefined &&
		known.locked === project.locked &&
		known.lockedCount === project.locked.length &&
		known.files === project.files &&
		known.fileCount === project.files.length
	)
		return known;
	// The first file of a path, as findFileKind finds it.
	const kinds = new Map<string, FileKind>();
	for (const file of project.files)
		if (!kinds.has(file.path)) kinds.set(file.path, file.kind);
	const entries = project.locked.filter((entry) =>
		isLockKind(kinds.get(entry.file) ?? findKindByName(entry.file)),
	);
	const byName = new Map<string, LockedPackage[]>();
	for (const entry of entries) {
		const named = byName.get(entry.name);
		if (named === undefined) byName.set(entry.name, [entry]);
		else named.push(entry);
	}
	const index = {
		locked: project.locked,
		lockedCount: project.locked.length,
		files: project.files,
		fileCount: project.files.length,
		entries,
		byName,
	};
	lockedEntryIndexes.set(project, index);
	return index;
}

/** Requirements that take part in resolution: everything but `build-system.requires`. */
export function isBuildRequirement(requirement: Requirement): boolean {
	return requirement.group === "build";
}

/** The version an exact clause pins (`==1.2.3`, not `==1.2.*`; or `===1.2.3` when it is a version). */
export function findExactVersion(set: SpecifierSet): Version | null {
	for (const clause of set.clauses) {
		if (
			(clause.operator === "==" && !clause.wildcard) ||
			clause.operator === "==="
		) {
			const version = parseVersion(clause.version);
			if (version !== null) return version;
		}
	}
	return null;
}

/** A locked entry's version, null when it has none or it does not parse (the lock parser reported it). */
export function parseLockedVersion(entry: LockedPackage): Version | null {
	return entry.version === null ? null : parseVersion(entry.version);
}

/** `name[extras]specifier; marker` - the text a requirement line or pyproject string would hold. */
export function formatRequirement(
	requirement: Requirement,
	specifier: string,
): string {
	const extras =
		requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
	const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
	return `${requirement.name}${extras}${specifier}${marker}`;
}

export function formatLocation(file: string, line: number | null): string {
	return line === null ? file : `${file}:${line}`;
}

export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs `compute`, returning `fallback` if it throws: rules never throw on odd input. */
export function safely<T>(compute: () => T, fallback: T): T {
	try {
		return compute();
	} catch {
		return fallback;
	}
}

/** Packages the project's locks take from the repository itself (workspace members, path dependencies). */
export function listLocalPackages(project: Project): Set<string> {
	const local = new Set<string>();
	for (const entry of listLockedEntries(project)) {
		if (
			entry.source === "editable" ||
			entry.source === "virtual" ||
			entry.source === "directory" ||
			entry.source === "path"
		) {
			local.add(entry.name);
		}
	}
	return local;
}

/** Distinct locked versions of one package in a project's locks (those `inScope` keeps), ascending. */
export function listLockedVersions(
	project: Project,
	name: string,
	inScope: (file: string) => boolean = () => true,
): { version: Version; entry: LockedPackage }[] {
	const seen = new Map<string, { version: Version; entry: LockedPackage }>();
	for (const entry of indexLockedEntries(project).byName.get(name) ?? []) {
		if (!inScope(entry.file)) continue;
		const version = parseLockedVersion(entry);
		if (version !== null && !seen.has(version.text))
			seen.set(version.text, { version, entry });
	}
	return [...seen.values()].sort((a, b) =>
		compareVersions(a.version, b.version),
	);
}

/** One step milder: a finding that is a risk rather than a fact (e.g. a range that merely admits a banned version). */
export function soften(severity: Severity): Severity {
	return severity === "error" ? "warning" : "notice";
}

/** Some version in `set`, null when it is empty. */
export function findWitness(set: VersionSet): string | null {
	return safely(() => sampleMember(set), null);
}

/**
 * A version `declared` admits and `allowed` does not, null when there is none. Readable: the first release
 * past `allowed`'s upper boundary (`1.24.0` for `~=1.23.3`), else the last one below its lower boundary
 * (`1.23.2`), when `declared` admits it; else whatever `subset` finds.
 */
export function findEscape(
	declared: SpecifierSet,
	allowed: SpecifierSet,
): string | null {
	return safely(() => {
		const result = subset(declared.set, allowed.set);
		if (result.ok) return null;
		const member = sampleMember(allowed.set);
		const inside = member === null ? null : parseVersion(member);
		const escapes = allowed.clauses
			.flatMap((clause) => listNeighbours(clause.version))
			.filter((v) => admits(declared, v) && !admits(allowed, v))
			.sort(compareVersions);
		const above = escapes.find(
			(v) => inside === null || compareVersions(v, inside) > 0,
		);
		const below = escapes
			.filter((v) => inside !== null && compareVersions(v, inside) < 0)
			.pop();
		return (above ?? below)?.text ?? result.counterexample;
	}, null);
}

/** `1.23.3` and the releases next to it at each segment: 1.23.4, 1.24.0, 2.0.0, 1.23.2, 1.22.0, 0.0.0. */
function listNeighbours(text: string): Version[] {
	const base = parseVersion(text.replace(/\.\*$/, ""));
	if (base === null) return [];
	const release = base.release;
	const texts = [base.text];
	for (let i = release.length - 1; i >= 0; i--) {
		const at = release[i] ?? 0n;
		const head = release.slice(0, i);
		const zeros = release.slice(i + 1).map(() => 0n);
		texts.push([...head, at + 1n, ...zeros].join("."));
		if (at > 0n) texts.push([...head, at - 1n, ...zeros].join("."));
	}
	const epoch = base.epoch === 0n ? "" : `${base.epoch}!`;
	return texts.flatMap((t) => {
		const v = parseVersion(t === base.text ? t : `${epoch}${t}`);
		return v === null ? [] : [v];
	});
}

/** The project lists `file` among its own files (not a file it merely includes, like a shared `-r` target). */
export function ownsFile(project: Project, file: string): boolean {
	return project.files.some((candidate) => candidate.path === file);
}

/** PEP 440 `contains` with pre-releases admitted: a lock or pin holding a pre-release is a fact, not a choice. */
export function admits(set: SpecifierSet, version: Version): boolean {
	return safely(() => contains(set, version.text, { prereleases: true }), true);
}
