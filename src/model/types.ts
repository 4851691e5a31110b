// The types every stage shares. Parsers produce them, discovery groups them, policy reads them,
// report renders them. Field names match the JSON report contract (schema/report.schema.json).

export type FileKind =
	| "pyproject"
	| "requirements"
	| "uv-lock"
	| "pylock"
	| "poetry-lock";

export type Severity = "error" | "warning" | "notice";

/** A problem a parser or discovery met in one file. `line` is 1-based; null when not tied to a line. */
export interface Diagnostic {
	severity: Severity;
	line: number | null;
	message: string;
	/**
	 * `unauditable`: an installer would read this and pin-audit cannot read it the same way (always an error);
	 * absent: the file itself is wrong (`invalid-file`).
	 */
	rule?: "unauditable";
}

/** What every parser returns: a value (possibly partial) and everything it could not understand. */
export interface ParseResult<T> {
	value: T;
	diagnostics: Diagnostic[];
}

/**
 * Where a requirement was declared:
 * `project`, `optional:<extra>`, `group:<name>` (PEP 735), `dev` (tool.uv dev-dependencies),
 * `constraint`, `override` (tool.uv), `build` (build-system.requires), `poetry`,
 * `poetry-group:<name>` (including legacy dev-dependencies as `poetry-group:dev`),
 * `requirements`, `constraints-file` (a requirements file read through -c, or constraints*.txt).
 */
export type RequirementGroup = string;

/** Where a `[tool.uv.sources]` entry (or uv.lock's record of one) takes a package from, instead of an index. */
export interface RequirementSource {
	kind:
		| "git"
		| "path"
		| "directory"
		| "url"
		| "editable"
		| "virtual"
		| "workspace";
	/** Repository URL without its reference, path as written, or URL; null for `workspace = true`. */
	value: string | null;
	/** Git `rev`, `tag` or `branch` (as `rev=<x>`, `tag=<x>`, `branch=<x>`); null when none. */
	reference: string | null;
	subdirectory: string | null;
	/** POSIX directory (relative to the audited root) that a relative path is relative to. */
	base: string;
}

/** One marker-limited uv source of a requirement; `source` null for an `index` source (the specifier stays). */
export interface MarkedSource {
	source: RequirementSource | null;
	marker: string | null;
	editable: boolean;
}

export interface Requirement {
	/** PEP 503 normalized name. */
	name: string;
	/** PEP 440 specifier set, clauses comma-separated without spaces; "" when there is none. */
	specifier: string;
	extras: string[];
	marker: string | null;
	/** Direct reference (PEP 440 `name @ url`, a pip URL/path line, or a uv/poetry source). */
	url: string | null;
	/** The uv source behind `url` (or a workspace member), when a uv source or uv.lock says so. */
	source?: RequirementSource;
	/**
	 * `[tool.uv.sources]` entries limited by markers (a list of sources, or one with `marker`): uv lowers the
	 * requirement to one per source under its marker, plus the requirement itself where none holds.
	 */
	markedSources?: MarkedSource[];
	editable: boolean;
	/** Number of --hash options on the line (requirements files). */
	hashes: number;
	group: RequirementGroup;
	/** POSIX path relative to the audited root. */
	file: string;
	/** 1-based line where the requirement physically starts. */
	line: number;
}

export type LockSource =
	| "registry"
	| "git"
	| "url"
	| "path"
	| "directory"
	| "editable"
	| "virtual"
	| "unknown";

/** A dependency edge recorded in a lock (uv.lock `dependencies`, poetry.lock `[package.dependencies]`). */
export interface LockDependency {
	name: string;
	/** Specifier if the lock records one (poetry.lock), else "". */
	specifier: string;
	marker: string | null;
	extras: string[];
}

export interface LockedPackage {
	name: string;
	/** Null when the lock records no version (dynamic uv workspace members). */
	version: string | null;
	source: LockSource;
	/** Registry URL, git URL, path, ... as recorded; null for none. */
	sourceUrl: string | null;
	/** uv.lock resolution markers of a forked resolution, pylock `marker`, ... */
	marker: string | null;
	/**
	 * As the parser reads them; in an audit's projects, a uv.lock package keeps only the edges that ask for
	 * extras (all rules read of them; see parseDiscoveredFile).
	 */
	dependencies: LockDependency[];
	file: string;
	line: number;
}

/** Requirements a lock recorded from its manifest (uv.lock `[package.metadata]`, `[manifest]`). */
export interface LockMetadata {
	/** Locked package name (normalized) this metadata belongs to. */
	package: string;
	requiresDist: Requirement[];
	/** `requires-dev`, keyed by group name. */
	requiresDev: Record<string, Requirement[]>;
}

/** A requirements-file include (`-r`/`-c`), resolved later by discovery. */
export interface RequirementsInclude {
	kind: "requirement" | "constraint";
	/** As written, after env-var expansion. */
	target: string;
	line: number;
}

/** A pip option line, recorded (not executed): --index-url, --extra-index-url, --find-links, --pre, ... */
export interface PipOption {
	name: string;
	value: string | null;
	line: number;
	/** The requirements file it is written in (root-relative POSIX path), when known. */
	file?: string;
}

/** A place a manifest tells the installer to download packages from (rule `index`): uv's and Poetry's settings. */
export interface PackageSourceSetting {
	/** The setting as written, for the message: `[[tool.uv.index]] url`, `[tool.uv] extra-index-url`, ... */
	setting: string;
	kind: "index" | "find-links";
	url: string;
	/** POSIX path relative to the audited root. */
	file: string;
	line: number;
}

export interface Finding {
	rule: string;
	severity: Severity;
	/** Project path ("." for root), null when not tied to one. */
	project: string | null;
	package: string | null;
	file: string | null;
	line: number | null;
	message: string;
	/** A version inside the declared set but outside the allowed one, when there is one. */
	counterexample?: string;
	/** Replacement text for the offending line. */
	suggestion?: string;
	/** Rule ids of the findings folded into this one (one line, one fix), e.g. `["unpinned"]`. */
	also?: string[];
	/**
	 * What makes this finding the same problem on another commit, built from facts (rule, project, package,
	 * file, the requirement or locked version it is about), never from message prose that depends on the rest
	 * of the fleet. Compared by compare-reports.ts; not part of the JSON report.
	 */
	key?: string;
}

export interface ProjectFile {
	/** POSIX path relative to the audited root. */
	path: string;
	kind: FileKind;
}

/**
 * Files installed together: a pyproject.toml with its lock; a requirements file with what it includes (-r) and
 * constrains (-c); a compiled output with its inputs. Requirements in different install sets of a directory
 * are never installed together (see policy/install-sets.ts).
 */
export interface InstallSet {
	kind: "pyproject" | "requirements" | "compiled";
	/** The file given to the installer: the pyproject.toml, the requirements file, the compiled output. */
	root: string;
	/** Every file whose requirements it installs or constrains, root first. */
	files: string[];
	/** Files read as constraints (-c, constraints*.txt): they bound versions, they install nothing. */
	constraints: string[];
	/** Compiled outputs: the loose inputs the output pins (judged like a manifest, not by pin levels). */
	inputs: string[];
	/** Compiled outputs: the header's line (null when paired by name), inputs it names that are not in the tree. */
	compiled?: {
		line: number | null;
		missing: string[];
		extras: string[];
		allExtras: boolean;
	};
}

/** Files in one directory, with everything they declare and lock. */
export interface Project {
	/** POSIX directory relative to the audited root, "." for the root. */
	path: string;
	/** PEP 503 normalized `[project] name` (or Poetry's); null/absent when it has none. */
	name?: string | null;
	/** Path of the uv workspace root project this project belongs to, null when none. */
	workspace: string | null;
	files: ProjectFile[];
	requirements: Requirement[];
	locked: LockedPackage[];
	/** `[project] requires-python` (or Poetry's `python`), as PEP 440, null when undeclared. */
	requiresPython: string | null;
	/** Manifest data recorded in the project's lock (uv.lock `[package.metadata]`). */
	lockMetadata: LockMetadata[];
	/** Index options seen in requirements files, uv config etc. */
	pipOptions: PipOption[];
	/** Indexes and find-links locations its pyproject.toml names (uv, Poetry); absent when none. */
	packageSources?: PackageSourceSetting[];
	/** uv's default index (`[[tool.uv.index]]` with `default = true`), URL as written; null/absent when none. */
	indexUrl?: string | null;
	/** `[tool.uv] exclude-newer` (RFC 3339 timestamp or date) of the project or its workspace root; null/absent when none. */
	excludeNewer?: string | null;
	/** The ways the directory's files are installed; absent (hand-built projects): the directory is one install. */
	installSets?: InstallSet[];
}
