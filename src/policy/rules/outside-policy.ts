// `outside-policy`: a declared specifier admitting versions `packages.<name>.allowed` does not, or a pinned
// or locked version outside it.
import type { Finding } from "../../model/types.js";
import {
	admits,
	findEscape,
	findExactVersion,
	formatRequirement,
	listLocalPackages,
	listLockedEntries,
	parseLockedVersion,
	type RuleContext,
} from "../rule-context.js";

export function checkOutsidePolicy(context: RuleContext): Finding[] {
	const findings: Finding[] = [];
	const severity = context.severityOf("outside-policy");
	for (const project of context.projects) {
		// Workspace members and path dependencies resolve to the repository's own code, not to a release.
		const local = listLocalPackages(project);
		for (const requirement of project.requirements) {
			if (local.has(requirement.name)) continue;
			const settings = context.policy.packages[requirement.name];
			if (settings?.allowed === undefined || requirement.url !== null) continue;
			const allowed = context.parseSpecifier(settings.allowed);
			const declared = context.parseSpecifier(requirement.specifier);
			if (allowed === null || declared === null) continue;
			const because = explain(
				requirement.name,
				settings.allowed,
				settings.reason,
			);
			const fix = formatRequirement(
				requirement,
				allowed.clauses.map((c) => c.text).join(","),
			);
			const pinned = findExactVersion(declared);
			if (pinned !== null) {
				if (admits(allowed, pinned)) continue;
				findings.push({
					rule: "outside-policy",
					severity,
					project: project.path,
					package: requirement.name,
					file: requirement.file,
					line: requirement.line,
					message: `\`${requirement.name}\` is pinned to ${pinned.text}, which the policy does not allow (${because}). Pin a version inside \`${settings.allowed}\`.`,
					counterexample: pinned.text,
				});
				continue;
			}
			const outside = findEscape(declared, allowed);
			if (outside === null) continue;
			const written =
				requirement.specifier === ""
					? "with no version constraint"
					: `\`${requirement.specifier}\``;
			findings.push({
				rule: "outside-policy",
				severity,
				project: project.path,
				package: requirement.name,
				file: requirement.file,
				line: requirement.line,
				message: `\`${requirement.name}\` ${written} admits ${outside}, which the policy does not allow (${because}); a resolver may pick it. Write \`${fix}\`.`,
				counterexample: outside,
				suggestion: fix,
			});
		}
		for (const entry of listLockedEntries(project)) {
			const settings = context.policy.packages[entry.name];
			if (
				settings?.allowed === undefined ||
				!context.reportsOnLock(project, entry.file)
			)
				continue;
			const allowed = context.parseSpecifier(settings.allowed);
			const version = parseLockedVersion(entry);
			if (allowed === null || version === null || admits(allowed, version))
				continue;
			findings.push({
				rule: "outside-policy",
				severity,
				project: project.path,
				package: entry.name,
				file: entry.file,
				line: entry.line,
				message: `the lock holds \`${entry.name}\` ${version.text}, which the policy does not allow (${explain(entry.name, settings.allowed, settings.reason)}). Constrain it to \`${settings.allowed}\` in the manifest and re-lock.`,
				counterexample: version.text,
			});
		}
	}
	return findings;
}

function explain(
	name: string,
	allowed: string,
	reason: string | undefined,
): string {
	return `packages.${name}.allowed = "${allowed}"${reason === undefined ? "" : `: ${reason}`}`;
}
