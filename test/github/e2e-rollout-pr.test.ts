// `rollout-pr: canary` end to end: the bundle `dist/action.mjs` on a `schedule` event (drift mode), in a checkout
// of examples/mcp-fleet whose policy names servers/docparse the canary, against the fake GitHub's Git Data API
// and pull requests (OpenAPI-validated) and a fake index. Build first (`npm run build`); this test never builds.
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../support/action-runner.js";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import { type FakeGitHub, startFakeGitHub } from "../support/fake-github.js";
import { type FakePackage, startFakeIndex } from "../support/fake-index.js";

const OWNER = "octo-org";
const REPO = "mcp-fleet";
const TOKEN = "ghs_fakeInstallationToken000000000000000";
const BRANCH = "pin-audit/rollout/mcp-1.23.3";
const defer = cleanUpAfterEach();
/** Two runs of the bundled action with a drift audit each: minutes under a loaded machine, seconds alone. */
const TWO_RUNS = 240_000;

function listFiles(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, {
		recursive: true,
		withFileTypes: true,
	}))
		if (entry.isFile()) {
			const path = join(entry.parentPath, entry.name);
			out[relative(dir, path)] = readFileSync(path, "utf8");
		}
	return out;
}

async function setUp(options: { readOnly?: boolean } = {}) {
	const workspace = mkdtempSync(join(tmpdir(), "pin-audit-rollout-pr-"));
	defer(() => rmSync(workspace, { recursive: true, force: true }));
	cpSync("examples/mcp-fleet", workspace, { recursive: true });
	const policy = join(workspace, "pin-audit.toml");
	writeFileSync(
		policy,
		`${readFileSync(policy, "utf8")}\n[rollout]\ncanary = "servers/docparse"\nsoak = "24h"\n`,
	);
	const files = listFiles(workspace);
	const fake = await startFakeGitHub({
		owner: OWNER,
		repo: REPO,
		token: TOKEN,
		viewer: "integration",
		files: { main: files },
		...(options.readOnly ? { readOnly: true } : {}),
	});
	defer(() => fake.close());
	const data = JSON.parse(
		readFileSync("test/fixtures/drift/fleet-index.json", "utf8"),
	) as { packages: FakePackage[] };
	const index = await startFakeIndex(data.packages);
	defer(() => index.close());
	const run = (rolloutPr: string, sha?: string) =>
		runAction({
			workspace,
			event: {
				name: "schedule",
				payload: {
					schedule: "0 6 * * 1",
					repository: {
						full_name: `${OWNER}/${REPO}`,
						name: REPO,
						owner: { login: OWNER },
					},
				},
			},
			inputs: { "index-url": index.url, "rollout-pr": rolloutPr },
			apiUrl: fake.url,
			token: TOKEN,
			sha: sha ?? (fake.state.git.refs.get("heads/main") as string),
		});
	return { fake, files, run };
}

function pulls(fake: FakeGitHub) {
	return fake.state.issues.filter((i) => i.isPullRequest);
}

/** The pull request (its issue: title, body) from a head branch. */
function pullFrom(fake: FakeGitHub, head: string) {
	const number = fake.state.pulls.find((p) => p.head === head)?.number;
	return fake.state.issues.find((i) => i.number === number);
}

function explain(run: { code: number | null; stdout: string; stderr: string }) {
	return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

describe("dist/action.mjs drift mode with rollout-pr", {
	timeout: 90_000,
}, () => {
	it(
		"canary: opens exactly one pull request per package moving only the canary's files, and a rerun opens none",
		async () => {
			const { fake, files, run } = await setUp();
			const first = await run("canary");
			expect(first.code, explain(first)).toBe(0);
			expect(fake.violations).toEqual([]);
			// The canary lags on two packages (the fleet's index has newer anyio and mcp): one pull request each.
			expect(fake.state.pulls.map((p) => [p.head, p.base])).toEqual([
				["pin-audit/rollout/anyio-4.8.0", "main"],
				[BRANCH, "main"],
			]);
			for (const [pull, pin] of [
				[fake.state.pulls[0], "anyio==4.8.0"],
				[fake.state.pulls[1], "mcp==1.23.3"],
			] as const) {
				// Each branch differs from main in the canary's manifest lines on its package only: no lock, no other
				// project, every other byte as it was.
				const moved = fake.branchFiles(pull?.head ?? "") ?? {};
				expect(Object.keys(moved).sort()).toEqual(Object.keys(files).sort());
				const changed = Object.keys(moved).filter((p) => moved[p] !== files[p]);
				expect(changed.length).toBeGreaterThan(0);
				for (const path of changed) {
					expect(path).toMatch(
						/^servers\/docparse\/(pyproject\.toml|requirements-mcp\.txt)$/,
					);
					const before = (files[path] ?? "").split("\n");
					const after = (moved[path] ?? "").split("\n");
					expect(after).toHaveLength(before.length);
					const lines = after.filter((line, i) => line !== before[i]);
					expect(lines).toEqual([expect.stringContaining(pin)]);
				}
			}
			const mcp = fake.branchFiles(BRANCH) ?? {};
			expect(
				Object.keys(mcp)
					.filter((p) => mcp[p] !== files[p])
					.sort(),
			).toEqual([
				"servers/docparse/pyproject.toml",
				"servers/docparse/requirements-mcp.txt",
			]);
			expect(fake.branchFiles("main")).toEqual(files);
			const issue = pullFrom(fake, BRANCH);
			expect(issue?.title).toBe(
				"pin-audit: move mcp to 1.23.3 in the canary (servers/docparse)",
			);
			const body = issue?.body ?? "";
			expect(body).toContain("**What moves.**");
			expect(body).toContain("`servers/docparse`: `mcp` 1.23.1 → 1.23.3");
			expect(body).toContain(
				"cd servers/docparse && uv lock --upgrade-package mcp==1.23.3",
			);
			expect(body).toContain("+mcp==1.23.3");
			expect(body).toContain('[rollout] soak = "24h"');
			// The other servers already run mcp 1.23.3; on anyio they wait for the canary's soak.
			expect(body).toContain(
				"**What comes next.** Nothing: no other project is behind on this package.",
			);
			const anyio = pullFrom(fake, "pin-audit/rollout/anyio-4.8.0")?.body ?? "";
			expect(anyio).toContain(
				"**What comes next.** Wave 1 (`servers/scraper`, `servers/transform`), once the soak is over",
			);
			expect(anyio).toContain(
				"pin-audit fix \\\n  --project servers/scraper \\\n  --project servers/transform \\\n  --package anyio --to 4.8.0\n",
			);
			// The drift issue is written as well.
			expect(fake.state.issues.filter((i) => !i.isPullRequest)).toHaveLength(1);
			const writesBefore = fake.writes().length;

			const again = await run("canary");
			expect(again.code, explain(again)).toBe(0);
			expect(pulls(fake)).toHaveLength(2);
			expect(fake.violations).toEqual([]);
			// Nothing changed: the branch and the pull request stay as they are (no new commit, no edit).
			const rerunWrites = fake
				.writes()
				.slice(writesBefore)
				.map((w) => `${w.method} ${w.route}`);
			expect(rerunWrites).not.toContain("POST /repos/{owner}/{repo}/pulls");
			expect(rerunWrites).not.toContain(
				"PATCH /repos/{owner}/{repo}/git/refs/{ref}",
			);
			expect(rerunWrites).not.toContain(
				"POST /repos/{owner}/{repo}/git/commits",
			);
		},
		TWO_RUNS,
	);

	it(
		"canary: a rerun after the pull request's body was changed edits it instead of opening another; one closed unmerged is not reopened",
		async () => {
			const { fake, run } = await setUp();
			expect((await run("canary")).code).toBe(0);
			const issue = pulls(fake)[0];
			expect(pulls(fake)).toHaveLength(2);
			if (issue) issue.body = "edited by hand";
			const again = await run("canary");
			expect(again.code, explain(again)).toBe(0);
			expect(pulls(fake)).toHaveLength(2);
			expect(pulls(fake)[0]?.body).toContain("**What moves.**");
			expect(
				fake.writes().map((w) => `${w.method} ${w.route} ${w.status}`),
			).toContain("PATCH /repos/{owner}/{repo}/pulls/{pull_number} 200");
			// Closed without merging: the same package and version are not proposed again.
			const closed = pullFrom(fake, BRANCH);
			if (closed) closed.state = "closed";
			const third = await run("canary");
			expect(third.code, explain(third)).toBe(0);
			expect(pulls(fake)).toHaveLength(2);
			expect(third.stdout).toContain(
				"was closed without merging; not proposed again",
			);
			expect(fake.violations).toEqual([]);
		},
		TWO_RUNS,
	);

	it("off: opens no pull request and writes no git object", async () => {
		const { fake, run } = await setUp();
		const result = await run("off");
		expect(result.code, explain(result)).toBe(0);
		expect(pulls(fake)).toHaveLength(0);
		expect(fake.requests.filter((r) => r.path.includes("/git/"))).toEqual([]);
	});

	it("canary: a checkout that is not the default branch's head opens nothing, and says why", async () => {
		const { fake, run } = await setUp();
		const result = await run("canary", "1".repeat(40));
		expect(result.code, explain(result)).toBe(0);
		expect(
			result.annotations
				.filter((a) => a.level === "warning")
				.map((a) => a.message),
		).toContainEqual(expect.stringContaining("is not the head of main"));
		expect(fake.writes().filter((w) => w.path.includes("/git/"))).toEqual([]);
		expect(pulls(fake)).toHaveLength(0);
	});

	it("403: warns naming contents: write and pull-requests: write, and the drift issue is still written", async () => {
		const { fake, run } = await setUp();
		fake.failNext("POST /repos/{owner}/{repo}/git/blobs", {
			status: 403,
			body: {
				message: "Resource not accessible by integration",
				documentation_url:
					"https://docs.github.com/rest/git/blobs#create-a-blob",
				status: "403",
			},
		});
		const result = await run("canary");
		expect(result.code, explain(result)).toBe(0);
		const warnings = result.annotations.filter((a) => a.level === "warning");
		expect(warnings.map((w) => w.message)).toContainEqual(
			expect.stringMatching(/contents: write.*pull-requests: write/),
		);
		expect(pulls(fake)).toHaveLength(0);
		expect(fake.state.issues.filter((i) => !i.isPullRequest)).toHaveLength(1);
	});
});
