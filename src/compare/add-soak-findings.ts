// Rule `soak` on a head report compared with its base: the policy's [rollout], the base commit's first-parent
// history (read from the git checkout), and the head's projects. Shared by the CLI (`--base-ref`) and the action.
import { posix } from "node:path";
import { buildReport, compareFindings } from "../audit.js";
import { resolveCommit } from "../github/git-tree.js";
import type { Report } from "../model/report.js";
import { loadPolicy } from "../policy/load-policy.js";
import { waiveSoakFindings } from "../policy/soak-exceptions.js";
import { CanaryHistory } from "../rollout/canary-history.js";
import { checkSoak } from "../rollout/check-soak.js";
import type { GitCheckout } from "../rollout/git-checkout.js";

export interface SoakContext {
	/** The audited root on disk (its policy judges both sides). */
	root: string;
	policyPath: string | undefined;
	checkout: GitCheckout;
	/** The base as named (a branch, a commit). */
	baseRef: string;
	/** Its commit id, when known; else resolved from `baseRef` in the checkout. */
	baseCommit?: string;
	now: Date;
}

/** The checkout of the action's workspace, with `path` (the audited directory, as the input gives it). */
export function checkoutOf(workspace: string, path: string): GitCheckout {
	const prefix = posix.normalize(path.replaceAll("\\", "/")).replace(/\/$/, "");
	return { repoDir: workspace, prefix: prefix === "" ? "." : prefix };
}

/** The head report with `soak` findings added (the same report when there are none). */
export async function addSoakFindings(
	head: Report,
	base: Report,
	context: SoakContext,
): Promise<Report> {
	const { policy } = await loadPolicy(context.root, context.policyPath);
	if (policy.rollout.canary.length === 0 || policy.rules.soak === "off")
		return head;
	const commit =
		context.baseCommit ??
		(await resolveCommit(context.checkout.repoDir, context.baseRef)
			.then((r) => r.commit)
			.catch(() => null));
	const history =
		commit === null
			? null
			: new CanaryHistory({
					checkout: context.checkout,
					commit,
					horizon: new Date(context.now.getTime() - policy.rollout.soak),
				});
	const checked = await checkSoak({
		policy,
		base: base.projects,
		head: head.projects,
		// A commit id is shortened the way git shows it; a branch name is kept.
		baseName: /^[0-9a-f]{40,64}$/.test(context.baseRef)
			? context.baseRef.slice(0, 12)
			: context.baseRef,
		now: context.now,
		adoption: async (canary, paths, name, version) =>
			history === null
				? {
						kind: "unknown",
						reason: "the base commit is not in the git checkout",
					}
				: history.adoption(canary, paths, name, version),
	});
	// Waived by `[[exceptions]]` like any rule's findings (the tree's evaluation ran before these existed).
	const soak = waiveSoakFindings(checked, policy, context.now);
	if (soak.length === 0) return head;
	// The head's other fields (scope, checks, package links) stay; findings and summary are rebuilt.
	return {
		...head,
		...buildReport(
			head.root,
			head.policy,
			head.projects,
			[...head.findings, ...soak].sort(compareFindings),
			head.summary.files,
		),
	};
}
