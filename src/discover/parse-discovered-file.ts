// Reading and parsing one discovered file: the per-file half of the audit, the same in the main thread and in
// a parse worker (src/parse-worker.ts).

import { append } from "../model/append.js";
import type { Diagnostic, LockedPackage, ParseResult } from "../model/types.js";
import { parsePoetryLock } from "../parse/poetry-lock.js";
import { parsePylock } from "../parse/pylock.js";
import { parsePyproject } from "../parse/pyproject.js";
import { applyUvSources } from "../parse/pyproject-uv.js";
import { parseUvLock, type UvLock } from "../parse/uv-lock.js";
import {
	MIN_LOCK_BYTES_TO_ELIDE,
	parseUvLockBytes,
} from "../parse/uv-lock-bytes.js";
import { isConstraintsFileName } from "./classify-file.js";
import { attachCompiledOutput } from "./compiled-output.js";
import type { DiscoveredFile } from "./discover-files.js";
import { readDynamicDependencies } from "./dynamic-dependencies.js";
import type { ParsedFile } from "./group-projects.js";
import { readPackageSourceSettings } from "./package-source-settings.js";
import { readFileWith } from "./read-file-bytes.js";
import { decodeText, readTextFile } from "./read-text-file.js";
import type { RequirementsReader } from "./resolve-requirements.js";

/** A file's parsed value (null when it could not be read) and the diagnostics per root-relative file. */
export interface FileOutcome {
	parsed: ParsedFile | null;
	diagnostics: [file: string, diagnostics: Diagnostic[]][];
}

export async function parseDiscoveredFile(
	file: DiscoveredFile,
	reader: RequirementsReader,
): Promise<FileOutcome> {
	if (file.kind === "requirements") {
		const resolved = await reader.resolve(
			file.path,
			isConstraintsFileName(file.path),
		);
		await attachCompiledOutput(resolved, file.path, reader);
		return {
			parsed: { file, kind: "requirements", value: resolved },
			diagnostics: [...resolved.diagnostics],
		};
	}
	if (file.kind === "uv-lock") return parseUvLockFile(file);
	const read = await readTextFile(file.absPath);
	if (!read.ok)
		return { parsed: null, diagnostics: [[file.path, [read.diagnostic]]] };
	const text = read.text;
	switch (file.kind) {
		case "pyproject": {
			const result = parsePyproject(text, file.path);
			// Dependencies a build backend computes are read where it reads them (or are unauditable).
			const dynamic = await readDynamicDependencies(
				result.value.document,
				file.path,
				reader,
			);
			// uv lowers what the backend computes with the same [tool.uv.sources] as [project] dependencies.
			append(
				result.value.requirements,
				applyUvSources(
					dynamic.requirements,
					result.value.uv.sources,
					file.path,
				),
			);
			return {
				parsed: {
					file,
					kind: "pyproject",
					value: result.value,
					sources: readPackageSourceSettings(result.value.document, file.path),
				},
				diagnostics: [[file.path, result.diagnostics], ...dynamic.diagnostics],
			};
		}
		case "pylock": {
			const result = parsePylock(text, file.path);
			return {
				parsed: { file, kind: "pylock", value: result.value },
				diagnostics: [[file.path, result.diagnostics]],
			};
		}
		case "poetry-lock": {
			const result = parsePoetryLock(text, file.path);
			return {
				parsed: { file, kind: "poetry-lock", value: result.value },
				diagnostics: [[file.path, result.diagnostics]],
			};
		}
	}
}

/** A uv.lock, read from its bytes where it can be (uv-lock-bytes.ts), else from its whole text. */
async function parseUvLockFile(file: DiscoveredFile): Promise<FileOutcome> {
	const read = await readFileWith(
		file.absPath,
		(bytes): { ok: true; result: ParseResult<UvLock> } | TextFailure => {
			const fromBytes =
				bytes.length >= MIN_LOCK_BYTES_TO_ELIDE
					? parseUvLockBytes(bytes, file.path)
					: null;
			if (fromBytes !== null) return { ok: true, result: fromBytes };
			const text = decodeText(bytes);
			return text.ok
				? { ok: true, result: parseUvLock(text.text, file.path) }
				: text;
		},
	);
	const parsed = read.ok ? read.value : read;
	if (!parsed.ok)
		return { parsed: null, diagnostics: [[file.path, [parsed.diagnostic]]] };
	const { result } = parsed;
	if (result.value !== null) keepEdgesWithExtras(result.value.packages);
	return {
		parsed: { file, kind: "uv-lock", value: result.value },
		diagnostics: [[file.path, result.diagnostics]],
	};
}

type TextFailure = Extract<ReturnType<typeof decodeText>, { ok: false }>;

/**
 * Of a uv.lock's dependency edges (~400k in a 1000-project fleet), the audit reads only the extras they ask of a
 * package (`listRequestedExtras`): the specifier is always "" and rules read recorded dependency specifiers of
 * poetry.lock only. Edges without extras are dropped after parsing so the finished report does not hold them.
 */
function keepEdgesWithExtras(packages: readonly LockedPackage[]): void {
	for (const pkg of packages) {
		if (pkg.dependencies.length === 0) continue;
		if (pkg.dependencies.every((d) => d.extras.length > 0)) continue;
		pkg.dependencies = pkg.dependencies.filter((d) => d.extras.length > 0);
	}
}
