// When a `[[compat]]` rule applies to a project: the version of its `when` package the project resolves to.
import type { Project } from "../model/types.js";
import { subset } from "../pep440/specifier-set.js";
import {
	admits,
	findExactVersion,
	formatLocation,
	listLockedVersions,
	type RuleContext,
	safely,
} from "./rule-context.js";
import type { CompatRule } from "./schema.js";

/**
 * Evidence that `rule.when` holds in `project` (e.g. "uv.lock:120 holds mcp 1.23.3"), null when it does not.
 * Locked versions decide when there are any; else exact pins; else a declared specifier inside `when`.
 * With `files` (one install set's, see install-sets.ts), only what those files lock and declare counts: a
 * CI job's tool pins say nothing about the server installed next to them.
 */
export function matchCompatWhen(
	context: RuleContext,
	project: Project,
	rule: CompatRule,
	files?: ReadonlySet<string>,
): string | null {
	const when = context.parseSpecifier(rule.when.specifier);
	if (when === null) return null;
	const name = rule.when.name;
	const inScope = (file: string) => files === undefined || files.has(file);
	const locked = listLockedVersions(project, name, inScope);
	if (locked.length > 0) {
		const match = locked.find(({ version }) => admits(when, version));
		return match === undefined
			? null
			: `${formatLocation(match.entry.file, match.entry.line)} locks ${name} ${match.version.text}`;
	}
	const declared = project.requirements.filter(
		(r) =>
			r.name === name &&
			r.group !== "build" &&
			r.url === null &&
			inScope(r.file),
	);
	const parsed = declared.flatMap((requirement) => {
		const set = context.parseSpecifier(requirement.specifier);
		return set === null || requirement.specifier === ""
			? []
			: [{ requirement, set }];
	});
	const pinned = parsed.flatMap(({ requirement, set }) => {
		const version = findExactVersion(set);
		return version === null ? [] : [{ requirement, version }];
	});
	if (pinned.length > 0) {
		const match = pinned.find(({ version }) => admits(when, version));
		return match === undefined
			? null
			: `${formatLocation(match.requirement.file, match.requirement.line)} pins ${name} ${match.version.text}`;
	}
	const inside = parsed.find(({ set }) =>
		safely(() => subset(set.set, when.set).ok, false),
	);
	return inside === undefined
		? null
		: `${formatLocation(inside.requirement.file, inside.requirement.line)} declares \`${name}${inside.requirement.specifier}\``;
}
