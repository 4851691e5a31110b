// What the policy lets a project use of a package: inside `packages.<name>.allowed` and the `require` of each
// `[[compat]]` rule that applies, outside `banned`. Suggestions and alignments pick only such versions.
import type { Project } from "../model/types.js";
import type { SpecifierSet } from "../pep440/specifier-set.js";
import type { Version } from "../pep440/version.js";
import { matchCompatWhen } from "./compat-match.js";
import { admits, type RuleContext } from "./rule-context.js";

/** Whether the policy lets a project use `version` of `name`: allowed, compat requires, not banned. */
export function isVersionAcceptable(
	context: RuleContext,
	project: Project,
	name: string,
	version: Version,
): boolean {
	return (
		listConstraints(context, project, name).every((set) =>
			admits(set, version),
		) && !listBanned(context, name).some((set) => admits(set, version))
	);
}

/** `packages.<name>.allowed` and the `require` of every `[[compat]]` rule that applies (to what `files` install). */
export function listConstraints(
	context: RuleContext,
	project: Project,
	name: string,
	files?: ReadonlySet<string>,
): SpecifierSet[] {
	const sets: SpecifierSet[] = [];
	const allowed = context.policy.packages[name]?.allowed;
	const parsedAllowed =
		allowed === undefined ? null : context.parseSpecifier(allowed);
	if (parsedAllowed !== null) sets.push(parsedAllowed);
	for (const rule of context.policy.compat) {
		if (rule.require.name !== name) continue;
		const require = context.parseSpecifier(rule.require.specifier);
		if (
			require !== null &&
			matchCompatWhen(context, project, rule, files) !== null
		)
			sets.push(require);
	}
	return sets;
}

export function listBanned(context: RuleContext, name: string): SpecifierSet[] {
	return (context.policy.packages[name]?.banned ?? []).flatMap((text) => {
		const set = context.parseSpecifier(text);
		return set === null ? [] : [set];
	});
}
