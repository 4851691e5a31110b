import type { Finding } from "../model/types.js";
import { type LineFix, planLineFix } from "./line-fix.js";

/** Reads a file of the audited tree by its report path; null when it cannot be read. */
export type ReadReportFile = (file: string) => Promise<string | null>;

/**
 * The whole-line fix of every finding that suggests one (index-aligned with `findings`), reading each file once.
 * Paths that could leave the audited tree are never read.
 */
export async function collectLineFixes(
	findings: readonly Finding[],
	read: ReadReportFile,
): Promise<(LineFix | null)[]> {
	const files = new Map<string, Promise<string[] | null>>();
	const linesOf = (file: string) => {
		let lines = files.get(file);
		if (!lines) {
			lines = read(file).then((text) =>
				text === null ? null : text.split(/\r?\n/),
			);
			files.set(file, lines);
		}
		return lines;
	};
	return Promise.all(
		findings.map(async (f) => {
			if (!f.suggestion || !f.file || !f.line || !isInsideTree(f.file))
				return null;
			const lines = await linesOf(f.file);
			return lines === null ? null : planLineFix(f, lines);
		}),
	);
}

/** A relative POSIX path with no `..` segment. */
export function isInsideTree(file: string): boolean {
	return (
		!file.startsWith("/") &&
		!/^[A-Za-z]:/.test(file) &&
		!file.split(/[\\/]/).includes("..")
	);
}
