// The action's `sarif` input, through the bundle as the runner runs it: a SARIF file in the workspace for
// github/codeql-action/upload-sarif, with paths from the repository's root.
import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { pullRequestEvent, runAction } from "../support/action-runner.js";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import { startFakeIndex } from "../support/fake-index.js";
import { createGitFixture } from "../support/git-fixture.js";
import {
	explainRun,
	mcpPrPackages,
	readMcpPrTrees,
	runMcpPrAction,
	startMcpPrGitHub,
} from "../support/mcp-pr-action.js";

const TOKEN = "ghs_sarifTestToken0000000000000000000";
const defer = cleanUpAfterEach();

async function runWith(inputs: Record<string, string>) {
	const github = await startMcpPrGitHub({
		token: TOKEN,
		stickyComment: false,
		defer,
	});
	const index = await startFakeIndex(mcpPrPackages("broken proxy support"));
	defer(() => index.close());
	const { run } = await runMcpPrAction({
		github,
		token: TOKEN,
		head: readMcpPrTrees().addsHttpx,
		indexUrl: index.url,
		env: {},
		inputs,
		defer,
	});
	return run;
}

describe("dist/action.mjs with sarif", () => {
	it("writes every finding of the head to the file, located from the repository's root, and names it in the `sarif` output", async () => {
		const run = await runWith({ sarif: "reports/pin-audit.sarif" });
		expect(run.code, explainRun(run)).toBe(1);
		const file = run.outputs.sarif ?? "";
		expect(isAbsolute(file), explainRun(run)).toBe(true);
		expect(file.endsWith("/reports/pin-audit.sarif")).toBe(true);
		const log = JSON.parse(readFileSync(file, "utf8")) as Sarif.Log;
		const results = log.runs[0]?.results ?? [];
		expect(
			results.map(
				(r) =>
					`${r.ruleId} ${r.level} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine}`,
			),
		).toEqual([
			"compat error servers/weather/requirements.txt:4",
			"yanked error servers/weather/requirements.txt:4",
		]);
		expect(results[0]?.fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
			{
				deletedRegion: {
					startLine: 4,
					startColumn: 1,
					endLine: 4,
					endColumn: 14,
				},
				insertedContent: { text: "httpx==0.27.1" },
			},
		]);
	});

	it("prefixes the `path` input, and writes nothing without the input", async () => {
		const run = await runWith({
			sarif: "pin-audit.sarif",
			path: "servers/weather",
		});
		const log = JSON.parse(
			readFileSync(run.outputs.sarif ?? "", "utf8"),
		) as Sarif.Log;
		// Audited alone, servers/weather has no policy file: the built-in default runs. The index yanked httpx 0.26.0,
		// and the pyproject.toml next to the requirements file asks for httpx>=0.27.1,<1: a second way to install
		// the server that disagrees with it (diverged, on the requirements line; not a conflict, since nothing
		// says the two are installed together).
		expect(
			log.runs[0]?.results?.map(
				(r) =>
					`${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}`,
			),
		).toEqual([
			"yanked servers/weather/requirements.txt",
			"diverged servers/weather/requirements.txt",
		]);
		const without = await runWith({});
		expect(without.outputs.sarif ?? "").toBe("");
	});

	it("under pull_request_target computes fixes from the pull request's files read from git, not the checkout", async () => {
		const github = await startMcpPrGitHub({
			token: TOKEN,
			stickyComment: false,
			defer,
		});
		const policy = '[packages.httpx]\nallowed = ">=0.27.1,<1"\n';
		const fixture = createGitFixture({
			base: { "pin-audit.toml": policy, "requirements.txt": "mcp==1.23.3\n" },
			head: {
				"pin-audit.toml": policy,
				"requirements.txt":
					"mcp==1.23.3\n# pinned while debugging a proxy\nhttpx==0.26.0  # proxy\n",
			},
			pullNumber: 7,
			shallow: true,
			checkout: "base",
		});
		defer(() => fixture.cleanup());
		const event = pullRequestEvent({
			action: "opened",
			owner: "octo-org",
			repo: "mcp-fleet",
			number: 7,
			baseSha: fixture.baseSha,
			headSha: fixture.headSha,
		});
		const run = await runAction({
			workspace: fixture.dir,
			event: { ...event, name: "pull_request_target" },
			inputs: { comment: "never", offline: "true", sarif: "pin-audit.sarif" },
			apiUrl: github.url,
			token: TOKEN,
			sha: fixture.baseSha,
			timeoutMs: 30_000,
		});
		const log = JSON.parse(
			readFileSync(run.outputs.sarif ?? "", "utf8"),
		) as Sarif.Log;
		const [result] = log.runs[0]?.results ?? [];
		expect(result?.ruleId, explainRun(run)).toBe("outside-policy");
		expect(result?.fixes?.[0]?.artifactChanges[0]?.replacements).toEqual([
			{
				deletedRegion: {
					startLine: 3,
					startColumn: 1,
					endLine: 3,
					endColumn: 14,
				},
				insertedContent: { text: "httpx==0.27.1" },
			},
		]);
	});
});
