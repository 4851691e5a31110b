// The SARIF report of an audited directory: the pure renderer, given the lines of the files its fixes edit.
import { join, relative, resolve, sep } from "node:path";
import { readTextFile } from "./discover/read-text-file.js";
import type { Report } from "./model/report.js";
import { renderSarif } from "./report/render-sarif.js";

/**
 * Renders the report as SARIF. `filesDir` holds the audited files (for fixes); `rootInRepository` is the audited
 * directory relative to the repository's root, which SARIF locations are relative to.
 */
export async function renderSarifOfDirectory(
	report: Report,
	filesDir: string,
	rootInRepository: string,
): Promise<string> {
	const files = new Set<string>();
	for (const finding of report.findings)
		if (finding.suggestion && finding.file !== null) files.add(finding.file);
	const lines = new Map<string, string[]>();
	for (const file of [...files].sort()) {
		const read = await readTextFile(join(filesDir, file));
		if (read.ok) lines.set(file, read.text.split(/\r?\n/));
	}
	return renderSarif(report, {
		rootInRepository,
		fileLines: (file) => lines.get(file),
	});
}

/**
 * The CLI's audited root relative to the directory it runs in, which `upload-sarif` takes as the repository's
 * root (run it from there). A root outside that directory gives paths relative to the root itself.
 */
export function rootRelativeTo(root: string, cwd: string): string {
	const path = relative(cwd, resolve(cwd, root)).split(sep).join("/");
	return path === ".." || path.startsWith("../") || /^([A-Za-z]:|\/)/.test(path)
		? ""
		: path;
}
