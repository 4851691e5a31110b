// The rollout plan of one repository on disk: the drift entries and the policy's [rollout], plus since when the
// canary runs each target version, read from the checkout's first-parent history (canary-history.ts). Without
// git history the canary's adoption date is unknown and the plan says so.

import { runGit } from "../github/git-tree.js";
import type { DriftEntry } from "../model/drift-report.js";
import type { Report } from "../model/report.js";
import type { Policy } from "../policy/schema.js";
import { CanaryHistory } from "./canary-history.js";
import { findCheckout } from "./git-checkout.js";
import { planRollout } from "./plan-rollout.js";
import { listCanaries, listCanaryPaths } from "./rollout-moves.js";
import type { RolloutPlan } from "./rollout-plan.js";

export async function planRepositoryRollout(
	root: string,
	audit: Report,
	policy: Policy,
	entries: readonly DriftEntry[],
	now: Date,
): Promise<RolloutPlan[]> {
	if (policy.rollout.canary.length === 0) return [];
	const draft = planRollout(entries, policy.rollout, () => null, now);
	const adopted = new Map<string, Date | null>();
	const history = await openHistory(root, now, policy.rollout.soak);
	const canaries = listCanaries(audit.projects, policy.rollout.canary);
	for (const plan of draft) {
		const canaryWave = plan.waves.find((w) => w.canary);
		// Only a canary that already moved has an adoption date to look up.
		if (canaryWave === undefined || canaryWave.state === "ready") continue;
		let latest: Date | null = null;
		for (const path of canaryWave.projects) {
			const canary = canaries.find((c) => c.path === path);
			const adoption =
				canary === undefined || history === null
					? null
					: await history.adoption(
							canary,
							listCanaryPaths(canary),
							plan.package,
							plan.target,
						);
			if (adoption?.kind !== "since") {
				latest = null;
				break;
			}
			if (latest === null || adoption.date > latest) latest = adoption.date;
		}
		adopted.set(`${plan.package}\0${plan.target}`, latest);
	}
	return planRollout(
		entries,
		policy.rollout,
		(name, version) => adopted.get(`${name}\0${version}`) ?? null,
		now,
	);
}

async function openHistory(
	root: string,
	now: Date,
	soak: number,
): Promise<CanaryHistory | null> {
	try {
		const checkout = await findCheckout(root);
		const commit = (
			await runGit(["rev-parse", "--verify", "HEAD"], checkout.repoDir)
		)
			.toString("utf8")
			.trim();
		return new CanaryHistory({
			checkout,
			commit,
			horizon: new Date(now.getTime() - soak),
		});
	} catch {
		return null;
	}
}
