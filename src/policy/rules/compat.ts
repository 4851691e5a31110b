// `compat`: a `[[compat]]` rule whose `when` holds in an install set and whose `require` that set breaks, by a
// locked or pinned version outside it or a declared range admitting versions outside it. Judged per install set
// (install-sets.ts): `mcp` pinned by a server's requirements.txt says nothing about the `httpx` a CI job's
// requirements file next to it installs.
import type { Project } from "../../model/types.js";
import type { SpecifierSet } from "../../pep440/specifier-set.js";
import { matchCompatWhen } from "../compat-match.js";
import {
	describeConstraints,
	describeEffectiveRange,
	findEffectiveRange,
	listResolutionViews,
	type ResolutionView,
} from "../install-sets.js";
import { isConstraint } from "../requirement-scope.js";
import {
	admits,
	findEscape,
	findExactVersion,
	listLockedEntries,
	parseLockedVersion,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";
import type { CompatRule } from "../schema.js";
import { suggestRequirement } from "../suggest-requirement.js";
// A range that admits nothing is `conflict`'s finding; any version named here would be invented.
import { admitsNothing } from "./unsatisfiable.js";

/** One `[[compat]]` rule that holds in one install set of a project. */
interface Breach {
	context: RuleContext;
	project: Project;
	rule: CompatRule;
	require: SpecifierSet;
	/** e.g. "which the policy requires with mcp>=1.13,<2 (requirements.txt:2 pins mcp 1.23.3): <reason>" */
	because: string;
	severity: RuleFinding["severity"];
}

export function checkCompat(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("compat");
	for (const [index, rule] of context.policy.compat.entries()) {
		const require = context.parseSpecifier(rule.require.specifier);
		if (require === null) continue;
		for (const project of context.projects) {
			// A line two install sets share (a `-r` include) is reported once, with the first set's evidence.
			const reported = new Set<string>();
			for (const view of listResolutionViews(project)) {
				const evidence = matchCompatWhen(context, project, rule, view.files);
				if (evidence === null) continue;
				const because = `which the policy requires with ${rule.when.text} (${evidence})${rule.reason === null ? "" : `: ${rule.reason}`}`;
				const breach = {
					context,
					project,
					rule,
					require,
					because,
					severity,
				};
				for (const finding of [
					...checkLocked(breach, view),
					...checkDeclared(breach, view),
				]) {
					const key = `${index}\0${finding.file}:${finding.line}`;
					if (reported.has(key)) continue;
					reported.add(key);
					findings.push(finding);
				}
			}
		}
	}
	return findings;
}

/** The set's locks holding the package outside `require`. */
function checkLocked(breach: Breach, view: ResolutionView): RuleFinding[] {
	const { context, project, rule, require } = breach;
	const name = rule.require.name;
	const findings: RuleFinding[] = [];
	for (const entry of listLockedEntries(project)) {
		if (entry.name !== name || !view.files.has(entry.file)) continue;
		const version = parseLockedVersion(entry);
		if (
			version === null ||
			admits(require, version) ||
			!context.reportsOnLock(project, entry.file)
		)
			continue;
		findings.push({
			rule: "compat",
			severity: breach.severity,
			project: project.path,
			package: name,
			file: entry.file,
			line: entry.line,
			message: `the lock holds \`${name}\` ${version.text}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
			counterexample: version.text,
			facts: {
				fix: `Constrain \`${rule.require.text}\` in the manifest and re-lock.`,
				entry,
			},
		});
	}
	return findings;
}

/** The set's requirements on the package that pin it outside `require` or admit versions outside it. */
function checkDeclared(breach: Breach, view: ResolutionView): RuleFinding[] {
	const { context, project, rule, require } = breach;
	const name = rule.require.name;
	const findings: RuleFinding[] = [];
	for (const requirement of project.requirements) {
		if (
			requirement.name !== name ||
			!view.files.has(requirement.file) ||
			requirement.group === "build" ||
			requirement.url !== null
		)
			continue;
		// Constraints count: a line is judged with the -c bounds its install sets put on it. A constraint line
		// installs nothing: only a pin of its own is judged (the line it bounds is judged with its range).
		const effective = isConstraint(requirement)
			? { specifier: requirement.specifier, constraints: [] }
			: findEffectiveRange(project, requirement);
		const declared = context.parseSpecifier(effective.specifier);
		if (declared === null || admitsNothing(declared)) continue;
		const pinned = findExactVersion(declared);
		if (pinned === null && isConstraint(requirement)) continue;
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
				? `is pinned to ${pinned.text}${describeConstraints(effective.constraints)}`
				: effective.specifier === ""
					? `has no version constraint and admits ${outside}`
					: `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
		findings.push({
			rule: "compat",
			severity: breach.severity,
			project: project.path,
			package: name,
			file: requirement.file,
			line: requirement.line,
			message: `\`${name}\` ${written}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
			counterexample: outside,
			...(suggestion === null ? {} : { suggestion: suggestion.line }),
			facts: {
				fix:
					suggestion === null
						? `Constrain it to \`${rule.require.specifier}\`.`
						: `Write \`${suggestion.line}\`.`,
				also: `it breaks the policy's \`${rule.require.text}\` with ${rule.when.text}`,
				requirement,
				...(suggestion === null ? {} : { replacement: suggestion.specifier }),
			},
		});
	}
	return findings;
}
