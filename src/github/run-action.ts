import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import {
	type AuditOptions,
	auditRepository,
	buildReport,
	compareFindings,
} from "../audit.js";
import { isDrifting } from "../drift/drift-report.js";
import { driftRepository } from "../drift/drift-repository.js";
import {
	advanceState,
	computeDelta,
	type DriftDelta,
	readState,
	snapshotDrift,
} from "../drift/drift-state.js";
import { ConfigurationError, describeConfigurationError } from "../errors.js";
import { chooseProjectIndex } from "../index/gather-index-facts.js";
import { readNetworkTimings } from "../index/http-client.js";
import {
	DEFAULT_INDEX_URL,
	INDEX_TOKEN_ENV,
	listIndexSecrets,
	maskSecrets,
} from "../index/index-endpoint.js";
import type { Report } from "../model/report.js";
import type { Finding, Severity } from "../model/types.js";
import { loadPolicy } from "../policy/load-policy.js";
import {
	compareReports,
	type FindingComparison,
} from "../report/compare-reports.js";
import { stripControls } from "../report/escape.js";
import { commentMarker, renderComment } from "../report/render-comment.js";
import {
	renderDriftIssue,
	renderDriftJson,
	renderDriftMarkdown,
} from "../report/render-drift.js";
import { renderJson } from "../report/render-json.js";
import { type GateSummary, renderMarkdown } from "../report/render-markdown.js";
import { plural } from "../report/render-text.js";
import { diffUpgrades } from "../report/upgrade-diff.js";
import { planAnnotations } from "./annotations.js";
import {
	findTokenAuthor,
	shouldCreateComment,
	upsertComment,
} from "./comment.js";
import { materializeFromApi } from "./contents-api.js";
import { type DriftIssueResult, upsertDriftIssue } from "./drift-issue.js";
import {
	CHANGE_EVENTS,
	type EventContext,
	readEventContext,
} from "./event-context.js";
import {
	headCommit,
	type MaterializeResult,
	materializeFromGit,
	resolveCommit,
	type TreeWarning,
} from "./git-tree.js";
import {
	type ActionInputs,
	type FailOn,
	loadInputs,
	resolveBlockMode,
	resolveMode,
} from "./inputs.js";
import {
	createOctokit,
	describeApiError,
	errorStatus,
	failedRequest,
	listTokenForms,
	type RestClient,
} from "./rest-client.js";

/** GitHub: a step summary holds at most 1 MiB (bytes); keep a margin for what other steps append. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export interface ActionDependencies {
	env?: Readonly<Record<string, string | undefined>>;
	/** Builds the REST client; tests may pass a fake. */
	createClient?: (token: string, baseUrl: string) => Promise<RestClient>;
}

/** The action's whole run. Every failure ends here in core.setFailed, whatever was thrown. */
export async function runAction(deps: ActionDependencies = {}): Promise<void> {
	// Filled in as soon as the inputs are read, so even the last-resort failure message is masked.
	const masking: Masking = { mask: (text) => text };
	try {
		await runActionUnsafe(deps, masking);
	} catch (error) {
		core.setFailed(masking.mask(describeFailure(error)));
	}
}

interface Masking {
	mask: (text: string) => string;
}

/** A configuration mistake is shown as its message; anything else is a bug, shown with its stack. */
export function describeFailure(error: unknown): string {
	if (error instanceof ConfigurationError)
		return stripControls(describeConfigurationError(error));
	if (error instanceof Error)
		return `internal error (please report it): ${stripControls(error.stack ?? error.message)}`;
	let text: string;
	try {
		text = String(error);
	} catch {
		text = "an unprintable value was thrown";
	}
	return `internal error (please report it): ${stripControls(text)}`;
}

interface Side {
	report: Report;
	/** How it was read, for the log. */
	source: string;
}

async function runActionUnsafe(
	deps: ActionDependencies,
	masking: Masking,
): Promise<void> {
	const env = deps.env ?? process.env;
	const inputs = loadInputs();
	// Registered before anything can print them; the comment and the summary are masked too (core masks only
	// the log), so a requirements file cannot carry a credential into a public comment.
	const secrets = [
		...(inputs.token ? listTokenForms(inputs.token) : []),
		...listIndexSecrets({ indexUrl: inputs.indexUrl, env }),
	];
	for (const secret of secrets) core.setSecret(secret);
	// core masks the log only on a real runner (it reads ::add-mask::); everything the action prints is masked
	// here as well, whatever echoed a credential (an API error body, an index answer).
	const mask = (text: string) => maskSecrets(text, secrets);
	masking.mask = mask;
	const warn = (text: string) => core.warning(mask(stripControls(text)));
	const timings = readNetworkTimings(env);
	const ctx = readEventContext(env);
	const block = resolveBlockMode(
		inputs.block,
		CHANGE_EVENTS.has(ctx.eventName) || inputs.baseRef !== undefined,
	);
	const workDir = await mkdtemp(join(ctx.tempDir ?? tmpdir(), "pin-audit-"));
	let clientPromise: Promise<RestClient> | null = null;
	const getClient = (): Promise<RestClient> => {
		if (!inputs.token)
			return Promise.reject(new Error("no token (input `token` is empty)"));
		clientPromise ??= (
			deps.createClient ??
			((token, baseUrl) =>
				createOctokit({
					token,
					baseUrl,
					log: (message) => core.info(mask(message)),
					...(timings.requestTimeoutMs !== null
						? { timeoutMs: timings.requestTimeoutMs }
						: {}),
					retryBaseMs: timings.retryBaseMs,
				}))
		)(inputs.token, ctx.apiUrl);
		return clientPromise;
	};

	try {
		const workspaceRoot = await auditedRoot(ctx.workspace, inputs.path);
		const auditOptions = actionAuditOptions(env, inputs);
		if (resolveMode(inputs.mode, ctx.eventName) === "drift") {
			await runDriftMode({
				ctx,
				inputs,
				mask,
				warn,
				workDir,
				getClient,
				root: workspaceRoot,
				auditOptions,
			});
			return;
		}
		const workspaceReport = await auditRepository({
			root: workspaceRoot,
			...(inputs.policy ? { policyPath: inputs.policy } : {}),
			...auditOptions,
		});
		// Both sides are judged by the checked-out workspace's policy: under pull_request_target that is the
		// base branch's (trusted) policy, not one the pull request wrote.
		const policyPath = await policyFileOf(
			workspaceReport,
			workspaceRoot,
			workDir,
		);
		const workspaceCommit = await headCommit(ctx.workspace);
		// Under pull_request_target the runner must not fetch from a host the pull request names (a head-side
		// [[tool.uv.index]], --index-url or lock source URL): the index of both sides is fixed from trusted
		// configuration alone, so nothing the PR writes decides where the runner sends a request.
		const sideOptions: Omit<AuditOptions, "root"> =
			ctx.eventName === "pull_request_target"
				? await pinIndex(auditOptions, inputs, workspaceRoot, workspaceReport)
				: auditOptions;

		const readSide = async (
			ref: string,
			name: "base" | "head",
			extraRefspecs: string[],
		): Promise<Side> => {
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
				if (commit === workspaceCommit)
					return {
						report: workspaceReport,
						source: `${name} ${commit} (the checkout)`,
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
					await getClient(),
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
				policyPath,
				...sideOptions,
			});
			return {
				report: withTreeWarnings(
					{
						...report,
						root: workspaceReport.root,
						policy: workspaceReport.policy,
					},
					materialized.warnings,
				),
				source: `${name} ${commit} (${via})`,
			};
		};

		// The head is the checkout, except under pull_request_target (the checkout is the base; the PR's files are
		// read from git, never checked out or run) or when head-ref names another commit.
		let head: Side = { report: workspaceReport, source: "the checkout" };
		const headRef =
			inputs.headRef ??
			(ctx.eventName === "pull_request_target" ? ctx.headSha : null);
		if (headRef) {
			const prRefspecs = ctx.pullRequest
				? [`refs/pull/${ctx.pullRequest.number}/head`]
				: [];
			try {
				head = await readSide(headRef, "head", prRefspecs);
			} catch (error) {
				// Not a bug in pin-audit: the commit under review is unreachable (permissions, network, a bad head-ref).
				throw new ConfigurationError(
					mask(
						`pin-audit cannot read the commit under review ${headRef}: ${describeApiError(error)}`,
					),
				);
			}
		}
		let base: Side | null = null;
		const baseRef = inputs.baseRef ?? ctx.baseSha;
		if (baseRef) {
			try {
				base = await readSide(baseRef, "base", []);
			} catch (error) {
				warn(
					`pin-audit could not read the base ${baseRef} (${describeApiError(error)}): every finding counts as new and no dependency changes are shown.`,
				);
			}
		}
		core.info(
			`Audited ${head.source}${base ? ` against ${base.source}` : ""}.`,
		);

		const report = head.report;
		const comparison = compareReports(
			base?.report.findings ?? null,
			report.findings,
		);
		const upgrades = base
			? diffUpgrades(
					base.report.projects,
					report.projects,
					sideOptions.indexUrl ? { indexUrl: sideOptions.indexUrl } : {},
				)
			: [];
		const blocking = blockingFindings(
			report.findings,
			comparison,
			inputs.failOn,
			block,
		);
		const gate: GateSummary = {
			blocking: blocking.length,
			failOn: inputs.failOn,
			block,
		};
		const compared = comparison.compared
			? {
					statuses: comparison.statuses,
					fixedCount: comparison.fixed.length,
					upgrades,
				}
			: {};

		const reportPath = join(workDir, "pin-audit-report.json");
		await writeFile(reportPath, mask(renderJson(report)));
		core.setOutput("errors", report.summary.errors);
		core.setOutput("warnings", report.summary.warnings);
		core.setOutput("new-findings", comparison.newCount);
		core.setOutput("report", reportPath);
		core.setOutput("upgrades", mask(JSON.stringify(upgrades)));

		for (const a of planAnnotations(
			report.findings,
			comparison.compared ? comparison.statuses : undefined,
			inputs.path,
		)) {
			const properties = {
				title: a.title,
				...(a.file ? { file: a.file } : {}),
				...(a.startLine ? { startLine: a.startLine } : {}),
			};
			const message = mask(a.message);
			if (a.level === "error") core.error(message, properties);
			else if (a.level === "warning") core.warning(message, properties);
			else core.notice(message, properties);
		}

		await writeSummary(report, mask, warn, {
			...compared,
			gate,
			...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}),
		});

		const commentId = await publishComment(ctx, inputs, getClient, warn, {
			body: () =>
				mask(
					renderComment(report, {
						key: inputs.commentKey,
						...compared,
						gate,
						...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
					}),
				),
			facts: {
				findings: report.findings.length,
				upgrades: upgrades.length,
				blocking: blocking.length,
			},
		});
		core.setOutput("comment-id", commentId ?? "");

		if (blocking.length > 0)
			core.setFailed(
				mask(
					describeBlocking(blocking, inputs.failOn, block, comparison.compared),
				),
			);
	} finally {
		// The materialized trees go; the JSON report (the `report` output) stays for later steps.
		await rm(join(workDir, "base"), { recursive: true, force: true });
		await rm(join(workDir, "head"), { recursive: true, force: true });
	}
}

interface DriftModeContext {
	ctx: EventContext;
	inputs: ActionInputs;
	/** The audited directory, checked to be a directory inside the workspace. */
	root: string;
	auditOptions: Omit<AuditOptions, "root">;
	mask: (text: string) => string;
	warn: (text: string) => void;
	workDir: string;
	getClient: () => Promise<RestClient>;
}

/**
 * `mode: drift`: how far every pin and lock is behind, as one living issue, the job summary and JSON. Never fails
 * the step on drift (nothing is being gated); only a run that cannot work at all fails.
 */
async function runDriftMode(run: DriftModeContext): Promise<void> {
	const { ctx, inputs, mask, warn, workDir } = run;
	const now = new Date();
	const { drift, audit } = await driftRepository({
		root: run.root,
		...(inputs.policy ? { policyPath: inputs.policy } : {}),
		// The same options as the audit: proxy settings and the index token, no `${VAR}` expansion.
		...run.auditOptions,
		today: now,
		name: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : inputs.path,
		now,
	});
	const reportPath = join(workDir, "pin-audit-report.json");
	const driftPath = join(workDir, "pin-audit-drift.json");
	await writeFile(reportPath, mask(renderJson(audit)));
	await writeFile(driftPath, mask(renderDriftJson(drift)));
	core.setOutput("errors", audit.summary.errors);
	core.setOutput("warnings", audit.summary.warnings);
	core.setOutput("report", reportPath);
	core.setOutput("drift", driftPath);
	const { summary } = drift;
	core.info(
		`Drift: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked (${summary.versions} pinned or locked versions).`,
	);

	const drifting = drift.repositories.some((r) => r.entries.some(isDrifting));
	let delta: DriftDelta | null = null;
	let issue: DriftIssueResult | null = null;
	try {
		const client = await run.getClient();
		const author = await findTokenAuthor(client);
		issue = await upsertDriftIssue(
			client,
			{ owner: ctx.owner, repo: ctx.repo, author },
			{
				title: inputs.driftTitle,
				labels: inputs.driftLabels,
				closeWhenClean: inputs.driftCloseWhenClean,
			},
			(previousBody) => {
				const state = advanceState(
					readState(previousBody),
					snapshotDrift(drift),
					now,
				);
				delta = computeDelta(state);
				return {
					body: mask(
						renderDriftIssue(drift, state, { title: "pin-audit drift" }),
					),
					drifting,
				};
			},
		);
		const what = {
			created: "created the drift issue",
			updated: "updated the drift issue",
			unchanged: "left the drift issue unchanged (same content)",
			closed: "closed the drift issue (nothing drifts)",
			reopened: "reopened the drift issue (drift is back)",
			skipped: "did not open a drift issue (nothing drifts)",
		}[issue.action];
		core.info(
			`pin-audit ${what}${issue.number !== null ? ` #${issue.number}` : ""}.`,
		);
	} catch (error) {
		const status = errorStatus(error);
		const request = failedRequest(error);
		warn(
			(status === 403 || status === 401) && !isRateLimited(error)
				? `pin-audit could not write the drift issue (${request ? `${request}: ` : ""}HTTP ${status}): the token needs the \`issues: write\` permission (set it under \`permissions:\` in the workflow). The job summary and the drift output are not affected.`
				: `pin-audit could not update the drift issue (${describeApiError(error)}). The job summary and the drift output are not affected.`,
		);
	}
	core.setOutput("drift-issue", issue?.number ?? "");
	await writeDriftSummary(drift, delta, mask, warn);
}

async function writeDriftSummary(
	drift: Parameters<typeof renderDriftMarkdown>[0],
	delta: DriftDelta | null,
	mask: (text: string) => string,
	warn: (text: string) => void,
): Promise<void> {
	let maxLength = SUMMARY_LIMIT_BYTES;
	let markdown = renderDriftMarkdown(drift, { delta, maxLength });
	while (
		Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES &&
		maxLength > 1000
	) {
		maxLength = Math.floor(maxLength / 2);
		markdown = renderDriftMarkdown(drift, { delta, maxLength });
	}
	try {
		await core.summary.addRaw(mask(markdown)).write();
	} catch (error) {
		warn(
			`pin-audit could not write the job summary: ${describeApiError(error)}`,
		);
	}
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

const SEVERITY_RANK: Record<Severity, number> = {
	error: 0,
	warning: 1,
	notice: 2,
};

/** Findings at or above `fail-on`; with `block: new`, only those the base does not have. */
export function blockingFindings(
	findings: readonly Finding[],
	comparison: FindingComparison,
	failOn: FailOn,
	block: "new" | "all",
): Finding[] {
	if (failOn === "never") return [];
	const threshold = SEVERITY_RANK[failOn];
	return findings.filter(
		(f, i) =>
			SEVERITY_RANK[f.severity] <= threshold &&
			(block === "all" || comparison.statuses[i] === "new"),
	);
}

function describeBlocking(
	blocking: readonly Finding[],
	failOn: FailOn,
	block: "new" | "all",
	compared: boolean,
): string {
	const what = block === "new" && compared ? "new finding" : "finding";
	const lines = [
		`pin-audit: ${plural(blocking.length, what)} at or above ${failOn} (fail-on: ${failOn}, block: ${block}):`,
	];
	for (const f of blocking.slice(0, 10)) {
		const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
		lines.push(`  ${where}${f.message.split("\n")[0] ?? ""}`);
	}
	if (blocking.length > 10)
		lines.push(`  ... and ${blocking.length - 10} more (see the job summary)`);
	return stripControls(lines.join("\n"));
}

async function writeSummary(
	report: Report,
	mask: (text: string) => string,
	warn: (text: string) => void,
	options: Parameters<typeof renderMarkdown>[1],
): Promise<void> {
	let maxLength = SUMMARY_LIMIT_BYTES;
	let markdown = renderMarkdown(report, { ...options, maxLength });
	// The limit is in bytes; emoji and non-ASCII names take several per character.
	while (
		Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES &&
		maxLength > 1000
	) {
		maxLength = Math.floor(maxLength / 2);
		markdown = renderMarkdown(report, { ...options, maxLength });
	}
	try {
		await core.summary.addRaw(mask(markdown)).write();
	} catch (error) {
		warn(
			`pin-audit could not write the job summary: ${describeApiError(error)}`,
		);
	}
}

async function publishComment(
	ctx: EventContext,
	inputs: ActionInputs,
	getClient: () => Promise<RestClient>,
	warn: (text: string) => void,
	content: {
		body: () => string;
		facts: { findings: number; upgrades: number; blocking: number };
	},
): Promise<number | null> {
	if (!ctx.pullRequest || inputs.comment === "never") return null;
	try {
		const client = await getClient();
		const author = await findTokenAuthor(client);
		const result = await upsertComment(
			client,
			{
				owner: ctx.owner,
				repo: ctx.repo,
				issueNumber: ctx.pullRequest.number,
				marker: commentMarker(inputs.commentKey),
			},
			{
				mode: inputs.comment,
				wanted: shouldCreateComment(inputs.comment, content.facts),
				body: content.body(),
				author,
			},
		);
		const what = {
			created: "created the pull-request comment",
			updated: "updated the pull-request comment",
			unchanged: "left the pull-request comment unchanged (same content)",
			skipped: `did not comment (comment: ${inputs.comment})`,
		}[result.action];
		core.info(`pin-audit ${what}${result.id !== null ? ` ${result.id}` : ""}.`);
		if (result.deleted.length > 0)
			core.info(`Deleted duplicate comments ${result.deleted.join(", ")}.`);
		return result.id;
	} catch (error) {
		const status = errorStatus(error);
		const operation = describeCommentOperation(failedRequest(error));
		if ((status === 403 || status === 401) && !isRateLimited(error))
			warn(
				`pin-audit could not ${operation} (${describeApiError(error)}): the token needs the \`pull-requests: write\` permission (set it under \`permissions:\` in the workflow). A pull request from a fork gets a read-only token under \`pull_request\`; see the README for a safe \`pull_request_target\` workflow. The summary, annotations and check result are not affected.`,
			);
		else
			warn(
				`pin-audit could not ${operation} (${describeApiError(error)}). The summary, annotations and check result are not affected.`,
			);
		return null;
	}
}

/** Which step of keeping the sticky comment failed, from the failed request (`METHOD /path`). */
function describeCommentOperation(request: string | null): string {
	const method = request?.split(" ")[0];
	if (request?.endsWith("/user")) return "find out whose comments are its own";
	switch (method) {
		case "GET":
			return "list the pull request's comments to find its own";
		case "POST":
			return "create its pull-request comment";
		case "PATCH":
			return "update its pull-request comment";
		case "DELETE":
			return "delete a duplicate of its pull-request comment";
		default:
			return "update its pull-request comment";
	}
}

/** GitHub's rate limits answer 403 or 429: not a missing permission, so not reported as one. */
function isRateLimited(error: unknown): boolean {
	return error instanceof Error && /rate limit/i.test(error.message);
}

/**
 * The options both audits and drift share, built once. `${VAR}` in requirements files is NOT expanded from the
 * runner's environment: a pull request could otherwise copy a secret into the public comment or into an index URL
 * it names. The index token goes to the index client alone, for the configured index only, and is masked in
 * everything published; the proxy variables reach the index client so self-hosted runners behind a proxy work.
 */
export function actionAuditOptions(
	env: Readonly<Record<string, string | undefined>>,
	inputs: Pick<ActionInputs, "offline" | "indexUrl">,
): Omit<AuditOptions, "root"> {
	return {
		env: {},
		networkEnv: proxySettings(env),
		indexToken: env[INDEX_TOKEN_ENV] ?? null,
		offline: inputs.offline,
		...(inputs.indexUrl ? { indexUrl: inputs.indexUrl } : {}),
		today: new Date(),
	};
}

/** The `path` input as an existing directory of the workspace (the schema already refused `..` and absolute paths). */
async function auditedRoot(workspace: string, path: string): Promise<string> {
	const root = resolve(workspace, path);
	const info = await stat(root).catch(() => null);
	if (!info?.isDirectory())
		throw new ConfigurationError(
			`input path: ${path} is not a directory in the workspace`,
		);
	return root;
}

/**
 * The options both sides are audited with under pull_request_target: the index is the `index-url` input, else
 * the trusted policy's `index-url`, else the index the checked-out (base) workspace's projects agree on, else
 * PyPI. The index token still goes only to a configured index (input or policy), as everywhere else.
 */
async function pinIndex(
	options: Omit<AuditOptions, "root">,
	inputs: Pick<ActionInputs, "indexUrl" | "policy">,
	workspaceRoot: string,
	workspaceReport: Report,
): Promise<Omit<AuditOptions, "root">> {
	if (inputs.indexUrl) return { ...options, indexUrl: inputs.indexUrl };
	const loaded = await loadPolicy(workspaceRoot, inputs.policy);
	if (loaded.policy.indexUrl)
		return { ...options, indexUrl: loaded.policy.indexUrl };
	const indexes = new Set(
		workspaceReport.projects.map((p) => chooseProjectIndex(p, null)),
	);
	indexes.delete(DEFAULT_INDEX_URL);
	const [only] = indexes;
	return {
		...options,
		indexUrl:
			indexes.size === 1 && only !== undefined ? only : DEFAULT_INDEX_URL,
		indexToken: null,
	};
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
				rule: "discovery",
				severity: "warning",
				project: null,
				package: null,
				file: w.path,
				line: null,
				message: w.message,
			}),
		),
	].sort(compareFindings);
	return buildReport(
		report.root,
		report.policy,
		report.projects,
		findings,
		report.summary.files,
	);
}

/**
 * Only the proxy variables reach the index client (self-hosted runners behind a proxy), and the test-only
 * timing knobs (readNetworkTimings).
 */
function proxySettings(
	env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
	const names = [
		"HTTPS_PROXY",
		"https_proxy",
		"HTTP_PROXY",
		"http_proxy",
		"NO_PROXY",
		"no_proxy",
		"PIN_AUDIT_REQUEST_TIMEOUT_MS",
		"PIN_AUDIT_RETRY_BASE_MS",
	];
	return Object.fromEntries(
		names.filter((n) => env[n] !== undefined).map((n) => [n, env[n]]),
	);
}
