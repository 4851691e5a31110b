// How much of one file pin-audit reads. Real dependency files have hundreds of entries, pip-compile's largest
// thousands; a 16 MiB file holds 8 million one-letter requirements (or 3 million in a pyproject array), and their
// findings ran the audit out of memory after two or three minutes. Past the limit, the rest of the file is refused
// with an `unauditable` error, so the gate fails saying what it did not read.
import type { Diagnostic } from "../model/types.js";

/** Entries (requirements, options, includes, and invalid entries) read from one file. */
export const MAX_ENTRIES_PER_FILE = 200_000;

/** The one error of a file past the limit, at the first entry not read. */
export function tooManyEntries(
	line: number | null,
	installer: string,
): Diagnostic {
	return {
		severity: "error",
		line,
		rule: "unauditable",
		message: `more than ${MAX_ENTRIES_PER_FILE.toLocaleString("en-US")} requirements in one file: pin-audit stops reading here, so what ${installer} reads from here on was not audited`,
	};
}
