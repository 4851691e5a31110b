// Network faults end to end: the bundle `dist/action.mjs` runs like a runner step against a fake GitHub and a
// fake package index on loopback that time out, reset, truncate, send garbage or refuse. Whatever the network
// does, the step's exit status comes from the findings (never a false green, never a crash), a warning names
// what could not be done and why, and the summary, annotations and outputs are still produced.
// Build first (`npm run build`). Waits are shortened with the test-only knobs PIN_AUDIT_REQUEST_TIMEOUT_MS and
// PIN_AUDIT_RETRY_BASE_MS (src/index/http-client.ts readNetworkTimings), so every test is bounded.
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import type { ActionRun } from "../support/action-runner.js";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import {
	type FakeGitHub,
	type Fault,
	rateLimitFaults,
} from "../support/fake-github.js";
import {
	type FakeIndex,
	type FakeIndexFaults,
	startFakeIndex,
} from "../support/fake-index.js";
import type { FileMap } from "../support/git-fixture.js";
import { startLoopbackServer } from "../support/loopback-server.js";
import {
	explainRun,
	MARKER,
	mcpPrPackages,
	OWNER,
	PULL,
	REPO,
	readMcpPrTrees,
	runMcpPrAction,
	startMcpPrGitHub,
} from "../support/mcp-pr-action.js";

const TOKEN = "ghs_networkFaultsToken0000000000000000";
const REQUIREMENTS = "servers/weather/requirements.txt";
/** The client's per-attempt timeout in these tests; fake delays exceed it. */
const TIMEOUT_MS = 400;
const commentsPath = `/repos/${OWNER}/${REPO}/issues/${PULL}/comments`;
const LIST = `GET ${commentsPath}`;
const CREATE = `POST ${commentsPath}`;
/** The seeded sticky comment is the fake's first comment id. */
const UPDATE = `PATCH /repos/${OWNER}/${REPO}/issues/comments/2000000001`;

const TREES = readMcpPrTrees();
/** One `compat` error (httpx==0.26.0 next to mcp==1.23.3): the step must fail whatever the network does. */
const BROKEN = TREES.addsHttpx;
/** No findings: the step must pass whatever GitHub does. */
const FIXED = TREES.fixed;
const PACKAGES = mcpPrPackages();

const defer = cleanUpAfterEach();

interface Scenario {
	head?: FileMap;
	/** Our own sticky comment from an earlier run, so the run updates instead of creating. */
	existing?: boolean;
	github?: (fake: FakeGitHub) => void;
	/** The index: the fake with these faults, or a URL of a server written for the test. */
	index?: FakeIndexFaults | string;
}

interface Outcome {
	run: ActionRun;
	fake: FakeGitHub;
	index: FakeIndex | null;
	writes: string[];
	warnings: string[];
	ms: number;
}

async function runScenario(scenario: Scenario): Promise<Outcome> {
	const fake = await startMcpPrGitHub({
		token: TOKEN,
		stickyComment: scenario.existing === true,
		defer,
	});
	scenario.github?.(fake);
	let index: FakeIndex | null = null;
	let indexUrl: string;
	if (typeof scenario.index === "string") indexUrl = scenario.index;
	else {
		index = await startFakeIndex(PACKAGES, scenario.index ?? {});
		defer(() => index?.close());
		indexUrl = index.url;
	}
	const { run, ms } = await runMcpPrAction({
		github: fake,
		token: TOKEN,
		head: scenario.head ?? BROKEN,
		indexUrl,
		env: {
			PIN_AUDIT_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
			PIN_AUDIT_RETRY_BASE_MS: "10",
		},
		defer,
	});
	return {
		run,
		fake,
		index,
		writes: fake.writes().map((w) => `${w.method} ${w.status}`),
		warnings: run.annotations
			.filter((a) => a.level === "warning" && a.file === undefined)
			.map((a) => a.message),
		ms,
	};
}

/** What every run must produce whatever the network did: the findings' exit status and every other output. */
function expectFullReport(o: Outcome, broken = true): void {
	const { run } = o;
	expect(run.code, explainRun(run)).toBe(broken ? 1 : 0);
	// No crash: no stack trace and no internal error anywhere.
	expect(`${run.stdout}\n${run.stderr}`).not.toMatch(
		/internal error|\n\s+at .+:\d+:\d+|Unhandled|TypeError|ReferenceError/,
	);
	expect(run.outputs.errors).toBe(broken ? "1" : "0");
	expect(run.outputs.report).toMatch(/pin-audit-report\.json$/);
	expect(
		JSON.parse(readFileSync(run.outputs.report ?? "", "utf8")).summary.errors,
	).toBe(broken ? 1 : 0);
	expect(run.summary).toContain("pin-audit");
	const onFile = run.annotations.filter(
		(a) => a.file === REQUIREMENTS && a.level === "error",
	);
	if (broken) {
		expect(onFile.map((a) => a.line)).toEqual([4]);
		expect(run.summary).toContain(`${REQUIREMENTS}:4`);
		// The step's failure names the finding, not the network.
		const failure = run.annotations.filter(
			(a) => a.level === "error" && a.file === undefined,
		);
		expect(failure).toHaveLength(1);
		expect(failure[0]?.message).toContain(REQUIREMENTS);
	} else {
		expect(onFile).toEqual([]);
		expect(
			run.annotations.filter((a) => a.level === "error"),
			explainRun(run),
		).toEqual([]);
	}
	expect(o.fake.violations).toEqual([]);
}

/** Enough scripted answers to outlast the client's retries (3 after the first). */
const always = (fault: Fault): Fault[] => [fault, fault, fault, fault, fault];

describe("GitHub API faults (dist/action.mjs against a fake GitHub)", () => {
	it("a listing that never answers is cut off by the client's own request timeout and reported", async () => {
		const o = await runScenario({
			github: (fake) => fake.failNext(LIST, ...always({ delayMs: 5_000 })),
		});
		expectFullReport(o);
		expect(o.warnings).toHaveLength(1);
		expect(o.warnings[0]).toContain("list the pull request's comments");
		expect(o.warnings[0]).toContain(`GET ${commentsPath}`);
		expect(o.warnings[0]).toContain("request timeout");
		// Not a permission problem, and not "HTTP 500" (nothing answered).
		expect(o.warnings[0]).not.toMatch(/pull-requests: write|HTTP 500/);
		// No comment was posted blind.
		expect(o.writes).toEqual([]);
		// 4 attempts x 400 ms and short waits, far below the 5 s the server would have taken each time.
		expect(o.ms).toBeLessThan(15_000);
	});

	it("a creation whose answer never comes is reported as a timeout of creating the comment", async () => {
		const o = await runScenario({
			github: (fake) => fake.failNext(CREATE, ...always({ delayMs: 5_000 })),
		});
		expectFullReport(o);
		expect(o.warnings).toHaveLength(1);
		expect(o.warnings[0]).toContain("create its pull-request comment");
		expect(o.warnings[0]).toContain("request timeout");
	});

	it("connection resets on every attempt are reported as no answer, the check still fails on its finding", async () => {
		const o = await runScenario({
			github: (fake) => fake.failNext(LIST, ...always({ reset: true })),
		});
		expectFullReport(o);
		expect(o.warnings).toHaveLength(1);
		expect(o.warnings[0]).toContain("list the pull request's comments");
		expect(o.warnings[0]).toMatch(/no answer \(/);
		expect(o.writes).toEqual([]);
	});

	it("one reset is retried and the comment is created", async () => {
		const o = await runScenario({
			github: (fake) => fake.failNext(LIST, { reset: true }),
		});
		expectFullReport(o);
		expect(o.warnings).toEqual([]);
		expect(o.writes).toEqual(["POST 201"]);
	});

	it("a truncated listing (200, half the body) is retried like any network failure: the existing comment is updated, no duplicate", async () => {
		const o = await runScenario({
			existing: true,
			github: (fake) =>
				fake.failNext(LIST, {
					status: 200,
					body: [{ id: 1, body: MARKER, user: { login: "x" } }],
					truncate: true,
				}),
		});
		expectFullReport(o);
		expect(o.writes).toEqual(["PATCH 200"]);
		expect(o.fake.state.comments).toHaveLength(1);
		expect(o.warnings).toEqual([]);
	});

	it("a listing answered with invalid JSON is not read as 'no comments' either", async () => {
		const o = await runScenario({
			existing: true,
			github: (fake) =>
				fake.failNext(LIST, {
					status: 200,
					body: "<html><body>502 Bad Gateway</body></html>",
				}),
		});
		expectFullReport(o);
		expect(o.writes).toEqual([]);
		expect(o.warnings[0]).toContain("not a list of comments");
	});

	it("a truncated answer to a creation that did happen: the retry posts a second comment, the run still reports in full", async () => {
		// Octokit retries a POST whose answer broke off; GitHub had written it. The next run deletes the duplicate
		// (e2e-pr-gate.test.ts covers that); what matters here is that the run is not broken by it.
		const o = await runScenario({
			github: (fake) =>
				fake.failNext(CREATE, {
					status: 201,
					afterEffect: true,
					truncate: true,
				}),
		});
		expectFullReport(o);
		expect(o.writes).toEqual(["POST 201", "POST 201"]);
		expect(o.warnings).toEqual([]);
	});

	const operations = [
		{
			name: "listing",
			route: LIST,
			existing: false,
			words: "list the pull request's comments",
		},
		{
			name: "creating",
			route: CREATE,
			existing: false,
			words: "create its pull-request comment",
		},
		{
			name: "updating",
			route: UPDATE,
			existing: true,
			words: "update its pull-request comment",
		},
	] as const;
	for (const op of operations)
		for (const status of [401, 403, 404, 422, 429, 500, 502, 503]) {
			it(`HTTP ${status} on ${op.name} the comment: warned with the operation and status, the check still fails on its finding`, async () => {
				const o = await runScenario({
					existing: op.existing,
					github: (fake) => fake.failNext(op.route, ...always({ status })),
				});
				expectFullReport(o);
				expect(o.warnings, explainRun(o.run)).toHaveLength(1);
				const warning = o.warnings[0] ?? "";
				expect(warning).toContain(op.words);
				expect(warning).toContain(`HTTP ${status}`);
				if (status === 401 || status === 403)
					expect(warning).toContain("pull-requests: write");
				else expect(warning).not.toContain("pull-requests: write");
				// 4xx but 429 are not retried; 429 and 5xx are, and give up after 3 retries.
				const attempts = o.fake.requests.filter(
					(r) =>
						r.method === op.route.split(" ")[0] &&
						r.path.startsWith(`/repos/${OWNER}/${REPO}/issues/`) &&
						r.scripted,
				).length;
				expect(attempts).toBe(status >= 429 ? 4 : 1);
			}, 30_000);
		}

	it("HTTP 403 on every write (a fork's read-only token) does not fail a clean pull request", async () => {
		const o = await runScenario({
			head: FIXED,
			github: (fake) => fake.failNext(CREATE, ...always({ status: 403 })),
		});
		expectFullReport(o, false);
		expect(o.warnings[0]).toContain("pull-requests: write");
	});

	it("HTTP 500 on every listing does not turn a clean pull request red, nor a broken one green", async () => {
		const clean = await runScenario({
			head: FIXED,
			github: (fake) => fake.failNext(LIST, ...always({ status: 500 })),
		});
		expectFullReport(clean, false);
		expect(clean.warnings[0]).toContain("HTTP 500");
	});

	it("a secondary rate limit with Retry-After is waited out (scaled by the test knob) and the comment is created", async () => {
		const o = await runScenario({
			github: (fake) =>
				fake.failNext(
					CREATE,
					rateLimitFaults.secondary(60),
					rateLimitFaults.secondary(60),
				),
		});
		expectFullReport(o);
		expect(o.warnings).toEqual([]);
		expect(o.writes).toEqual(["POST 403", "POST 403", "POST 201"]);
		expect(o.run.stdout).toContain("secondary rate limit");
		expect(o.run.stdout).toContain("retrying after 60 s");
	});

	it("a secondary rate limit that does not end is given up on and reported as a rate limit, not a permission", async () => {
		const o = await runScenario({
			github: (fake) =>
				fake.failNext(CREATE, ...always(rateLimitFaults.secondary(30))),
		});
		expectFullReport(o);
		expect(o.warnings).toHaveLength(1);
		expect(o.warnings[0]).toContain("create its pull-request comment");
		expect(o.warnings[0]).toContain("secondary rate limit");
		expect(o.warnings[0]).not.toContain("pull-requests: write");
	});

	it("a Retry-After longer than the action waits is not waited for at all", async () => {
		const o = await runScenario({
			github: (fake) => fake.failNext(CREATE, rateLimitFaults.secondary(3_600)),
		});
		expectFullReport(o);
		expect(o.writes).toEqual(["POST 403"]);
		expect(o.run.stdout).toContain("giving up");
		expect(o.warnings[0]).toContain("rate limit");
	});

	it("a primary rate limit (x-ratelimit-remaining: 0) on listing is reported, not fatal", async () => {
		const o = await runScenario({
			github: (fake) =>
				fake.failNext(
					LIST,
					...always(
						rateLimitFaults.primary(Math.floor(Date.now() / 1000) + 7_200),
					),
				),
		});
		expectFullReport(o);
		expect(o.warnings[0]).toContain("list the pull request's comments");
		expect(o.warnings[0]).toContain("rate limit");
	});
});

/** A server that answers every request the same bad way. */
function startBadIndex(answer: (res: ServerResponse) => void): Promise<string> {
	return startLoopbackServer((_req, res) => answer(res), defer);
}

/** The `index-unavailable` findings of the run's JSON report (notices: annotated only in the summary). */
function indexNotices(run: ActionRun): string[] {
	const report = JSON.parse(readFileSync(run.outputs.report ?? "", "utf8")) as {
		findings: { rule: string; message: string }[];
	};
	const notices = report.findings
		.filter((f) => f.rule === "index-unavailable")
		.map((f) => f.message);
	// Each is in the job summary too: said out loud, not only in a file.
	for (const n of notices)
		expect(run.summary).toContain(n.slice(0, 20).replace(/`/g, "\\`"));
	return notices;
}

describe("package index faults (dist/action.mjs against a fake index)", () => {
	it("a healthy fake index: no index finding (the baseline the fault tests compare with)", async () => {
		const o = await runScenario({});
		expectFullReport(o);
		expect(indexNotices(o.run)).toEqual([]);
		expect(o.index?.requests.length).toBeGreaterThan(0);
	});

	it("every other answer a 503 with Retry-After: retried (waits scaled), everything looked up", async () => {
		const o = await runScenario({
			index: { failEveryOther: 503, retryAfter: "30" },
		});
		expectFullReport(o);
		expect(indexNotices(o.run)).toEqual([]);
		expect(o.index?.requests.some((r) => r.status === 503)).toBe(true);
		expect(o.ms).toBeLessThan(20_000);
	});

	it("an index that never answers: each lookup times out and is reported; the finding still fails the step", async () => {
		const o = await runScenario({
			index: { slow: { path: /./, ms: 5_000 } },
		});
		expectFullReport(o);
		const notices = indexNotices(o.run);
		expect(notices.length).toBeGreaterThan(0);
		expect(notices.join("\n")).toContain(`no answer within ${TIMEOUT_MS} ms`);
		expect(o.run.summary).toContain("could not look up");
		expect(o.ms).toBeLessThan(20_000);
	});

	it("an index that resets every connection: reported, not fatal, a clean PR stays green", async () => {
		const url = await startBadIndex((res) => res.socket?.destroy());
		const o = await runScenario({ head: FIXED, index: url });
		expectFullReport(o, false);
		const notices = indexNotices(o.run);
		expect(notices.length).toBeGreaterThan(0);
		expect(notices.join("\n")).toContain("after 5 attempts");
	});

	it("an index answering 500 every time: reported with the status", async () => {
		const url = await startBadIndex((res) =>
			res.writeHead(500, { "content-type": "text/plain" }).end("oops"),
		);
		const o = await runScenario({ index: url });
		expectFullReport(o);
		expect(indexNotices(o.run).join("\n")).toContain("HTTP 500");
	});

	it("an index answering malformed JSON: one notice naming every package it could not check", async () => {
		const o = await runScenario({ index: { malformed: /./ } });
		expectFullReport(o);
		const notices = indexNotices(o.run);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^could not look up ([3-9]|\d\d+) releases /);
	});

	it("an index that cuts its answers short (Content-Length larger than the body): reported, not fatal", async () => {
		const url = await startBadIndex((res) => {
			res.writeHead(200, {
				"content-type": "application/json",
				"content-length": "5000",
			});
			res.write('{"info": {"name": "mcp", "vers');
			res.socket?.destroy();
		});
		const o = await runScenario({ index: url });
		expectFullReport(o);
		expect(indexNotices(o.run).length).toBeGreaterThan(0);
	});
});
