// Every version of a package the fleet already runs: what its locks hold and what its lines pin exactly. A
// suggestion prefers one of these (a version some project has shipped), and a fleet of findings asks per finding,
// so the answer for every package is gathered in one pass over the fleet, once per rule context.
import { compareVersions, type Version } from "../pep440/version.js";
import {
	findExactVersion,
	listLockedEntries,
	listLockedVersions,
	type RuleContext,
} from "./rule-context.js";

/** Every version of `name` some project locks or pins exactly, ascending (a new array: callers reverse it). */
export function listFleetVersions(
	context: RuleContext,
	name: string,
): Version[] {
	let byName = fleetVersions.get(context);
	if (byName === undefined) {
		byName = indexFleetVersions(context);
		fleetVersions.set(context, byName);
	}
	const versions = byName.get(name);
	return versions === undefined
		? []
		: [...versions.values()].sort(compareVersions);
}

/** Per rule context, made on the first suggestion: a fleet of findings asked it per finding of every project. */
const fleetVersions = new WeakMap<
	RuleContext,
	Map<string, Map<string, Version>>
>();

/** Each package's locked and exactly pinned versions, by text, in the order the fleet names them. */
function indexFleetVersions(
	context: RuleContext,
): Map<string, Map<string, Version>> {
	const byName = new Map<string, Map<string, Version>>();
	const add = (name: string, version: Version) => {
		const seen = byName.get(name);
		if (seen === undefined)
			byName.set(name, new Map([[version.text, version]]));
		else seen.set(version.text, version);
	};
	for (const project of context.projects) {
		const lockedNames = new Set(
			listLockedEntries(project).map((entry) => entry.name),
		);
		for (const name of lockedNames)
			for (const { version } of listLockedVersions(project, name))
				add(name, version);
		for (const requirement of project.requirements) {
			if (requirement.url !== null) continue;
			const set = context.parseSpecifier(requirement.specifier);
			const version = set === null ? null : findExactVersion(set);
			if (version !== null) add(requirement.name, version);
		}
	}
	return byName;
}
