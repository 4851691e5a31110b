// pylock.toml, the standard lock file of PEP 751
// (https://packaging.python.org/en/latest/specifications/pylock-toml/).

import { TomlDate } from "smol-toml";
import { normalizeName } from "../model/normalize-name.js";
import type {
	Diagnostic,
	LockDependency,
	LockedPackage,
	LockSource,
	ParseResult,
	Severity,
} from "../model/types.js";
import { parsePep508Marker } from "./pep508.js";
import { parseToml, type TomlDocument } from "./toml.js";

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
	const diagnostics: Diagnostic[] = [];
	try {
		return { value: readPylock(text, path, diagnostics), diagnostics };
	} catch (error) {
		diagnostics.push({
			severity: "error",
			line: null,
			message: `could not read this pylock.toml (${String(error)}); its packages are missing from the audit`,
		});
		return { value: emptyPylock(), diagnostics };
	}
}

function emptyPylock(): Pylock {
	return {
		lockVersion: null,
		requiresPython: null,
		createdBy: null,
		packages: [],
	};
}

function readPylock(
	text: string,
	file: string,
	diagnostics: Diagnostic[],
): Pylock {
	const lock = emptyPylock();
	const toml = parseToml(text, file);
	diagnostics.push(...toml.diagnostics);
	if (toml.value === null) return lock;
	const ctx: Context = {
		doc: toml.value,
		file,
		diagnostics,
		reportedKeys: new Set(),
	};
	const root = new Fields(ctx, toml.value.value, [], "pylock.toml");
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
	const rawName = pkg.fields.name;
	if (typeof rawName !== "string") {
		const found =
			rawName === undefined
				? "has no `name`"
				: `has a \`name\` that is ${describe(rawName)}`;
		pkg.report(
			"error",
			`a [[packages]] ${found}; entry skipped`,
			rawName === undefined ? undefined : "name",
		);
		return null;
	}
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
	files.push(...pkg.tables("wheels"));
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
				`${pkg.what}: \`upload-time\` must be a TOML date-time, found ${describe(value)}; ignored`,
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

function normalizeMarker(ctx: Context, marker: string, at: KeyPath): string {
	const parsed = parsePep508Marker(marker);
	if (parsed.ok) return parsed.value;
	ctx.diagnostics.push({
		severity: "warning",
		line: ctx.doc.lineOf(at) ?? null,
		message: `marker "${marker}" is not a valid PEP 508 marker: ${parsed.error}`,
	});
	return marker;
}

// ---- typed field access: wrong types become diagnostics, never exceptions ----

type KeyPath = readonly (string | number)[];
type Table = Record<string, unknown>;

interface Context {
	doc: TomlDocument;
	file: string;
	diagnostics: Diagnostic[];
	/** Unknown keys already reported, so a new field yields one notice, not one per package. */
	reportedKeys: Set<string>;
}

/** One TOML table of the lock, where it is, and how messages name it (`package "anyio"`). */
class Fields {
	constructor(
		readonly ctx: Context,
		readonly fields: Table,
		readonly at: KeyPath,
		readonly what: string,
	) {}

	named(what: string): Fields {
		return new Fields(this.ctx, this.fields, this.at, what);
	}

	keys(): string[] {
		return Object.keys(this.fields);
	}

	has(key: string): boolean {
		return this.fields[key] !== undefined;
	}

	/** 1-based line of the table, or of one of its keys. */
	line(key?: string | number): number {
		return (
			this.ctx.doc.lineOf(key === undefined ? this.at : [...this.at, key]) ?? 1
		);
	}

	report(severity: Severity, message: string, key?: string | number): void {
		const at = key === undefined ? this.at : [...this.at, key];
		this.ctx.diagnostics.push({
			severity,
			line: this.ctx.doc.lineOf(at) ?? null,
			message,
		});
	}

	checkKeys(known: ReadonlySet<string>): void {
		for (const key of this.keys()) {
			if (known.has(key)) continue;
			// One notice per key and table kind: `package.license`, not one per package.
			const id = [
				...this.at.filter((part) => typeof part === "string"),
				key,
			].join(".");
			if (this.ctx.reportedKeys.has(id)) continue;
			this.ctx.reportedKeys.add(id);
			this.report(
				"notice",
				`${this.what}: unknown key \`${key}\` ignored`,
				key,
			);
		}
	}

	string(key: string): string | null {
		const value = this.fields[key];
		if (value === undefined || typeof value === "string") return value ?? null;
		this.wrongType(key, "a string", value);
		return null;
	}

	integer(key: string): number | null {
		const value = this.fields[key];
		if (value === undefined) return null;
		if (typeof value === "bigint") return Number(value);
		if (typeof value === "number" && Number.isInteger(value)) return value;
		this.wrongType(key, "an integer", value);
		return null;
	}

	boolean(key: string): boolean | null {
		const value = this.fields[key];
		if (value === undefined || typeof value === "boolean") return value ?? null;
		this.wrongType(key, "a boolean", value);
		return null;
	}

	table(key: string, what = this.what): Fields | null {
		const value = this.fields[key];
		if (value === undefined) return null;
		if (isTable(value))
			return new Fields(this.ctx, value, [...this.at, key], what);
		this.wrongType(key, "a table", value);
		return null;
	}

	/** The strings of an array; other elements are reported and skipped. */
	strings(key: string): { value: string; at: KeyPath }[] {
		const result: { value: string; at: KeyPath }[] = [];
		this.array(key).forEach((item, index) => {
			const at = [...this.at, key, index];
			if (typeof item === "string") result.push({ value: item, at });
			else this.skipItem(key, index, "strings", item);
		});
		return result;
	}

	/** The tables of an array (inline or `[[...]]`); other elements are reported and skipped. */
	tables(key: string): Fields[] {
		const result: Fields[] = [];
		this.array(key).forEach((item, index) => {
			if (isTable(item)) {
				result.push(
					new Fields(this.ctx, item, [...this.at, key, index], this.what),
				);
			} else this.skipItem(key, index, "tables", item);
		});
		return result;
	}

	private array(key: string): unknown[] {
		const value = this.fields[key];
		if (value === undefined) return [];
		if (Array.isArray(value)) return value;
		this.wrongType(key, "an array", value);
		return [];
	}

	private wrongType(key: string, expected: string, value: unknown): void {
		this.report(
			"error",
			`${this.what}: \`${key}\` must be ${expected}, found ${describe(value)}`,
			key,
		);
	}

	private skipItem(
		key: string,
		index: number,
		expected: string,
		item: unknown,
	): void {
		this.ctx.diagnostics.push({
			severity: "error",
			line: this.ctx.doc.lineOf([...this.at, key, index]) ?? null,
			message: `${this.what}: \`${key}\` must hold ${expected}, found ${describe(item)}; entry skipped`,
		});
	}
}

function keySet(keys: string): ReadonlySet<string> {
	return new Set(keys.split(" "));
}

function isTable(value: unknown): value is Table {
	return (
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date)
	);
}

function describe(value: unknown): string {
	if (typeof value === "string") return "a string";
	if (typeof value === "number")
		return Number.isInteger(value) ? "an integer" : "a float";
	if (typeof value === "bigint") return "an integer";
	if (typeof value === "boolean") return "a boolean";
	if (value instanceof TomlDate && !value.isDateTime())
		return value.isDate() ? "a date" : "a time";
	if (value instanceof Date) return "a date-time";
	if (Array.isArray(value)) return "an array";
	if (value === null || value === undefined) return "nothing";
	return "a table";
}
