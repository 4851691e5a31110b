// What each rule checks and how its findings are fixed, in words: the SARIF output's rule help, and the text of
// docs/policy.md's "Rule reference" (test/report/rule-descriptions.test.ts keeps the two identical).
import type { RuleId } from "../policy/schema.js";
import { TOOL_URL } from "../version.js";

/** Rules outside the policy: what discovery and the parsers report. */
export type FileRuleId = "invalid-file" | "discovery" | "unauditable";

export interface RuleDescription {
	/** A readable PascalCase name (SARIF's `name`, which must differ from the id). */
	name: string;
	/** One line: the finding's headline. */
	short: string;
	/** What fires the rule and why it matters. Markdown: code in backticks, nothing else. */
	full: string;
	/** How to make the finding go away. Same markdown. */
	fix: string;
	tags: string[];
}

/** The public documentation of the rules; a rule's section is `#<rule id>`. */
export const RULES_DOCUMENTATION_URL = `${TOOL_URL}/blob/main/docs/policy.md`;

const PINS = ["dependencies", "python", "pins"];
const LOCKS = ["dependencies", "python", "locks"];
const INDEX = ["dependencies", "python", "supply-chain"];
const FILES = ["dependencies", "python", "input"];

export const RULE_DESCRIPTIONS: Record<RuleId | FileRuleId, RuleDescription> = {
	unpinned: {
		name: "UnpinnedRequirement",
		short: "A requirement is looser than the pin level the policy asks of it.",
		full: "A requirement's version constraint is looser than its pin level (`exact`, `compatible`, `bounded`, `specified` or `any`, set per file kind, dependency group and package). A loose requirement lets the next install pick a release nobody tested.",
		fix: "Replace the requirement with the suggested one, or set another level in the policy's `[pins]` or `packages.<name>.pin`.",
		tags: PINS,
	},
	"outside-policy": {
		name: "VersionOutsidePolicy",
		short:
			"A version outside the policy's allowed range is admitted, pinned or locked.",
		full: "A declared range admits a version outside `packages.<name>.allowed` (the finding shows one, the counterexample), or a pinned or locked version is outside it.",
		fix: "Replace the requirement with the suggested one, then re-lock.",
		tags: PINS,
	},
	banned: {
		name: "BannedVersion",
		short: "A pinned or locked version is banned by the policy.",
		full: "A pinned or locked version is in `packages.<name>.banned`. A range that merely admits a banned version is reported one step milder (an error becomes a warning).",
		fix: "Replace the requirement with the suggested one, which leaves the banned versions out, then re-lock.",
		tags: PINS,
	},
	"lock-mismatch": {
		name: "LockDoesNotMatchManifest",
		short:
			"A lock or compiled requirements file does not match what it was resolved from.",
		full: "A locked version fails the declared specifier, a declared dependency is missing from the lock, or the manifest uv.lock recorded differs from pyproject.toml: installing from the lock gives something other than what is declared. The same holds for a compiled requirements file (pip-compile, `uv pip compile`) and its inputs: the output misses a package an input names, or pins a version an input's specifier does not admit (the finding names both files and lines). An input the output's header names that is not in the audited tree is a notice: the pins are audited, the pairing is not.",
		fix: "Re-lock (`uv lock`, `poetry lock`), or compile the output again with the command in its header, and commit the result with the manifest or input.",
		tags: LOCKS,
	},
	conflict: {
		name: "ConflictingRequirements",
		short:
			"Requirements on one package leave no version that satisfies them all.",
		full: "Within one install set (a pyproject.toml with its lock, a requirements file with its -r and -c files, a compiled output with its inputs), the requirements on a package (including what the project's pinned packages themselves require) have no common version, or one requirement admits no version at all: the installer cannot resolve them, or a hand-made pin breaks at run time. The finding lists the smallest set of requirements or clauses that clash.",
		fix: "Relax one of the listed requirements so that they share a version.",
		tags: PINS,
	},
	diverged: {
		name: "DivergedInstalls",
		short: "Two ways to install one project disagree on a package.",
		full: "A project's pyproject.toml and another install set of its directory (a requirements file, a compiled output not compiled from it) require versions of a package that do not overlap: whichever way the project is installed, it is not what the other promises. Nothing says the two are installed together, so it is not a conflict.",
		fix: "Align them; if the two are installed together, declare it with [[install]] in the policy (then it is a conflict).",
		tags: PINS,
	},
	inconsistent: {
		name: "InconsistentVersions",
		short: "A package is at different versions across the projects.",
		full: "A package listed in `consistency.packages` is locked or pinned at different versions in different projects of the repository; the finding shows every project's version (past 20 projects, each version with how many projects are at it).",
		fix: "Move the project to the version most projects use (the suggested pin), then re-lock.",
		tags: LOCKS,
	},
	compat: {
		name: "IncompatibleCombination",
		short: "A `[[compat]]` rule of the policy does not hold.",
		full: "A `[[compat]]` rule's `when` holds in an install set (it installs, say, `mcp>=1.13,<2`), and the same install set locks, pins or declares the package in the rule's `require` outside it (`httpx>=0.27.1,<1`); a range is judged with the constraints that apply to it. Independent requirements files of one directory are judged separately.",
		fix: "Replace the requirement with the suggested one, then re-lock.",
		tags: PINS,
	},
	"exception-expired": {
		name: "ExpiredException",
		short: "A policy exception is past its `until` date.",
		full: "An `[[exceptions]]` entry is past `until`: it no longer applies, and the findings it waived are reported again.",
		fix: "Fix the findings the exception waived, or move its `until`.",
		tags: ["dependencies", "policy"],
	},
	"exception-unused": {
		name: "UnusedException",
		short: "A policy exception suppressed no finding.",
		full: "An `[[exceptions]]` entry in force matched no finding in a whole-repository audit: its `project`, `file` or `package` may be misspelled, or the problem it waived is gone.",
		fix: "Fix the exception's globs, or remove it.",
		tags: ["dependencies", "policy"],
	},
	missing: {
		name: "MissingRequiredPackage",
		short: "A project does not declare a package the policy requires.",
		full: "The policy's `packages.<name>.required` asks every project (or the projects matching its globs) to declare the package, and this project does not.",
		fix: "Add the package to the project's dependencies, or narrow `required`.",
		tags: ["dependencies", "policy"],
	},
	yanked: {
		name: "YankedRelease",
		short: "A pinned or locked release is yanked on its package index.",
		full: "A pinned or locked version is yanked on its package index (PEP 592): its maintainers withdrew it, yet pip and uv still install a yanked release that is pinned exactly.",
		fix: "Move to a release that is not yanked, then re-lock.",
		tags: INDEX,
	},
	"too-new": {
		name: "ReleaseInCooldown",
		short: "A pinned or locked release is younger than the policy's cooldown.",
		full: "A pinned or locked version was uploaded less than the policy's `cooldown` ago (48 hours by default): a broken or compromised release is usually found and yanked within that time.",
		fix: "Wait until the time the finding names, or use an older release; `cooldown` in the policy sets the time.",
		tags: INDEX,
	},
	"index-unavailable": {
		name: "IndexUnavailable",
		short: "The package index could not answer for a pinned or locked release.",
		full: "The package index could not be asked about a pinned or locked release, so `yanked` and `too-new` were not checked for it. It is said, so that a failed lookup never reads as a pass.",
		fix: "Check the index URL, its credentials (`PIN_AUDIT_INDEX_TOKEN`) and the network, then run again.",
		tags: INDEX,
	},
	index: {
		name: "UnlistedPackageSource",
		short:
			"A requirements file, pyproject.toml or lock names a package source the policy does not list.",
		full: "A requirements file names a package source (`--index-url`, `--extra-index-url`, `--find-links` or `--trusted-host`), a pyproject.toml tells uv or Poetry to use one (`[[tool.uv.index]]`; `index-url`, `extra-index-url` or `find-links` in `[tool.uv]` or `[tool.uv.pip]`; `[[tool.poetry.source]]`), or a lock installs packages from one (uv.lock `source = { registry = ... }`, pylock.toml `index`, poetry.lock's `[package.source]`), and it is not PyPI (`https://pypi.org/simple`, its file host `files.pythonhosted.org`), the policy's `index-url` or in `[indexes] allowed`. The installer may install any package from it, whatever the pins say. A lock's index is reported once per lock (on its first package), and not at all when the project's own settings name it (that finding is the one to fix). The workflow's `index-url` input is where pin-audit reads release data; it does not allow the audited files to install from that index: list it in `[indexes] allowed` too.",
		fix: "Remove it, or, if it is trusted, add it to `[indexes] allowed` in the policy.",
		tags: INDEX,
	},
	soak: {
		name: "CanarySoakNotOver",
		short:
			"A project moves to a version the canary has not run for the soak time.",
		full: "A change moves a project outside `[rollout] canary` to a version the canary has not run on the base branch for `[rollout] soak` (read from the base's first-parent history), or does not run at all.",
		fix: "Wait until the soak ends, or move the canary first (`pin-audit fix --project <canary> --package <name> --to <version>`).",
		tags: ["dependencies", "policy"],
	},
	"dead-marker": {
		name: "RequirementNeverApplies",
		short: "A requirement's marker can never hold where the project runs.",
		full: "A requirement's environment marker can never hold for the project: a Python the project's `requires-python` excludes (`python_version < \"3.8\"` under `>=3.10`), an `extra` in a requirements file (pip sets none), or a marker that contradicts itself. No installer installs it, so no other rule judges it; this notice says so once.",
		fix: "Remove the line, or correct its marker.",
		tags: ["dependencies"],
	},
	"invalid-file": {
		name: "UnreadableFile",
		short: "A dependency file, or a line in it, cannot be read.",
		full: "A file that is not UTF-8, not valid TOML, truncated, binary or too large, or a line that cannot be understood: what pip, uv or Poetry would make of it cannot be checked, so it is reported rather than skipped. The rest of the repository is still audited.",
		fix: "Correct the file or line the finding names.",
		tags: FILES,
	},
	discovery: {
		name: "PathNotAudited",
		short: "A path was not followed, or there was nothing to audit.",
		full: "An include that points outside the audited root, a symlink out of the root or a symlink loop, or an audit that found no dependency file at all.",
		fix: "Keep included files inside the audited root, or check the audited path and its include and exclude globs.",
		tags: FILES,
	},
	unauditable: {
		name: "UnauditableSource",
		short:
			"An installer would read something pin-audit cannot read the same way.",
		full: "Something an installer would read that pin-audit cannot read the same way: a file over 16 MiB, the rest of a file past 200,000 requirements, a symbolic link it cannot follow exactly as the OS would (out of the repository, into `.git` or `node_modules`, past 40 links), an encoding pip decodes and pin-audit does not, a requirement URL without a package name, a remote include, or dependencies a build backend computes. It is always an error: what was not read cannot pass the gate.",
		fix: "Make the source auditable as the finding says: a regular UTF-8 file inside the repository, a `name @ url` requirement, or dependencies declared in `[project]` or `[tool.setuptools.dynamic]` files.",
		tags: FILES,
	},
};

/** A rule id this build does not describe (never expected; said rather than dropped). */
export function describeUnknownRule(id: string): RuleDescription {
	return {
		name: `Rule${id.replace(/[^A-Za-z0-9]/g, "")}`,
		short: `Findings of rule ${id}.`,
		full: `Findings of rule ${id}.`,
		fix: "See the finding's message.",
		tags: ["dependencies"],
	};
}

export function ruleHelpUri(id: string): string {
	return `${RULES_DOCUMENTATION_URL}#${id}`;
}
