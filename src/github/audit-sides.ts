import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { auditRepository, buildReport, compareFindings } from "../audit.js";
import { addSoakFindings, checkoutOf } from "../compare/add-soak-findings.js";
import { ConfigurationError } from "../errors.js";
import type { Report } from "../model/report.js";
import type { Finding } from "../model/types.js";
import { stripControls } from "../report/escape.js";
import type { ActionRun } from "./action-run.js";
import { pinIndex, type SideOptions } from "./audit-options.js";
import { materializeFromApi } from "./contents-api.js";
import {
	headCommit,
	type MaterializeResult,
	materializeFromGit,
	resolveCommit,
	type TreeWarning,
} from "./git-tree.js";
import { basePolicyPath, policyOptions } from "./policy-from.js";
import { describeApiError } from "./rest-client.js";

export interface Side {
	report: Report;
	/** How it was read, for the log. */
	source: string;
	/** The directory its files were audited in (the audited path inside the checkout or the materialized tree). */
	dir: string;
	/** The commit it was read at, null when unknown (a checkout that is not a git repository). */
	commit: string | null;
}

export interface AuditedSides {
	head: Side;
	/** Null when there is no base, or it could not be read (then every finding counts as new). */
	base: Side | null;
	/** The options both sides were audited with (the index pinned under pull_request_target). */
	sideOptions: SideOptions;
}

/** What reading one side needs: the workspace's own audit, and how the other side is audited. */
interface SideReader {
	run: ActionRun;
	workspaceReport: Report;
	workspaceCommit: string | null;
	/** The audited directory in the checkout. */
	root: string;
	policyPath: string;
	sideOptions: SideOptions;
}

/** Step 2: audit the commit under review (head) and the commit it is compared with (base). */
export async function auditSides(
	run: ActionRun,
	root: string,
	auditOptions: SideOptions,
): Promise<AuditedSides> {
	// policy-from: on a pull request, the base commit's policy judges it (policy-from.ts).
	const policy = await basePolicyPath(
		policyOptions(run.ctx, run.inputs, root, run.workDir),
	);
	const reader = await createSideReader(run, root, auditOptions, policy);
	let head = await readHead(reader);
	let base = await readBase(reader);
	core.info(`Audited ${head.source}${base ? ` against ${base.source}` : ""}.`);
	head = await addSoak(reader, head, base);
	// The base's policy was copied to a scratch directory: name it as the repository does, so the comment says
	// which file judged the change and stays byte-identical across reruns.
	if (policy !== undefined && policy !== run.inputs.policy) {
		const scratch = `${join(run.workDir, "base-policy")}/`;
		head = { ...head, report: relabelPolicy(head.report, scratch) };
		if (base) base = { ...base, report: relabelPolicy(base.report, scratch) };
	}
	return { head, base, sideOptions: reader.sideOptions };
}

/** The workspace audited with the policy that judges this run, and how the other sides will be read. */
async function createSideReader(
	run: ActionRun,
	root: string,
	auditOptions: SideOptions,
	policy: string | undefined,
): Promise<SideReader> {
	const { ctx, inputs } = run;
	const workspaceReport = await auditRepository({
		root,
		...(policy ? { policyPath: policy } : {}),
		...auditOptions,
	});
	// Both sides are judged by the policy the workspace audit used: the base's (policy-from), or under
	// pull_request_target the checked-out base branch's (trusted) policy, never one the pull request wrote.
	return {
		run,
		workspaceReport,
		root,
		policyPath: await policyFileOf(workspaceReport, root, run.workDir),
		workspaceCommit: await headCommit(ctx.workspace),
		// Under pull_request_target the runner must not fetch from a host the pull request names (a head-side
		// [[tool.uv.index]], --index-url or lock source URL): the index of both sides is fixed from trusted
		// configuration alone, so nothing the PR writes decides where the runner sends a request.
		sideOptions:
			ctx.eventName === "pull_request_target"
				? await pinIndex(auditOptions, inputs, root, workspaceReport)
				: auditOptions,
	};
}

/**
 * The head is the checkout, except under pull_request_target (the checkout is the base; the PR's files are
 * read from git, never checked out or run) or when head-ref names another commit. Not reading it fails the run.
 */
async function readHead(reader: SideReader): Promise<Side> {
	const { ctx, inputs, mask } = reader.run;
	const headRef =
		inputs.headRef ??
		(ctx.eventName === "pull_request_target" ? ctx.headSha : null);
	if (!headRef)
		return {
			report: reader.workspaceReport,
			source: "the checkout",
			dir: reader.root,
			// On pull_request the checkout is GitHub's merge commit; links point at the pull request's head instead.
			commit: ctx.pullRequest?.headSha ?? ctx.headSha ?? reader.workspaceCommit,
		};
	const prRefspecs = ctx.pullRequest
		? [`refs/pull/${ctx.pullRequest.number}/head`]
		: [];
	try {
		return await readSide(reader, headRef, "head", prRefspecs);
	} catch (error) {
		// Not a bug in pin-audit: the commit under review is unreachable (permissions, network, a bad head-ref).
		throw new ConfigurationError(
			mask(
				`pin-audit cannot read the commit under review ${headRef}: ${describeApiError(error)}`,
			),
		);
	}
}

/**
 * The base, for what is new and the dependency diff. Not reading it is said and makes every finding new (the
 * gate is then stricter, never looser); the policy that judges the run was read before (policy-from.ts).
 */
async function readBase(reader: SideReader): Promise<Side | null> {
	const { ctx, inputs, warn } = reader.run;
	const baseRef = inputs.baseRef ?? ctx.baseSha;
	if (!baseRef) return null;
	try {
		return await readSide(reader, baseRef, "base", []);
	} catch (error) {
		warn(
			`pin-audit could not read the base ${baseRef} (${describeApiError(error)}): every finding counts as new and no dependency changes are shown.`,
		);
		return null;
	}
}

/** Rule `soak`: the head's moves against the base branch's history (src/rollout/). */
async function addSoak(
	reader: SideReader,
	head: Side,
	base: Side | null,
): Promise<Side> {
	const { ctx, inputs } = reader.run;
	const baseRef = inputs.baseRef ?? ctx.baseSha;
	if (!base || !baseRef) return head;
	return {
		...head,
		report: await addSoakFindings(head.report, base.report, {
			root: reader.root,
			policyPath: reader.policyPath,
			checkout: checkoutOf(ctx.workspace, inputs.path),
			baseRef,
			now: new Date(),
		}),
	};
}

function relabelPolicy(report: Report, scratch: string): Report {
	const strip = (text: string) => text.split(scratch).join("");
	const file = report.policy.file === null ? null : strip(report.policy.file);
	return {
		...report,
		policy: {
			...report.policy,
			file,
			description: `${strip(report.policy.description)}, from the base commit`,
		},
	};
}

/** One side's commit, read with git (fetched if need be), else through the REST API, and audited. */
async function readSide(
	reader: SideReader,
	ref: string,
	name: "base" | "head",
	extraRefspecs: string[],
): Promise<Side> {
	const { ctx, inputs, mask, workDir } = reader.run;
	const dest = join(workDir, name);
	await mkdir(dest);
	let commit = ref;
	let via: string;
	let materialized: MaterializeResult;
	try {
		const resolved = await resolveCommit(
			ctx.workspace,
			ref,
			undefined,
			extraRefspecs,
		);
		commit = resolved.commit;
		if (commit === reader.workspaceCommit)
			return {
				report: reader.workspaceReport,
				source: `${name} ${commit} (the checkout)`,
				dir: reader.root,
				commit,
			};
		materialized = await materializeFromGit(
			ctx.workspace,
			commit,
			inputs.path,
			dest,
		);
		via = resolved.fetched ? "git, fetched" : "git";
	} catch (gitError) {
		core.info(
			mask(
				`Reading the ${name} with git failed (${stripControls(describeApiError(gitError))}); trying the REST API.`,
			),
		);
		await rm(dest, { recursive: true, force: true });
		await mkdir(dest);
		materialized = await materializeFromApi(
			await reader.run.getClient(),
			ctx.owner,
			ctx.repo,
			ref,
			inputs.path,
			dest,
		);
		via = "REST API";
	}
	const report = await auditRepository({
		root: dest,
		policyPath: reader.policyPath,
		...reader.sideOptions,
	});
	return {
		report: withTreeWarnings(
			{
				...report,
				root: reader.workspaceReport.root,
				policy: reader.workspaceReport.policy,
			},
			materialized.warnings,
		),
		source: `${name} ${commit} (${via})`,
		dir: dest,
		commit: /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) ? commit : null,
	};
}

/** The materialized trees go; the JSON report (the `report` output) stays for later steps. */
export async function removeSideTrees(workDir: string): Promise<void> {
	await rm(join(workDir, "base"), { recursive: true, force: true });
	await rm(join(workDir, "head"), { recursive: true, force: true });
}

/** The policy file the workspace audit used, as a path the other side's audit can load explicitly. */
async function policyFileOf(
	report: Report,
	root: string,
	workDir: string,
): Promise<string> {
	const { source, file } = report.policy;
	if (source !== "default" && file !== null) return resolve(root, file);
	// The built-in default: an empty policy file is exactly the schema's defaults.
	const empty = join(workDir, "default-policy.toml");
	await writeFile(empty, "");
	return empty;
}

/** A side's report with what reading its commit could not see, as `discovery` findings (as discovery reports links). */
function withTreeWarnings(
	report: Report,
	warnings: readonly TreeWarning[],
): Report {
	if (warnings.length === 0) return report;
	const findings: Finding[] = [
		...report.findings,
		...warnings.map(
			(w): Finding => ({
				rule: w.rule ?? "discovery",
				severity: w.rule === "unauditable" ? "error" : "warning",
				project: null,
				package: null,
				file: w.path,
				line: null,
				message: w.message,
			}),
		),
	].sort(compareFindings);
	return {
		...buildReport(
			report.root,
			report.policy,
			report.projects,
			findings,
			report.summary.files,
		),
		...(report.checks === undefined ? {} : { checks: report.checks }),
		...(report.packageLinks && { packageLinks: report.packageLinks }),
	};
}
