// `compat`: a `[[compat]]` rule whose `when` holds in a project and whose `require` the project breaks,
// by a locked or pinned version outside it or a declared range admitting versions outside it.
import { matchCompatWhen } from "../compat-match.js";
import {
	admits,
	findEscape,
	findExactVersion,
	listLockedEntries,
	parseLockedVersion,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";
import { suggestRequirement } from "../suggest-requirement.js";
// A range that admits nothing is `conflict`'s finding; any version named here would be invented.
import { admitsNothing } from "./unsatisfiable.js";

export function checkCompat(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("compat");
	for (const rule of context.policy.compat) {
		const require = context.parseSpecifier(rule.require.specifier);
		if (require === null) continue;
		const name = rule.require.name;
		for (const project of context.projects) {
			const evidence = matchCompatWhen(context, project, rule);
			if (evidence === null) continue;
			// e.g. "which the policy requires with mcp>=1.13,<2 (requirements.txt:2 pins mcp 1.23.3): <reason>"
			const because = `which the policy requires with ${rule.when.text} (${evidence})${rule.reason === null ? "" : `: ${rule.reason}`}`;
			for (const entry of listLockedEntries(project)) {
				const version = entry.name === name ? parseLockedVersion(entry) : null;
				if (
					version === null ||
					admits(require, version) ||
					!context.reportsOnLock(project, entry.file)
				)
					continue;
				findings.push({
					rule: "compat",
					severity,
					project: project.path,
					package: name,
					file: entry.file,
					line: entry.line,
					message: `the lock holds \`${name}\` ${version.text}, outside \`${rule.require.specifier}\`, ${because}.`,
					counterexample: version.text,
					facts: {
						fix: `Constrain \`${rule.require.text}\` in the manifest and re-lock.`,
						entry,
					},
				});
			}
			for (const requirement of project.requirements) {
				if (
					requirement.name !== name ||
					requirement.group === "build" ||
					requirement.url !== null
				)
					continue;
				const declared = context.parseSpecifier(requirement.specifier);
				if (declared === null || admitsNothing(declared)) continue;
				const pinned = findExactVersion(declared);
				const outside =
					pinned === null
						? findEscape(declared, require)
						: admits(require, pinned)
							? null
							: pinned.text;
				if (outside === null) continue;
				// Also meets the line's pin level (an exact pin in a requirements file) and `allowed`.
				const suggestion = suggestRequirement(context, project, requirement);
				const written =
					pinned !== null
						? `is pinned to ${pinned.text}`
						: requirement.specifier === ""
							? `has no version constraint and admits ${outside}`
							: `\`${requirement.specifier}\` admits ${outside}`;
				findings.push({
					rule: "compat",
					severity,
					project: project.path,
					package: name,
					file: requirement.file,
					line: requirement.line,
					message: `\`${name}\` ${written}, outside \`${rule.require.specifier}\`, ${because}.`,
					counterexample: outside,
					...(suggestion === null ? {} : { suggestion: suggestion.line }),
					facts: {
						fix:
							suggestion === null
								? `Constrain it to \`${rule.require.specifier}\`.`
								: `Write \`${suggestion.line}\`.`,
						also: `it breaks the policy's \`${rule.require.text}\` with ${rule.when.text}`,
						requirement,
						...(suggestion === null
							? {}
							: { replacement: suggestion.specifier }),
					},
				});
			}
		}
	}
	return findings;
}
