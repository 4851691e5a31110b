// `banned`: a pinned or locked version inside a `packages.<name>.banned` set (the rule's severity), or a
// declared range that still admits one (one step milder: a resolver may or may not pick it).
import { intersect, isEmpty } from "../../pep440/specifier-set.js";
import {
	admits,
	findExactVersion,
	findWitness,
	listLocalPackages,
	listLockedEntries,
	parseLockedVersion,
	type RuleContext,
	type RuleFinding,
	safely,
	soften,
} from "../rule-context.js";
import { suggestRequirement } from "../suggest-requirement.js";
// A range that admits nothing is `conflict`'s finding; any version named here would be invented.
import { admitsNothing } from "./unsatisfiable.js";

export function checkBanned(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("banned");
	const bannedSets = (name: string) =>
		(context.policy.packages[name]?.banned ?? []).flatMap((text) => {
			const set = context.parseSpecifier(text);
			return set === null ? [] : [{ text, set }];
		});
	const why = (name: string): string => {
		const reason = context.policy.packages[name]?.reason;
		return reason === undefined ? "" : `: ${reason}`;
	};
	for (const project of context.projects) {
		// Workspace members and path dependencies resolve to the repository's own code, not to a release.
		const local = listLocalPackages(project);
		for (const requirement of project.requirements) {
			if (local.has(requirement.name)) continue;
			const banned = bannedSets(requirement.name);
			if (banned.length === 0 || requirement.url !== null) continue;
			const declared = context.parseSpecifier(requirement.specifier);
			if (declared === null || admitsNothing(declared)) continue;
			const pinned = findExactVersion(declared);
			const suggestion = suggestRequirement(context, project, requirement);
			for (const { text, set } of banned) {
				const base = {
					rule: "banned",
					project: project.path,
					package: requirement.name,
					file: requirement.file,
					line: requirement.line,
					...(suggestion === null ? {} : { suggestion: suggestion.line }),
				};
				const facts = (fallback: string) => ({
					fix: suggestion === null ? fallback : `Write \`${suggestion.line}\`.`,
					also:
						pinned === null
							? `it admits versions banned by \`${text}\``
							: `${pinned.text} is banned (\`${text}\`)`,
					requirement,
					...(suggestion === null ? {} : { replacement: suggestion.specifier }),
				});
				if (pinned !== null) {
					if (!admits(set, pinned)) continue;
					findings.push({
						...base,
						severity,
						message: `\`${requirement.name}\` is pinned to ${pinned.text}, which the policy bans (packages.${requirement.name}.banned: \`${text}\`)${why(requirement.name)}.`,
						counterexample: pinned.text,
						facts: facts("Pin another version."),
					});
					continue;
				}
				const overlap = safely(() => intersect(declared.set, set.set), null);
				if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
				const witness = findWitness(overlap);
				const written =
					requirement.specifier === ""
						? "with no version constraint"
						: `\`${requirement.specifier}\``;
				findings.push({
					...base,
					severity: soften(severity),
					message: `\`${requirement.name}\` ${written} still admits ${witness ?? "versions"} banned by \`${text}\`, and a resolver may pick it${why(requirement.name)}.`,
					...(witness === null ? {} : { counterexample: witness }),
					facts: facts(
						"Exclude it (e.g. add `!=` clauses or narrow the range).",
					),
				});
			}
		}
		for (const entry of listLockedEntries(project)) {
			const banned = bannedSets(entry.name);
			const version = parseLockedVersion(entry);
			if (
				banned.length === 0 ||
				version === null ||
				!context.reportsOnLock(project, entry.file)
			)
				continue;
			for (const { text } of banned.filter(({ set }) => admits(set, version))) {
				findings.push({
					rule: "banned",
					severity,
					project: project.path,
					package: entry.name,
					file: entry.file,
					line: entry.line,
					message: `the lock holds \`${entry.name}\` ${version.text}, which the policy bans (\`${text}\`)${why(entry.name)}.`,
					counterexample: version.text,
					facts: { fix: "Exclude it in the manifest and re-lock.", entry },
				});
			}
		}
	}
	return findings;
}
