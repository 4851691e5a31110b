// The replacement a finding suggests for a requirement line. One function for every rule, so that two rules
// reporting the same line suggest the same text, and that text passes all of them: it meets the line's pin
// level, stays inside `allowed` and the `[[compat]]` requires that apply, and avoids `banned` versions. It
// also honours what the project's pinned and locked packages require of the package (their dependency
// metadata), so the fix does not trade a policy finding for a `conflict`.

import { append } from "../model/append.js";
import type { Project, Requirement } from "../model/types.js";
import {
	intersect,
	isEmpty,
	parseSpecifierSet,
	type SpecifierSet,
	sampleMember,
	subset,
	type VersionSet,
} from "../pep440/specifier-set.js";
import {
	compareVersions,
	parseVersion,
	type Version,
} from "../pep440/version.js";
import { listBanned, listConstraints } from "./acceptable-versions.js";
import { listRequirementsOn } from "./dependency-requirements.js";
import { listFleetVersions } from "./fleet-versions.js";
import { listFilesResolvedWith } from "./install-sets.js";
import {
	findPinLevel,
	findRequiredPinLevel,
	meetsPinLevel,
} from "./pin-level.js";
import {
	admits,
	findExactVersion,
	formatRequirement,
	listLockedVersions,
	type RuleContext,
	safely,
} from "./rule-context.js";
import type { PinLevel } from "./schema.js";

export interface Suggestion {
	/** The specifier part, e.g. `==1.23.3`. */
	specifier: string;
	/** The whole replacement line, extras and marker kept: `mcp[cli]==1.23.3; python_version >= "3.10"`. */
	line: string;
}

/**
 * The line `requirement` should read, null when none can be derived (a URL, an unparseable specifier, an
 * exact pin with no version to take). An exact pin stays an exact pin. `preferLocked`: an exact pin takes
 * the project's own locked version first (the `unpinned` fix: pin what is already installed).
 */
export function suggestRequirement(
	context: RuleContext,
	project: Project,
	requirement: Requirement,
	options: { preferLocked?: boolean } = {},
): Suggestion | null {
	if (requirement.url !== null) return null;
	const declared = context.parseSpecifier(requirement.specifier);
	if (declared === null) return null;
	const name = requirement.name;
	// What is installed with the line: its install sets' compat rules and pinned packages, not another set's.
	const together = listFilesResolvedWith(project, requirement.file);
	const constraints = listConstraints(context, project, name, together);
	const banned = listBanned(context, name);
	const needed = listRequirementsOn(context, project, name, together).map(
		(r) => r.set,
	);
	const accept = (v: Version): boolean =>
		constraints.every((set) => admits(set, v)) &&
		!banned.some((set) => admits(set, v));
	const level: PinLevel =
		findExactVersion(declared) !== null
			? "exact"
			: findRequiredPinLevel(context.policy, project, requirement).level;
	const specifier =
		level === "exact"
			? suggestPin(context, project, requirement, declared, constraints, {
					accept,
					needed,
					preferLocked: options.preferLocked === true,
				})
			: suggestRange(project, requirement, declared, level, {
					constraints,
					banned,
					needed,
					accept,
				});
	return specifier === null
		? null
		: { specifier, line: formatRequirement(requirement, specifier) };
}

/**
 * `==V`: V is the highest version the project's lock or any project of the fleet uses, else the lowest
 * version a constraint or a pinned package's requirement on it starts at. The policy
 * must accept V; among those, V should satisfy what the project's pinned packages require of it and the
 * project's other requirements on it, in that order of importance.
 */
function suggestPin(
	context: RuleContext,
	project: Project,
	requirement: Requirement,
	declared: SpecifierSet,
	constraints: SpecifierSet[],
	options: {
		accept: (v: Version) => boolean;
		needed: SpecifierSet[];
		preferLocked: boolean;
	},
): string | null {
	const { accept, needed } = options;
	const others = listOtherRequirementSets(context, project, requirement);
	// A range being tightened to a pin must keep admitting the pin (anything else is a silent downgrade or
	// upgrade); a wrong pin is replaced, not kept.
	const tightening = findExactVersion(declared) === null;
	const keepsDeclared = (v: Version): boolean =>
		!tightening || admits(declared, v);
	const installable = (v: Version): boolean =>
		accept(v) && keepsDeclared(v) && needed.every((set) => admits(set, v));
	const fits = (v: Version): boolean =>
		installable(v) && others.every((set) => admits(set, v));
	if (options.preferLocked) {
		const locked = listLockedVersions(project, requirement.name);
		const only = locked.length === 1 ? locked[0]?.version : undefined;
		if (only !== undefined && installable(only)) return `==${only.text}`;
	}
	const used = listFleetVersions(context, requirement.name).reverse();
	// Not the lines' own lower bounds: pinning the oldest release a range admits is a guess, not a fix.
	const floors = [...constraints, ...needed]
		.flatMap((set) => set.clauses)
		.filter(
			(c) =>
				c.operator === "~=" ||
				c.operator === ">=" ||
				(c.operator === "==" && !c.wildcard),
		)
		.flatMap((c) => {
			const v = parseVersion(c.version);
			return v === null ? [] : [v];
		})
		.sort(compareVersions);
	const candidates = [...used, ...floors];
	// Last, when the policy or a pinned package bounds the package: where the declared range itself starts, and
	// some version all of them admit. (Without such a bound the range's floor is a guess, not a fix.)
	if (tightening && constraints.length + needed.length > 0) {
		append(candidates, listFloors([declared]));
		const sample = safely(
			() =>
				sampleMember(
					[...constraints, ...needed].reduce<VersionSet>(
						(set, other) => intersect(set, other.set),
						declared.set,
					),
				),
			null,
		);
		const parsed = sample === null ? null : parseVersion(sample);
		if (parsed !== null) candidates.push(parsed);
	}
	const pick =
		candidates.find(fits) ??
		candidates.find(installable) ??
		candidates.find((v) => accept(v) && keepsDeclared(v));
	return pick === undefined ? null : `==${pick.text}`;
}

/** Where each set's lower-bound clauses start (`~=`, `>=`, `==`, `==X.*` at X), lowest first. */
function listFloors(sets: readonly SpecifierSet[]): Version[] {
	return sets
		.flatMap((set) => set.clauses)
		.filter(
			(c) => c.operator === "~=" || c.operator === ">=" || c.operator === "==",
		)
		.flatMap((c) => {
			const v = parseVersion(c.version);
			return v === null ? [] : [v];
		})
		.sort(compareVersions);
}

/**
 * A range: the constraints intersected with what the line declares (as clauses that each narrow it), else
 * built from the project's locked version; `banned` versions excluded where one clause can say so. A range
 * overlapping what the project's pinned packages require of the package comes first (narrowed to it when
 * it has to be); one that does not is still better than none.
 */
function suggestRange(
	project: Project,
	requirement: Requirement,
	declared: SpecifierSet,
	level: PinLevel,
	options: {
		constraints: SpecifierSet[];
		banned: SpecifierSet[];
		needed: SpecifierSet[];
		accept: (v: Version) => boolean;
	},
): string | null {
	const { constraints, banned, needed } = options;
	const attempts: SpecifierSet[][] = [
		[...constraints, declared],
		[...constraints, declared, ...needed],
		constraints,
		[...constraints, ...needed],
	];
	const locked = listLockedVersions(project, requirement.name);
	const only = locked.length === 1 ? locked[0]?.version : undefined;
	if (only !== undefined && options.accept(only)) {
		const derived = deriveFromVersion(only, level);
		if (derived !== null) attempts.push([...constraints, derived]);
	}
	const overlapsNeeded = (range: SpecifierSet): boolean =>
		needed.every((set) =>
			safely(() => !isEmpty(intersect(range.set, set.set)), true),
		);
	for (const strict of [true, false]) {
		for (const sets of attempts) {
			const clauses = combineClauses(sets);
			if (clauses === null) continue;
			const excluded = excludeBanned(clauses, banned);
			const parsed = parse(excluded.join(","));
			if (parsed === null || excluded.length === 0) continue;
			if (safely(() => isEmpty(parsed), true)) continue;
			if (strict && !overlapsNeeded(parsed)) continue;
			const reached = findPinLevel(
				{ ...requirement, url: null, specifier: parsed.text },
				parsed,
			);
			if (reached !== null && meetsPinLevel(reached, level)) return parsed.text;
		}
	}
	return null;
}

/** A specifier meeting `level` around a version the project already uses. */
function deriveFromVersion(
	version: Version,
	level: PinLevel,
): SpecifierSet | null {
	const release = version.release.map(String);
	switch (level) {
		case "compatible":
			// PEP 440: `~=` needs at least two release segments.
			return parse(
				`~=${release.length >= 2 ? version.public : `${version.public}.0`}`,
			);
		case "bounded":
			return parse(`>=${version.public},<${BigInt(release[0] ?? "0") + 1n}`);
		default:
			return parse(`>=${version.public}`);
	}
}

/**
 * The clauses of every set, in order, each kept only if it narrows what the earlier ones admit, then each
 * dropped if the others imply it; null when the sets have no version in common.
 */
function combineClauses(sets: readonly SpecifierSet[]): string[] | null {
	const kept: string[] = [];
	const implied = (clauses: string[], clause: string): boolean => {
		const all = parse(clauses.join(","));
		const one = parse(clause);
		return (
			clauses.length > 0 &&
			all !== null &&
			one !== null &&
			safely(() => subset(all.set, one.set).ok, false)
		);
	};
	for (const set of sets)
		for (const clause of set.clauses)
			if (!kept.includes(clause.text) && !implied(kept, clause.text))
				kept.push(clause.text);
	for (const clause of [...kept]) {
		const rest = kept.filter((c) => c !== clause);
		if (implied(rest, clause)) kept.splice(kept.indexOf(clause), 1);
	}
	const all = parse(kept.join(","));
	if (all === null || safely(() => isEmpty(all), true)) return null;
	// Written the way people write ranges: pins and lower bounds, then upper bounds, then exclusions.
	const rank = (clause: string): number =>
		clause.startsWith("<")
			? 2
			: clause.startsWith("!=")
				? 3
				: clause.startsWith(">")
					? 1
					: 0;
	return [...kept].sort((a, b) => rank(a) - rank(b));
}

// One clause that stays inside the complement of a one-clause banned set (`<X` is not quite the complement
// of `>=X`, which also leaves out X's pre-releases: the result only ever excludes more).
const COMPLEMENT: Partial<Record<string, string>> = {
	"==": "!=",
	"!=": "==",
	"<": ">=",
	"<=": ">",
	">": "<=",
	">=": "<",
};

function excludeBanned(
	clauses: string[],
	banned: readonly SpecifierSet[],
): string[] {
	const result = [...clauses];
	for (const set of banned) {
		const current = parse(result.join(","));
		if (current === null) return result;
		const overlap = safely(() => intersect(current.set, set.set), null);
		if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
		const [clause, ...more] = set.clauses;
		const operator =
			clause === undefined ? undefined : COMPLEMENT[clause.operator];
		if (clause !== undefined && more.length === 0 && operator !== undefined)
			result.push(`${operator}${clause.version}`);
	}
	return result;
}

/** The project's other requirements on the same package (the suggestion should not contradict them). */
function listOtherRequirementSets(
	context: RuleContext,
	project: Project,
	requirement: Requirement,
): SpecifierSet[] {
	return project.requirements.flatMap((other) => {
		if (
			other === requirement ||
			other.name !== requirement.name ||
			other.group === "build" ||
			other.url !== null ||
			(other.file === requirement.file && other.line === requirement.line)
		)
			return [];
		const set = context.parseSpecifier(other.specifier);
		return set === null ? [] : [set];
	});
}

function parse(text: string): SpecifierSet | null {
	const result = safely(() => parseSpecifierSet(text), null);
	return result?.ok ? result.value : null;
}
