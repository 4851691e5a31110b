// `exception-unused`: an exception in force that suppressed nothing in this audit: a typo in its `project`
// or `file` glob, or a problem fixed long ago. Like ruff's RUF100, it says so, naming the exception's file and
// line, so that an exception never silently outlives its reason or misses its target.
import type { RuleContext, RuleFinding } from "../rule-context.js";
import type { PolicyException, RuleId } from "../schema.js";

/** Rules that cannot fire offline: an exception for them is not unused just because the index was not asked. */
const INDEX_RULES: ReadonlySet<RuleId> = new Set([
	"yanked",
	"too-new",
	"index-unavailable",
]);

export function checkExceptionUnused(
	context: RuleContext,
	active: readonly PolicyException[],
	used: ReadonlySet<PolicyException>,
): RuleFinding[] {
	return active
		.filter(
			(exception) =>
				!used.has(exception) &&
				context.policy.rules[exception.rule] !== "off" &&
				(context.index.online || !INDEX_RULES.has(exception.rule)),
		)
		.map((exception): RuleFinding => {
			const scope = [
				exception.package === null ? null : `package ${exception.package}`,
				exception.project === null ? null : `projects ${exception.project}`,
				exception.file === null ? null : `files ${exception.file}`,
			].filter((part) => part !== null);
			return {
				rule: "exception-unused",
				severity: context.severityOf("exception-unused"),
				project: null,
				package: exception.package,
				file: context.policy.file,
				line: exception.line,
				message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} ("${exception.reason}") matched no finding in this audit: its globs may be misspelled, or the problem is gone.`,
				facts: { fix: "Fix its `project`/`file`/`package`, or remove it." },
			};
		});
}
