// `unpinned`: a requirement looser than the pin level the policy asks of it.

import { findEffectiveRange, isCompiledInput } from "../install-sets.js";
import {
	findPinLevel,
	findRequiredPinLevel,
	meetsPinLevel,
} from "../pin-level.js";
import {
	formatLocation,
	listLocalPackages,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";
import type { PinLevel } from "../schema.js";
import { suggestRequirement } from "../suggest-requirement.js";

const WHY: Record<PinLevel, string> = {
	exact:
		"only an exact pin (`==X`, or a URL fixed to a commit or hash) installs the same code every time",
	compatible:
		"without `~=X.Y` or `==X.Y.*` a new feature release can be installed unnoticed",
	bounded:
		"without an upper bound the next major release, and its breaking changes, can be installed",
	specified:
		"without any version constraint every release, including a future breaking one, can be installed",
	any: "",
};

const DESCRIBED: Record<PinLevel, string> = {
	exact: "an exact pin",
	compatible: "a compatible-release pin",
	bounded: "an upper bound",
	specified: "a version constraint",
	any: "nothing",
};

export function checkUnpinned(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	for (const project of context.projects) {
		const local = listLocalPackages(project);
		for (const requirement of project.requirements) {
			// The project's own name (`all = ["my-pkg[cli]"]`) is its own code, not a dependency to pin.
			if (
				local.has(requirement.name) ||
				requirement.name === project.name ||
				isCompiledInput(project, requirement)
			)
				continue;
			// Constraints count: `pytest` under `-c constraints.txt` holding `pytest<10` is bounded.
			const effective = findEffectiveRange(project, requirement);
			const set =
				requirement.url === null
					? context.parseSpecifier(effective.specifier)
					: null;
			const actual = findPinLevel(
				{ ...requirement, specifier: effective.specifier },
				set,
			);
			if (actual === null) continue;
			const required = findRequiredPinLevel(
				context.policy,
				project,
				requirement,
			);
			if (meetsPinLevel(actual, required.level)) continue;
			// The project's locked version first: pinning what is installed changes nothing but the pin.
			const suggestion = suggestRequirement(context, project, requirement, {
				preferLocked: true,
			});
			const written =
				requirement.url ??
				(requirement.specifier === ""
					? "no version constraint"
					: requirement.specifier);
			const needs = `${DESCRIBED[required.level]} (${required.key} = "${required.level}")`;
			const constrained =
				effective.constraints.length === 0
					? ""
					: `, even with ${effective.constraints.map((c) => `\`${c.name}${c.specifier}\` (${formatLocation(c.file, c.line)})`).join(" and ")}`;
			findings.push({
				rule: "unpinned",
				severity: context.severityOf("unpinned"),
				project: project.path,
				package: requirement.name,
				file: requirement.file,
				line: requirement.line,
				message: `\`${requirement.name}\` (${written}${constrained}) needs ${needs}: ${WHY[required.level]}.`,
				...(suggestion === null ? {} : { suggestion: suggestion.line }),
				facts: {
					fix:
						suggestion === null
							? "Tighten the requirement."
							: `Write \`${suggestion.line}\`.`,
					also: `it needs ${needs}`,
					requirement,
					...(suggestion === null ? {} : { replacement: suggestion.specifier }),
				},
			});
		}
	}
	return findings;
}
