// poetry.lock, as written by Poetry's locker (poetry/packages/locker.py): one `[[package]]` per
// locked distribution with an optional `[package.source]` and `[package.dependencies]` holding
// Poetry constraints, then `[metadata]` with `lock-version` and `content-hash`.

import { normalizeName } from "../model/normalize-name.js";
import type {
	LockDependency,
	LockedPackage,
	LockSource,
	ParseResult,
} from "../model/types.js";
import { poetryConstraintToPep440 } from "./poetry-constraint.js";
import {
	describeValue,
	type Fields,
	isTable,
	keySet,
	normalizeMarker,
	parseTomlLock,
} from "./toml-fields.js";

export interface PoetryLock {
	lockVersion: string | null;
	contentHash: string | null;
	packages: LockedPackage[];
}

// Keys Poetry 1.x and 2.x write; anything else is reported once as a notice.
const TOP_KEYS = keySet("package metadata extras");
const METADATA_KEYS = keySet("lock-version python-versions content-hash files");
const PACKAGE_KEYS = keySet(
	"name version description optional python-versions groups markers files develop source dependencies extras category",
);
const SOURCE_KEYS = keySet(
	"type url reference resolved_reference subdirectory",
);
const DEPENDENCY_KEYS = keySet(
	"version markers optional extras python platform source url git path develop rev branch tag subdirectory allow-prereleases",
);
/** `[package.source] type` -> source kind; packages without a source table come from PyPI. */
const SOURCE_TYPES: Readonly<Record<string, LockSource>> = {
	git: "git",
	url: "url",
	file: "path",
	directory: "directory",
	legacy: "registry",
};

/**
 * Reads a poetry.lock. A dependency's `python` and `platform` keys become `python_version` and
 * `sys_platform` markers joined to its `markers`. Never throws.
 */
export function parsePoetryLock(
	text: string,
	path: string,
): ParseResult<PoetryLock> {
	return parseTomlLock(text, path, {
		name: "poetry.lock",
		empty: emptyPoetryLock,
		read: readPoetryLock,
	});
}

function emptyPoetryLock(): PoetryLock {
	return { lockVersion: null, contentHash: null, packages: [] };
}

function readPoetryLock(root: Fields): PoetryLock {
	const lock = emptyPoetryLock();
	root.checkKeys(TOP_KEYS);

	const metadata = root.table("metadata", "[metadata]");
	if (metadata !== null) {
		metadata.checkKeys(METADATA_KEYS);
		lock.lockVersion = metadata.string("lock-version");
		lock.contentHash = metadata.string("content-hash");
		// Poetry has written lock-version 1.0 to 2.1 so far.
		if (lock.lockVersion !== null && !/^[12](\.\d+)?$/.test(lock.lockVersion)) {
			metadata.report(
				"warning",
				`unknown poetry.lock lock-version "${lock.lockVersion}": results may be incomplete`,
				"lock-version",
			);
		}
	} else if (!root.has("metadata")) {
		root.report(
			"warning",
			"poetry.lock has no [metadata]: results may be incomplete",
		);
	}

	for (const pkg of root.tables("package")) {
		const read = readPackage(pkg);
		if (read !== null) lock.packages.push(read);
	}
	return lock;
}

function readPackage(pkg: Fields): LockedPackage | null {
	const rawName = pkg.requiredString("name", "a [[package]]");
	if (rawName === null) return null;
	pkg = pkg.named(`package "${rawName}"`);
	pkg.checkKeys(PACKAGE_KEYS);
	const version = pkg.string("version");
	if (!pkg.has("version"))
		pkg.report("error", `${pkg.what} has no \`version\``);
	const { source, sourceUrl } = readSource(pkg);

	const deps = pkg.table("dependencies");
	const dependencies = deps === null ? [] : readDependencies(deps);

	return {
		name: normalizeName(rawName),
		version,
		source,
		sourceUrl,
		marker: readPackageMarkers(pkg),
		dependencies,
		file: pkg.ctx.file,
		line: pkg.line("name"),
	};
}

function readSource(pkg: Fields): {
	source: LockSource;
	sourceUrl: string | null;
} {
	const table = pkg.table("source");
	if (table === null) return { source: "registry", sourceUrl: null };
	table.named(`${pkg.what} [package.source]`).checkKeys(SOURCE_KEYS);
	const type = table.string("type");
	const sourceUrl = table.string("url");
	let source: LockSource =
		type === null ? "unknown" : (SOURCE_TYPES[type] ?? "unknown");
	if (source === "unknown") {
		const found = type === null ? "no `type`" : `the unknown type "${type}"`;
		table.report(
			"warning",
			`${pkg.what}: [package.source] has ${found}; source reported as unknown`,
		);
	}
	// Poetry: `develop = true` on a directory dependency installs it in editable mode.
	if (source === "directory" && pkg.boolean("develop") === true) {
		source = "editable";
	}
	return { source, sourceUrl };
}

/** Poetry 2 records when a package is needed: a marker, or one marker per dependency group. */
function readPackageMarkers(pkg: Fields): string | null {
	const value = pkg.fields.markers;
	if (value === undefined) return null;
	if (typeof value === "string") {
		return normalizeMarker(pkg.ctx, value, [...pkg.at, "markers"]);
	}
	const groups = pkg.table("markers");
	if (groups === null) return null;
	const markers: string[] = [];
	for (const group of groups.keys()) {
		const marker = groups.string(group);
		if (marker === null) continue;
		const normalized = normalizeMarker(pkg.ctx, marker, [...groups.at, group]);
		if (!markers.includes(normalized)) markers.push(normalized);
	}
	if (markers.length <= 1) return markers[0] ?? null;
	return markers.map((marker) => `(${marker})`).join(" or ");
}

/** `[package.dependencies]`: each value is a constraint string, a table, or an array of tables. */
function readDependencies(deps: Fields): LockDependency[] {
	const result: LockDependency[] = [];
	for (const name of deps.keys()) {
		const value = deps.fields[name];
		const label = `${deps.what} dependency "${name}"`;
		if (typeof value === "string") {
			result.push({
				name: normalizeName(name),
				specifier: translateConstraint(deps, name, value, label),
				marker: null,
				extras: [],
			});
		} else if (Array.isArray(value)) {
			// Poetry writes one table per marker range when the constraints differ.
			for (const entry of deps
				.named(`${deps.what} [package.dependencies]`)
				.tables(name)) {
				result.push(readDependencyTable(entry.named(label), name));
			}
		} else if (isTable(value)) {
			const table = deps.table(name, label);
			if (table !== null) result.push(readDependencyTable(table, name));
		} else {
			deps.report(
				"error",
				`${label} must be a constraint string or a table, found ${describeValue(value)}; entry skipped`,
				name,
			);
		}
	}
	return result;
}

function readDependencyTable(table: Fields, rawName: string): LockDependency {
	table.checkKeys(DEPENDENCY_KEYS);
	const constraint = table.string("version");
	const specifier =
		constraint === null
			? ""
			: translateConstraint(table, "version", constraint, table.what);
	const clauses: string[] = [];
	const markers = table.string("markers");
	if (markers !== null) clauses.push(markers);
	const python = table.string("python");
	if (python !== null) {
		const marker = pythonMarker(table, python);
		if (marker !== null) clauses.push(marker);
	}
	const platform = table.string("platform");
	if (platform !== null) {
		clauses.push(`sys_platform == ${JSON.stringify(platform)}`);
	}
	const joined =
		clauses.length <= 1
			? (clauses[0] ?? null)
			: clauses.map((clause) => `(${clause})`).join(" and ");
	const markerAt = markers !== null ? [...table.at, "markers"] : table.at;
	return {
		name: normalizeName(rawName),
		specifier,
		marker:
			joined === null ? null : normalizeMarker(table.ctx, joined, markerAt),
		extras: table.strings("extras").map(({ value }) => normalizeName(value)),
	};
}

function translateConstraint(
	at: Fields,
	key: string,
	constraint: string,
	label: string,
): string {
	const translated = poetryConstraintToPep440(constraint);
	if (translated.ok) return translated.specifier;
	at.report(
		"warning",
		`${label}: constraint "${constraint}" has no PEP 440 equivalent (${translated.error}); read as any version`,
		key,
	);
	return "";
}

/** Poetry's `python = "<constraint>"` restricts a dependency to those Python versions. */
function pythonMarker(table: Fields, constraint: string): string | null {
	const translated = poetryConstraintToPep440(constraint);
	if (!translated.ok) {
		table.report(
			"warning",
			`${table.what}: python constraint "${constraint}" has no PEP 440 equivalent (${translated.error}); ignored`,
			"python",
		);
		return null;
	}
	if (translated.specifier === "") return null;
	const clauses: string[] = [];
	for (const clause of translated.specifier.split(",")) {
		const match = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause.trim());
		if (match === null) {
			table.report(
				"warning",
				`${table.what}: python constraint "${constraint}" could not become a marker; ignored`,
				"python",
			);
			return null;
		}
		clauses.push(`python_version ${match[1]} ${JSON.stringify(match[2])}`);
	}
	return clauses.join(" and ");
}
