import { realpath } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { Diagnostic, PipOption, Requirement } from "../model/types.js";
import {
	parseRequirementsTxt,
	type RequirementsFile,
} from "../parse/requirements-txt.js";
import { isInside } from "./discover-files.js";
import { readTextFile } from "./read-text-file.js";

/** One requirements file with everything it pulls in through -r and -c, each entry where it physically is. */
export interface ResolvedRequirements {
	requirements: Requirement[];
	options: PipOption[];
	/** Diagnostics per root-relative file (the including file for include problems). */
	diagnostics: Map<string, Diagnostic[]>;
	/** Root-relative paths of every file read, the starting one first. */
	files: string[];
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
}

/**
 * Reads requirements files and follows their includes like pip (relative to the including file), refusing
 * anything outside `boundaryReal` (the audited root unless the caller widens it to the repository) and
 * stopping cycles. Paths stay relative to the audited root (`../shared.txt` above it). Each distinct file is
 * read and parsed once.
 */
export function createRequirementsReader(
	rootReal: string,
	env: Readonly<Record<string, string | undefined>>,
	boundaryReal: string = rootReal,
) {
	const parsed = new Map<string, Promise<ParsedFile>>();

	type ParsedFile =
		| { ok: true; value: RequirementsFile; diagnostics: Diagnostic[] }
		| { ok: false; diagnostic: Diagnostic };

	function load(relPath: string): Promise<ParsedFile> {
		let entry = parsed.get(relPath);
		if (!entry) {
			entry = readTextFile(join(rootReal, relPath)).then((read): ParsedFile => {
				if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
				const result = parseRequirementsTxt(read.text, relPath, { env });
				return {
					ok: true,
					value: result.value,
					diagnostics: result.diagnostics,
				};
			});
			parsed.set(relPath, entry);
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
		async function visit(
			file: string,
			constraints: boolean,
			chain: readonly ChainLink[],
		): Promise<void> {
			const firstVisit = !seen.has(file);
			seen.add(file);
			if (firstVisit) out.files.push(file);
			const result = await load(file);
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
				if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include.target)) {
					report(file, {
						severity: "warning",
						line: include.line,
						message: `${flag} ${include.target}: remote requirements files are not fetched; their requirements were not audited`,
					});
					continue;
				}
				const target = await locate(file, include.target);
				if (!target.ok) {
					report(file, {
						severity: "error",
						line: include.line,
						message: `${flag} ${include.target}: ${target.reason}`,
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
					constraints || include.kind === "constraint",
					[...chain, { file, line: include.line, flag }],
				);
			}
		}

		await visit(relPath, asConstraints, []);
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

	type Located = { ok: true; relPath: string } | { ok: false; reason: string };

	async function locate(fromRel: string, target: string): Promise<Located> {
		// pip: a relative include is relative to the directory of the file that includes it.
		const candidate = resolve(join(rootReal, dirname(fromRel)), target);
		if (!isInside(boundaryReal, candidate))
			return {
				ok: false,
				reason: `refused: the file is outside the ${boundaryReal === rootReal ? "audited root" : "repository"}`,
			};
		let real: string;
		try {
			real = await realpath(candidate);
		} catch {
			return { ok: false, reason: "no such file" };
		}
		if (!isInside(boundaryReal, real)) {
			return {
				ok: false,
				reason: `refused: the file is a link to outside the ${boundaryReal === rootReal ? "audited root" : "repository"}`,
			};
		}
		return {
			ok: true,
			relPath: relative(rootReal, real).split("\\").join("/"),
		};
	}

	return { resolve: resolveFile } satisfies RequirementsReader;
}
