// Which findings an `[[exceptions]]` entry waives: the same rule, and each of `package`, `project` (a glob on the
// project path) and `file` (a glob on the file path) that it sets.
import type { Finding } from "../model/types.js";
import { matchesGlob } from "./glob-match.js";
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
		(finding.project === null ||
			!matchesGlob(finding.project, exception.project))
	) {
		return false;
	}
	return (
		exception.file === null ||
		(finding.file !== null && matchesGlob(finding.file, exception.file))
	);
}
