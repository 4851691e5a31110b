// The pull request of test/fixtures/github/mcp-pr (a fleet of MCP servers; one head adds httpx==0.26.0 next to
// mcp==1.23.3, one fixes it) and a runner step of `dist/action.mjs` on it against a fake GitHub: what the
// end-to-end tests that attack the step from outside (network faults, leaked secrets) set up the same way.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
	type ActionEvent,
	type ActionRun,
	pullRequestEvent,
	runAction,
} from "./action-runner.js";
import type { Defer } from "./after-each-cleanups.js";
import { type FakeGitHub, GITHUB_ACTIONS_BOT } from "./fake-github.js";
import type { FakePackage } from "./fake-index.js";
import { createGitFixture, type FileMap } from "./git-fixture.js";
import { OWNER, REPO, startPullRequestGitHub } from "./pull-request-step.js";

export { OWNER, REPO };
export const PULL = 7;
/** The hidden marker of the action's sticky comment (default key). */
export const MARKER = "<!-- pin-audit:sticky key=default -->";
const FIXTURES = "test/fixtures/github/mcp-pr";

/** Every file under `dir`, by its path relative to `dir`. */
export function readFileTree(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (d: string): void => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(dir, path)] = readFileSync(path, "utf8");
		}
	};
	walk(dir);
	return files;
}

export interface McpPrTrees {
	base: Record<string, string>;
	/** One `compat` error (httpx==0.26.0 next to mcp==1.23.3) in servers/weather/requirements.txt line 4. */
	addsHttpx: Record<string, string>;
	/** No findings. */
	fixed: Record<string, string>;
}

export function readMcpPrTrees(): McpPrTrees {
	return {
		base: readFileTree(join(FIXTURES, "base")),
		addsHttpx: readFileTree(join(FIXTURES, "head-adds-httpx")),
		fixed: readFileTree(join(FIXTURES, "head-fixed")),
	};
}

/**
 * What the fake index serves for the pull request's pins, all uploaded long ago (no age findings);
 * `httpx026Yanked` yanks httpx 0.26.0 with that reason.
 */
export function mcpPrPackages(httpx026Yanked?: string): FakePackage[] {
	const old = "2024-01-10T10:00:00Z";
	return [
		{ name: "mcp", releases: [{ version: "1.23.3", uploadTime: old }] },
		{ name: "anyio", releases: [{ version: "4.6.2.post1", uploadTime: old }] },
		{
			name: "httpx",
			releases: [
				httpx026Yanked === undefined
					? { version: "0.26.0", uploadTime: old }
					: { version: "0.26.0", uploadTime: old, yanked: httpx026Yanked },
				{ version: "0.28.1", uploadTime: old },
			],
		},
	];
}

/**
 * A fake GitHub holding the pull request, accepting `token` as a workflow's GITHUB_TOKEN; with `stickyComment`,
 * it already holds our comment from an earlier run (comment id 2000000001), so the run updates it.
 */
export async function startMcpPrGitHub(options: {
	token: string;
	stickyComment: boolean;
	defer: Defer;
}): Promise<FakeGitHub> {
	return startPullRequestGitHub({
		pull: PULL,
		token: options.token,
		comments: options.stickyComment
			? [
					{
						issueNumber: PULL,
						body: `${MARKER}\nan older report`,
						user: GITHUB_ACTIONS_BOT,
					},
				]
			: [],
		defer: options.defer,
	});
}

export interface McpPrRunOptions {
	github: FakeGitHub;
	token: string;
	head: FileMap;
	/** The `index-url` input. */
	indexUrl: string;
	/** The step's environment on top of the runner's: the network timing knobs, index credentials. */
	env: Record<string, string>;
	/** The pull request being opened (default), or the weekly schedule drift mode runs on. */
	trigger?: "pull_request" | "schedule";
	/** More of the step's `with:` block. */
	inputs?: Record<string, string>;
	defer: Defer;
}

/**
 * Runs `dist/action.mjs` as a step on the merge commit of the base and `head` (a shallow checkout, as
 * actions/checkout makes), commenting always. `ms` is the step's own run time, the checkout excluded.
 */
export async function runMcpPrAction(
	options: McpPrRunOptions,
): Promise<{ run: ActionRun; ms: number }> {
	const fixture = createGitFixture({
		base: readFileTree(join(FIXTURES, "base")),
		head: options.head,
		pullNumber: PULL,
		shallow: true,
	});
	options.defer(() => fixture.cleanup());
	const event: ActionEvent =
		options.trigger === "schedule"
			? {
					name: "schedule",
					payload: {
						schedule: "0 6 * * 1",
						repository: {
							full_name: `${OWNER}/${REPO}`,
							name: REPO,
							owner: { login: OWNER },
						},
					},
				}
			: pullRequestEvent({
					action: "opened",
					owner: OWNER,
					repo: REPO,
					number: PULL,
					baseSha: fixture.baseSha,
					headSha: fixture.headSha,
				});
	const started = Date.now();
	const run = await runAction({
		workspace: fixture.dir,
		event,
		inputs: {
			"index-url": options.indexUrl,
			comment: "always",
			...options.inputs,
		},
		env: options.env,
		apiUrl: options.github.url,
		token: options.token,
		sha: fixture.mergeSha,
		timeoutMs: 30_000,
	});
	return { run, ms: Date.now() - started };
}

/** A run's exit status and log, as the message of a failed expectation. */
export function explainRun(run: ActionRun): string {
	return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
