// `index-unavailable`: a release the index could not be asked about. Said out loud, so that a failed lookup
// never reads as "not yanked, not too new".
import type { Finding } from "../../model/types.js";
import {
	describeRelease,
	listInstalledReleases,
	lookupRelease,
} from "../installed-releases.js";
import type { RuleContext, RuleFinding } from "../rule-context.js";

export function checkIndexUnavailable(context: RuleContext): RuleFinding[] {
	if (!context.index.online) return [];
	const findings: Finding[] = [];
	const severity = context.severityOf("index-unavailable");
	for (const project of context.projects) {
		for (const release of listInstalledReleases(context, project)) {
			const found = lookupRelease(context, project, release);
			if (found === null || found.lookup.ok) continue;
			findings.push({
				rule: "index-unavailable",
				severity,
				project: project.path,
				package: release.name,
				file: release.file,
				line: release.line,
				message: `could not look up ${describeRelease(release)} on ${found.index}: ${found.lookup.error}. Whether it is yanked or too new, and what it requires, was not checked.`,
			});
		}
	}
	return findings.map((finding) => ({ ...finding, facts: {} }));
}
