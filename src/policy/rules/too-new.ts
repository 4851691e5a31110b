// `too-new`: a pinned or locked release uploaded less than the policy's cooldown ago (the soak operators give
// a release before production; Renovate's minimumReleaseAge, Dependabot's cooldown), or after the project's
// own `[tool.uv] exclude-newer`, which uv itself would refuse to resolve.
import type { Finding } from "../../model/types.js";
import { formatDuration, formatUtc, parseExcludeNewer } from "../cooldown.js";
import {
	describeRelease,
	listInstalledReleases,
	lookupRelease,
} from "../installed-releases.js";
import type { RuleContext, RuleFinding } from "../rule-context.js";

export function checkTooNew(context: RuleContext): RuleFinding[] {
	// Offline, or nothing to look up: no release has facts (and no project's list need be built).
	if (context.index.releases.size === 0) return [];
	const findings: Finding[] = [];
	const severity = context.severityOf("too-new");
	const now = context.today.getTime();
	for (const project of context.projects) {
		const excludeNewer =
			project.excludeNewer == null
				? null
				: parseExcludeNewer(project.excludeNewer);
		for (const release of listInstalledReleases(context, project)) {
			const found = lookupRelease(context, project, release);
			if (!found?.lookup.ok || found.lookup.value?.uploadTime == null) continue;
			const uploaded = new Date(found.lookup.value.uploadTime);
			if (Number.isNaN(uploaded.getTime())) continue;
			const base = {
				rule: "too-new",
				severity,
				project: project.path,
				package: release.name,
				file: release.file,
				line: release.line,
			};
			if (excludeNewer !== null && uploaded > excludeNewer) {
				findings.push({
					...base,
					message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, after the project's \`[tool.uv] exclude-newer = "${project.excludeNewer}"\`: uv would not resolve it. It is allowed once exclude-newer is moved past ${formatUtc(uploaded)}; otherwise pin an older release.`,
				});
				continue;
			}
			const cooldown =
				context.policy.cooldown.packages[release.name] ??
				context.policy.cooldown.default;
			if (cooldown <= 0) continue;
			const allowedAt = new Date(uploaded.getTime() + cooldown);
			if (allowedAt.getTime() <= now) continue;
			findings.push({
				...base,
				message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, less than the cooldown of ${formatDuration(cooldown)} ago: it becomes allowed at ${formatUtc(allowedAt)}. Until then keep the previous release.`,
			});
		}
	}
	return findings.map((finding) => ({ ...finding, facts: {} }));
}
