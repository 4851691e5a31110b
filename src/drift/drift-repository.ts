// Drift of one repository: the audit (discover, parse, policy) and then one listing of every release per pinned
// or locked package, all before the pure computation. The CLI and the action both come through here.
import { type AuditOptions, auditRepository } from "../audit.js";
import {
	gatherReleaseLists,
	projectPackageKey,
} from "../index/gather-release-lists.js";
import type { Report } from "../model/report.js";
import { loadPolicy } from "../policy/load-policy.js";
import { planRepositoryRollout } from "../rollout/plan-repository-rollout.js";
import {
	buildDriftReport,
	computeRepositoryDrift,
	listDriftPackages,
} from "./compute-drift.js";
import type { DriftReport } from "./drift-report.js";

export interface DriftOptions extends AuditOptions {
	/** Name of the repository in the report (`owner/repo`); default: the root as given. */
	name?: string;
	/** The clock cooldowns are judged against; default: now. */
	now?: Date;
}

export interface RepositoryDrift {
	drift: DriftReport;
	/** The audit that ran on the way (its JSON is what `merge` also accepts). */
	audit: Report;
}

export async function driftRepository(
	options: DriftOptions,
): Promise<RepositoryDrift> {
	const now = options.now ?? new Date();
	const audit = await auditRepository({
		...options,
		today: options.today ?? now,
	});
	// The audit validated the policy already; this reads the same file for its package rules and cooldowns.
	const loaded = await loadPolicy(options.root, options.policyPath);
	const lists = await gatherReleaseLists(
		audit.projects,
		listDriftPackages(audit.projects),
		{
			offline: options.offline ?? true,
			indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
			cacheDir: options.cacheDir ?? null,
			http: {
				concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency,
			},
			env: options.networkEnv ?? options.env ?? {},
			// As in auditRepository: the token comes only from `indexToken`, never from the `${VAR}` environment.
			token: options.indexToken ?? null,
		},
	);
	const repository = computeRepositoryDrift({
		name: options.name ?? audit.root,
		policy: audit.policy.description,
		projects: audit.projects,
		rules: loaded.policy,
		releases: (project, name) =>
			lists.listings.get(projectPackageKey(project, name)),
		now,
	});
	const rollout = await planRepositoryRollout(
		options.root,
		audit,
		loaded.policy,
		repository.entries,
		now,
	);
	if (rollout.length > 0) repository.rollout = rollout;
	return { drift: buildDriftReport([repository], now), audit };
}
