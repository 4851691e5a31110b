// What an audit checked and what it did not, and why: an offline audit, or one whose index did not answer,
// must say that yanked and too-new were not checked rather than read as "nothing yanked, nothing too new".
import type { IndexFacts } from "../index/index-facts.js";
import type { Check } from "../model/report.js";
import { type Policy, RULE_IDS, type RuleId } from "../policy/schema.js";

/** The rules that need a package index to say anything. */
const INDEX_RULES: ReadonlySet<RuleId> = new Set([
	"yanked",
	"too-new",
	"index-unavailable",
]);

export function listChecks(policy: Policy, index: IndexFacts): Check[] {
	const lookups = [...index.releases.values()];
	const failed = lookups.filter((entry) => !entry.lookup.ok).length;
	return RULE_IDS.map((rule): Check => {
		if (policy.rules[rule] === "off")
			return {
				rule,
				status: "not-run",
				reason: `turned off in the policy (rules.${rule} = "off")`,
			};
		if (!INDEX_RULES.has(rule)) return { rule, status: "ran", reason: null };
		if (!index.online)
			return {
				rule,
				status: "not-run",
				reason: "offline: no package index was asked",
			};
		if (rule === "index-unavailable" || failed === 0)
			return { rule, status: "ran", reason: null };
		return failed === lookups.length
			? {
					rule,
					status: "not-run",
					reason: `the package index could not be read for any of ${lookups.length} releases`,
				}
			: {
					rule,
					status: "partial",
					reason: `${failed} of ${lookups.length} releases could not be looked up on the package index`,
				};
	});
}

/** One line for a person: `yanked, too-new (offline: no package index was asked)`; null when all ran. */
export function describeUnchecked(checks: readonly Check[]): string | null {
	const byReason = new Map<string, string[]>();
	for (const check of checks) {
		if (check.status === "ran") continue;
		const label = `${check.rule}${check.status === "partial" ? " (in part)" : ""}`;
		const reason = check.reason ?? "";
		byReason.set(reason, [...(byReason.get(reason) ?? []), label]);
	}
	if (byReason.size === 0) return null;
	return [...byReason]
		.map(
			([reason, rules]) => `${rules.join(", ")}${reason ? ` (${reason})` : ""}`,
		)
		.join("; ");
}
