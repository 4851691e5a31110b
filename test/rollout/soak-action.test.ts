// Rule `soak` in the bundled action on a pull request: dist/action.mjs in a child process, a checkout shaped like
// actions/checkout's (shallow), a fake GitHub validated against the OpenAPI description. Build first.
import { afterEach, describe, expect, it } from "vitest";
import { pullRequestEvent, runAction } from "../support/action-runner.js";
import { startFakeGitHub } from "../support/fake-github.js";
import { createGitFixture } from "../support/git-fixture.js";

const TOKEN = "ghs_fakeInstallationToken000000000000000";
const pins = (mcp: string) => `httpx==0.28.1\nmcp==${mcp}\n`;
const BASE = {
	"pin-audit.toml": '[rollout]\ncanary = "servers/scraper"\nsoak = "24h"\n',
	"servers/scraper/requirements.txt": pins("1.23.1"),
	"servers/transform/requirements.txt": pins("1.23.1"),
};

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("soak on a pull request (dist/action.mjs)", () => {
	it("warns on the non-canary's line when the canary never ran the version, and not for the canary", async () => {
		const fake = await startFakeGitHub({
			owner: "octo-org",
			repo: "mcp-fleet",
			token: TOKEN,
			viewer: "integration",
			pullRequests: [7],
		});
		cleanups.push(() => fake.close());
		const fixture = createGitFixture({
			base: BASE,
			head: {
				"servers/scraper/requirements.txt": pins("1.23.3"),
				"servers/transform/requirements.txt": pins("1.23.3"),
			},
			pullNumber: 7,
			shallow: true,
		});
		cleanups.push(() => fixture.cleanup());
		const run = await runAction({
			node: "current",
			workspace: fixture.dir,
			event: pullRequestEvent({
				action: "opened",
				owner: "octo-org",
				repo: "mcp-fleet",
				number: 7,
				baseSha: fixture.baseSha,
				headSha: fixture.headSha,
			}),
			inputs: { offline: "true" },
			apiUrl: fake.url,
			token: TOKEN,
			sha: fixture.mergeSha,
		});
		const soak = run.annotations.filter((a) => a.message.includes("canary"));
		expect(soak, `${run.stdout}\n${run.stderr}`).toHaveLength(1);
		expect(soak[0]).toMatchObject({
			level: "warning",
			file: "servers/transform/requirements.txt",
			line: 2,
		});
		expect(soak[0]?.message).toContain(
			`the canary servers/scraper does not run 1.23.3 on ${fixture.baseSha.slice(0, 12)} (it runs 1.23.1)`,
		);
	});
});
