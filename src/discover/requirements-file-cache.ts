// Each requirements file read, decoded (pip's auto_decode: requirements/decode-requirements.ts) and parsed
// once, whatever number of install sets include it.
import { join } from "node:path";
import type { Diagnostic } from "../model/types.js";
import { decodeRequirementsBytes } from "../parse/requirements/decode-requirements.js";
import {
	parseRequirementsTxt,
	type RequirementsFile,
} from "../parse/requirements-txt.js";
import { type CompiledHeader, readCompiledHeader } from "./compiled-header.js";
import { readFileBytes } from "./read-text-file.js";

export type ParsedRequirementsFile =
	| {
			ok: true;
			value: RequirementsFile;
			diagnostics: Diagnostic[];
			header: CompiledHeader | null;
	  }
	| { ok: false; diagnostic: Diagnostic };

/** `load(relPath, realPath)`: relPath is the name findings use; realPath where the bytes are (a link's target). */
export function createRequirementsFileCache(
	rootReal: string,
	env: Readonly<Record<string, string | undefined>>,
): (relPath: string, realPath: string) => Promise<ParsedRequirementsFile> {
	const parsed = new Map<string, Promise<ParsedRequirementsFile>>();
	return (relPath, realPath) => {
		const key = `${relPath}\0${realPath}`;
		let entry = parsed.get(key);
		if (!entry) {
			entry = readAndParse(join(rootReal, realPath), relPath, env);
			parsed.set(key, entry);
		}
		return entry;
	};
}

async function readAndParse(
	absPath: string,
	relPath: string,
	env: Readonly<Record<string, string | undefined>>,
): Promise<ParsedRequirementsFile> {
	const read = await readFileBytes(absPath);
	if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
	const decoded = decodeRequirementsBytes(read.bytes);
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
	const result = parseRequirementsTxt(decoded.text, relPath, { env });
	return {
		ok: true,
		value: result.value,
		diagnostics: result.diagnostics,
		header: readCompiledHeader(decoded.text),
	};
}
