// Which findings an `[[exceptions]]` entry waives: the same rule, and each of `package`, `project` (a glob on the
// project path) and `file` (a glob on the file path) that it sets.
import picomatch from "picomatch";
import type { Finding } from "../model/types.js";
import type { PolicyException } from "./schema.js";

export function isSuppressedBy(
	finding: Finding,
	exception: PolicyException,
): boolean {
	if (exception.rule !== finding.rule) return false;
	if (exception.package !== null && exception.package !== finding.package)
		return false;
	if (
		exception.project !== null &&
		(finding.project === null || !matchGlob(finding.project, exception.project))
	) {
		return false;
	}
	return (
		exception.file === null ||
		(finding.file !== null && matchGlob(finding.file, exception.file))
	);
}

function matchGlob(path: string, glob: string): boolean {
	return picomatch.isMatch(path, glob, { dot: true });
}
