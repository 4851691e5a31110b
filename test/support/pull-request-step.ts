// A pull request as the action's step meets it: a fake GitHub that holds it, a git checkout of it shaped like
// actions/checkout's (the merge commit, or the base for pull_request_target), and the event the runner
// delivers. The end-to-end tests of the gate set these up the same way.
import {
	type ActionEvent,
	type ActionRun,
	pullRequestEvent,
	type RunActionOptions,
	runAction,
} from "./action-runner.js";
import type { Defer } from "./after-each-cleanups.js";
import {
	type FakeGitHub,
	type FakeGitHubOptions,
	startFakeGitHub,
} from "./fake-github.js";
import {
	createGitFixture,
	type GitFixture,
	type GitFixtureOptions,
} from "./git-fixture.js";

export const OWNER = "octo-org";
export const REPO = "mcp-fleet";
/** A workflow's installation token, as the fake GitHub accepts it. */
export const TOKEN = "ghs_fakeInstallationToken000000000000000";

/**
 * A fake GitHub holding pull request `pull`, accepting `token` as a workflow's GITHUB_TOKEN (GET /user is 403,
 * comments are by github-actions[bot]), with `comments` already on it.
 */
export async function startPullRequestGitHub(options: {
	pull: number;
	token?: string;
	comments?: FakeGitHubOptions["comments"];
	defer: Defer;
}): Promise<FakeGitHub> {
	const fake = await startFakeGitHub({
		owner: OWNER,
		repo: REPO,
		token: options.token ?? TOKEN,
		viewer: "integration",
		pullRequests: [options.pull],
		comments: options.comments ?? [],
	});
	options.defer(() => fake.close());
	return fake;
}

export interface OpenedPullRequest {
	github: FakeGitHub;
	fixture: GitFixture;
	/** The `opened` event for the pull request (a pull_request event; rename it for pull_request_target). */
	event: ActionEvent;
}

/** Opens pull request `pullNumber` from `base` to `head` (a shallow checkout) on a fake GitHub. */
export async function openPullRequest(
	options: Omit<GitFixtureOptions, "pullNumber" | "shallow"> & {
		pullNumber: number;
		defer: Defer;
	},
): Promise<OpenedPullRequest> {
	const { defer, ...fixtureOptions } = options;
	const github = await startPullRequestGitHub({
		pull: options.pullNumber,
		defer,
	});
	const fixture = createGitFixture({ ...fixtureOptions, shallow: true });
	defer(() => fixture.cleanup());
	const event = pullRequestEvent({
		action: "opened",
		owner: OWNER,
		repo: REPO,
		number: options.pullNumber,
		baseSha: fixture.baseSha,
		headSha: fixture.headSha,
	});
	return { github, fixture, event };
}

/**
 * Runs `dist/action.mjs` as the step of `eventName` on the opened pull request: in the workspace the checkout
 * made, with GITHUB_SHA the merge commit (pull_request) or the base (pull_request_target).
 */
export function runPullRequestStep(
	opened: OpenedPullRequest,
	eventName: "pull_request" | "pull_request_target",
	options: Pick<RunActionOptions, "inputs" | "env" | "timeoutMs">,
): Promise<ActionRun> {
	const { fixture, github, event } = opened;
	return runAction({
		workspace: fixture.dir,
		event: { ...event, name: eventName },
		apiUrl: github.url,
		token: TOKEN,
		sha:
			eventName === "pull_request_target" ? fixture.baseSha : fixture.mergeSha,
		timeoutMs: 30_000,
		...options,
	});
}
