import type { ProjectLinks } from "../index/project-urls.js";
import type { LockedPackage, Project, Requirement } from "../model/types.js";
import {
	compareVersions,
	parseVersion,
	type UpdateType,
	updateType,
} from "../pep440/version.js";
import { linkUpgrade } from "./upgrade-links.js";

// What a change set does to the versions that get installed: per project and file, every package whose exact
// pin (`==`/`===` in a manifest or requirements file) or locked version differs between base and head. Pure.
// Rows are per file because a pin and its lock entry are separate facts a reviewer checks separately.

export type UpgradeChange =
	| "added"
	| "removed"
	| "upgraded"
	| "downgraded"
	| "changed";

export interface UpgradeRow {
	/** Project path ("." for the root). */
	project: string;
	package: string;
	/** The pin's or lock's file, relative to the audited root. */
	file: string;
	/** Where the versions come from. */
	kind: "pinned" | "locked";
	change: UpgradeChange;
	/** Versions on the base (several for forked resolutions or marker-split pins), null when added. */
	from: string | null;
	to: string | null;
	/** Most significant part that changed (highest version on each side); null for added/removed. */
	updateType: UpdateType | null;
	/** The release page of the new version (the old one when removed); null off PyPI-like indexes. */
	url: string | null;
	/** The package's changelog, when its metadata or the shipped knowledge names one. */
	changelogUrl?: string;
	/** A compare view between the two versions' tags, when the source repository and its tag format are known. */
	compareUrl?: string;
}

export interface UpgradeDiffOptions {
	/** The `index-url` input: its project pages are linked when it is PyPI-like. */
	indexUrl?: string;
	/** What the index's metadata named, by package (the head report's `packageLinks`). */
	links?: ReadonlyMap<string, ProjectLinks>;
}

interface VersionSet {
	project: string;
	package: string;
	file: string;
	kind: "pinned" | "locked";
	versions: string[];
	/** The index the entry names (uv.lock registry source), if any. */
	index: string | null;
}

const PYPI = "https://pypi.org";

export function diffUpgrades(
	base: readonly Project[],
	head: readonly Project[],
	options: UpgradeDiffOptions = {},
): UpgradeRow[] {
	const before = collectVersions(base);
	const after = collectVersions(head);
	const rows: UpgradeRow[] = [];
	for (const key of new Set([...before.keys(), ...after.keys()])) {
		const from = before.get(key);
		const to = after.get(key);
		const row = compareSets(from, to, options);
		if (row)
			rows.push({
				...row,
				...linkUpgrade(row, options.links?.get(row.package)),
			});
	}
	return rows.sort(
		(a, b) =>
			compareStrings(a.project, b.project) ||
			compareStrings(a.package, b.package) ||
			compareStrings(a.file, b.file),
	);
}

function collectVersions(
	projects: readonly Project[],
): Map<string, VersionSet> {
	const sets = new Map<string, VersionSet>();
	const add = (
		project: string,
		entry: Requirement | LockedPackage,
		kind: VersionSet["kind"],
		version: string,
		index: string | null,
	) => {
		const key = `${project}\0${entry.file}\0${entry.name}`;
		const set = sets.get(key) ?? {
			project,
			package: entry.name,
			file: entry.file,
			kind,
			versions: [],
			index,
		};
		if (!set.versions.some((v) => sameVersion(v, version)))
			set.versions.push(version);
		sets.set(key, set);
	};
	for (const project of projects) {
		for (const r of project.requirements) {
			const pinned = exactPin(r);
			if (pinned) add(project.path, r, "pinned", pinned, null);
		}
		for (const l of project.locked) {
			// Workspace members and path/git sources have no index release to compare or link.
			if (l.version === null || l.source !== "registry") continue;
			add(project.path, l, "locked", l.version, l.sourceUrl);
		}
	}
	for (const set of sets.values()) set.versions.sort(compareLoosely);
	return sets;
}

/** The version of an exact pin (`==1.2.3`, `===1.2.3`), null for ranges, wildcards and direct references. */
export function exactPin(r: Requirement): string | null {
	if (r.url !== null) return null;
	const match = /^===?([^,*<>=!~]+)$/.exec(r.specifier);
	return match ? (match[1] as string) : null;
}

function compareSets(
	from: VersionSet | undefined,
	to: VersionSet | undefined,
	options: UpgradeDiffOptions,
): UpgradeRow | null {
	const any = (to ?? from) as VersionSet;
	const base = {
		project: any.project,
		package: any.package,
		file: any.file,
		kind: any.kind,
	};
	if (!from || !to) {
		const side = (to ?? from) as VersionSet;
		const shown = side.versions.at(-1) as string;
		return {
			...base,
			change: to ? "added" : "removed",
			from: from ? from.versions.join(", ") : null,
			to: to ? to.versions.join(", ") : null,
			updateType: null,
			url: releaseUrl(side.package, shown, side.index, options),
		};
	}
	if (
		from.versions.length === to.versions.length &&
		from.versions.every((v, i) => sameVersion(v, to.versions[i] as string))
	)
		return null;
	const oldTop = from.versions.at(-1) as string;
	const newTop = to.versions.at(-1) as string;
	const order = compareLoosely(oldTop, newTop);
	const type =
		parseVersion(oldTop) && parseVersion(newTop)
			? updateType(oldTop, newTop)
			: null;
	return {
		...base,
		change: order < 0 ? "upgraded" : order > 0 ? "downgraded" : "changed",
		from: from.versions.join(", "),
		to: to.versions.join(", "),
		updateType: type === "none" ? null : type,
		url: releaseUrl(to.package, newTop, to.index, options),
	};
}

function sameVersion(a: string, b: string): boolean {
	return compareLoosely(a, b) === 0;
}

/** PEP 440 order where both parse (so `1.0` equals `1.0.0`), else string order (`===` arbitrary equality). */
function compareLoosely(a: string, b: string): number {
	const va = parseVersion(a);
	const vb = parseVersion(b);
	if (va && vb) return compareVersions(va, vb);
	return compareStrings(a, b);
}

/**
 * The release page on a PyPI-like index (pypi.org, test.pypi.org, or the same path layout elsewhere is NOT
 * assumed): the entry's own registry when the lock names one, else `index-url`, else PyPI.
 */
export function releaseUrl(
	name: string,
	version: string,
	entryIndex: string | null,
	options: UpgradeDiffOptions,
): string | null {
	const origin = pypiLikeOrigin(entryIndex ?? options.indexUrl ?? PYPI);
	if (origin === null) return null;
	if (!/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/.test(name)) return null;
	if (!/^[A-Za-z0-9.!+_-]+$/.test(version)) return null;
	return `${origin}/project/${name}/${encodeURIComponent(version)}/`;
}

function pypiLikeOrigin(indexUrl: string): string | null {
	let url: URL;
	try {
		url = new URL(indexUrl);
	} catch {
		return null;
	}
	const host = url.hostname.toLowerCase();
	// files.pythonhosted.org serves PyPI's files; pypi.org and test.pypi.org have /project/<name>/<version>/ pages.
	if (
		host === "pypi.org" ||
		host === "pypi.python.org" ||
		host === "files.pythonhosted.org"
	)
		return PYPI;
	if (host === "test.pypi.org") return "https://test.pypi.org";
	return null;
}

/** Code-unit order: the same on every machine (no locale). */
function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
