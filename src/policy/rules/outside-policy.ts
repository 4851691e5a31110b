// `outside-policy`: a declared specifier admitting versions `packages.<name>.allowed` does not, or a pinned
// or locked version outside it.

import { append } from "../../model/append.js";
import type { Project } from "../../model/types.js";
import { describeEffectiveRange, findEffectiveRange } from "../install-sets.js";
import {
	admits,
	findEscape,
	findExactVersion,
	listLocalPackages,
	listLockedEntries,
	parseLockedVersion,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";
import { suggestRequirement } from "../suggest-requirement.js";
// A range that admits nothing is `conflict`'s finding; any version named here would be invented.
import { admitsNothing } from "./unsatisfiable.js";

export function checkOutsidePolicy(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("outside-policy");
	for (const project of context.projects) {
		// Workspace members and path dependencies resolve to the repository's own code, not to a release.
		const local = listLocalPackages(project);
		for (const requirement of project.requirements) {
			if (local.has(requirement.name)) continue;
			const settings = context.policy.packages[requirement.name];
			if (settings?.allowed === undefined || requirement.url !== null) continue;
			// A constraint installs nothing: the requirement it bounds is judged with it (findEffectiveRange).
			if (
				requirement.group === "constraints-file" ||
				requirement.group === "constraint"
			)
				continue;
			const allowed = context.parseSpecifier(settings.allowed);
			// Constraints count: the range installed is the specifier within every -c bound on it.
			const effective = findEffectiveRange(project, requirement);
			const declared = context.parseSpecifier(effective.specifier);
			if (allowed === null || declared === null || admitsNothing(declared))
				continue;
			const because = explain(requirement.name, settings.allowed);
			const pinned = findExactVersion(declared);
			const outside =
				pinned === null
					? findEscape(declared, allowed)
					: admits(allowed, pinned)
						? null
						: pinned.text;
			if (outside === null) continue;
			const suggestion = suggestRequirement(context, project, requirement);
			const written =
				pinned !== null
					? `is pinned to ${pinned.text}`
					: effective.specifier === ""
						? `with no version constraint admits ${outside}`
						: `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
			findings.push({
				rule: "outside-policy",
				severity,
				project: project.path,
				package: requirement.name,
				file: requirement.file,
				line: requirement.line,
				message: `\`${requirement.name}\` ${written}, ${because}${pinned === null ? ", and a resolver may pick it" : ""}${settings.reason === undefined ? "" : `: ${settings.reason}`}.`,
				counterexample: outside,
				...(suggestion === null ? {} : { suggestion: suggestion.line }),
				facts: {
					fix:
						suggestion === null
							? `Pin a version inside \`${settings.allowed}\`.`
							: `Write \`${suggestion.line}\`.`,
					also: `it is ${explain(requirement.name, settings.allowed)}`,
					requirement,
					...(suggestion === null ? {} : { replacement: suggestion.specifier }),
				},
			});
		}
		append(findings, checkLockedVersions(context, project));
	}
	return findings;
}

/** Locked versions outside `allowed`, reported by the project holding the lock. */
function checkLockedVersions(
	context: RuleContext,
	project: Project,
): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("outside-policy");
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
			message: `the lock holds \`${entry.name}\` ${version.text}, ${explain(entry.name, settings.allowed)}${settings.reason === undefined ? "" : `: ${settings.reason}`}.`,
			counterexample: version.text,
			facts: {
				fix: `Constrain it to \`${settings.allowed}\` in the manifest and re-lock.`,
				entry,
			},
		});
	}
	return findings;
}

/** "outside the policy's `>=4.4,<5` (packages.anyio.allowed)". */
function explain(name: string, allowed: string): string {
	return `outside the policy's \`${allowed}\` (packages.${name}.allowed)`;
}
