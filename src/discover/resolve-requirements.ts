import { append } from "../model/append.js";
import type {
	Diagnostic,
	PipOption,
	Requirement,
	RequirementsInclude,
} from "../model/types.js";
import type { CompiledHeader } from "./compiled-header.js";
import { type ChainLink, describeCycle } from "./include-cycle.js";
import { createLocator, type Located } from "./locate-include.js";
import {
	createRequirementsFileCache,
	type ParsedRequirementsFile,
} from "./requirements-file-cache.js";
import { parentOf } from "./resolve-path.js";

/** One requirements file with everything it pulls in through -r and -c, each entry where it physically is. */
export interface ResolvedRequirements {
	requirements: Requirement[];
	options: PipOption[];
	/** Diagnostics per root-relative file (the including file for include problems). */
	diagnostics: Map<string, Diagnostic[]>;
	/** Root-relative paths of every file read, the starting one first. */
	files: string[];
	/** A compiled output (pip-compile, uv pip compile): what made it, with its inputs (compiled-output.ts). */
	compiled?: CompiledOutput;
}

/** A compiled requirements file's provenance, paths resolved to root-relative ones. */
export interface CompiledOutput {
	/** The header's command, or null when paired by name (`x.in` next to `x.txt`). */
	header: CompiledHeader | null;
	/** Input files, root-relative, each with whether it is in the tree. */
	inputs: { path: string; found: boolean }[];
	/** Every file read through the requirements-file inputs (their own -r includes too). */
	inputFiles: string[];
	/** Files read as constraints: the header's -c files and the inputs' -c includes. */
	constraintFiles: string[];
	/** Inputs and -c files the header names that are not in the audited tree (reported by lock-mismatch). */
	missing: string[];
}

export interface RequirementsReader {
	resolve(
		relPath: string,
		asConstraints: boolean,
	): Promise<ResolvedRequirements>;
	/** The compiled-output header at the top of the file, null when none (or unreadable). */
	header(relPath: string): Promise<CompiledHeader | null>;
	/** Whether a root-relative path is a file inside the audited root. */
	exists(relPath: string): Promise<boolean>;
}

/**
 * Reads requirements files and follows their includes like pip: relative to the including file's path as pip
 * opened it (a link's own directory, not its target's), resolved link by link as the OS does (resolve-path.ts),
 * refusing anything outside the include boundary as `unauditable`, and stopping cycles. Each distinct file is
 * read, decoded (pip's auto_decode) and parsed once (requirements-file-cache.ts).
 */
export function createRequirementsReader(
	rootReal: string,
	env: Readonly<Record<string, string | undefined>>,
	boundaryReal: string = rootReal,
): RequirementsReader {
	const parts: ReaderParts = {
		load: createRequirementsFileCache(rootReal, env),
		locate: createLocator(rootReal, boundaryReal),
	};
	return {
		resolve: (relPath, asConstraints) =>
			resolveRequirements(parts, relPath, asConstraints),
		async header(relPath) {
			const located = await parts.locate(relPath);
			if (!located.ok) return null;
			const result = await parts.load(relPath, located.relPath);
			return result.ok ? result.header : null;
		},
		// Located means resolved link by link to a regular file (locate-include.ts).
		exists: (relPath) => parts.locate(relPath).then((located) => located.ok),
	};
}

interface ReaderParts {
	load: (relPath: string, realPath: string) => Promise<ParsedRequirementsFile>;
	locate: (path: string) => Promise<Located>;
}

/** One resolve(): what it collects, and the files it has read. */
interface Collection {
	parts: ReaderParts;
	out: ResolvedRequirements;
	seen: Set<string>;
}

/** A file being read: where it is, the path pip opens it by (its includes are relative to that), and how. */
interface Visit {
	file: string;
	openedAs: string;
	constraints: boolean;
	/** The files being read, outermost first, each with the line of its include that leads on. */
	chain: readonly ChainLink[];
}

async function resolveRequirements(
	parts: ReaderParts,
	relPath: string,
	asConstraints: boolean,
): Promise<ResolvedRequirements> {
	const c: Collection = {
		parts,
		out: { requirements: [], options: [], diagnostics: new Map(), files: [] },
		seen: new Set(),
	};
	const start = await parts.locate(relPath);
	if (!start.ok) {
		c.out.files.push(relPath);
		report(c, relPath, {
			severity: "error",
			line: null,
			message: start.reason,
			...(start.unauditable ? { rule: "unauditable" as const } : {}),
		});
		return c.out;
	}
	await visit(c, start.relPath, {
		file: relPath,
		openedAs: relPath,
		constraints: asConstraints,
		chain: [],
	});
	return c.out;
}

function report(c: Collection, file: string, diagnostic: Diagnostic): void {
	const list = c.out.diagnostics.get(file) ?? [];
	list.push(diagnostic);
	c.out.diagnostics.set(file, list);
}

/** Reads `at.file` (its bytes at `realPath`): its requirements, options, then its includes. */
async function visit(
	c: Collection,
	realPath: string,
	at: Visit,
): Promise<void> {
	const firstVisit = !c.seen.has(at.file);
	c.seen.add(at.file);
	if (firstVisit) c.out.files.push(at.file);
	const result = await c.parts.load(at.file, realPath);
	if (!result.ok) {
		if (firstVisit) report(c, at.file, result.diagnostic);
		return;
	}
	if (firstVisit) for (const d of result.diagnostics) report(c, at.file, d);
	for (const requirement of result.value.requirements)
		c.out.requirements.push(
			at.constraints
				? { ...requirement, group: "constraints-file" }
				: requirement,
		);
	append(c.out.options, result.value.options);
	for (const include of result.value.includes)
		await visitInclude(c, at, include);
}

async function visitInclude(
	c: Collection,
	at: Visit,
	include: RequirementsInclude,
): Promise<void> {
	const flag = include.kind === "constraint" ? "-c" : ("-r" as const);
	if (/^(https?|file):/i.test(include.target)) {
		report(c, at.file, {
			severity: "error",
			line: include.line,
			rule: "unauditable",
			message: `${flag} ${include.target}: pip fetches this requirements file and pin-audit does not, so what it installs was not audited; vendor the file into the repository and include it by path`,
		});
		return;
	}
	// pip: os.path.join(os.path.dirname(parent), target), resolved by the OS when it opens it.
	const includedAs = include.target.startsWith("/")
		? include.target
		: `${parentOf(at.openedAs) || "."}/${include.target}`;
	const target = await c.parts.locate(includedAs);
	if (!target.ok) {
		report(c, at.file, {
			severity: "error",
			line: include.line,
			message: `${flag} ${include.target}: ${target.reason}`,
			...(target.unauditable ? { rule: "unauditable" as const } : {}),
		});
		return;
	}
	const edge: ChainLink = { file: at.file, line: include.line, flag };
	const start = at.chain.findIndex((link) => link.file === target.relPath);
	if (start >= 0) {
		const cycle = describeCycle([...at.chain.slice(start), edge]);
		report(c, cycle.file, cycle.diagnostic);
		return;
	}
	await visit(c, target.relPath, {
		file: target.relPath,
		openedAs: includedAs,
		constraints: at.constraints || include.kind === "constraint",
		chain: [...at.chain, edge],
	});
}
