import { afterEach, describe, expect, it } from "vitest";
import {
	type FakeGitHub,
	GITHUB_ACTIONS_BOT,
	rateLimitFaults,
	startFakeGitHub,
} from "./fake-github.js";

let fake: FakeGitHub | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

async function call(
	path: string,
	init: {
		method?: string;
		body?: unknown;
		auth?: string | null;
		accept?: string;
	} = {},
): Promise<{ status: number; headers: Headers; json: unknown; text: string }> {
	const headers: Record<string, string> = {
		accept: init.accept ?? "application/vnd.github+json",
	};
	if (init.auth !== null) headers.authorization = init.auth ?? "token t0k3n";
	if (init.body !== undefined) headers["content-type"] = "application/json";
	const res = await fetch(`${fake?.url}${path}`, {
		method: init.method ?? "GET",
		headers,
		...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
	});
	const text = await res.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, headers: res.headers, json, text };
}

describe("startFakeGitHub", () => {
	it("requires an Authorization header, as token or Bearer", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r", pullRequests: [1] });
		expect((await call("/user", { auth: null })).status).toBe(401);
		expect((await call("/user", { auth: "Bearer abc" })).status).toBe(200);
		expect((await call("/user", { auth: "token abc" })).status).toBe(200);
		expect(fake.violations).toEqual([]);
	});

	it("answers GET /user with 403 for an integration token but still writes as github-actions[bot]", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			viewer: "integration",
			pullRequests: [1],
		});
		const user = await call("/user");
		expect(user.status).toBe(403);
		expect((user.json as { message: string }).message).toBe(
			"Resource not accessible by integration",
		);
		const created = await call("/repos/o/r/issues/1/comments", {
			method: "POST",
			body: { body: "hi" },
		});
		expect(created.status).toBe(201);
		expect((created.json as { user: { login: string } }).user.login).toBe(
			GITHUB_ACTIONS_BOT.login,
		);
		expect(fake.violations).toEqual([]);
	});

	it("paginates comments with per_page/page and a GitHub-shaped Link header", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			pullRequests: [5],
			comments: Array.from({ length: 5 }, (_, i) => ({
				issueNumber: 5,
				body: `comment ${i + 1}`,
				user: { login: "someone", id: 1234, type: "User" as const },
			})),
		});
		const base = `${fake.url}/repos/o/r/issues/5/comments`;
		const first = await call("/repos/o/r/issues/5/comments?per_page=2");
		expect((first.json as { body: string }[]).map((c) => c.body)).toEqual([
			"comment 1",
			"comment 2",
		]);
		expect(first.headers.get("link")).toBe(
			`<${base}?per_page=2&page=2>; rel="next", <${base}?per_page=2&page=3>; rel="last"`,
		);
		const middle = await call("/repos/o/r/issues/5/comments?per_page=2&page=2");
		expect(middle.headers.get("link")).toBe(
			`<${base}?per_page=2&page=1>; rel="prev", <${base}?per_page=2&page=3>; rel="next", <${base}?per_page=2&page=3>; rel="last", <${base}?per_page=2&page=1>; rel="first"`,
		);
		const last = await call("/repos/o/r/issues/5/comments?per_page=2&page=3");
		expect((last.json as { body: string }[]).map((c) => c.body)).toEqual([
			"comment 5",
		]);
		expect(last.headers.get("link")).toBe(
			`<${base}?per_page=2&page=2>; rel="prev", <${base}?per_page=2&page=1>; rel="first"`,
		);
		const single = await call("/repos/o/r/issues/5/comments");
		expect(single.headers.get("link")).toBeNull();
		expect(fake.violations).toEqual([]);
	});

	it("edits and deletes comments and counts writes", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			pullRequests: [2],
			comments: [
				{
					issueNumber: 2,
					body: "human",
					user: { login: "someone", id: 1234, type: "User" },
				},
			],
		});
		const created = await call("/repos/o/r/issues/2/comments", {
			method: "POST",
			body: { body: "v1" },
		});
		const id = (created.json as { id: number }).id;
		const edited = await call(`/repos/o/r/issues/comments/${id}`, {
			method: "PATCH",
			body: { body: "v2" },
		});
		expect(edited.status).toBe(200);
		expect(fake.state.comments.map((c) => c.body)).toEqual(["human", "v2"]);
		expect(
			(await call(`/repos/o/r/issues/comments/${id}`, { method: "DELETE" }))
				.status,
		).toBe(204);
		expect(fake.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
			"POST 201",
			"PATCH 200",
			"DELETE 204",
		]);
		expect(fake.violations).toEqual([]);
	});

	it("serves base64 file contents per ref, raw on request, and directories", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			files: {
				abc123: { "servers/a/requirements.txt": "mcp==1.23.3\n" },
			},
		});
		const file = await call(
			"/repos/o/r/contents/servers/a/requirements.txt?ref=abc123",
		);
		const json = file.json as { content: string; encoding: string };
		expect(json.encoding).toBe("base64");
		expect(Buffer.from(json.content, "base64").toString("utf8")).toBe(
			"mcp==1.23.3\n",
		);
		const raw = await call(
			"/repos/o/r/contents/servers/a/requirements.txt?ref=abc123",
			{ accept: "application/vnd.github.raw+json" },
		);
		expect(raw.text).toBe("mcp==1.23.3\n");
		const dir = await call("/repos/o/r/contents/servers?ref=abc123");
		expect(dir.json as { name: string; type: string }[]).toMatchObject([
			{ name: "a", type: "dir" },
		]);
		expect(
			(await call("/repos/o/r/contents/missing.txt?ref=abc123")).status,
		).toBe(404);
		expect(fake.violations).toEqual([]);
	});

	it("creates, lists (state, labels, creator) and closes issues", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r", pullRequests: [1] });
		const created = await call("/repos/o/r/issues", {
			method: "POST",
			body: { title: "Pin drift", body: "report", labels: ["pin-audit"] },
		});
		expect(created.status).toBe(201);
		const number = (created.json as { number: number }).number;
		expect(number).toBe(2);
		const listed = await call(
			"/repos/o/r/issues?state=open&labels=pin-audit&creator=pin-audit-bot&per_page=100",
		);
		expect((listed.json as { number: number }[]).map((i) => i.number)).toEqual([
			2,
		]);
		const all = await call("/repos/o/r/issues?state=all");
		expect(
			(all.json as { number: number; pull_request?: unknown }[]).map((i) => [
				i.number,
				i.pull_request !== undefined,
			]),
		).toEqual([
			[2, false],
			[1, true],
		]);
		await call(`/repos/o/r/issues/${number}`, {
			method: "PATCH",
			body: { state: "closed", state_reason: "completed" },
		});
		expect(
			((await call(`/repos/o/r/issues/${number}`)).json as { state: string })
				.state,
		).toBe("closed");
		expect(fake.violations).toEqual([]);
	});

	it("replays scripted faults once each, then behaves normally", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r", pullRequests: [1] });
		fake.failNext(
			"POST /repos/o/r/issues/1/comments",
			{ status: 502 },
			rateLimitFaults.secondary(7),
		);
		fake.failNext("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
			reset: true,
		});
		const post = () =>
			call("/repos/o/r/issues/1/comments", {
				method: "POST",
				body: { body: "x" },
			});
		expect((await post()).status).toBe(502);
		const limited = await post();
		expect(limited.status).toBe(403);
		expect(limited.headers.get("retry-after")).toBe("7");
		expect((await post()).status).toBe(201);
		await expect(call("/repos/o/r/issues/1/comments")).rejects.toThrow();
		expect((await call("/repos/o/r/issues/1/comments")).status).toBe(200);
		expect(fake.state.comments).toHaveLength(1);
	});

	it("can fail a write after carrying it out", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r", pullRequests: [1] });
		fake.failNext("POST /repos/o/r/issues/1/comments", {
			status: 502,
			afterEffect: true,
		});
		const res = await call("/repos/o/r/issues/1/comments", {
			method: "POST",
			body: { body: "x" },
		});
		expect(res.status).toBe(502);
		expect(fake.state.comments.map((c) => c.body)).toEqual(["x"]);
	});

	it("answers every write with 403 for a read-only (fork) token", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			pullRequests: [1],
			readOnly: true,
		});
		const res = await call("/repos/o/r/issues/1/comments", {
			method: "POST",
			body: { body: "x" },
		});
		expect(res.status).toBe(403);
		expect((res.json as { message: string }).message).toBe(
			"Resource not accessible by integration",
		);
		expect((await call("/repos/o/r/issues/1/comments")).status).toBe(200);
		expect(fake.state.comments).toEqual([]);
		expect(fake.violations).toEqual([]);
	});

	it("can truncate a body and delay an answer", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r", pullRequests: [1] });
		fake.failNext("GET /repos/o/r/issues/1/comments", {
			status: 200,
			body: [{ id: 1 }, { id: 2 }],
			truncate: true,
		});
		await expect(call("/repos/o/r/issues/1/comments")).rejects.toThrow();
		fake.failNext("GET /repos/o/r/issues/1/comments", { delayMs: 150 });
		const started = Date.now();
		expect((await call("/repos/o/r/issues/1/comments")).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	it("records request violations for bodies GitHub would reject", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r", pullRequests: [1] });
		await call("/repos/o/r/issues/1/comments", {
			method: "POST",
			body: { text: "wrong field" },
		});
		expect(fake.violations.map((v) => v.kind)).toEqual([
			"request-body",
			"request-body",
		]);
	});
});
