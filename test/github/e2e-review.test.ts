// Suggested fixes end to end: the bundled action on a pull request posts one review (event COMMENT) with a
// suggestion block on the line the diff shows, never twice, not at all with `suggestions: false`, and a refused
// review is a warning naming the permission while the gate still fails. The fake GitHub validates every request
// against GitHub's OpenAPI description and refuses a review comment outside the diff, as GitHub does.
// Build first (`npm run build`); this test never builds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pullRequestEvent, runAction } from "../support/action-runner.js";
import {
	type FakeGitHub,
	GITHUB_ACTIONS_BOT,
	startFakeGitHub,
} from "../support/fake-github.js";
import type { FakePullFile } from "../support/fake-pull-reviews.js";
import { createGitFixture } from "../support/git-fixture.js";
import { readFileTree } from "../support/mcp-pr-action.js";

const OWNER = "octo-org";
const REPO = "mcp-fleet";
const PULL = 7;
const TOKEN = "ghs_fakeInstallationToken000000000000000";
const REQUIREMENTS = "servers/weather/requirements.txt";
const FIXTURES = "test/fixtures/github/mcp-pr";

const BASE = readFileTree(join(FIXTURES, "base"));
const HEAD = readFileTree(join(FIXTURES, "head-adds-httpx"));
/** The head tree: the fixture's head files over the base (createGitFixture's overlay). */
const HEAD_TREE = { ...BASE, ...HEAD };

/** The pull request's files as GitHub lists them, with unified diffs made by git. */
function pullFiles(
	base: Record<string, string>,
	head: Record<string, string>,
): FakePullFile[] {
	const dir = mkdtempSync(join(tmpdir(), "pin-audit-diff-"));
	const files: FakePullFile[] = [];
	for (const path of new Set([...Object.keys(base), ...Object.keys(head)])) {
		if (base[path] === head[path]) continue;
		writeFileSync(join(dir, "a"), base[path] ?? "");
		writeFileSync(join(dir, "b"), head[path] ?? "");
		const diff = spawnSync(
			"git",
			["diff", "--no-index", "--unified=3", "a", "b"],
			{ cwd: dir, encoding: "utf8" },
		).stdout;
		files.push({
			filename: path,
			status:
				base[path] === undefined
					? "added"
					: head[path] === undefined
						? "removed"
						: "modified",
			patch: diff.slice(diff.indexOf("@@")).replace(/\n$/, ""),
		});
	}
	return files;
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeGitHub(): Promise<FakeGitHub> {
	const fake = await startFakeGitHub({
		owner: OWNER,
		repo: REPO,
		token: TOKEN,
		viewer: "integration",
		pullRequests: [PULL],
	});
	fake.state.pullFiles[PULL] = pullFiles(BASE, HEAD_TREE);
	cleanups.push(() => fake.close());
	return fake;
}

async function runOnPullRequest(
	fake: FakeGitHub,
	inputs: Record<string, string> = {},
) {
	const fixture = createGitFixture({
		base: BASE,
		head: HEAD,
		pullNumber: PULL,
		shallow: true,
	});
	cleanups.push(() => fixture.cleanup());
	const run = await runAction({
		node: "current",
		workspace: fixture.dir,
		event: pullRequestEvent({
			action: "opened",
			owner: OWNER,
			repo: REPO,
			number: PULL,
			baseSha: fixture.baseSha,
			headSha: fixture.headSha,
		}),
		inputs,
		apiUrl: fake.url,
		token: TOKEN,
		sha: fixture.mergeSha,
	});
	return { run, fixture };
}

const reviewsRoute = `POST /repos/${OWNER}/${REPO}/pulls/${PULL}/reviews`;

describe("dist/action.mjs suggested fixes", () => {
	it("posts one COMMENT review with a one-click suggestion on the line the diff shows, and the comment links the line at the head commit", async () => {
		const fake = await fakeGitHub();
		const { run, fixture } = await runOnPullRequest(fake);
		expect(run.code, run.stdout).toBe(1);
		expect(fake.violations).toEqual([]);
		expect(fake.state.reviews).toMatchObject([
			{ event: "COMMENT", commitId: fixture.headSha },
		]);
		expect(fake.state.reviewComments).toHaveLength(1);
		const suggestion = fake.state.reviewComments[0];
		expect(suggestion).toMatchObject({
			path: REQUIREMENTS,
			line: 4,
			user: GITHUB_ACTIONS_BOT,
		});
		expect(suggestion?.body).toMatch(
			/^<!-- pin-audit:suggestion key=default id=[0-9a-f]{16} -->\n/,
		);
		expect(suggestion?.body).toContain("```suggestion\nhttpx==0.27.1\n```");
		const comment = fake.state.comments[0]?.body ?? "";
		expect(comment).toContain(
			`(https://github.com/${OWNER}/${REPO}/blob/${fixture.headSha}/${REQUIREMENTS}#L4)`,
		);
		expect(comment).toContain(
			"```diff\n  -httpx==0.26.0\n  +httpx==0.27.1\n  ```",
		);
	});

	it("a rerun does not post the same suggestion again", async () => {
		const fake = await fakeGitHub();
		await runOnPullRequest(fake);
		const again = await runOnPullRequest(fake);
		expect(again.run.code).toBe(1);
		expect(fake.state.reviews).toHaveLength(1);
		expect(fake.state.reviewComments).toHaveLength(1);
		expect(fake.violations).toEqual([]);
	});

	it("suggestions: false posts no review and reads no diff", async () => {
		const fake = await fakeGitHub();
		const { run } = await runOnPullRequest(fake, { suggestions: "false" });
		expect(run.code).toBe(1);
		expect(fake.state.reviews).toEqual([]);
		expect(fake.requests.some((r) => r.path.includes("/pulls/"))).toBe(false);
		expect(fake.state.comments).toHaveLength(1);
	});

	it("a refused review (403) is a warning naming pull-requests: write; the comment is posted and the gate still fails", async () => {
		const fake = await fakeGitHub();
		fake.failNext(reviewsRoute, { status: 403 });
		const { run } = await runOnPullRequest(fake);
		expect(run.code).toBe(1);
		const warnings = run.annotations
			.filter((a) => a.level === "warning")
			.map((a) => a.message);
		expect(
			warnings.some(
				(w) =>
					w.includes("`pull-requests: write`") && w.includes("suggested fixes"),
			),
		).toBe(true);
		expect(fake.state.comments).toHaveLength(1);
		expect(fake.state.reviews).toEqual([]);
	});

	it("the fake GitHub refuses a review comment outside the diff with 422, as GitHub does", async () => {
		const fake = await fakeGitHub();
		const response = await fetch(
			`${fake.url}/repos/${OWNER}/${REPO}/pulls/${PULL}/reviews`,
			{
				method: "POST",
				headers: {
					authorization: `token ${TOKEN}`,
					"content-type": "application/json",
				},
				body: JSON.stringify({
					event: "COMMENT",
					body: "x",
					comments: [{ path: REQUIREMENTS, line: 4, side: "RIGHT", body: "y" }],
				}),
			},
		);
		expect(response.status).toBe(200);
		expect(fake.state.pullFiles[PULL]?.map((f) => f.filename)).toEqual([
			REQUIREMENTS,
		]);
		const outside = await fetch(
			`${fake.url}/repos/${OWNER}/${REPO}/pulls/${PULL}/reviews`,
			{
				method: "POST",
				headers: {
					authorization: `token ${TOKEN}`,
					"content-type": "application/json",
				},
				body: JSON.stringify({
					event: "COMMENT",
					body: "x",
					comments: [
						{ path: REQUIREMENTS, line: 40, side: "RIGHT", body: "y" },
					],
				}),
			},
		);
		expect(outside.status).toBe(422);
		expect(await outside.json()).toMatchObject({
			errors: ["Line could not be resolved"],
		});
		expect(fake.violations).toEqual([]);
	});
});
