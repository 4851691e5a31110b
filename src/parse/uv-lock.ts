// uv.lock, uv's own lock format (https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile).
// The layout followed here is what uv's lock serializer writes (crates/uv-resolver/src/lock):
// top-level `version`/`revision`, `[manifest]`, then one `[[package]]` per locked distribution with
// its `source`, dependency edges and, for workspace members and path dependencies, `[package.metadata]`.

import { append } from "../model/append.js";
import { normalizeName } from "../model/normalize-name.js";
import type {
	LockDependency,
	LockedPackage,
	LockMetadata,
	LockSource,
	ParseResult,
	Requirement,
} from "../model/types.js";
import type { TomlOptions, UnreadValue } from "./toml.js";
import {
	type Fields,
	keySet,
	normalizeMarker,
	parseTomlLock,
} from "./toml-fields.js";
import {
	devGroup,
	extraGroup,
	readRequirements,
} from "./uv-lock-requirements.js";

export interface UvLock {
	version: number | null;
	revision: number | null;
	requiresPython: string | null;
	resolutionMarkers: string[];
	packages: LockedPackage[];
	metadata: LockMetadata[];
	manifest: {
		/** Workspace member names, normalized. */
		members: string[];
		constraints: Requirement[];
		overrides: Requirement[];
		/** `[manifest] requirements` (group "project") and `[manifest.dependency-groups]` (group "group:<g>"). */
		requirements: Requirement[];
	};
}

// Keys uv writes; anything else is reported once as a notice (a newer uv may add keys).
const TOP_KEYS = keySet(
	"version revision requires-python resolution-markers supported-markers required-markers conflicts options manifest package",
);
const MANIFEST_KEYS = keySet(
	"members requirements constraints overrides excludes build-constraints dependency-groups dependency-metadata",
);
const PACKAGE_KEYS = keySet(
	"name version source resolution-markers dependencies optional-dependencies dev-dependencies sdist wheels metadata",
);
const METADATA_KEYS = keySet("requires-dist requires-dev provides-extras");
const DEPENDENCY_KEYS = keySet("name version source marker extra");
/** The seven `source = { <kind> = ... }` forms of uv's lock (`SourceWire`). */
const SOURCE_KINDS = [
	"registry",
	"git",
	"url",
	"path",
	"directory",
	"editable",
	"virtual",
] as const;
/** Keys that may accompany the kind key in a `source` table. */
const SOURCE_EXTRA_KEYS = keySet("subdirectory");

// A file entry exactly as uv writes it (url, sha256, size, optional upload-time), valid TOML by construction:
// a string without quotes, backslashes or control characters, a 64-bit-safe integer. No rule reads a
// package's files and they are most of a lock's bytes, so `wheels` and `sdist` of this shape are checked
// but not built (see UnreadValue).
export const UV_FILE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: TOML strings cannot hold control characters.
	/\{ url = "[^"\\\u0000-\u001f\u007f]*", hash = "sha256:[0-9a-f]{64}", size = (?:0|[1-9][0-9]{0,15})(?:, upload-time = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?Z")? \}/;
const UNREAD_FILES: readonly UnreadValue[] = [
	{
		arrayTable: "package",
		key: "wheels",
		shape: "lines",
		pattern: new RegExp(` *${UV_FILE.source},\\r?\\n`, "y"),
	},
	{
		arrayTable: "package",
		key: "sdist",
		shape: "inline",
		pattern: new RegExp(UV_FILE.source, "y"),
	},
];

/**
 * Reads a uv.lock. Dependency edges from `[package.optional-dependencies]` carry the marker
 * `extra == "<x>"` and those from `[package.dev-dependencies]` the PEP 751 marker
 * `"<g>" in dependency_groups` (joined with `and` to the edge's own marker), so the flat
 * `dependencies` list keeps where each edge came from. Markers print as packaging prints them.
 * Never throws.
 */
export function parseUvLock(
	text: string,
	path: string,
	options: Pick<TomlOptions, "onUnreadKey"> = {},
): ParseResult<UvLock> {
	return parseTomlLock(text, path, {
		name: "uv.lock",
		unknownKeyHint: " (written by a newer uv?)",
		empty: emptyUvLock,
		read: readUvLock,
		toml: { unread: UNREAD_FILES, onUnreadKey: options.onUnreadKey },
	});
}

function emptyUvLock(): UvLock {
	return {
		version: null,
		revision: null,
		requiresPython: null,
		resolutionMarkers: [],
		packages: [],
		metadata: [],
		manifest: { members: [], constraints: [], overrides: [], requirements: [] },
	};
}

function readUvLock(root: Fields): UvLock {
	const lock = emptyUvLock();
	root.checkKeys(TOP_KEYS);

	lock.version = root.integer("version");
	if (!root.has("version")) {
		root.report(
			"warning",
			"uv.lock has no `version`: results may be incomplete",
		);
	} else if (lock.version !== null && lock.version !== 1) {
		root.report(
			"warning",
			`unknown uv.lock version ${lock.version}: results may be incomplete`,
			"version",
		);
	}
	lock.revision = root.integer("revision");
	lock.requiresPython = root.string("requires-python");
	lock.resolutionMarkers = root
		.strings("resolution-markers")
		.map(({ value, at }) => normalizeMarker(root.ctx, value, at));

	const manifest = root.table("manifest", "[manifest]");
	if (manifest !== null) readManifest(manifest, lock);

	for (const pkg of root.tables("package")) {
		const read = readPackage(pkg);
		if (read === null) continue;
		lock.packages.push(read.locked);
		if (read.metadata !== null) lock.metadata.push(read.metadata);
	}
	return lock;
}

function readManifest(manifest: Fields, lock: UvLock): void {
	manifest.checkKeys(MANIFEST_KEYS);
	lock.manifest.members = manifest
		.strings("members")
		.map(({ value }) => normalizeName(value));
	lock.manifest.constraints = readRequirements(
		manifest,
		"constraints",
		() => "constraint",
	);
	lock.manifest.overrides = readRequirements(
		manifest,
		"overrides",
		() => "override",
	);
	lock.manifest.requirements = readRequirements(
		manifest,
		"requirements",
		() => "project",
	);
	const groups = manifest.table(
		"dependency-groups",
		"[manifest.dependency-groups]",
	);
	if (groups !== null) {
		for (const group of groups.keys()) {
			append(
				lock.manifest.requirements,
				readRequirements(groups, group, () => devGroup(group)),
			);
		}
	}
}

function readPackage(
	pkg: Fields,
): { locked: LockedPackage; metadata: LockMetadata | null } | null {
	const rawName = pkg.requiredString("name", "a [[package]]");
	if (rawName === null) return null;
	const name = normalizeName(rawName);
	pkg = pkg.named(`package "${rawName}"`);
	pkg.checkKeys(PACKAGE_KEYS);

	// Dynamic workspace members have no `version`: that is not a problem.
	const version = pkg.string("version");
	const { source, sourceUrl } = readSource(pkg);
	// A forked resolution locks one entry per fork; the entry applies where any of its forks does.
	const forks = pkg
		.strings("resolution-markers")
		.map(({ value, at }) => normalizeMarker(pkg.ctx, value, at));
	const marker = forks.length <= 1 ? (forks[0] ?? null) : orMarkers(forks);

	const dependencies = readDependencyList(pkg, "dependencies", null);
	const scopes = [
		["optional-dependencies", (extra: string) => `extra == ${quote(extra)}`],
		[
			"dev-dependencies",
			(group: string) => `${quote(group)} in dependency_groups`,
		],
	] as const;
	for (const [key, scope] of scopes) {
		const table = pkg.table(key);
		if (table === null) continue;
		for (const name of table.keys()) {
			append(dependencies, readDependencyList(table, name, scope(name)));
		}
	}

	const locked: LockedPackage = {
		name: intern(name),
		version: version === null ? null : intern(version),
		source,
		sourceUrl: sourceUrl === null ? null : intern(sourceUrl),
		marker: marker === null ? null : intern(marker),
		dependencies,
		file: pkg.ctx.file,
		line: pkg.line("name"),
	};
	const metadata = pkg.table("metadata");
	return {
		locked,
		metadata: metadata === null ? null : readMetadata(metadata, name),
	};
}

function readSource(pkg: Fields): {
	source: LockSource;
	sourceUrl: string | null;
} {
	const table = pkg.table("source");
	if (table === null) {
		if (!pkg.has("source"))
			pkg.report("error", `${pkg.what} has no \`source\``);
		return { source: "unknown", sourceUrl: null };
	}
	const keys = table.keys();
	const kinds = SOURCE_KINDS.filter((kind) => table.has(kind));
	const kind = kinds[0];
	if (kind === undefined || kinds.length > 1) {
		table.report(
			"error",
			`${pkg.what}: \`source\` must have exactly one of ${SOURCE_KINDS.join(", ")} (found ${keys.join(", ") || "no keys"})`,
		);
		return { source: "unknown", sourceUrl: null };
	}
	table
		.named(`${pkg.what} \`source\``)
		.checkKeys(new Set([kind, ...SOURCE_EXTRA_KEYS]));
	return { source: kind, sourceUrl: table.string(kind) };
}

function readDependencyList(
	parent: Fields,
	key: string,
	scopeMarker: string | null,
): LockDependency[] {
	const result: LockDependency[] = [];
	for (const dep of parent.tables(key)) {
		const name = dep.fields.name;
		if (typeof name !== "string") {
			dep.report(
				"error",
				`${dep.what}: a dependency in \`${key}\` has no string \`name\`; entry skipped`,
			);
			continue;
		}
		dep.named(`${dep.what} dependency`).checkKeys(DEPENDENCY_KEYS);
		const version = dep.string("version");
		dep.table("source");
		const own = dep.string("marker");
		const ownMarker =
			own === null
				? null
				: normalizeMarker(dep.ctx, own, [...dep.at, "marker"]);
		const marker = andMarkers(dep, ownMarker, scopeMarker);
		result.push({
			name: intern(normalizeName(name)),
			// uv records a version only when the name alone would be ambiguous (forked resolutions).
			specifier: version === null ? "" : `==${version}`,
			marker: marker === null ? null : intern(marker),
			extras: dep
				.strings("extra")
				.map(({ value }) => intern(normalizeName(value))),
		});
	}
	return result;
}

function readMetadata(metadata: Fields, name: string): LockMetadata {
	metadata
		.named(`${metadata.what} [package.metadata]`)
		.checkKeys(METADATA_KEYS);
	const requiresDist = readRequirements(metadata, "requires-dist", extraGroup);
	const requiresDev: Record<string, Requirement[]> = {};
	const dev = metadata.table("requires-dev");
	if (dev !== null) {
		for (const group of dev.keys()) {
			requiresDev[group] = readRequirements(dev, group, () => devGroup(group));
		}
	}
	return { package: name, requiresDist, requiresDev };
}

// ---- strings kept in the result ----

/**
 * One flat copy of each name, version, URL and marker the result keeps. Strings read from the TOML are
 * V8 substrings of the whole file, which would keep every lock's text alive for as long as the audit holds
 * its packages; a fleet repeats the same few thousand strings, so the copies are shared.
 */
function intern(text: string): string {
	let copy = interned.get(text);
	if (copy === undefined) {
		copy = text.length < 13 ? text : [...text].join("");
		if (interned.size >= INTERNED_LIMIT) interned.clear();
		interned.set(copy, copy);
	}
	return copy;
}

const interned = new Map<string, string>();
const INTERNED_LIMIT = 50_000;

// ---- markers ----

function orMarkers(markers: readonly string[]): string {
	return markers.map((marker) => `(${marker})`).join(" or ");
}

function andMarkers(
	at: Fields,
	own: string | null,
	scope: string | null,
): string | null {
	if (scope === null) return own;
	const joined = own === null ? scope : `(${own}) and ${scope}`;
	return normalizeMarker(at.ctx, joined, at.at);
}

/** A marker string literal, quoted the way packaging prints one. */
function quote(value: string): string {
	return value.includes('"') ? `'${value}'` : `"${value}"`;
}
