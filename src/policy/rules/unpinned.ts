// `unpinned`: a requirement looser than the pin level the policy asks of it.
import type { Finding, Project, Requirement } from "../../model/types.js";
import {
	findPinLevel,
	findRequiredPinLevel,
	meetsPinLevel,
} from "../pin-level.js";
import {
	findExactVersion,
	formatRequirement,
	listLocalPackages,
	listLockedVersions,
	type RuleContext,
} from "../rule-context.js";
import type { PinLevel } from "../schema.js";

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

export function checkUnpinned(context: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const project of context.projects) {
		const local = listLocalPackages(project);
		for (const requirement of project.requirements) {
			if (local.has(requirement.name)) continue;
			const set =
				requirement.url === null
					? context.parseSpecifier(requirement.specifier)
					: null;
			const actual = findPinLevel(requirement, set);
			if (actual === null) continue;
			const required = findRequiredPinLevel(
				context.policy,
				project,
				requirement,
			);
			if (meetsPinLevel(actual, required.level)) continue;
			const replacement = suggestSpecifier(
				context,
				project,
				requirement,
				required.level,
			);
			const suggestion =
				replacement === null
					? undefined
					: formatRequirement(requirement, replacement);
			const written =
				requirement.url ??
				(requirement.specifier === ""
					? "no version constraint"
					: requirement.specifier);
			findings.push({
				rule: "unpinned",
				severity: context.severityOf("unpinned"),
				project: project.path,
				package: requirement.name,
				file: requirement.file,
				line: requirement.line,
				message:
					`\`${requirement.name}\` (${written}) needs ${DESCRIBED[required.level]} (${required.key} = "${required.level}"): ` +
					`${WHY[required.level]}. ${suggestion === undefined ? "Tighten the requirement." : `Write \`${suggestion}\`.`}`,
				...(suggestion === undefined ? {} : { suggestion }),
			});
		}
	}
	return findings;
}

/** A specifier meeting `level`: from the project's locked version when known, else from `allowed`. */
function suggestSpecifier(
	context: RuleContext,
	project: Project,
	requirement: Requirement,
	level: PinLevel,
): string | null {
	const locked = listLockedVersions(project, requirement.name);
	const only = locked.length === 1 ? locked[0]?.version : undefined;
	if (only !== undefined) {
		const release = only.release.map(String);
		switch (level) {
			case "exact":
				return `==${only.text}`;
			case "compatible":
				// PEP 440: `~=` needs at least two release segments.
				return `~=${release.length >= 2 ? only.public : `${only.public}.0`}`;
			case "bounded":
				return `>=${only.public},<${BigInt(release[0] ?? "0") + 1n}`;
			default:
				return `>=${only.public}`;
		}
	}
	const allowedText = context.policy.packages[requirement.name]?.allowed;
	if (allowedText === undefined) return null;
	const allowed = context.parseSpecifier(allowedText);
	if (allowed === null) return null;
	if (level === "exact") {
		const exact = findExactVersion(allowed);
		if (exact !== null) return `==${exact.text}`;
		// The lowest version `allowed` names with `~=` or `>=` is a release it admits.
		const floor = allowed.clauses.find(
			(c) => c.operator === "~=" || c.operator === ">=",
		);
		return floor === undefined ? null : `==${floor.version}`;
	}
	const allowedLevel = findPinLevel(
		{ ...requirement, url: null, specifier: allowedText },
		allowed,
	);
	return allowedLevel !== null && meetsPinLevel(allowedLevel, level)
		? allowed.clauses.map((c) => c.text).join(",")
		: null;
}
