// Drift mode end to end: the bundle `dist/action.mjs` on a `schedule` event, in a checkout of examples/mcp-fleet,
// against the fake GitHub (OpenAPI-validated) and a fake index serving newer mcp, anyio and httpx releases.
// Build first (`npm run build`); this test never builds.
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readState } from "../../src/drift/drift-state.js";
import { type ActionRun, runAction } from "../support/action-runner.js";
import {
	type FakeGitHub,
	type FakeIssue,
	startFakeGitHub,
} from "../support/fake-github.js";
import {
	type FakeIndex,
	type FakePackage,
	startFakeIndex,
} from "../support/fake-index.js";

const OWNER = "octo-org";
const REPO = "mcp-fleet";
const TOKEN = "ghs_fakeInstallationToken000000000000000";
const MARKER = "<!-- pin-audit:drift -->";
const ISSUES = `/repos/${OWNER}/${REPO}/issues`;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function fleetIndexPackages(now: Date): FakePackage[] {
	const data = JSON.parse(
		readFileSync("test/fixtures/drift/fleet-index.json", "utf8"),
	) as { packages: FakePackage[] };
	// A release an hour old: inside the preset's 48h cooldown, so the policy says "not yet".
	data.packages
		.find((p) => p.name === "mcp")
		?.releases.push({
			version: "1.23.4",
			uploadTime: new Date(now.getTime() - 3_600_000).toISOString(),
		});
	return data.packages;
}

async function setUp(): Promise<{
	fake: FakeGitHub;
	index: FakeIndex;
	workspace: string;
}> {
	const fake = await startFakeGitHub({
		owner: OWNER,
		repo: REPO,
		token: TOKEN,
		viewer: "integration",
		// Someone quoting the marker in their own issue: never touched.
		issues: [
			{
				title: "copy of the drift issue",
				body: `${MARKER}\nquoted by a human`,
				user: { login: "alice", id: 1234567, type: "User" },
			},
		],
	});
	cleanups.push(() => fake.close());
	const index = await startFakeIndex(fleetIndexPackages(new Date()));
	cleanups.push(() => index.close());
	const workspace = mkdtempSync(join(tmpdir(), "pin-audit-drift-"));
	cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
	cpSync("examples/mcp-fleet", workspace, { recursive: true });
	return { fake, index, workspace };
}

async function scheduledRun(
	fake: FakeGitHub,
	index: FakeIndex,
	workspace: string,
	inputs: Record<string, string> = {},
): Promise<{ run: ActionRun; writes: string[] }> {
	const before = fake.writes().length;
	const run = await runAction({
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
		inputs: {
			"index-url": index.url,
			"drift-labels": "dependencies",
			...inputs,
		},
		apiUrl: fake.url,
		token: TOKEN,
	});
	const writes = fake
		.writes()
		.slice(before)
		.map((w) => `${w.method} ${w.path} ${w.status}`);
	return { run, writes };
}

function explain(run: ActionRun): string {
	return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function driftIssues(fake: FakeGitHub): FakeIssue[] {
	return fake.state.issues.filter(
		(i) =>
			i.user.login === "github-actions[bot]" &&
			(i.body ?? "").split("\n")[0] === MARKER,
	);
}

/** The scraper's hand pin httpx==0.26.0, moved to the latest release. */
function upgradeScraperHttpx(workspace: string): void {
	const file = join(workspace, "servers/scraper/requirements-mcp.txt");
	writeFileSync(
		file,
		readFileSync(file, "utf8").replace("httpx==0.26.0", "httpx==0.28.1"),
	);
}

describe("dist/action.mjs on schedule (mode: drift)", () => {
	it("creates one drift issue listing every lagging pin, edits it with the delta when a server upgrades, and writes nothing when nothing changed", async () => {
		const { fake, index, workspace } = await setUp();

		const first = await scheduledRun(fake, index, workspace);
		expect(first.run.code, explain(first.run)).toBe(0);
		expect(first.writes).toEqual([`POST ${ISSUES} 201`]);
		const [issue] = driftIssues(fake);
		expect(driftIssues(fake)).toHaveLength(1);
		const body = issue?.body ?? "";
		expect(issue?.title).toBe("pin-audit: dependency drift");
		expect(issue?.labels).toEqual(["dependencies"]);
		expect(body.length).toBeLessThan(65_536);
		// Every lagging pin, with how far behind and what the policy allows.
		expect(body).toContain(
			"- `httpx` `0.26.0` (2023-12-20) → `0.28.1` (2024-12-06) · 2 minor, 2 patch behind · 1.0 libyears\\\n  policy: `0.28.1` · `servers/scraper/requirements-mcp.txt:4`",
		);
		expect(body).toContain(
			"- `anyio` `4.3.0` (2024-02-19) → `5.0.0` (2026-04-01) · 1 major, 4 minor behind · 2.1 libyears\\\n  policy: `4.3.0` is outside the policy; `4.8.0` · `servers/transform/requirements-mcp.txt:4`",
		);
		expect(body).toMatch(
			/- `mcp` `1\.23\.1` \(2025-12-04\) → `1\.25\.0` \(2026-03-20\) · 2 minor, 2 patch behind · 0\.3 libyears\\\n {2}policy: `1\.23\.1` is outside the policy; `1\.23\.3`; `1\.23\.4` not yet \(cooldown ends \d{4}-\d\d-\d\d \d\d:\d\d UTC\) · /,
		);
		expect(body).toContain(
			"- `pydantic` `2.11.7` (2025-06-14) → `2.12.5` (2025-11-26) · 1 minor behind · 0.5 libyears\\\n  policy: `2.12.5` · `servers/transform/uv.lock:250`",
		);
		expect(body).toContain(
			"| `mcp` | `1.23.3` on `.`, `servers/scraper`, `servers/transform`; `1.23.1` on `servers/docparse` | `1.25.0` |",
		);
		expect(body).not.toContain("Since the report of");
		expect(readState(body)?.items.length).toBe(9);
		expect(first.run.summary).toContain("📦 pin-audit drift");
		expect(first.run.outputs["drift-issue"]).toBe(String(issue?.number));
		const drift = JSON.parse(
			readFileSync(first.run.outputs.drift ?? "", "utf8"),
		);
		expect(drift.kind).toBe("drift");
		expect(drift.repositories[0].name).toBe(`${OWNER}/${REPO}`);
		expect(drift.summary.behind).toBe(10);

		upgradeScraperHttpx(workspace);
		const second = await scheduledRun(fake, index, workspace);
		expect(second.run.code, explain(second.run)).toBe(0);
		expect(second.writes).toEqual([`PATCH ${ISSUES}/${issue?.number} 200`]);
		expect(driftIssues(fake)).toHaveLength(1);
		const edited = driftIssues(fake)[0]?.body ?? "";
		expect(edited).toMatch(
			/\*\*Since the report of \d{4}-\d\d-\d\d:\*\* 1 resolved, 0 new, 0 drifted further, 0 closer\./,
		);
		expect(edited).toContain(
			"- ✅ resolved: `httpx` in `servers/scraper` (was `0.26.0`, 4 releases behind `0.28.1`)",
		);
		expect(edited).not.toContain("servers/scraper/requirements-mcp.txt:4");
		expect(second.run.summary).toContain("1 resolved");

		const third = await scheduledRun(fake, index, workspace);
		expect(third.run.code, explain(third.run)).toBe(0);
		expect(third.writes).toEqual([]);
		expect(driftIssues(fake)[0]?.body).toBe(edited);

		// The human's copy of the marker was never touched, and GitHub saw only valid requests.
		expect(fake.state.issues.find((i) => i.user.login === "alice")?.body).toBe(
			`${MARKER}\nquoted by a human`,
		);
		expect(fake.violations).toEqual([]);
	}, 60_000);

	it("an offline run that checked nothing leaves the issue alone; a run that checked every pin and found no drift closes it; drift reopens it (drift-close-when-clean)", async () => {
		const { fake, index, workspace } = await setUp();
		const inputs = { "drift-close-when-clean": "true" };
		const first = await scheduledRun(fake, index, workspace, inputs);
		expect(first.writes).toEqual([`POST ${ISSUES} 201`]);
		const number = driftIssues(fake)[0]?.number;
		const report = driftIssues(fake)[0]?.body;

		// Offline nothing can be checked: no evidence that the drift is gone, so the issue is neither closed nor
		// rewritten, and the run says why.
		const offline = await scheduledRun(fake, index, workspace, {
			...inputs,
			offline: "true",
		});
		expect(offline.run.code, explain(offline.run)).toBe(0);
		expect(offline.writes).toEqual([]);
		expect(driftIssues(fake)[0]?.state).toBe("open");
		expect(driftIssues(fake)[0]?.body).toBe(report);
		expect(offline.run.stdout).toContain(
			"::warning::pin-audit could not check any pin against the index",
		);
		expect(offline.run.summary).toContain("nothing could be checked");
		expect(offline.run.summary).not.toContain("✅");

		// Every pin on its latest release, checked against the index: now the issue closes.
		const fleet = mkdtempSync(join(tmpdir(), "pin-audit-fleet-"));
		cleanups.push(() => rmSync(fleet, { recursive: true, force: true }));
		cpSync(workspace, fleet, { recursive: true });
		rmSync(join(workspace, "servers"), { recursive: true, force: true });
		rmSync(join(workspace, "pin-audit.toml"));
		writeFileSync(join(workspace, "requirements-mcp.txt"), "mcp==1.25.0\n");
		const clean = await scheduledRun(fake, index, workspace, inputs);
		expect(clean.run.code, explain(clean.run)).toBe(0);
		expect(clean.writes).toEqual([`PATCH ${ISSUES}/${number} 200`]);
		expect(driftIssues(fake)[0]?.state).toBe("closed");
		expect(driftIssues(fake)[0]?.body).toContain(
			"✅ pin-audit drift: every checked pin is on its latest release",
		);

		cpSync(fleet, workspace, { recursive: true });
		const back = await scheduledRun(fake, index, workspace, inputs);
		expect(back.writes).toEqual([`PATCH ${ISSUES}/${number} 200`]);
		expect(driftIssues(fake)[0]?.state).toBe("open");
		expect(driftIssues(fake)).toHaveLength(1);
		expect(fake.violations).toEqual([]);
	}, 90_000);

	it("an invalid state in the edited body is ignored, not trusted", async () => {
		const { fake, index, workspace } = await setUp();
		await scheduledRun(fake, index, workspace);
		const issue = driftIssues(fake)[0] as FakeIssue;
		issue.body = `${MARKER}\nedited\n<!-- pin-audit:drift-state ${Buffer.from('{"v":1,"at":"x"}').toString("base64")} -->`;
		const second = await scheduledRun(fake, index, workspace);
		expect(second.run.code, explain(second.run)).toBe(0);
		expect(second.writes).toEqual([`PATCH ${ISSUES}/${issue.number} 200`]);
		expect(issue.body).not.toContain("Since the report of");
		expect(readState(issue.body)?.items.length).toBe(9);
		expect(fake.violations).toEqual([]);
	}, 60_000);
});
