// The base side of a comparison, read from git the way the action reads it: the audited files of the base
// commit are materialized into a temporary directory and audited with the head's policy (one policy judges
// both sides), so findings can be marked new or existing and dependency changes listed. No @actions here:
// the CLI (`--base-ref`) and the action share it.

import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { mkdtemp, rm } from "../async-fs.js";
import { type AuditOptions, auditRepository } from "../audit.js";
import { ConfigurationError } from "../errors.js";
import { materializeFromGit, resolveCommit } from "../github/git-tree.js";
import type { Report } from "../model/report.js";
import { findCheckout, type GitCheckout } from "../rollout/git-checkout.js";

export interface BaseSide {
	report: Report;
	/** The full commit id `ref` named. */
	commit: string;
	checkout: GitCheckout;
}

/** The policy file the head's report ran with, as an absolute path (undefined: the built-in default). */
export function headPolicyPath(
	root: string,
	head: Report,
	explicit: string | undefined,
): string | undefined {
	if (explicit !== undefined) return explicit;
	return head.policy.file === null
		? undefined
		: resolve(root, head.policy.file);
}

/** Audits `ref` of the checkout holding `options.root`, judged by `policyPath`. */
export async function auditBaseRef(
	options: AuditOptions,
	ref: string,
	policyPath: string | undefined,
): Promise<BaseSide> {
	const checkout = await findCheckout(options.root);
	let commit: string;
	try {
		commit = (await resolveCommit(checkout.repoDir, ref)).commit;
	} catch (error) {
		throw new ConfigurationError(
			`--base-ref ${ref}: ${error instanceof Error ? error.message : String(error)}`,
		);
	}
	const dest = await mkdtemp(join(tmpdir(), "pin-audit-base-"));
	try {
		await materializeFromGit(checkout.repoDir, commit, checkout.prefix, dest);
		const report = await auditRepository({
			...options,
			root: dest,
			...(policyPath === undefined ? {} : { policyPath }),
		});
		return { report: { ...report, root: options.root }, commit, checkout };
	} finally {
		await rm(dest, { recursive: true, force: true });
	}
}
