import { stat } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import type { Diagnostic, PipOption, Requirement } from "../model/types.js";
import { decodeRequirementsBytes } from "../parse/requirements/decode-requirements.js";
import {
	parseRequirementsTxt,
	type RequirementsFile,
} from "../parse/requirements-txt.js";
import { type CompiledHeader, readCompiledHeader } from "./compiled-header.js";
import { fsPathView } from "./fs-path-view.js";
import { readFileBytes } from "./read-text-file.js";
import { parentOf, resolvePath } from "./resolve-path.js";

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

interface ChainLink {
	file: string;
	line: number;
	flag: "-r" | "-c";
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
 * refusing anything outside the audited root as `unauditable`, and stopping cycles. Each distinct file is read,
 * decoded (pip's auto_decode) and parsed once.
 */
export function createRequirementsReader(
	rootReal: string,
	env: Readonly<Record<string, string | undefined>>,
	boundaryReal: string = rootReal,
) {
	const parsed = new Map<string, Promise<ParsedFile>>();
	// Includes may reach anywhere inside `boundaryReal` (the repository, when the CLI widens it); paths stay
	// relative to the audited root (`../requirements-mcp.txt` above it).
	const view = fsPathView(boundaryReal);
	const prefix = relative(boundaryReal, rootReal).split(sep).join("/");
	const toRoot = (path: string) =>
		prefix === "" ? path : posix.relative(prefix, path) || ".";

	type ParsedFile =
		| {
				ok: true;
				value: RequirementsFile;
				diagnostics: Diagnostic[];
				header: CompiledHeader | null;
		  }
		| { ok: false; diagnostic: Diagnostic };

	// relPath: the name findings use; realPath: where the bytes are (differs for a discovered link).
	function load(relPath: string, realPath: string): Promise<ParsedFile> {
		const key = `${relPath}\0${realPath}`;
		let entry = parsed.get(key);
		if (!entry) {
			entry = readFileBytes(join(rootReal, realPath)).then(
				(read): ParsedFile => {
					if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
					const decoded = decodeRequirementsBytes(read.bytes);
					if (!decoded.ok)
						return {
							ok: false,
							diagnostic: {
								severity: "error",
								line: decoded.line,
								message: decoded.message,
								...(decoded.unauditable
									? { rule: "unauditable" as const }
									: {}),
							},
						};
					const result = parseRequirementsTxt(decoded.text, relPath, { env });
					return {
						ok: true,
						value: result.value,
						diagnostics: result.diagnostics,
						header: readCompiledHeader(decoded.text),
					};
				},
			);
			parsed.set(key, entry);
		}
		return entry;
	}

	async function resolveFile(
		relPath: string,
		asConstraints: boolean,
	): Promise<ResolvedRequirements> {
		const out: ResolvedRequirements = {
			requirements: [],
			options: [],
			diagnostics: new Map(),
			files: [],
		};
		const report = (file: string, diagnostic: Diagnostic) => {
			const list = out.diagnostics.get(file) ?? [];
			list.push(diagnostic);
			out.diagnostics.set(file, list);
		};
		const seen = new Set<string>();

		// chain: the files being read, outermost first, each with the line of its include that leads on.
		// file: where it physically is; openedAs: the path pip opens it by, which its includes are relative to.
		async function visit(
			file: string,
			realPath: string,
			openedAs: string,
			constraints: boolean,
			chain: readonly ChainLink[],
		): Promise<void> {
			const firstVisit = !seen.has(file);
			seen.add(file);
			if (firstVisit) out.files.push(file);
			const result = await load(file, realPath);
			if (!result.ok) {
				if (firstVisit) report(file, result.diagnostic);
				return;
			}
			if (firstVisit) for (const d of result.diagnostics) report(file, d);
			for (const requirement of result.value.requirements) {
				out.requirements.push(
					constraints
						? { ...requirement, group: "constraints-file" }
						: requirement,
				);
			}
			out.options.push(...result.value.options);
			for (const include of result.value.includes) {
				const flag = include.kind === "constraint" ? "-c" : ("-r" as const);
				if (/^(https?|file):/i.test(include.target)) {
					report(file, {
						severity: "error",
						line: include.line,
						rule: "unauditable",
						message: `${flag} ${include.target}: pip fetches this requirements file and pin-audit does not, so what it installs was not audited; vendor the file into the repository and include it by path`,
					});
					continue;
				}
				// pip: os.path.join(os.path.dirname(parent), target), resolved by the OS when it opens it.
				const includedAs = include.target.startsWith("/")
					? include.target
					: `${parentOf(openedAs) || "."}/${include.target}`;
				const target = await locate(includedAs);
				if (!target.ok) {
					report(file, {
						severity: "error",
						line: include.line,
						message: `${flag} ${include.target}: ${target.reason}`,
						...(target.unauditable ? { rule: "unauditable" as const } : {}),
					});
					continue;
				}
				const start = chain.findIndex((link) => link.file === target.relPath);
				if (start >= 0) {
					reportCycle(
						[...chain.slice(start), { file, line: include.line, flag }],
						report,
					);
					continue;
				}
				await visit(
					target.relPath,
					target.relPath,
					includedAs,
					constraints || include.kind === "constraint",
					[...chain, { file, line: include.line, flag }],
				);
			}
		}

		const start = await locate(relPath);
		if (!start.ok) {
			out.files.push(relPath);
			report(relPath, {
				severity: "error",
				line: null,
				message: start.reason,
				...(start.unauditable ? { rule: "unauditable" as const } : {}),
			});
			return out;
		}
		await visit(relPath, start.relPath, relPath, asConstraints, []);
		return out;
	}

	/**
	 * pip would recurse forever. The cycle is reported once, on the include that leaves its first file in path
	 * order, so that reading it from any of its files gives the same finding.
	 */
	function reportCycle(
		edges: readonly ChainLink[],
		report: (file: string, diagnostic: Diagnostic) => void,
	): void {
		let first = 0;
		edges.forEach((edge, i) => {
			const best = edges[first] as ChainLink;
			if (
				edge.file < best.file ||
				(edge.file === best.file && edge.line < best.line)
			)
				first = i;
		});
		const rotated = [...edges.slice(first), ...edges.slice(0, first)];
		const names = [
			...rotated.map((e) => e.file),
			(rotated[0] as ChainLink).file,
		].join(" -> ");
		const at = rotated[0] as ChainLink;
		report(at.file, {
			severity: "error",
			line: at.line,
			message: `${at.flag} include cycle: ${names}`,
		});
	}

	type Located =
		| { ok: true; relPath: string }
		| { ok: false; reason: string; unauditable: boolean };

	/** `path` (root-relative, as pip opens it) resolved like the OS, or why not. */
	async function locate(path: string): Promise<Located> {
		const resolved = await resolvePath(view, prefix, path);
		if (resolved.ok) {
			if (resolved.kind === "file")
				return { ok: true, relPath: toRoot(resolved.path) };
			return {
				ok: false,
				reason: `'${resolved.path}' is not a file`,
				unauditable: false,
			};
		}
		// pip fails on a missing file too; anything else pip reads and the audit cannot.
		if (resolved.reason === "missing")
			return {
				ok: false,
				reason: `no such file (${resolved.message})`,
				unauditable: false,
			};
		return {
			ok: false,
			reason: `${resolved.message}; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of ${[".git", "node_modules"].join(" and ")}`,
			unauditable: true,
		};
	}

	async function header(relPath: string): Promise<CompiledHeader | null> {
		const located = await locate(relPath);
		if (!located.ok) return null;
		const result = await load(relPath, located.relPath);
		return result.ok ? result.header : null;
	}

	async function exists(relPath: string): Promise<boolean> {
		const located = await locate(relPath);
		if (!located.ok) return false;
		return stat(join(rootReal, located.relPath)).then(
			(info) => info.isFile(),
			() => false,
		);
	}

	return { resolve: resolveFile, header, exists } satisfies RequirementsReader;
}
