import { join } from "node:path";
import { readFile, stat } from "../async-fs.js";
import type { Report } from "../model/report.js";
import { collectLineFixes } from "./collect-line-fixes.js";
import type { LineFix } from "./line-fix.js";

/** A file larger than this is not read for fixes (a requirements file or manifest is far smaller). */
const MAX_FIX_FILE_BYTES = 4 * 1024 * 1024;

/** The whole-line fixes of a report whose files are under `dir` (index-aligned with its findings). */
export function readFixesFromTree(
	report: Report,
	dir: string,
): Promise<(LineFix | null)[]> {
	return collectLineFixes(report.findings, (file) =>
		readSmallFile(join(dir, file)),
	);
}

async function readSmallFile(path: string): Promise<string | null> {
	try {
		const info = await stat(path);
		if (!info.isFile() || info.size > MAX_FIX_FILE_BYTES) return null;
		return await readFile(path, "utf8");
	} catch {
		return null;
	}
}
