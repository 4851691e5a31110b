// `dead-marker`: a requirement whose marker can never hold where the project runs (`python_version < "3.8"`
// under requires-python >= 3.10, `extra == "x"` in a requirements file, where pip sets no extra). No
// installer ever installs it, so no other rule judges it (see requirement-scope.ts); this notice says so
// once, so a dead line is neither a silent skip nor a false error.
import type { Project, Requirement } from "../../model/types.js";
import {
	type MarkerScope,
	markerMayHold,
} from "../../parse/markers/marker-algebra.js";
import {
	findFileKind,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";

export function checkDeadMarker(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("dead-marker");
	for (const project of context.projects)
		for (const requirement of project.requirements) {
			const reason = explainDeadMarker(project, requirement);
			if (reason === null) continue;
			findings.push({
				rule: "dead-marker",
				severity,
				project: project.path,
				package: requirement.name,
				file: requirement.file,
				line: requirement.line,
				message: `\`${requirement.name}${requirement.specifier}; ${requirement.marker}\` never applies: ${reason}. Nothing installs it, so no other rule judges it.`,
				facts: {
					fix: "Remove the line, or correct its marker.",
					requirement,
				},
			});
		}
	return findings;
}

/**
 * Why the requirement's marker can never hold for this project; null when it can (or has no marker).
 * `extra` is known only where the installer decides it: pip evaluates a requirements file's markers with no
 * extra (packaging's `extra == ""`).
 */
export function explainDeadMarker(
	project: Project,
	requirement: Requirement,
): string | null {
	const marker = requirement.marker;
	if (marker === null || marker.trim() === "") return null;
	const extras = knownExtras(project, requirement);
	const scope: MarkerScope = {
		requiresPython: project.requiresPython,
		extras,
	};
	if (markerMayHold(marker, scope)) return null;
	if (!markerMayHold(marker, { requiresPython: null, extras: null }))
		return "its marker contradicts itself";
	if (
		project.requiresPython !== null &&
		!markerMayHold(marker, {
			requiresPython: project.requiresPython,
			extras: null,
		})
	)
		return `it cannot hold on any Python the project supports (requires-python \`${project.requiresPython}\`)`;
	return "pip installs a requirements file with no extra set, so its `extra` never matches";
}

/**
 * The extras that may be set when the requirement's marker is evaluated; null when that is not knowable (a
 * pyproject's extras may be `dynamic`, filled in by its build backend, and a lock's come from elsewhere).
 */
function knownExtras(
	project: Project,
	requirement: Requirement,
): readonly string[] | null {
	return findFileKind(project, requirement.file) === "requirements" ? [] : null;
}

/** The projects with only the requirements whose markers can hold: what every other rule judges. */
export function listLiveProjects(projects: readonly Project[]): Project[] {
	return projects.map((project) => {
		const live = project.requirements.filter(
			(r) => explainDeadMarker(project, r) === null,
		);
		return live.length === project.requirements.length
			? project
			: { ...project, requirements: live };
	});
}
