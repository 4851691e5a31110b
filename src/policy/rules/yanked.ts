// `yanked`: a pinned or locked release the index has yanked (PEP 592). pip and uv still install a yanked
// release that is pinned exactly, which is why a pin is the place this goes unnoticed.
import type { Finding } from "../../model/types.js";
import {
	describeRelease,
	listInstalledReleases,
	lookupRelease,
} from "../installed-releases.js";
import type { RuleContext, RuleFinding } from "../rule-context.js";

export function checkYanked(context: RuleContext): RuleFinding[] {
	// Offline, or nothing to look up: no release has facts (and no project's list need be built).
	if (context.index.releases.size === 0) return [];
	const findings: Finding[] = [];
	const severity = context.severityOf("yanked");
	for (const project of context.projects) {
		for (const release of listInstalledReleases(context, project)) {
			const found = lookupRelease(context, project, release);
			if (!found?.lookup.ok || found.lookup.value === null) continue;
			const facts = found.lookup.value;
			if (!facts.yanked) continue;
			const reason =
				facts.yankedReason === null
					? "no reason given"
					: `reason: "${facts.yankedReason}"`;
			findings.push({
				rule: "yanked",
				severity,
				project: project.path,
				package: release.name,
				file: release.file,
				line: release.line,
				message: `${describeRelease(release)} is yanked on ${found.index} (${reason}). Its maintainers withdrew it: move to another release.`,
			});
		}
	}
	return findings.map((finding) => ({ ...finding, facts: {} }));
}
