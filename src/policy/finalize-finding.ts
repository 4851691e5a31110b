// The user-facing finding a rule's finding becomes once consolidated: its message assembled from the parts,
// and the identity compare-reports.ts matches it by across commits.
import type { Finding } from "../model/types.js";
import { compareText, type RuleFinding } from "./rule-context.js";

/** The user-facing finding: message, then the fix, then any detail (a table) on the following lines. */
export function finalizeFinding(finding: RuleFinding): Finding {
	const { facts, ...rest } = finding;
	const fix = facts.fix === undefined ? "" : ` ${facts.fix}`;
	const detail = facts.detail === undefined ? "" : `\n${facts.detail}`;
	const key = identifyFinding(finding);
	return {
		...rest,
		message: `${finding.message}${fix}${detail}`,
		...(key === undefined ? {} : { key }),
	};
}

/**
 * A finding's identity across commits, from the facts it is about: messages carry fleet-wide prose ("while 3
 * other project(s) use 2.12.5", "The fix also satisfies ...") that another project's change alters. Lines are
 * left out (an edit above a requirement moves it), so is severity. Undefined when the finding records no
 * such facts; compare-reports.ts then falls back to its message.
 */
export function identifyFinding(finding: RuleFinding): string | undefined {
	const { requirement, entry, stale, clash } = finding.facts;
	if (
		requirement === undefined &&
		entry === undefined &&
		stale === undefined &&
		clash === undefined
	)
		return undefined;
	return JSON.stringify([
		finding.rule,
		finding.project,
		finding.package,
		finding.file,
		requirement === undefined
			? null
			: [
					requirement.name,
					requirement.specifier,
					requirement.marker,
					requirement.url,
					requirement.group,
				],
		entry === undefined ? null : [entry.name, entry.version, entry.file],
		(stale ?? []).map((e) => `${e.name}==${e.version ?? ""}`).sort(compareText),
		// The other side of a clash, as written: not its line, not its origin (which names lines).
		(clash?.members ?? []).map((m) => `${m.file}\0${m.text}`).sort(compareText),
	]);
}
