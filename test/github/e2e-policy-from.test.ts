// policy-from through the bundled action against the fake GitHub: on a pull request the base commit's policy
// judges it, a pull request that changes pin-audit.toml gets a notice with the change, `policy-from: head`
// judges by the checked-out policy, and a base that cannot be read fails the run with a message, never a stack
// trace and never the head's policy. Build first (`npm run build`).
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { pullRequestEvent, runAction } from "../support/action-runner.js";
import { startFakeGitHub } from "../support/fake-github.js";
import { createGitFixture, type FileMap } from "../support/git-fixture.js";
import { explainRun } from "../support/mcp-pr-action.js";

const OWNER = "octo-org";
const REPO = "mcp-fleet";
const PULL = 11;
const TOKEN = "ghs_fakeInstallationToken000000000000000";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const BASE: FileMap = {
	"pin-audit.toml": '[pins]\ndefault = "exact"\n',
	"svc/requirements.txt": "httpx==0.28.1\n",
};
const LOOSENED: FileMap = {
	"pin-audit.toml": '[pins]\ndefault = "any"\n',
	"svc/requirements.txt": "httpx==0.28.1\nflask\n",
};

async function runPullRequest(options: {
	head: FileMap;
	inputs?: Record<string, string>;
	baseSha?: string;
}) {
	const github = await startFakeGitHub({
		owner: OWNER,
		repo: REPO,
		token: TOKEN,
		viewer: "integration",
		pullRequests: [PULL],
		comments: [],
	});
	cleanups.push(() => github.close());
	const fixture = createGitFixture({
		base: BASE,
		head: options.head,
		pullNumber: PULL,
		shallow: true,
	});
	cleanups.push(() => fixture.cleanup());
	const event = pullRequestEvent({
		action: "opened",
		owner: OWNER,
		repo: REPO,
		number: PULL,
		baseSha: options.baseSha ?? fixture.baseSha,
		headSha: fixture.headSha,
	});
	return runAction({
		workspace: fixture.dir,
		event,
		inputs: { comment: "never", offline: "true", ...options.inputs },
		apiUrl: github.url,
		token: TOKEN,
		sha: fixture.mergeSha,
		timeoutMs: 60_000,
	});
}

const errorsOf = (run: Awaited<ReturnType<typeof runAction>>) =>
	run.annotations
		.filter((a) => a.level === "error" && a.file)
		.map((a) => `${a.title?.replace(/^pin-audit: | \(new\)$/g, "")} ${a.file}`);

describe("policy-from", () => {
	it("base (the default): the pull request's looser policy does not judge it, and its change is noticed", async () => {
		const run = await runPullRequest({ head: LOOSENED });
		expect(errorsOf(run), explainRun(run)).toContain(
			"unpinned svc/requirements.txt",
		);
		expect(run.code, explainRun(run)).toBe(1);
		const notices = run.annotations.filter(
			(a) => a.title === "pin-audit: policy changed",
		);
		expect(notices.map((n) => n.message)).toEqual([
			[
				"This pull request changes the pin-audit policy in pin-audit.toml; it is judged by the base branch's policy, and the new one applies after merge.",
				'- default = "exact"',
				'+ default = "any"',
			].join("\n"),
		]);
		// The report names the file that judged the change as the repository names it.
		const report = JSON.parse(
			readFileSync(run.outputs.report ?? "", "utf8"),
		) as {
			policy?: { file: string | null; description: string };
		};
		expect(report.policy?.file).toBe("pin-audit.toml");
		expect(report.policy?.description).toContain("from the base commit");
	});

	it("base: a pull request that leaves the policy alone gets no notice", async () => {
		const run = await runPullRequest({
			head: { "svc/requirements.txt": "httpx==0.28.1\nflask==3.0.0\n" },
		});
		expect(run.code, explainRun(run)).toBe(0);
		expect(
			run.annotations.filter((a) => a.title === "pin-audit: policy changed"),
		).toEqual([]);
	});

	it("head: the checked-out policy judges, as the workflow asked", async () => {
		const run = await runPullRequest({
			head: LOOSENED,
			inputs: { "policy-from": "head" },
		});
		expect(errorsOf(run), explainRun(run)).toEqual([]);
		expect(run.code, explainRun(run)).toBe(0);
	});

	it("base: a base commit that cannot be fetched fails the run with what to do, no stack trace", async () => {
		const run = await runPullRequest({
			head: LOOSENED,
			baseSha: "0123456789abcdef0123456789abcdef01234567",
		});
		expect(run.code, explainRun(run)).toBe(1);
		const failures = run.annotations.filter(
			(a) => a.level === "error" && !a.file,
		);
		expect(failures.map((f) => f.message.split(":")[0])).toEqual([
			"pin-audit cannot read the base commit 0123456789abcdef0123456789abcdef01234567",
		]);
		expect(failures[0]?.message).toContain("policy-from: head");
		expect(`${run.stdout}${run.stderr}`).not.toMatch(
			/internal error|\n\s+at [^\n]*\.js:\d+/,
		);
	});
});
