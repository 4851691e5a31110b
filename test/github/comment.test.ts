import { describe, expect, it } from "vitest";
import {
	findTokenAuthor,
	GITHUB_ACTIONS_BOT,
	shouldCreateComment,
	upsertComment,
} from "../../src/github/comment.js";
import type { RestClient } from "../../src/github/rest-client.js";

// A tiny in-process fake of the part of the REST API the sticky comment uses; it records every call.
interface FakeComment {
	id: number;
	body: string;
	user: { login: string; type?: string };
}

function fakeGitHub(
	options: {
		login?: string | 403;
		comments?: FakeComment[];
		failWrites?: number;
	} = {},
) {
	const comments = [...(options.comments ?? [])];
	const calls: string[] = [];
	let nextId = 1000;
	const client: RestClient = {
		async request(route, params = {}) {
			calls.push(route);
			const write = !route.startsWith("GET");
			if (write && options.failWrites)
				throw Object.assign(
					new Error("Resource not accessible by integration"),
					{ status: options.failWrites },
				);
			switch (route) {
				case "GET /user":
					if (options.login === 403 || options.login === undefined)
						throw Object.assign(
							new Error("Resource not accessible by integration"),
							{ status: 403 },
						);
					return { status: 200, data: { login: options.login } };
				case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
					const page = params.page as number;
					const perPage = params.per_page as number;
					return {
						status: 200,
						data: comments.slice((page - 1) * perPage, page * perPage),
					};
				}
				case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
					const created = {
						id: nextId++,
						body: params.body as string,
						user: {
							login:
								options.login === 403 || !options.login
									? GITHUB_ACTIONS_BOT
									: options.login,
						},
					};
					comments.push(created);
					return { status: 201, data: created };
				}
				case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
					const c = comments.find((x) => x.id === params.comment_id);
					if (!c) throw Object.assign(new Error("Not Found"), { status: 404 });
					c.body = params.body as string;
					return { status: 200, data: c };
				}
				case "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": {
					const index = comments.findIndex((x) => x.id === params.comment_id);
					comments.splice(index, 1);
					return { status: 204, data: null };
				}
				default:
					throw new Error(`unexpected route ${route}`);
			}
		},
	};
	return { client, comments, calls };
}

const marker = "<!-- pin-audit:sticky key=default -->";
const target = { owner: "o", repo: "r", issueNumber: 7, marker };
const body = (text: string) => `${marker}\n${text}`;
const bot = { login: GITHUB_ACTIONS_BOT, type: "Bot" };
const installation = { login: GITHUB_ACTIONS_BOT, installation: true };

describe("findTokenAuthor", () => {
	it("uses GET /user, and an installation token's bot when the token cannot read it", async () => {
		expect(
			await findTokenAuthor(fakeGitHub({ login: "octo-user" }).client),
		).toEqual({ login: "octo-user", installation: false });
		expect(await findTokenAuthor(fakeGitHub({ login: 403 }).client)).toEqual(
			installation,
		);
	});

	it("does not hide other failures", async () => {
		const client: RestClient = {
			request: async () => {
				throw Object.assign(new Error("Bad Gateway"), { status: 502 });
			},
		};
		await expect(findTokenAuthor(client)).rejects.toThrow("Bad Gateway");
	});
});

describe("upsertComment", () => {
	const options = {
		mode: "always" as const,
		wanted: true,
		author: installation,
	};

	it("creates the comment on first need, then edits that same comment", async () => {
		const gh = fakeGitHub();
		const first = await upsertComment(gh.client, target, {
			...options,
			body: body("one"),
		});
		expect(first).toEqual({ action: "created", id: 1000, deleted: [] });
		const second = await upsertComment(gh.client, target, {
			...options,
			body: body("two"),
		});
		expect(second).toEqual({ action: "updated", id: 1000, deleted: [] });
		expect(gh.comments.map((c) => c.body)).toEqual([body("two")]);
	});

	it("sends no write when the body is unchanged", async () => {
		const gh = fakeGitHub({
			comments: [{ id: 5, body: body("same"), user: bot }],
		});
		const result = await upsertComment(gh.client, target, {
			...options,
			body: `${body("same")}\n`,
		});
		expect(result).toEqual({ action: "unchanged", id: 5, deleted: [] });
		expect(gh.calls.filter((c) => !c.startsWith("GET"))).toEqual([]);
	});

	it("ignores comments with the marker by someone else, and other keys' comments", async () => {
		const gh = fakeGitHub({
			comments: [
				{
					id: 1,
					body: body("copied by a PR author"),
					user: { login: "mallory", type: "User" },
				},
				{
					id: 2,
					body: "<!-- pin-audit:sticky key=py311 -->\nother job",
					user: bot,
				},
				{ id: 3, body: `quoted:\n${marker}`, user: bot },
			],
		});
		const result = await upsertComment(gh.client, target, {
			...options,
			body: body("mine"),
		});
		expect(result.action).toBe("created");
		expect(gh.comments.find((c) => c.id === 1)?.body).toBe(
			body("copied by a PR author"),
		);
	});

	it("finds its comment when a GitHub App's token wrote it as <app>[bot]", async () => {
		const gh = fakeGitHub({
			comments: [
				{
					id: 8,
					body: body("old"),
					user: { login: "acme-ci[bot]", type: "Bot" },
				},
			],
		});
		const result = await upsertComment(gh.client, target, {
			...options,
			body: body("new"),
		});
		expect(result).toEqual({ action: "updated", id: 8, deleted: [] });
	});

	it("matches only its own login when the token can name itself", async () => {
		const gh = fakeGitHub({
			comments: [
				{
					id: 8,
					body: body("old"),
					user: { login: "acme-ci[bot]", type: "Bot" },
				},
			],
		});
		const result = await upsertComment(gh.client, target, {
			...options,
			author: { login: "octo-user", installation: false },
			body: body("new"),
		});
		expect(result.action).toBe("created");
	});

	it("finds its comment on a later page", async () => {
		const filler = Array.from({ length: 230 }, (_, i) => ({
			id: i + 1,
			body: `chatter ${i}`,
			user: { login: "someone" },
		}));
		const gh = fakeGitHub({
			comments: [...filler, { id: 999, body: body("old"), user: bot }],
		});
		const result = await upsertComment(gh.client, target, {
			...options,
			body: body("new"),
		});
		expect(result).toEqual({ action: "updated", id: 999, deleted: [] });
		expect(
			gh.calls.filter((c) => c.includes("/comments") && c.startsWith("GET")),
		).toHaveLength(3);
	});

	it("keeps the oldest of duplicates and deletes the rest", async () => {
		const gh = fakeGitHub({
			comments: [
				{ id: 10, body: body("a"), user: bot },
				{ id: 11, body: body("b"), user: bot },
			],
		});
		const result = await upsertComment(gh.client, target, {
			...options,
			body: body("c"),
		});
		expect(result).toEqual({ action: "updated", id: 10, deleted: [11] });
		expect(gh.comments.map((c) => c.id)).toEqual([10]);
	});

	it("does not create when not wanted, but still updates an existing comment (never stale)", async () => {
		const empty = fakeGitHub();
		expect(
			await upsertComment(empty.client, target, {
				...options,
				mode: "on-failure",
				wanted: false,
				body: body("ok"),
			}),
		).toEqual({
			action: "skipped",
			id: null,
			deleted: [],
		});
		expect(empty.calls.filter((c) => !c.startsWith("GET"))).toEqual([]);
		const stale = fakeGitHub({
			comments: [{ id: 4, body: body("❌ failing"), user: bot }],
		});
		expect(
			await upsertComment(stale.client, target, {
				...options,
				mode: "on-failure",
				wanted: false,
				body: body("✅ all clear"),
			}),
		).toEqual({ action: "updated", id: 4, deleted: [] });
	});

	it("never touches anything with mode never", async () => {
		const gh = fakeGitHub({
			comments: [{ id: 4, body: body("old"), user: bot }],
		});
		expect(
			await upsertComment(gh.client, target, {
				...options,
				mode: "never",
				body: body("new"),
			}),
		).toEqual({
			action: "skipped",
			id: null,
			deleted: [],
		});
		expect(gh.calls).toEqual([]);
	});

	it("lets a 403 on writing reach the caller with its status", async () => {
		const gh = fakeGitHub({ failWrites: 403 });
		await expect(
			upsertComment(gh.client, target, { ...options, body: body("x") }),
		).rejects.toMatchObject({ status: 403 });
	});
});

describe("shouldCreateComment", () => {
	it("follows the comment mode", () => {
		const quiet = { findings: 0, upgrades: 0, blocking: 0 };
		const changed = { findings: 0, upgrades: 2, blocking: 0 };
		const failing = { findings: 1, upgrades: 0, blocking: 1 };
		expect(
			[quiet, changed, failing].map((f) => shouldCreateComment("always", f)),
		).toEqual([true, true, true]);
		expect(
			[quiet, changed, failing].map((f) => shouldCreateComment("on-change", f)),
		).toEqual([false, true, true]);
		expect(
			[quiet, changed, failing].map((f) =>
				shouldCreateComment("on-failure", f),
			),
		).toEqual([false, false, true]);
		expect(
			[quiet, changed, failing].map((f) => shouldCreateComment("never", f)),
		).toEqual([false, false, false]);
	});
});
