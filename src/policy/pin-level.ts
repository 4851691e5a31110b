// Pin levels: how tightly a requirement fixes the version it installs, and which level the policy asks of it.
import type { Project, Requirement } from "../model/types.js";
import {
	hasUpperBound,
	isExactPin,
	type SpecifierSet,
} from "../pep440/specifier-set.js";
import { findFileKind, safely } from "./rule-context.js";
import { PIN_LEVELS, type PinLevel, type Policy } from "./schema.js";

/** True when `actual` is at least as strict as `required`. */
export function meetsPinLevel(actual: PinLevel, required: PinLevel): boolean {
	return PIN_LEVELS.indexOf(actual) <= PIN_LEVELS.indexOf(required);
}

/** A local path (`./pkg`, `file:///...`, `-e .`): part of the repository, nothing to pin. */
export function isLocalUrl(url: string): boolean {
	return !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) || /^file:/i.test(url);
}

/** A URL that names one immutable artifact: a git commit (40 hex digits after `@`) or a hash fragment. */
export function isPinnedUrl(url: string): boolean {
	if (/#(?:.*&)?(?:sha256|sha384|sha512)=[0-9a-f]+/i.test(url)) return true;
	// pip/uv: `git+https://host/repo.git@<rev>`; only a full commit id is immutable (a tag or branch moves).
	return /^git\+[^#?]*@[0-9a-f]{40}(?:[#?]|$)/i.test(url);
}

/**
 * The strictest level a requirement meets; null when its specifier does not parse (the parser reported it).
 * Local paths count as exact: they are the repository's own code.
 */
export function findPinLevel(
	requirement: Requirement,
	set: SpecifierSet | null,
): PinLevel | null {
	if (requirement.url !== null) {
		// pip: `--hash` on a URL line accepts only the artifact with that digest, as `#sha256=` does.
		if (
			isLocalUrl(requirement.url) ||
			isPinnedUrl(requirement.url) ||
			requirement.hashes > 0
		)
			return "exact";
		return "specified";
	}
	if (requirement.specifier.trim() === "") return "any";
	if (set === null) return null;
	const clauses = set.clauses;
	// PEP 440: `==X` (no wildcard) and `===X` admit one version.
	if (isExactPin(set)) return "exact";
	// PEP 440: `~=1.4.5` means `>=1.4.5,==1.4.*`; `==1.4.*` is the same family.
	if (
		clauses.some(
			(c) => c.operator === "~=" || (c.operator === "==" && c.wildcard),
		)
	)
		return "compatible";
	if (safely(() => hasUpperBound(set), false)) return "bounded";
	return "specified";
}

export interface RequiredPinLevel {
	level: PinLevel;
	/** The policy key the level comes from, e.g. `pins.requirements`. */
	key: string;
}

/** packages.<name>.pin, else the requirement's group family, else its file kind, else pins.default. */
export function findRequiredPinLevel(
	policy: Policy,
	project: Project,
	requirement: Requirement,
): RequiredPinLevel {
	const packagePin = policy.packages[requirement.name]?.pin;
	if (packagePin !== undefined)
		return { level: packagePin, key: `packages.${requirement.name}.pin` };
	const family = findGroupFamily(requirement.group);
	const familyLevel = family === null ? undefined : policy.pins[family];
	if (family !== null && familyLevel !== undefined)
		return { level: familyLevel, key: `pins.${family}` };
	const kind = findPinKind(project, requirement);
	const kindLevel = policy.pins[kind];
	if (kindLevel !== undefined) return { level: kindLevel, key: `pins.${kind}` };
	return { level: policy.pins.default, key: "pins.default" };
}

function findGroupFamily(
	group: string,
): "build" | "dev" | "optional" | "constraints" | null {
	if (group === "build") return "build";
	if (
		group === "dev" ||
		group.startsWith("group:") ||
		group.startsWith("poetry-group:")
	)
		return "dev";
	if (group.startsWith("optional:")) return "optional";
	if (
		group === "constraint" ||
		group === "override" ||
		group === "constraints-file"
	)
		return "constraints";
	return null;
}

function findPinKind(
	project: Project,
	requirement: Requirement,
): "requirements" | "pyproject" | "poetry" {
	if (findFileKind(project, requirement.file) !== "pyproject")
		return "requirements";
	return requirement.group === "poetry" ||
		requirement.group.startsWith("poetry-group:")
		? "poetry"
		: "pyproject";
}
