// The canary pull request's body: what moves, why, the soak, what comes next; and nothing from the repository
// turns into markup (names, versions, paths and commands from the repository or its index are untrusted).
import { describe, expect, it } from "vitest";
import type { DriftEntry } from "../../src/drift/drift-report.js";
import type { CanaryChange } from "../../src/rollout/canary-change.js";
import {
	ROLLOUT_PR_MARKER,
	renderRolloutPullRequest,
} from "../../src/rollout/render-rollout-pull-request.js";
import { renderGfm } from "../support/render-gfm.js";

function change(overrides: Partial<CanaryChange> = {}): CanaryChange {
	return {
		package: "mcp",
		version: "1.23.3",
		wave: {
			wave: 0,
			canary: true,
			projects: ["servers/scraper"],
			command:
				"pin-audit fix --project servers/scraper --package mcp --to 1.23.3",
			state: "ready",
			adoptedAt: null,
			soakEndsAt: null,
		},
		next: {
			wave: 1,
			canary: false,
			projects: ["servers/docparse", "servers/transform"],
			command:
				"pin-audit fix --project servers/docparse --project servers/transform --package mcp --to 1.23.3",
			state: "waiting",
			adoptedAt: null,
			soakEndsAt: null,
		},
		files: new Map([["servers/scraper/requirements.txt", "mcp==1.23.3\n"]]),
		diff: "--- a/servers/scraper/requirements.txt\n+++ b/servers/scraper/requirements.txt\n@@ -1,1 +1,1 @@\n-mcp==1.23.1\n+mcp==1.23.3\n",
		lockCommands: [
			"cd servers/scraper && uv lock --upgrade-package mcp==1.23.3",
		],
		byHand: [],
		...overrides,
	};
}

const entry = (project: string, current: string): DriftEntry =>
	({ project, package: "mcp", current, allowed: "1.23.3" }) as DriftEntry;

describe("renderRolloutPullRequest", () => {
	it("says what moves, why, the soak and the next wave, with the diff and the lock command", () => {
		const { title, body } = renderRolloutPullRequest({
			change: change(),
			entries: [
				entry("servers/scraper", "1.23.1"),
				entry("servers/docparse", "1.22.0"),
			],
			policy: "pin-audit.toml",
			soakText: "24h",
			branch: "pin-audit/rollout/mcp-1.23.3",
		});
		expect(title).toBe(
			"pin-audit: move mcp to 1.23.3 in the canary (servers/scraper)",
		);
		expect(body.split("\n")[0]).toBe(ROLLOUT_PR_MARKER);
		expect(body).toContain("- `servers/scraper`: `mcp` 1.23.1 → 1.23.3");
		expect(body).toContain("```diff\n--- a/servers/scraper/requirements.txt");
		expect(body).toContain(
			"```sh\ncd servers/scraper && uv lock --upgrade-package mcp==1.23.3\n```",
		);
		expect(body).toContain(
			"2 project(s) behind it: `servers/docparse`, `servers/scraper`",
		);
		expect(body).toContain('`[rollout] soak = "24h"`');
		expect(body).toContain(
			"**What comes next.** Wave 1 (`servers/docparse`, `servers/transform`)",
		);
		const html = renderGfm(body);
		expect(html).toContain("<details>");
		expect(html.match(/<pre>/g)).toHaveLength(3);
	});

	it("renders hostile names, versions, paths and diffs literally", () => {
		const evil =
			"x`<img src=x onerror=alert(1)>`@admin #1 [l](http://e.vil) -->";
		const { title, body } = renderRolloutPullRequest({
			change: change({
				package: evil,
				version: "1.0\n## injected",
				wave: { ...change().wave, projects: [`servers/${evil}`] },
				next: {
					...(change().next as NonNullable<CanaryChange["next"]>),
					projects: ["```\n<script>alert(1)</script>"],
				},
				diff: "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-```\n+````</details><script>x</script>\u0007\n",
				lockCommands: ["cd '```' && uv lock"],
				byHand: [{ file: "a`b", line: 3, message: "<b>bold</b> @someone" }],
			}),
			entries: [],
			policy: "policy <i>x</i>",
			soakText: "24h",
			branch: "pin-audit/rollout/x",
		});
		expect(title).not.toContain("\n");
		expect(body.split("\n")[0]).toBe(ROLLOUT_PR_MARKER);
		// One marker only: a name cannot close or open an HTML comment.
		expect(body.split("<!--")).toHaveLength(2);
		expect(body).not.toContain("\u0007");
		const html = renderGfm(body);
		expect(html).not.toMatch(/<script|<img|<b>|<i>|<h2|href="http:\/\/e\.vil"/);
		// The diff stays inside its block: the details element is closed once, by us.
		expect(html.match(/<\/details>/g)).toHaveLength(1);
	});
});
