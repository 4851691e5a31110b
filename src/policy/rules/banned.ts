// `banned`: a pinned or locked version inside a `packages.<name>.banned` set (the rule's severity), or a
// declared range that still admits one (one step milder: a resolver may or may not pick it). A range is judged
// with the constraints its install set applies to it (`-c` files, uv constraint-dependencies).

import { append } from "../../model/append.js";
import type { Project, Requirement } from "../../model/types.js";
import {
	intersect,
	isEmpty,
	type SpecifierSet,
} from "../../pep440/specifier-set.js";
import {
	describeConstraints,
	describeEffectiveRange,
	findEffectiveRange,
} from "../install-sets.js";
import { isConstraint } from "../requirement-scope.js";
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

interface BannedSet {
	text: string;
	set: SpecifierSet;
}

export function checkBanned(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	for (const project of context.projects) {
		// Workspace members and path dependencies resolve to the repository's own code, not to a release.
		const local = listLocalPackages(project);
		for (const requirement of project.requirements)
			if (!local.has(requirement.name))
				append(findings, checkRequirement(context, project, requirement));
		append(findings, checkLocked(context, project));
	}
	return findings;
}

function listBannedSets(context: RuleContext, name: string): BannedSet[] {
	return (context.policy.packages[name]?.banned ?? []).flatMap((text) => {
		const set = context.parseSpecifier(text);
		return set === null ? [] : [{ text, set }];
	});
}

/** ": <the package's reason>", or nothing. */
function explainBan(context: RuleContext, name: string): string {
	const reason = context.policy.packages[name]?.reason;
	return reason === undefined ? "" : `: ${reason}`;
}

/** A pin on a banned version (an error), or a range that still admits one (a warning). */
function checkRequirement(
	context: RuleContext,
	project: Project,
	requirement: Requirement,
): RuleFinding[] {
	const banned = listBannedSets(context, requirement.name);
	if (banned.length === 0 || requirement.url !== null) return [];
	// Constraints count: a line is judged with the -c bounds its install sets put on it. A constraint line
	// installs nothing: only a pin of its own is judged (the line it bounds is judged with its range).
	const effective = isConstraint(requirement)
		? { specifier: requirement.specifier, constraints: [] }
		: findEffectiveRange(project, requirement);
	const declared = context.parseSpecifier(effective.specifier);
	if (declared === null || admitsNothing(declared)) return [];
	const pinned = findExactVersion(declared);
	if (pinned === null && isConstraint(requirement)) return [];
	const suggestion = suggestRequirement(context, project, requirement);
	const severity = context.severityOf("banned");
	const why = explainBan(context, requirement.name);
	const findings: RuleFinding[] = [];
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
				message: `\`${requirement.name}\` is pinned to ${pinned.text}${describeConstraints(effective.constraints)}, which the policy bans (packages.${requirement.name}.banned: \`${text}\`)${why}.`,
				counterexample: pinned.text,
				facts: facts("Pin another version."),
			});
			continue;
		}
		const overlap = safely(() => intersect(declared.set, set.set), null);
		if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
		const witness = findWitness(overlap);
		const written =
			effective.specifier === ""
				? "with no version constraint"
				: describeEffectiveRange(requirement, effective.constraints);
		findings.push({
			...base,
			severity: soften(severity),
			message: `\`${requirement.name}\` ${written} still admits ${witness ?? "versions"} banned by \`${text}\`, and a resolver may pick it${why}.`,
			...(witness === null ? {} : { counterexample: witness }),
			facts: facts("Exclude it (e.g. add `!=` clauses or narrow the range)."),
		});
	}
	return findings;
}

/** Locked versions inside a banned set, reported by the project holding the lock. */
function checkLocked(context: RuleContext, project: Project): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("banned");
	for (const entry of listLockedEntries(project)) {
		const banned = listBannedSets(context, entry.name);
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
				message: `the lock holds \`${entry.name}\` ${version.text}, which the policy bans (\`${text}\`)${explainBan(context, entry.name)}.`,
				counterexample: version.text,
				facts: { fix: "Exclude it in the manifest and re-lock.", entry },
			});
		}
	}
	return findings;
}
