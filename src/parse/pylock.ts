// pylock.toml, the standard lock file of PEP 751
// (https://packaging.python.org/en/latest/specifications/pylock-toml/).

import { TomlDate } from "smol-toml";
import { append } from "../model/append.js";
import { normalizeName } from "../model/normalize-name.js";
import type {
	LockDependency,
	LockedPackage,
	LockSource,
	ParseResult,
} from "../model/types.js";
import {
	describeValue,
	Fields,
	isTable,
	keySet,
	normalizeMarker,
	parseTomlLock,
} from "./toml-fields.js";

export type PylockPackage = LockedPackage & {
	/** Latest `upload-time` among the package's sdist, wheels and archive, as an ISO 8601 UTC string. */
	uploadTime: string | null;
	/** `packages.index`: the index the package's files came from. */
	index: string | null;
};

export interface Pylock {
	lockVersion: string | null;
	requiresPython: string | null;
	createdBy: string | null;
	packages: PylockPackage[];
}

// The keys PEP 751 defines; anything else is reported once as a notice.
const TOP_KEYS = keySet(
	"lock-version environments requires-python extras dependency-groups default-groups created-by packages tool",
);
const PACKAGE_KEYS = keySet(
	"name version marker requires-python dependencies vcs directory archive index sdist wheels attestation-identities tool",
);
const VCS_KEYS = keySet(
	"type url path requested-revision commit-id subdirectory",
);
const DIRECTORY_KEYS = keySet("path editable subdirectory");
const ARCHIVE_KEYS = keySet("url path size hashes subdirectory upload-time");
const FILE_KEYS = keySet("name upload-time url path size hashes");

/** Reads a pylock.toml (PEP 751). Never throws. */
export function parsePylock(text: string, path: string): ParseResult<Pylock> {
	return parseTomlLock(text, path, {
		name: "pylock.toml",
		empty: emptyPylock,
		read: readPylock,
	});
}

function emptyPylock(): Pylock {
	return {
		lockVersion: null,
		requiresPython: null,
		createdBy: null,
		packages: [],
	};
}

function readPylock(root: Fields): Pylock {
	const lock = emptyPylock();
	root.checkKeys(TOP_KEYS);

	lock.lockVersion = root.string("lock-version");
	if (!root.has("lock-version")) {
		root.report(
			"warning",
			"pylock.toml has no `lock-version`: results may be incomplete",
		);
	} else if (
		lock.lockVersion !== null &&
		!/^1(\.\d+)?$/.test(lock.lockVersion)
	) {
		// PEP 751: tools must not read a lock whose major version they do not support.
		root.report(
			"warning",
			`unknown pylock.toml lock-version "${lock.lockVersion}": results may be incomplete`,
			"lock-version",
		);
	}
	lock.requiresPython = root.string("requires-python");
	lock.createdBy = root.string("created-by");

	for (const pkg of root.tables("packages")) {
		const read = readPackage(pkg);
		if (read !== null) lock.packages.push(read);
	}
	return lock;
}

function readPackage(pkg: Fields): PylockPackage | null {
	const rawName = pkg.requiredString("name", "a [[packages]]");
	if (rawName === null) return null;
	pkg = pkg.named(`package "${rawName}"`);
	pkg.checkKeys(PACKAGE_KEYS);
	// PEP 751: `version` is optional (e.g. source trees whose version is dynamic).
	const version = pkg.string("version");
	const rawMarker = pkg.string("marker");
	const index = pkg.string("index");
	const { source, sourceUrl } = readSource(pkg, index);

	const dependencies: LockDependency[] = [];
	for (const dep of pkg.tables("dependencies")) {
		// PEP 751: each entry holds enough keys of the target [[packages]] entry to identify it.
		const name = dep.fields.name;
		if (typeof name !== "string") {
			dep.report(
				"warning",
				`${pkg.what}: a dependency without a string \`name\` cannot be followed; ignored`,
			);
			continue;
		}
		const depVersion = dep.string("version");
		dependencies.push({
			name: normalizeName(name),
			specifier: depVersion === null ? "" : `==${depVersion}`,
			marker: null,
			extras: [],
		});
	}

	return {
		name: normalizeName(rawName),
		version,
		source,
		sourceUrl,
		marker:
			rawMarker === null
				? null
				: normalizeMarker(pkg.ctx, rawMarker, [...pkg.at, "marker"]),
		dependencies,
		file: pkg.ctx.file,
		line: pkg.line("name"),
		uploadTime: readUploadTime(pkg),
		index,
	};
}

/**
 * PEP 751: a package comes from exactly one of `vcs`, `directory`, `archive`, or `sdist`/`wheels`
 * (index files). An archive given only by `path` is a local file: source "path".
 */
function readSource(
	pkg: Fields,
	index: string | null,
): { source: LockSource; sourceUrl: string | null } {
	const present = ["vcs", "directory", "archive"].filter((key) => pkg.has(key));
	const hasFiles = pkg.has("sdist") || pkg.has("wheels");
	if (present.length + (hasFiles ? 1 : 0) > 1) {
		const kinds = [...present, ...(hasFiles ? ["sdist/wheels"] : [])].join(
			", ",
		);
		pkg.report(
			"error",
			`${pkg.what} has more than one source (${kinds}); PEP 751 allows exactly one`,
		);
	}
	const vcs = pkg.table("vcs");
	if (vcs !== null) {
		vcs.named(`${pkg.what} vcs`).checkKeys(VCS_KEYS);
		const type = vcs.string("type");
		if (type !== null && type !== "git") {
			vcs.report(
				"notice",
				`${pkg.what}: vcs type "${type}" is reported as a git source`,
				"type",
			);
		}
		return {
			source: "git",
			sourceUrl: vcs.string("url") ?? vcs.string("path"),
		};
	}
	const directory = pkg.table("directory");
	if (directory !== null) {
		directory.named(`${pkg.what} directory`).checkKeys(DIRECTORY_KEYS);
		const editable = directory.boolean("editable");
		return {
			source: editable === true ? "editable" : "directory",
			sourceUrl: directory.string("path"),
		};
	}
	const archive = pkg.table("archive");
	if (archive !== null) {
		archive.named(`${pkg.what} archive`).checkKeys(ARCHIVE_KEYS);
		const url = archive.string("url");
		if (url !== null) return { source: "url", sourceUrl: url };
		return { source: "path", sourceUrl: archive.string("path") };
	}
	if (hasFiles) return { source: "registry", sourceUrl: index };
	pkg.report(
		"warning",
		`${pkg.what} names no source (vcs, directory, archive, sdist or wheels)`,
	);
	return { source: "unknown", sourceUrl: null };
}

/** The latest `upload-time` of the package's files (TOML date-times), as an ISO 8601 UTC string. */
function readUploadTime(pkg: Fields): string | null {
	const files: Fields[] = [];
	const sdist = pkg.table("sdist");
	if (sdist !== null) files.push(sdist);
	append(files, pkg.tables("wheels"));
	for (const file of files) file.named(`${pkg.what} file`).checkKeys(FILE_KEYS);
	const archive = pkg.fields.archive;
	if (isTable(archive)) {
		files.push(new Fields(pkg.ctx, archive, [...pkg.at, "archive"], pkg.what));
	}

	let latest: number | null = null;
	for (const file of files) {
		const value = file.fields["upload-time"];
		if (value === undefined) continue;
		// smol-toml gives a TomlDate (a Date); PEP 751 times are UTC, so a local date-time is read as UTC.
		if (
			!(value instanceof Date) ||
			(value instanceof TomlDate && !value.isDateTime())
		) {
			file.report(
				"warning",
				`${pkg.what}: \`upload-time\` must be a TOML date-time, found ${describeValue(value)}; ignored`,
				"upload-time",
			);
			continue;
		}
		const time = value.getTime();
		if (Number.isNaN(time)) continue;
		if (latest === null || time > latest) latest = time;
	}
	return latest === null ? null : new Date(latest).toISOString();
}
