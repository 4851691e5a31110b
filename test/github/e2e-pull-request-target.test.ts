// pull_request_target end to end through the committed bundle `dist/action.mjs`: the workspace is the base
// branch's checkout, the pull request's files are read from git and never checked out. The head hides its
// pins behind a symbolic link, moves them into an include with a non-.txt name, and names its own index.
// Build first (`npm run build`); this test never builds.
import { describe, expect, it } from "vitest";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import { type FakeIndex, startFakeIndex } from "../support/fake-index.js";
import { explainRun, mcpPrPackages } from "../support/mcp-pr-action.js";
import {
	openPullRequest,
	runPullRequestStep,
} from "../support/pull-request-step.js";

const PULL = 7;
const defer = cleanUpAfterEach();

async function index(yanked?: string): Promise<FakeIndex> {
	const fake = await startFakeIndex(mcpPrPackages(yanked));
	defer(() => fake.close());
	return fake;
}

describe("pull_request_target", () => {
	it("audits a symlinked requirements file and its -r base.pip, and never asks the index the PR names", async () => {
		const trusted = await index("broken build");
		const named = await index();
		const opened = await openPullRequest({
			// The base's own index is what both sides are checked against.
			base: {
				"requirements.txt": `--index-url ${trusted.simpleUrl}\nmcp==1.23.3\n`,
			},
			head: {
				"deps.dat": `--index-url ${named.simpleUrl}\n-r base.pip\nmcp==1.23.3\nhttpx==0.26.0\n`,
				"base.pip": "anyio==4.6.2.post1\n",
			},
			headSymlinks: {
				"requirements.txt": "deps.dat",
				"requirements-extra.txt": "../../../etc/passwd",
			},
			pullNumber: PULL,
			checkout: "base",
			defer,
		});
		const run = await runPullRequestStep(opened, "pull_request_target", {
			inputs: { comment: "never" },
			env: { PIN_AUDIT_RETRY_BASE_MS: "10" },
		});
		// No request at all to the index the pull request named; the base's index answered for every pin,
		// anyio's included (it is pinned only in base.pip, which only an include names).
		expect(named.requests, explainRun(run)).toEqual([]);
		// Simple API pages: /simple/<name>/ (the .metadata files are fetched from the same index).
		const asked = trusted.requests
			.filter((r) => r.path.startsWith("/simple/"))
			.map((r) => r.path.split("/")[2]);
		expect([...new Set(asked)].sort()).toEqual(["anyio", "httpx", "mcp"]);
		const annotations = run.annotations.map(
			(a) => `${a.level} ${a.file ?? ""}: ${a.message.split("\n")[0]}`,
		);
		expect(annotations, explainRun(run)).toEqual([
			// pip would read the link's target: the gate cannot pass what it did not read.
			"error requirements-extra.txt: symbolic link not followed: the path leads outside the audited root (through the link 'requirements-extra.txt' -> '../../../etc/passwd'); an installer would read it, so it was not audited; make it a regular file in the repository",
			// The index the pull request names is a package source no policy lists (rule index).
			`error requirements.txt: \`--index-url ${named.simpleUrl}\` adds an index the policy does not list: pip may install any package from it, whatever the pins say. Remove it, or, if it is trusted, add \`${named.simpleUrl}\` to [indexes] allowed in the policy.`,
			`error requirements.txt: \`httpx==0.26.0\` (requirements.txt:4) is yanked on ${trusted.simpleUrl} (reason: "broken build"). Its maintainers withdrew it: move to another release.`,
			"error : pin-audit: 3 new findings at or above error (fail-on: error, block: new):",
		]);
		expect(run.code, explainRun(run)).toBe(1);
	});

	it("checks a plain head requirements file against the base's index, not the --index-url it adds (a finding)", async () => {
		const trusted = await index();
		const named = await index();
		const opened = await openPullRequest({
			base: {
				"requirements.txt": `--index-url ${trusted.simpleUrl}\nmcp==1.23.3\n`,
			},
			head: {
				"requirements.txt": `--index-url ${named.simpleUrl}\nmcp==1.23.3\nhttpx==0.26.0\n`,
			},
			pullNumber: PULL,
			checkout: "base",
			defer,
		});
		const run = await runPullRequestStep(opened, "pull_request_target", {
			inputs: { comment: "never" },
			env: { PIN_AUDIT_RETRY_BASE_MS: "10" },
		});
		expect(named.requests, explainRun(run)).toEqual([]);
		expect(trusted.requests.length, explainRun(run)).toBeGreaterThan(0);
		// The index it adds is the only finding, and a new one: the gate fails on it (rule index).
		expect(
			run.annotations
				.filter((a) => a.level === "error" && a.file)
				.map((a) => `${a.title} ${a.file}:${a.line}`),
			explainRun(run),
		).toEqual(["pin-audit: index (new) requirements.txt:1"]);
		expect(run.code, explainRun(run)).toBe(1);
	});
});

describe("the path input", () => {
	it("refuses a directory that does not exist or leaves the workspace, as a configuration error", async () => {
		const opened = await openPullRequest({
			base: { "requirements.txt": "mcp==1.23.3\n" },
			head: {},
			pullNumber: PULL,
			defer,
		});
		const failure = async (path: string) => {
			const run = await runPullRequestStep(opened, "pull_request", {
				inputs: { comment: "never", offline: "true", path },
			});
			expect(run.code, explainRun(run)).toBe(1);
			return run.annotations
				.filter((a) => a.level === "error")
				.map((a) => a.message);
		};
		expect(await failure("nope")).toEqual([
			"input path: nope is not a directory in the workspace",
		]);
		expect(await failure("../fleet")).toEqual([
			'input "path" must stay inside the workspace (no leading ..)',
		]);
		expect(await failure("/etc")).toEqual([
			'input "path" must be relative to the workspace, not an absolute path',
		]);
	});
});
