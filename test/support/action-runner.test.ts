import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
	node24Path,
	parseFileCommand,
	parseWorkflowCommands,
	pullRequestEvent,
	runAction,
	runnerInputEnv,
} from "./action-runner.js";

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), "pin-audit-runner-test-"));
	dirs.push(dir);
	return dir;
}

describe("parseFileCommand", () => {
	it("reads name=value and heredoc values, as @actions/core writes them", () => {
		expect(
			parseFileCommand(
				"plain=1\nreport<<ghadelimiter_1f2e\nline one\nline=two\nghadelimiter_1f2e\nempty=\n",
			),
		).toEqual({ plain: "1", report: "line one\nline=two", empty: "" });
	});

	it("rejects a heredoc that never closes", () => {
		expect(() => parseFileCommand("x<<EOF\nvalue\n")).toThrow(
			"delimiter EOF not found",
		);
	});
});

describe("parseWorkflowCommands", () => {
	it("unescapes messages and properties", () => {
		expect(
			parseWorkflowCommands(
				"plain log\n::error file=a%2Cb.txt,line=4,title=pin-audit%3A compat::first%0Asecond 100%25\n::warning::careful\n",
			),
		).toEqual([
			{
				command: "error",
				properties: { file: "a,b.txt", line: "4", title: "pin-audit: compat" },
				message: "first\nsecond 100%",
			},
			{ command: "warning", properties: {}, message: "careful" },
		]);
	});
});

describe("runnerInputEnv", () => {
	it("sets every declared input: the with: value, else the evaluated default, else empty", () => {
		expect(
			runnerInputEnv(
				[
					// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, as action.yml writes it
					{ name: "token", default: "${{ github.token }}" },
					{ name: "fail-on", default: undefined },
					{ name: "comment key", default: "default" },
					{ name: "path", default: undefined },
				],
				{ path: "", "fail-on": "warning" },
				{ "github.token": "ghs_x" },
			),
		).toEqual({
			env: {
				INPUT_PATH: "",
				"INPUT_FAIL-ON": "warning",
				INPUT_TOKEN: "ghs_x",
				INPUT_COMMENT_KEY: "default",
			},
			unexpected: [],
		});
	});

	it("reports inputs action.yml does not declare, as the runner warns", () => {
		expect(
			runnerInputEnv([{ name: "path", default: undefined }], { pth: "." }, {})
				.unexpected,
		).toEqual(["pth"]);
	});
});

describe("pullRequestEvent", () => {
	it("moves the real webhook example onto the fixture's repository and commits", () => {
		const { name, payload } = pullRequestEvent({
			action: "synchronize",
			owner: "o",
			repo: "r",
			number: 9,
			baseSha: "b".repeat(40),
			headSha: "h".repeat(40),
			before: "p".repeat(40),
			forkOwner: "fan",
		});
		const p = payload as {
			number: number;
			before: string;
			after: string;
			repository: { full_name: string; name: string };
			pull_request: {
				number: number;
				issue_url: string;
				base: { sha: string; repo: { full_name: string } };
				head: { sha: string; repo: { full_name: string; fork: boolean } };
			};
		};
		expect(name).toBe("pull_request");
		expect(p.number).toBe(9);
		expect(p.repository.full_name).toBe("o/r");
		expect(p.repository.name).toBe("r");
		expect(p.pull_request.number).toBe(9);
		expect(p.pull_request.issue_url).toBe(
			"https://api.github.com/repos/o/r/issues/9",
		);
		expect(p.pull_request.base.sha).toBe("b".repeat(40));
		expect(p.pull_request.head.sha).toBe("h".repeat(40));
		expect(p.pull_request.head.repo.full_name).toBe("fan/r");
		expect(p.pull_request.head.repo.fork).toBe(true);
		expect([p.before, p.after]).toEqual(["p".repeat(40), "h".repeat(40)]);
		expect(JSON.stringify(payload)).not.toContain("Codertocat/Hello-World");
	});
});

describe("runAction", () => {
	const script = (dir: string): string => {
		const path = join(dir, "probe.mjs");
		writeFileSync(
			path,
			[
				'import { appendFileSync } from "node:fs";',
				"const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(INPUT_|GITHUB_|RUNNER_|CI$|HOME$)/.test(k)));",
				// biome-ignore lint/suspicious/noTemplateCurlyInString: source text of the probe script
				"appendFileSync(process.env.GITHUB_OUTPUT, `env<<EOF_1\\n${JSON.stringify(env)}\\nEOF_1\\ncwd=${process.cwd()}\\nnode=${process.version}\\n`);",
				'appendFileSync(process.env.GITHUB_STEP_SUMMARY, "### hello\\n");',
				'console.log("::warning file=req.txt,line=3,title=t::w%0Aline");',
				'console.log("::error::pin-audit found 1 blocking problem");',
				"process.exitCode = 1;",
			].join("\n"),
		);
		return path;
	};

	it("gives the step the runner's environment and nothing of ours", async () => {
		const dir = tempDir();
		process.env.GITHUB_TOKEN_LEAK_CHECK = "leak";
		const run = await runAction({
			script: script(dir),
			workspace: dir,
			event: { name: "push", payload: { repository: { full_name: "o/r" } } },
			inputs: { "fail-on": "warning" },
			apiUrl: "http://127.0.0.1:9",
			token: "ghs_t",
			sha: "a".repeat(40),
		});
		delete process.env.GITHUB_TOKEN_LEAK_CHECK;
		expect(run.code).toBe(1);
		const env = JSON.parse(run.outputs.env ?? "{}") as Record<string, string>;
		expect(env.GITHUB_TOKEN_LEAK_CHECK).toBeUndefined();
		expect(env["INPUT_FAIL-ON"]).toBe("warning");
		expect(env.INPUT_PATH).toBe("");
		expect(env.GITHUB_API_URL).toBe("http://127.0.0.1:9");
		expect(env.GITHUB_REPOSITORY).toBe("o/r");
		expect(env.GITHUB_WORKSPACE).toBe(dir);
		expect(env.GITHUB_SHA).toBe("a".repeat(40));
		expect(env.GITHUB_EVENT_NAME).toBe("push");
		expect(env.CI).toBe("true");
		expect(env.GITHUB_ACTIONS).toBe("true");
		expect(run.outputs.cwd).toBe(dir);
		expect(run.summary).toBe("### hello\n");
		expect(run.annotations).toEqual([
			{
				level: "warning",
				file: "req.txt",
				line: 3,
				title: "t",
				message: "w\nline",
			},
			{ level: "error", message: "pin-audit found 1 blocking problem" },
		]);
	});

	const node24 = node24Path();
	it.skipIf(!node24)(
		`runs the step on Node 24${node24 ? "" : " (SKIPPED: no Node 24 binary on this platform)"}`,
		async () => {
			const dir = tempDir();
			const run = await runAction({
				node: "24",
				script: script(dir),
				workspace: dir,
				event: { name: "push", payload: {} },
				apiUrl: "http://127.0.0.1:9",
				token: "t",
			});
			expect(run.outputs.node).toMatch(/^v24\./);
		},
	);
});
