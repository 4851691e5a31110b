import type { Finding } from "../model/types.js";

// Which of the head's findings a change set introduced. Pure.
//
// Identity of a finding: its `key` when it has one (policy findings: built from the facts it is about, since
// messages carry fleet-wide prose another project's change alters), else rule, project, package, file, and
// the message with line numbers removed. Lines are
// left out because an unrelated edit above a requirement moves it without changing the problem: `line` itself,
// and line references inside the message (`requirements.txt:12`, `line 12`, `lines 3 and 5`). Severity is left
// out too (a policy that makes a warning an error does not make the problem new). Matching counts duplicates:
// three identical findings on the head against two on the base leave one new.

export type FindingStatus = "new" | "existing";

export interface FindingComparison {
	/** Status of each head finding, same order as the head's findings. */
	statuses: FindingStatus[];
	newCount: number;
	existingCount: number;
	/** Base findings the head no longer has. */
	fixed: Finding[];
	/** False when there was no base to compare with: every finding counts as new. */
	compared: boolean;
}

export function findingIdentity(f: Finding): string {
	// Policy findings carry an identity built from facts (see identifyFinding); others (invalid-file,
	// discovery) are identified by their message.
	if (f.key !== undefined) return `key\0${f.key}`;
	return [
		f.rule,
		f.project ?? "",
		f.package ?? "",
		f.file ?? "",
		withoutLineNumbers(f.message),
	].join("\0");
}

/** The message with every line reference replaced by `N`. */
export function withoutLineNumbers(message: string): string {
	return message
		.replace(/(\.(?:txt|in|toml|lock|cfg)):\d+(?::\d+)?/gi, "$1:N")
		.replace(/\b(lines?) \d+(?:(?:, | and | to |-)\d+)*/gi, "$1 N");
}

export function compareReports(
	base: readonly Finding[] | null,
	head: readonly Finding[],
): FindingComparison {
	if (base === null) {
		return {
			statuses: head.map(() => "new"),
			newCount: head.length,
			existingCount: 0,
			fixed: [],
			compared: false,
		};
	}
	const remaining = new Map<string, Finding[]>();
	for (const f of base) {
		const id = findingIdentity(f);
		remaining.set(id, [...(remaining.get(id) ?? []), f]);
	}
	const statuses = head.map((f): FindingStatus => {
		const left = remaining.get(findingIdentity(f));
		if (left && left.length > 0) {
			left.shift();
			return "existing";
		}
		return "new";
	});
	const newCount = statuses.filter((s) => s === "new").length;
	return {
		statuses,
		newCount,
		existingCount: head.length - newCount,
		fixed: [...remaining.values()].flat(),
		compared: true,
	};
}
