// What discovery records: the dependency files it found, and what it says about what it did not read.
import type { FileKind, Severity } from "../model/types.js";

export interface DiscoveredFile {
	/** POSIX path relative to the root. */
	path: string;
	absPath: string;
	kind: FileKind;
}

export interface DiscoveryIssue {
	severity: Severity;
	/** POSIX path relative to the root of the directory or link concerned. */
	path: string;
	message: string;
	/** `unauditable`: something an installer may read that the audit cannot (always an error). */
	rule?: "unauditable";
}
