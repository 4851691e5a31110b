// The SARIF report of an audited directory: the pure renderer, given the lines of the files its fixes edit.

import { dirname, join, relative, resolve, sep } from "node:path";
import { stat } from "./async-fs.js";
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
 * The CLI's audited root relative to the repository's root, which `upload-sarif` resolves SARIF paths against: the
 * nearest directory at or above it holding `.git` (a directory, or the file of a worktree or submodule). Outside
 * a git repository, relative to the directory the CLI runs in; a root outside that gives paths relative to itself.
 */
export async function rootInRepository(
	root: string,
	cwd: string,
): Promise<string> {
	const absolute = resolve(cwd, root);
	for (let dir = absolute; ; dir = dirname(dir)) {
		if (await exists(join(dir, ".git")))
			return toPosix(relative(dir, absolute));
		if (dirname(dir) === dir) break;
	}
	const path = toPosix(relative(cwd, absolute));
	return path === ".." || path.startsWith("../") || /^([A-Za-z]:|\/)/.test(path)
		? ""
		: path;
}

async function exists(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null)) !== null;
}

function toPosix(path: string): string {
	return path.split(sep).join("/");
}
