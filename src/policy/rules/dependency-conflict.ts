// `conflict` from what the pinned and locked packages themselves require: each Requires-Dist entry whose
// marker can hold for the project (its requires-python range; extras only when asked for) must admit what
// the project pins or locks for that dependency. The requirements come from poetry.lock (which records
// them), else the index's metadata, else pin-audit's offline knowledge. Known-bad combinations that no
// metadata expresses are checked from the knowledge too.
import { KNOWN_INCOMPATIBILITIES } from "../../knowledge/known-incompatibilities.js";
import { append } from "../../model/append.js";
import type { Finding, Project, Requirement } from "../../model/types.js";
import {
	type MarkerScope,
	markersMayMeet,
} from "../../parse/markers/marker-algebra.js";
import { intersect, isEmpty } from "../../pep440/specifier-set.js";
import { parseVersion } from "../../pep440/version.js";
import {
	combineRequiresPython,
	type DependencyRequirement,
	findRequirementsOf,
	listRequestedExtras,
	type RequirementsSource,
} from "../dependency-requirements.js";
import { listResolutionViews, type ResolutionView } from "../install-sets.js";
import {
	describeRelease,
	type InstalledRelease,
	listInstalledReleases,
} from "../installed-releases.js";
import { markerMayApply } from "../marker-applies.js";
import {
	isConstraint,
	listOverriddenNames,
	lockFork,
} from "../requirement-scope.js";
import {
	admits,
	type ClashMember,
	formatLocation,
	type RuleContext,
	type RuleFinding,
	safely,
} from "../rule-context.js";

export function checkDependencyConflicts(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("conflict");
	for (const project of context.projects) {
		// Releases meet only inside one install set (install-sets.ts); a finding two sets share is reported once.
		const reported = new Set<string>();
		for (const view of listResolutionViews(project))
			for (const [key, finding] of checkView(context, project, view, severity))
				if (!reported.has(key)) {
					reported.add(key);
					findings.push(finding);
				}
	}
	return findings;
}

/** What the releases one install set installs require, against that set's own lines and locked versions. */
function checkView(
	context: RuleContext,
	project: Project,
	view: ResolutionView,
	severity: Finding["severity"],
): [string, RuleFinding][] {
	const out: [string, RuleFinding][] = [];
	const inView = (file: string) => view.files.has(file);
	const installed = listInstalledReleases(context, project).filter((r) =>
		inView(r.file),
	);
	const overridden = listOverriddenNames(context.projects, project);
	for (const parent of installed) {
		// A constraint installs nothing, so nothing it would require is installed either.
		if (parent.requirement !== null && isConstraint(parent.requirement))
			continue;
		const source = findRequirementsOf(context, project, parent);
		if (source === null) continue;
		// Only Pythons the parent installs on matter: a line a marker keeps off all of them never meets it.
		const requiresPython = combineRequiresPython(
			project.requiresPython,
			source.requiresPython,
		);
		const environment = {
			requiresPython,
			extras: listRequestedExtras(project, parent.name, inView),
		};
		for (const dependency of source.requirements) {
			if (dependency.specifier === "" || dependency.name === parent.name)
				continue;
			// uv replaces a dependency's own requirement on an overridden package by the override.
			if (overridden.has(dependency.name)) continue;
			if (!markerMayApply(dependency.marker, environment)) continue;
			const required = context.parseSpecifier(dependency.specifier);
			if (required === null) continue;
			const clash = { context, project, parent, dependency, required, source };
			append(
				out,
				parent.requirement !== null
					? checkPinnedParent(clash, parent.requirement, {
							environment,
							requiresPython,
							severity,
							inView,
						})
					: checkLockedParent(clash, installed, environment, severity),
			);
		}
	}
	for (const finding of checkKnownIncompatibilities(
		context,
		project,
		installed,
		severity,
	))
		out.push([
			`${finding.file}:${finding.line}\0${finding.message}`,
			{ ...finding, facts: {} },
		]);
	return out;
}

interface ParentRequirement {
	context: RuleContext;
	project: Project;
	parent: InstalledRelease;
	dependency: DependencyRequirement;
	required: NonNullable<ReturnType<RuleContext["parseSpecifier"]>>;
	source: RequirementsSource;
}

/** A pin is installed with its install set's other requirements: each must overlap what the parent needs. */
function checkPinnedParent(
	{ context, project, parent, dependency, required, source }: ParentRequirement,
	pin: Requirement,
	where: {
		environment: MarkerScope;
		requiresPython: string | null;
		severity: Finding["severity"];
		/** The pin's install set: only its lines are installed with the pin. */
		inView: (file: string) => boolean;
	},
): [string, RuleFinding][] {
	const { environment, requiresPython, severity, inView } = where;
	const out: [string, RuleFinding][] = [];
	const push = (key: string, finding: RuleFinding) => out.push([key, finding]);
	for (const declared of listDeclared(
		project,
		dependency.name,
		requiresPython,
	)) {
		if (!inView(declared.file)) continue;
		// The pin, its dependency's line and the project's line must all apply somewhere at once.
		if (
			!markersMayMeet(
				[pin.marker, dependency.marker, declared.marker],
				environment,
			)
		)
			continue;
		const own = context.parseSpecifier(declared.specifier);
		if (own === null) continue;
		if (!safely(() => isEmpty(intersect(own.set, required.set)), false))
			continue;
		const text = `${declared.name}${declared.specifier}`;
		// Facts for consolidation: a line finding whose suggested line satisfies both absorbs this one.
		const members: ClashMember[] = [
			{
				file: declared.file,
				line: declared.line,
				text,
				origin: formatLocation(declared.file, declared.line),
				set: own.set,
				own: true,
			},
			{
				file: parent.file,
				line: parent.line,
				text: dependency.text,
				origin: `${formatLocation(parent.file, parent.line)}, declared by ${parent.name} ${parent.version}`,
				set: required.set,
				own: false,
			},
		];
		push(
			`${declared.file}:${declared.line}\0${parent.name}\0${dependency.text}`,
			{
				rule: "conflict",
				severity,
				project: project.path,
				package: dependency.name,
				file: declared.file,
				line: declared.line,
				message: `\`${text}\` (${formatLocation(declared.file, declared.line)}) cannot be installed with ${describeRelease(parent)}, which requires \`${dependency.text}\` ${source.origin}: the install fails.`,
				facts: {
					fix: `Change ${dependency.name} to a version in \`${dependency.specifier}\`, or pin another ${parent.name} release that accepts ${text}.`,
					requirement: declared,
					clash: { members, together: members },
				},
			},
		);
	}
	return out;
}

/** A locked parent: the same lock's version of the dependency must satisfy it where both are installed. */
function checkLockedParent(
	{ parent, dependency, required, source, project }: ParentRequirement,
	installed: readonly InstalledRelease[],
	environment: MarkerScope,
	severity: Finding["severity"],
): [string, RuleFinding][] {
	const out: [string, RuleFinding][] = [];
	const push = (key: string, finding: RuleFinding) => out.push([key, finding]);
	const entry = parent.entry;
	if (entry === null) return out;
	// A locked parent: the same lock's version of the dependency must satisfy it.
	for (const child of installed) {
		if (
			child.entry === null ||
			child.name !== dependency.name ||
			child.file !== parent.file
		)
			continue;
		const version = parseVersion(child.version);
		if (version === null || admits(required, version)) continue;
		// A forked lock holds this version only where its forks hold (resolution-markers), the
		// parent only where its own do: the line must apply somewhere the two are installed together.
		if (
			!markersMayMeet(
				[lockFork(entry), dependency.marker, lockFork(child.entry)],
				environment,
			)
		)
			continue;
		push(`${child.file}:${child.line}\0${parent.name}\0${dependency.text}`, {
			rule: "conflict",
			severity,
			project: project.path,
			package: dependency.name,
			file: child.file,
			line: child.line,
			message: `${describeRelease(child)} is outside \`${dependency.text}\`, which ${describeRelease(parent)} requires ${source.origin}: no resolver writes such a lock, so it was edited by hand or is stale.`,
			facts: {
				fix: `Re-lock, or move ${dependency.name} into \`${dependency.specifier}\`.`,
				...(child.entry === null ? {} : { entry: child.entry }),
			},
		});
	}
	return out;
}

/** The project's own requirements on `name` that take part in resolution and say something about versions. */
function listDeclared(
	project: Project,
	name: string,
	requiresPython: string | null,
): Requirement[] {
	return project.requirements.filter(
		(r) =>
			r.name === name &&
			r.specifier !== "" &&
			r.url === null &&
			r.group !== "build" &&
			r.group !== "override" &&
			markerMayApply(r.marker, { requiresPython, extras: [] }),
	);
}

function checkKnownIncompatibilities(
	context: RuleContext,
	project: Project,
	installed: readonly InstalledRelease[],
	severity: Finding["severity"],
): Finding[] {
	const findings: Finding[] = [];
	// Pins go together with pins, a lock's entries with the same lock's entries.
	const world = (r: InstalledRelease) =>
		r.entry === null ? "pins" : `lock:${r.file}`;
	for (const known of KNOWN_INCOMPATIBILITIES) {
		const broken = context.parseSpecifier(known.package.specifier);
		const breaking = context.parseSpecifier(known.with.specifier);
		if (broken === null || breaking === null) continue;
		for (const a of installed) {
			const va = parseVersion(a.version);
			if (a.name !== known.package.name || va === null || !admits(broken, va))
				continue;
			for (const b of installed) {
				const vb = parseVersion(b.version);
				if (
					b.name !== known.with.name ||
					world(b) !== world(a) ||
					vb === null ||
					!admits(breaking, vb)
				)
					continue;
				findings.push({
					rule: "conflict",
					severity,
					project: project.path,
					package: b.name,
					file: b.file,
					line: b.line,
					// The source stays in the knowledge table and docs/policy.md: a message names what and why.
					message: `${describeRelease(b)} breaks ${describeRelease(a)}, a known incompatibility no package metadata declares: ${known.problem}.`,
				});
			}
		}
	}
	return findings;
}
