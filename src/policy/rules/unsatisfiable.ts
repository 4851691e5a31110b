// `conflict`, one requirement alone: a specifier no version satisfies (`pkg==9.4.0b1,<4.9`,
// `pkg~=27.3,==3.23.27.*`). pip and uv fail on it ("no matching distribution"); the finding names the clauses
// that exclude each other. Other rules say nothing about such a line (see consolidate-findings.ts): any
// version they would name as an example is one the line does not admit either.
import type { Project, Requirement } from "../../model/types.js";
import {
	intersect,
	isEmpty,
	type SpecifierSet,
	type VersionSet,
} from "../../pep440/specifier-set.js";
import {
	formatLocation,
	type RuleContext,
	type RuleFinding,
	safely,
} from "../rule-context.js";

export function checkUnsatisfiable(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("conflict");
	for (const project of context.projects)
		for (const requirement of project.requirements) {
			const clauses = findExcludingClauses(context, requirement);
			if (clauses === null) continue;
			findings.push(describe(project, requirement, clauses, severity));
		}
	return findings;
}

/** Whether the requirement's own specifier admits no version at all. */
export function admitsNothing(set: SpecifierSet | VersionSet): boolean {
	return safely(() => isEmpty(set), false);
}

/** The fewest of the requirement's clauses that together admit nothing; null when it admits a version. */
function findExcludingClauses(
	context: RuleContext,
	requirement: Requirement,
): string[] | null {
	if (requirement.url !== null || requirement.specifier === "") return null;
	const declared = context.parseSpecifier(requirement.specifier);
	if (declared === null || !admitsNothing(declared)) return null;
	const parts = declared.clauses.flatMap((clause) => {
		const parsed = context.parseSpecifier(clause.text);
		return parsed === null ? [] : [{ text: clause.text, set: parsed.set }];
	});
	const emptyTogether = (items: typeof parts) =>
		items.length > 0 &&
		safely(() => {
			let set = (items[0] as (typeof parts)[number]).set;
			for (const item of items.slice(1)) set = intersect(set, item.set);
			return isEmpty(set);
		}, false);
	let kept = [...parts];
	for (const part of parts) {
		const without = kept.filter((p) => p !== part);
		if (emptyTogether(without)) kept = without;
	}
	return kept.map((p) => p.text);
}

function describe(
	project: Project,
	requirement: Requirement,
	clauses: readonly string[],
	severity: RuleFinding["severity"],
): RuleFinding {
	const why =
		clauses.length === 1
			? `\`${clauses[0]}\` admits no version`
			: `${clauses
					.slice(0, -1)
					.map((c) => `\`${c}\``)
					.join(
						", ",
					)} and \`${clauses[clauses.length - 1]}\` exclude each other`;
	const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
	return {
		rule: "conflict",
		severity,
		project: project.path,
		package: requirement.name,
		file: requirement.file,
		line: requirement.line,
		message: `no version of \`${requirement.name}\` satisfies \`${requirement.name}${requirement.specifier}${marker}\` (${formatLocation(requirement.file, requirement.line)}): ${why}, so installing it fails.`,
		facts: {
			fix: "Keep the clauses of the range you mean.",
			requirement,
			unsatisfiable: true,
		},
	};
}
