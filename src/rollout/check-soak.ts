// Rule `soak`: a change that moves a non-canary project to version V of a package is flagged when the canary
// has not run V on the base branch for the soak time, or does not run it. The canary itself may move first.
// "Runs since" is the commit date of the first commit of the base's first-parent history from which on the
// canary's pin or lock holds V (canary-history.ts). Without history the finding says it could not tell.
import type { Finding, Project, Severity } from "../model/types.js";
import type { Policy } from "../policy/schema.js";
import type { Adoption } from "./canary-history.js";
import {
	listCanaryPaths,
	listRolloutMoves,
	listRunVersions,
	type RolloutMove,
} from "./rollout-moves.js";

export interface SoakInput {
	policy: Policy;
	base: readonly Project[];
	head: readonly Project[];
	/** How the base is named in messages (`main`, `origin/main`, a commit). */
	baseName: string;
	now: Date;
	adoption: (
		canary: Project,
		paths: readonly string[],
		name: string,
		version: string,
	) => Promise<Adoption>;
}

export async function checkSoak(input: SoakInput): Promise<Finding[]> {
	const { rollout, rules } = input.policy;
	if (rollout.canary.length === 0 || rules.soak === "off") return [];
	const severity: Severity = rules.soak;
	const findings: Finding[] = [];
	for (const move of listRolloutMoves(rollout.canary, input.base, input.head)) {
		const answers: { canary: Project; adoption: Adoption }[] = [];
		for (const canary of move.canaries)
			answers.push({
				canary,
				adoption: await input.adoption(
					canary,
					listCanaryPaths(canary),
					move.package,
					move.version,
				),
			});
		const finding = judgeMove(move, answers, input, severity);
		if (finding !== null) findings.push(finding);
	}
	return findings;
}

function judgeMove(
	move: RolloutMove,
	answers: readonly { canary: Project; adoption: Adoption }[],
	input: SoakInput,
	severity: Severity,
): Finding | null {
	const soak = input.policy.rollout.soak;
	const since = answers
		.flatMap((a) =>
			a.adoption.kind === "since" ? [{ ...a, adoption: a.adoption }] : [],
		)
		.sort((a, b) => a.adoption.date.getTime() - b.adoption.date.getTime());
	const earliest = since[0];
	if (
		earliest !== undefined &&
		earliest.adoption.date.getTime() + soak <= input.now.getTime()
	)
		return null;
	const base = {
		rule: "soak",
		project: move.project,
		package: move.package,
		file: move.file,
		line: move.line,
		key: `soak\0${move.project}\0${move.package}\0${move.version}`,
	};
	const what = `\`${move.package}\` moves to ${move.version} in ${move.project}`;
	const setting = `[rollout] soak = ${JSON.stringify(input.policy.rollout.soakText)}`;
	if (earliest !== undefined) {
		const { canary, adoption } = earliest;
		const ends = new Date(adoption.date.getTime() + soak);
		return {
			...base,
			severity,
			message: `${what}, but the canary ${canary.path} has run it only since ${formatDate(adoption.date)} (commit ${adoption.commit.slice(0, 7)} on ${input.baseName}): the soak (${setting}) ends ${formatDate(ends)}. Move the other projects after that.`,
		};
	}
	const unknown = answers.find((a) => a.adoption.kind === "unknown");
	if (unknown !== undefined && unknown.adoption.kind === "unknown")
		return {
			...base,
			severity: "notice",
			message: `${what}; pin-audit could not tell since when the canary ${unknown.canary.path} runs it on ${input.baseName} (${unknown.adoption.reason}), so the soak (${setting}) was not checked.`,
		};
	const canary = answers[0]?.canary;
	const runs =
		canary === undefined
			? []
			: listRunVersions(canary, move.package).map((s) => s.version);
	return {
		...base,
		severity,
		message: `${what}, but the canary ${canary?.path ?? "(none)"} does not run ${move.version} on ${input.baseName}${runs.length > 0 ? ` (it runs ${[...new Set(runs)].join(", ")})` : ""}: move the canary first and let it soak (${setting}).`,
	};
}

/** `2026-12-03 18:15 UTC`. */
export function formatDate(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
