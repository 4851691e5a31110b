import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { describeFailure } from "../../src/github/describe-failure.js";
import { readEventContext } from "../../src/github/event-context.js";
import { blockingFindings } from "../../src/github/gate.js";
import type { Finding } from "../../src/model/types.js";

const dir = mkdtempSync(join(tmpdir(), "pin-audit-event-"));
const A = "a".repeat(40);
const B = "b".repeat(40);
function payload(name: string, value: unknown): string {
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(value));
	return path;
}
const baseEnv = {
	GITHUB_REPOSITORY: "octo/fleet",
	GITHUB_WORKSPACE: "/w",
	GITHUB_SERVER_URL: "https://github.com",
	GITHUB_API_URL: "http://127.0.0.1:1234/",
	GITHUB_RUN_ID: "42",
};

describe("readEventContext", () => {
	it("reads a pull request's number, base and head", () => {
		const ctx = readEventContext({
			...baseEnv,
			GITHUB_EVENT_NAME: "pull_request_target",
			GITHUB_EVENT_PATH: payload("pr.json", {
				pull_request: { number: 7, base: { sha: A }, head: { sha: B } },
			}),
		});
		expect(ctx).toMatchObject({
			eventName: "pull_request_target",
			owner: "octo",
			repo: "fleet",
			apiUrl: "http://127.0.0.1:1234",
			runUrl: "https://github.com/octo/fleet/actions/runs/42",
			pullRequest: { number: 7, baseSha: A, headSha: B },
			baseSha: A,
			headSha: B,
		});
	});

	it("compares a push with the commit before it, except for a new branch", () => {
		const push = (before: string) =>
			readEventContext({
				...baseEnv,
				GITHUB_EVENT_NAME: "push",
				GITHUB_EVENT_PATH: payload("push.json", { before, after: B }),
			});
		expect(push(A)).toMatchObject({ baseSha: A, pullRequest: null });
		expect(push("0".repeat(40)).baseSha).toBeNull();
	});

	it("reads merge_group bases and ignores non-hex values", () => {
		const ctx = readEventContext({
			...baseEnv,
			GITHUB_EVENT_NAME: "merge_group",
			GITHUB_EVENT_PATH: payload("mg.json", {
				merge_group: { base_sha: A, head_sha: "--upload-pack=x" },
			}),
		});
		expect([ctx.baseSha, ctx.headSha, ctx.pullRequest]).toEqual([
			A,
			null,
			null,
		]);
	});

	it("a broken payload is a configuration error, not a crash", () => {
		const path = join(dir, "broken.json");
		writeFileSync(path, "{nope");
		expect(() =>
			readEventContext({
				...baseEnv,
				GITHUB_EVENT_NAME: "push",
				GITHUB_EVENT_PATH: path,
			}),
		).toThrow(ConfigurationError);
	});
});

describe("gate", () => {
	const f = (severity: Finding["severity"]): Finding => ({
		rule: "unpinned",
		severity,
		project: ".",
		package: "x",
		file: "requirements.txt",
		line: 1,
		message: "m",
	});
	const findings = [f("error"), f("error"), f("warning"), f("notice")];
	const comparison = {
		statuses: ["new", "existing", "new", "new"] as const,
		newCount: 3,
		existingCount: 1,
		fixed: [],
		compared: true,
	};

	it("blocks on findings at or above fail-on, only new ones with block: new", () => {
		const c = { ...comparison, statuses: [...comparison.statuses] };
		expect(blockingFindings(findings, c, "error", "new")).toHaveLength(1);
		expect(blockingFindings(findings, c, "error", "all")).toHaveLength(2);
		expect(blockingFindings(findings, c, "warning", "new")).toHaveLength(2);
		expect(blockingFindings(findings, c, "never", "all")).toHaveLength(0);
	});

	it("describes failures: configuration mistakes without a stack, anything thrown with one", () => {
		expect(
			describeFailure(
				new ConfigurationError('input "comment" must be one of ...'),
			),
		).toBe('input "comment" must be one of ...');
		expect(describeFailure(new Error("boom"))).toMatch(
			/^internal error \(please report it\): Error: boom\n\s+at /,
		);
		expect(describeFailure("text")).toBe(
			"internal error (please report it): text",
		);
		expect(describeFailure(Object.create(null))).toBe(
			"internal error (please report it): an unprintable value was thrown",
		);
	});
});
