// Rule `soak` under `[[exceptions]]`, like every other rule. Its findings come from a comparison with the base
// (src/compare/add-soak-findings.ts), after the tree's own evaluation, so the waiver is applied there. In an audit
// of one tree no soak finding can arise, so `exception-unused` judges a soak exception by its scope instead: it is
// in use when some non-canary project (its `project` glob) has the package (its `package`) in a file (its `file`
// glob), which is where a soak finding would land; a scope that matches nothing is a typo, reported as one.
import type { Finding, Project } from "../model/types.js";
import { isSuppressedBy } from "./exception-match.js";
import { matchesGlob } from "./glob-match.js";
import { listActiveExceptions } from "./rules/exception-expired.js";
import type { Policy, PolicyException } from "./schema.js";

/** The soak findings no active exception waives. */
export function waiveSoakFindings(
	findings: readonly Finding[],
	policy: Policy,
	today: Date,
): Finding[] {
	const active = listActiveExceptions(policy.exceptions, today).filter(
		(e) => e.rule === "soak",
	);
	return findings.filter((f) => !active.some((e) => isSuppressedBy(f, e)));
}

/** Whether a `soak` exception covers a place a soak finding could be reported (see above). */
export function soakExceptionInScope(
	exception: PolicyException,
	projects: readonly Project[],
	canaryGlobs: readonly string[],
): boolean {
	if (exception.rule !== "soak") return false;
	const canary = (path: string) =>
		canaryGlobs.some((glob) => matchesGlob(path, glob));
	return projects.some(
		(project) =>
			!canary(project.path) &&
			[...project.requirements, ...project.locked].some((entry) =>
				isSuppressedBy(
					{
						rule: "soak",
						severity: "warning",
						project: project.path,
						package: entry.name,
						file: entry.file,
						line: entry.line,
						message: "",
					},
					exception,
				),
			),
	);
}
