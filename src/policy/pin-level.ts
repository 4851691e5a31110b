// Pin levels: how tightly a requirement fixes the version it installs, and which level the policy asks of it.
import picomatch from "picomatch";
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

/**
 * packages.<name>.pin, else the first `[[pins.files]]` glob matching its file, else its group family (a
 * dev-like extra or requirements file counts as dev, then as what it is), else its file kind, else pins.default.
 */
export function findRequiredPinLevel(
	policy: Policy,
	project: Project,
	requirement: Requirement,
): RequiredPinLevel {
	const packagePin = policy.packages[requirement.name]?.pin;
	if (packagePin !== undefined)
		return { level: packagePin, key: `packages.${requirement.name}.pin` };
	const fileLevel = findFilePinLevel(policy, requirement.file);
	if (fileLevel !== null) return fileLevel;
	for (const family of findGroupFamilies(requirement)) {
		const familyLevel = policy.pins[family];
		if (familyLevel !== undefined)
			return { level: familyLevel, key: `pins.${family}` };
	}
	const kind = findPinKind(project, requirement);
	const kindLevel = policy.pins[kind];
	if (kindLevel !== undefined) return { level: kindLevel, key: `pins.${kind}` };
	return { level: policy.pins.default, key: "pins.default" };
}

type GroupFamily = "build" | "dev" | "optional" | "constraints";

/** The families whose level applies, most specific first: a `test` extra is dev, then optional. */
function findGroupFamilies(requirement: Requirement): GroupFamily[] {
	const family = findGroupFamily(requirement.group);
	if (family === "optional" && isDevName(requirement.group.slice(9)))
		return ["dev", "optional"];
	if (
		requirement.group === "requirements" &&
		isDevRequirementsFile(requirement.file)
	)
		return ["dev"];
	return family === null ? [] : [family];
}

function findGroupFamily(group: string): GroupFamily | null {
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

/**
 * Extras that hold development tools, not what the package needs to run (PEP 685 normalized names). Kept short
 * and documented in docs/policy.md: a guess beyond these would loosen pins on runtime extras.
 */
export const DEV_EXTRAS: readonly string[] = [
	"dev",
	"develop",
	"development",
	"test",
	"tests",
	"testing",
	"lint",
	"docs",
	"doc",
	"typing",
];

function isDevName(extra: string): boolean {
	return DEV_EXTRAS.includes(extra.toLowerCase().replace(/[-_.]+/g, "-"));
}

/** `requirements-dev.txt`, `test-requirements.txt`, `requirements/dev.in`: the file name says dev or test. */
export function isDevRequirementsFile(file: string): boolean {
	const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
	return name.includes("dev") || name.includes("test");
}

/** Compiled `[[pins.files]]` globs, per policy (a fleet asks once per requirement). */
const FILE_MATCHERS = new WeakMap<object, ((path: string) => boolean)[]>();

function findFilePinLevel(
	policy: Policy,
	file: string,
): RequiredPinLevel | null {
	const entries = policy.pins.files;
	if (entries.length === 0) return null;
	let matchers = FILE_MATCHERS.get(entries);
	if (matchers === undefined) {
		matchers = entries.map((entry) => picomatch(entry.glob, { dot: true }));
		FILE_MATCHERS.set(entries, matchers);
	}
	const index = matchers.findIndex((matches) => matches(file));
	const entry = entries[index];
	return entry === undefined
		? null
		: { level: entry.level, key: `pins.files[${index}].level` };
}
