// Which releases' own requirements (Requires-Dist) the rules will read, so the index is asked for them only
// there: on a Simple API index each costs a second request (the PEP 658 metadata file).
import { findPinnedVersion } from "../index/gather-index-facts.js";
import type { Project } from "../model/types.js";
import { parseVersion } from "../pep440/version.js";
import { findFileKind } from "./rule-context.js";
import type { Policy, RuleId } from "./schema.js";

/**
 * The dependency check (`conflict`) reads every installed release's requirements; `unpinned`,
 * `outside-policy`, `compat` and `banned` read them to suggest a line that opens no new conflict. With
 * all of them off, none are read.
 */
const RULES_READING_REQUIREMENTS: readonly RuleId[] = [
	"conflict",
	"unpinned",
	"outside-policy",
	"compat",
	"banned",
];

export function createRequirementsNeed(
	policy: Policy,
): (project: Project, name: string, version: string) => boolean {
	if (RULES_READING_REQUIREMENTS.every((rule) => policy.rules[rule] === "off"))
		return () => false;
	return (project, name, version) =>
		!recordedByPoetryOnly(project, name, version);
}

/**
 * poetry.lock records each locked release's dependencies, and the rules read those instead of the index's
 * metadata; a `==` pin of the same release still reads the index's.
 */
function recordedByPoetryOnly(
	project: Project,
	name: string,
	version: string,
): boolean {
	for (const requirement of project.requirements)
		if (
			requirement.name === name &&
			findPinnedVersion(requirement.specifier) === version
		)
			return false;
	let recorded = false;
	for (const entry of project.locked) {
		if (entry.name !== name || entry.version === null) continue;
		if (parseVersion(entry.version)?.text !== version) continue;
		if (findFileKind(project, entry.file) !== "poetry-lock") return false;
		recorded = true;
	}
	return recorded;
}
