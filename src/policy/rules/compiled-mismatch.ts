// `lock-mismatch` for compiled requirements: a pip-compile / `uv pip compile` output is the lock of its inputs.
// It must pin every package an input names, at a version the input admits; otherwise it was compiled from an
// older input and installs something the input does not ask for. An input the header names that is not in
// the tree is said once (a notice): the pins are still audited, the pairing cannot be.

import { append } from "../../model/append.js";
import type { InstallSet, Project, Requirement } from "../../model/types.js";
import {
	isConstraintIn,
	listInstallSets,
	listSetRequirements,
} from "../install-sets.js";
import {
	admits,
	findExactVersion,
	formatLocation,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";

export function checkCompiledMismatch(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	for (const project of context.projects)
		for (const set of listInstallSets(project)) {
			if (set.kind !== "compiled" || set.compiled === undefined) continue;
			if (set.compiled.missing.length > 0)
				findings.push(describeMissingInputs(project, set));
			append(findings, compareWithInputs(context, project, set));
		}
	return findings;
}

function compareWithInputs(
	context: RuleContext,
	project: Project,
	set: InstallSet,
): RuleFinding[] {
	const requirements = listSetRequirements(project, set);
	const pins = new Map<string, Requirement[]>();
	for (const r of requirements)
		if (
			!set.inputs.includes(r.file) &&
			!isConstraintIn(r, set) &&
			r.file !== pyprojectOf(set)
		)
			pins.set(r.name, [...(pins.get(r.name) ?? []), r]);
	const findings: RuleFinding[] = [];
	for (const input of listInputRequirements(requirements, set)) {
		if (input.url !== null) continue;
		const pinned = pins.get(input.name) ?? [];
		const rerun = `Re-run \`${set.compiled?.line === null ? "pip-compile" : "the command in its header"}\` to compile it again.`;
		const base = {
			rule: "lock-mismatch",
			severity: context.severityOf("lock-mismatch"),
			project: project.path,
			package: input.name,
			file: input.file,
			line: input.line,
		};
		const where = `\`${input.name}${input.specifier}\` (${formatLocation(input.file, input.line)})`;
		if (pinned.length === 0) {
			// A marker may keep the package out of the environment the output was compiled for.
			if (input.marker !== null) continue;
			findings.push({
				...base,
				message: `${where} is an input of ${set.root}, which pins no \`${input.name}\`: the output was compiled before it was added, and installs without it.`,
				facts: { fix: rerun, requirement: input },
			});
			continue;
		}
		const declared = context.parseSpecifier(input.specifier);
		if (declared === null || input.specifier === "") continue;
		const versions = pinned.flatMap((p) => {
			const set = context.parseSpecifier(p.specifier);
			const version = set === null ? null : findExactVersion(set);
			return version === null ? [] : [{ pin: p, version }];
		});
		// A forked output (one pin per marker) matches when any of its pins does.
		if (
			versions.length === 0 ||
			versions.some((v) => admits(declared, v.version))
		)
			continue;
		const first = versions[0] as (typeof versions)[number];
		findings.push({
			...base,
			message: `${where} is an input of ${set.root}, but ${formatLocation(first.pin.file, first.pin.line)} pins ${first.version.text}, which it does not admit: the output was compiled from an older input.`,
			counterexample: first.version.text,
			facts: { fix: rerun, requirement: input },
		});
	}
	return findings;
}

/** The inputs' requirements: `.in` files' lines; of a pyproject input, its dependencies and requested extras. */
function listInputRequirements(
	requirements: readonly Requirement[],
	set: InstallSet,
): Requirement[] {
	const pyproject = pyprojectOf(set);
	return requirements.filter((r) => {
		if (isConstraintIn(r, set)) return false;
		if (r.file === pyproject)
			return (
				r.group === "project" ||
				(r.group.startsWith("optional:") &&
					(set.compiled?.allExtras === true ||
						(set.compiled?.extras ?? []).includes(
							r.group.slice("optional:".length),
						)))
			);
		return set.inputs.includes(r.file);
	});
}

function pyprojectOf(set: InstallSet): string | undefined {
	return set.inputs.find(
		(f) => f === "pyproject.toml" || f.endsWith("/pyproject.toml"),
	);
}

function describeMissingInputs(project: Project, set: InstallSet): RuleFinding {
	const missing = set.compiled?.missing ?? [];
	return {
		rule: "lock-mismatch",
		severity: "notice",
		project: project.path,
		package: null,
		file: set.root,
		line: set.compiled?.line ?? null,
		message: `${set.root} is compiled from ${missing.map((m) => `\`${m}\``).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not in the audited tree: its pins are audited, whether they still match what they were compiled from is not.`,
		facts: {},
	};
}
