// Each requirements file read, decoded (pip's auto_decode: requirements/decode-requirements.ts) and parsed
// once, whatever number of install sets include it.
import { join } from "node:path";
import { createRecentCache } from "../model/recent-cache.js";
import type { Diagnostic } from "../model/types.js";
import { decodeRequirementsPieces } from "../parse/requirements/decode-pieces.js";
import {
	parseRequirementsTxt,
	type RequirementsFile,
} from "../parse/requirements-txt.js";
import { type CompiledHeader, readCompiledHeader } from "./compiled-header.js";
import { readFileWith } from "./read-file-bytes.js";

export type ParsedRequirementsFile =
	| {
			ok: true;
			value: RequirementsFile;
			diagnostics: Diagnostic[];
			header: CompiledHeader | null;
	  }
	| { ok: false; diagnostic: Diagnostic };

/**
 * How many parsed files are kept, the most recently asked first. A file is asked for again soon when it is asked
 * again at all (the includes of the sets being resolved), and a kept file holds its requirements and the text
 * its header's strings point into: kept without bound, a parse worker's live heap grew by ~10 MB per 100 files
 * of a large fleet, all of it kept to no use.
 */
export const KEPT_FILES = 64;

/** `load(relPath, realPath)`: relPath is the name findings use; realPath where the bytes are (a link's target). */
export function createRequirementsFileCache(
	rootReal: string,
	env: Readonly<Record<string, string | undefined>>,
): (relPath: string, realPath: string) => Promise<ParsedRequirementsFile> {
	const parsed = createRecentCache<string, Promise<ParsedRequirementsFile>>(
		KEPT_FILES,
	);
	return (relPath, realPath) =>
		parsed.get(`${relPath}\0${realPath}`, () =>
			readAndParse(join(rootReal, realPath), relPath, env),
		);
}

async function readAndParse(
	absPath: string,
	relPath: string,
	env: Readonly<Record<string, string | undefined>>,
): Promise<ParsedRequirementsFile> {
	const read = await readFileWith(absPath, decodeRequirementsPieces);
	if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
	const decoded = read.value;
	if (!decoded.ok)
		return {
			ok: false,
			diagnostic: {
				severity: "error",
				line: decoded.line,
				message: decoded.message,
				...(decoded.unauditable ? { rule: "unauditable" as const } : {}),
			},
		};
	const result = parseRequirementsTxt(decoded.pieces, relPath, { env });
	return {
		ok: true,
		value: result.value,
		diagnostics: result.diagnostics,
		header: readCompiledHeader(decoded.pieces),
	};
}
