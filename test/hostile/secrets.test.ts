// The GitHub token and the index credentials never come out: not in the log (stdout/stderr), the job summary,
// a comment or issue body, an output, the JSON report or an error message, whatever echoes them (an API error
// whose body quotes the request, an index that prints the Authorization header it got). Runs the bundles
// `dist/action.mjs` and `dist/cli.js` (build first: `npm run build`) and greps everything they produced for
// each credential, its URL-encoded form and the base64 forms Basic auth sends.
import { execFile } from "node:child_process";
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ActionRun } from "../support/action-runner.js";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import type { FakeGitHub } from "../support/fake-github.js";
import { startFakeIndex } from "../support/fake-index.js";
import { startLoopbackServer } from "../support/loopback-server.js";
import {
	explainRun,
	mcpPrPackages,
	OWNER,
	PULL,
	REPO,
	readMcpPrTrees,
	runMcpPrAction,
	startMcpPrGitHub,
} from "../support/mcp-pr-action.js";

const GITHUB_TOKEN = "ghs_S3cretGitHubToken4f9a2c7e1b0d8e6a5";
const INDEX_TOKEN = "pypi-S3cretIndexTokenQ7w8e9r0t1y2u3";
const INDEX_BASIC_TOKEN = "ci-reader:S3cretTokenPassw0rdZx9";
const URL_USER = "deploy-bot";
const URL_PASSWORD = "S3cret/Url:Passw0rd@42";

const basic = (user: string, password: string): string =>
	Buffer.from(`${user}:${password}`).toString("base64");

/** Every form a credential could be printed in. */
function leakForms(): string[] {
	const [tokenUser = "", tokenPassword = ""] = INDEX_BASIC_TOKEN.split(":");
	const raw = [
		GITHUB_TOKEN,
		INDEX_TOKEN,
		INDEX_BASIC_TOKEN,
		tokenPassword,
		URL_PASSWORD,
	];
	return [
		...raw,
		...raw.map(encodeURIComponent),
		...raw.map((s) => Buffer.from(s).toString("base64")),
		basic(tokenUser, tokenPassword),
		basic(URL_USER, URL_PASSWORD),
		// "x-access-token:<token>", as git and some clients send a GitHub token.
		basic("x-access-token", GITHUB_TOKEN),
		// The distinctive part alone, so a truncated or re-encoded echo is caught too.
		"S3cret",
	];
}

/** Finds every credential form in every produced text; the name says where it was. */
function findLeaks(texts: Record<string, string>): string[] {
	const leaks: string[] = [];
	for (const [where, text] of Object.entries(texts))
		for (const form of leakForms())
			if (text.includes(form)) leaks.push(`${where} contains ${form}`);
	return leaks;
}

const defer = cleanUpAfterEach();

const TREES = readMcpPrTrees();
const BASE = TREES.base;
const BROKEN = TREES.addsHttpx;
const FIXED = TREES.fixed;
const PACKAGES = mcpPrPackages("broken proxy support");

/** An index that prints the request back in every answer: its Authorization header above all. */
async function startEchoingIndex(
	status: number,
	contentType = "application/json",
): Promise<{ url: string; seen: string[] }> {
	const seen: string[] = [];
	const url = await startLoopbackServer((req, res) => {
		const auth = req.headers.authorization ?? "(none)";
		seen.push(auth);
		res
			.writeHead(status, { "content-type": contentType })
			.end(
				`{"error": "denied", "you sent": "${auth}", "path": "${req.url}" <- not JSON on purpose: Authorization: ${auth}`,
			);
	}, defer);
	return { url, seen };
}

interface IndexSetup {
	/** The `index-url` input, credentials included. */
	inputUrl: (base: string) => string;
	env: Record<string, string>;
	/** The Authorization header the index must receive. */
	expected: string;
}

const INDEX_SETUPS: Record<string, IndexSetup> = {
	"PIN_AUDIT_INDEX_TOKEN (Bearer)": {
		inputUrl: (base) => base,
		env: { PIN_AUDIT_INDEX_TOKEN: INDEX_TOKEN },
		expected: `Bearer ${INDEX_TOKEN}`,
	},
	"PIN_AUDIT_INDEX_TOKEN as user:password (Basic)": {
		inputUrl: (base) => base,
		env: { PIN_AUDIT_INDEX_TOKEN: INDEX_BASIC_TOKEN },
		expected: `Basic ${Buffer.from(INDEX_BASIC_TOKEN).toString("base64")}`,
	},
	"credentials in the index-url input (Basic)": {
		inputUrl: (base) =>
			base.replace(
				"http://",
				`http://${URL_USER}:${encodeURIComponent(URL_PASSWORD)}@`,
			),
		env: {},
		expected: `Basic ${basic(URL_USER, URL_PASSWORD)}`,
	},
};

interface ActionScenario {
	head: Record<string, string>;
	/** "fake": the fake index requiring the credentials; a number: an index echoing the request with that status. */
	index: "fake" | number;
	github?: (fake: FakeGitHub) => void;
	setup: IndexSetup;
	mode?: "audit" | "drift";
}

async function runWithSecrets(scenario: ActionScenario): Promise<{
	run: ActionRun;
	texts: Record<string, string>;
	indexSaw: string[];
	fake: FakeGitHub;
}> {
	const fake = await startMcpPrGitHub({
		token: GITHUB_TOKEN,
		stickyComment: true,
		defer,
	});
	scenario.github?.(fake);
	let base: string;
	let indexSaw: () => string[];
	if (scenario.index === "fake") {
		const index = await startFakeIndex(PACKAGES, {
			authorization: scenario.setup.expected,
		});
		defer(() => index.close());
		base = index.url;
		indexSaw = () =>
			index.requests.map((r) => String(r.headers.authorization ?? ""));
	} else {
		const echo = await startEchoingIndex(scenario.index);
		base = echo.url;
		indexSaw = () => echo.seen;
	}
	const { run } = await runMcpPrAction({
		github: fake,
		token: GITHUB_TOKEN,
		head: scenario.head,
		indexUrl: scenario.setup.inputUrl(base),
		env: {
			...scenario.setup.env,
			PIN_AUDIT_REQUEST_TIMEOUT_MS: "2000",
			PIN_AUDIT_RETRY_BASE_MS: "5",
		},
		trigger: scenario.mode === "drift" ? "schedule" : "pull_request",
		defer,
	});
	const texts: Record<string, string> = {
		// The runner consumes ::add-mask:: itself and never shows it; everything else in the log is checked.
		stdout: run.stdout
			.split("\n")
			.filter((l) => !l.startsWith("::add-mask::"))
			.join("\n"),
		stderr: run.stderr,
		summary: run.summary,
		state: JSON.stringify(run.state),
	};
	for (const [name, value] of Object.entries(run.outputs)) {
		texts[`output ${name}`] = value;
		if (/\.json$/.test(value))
			texts[`file of output ${name}`] = readFileSync(value, "utf8");
	}
	for (const c of fake.state.comments) texts[`comment ${c.id}`] = c.body;
	for (const i of fake.state.issues)
		texts[`issue #${i.number}`] = `${i.title}\n${i.body ?? ""}`;
	fake.writes().forEach((w, n) => {
		texts[`request body ${n} (${w.method} ${w.path})`] = JSON.stringify(w.body);
	});
	return { run, texts, indexSaw: indexSaw(), fake };
}

describe("dist/action.mjs never prints a credential", () => {
	it("the leak finder finds a planted credential (the test can fail)", () => {
		expect(
			findLeaks({
				a: `Authorization: Basic ${basic(URL_USER, URL_PASSWORD)}`,
				b: `token=${encodeURIComponent(URL_PASSWORD)}`,
				c: "clean",
			}),
		).toHaveLength(3);
	});

	for (const [name, setup] of Object.entries(INDEX_SETUPS)) {
		it(`${name}: a failing PR with a yanked pin, the index authenticated, comment updated`, async () => {
			const { run, texts, indexSaw, fake } = await runWithSecrets({
				head: BROKEN,
				index: "fake",
				setup,
			});
			expect(run.code, explainRun(run)).toBe(1);
			// The credential was really used: the index answered (httpx 0.26.0 is yanked on it).
			expect(indexSaw.length).toBeGreaterThan(0);
			expect(new Set(indexSaw)).toEqual(new Set([setup.expected]));
			expect(run.summary).toContain("yanked");
			expect(fake.writes().map((w) => w.method)).toEqual(["PATCH"]);
			expect(findLeaks(texts)).toEqual([]);
		}, 40_000);

		for (const status of [401, 500, 200]) {
			it(`${name}: an index echoing the Authorization header in a ${status} answer, and GitHub echoing the token in its errors`, async () => {
				const echo = (message: string) => ({
					message,
					documentation_url: "https://docs.github.com/rest",
					status: "422",
				});
				const { run, texts, indexSaw } = await runWithSecrets({
					head: BROKEN,
					index: status,
					setup,
					github: (fake) => {
						fake.failNext(
							`GET /repos/${OWNER}/${REPO}/issues/${PULL}/comments`,
							{
								status: 422,
								body: echo(
									`Validation Failed for request with Authorization: token ${GITHUB_TOKEN} (x-access-token ${basic("x-access-token", GITHUB_TOKEN)})`,
								),
							},
						);
					},
				});
				expect(run.code, explainRun(run)).toBe(1);
				expect(indexSaw.length).toBeGreaterThan(0);
				expect(new Set(indexSaw)).toEqual(new Set([setup.expected]));
				// The failure is reported (a warning about the comment, notices about the index), without the secret.
				expect(texts.stdout).toContain("list the pull request's comments");
				expect(texts.summary).toContain("index-unavailable");
				expect(findLeaks(texts)).toEqual([]);
			}, 40_000);
		}
	}

	it("a 401 from GitHub that quotes the token, on every write, with an index echoing too: nothing leaks", async () => {
		const setup = INDEX_SETUPS[
			"credentials in the index-url input (Basic)"
		] as IndexSetup;
		const { run, texts } = await runWithSecrets({
			head: FIXED,
			index: 500,
			setup,
			github: (fake) => {
				for (let i = 0; i < 4; i++)
					fake.failNext(
						`PATCH /repos/${OWNER}/${REPO}/issues/comments/2000000001`,
						{
							status: 401,
							body: `Bad credentials: ${GITHUB_TOKEN}`,
							headers: { "content-type": "text/plain" },
						},
					);
			},
		});
		expect(run.code, explainRun(run)).toBe(0);
		expect(texts.stdout).toContain("pull-requests: write");
		expect(findLeaks(texts)).toEqual([]);
	}, 40_000);

	it("drift mode with an index token and GitHub echoing the token on issue creation: nothing leaks", async () => {
		const setup = INDEX_SETUPS["PIN_AUDIT_INDEX_TOKEN (Bearer)"] as IndexSetup;
		const { texts, indexSaw } = await runWithSecrets({
			head: BROKEN,
			index: "fake",
			setup,
			mode: "drift",
			github: (fake) =>
				fake.failNext(`POST /repos/${OWNER}/${REPO}/issues`, {
					status: 422,
					body: {
						message: `Validation Failed: token ${GITHUB_TOKEN}`,
						documentation_url: "https://docs.github.com/rest",
						status: "422",
					},
				}),
		});
		expect(indexSaw.length).toBeGreaterThan(0);
		expect(texts.stdout).toContain("drift issue");
		expect(findLeaks(texts)).toEqual([]);
	}, 40_000);
});

interface CliRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

function runCli(
	args: string[],
	env: Record<string, string>,
	cwd: string,
): Promise<CliRun> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(process.cwd(), "dist/cli.js"), ...args],
			{
				cwd,
				env: {
					PATH: process.env.PATH ?? "/usr/bin:/bin",
					HOME: cwd,
					// The test run's code cache (test/support/isolate-code-cache.ts), not the user's.
					...(process.env.NODE_COMPILE_CACHE === undefined
						? {}
						: { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE }),
					PIN_AUDIT_REQUEST_TIMEOUT_MS: "2000",
					PIN_AUDIT_RETRY_BASE_MS: "5",
					...env,
				},
				timeout: 30_000,
			},
			(error, stdout, stderr) =>
				resolve({
					code: error
						? typeof error.code === "number"
							? error.code
							: null
						: 0,
					stdout: String(stdout),
					stderr: String(stderr),
				}),
		);
	});
}

describe("dist/cli.js never prints a credential", () => {
	function writeProject(): string {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-secrets-"));
		defer(() => rmSync(dir, { recursive: true, force: true }));
		const files = { ...BASE, ...BROKEN };
		for (const [path, text] of Object.entries(files)) {
			const full = join(dir, path);
			const parent = full.slice(0, full.lastIndexOf("/"));
			mkdirSync(parent, { recursive: true });
			writeFileSync(full, text);
		}
		return dir;
	}

	for (const [name, setup] of Object.entries(INDEX_SETUPS))
		for (const index of ["fake", 401, 500, 200] as const)
			for (const format of ["text", "json", "markdown"]) {
				it(`${name}, ${index === "fake" ? "an authenticating index" : `an index echoing the header with ${index}`}, --format ${format}`, async () => {
					let base: string;
					let seen: () => string[];
					if (index === "fake") {
						const fakeIndex = await startFakeIndex(PACKAGES, {
							authorization: setup.expected,
						});
						defer(() => fakeIndex.close());
						base = fakeIndex.url;
						seen = () =>
							fakeIndex.requests.map((r) =>
								String(r.headers.authorization ?? ""),
							);
					} else {
						const echo = await startEchoingIndex(index);
						base = echo.url;
						seen = () => echo.seen;
					}
					const dir = writeProject();
					const out = join(dir, `report.${format}`);
					const run = await runCli(
						[
							".",
							"--format",
							format,
							"--index-url",
							setup.inputUrl(base),
							"--output",
							out,
						],
						setup.env,
						dir,
					);
					expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);
					expect(new Set(seen())).toEqual(new Set([setup.expected]));
					const report = readFileSync(out, "utf8");
					if (index !== "fake") expect(report).toContain("index-unavailable");
					expect(
						findLeaks({ stdout: run.stdout, stderr: run.stderr, report }),
					).toEqual([]);
				}, 40_000);
			}

	it("an index URL the CLI cannot use: the error message names it without its credentials", async () => {
		const dir = writeProject();
		const run = await runCli(
			[
				".",
				"--index-url",
				`ftp://${URL_USER}:${encodeURIComponent(URL_PASSWORD)}@127.0.0.1:1/simple`,
			],
			{ PIN_AUDIT_INDEX_TOKEN: INDEX_TOKEN },
			dir,
		);
		expect(run.code).not.toBe(0);
		expect(`${run.stdout}${run.stderr}`.length).toBeGreaterThan(0);
		expect(findLeaks({ stdout: run.stdout, stderr: run.stderr })).toEqual([]);
	}, 40_000);
});
