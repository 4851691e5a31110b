// Runs every enabled rule over the projects, drops what active exceptions suppress, sorts the rest.
import type { IndexFacts } from "../index/index-facts.js";
import { append } from "../model/append.js";
import type { Finding, Project } from "../model/types.js";
import { consolidateFindings } from "./consolidate-findings.js";
import { isSuppressedBy } from "./exception-match.js";
import { finalizeFinding } from "./finalize-finding.js";
import {
	compareText,
	createRuleContext,
	type Rule,
	type RuleFinding,
} from "./rule-context.js";
import { checkBanned } from "./rules/banned.js";
import { checkCompat } from "./rules/compat.js";
import { checkCompiledMismatch } from "./rules/compiled-mismatch.js";
import { checkConflict } from "./rules/conflict.js";
import { checkDeadMarker, listLiveProjects } from "./rules/dead-marker.js";
import { checkDependencyConflicts } from "./rules/dependency-conflict.js";
import { checkDiverged } from "./rules/diverged.js";
import {
	checkExceptionExpired,
	listActiveExceptions,
} from "./rules/exception-expired.js";
import { checkExceptionUnused } from "./rules/exception-unused.js";
import { checkInconsistent } from "./rules/inconsistent.js";
import { checkIndex } from "./rules/index.js";
import { checkIndexUnavailable } from "./rules/index-unavailable.js";
import { checkLockMismatch } from "./rules/lock-mismatch.js";
import { checkMissing } from "./rules/missing.js";
import { checkOutsidePolicy } from "./rules/outside-policy.js";
import { checkTooNew } from "./rules/too-new.js";
import { checkUnpinned } from "./rules/unpinned.js";
import { checkUnsatisfiable } from "./rules/unsatisfiable.js";
import { checkYanked } from "./rules/yanked.js";
import {
	type Policy,
	type PolicyException,
	RULE_IDS,
	type RuleId,
} from "./schema.js";
import { soakExceptionInScope } from "./soak-exceptions.js";

const RULES: Record<RuleId, Rule> = {
	unpinned: checkUnpinned,
	"outside-policy": checkOutsidePolicy,
	banned: checkBanned,
	"lock-mismatch": (context) => [
		...checkLockMismatch(context),
		...checkCompiledMismatch(context),
	],
	// Two sources of clashes: the project's own requirements, and what its pinned packages require.
	conflict: (context) => [
		...checkUnsatisfiable(context),
		...checkConflict(context),
		...checkDependencyConflicts(context),
	],
	diverged: checkDiverged,
	inconsistent: checkInconsistent,
	compat: checkCompat,
	"exception-expired": checkExceptionExpired,
	// Judged after the other rules, from what the exceptions suppressed (see below).
	"exception-unused": () => [],
	missing: checkMissing,
	yanked: checkYanked,
	"too-new": checkTooNew,
	"index-unavailable": checkIndexUnavailable,
	index: checkIndex,
	// A change against its base branch's history, not one tree: see src/rollout/check-soak.ts.
	soak: () => [],
	"dead-marker": checkDeadMarker,
};

/** Rules that read requirements whose markers never hold: their own notice, and uv.lock's recorded manifest. */
const SEE_DEAD: ReadonlySet<RuleId> = new Set(["dead-marker", "lock-mismatch"]);

export interface PolicyEvaluation {
	findings: Finding[];
	/** Findings an active exception suppressed, for a report that says how many were waived. */
	suppressed: Finding[];
}

export interface EvaluationOptions {
	today: Date;
	index?: IndexFacts;
	/**
	 * Only part of the repository was audited (--include, --exclude, a subdirectory): an exception for the rest
	 * is not unused, so `exception-unused` is not judged.
	 */
	partial?: boolean;
}

export function evaluatePolicy(
	projects: Project[],
	policy: Policy,
	options: EvaluationOptions,
): Finding[] {
	return evaluatePolicyWithExceptions(projects, policy, options).findings;
}

export function evaluatePolicyWithExceptions(
	projects: Project[],
	policy: Policy,
	options: EvaluationOptions,
): PolicyEvaluation {
	const whole = createRuleContext(
		projects,
		policy,
		options.today,
		options.index,
	);
	// A requirement whose marker never holds is judged by no rule but its own notice; uv.lock still records
	// it as written, so the lock comparison sees every requirement.
	const context = { ...whole, projects: listLiveProjects(projects) };
	const all: RuleFinding[] = [];
	for (const id of RULE_IDS) {
		if (policy.rules[id] === "off") continue;
		try {
			append(all, RULES[id](SEE_DEAD.has(id) ? whole : context));
		} catch (error) {
			// Rules are written not to throw; if one does, the audit must not pass silently.
			all.push({
				rule: id,
				severity: "error",
				project: null,
				package: null,
				file: null,
				line: null,
				message: `pin-audit failed while checking rule \`${id}\` (this is a bug in pin-audit, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
				facts: {},
			});
		}
	}
	const active = listActiveExceptions(policy.exceptions, options.today);
	const findings: RuleFinding[] = [];
	const suppressed: RuleFinding[] = [];
	const used = new Set<PolicyException>();
	for (const finding of all) {
		const by = active.filter((e) => isSuppressedBy(finding, e));
		for (const exception of by) used.add(exception);
		(by.length > 0 ? suppressed : findings).push(finding);
	}
	// `soak` fires only against a base: here its exceptions are judged by scope (soak-exceptions.ts).
	for (const e of active)
		if (soakExceptionInScope(e, projects, policy.rollout.canary)) used.add(e);
	if (policy.rules["exception-unused"] !== "off" && !options.partial)
		append(findings, checkExceptionUnused(context, active, used));
	return {
		findings: sortFindings(
			consolidateFindings(findings, projects).map(finalizeFinding),
		),
		suppressed: sortFindings(suppressed.map(finalizeFinding)),
	};
}

/** By file (findings without one last), line, rule, package, project, message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
	return [...findings].sort(
		(a, b) =>
			(a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) ||
			compareText(a.file ?? "", b.file ?? "") ||
			(a.line ?? 0) - (b.line ?? 0) ||
			compareText(a.rule, b.rule) ||
			compareText(a.package ?? "", b.package ?? "") ||
			compareText(a.project ?? "", b.project ?? "") ||
			compareText(a.message, b.message),
	);
}
