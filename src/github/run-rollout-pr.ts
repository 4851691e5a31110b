// `rollout-pr: canary` in drift mode: for each package whose canary wave is ready (the rollout plan of the drift
// report), one pull request moving the canary's projects, and only them, to the target version. The files come
// from the checkout (which must be the default branch's head, so the commit changes nothing else), the commit
// from the Git Data API on pin-audit's own branch. Any failure is a warning: the drift issue is already written.
import * as core from "@actions/core";
import type { DriftReport } from "../drift/drift-report.js";
import { loadPolicy } from "../policy/load-policy.js";
import {
	buildCanaryChange,
	type CanaryChange,
	listReadyCanaryWaves,
} from "../rollout/canary-change.js";
import { renderRolloutPullRequest } from "../rollout/render-rollout-pull-request.js";
import { rolloutBranch } from "../rollout/rollout-branch.js";
import type { RolloutPlan, RolloutWave } from "../rollout/rollout-plan.js";
import type { ActionRun } from "./action-run.js";
import type { SideOptions } from "./audit-options.js";
import { findTokenAuthor, type TokenAuthor } from "./comment.js";
import {
	describeApiError,
	errorStatus,
	failedRequest,
	isPermissionRefusal,
	type RestClient,
} from "./rest-client.js";
import {
	type RepoTarget,
	readBranchCommit,
	writeBranch,
} from "./rollout-branch-write.js";
import {
	findDeclinedPull,
	upsertRolloutPullRequest,
} from "./rollout-pull-request.js";

interface Session {
	client: RestClient;
	target: RepoTarget;
	author: TokenAuthor;
	defaultBranch: string;
	baseCommit: string;
}

export async function openCanaryPullRequests(
	run: ActionRun,
	root: string,
	drift: DriftReport,
	auditOptions: SideOptions,
): Promise<void> {
	const plans = drift.repositories.flatMap((r) => r.rollout ?? []);
	const ready = listReadyCanaryWaves(plans);
	if (ready.length === 0) {
		core.info("rollout-pr: no canary wave is ready to move.");
		return;
	}
	try {
		const session = await openSession(run);
		if (session === null) return;
		const { policy } = await loadPolicy(root, run.inputs.policy);
		for (const { plan, wave } of ready) {
			const change = await buildCanaryChange(
				{
					root,
					...auditOptions,
					...(run.inputs.policy ? { policyPath: run.inputs.policy } : {}),
				},
				policy.rollout.canary,
				plan,
				wave,
			);
			await publishCanary(run, session, change, {
				plan,
				drift,
				soakText: policy.rollout.soakText,
			});
		}
	} catch (error) {
		const request = failedRequest(error);
		run.warn(
			isPermissionRefusal(error)
				? `pin-audit could not open the canary pull request (${request ? `${request}: ` : ""}HTTP ${errorStatus(error)}): the token needs the \`contents: write\` and \`pull-requests: write\` permissions (under \`permissions:\` in the workflow), and with the GITHUB_TOKEN the repository setting "Allow GitHub Actions to create and approve pull requests". The drift issue and summary are not affected.`
				: `pin-audit could not open the canary pull request (${describeApiError(error)}). The drift issue and summary are not affected.`,
		);
	}
}

/** The client, the default branch and its head; null (with a warning) when the checkout is not that head. */
async function openSession(run: ActionRun): Promise<Session | null> {
	const client = await run.getClient();
	const target = { owner: run.ctx.owner, repo: run.ctx.repo };
	const repository = await client.request("GET /repos/{owner}/{repo}", target);
	const defaultBranch = (repository.data as { default_branch?: unknown })
		.default_branch;
	if (typeof defaultBranch !== "string" || defaultBranch === "")
		throw new Error(
			"GET /repos/{owner}/{repo}: no default_branch in the answer",
		);
	const baseCommit = await readBranchCommit(client, target, defaultBranch);
	if (baseCommit === null)
		throw new Error(`the default branch ${defaultBranch} has no commit`);
	const checkout = run.env.GITHUB_SHA;
	if (checkout !== undefined && checkout !== "" && checkout !== baseCommit) {
		run.warn(
			`pin-audit did not open a canary pull request: the checkout (${checkout.slice(0, 12)}) is not the head of ${defaultBranch} (${baseCommit.slice(0, 12)}), and the pull request's files are read from the checkout. Run drift mode on the default branch (on: schedule does).`,
		);
		return null;
	}
	return {
		client,
		target,
		author: await findTokenAuthor(client),
		defaultBranch,
		baseCommit,
	};
}

async function publishCanary(
	run: ActionRun,
	session: Session,
	change: CanaryChange,
	context: { plan: RolloutPlan; drift: DriftReport; soakText: string },
): Promise<void> {
	const what = `${change.package} ${change.version}`;
	if (change.files.size === 0) {
		core.info(
			`rollout-pr: ${what}: no manifest or requirements line of the canary to change${change.lockCommands.length > 0 ? ` (its lock moves with: ${change.lockCommands.join("; ")})` : ""}.`,
		);
		return;
	}
	const branch = rolloutBranch(change.package, change.version);
	const declined = await findDeclinedPull(
		session.client,
		session.target,
		session.author,
		branch,
	);
	if (declined !== null) {
		core.info(
			`rollout-pr: ${what}: pull request #${declined} was closed without merging; not proposed again (a newer version gets its own).`,
		);
		return;
	}
	const prefix = run.inputs.path === "." ? "" : `${run.inputs.path}/`;
	const files = new Map(
		[...change.files].map(([path, text]) => [`${prefix}${path}`, text]),
	);
	const { title, body } = renderRolloutPullRequest({
		change,
		entries: context.drift.repositories
			.flatMap((r) => r.entries)
			.filter((e) => e.package === change.package),
		policy: context.drift.repositories[0]?.policy ?? "the policy",
		soakText: context.soakText,
		branch,
	});
	const written = await writeBranch(session.client, session.target, {
		branch,
		protectedBranch: session.defaultBranch,
		baseCommit: session.baseCommit,
		files,
		message: `${title}\n\n${describeWave(context.plan, change.wave)}`,
	});
	const pull = await upsertRolloutPullRequest(
		session.client,
		session.target,
		session.author,
		{
			branch,
			base: session.defaultBranch,
			title: run.mask(title),
			body: run.mask(body),
		},
	);
	core.info(
		`rollout-pr: ${what}: branch ${branch} ${written.action}; pull request ${pull.number === null ? "" : `#${pull.number} `}${pull.action}.`,
	);
}

function describeWave(plan: RolloutPlan, wave: RolloutWave): string {
	return `The canary wave of the rollout plan for ${plan.package} ${plan.target}: ${wave.projects.join(", ")}.\nSame as: ${wave.command}`;
}
