// A small GitHub REST API on loopback with GitHub's real behaviour for the endpoints pin-audit uses:
// issue comments, issues, contents and the authenticated user. Every request is recorded and checked against
// GitHub's OpenAPI description, and so is every response the fake itself sends.
import {
	createServer,
	type IncomingMessage,
	type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import {
	type PullReviewState,
	type ReviewRouteContext,
	routePullReviews,
} from "./fake-pull-reviews.js";
import {
	matchRoute,
	type Violation,
	validateRequest,
	validateResponse,
} from "./openapi-validator.js";

export interface FakeUser {
	login: string;
	id: number;
	type: "User" | "Bot" | "Organization";
}

/** The author GitHub shows for anything written with a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: FakeUser = {
	login: "github-actions[bot]",
	id: 41898282,
	type: "Bot",
};

export interface FakeComment {
	id: number;
	issueNumber: number;
	body: string;
	user: FakeUser;
	createdAt: string;
	updatedAt: string;
}

export interface FakeIssue {
	number: number;
	title: string;
	body: string | null;
	state: "open" | "closed";
	stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
	labels: string[];
	user: FakeUser;
	/** A pull request is an issue too; GitHub lists both under /issues. */
	isPullRequest: boolean;
	createdAt: string;
	updatedAt: string;
	closedAt: string | null;
}

export interface FakeState {
	owner: string;
	repo: string;
	comments: FakeComment[];
	issues: FakeIssue[];
	/** ref (branch name or commit sha) -> path -> file text. */
	files: Record<string, Record<string, string>>;
	/** Pull requests' files, review comments and reviews (fake-pull-reviews.ts). */
	pullFiles: PullReviewState["pullFiles"];
	reviewComments: PullReviewState["reviewComments"];
	reviews: PullReviewState["reviews"];
}

export interface Fault {
	status?: number;
	headers?: Record<string, string>;
	/** A JSON value (sent as JSON) or a string (sent as is). Defaults to GitHub's error shape for the status. */
	body?: unknown;
	/** Wait this long before answering (or before applying the rest of the fault). */
	delayMs?: number;
	/** Destroy the socket without an answer (ECONNRESET on the client). */
	reset?: boolean;
	/** Announce the full Content-Length, send half the body, then close. */
	truncate?: boolean;
	/**
	 * Carry the request out first (the write happens), then answer with this fault: GitHub's 502 after a comment
	 * was in fact created, which turns a blind retry into a duplicate.
	 */
	afterEffect?: boolean;
}

export interface FakeGitHubOptions {
	owner?: string;
	repo?: string;
	/** The token the fake accepts; any token when unset. */
	token?: string;
	/**
	 * Who the token belongs to. "integration" answers GET /user with 403 "Resource not accessible by integration",
	 * as GitHub does for a workflow's GITHUB_TOKEN, whose writes are still authored by `author`.
	 */
	viewer?: FakeUser | "integration";
	/** The author of what this token writes; defaults to the viewer, or github-actions[bot] for "integration". */
	author?: FakeUser;
	/** Answer every write with 403, as GitHub does for a GITHUB_TOKEN on a pull request from a fork. */
	readOnly?: boolean;
	pullRequests?: number[];
	issues?: Partial<FakeIssue>[];
	comments?: Array<Omit<FakeComment, "id" | "createdAt" | "updatedAt">>;
	files?: Record<string, Record<string, string>>;
	defaultBranch?: string;
}

export interface RecordedRequest {
	method: string;
	path: string;
	/** The matched description template, when one matched. */
	route: string | undefined;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
	status: number;
	/** True when the answer came from failNext rather than the fake's logic. */
	scripted: boolean;
}

export interface FakeGitHub {
	url: string;
	requests: RecordedRequest[];
	violations: Violation[];
	state: FakeState;
	/** Writes received (POST, PATCH, PUT, DELETE), including scripted failures. */
	writes(): RecordedRequest[];
	/**
	 * Queue scripted answers for a route: `"POST /repos/o/r/issues/1/comments"` (the concrete path) or
	 * `"POST /repos/{owner}/{repo}/issues/{issue_number}/comments"` (the description's template).
	 */
	failNext(route: string, ...faults: Fault[]): void;
	close(): Promise<void>;
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const HTML = "https://github.com";

export async function startFakeGitHub(
	options: FakeGitHubOptions = {},
): Promise<FakeGitHub> {
	const owner = options.owner ?? "octo-org";
	const repo = options.repo ?? "mcp-fleet";
	const viewer = options.viewer ?? {
		login: "pin-audit-bot",
		id: 90001,
		type: "User",
	};
	const author =
		options.author ?? (viewer === "integration" ? GITHUB_ACTIONS_BOT : viewer);
	// A clock that moves one second per write, so updated_at changes as it does on GitHub.
	let now = Date.parse("2025-06-02T09:00:00Z");
	const tick = (): string => {
		now += 1000;
		return new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z");
	};

	let nextId = 2_000_000_001;
	const state: FakeState = {
		owner,
		repo,
		comments: [],
		issues: [],
		files: options.files ?? {},
		pullFiles: {},
		reviewComments: [],
		reviews: [],
	};
	for (const number of options.pullRequests ?? []) {
		const t = tick();
		state.issues.push({
			number,
			title: `Pull request #${number}`,
			body: null,
			state: "open",
			stateReason: null,
			labels: [],
			user: { login: "contributor", id: 80001, type: "User" },
			isPullRequest: true,
			createdAt: t,
			updatedAt: t,
			closedAt: null,
		});
	}
	for (const seed of options.issues ?? []) {
		const t = tick();
		state.issues.push({
			number: nextIssueNumber(),
			title: "Issue",
			body: null,
			state: "open",
			stateReason: null,
			labels: [],
			user: author,
			isPullRequest: false,
			createdAt: t,
			updatedAt: t,
			closedAt: null,
			...seed,
		});
	}
	for (const seed of options.comments ?? []) {
		const t = tick();
		state.comments.push({ ...seed, id: nextId++, createdAt: t, updatedAt: t });
	}

	function nextIssueNumber(): number {
		return Math.max(0, ...state.issues.map((i) => i.number)) + 1;
	}

	const requests: RecordedRequest[] = [];
	const violations: Violation[] = [];
	const faults = new Map<string, Fault[]>();
	let baseUrl = "";

	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (c: Buffer) => chunks.push(c));
		req.on("end", () => {
			handle(req, res, Buffer.concat(chunks).toString("utf8")).catch(
				(error: unknown) => {
					res.statusCode = 500;
					res.end(String(error));
				},
			);
		});
	});

	async function handle(
		req: IncomingMessage,
		res: ServerResponse,
		rawBody: string,
	): Promise<void> {
		const method = req.method ?? "GET";
		const url = new URL(req.url ?? "/", baseUrl);
		const path = url.pathname;
		const match = matchRoute(method, path);
		violations.push(
			...validateRequest({
				method,
				path,
				query: url.searchParams,
				body: rawBody,
			}),
		);
		let body: unknown = rawBody;
		try {
			body = rawBody === "" ? undefined : JSON.parse(rawBody);
		} catch {
			// Kept as text; the validator already reported it.
		}
		const record: RecordedRequest = {
			method,
			path,
			route: match?.template,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			body,
			status: 0,
			scripted: false,
		};
		requests.push(record);

		const fault =
			takeFault(`${method} ${path}`) ??
			(match ? takeFault(`${method} ${match.template}`) : undefined);
		if (fault) {
			record.scripted = true;
			if (fault.afterEffect) route(method, url, match, req, body);
			if (fault.delayMs) await sleep(fault.delayMs);
			if (fault.reset) {
				record.status = -1;
				req.socket.destroy();
				return;
			}
			if (fault.status !== undefined) {
				record.status = fault.status;
				const text =
					typeof fault.body === "string"
						? fault.body
						: JSON.stringify(fault.body ?? errorBody(fault.status, match));
				const headers = {
					...commonHeaders(),
					"content-type": "application/json; charset=utf-8",
					...fault.headers,
				};
				if (fault.truncate) {
					res.writeHead(fault.status, {
						...headers,
						"content-length": String(Buffer.byteLength(text)),
					});
					res.write(text.slice(0, Math.floor(text.length / 2)));
					req.socket.destroy();
					return;
				}
				res.writeHead(fault.status, headers);
				res.end(text);
				return;
			}
		}

		const answer = route(method, url, match, req, body);
		record.status = answer.status;
		const contentType = answer.contentType ?? "application/json; charset=utf-8";
		const text =
			answer.body === undefined
				? ""
				: typeof answer.body === "string" && !contentType.includes("json")
					? answer.body
					: JSON.stringify(answer.body);
		violations.push(
			...validateResponse({
				method,
				path,
				status: answer.status,
				contentType,
				body: text,
			}).filter(
				// GitHub answers 401/403 on every endpoint (a read-only fork token, a bad token), documented or not.
				(v) =>
					!(v.kind === "response-status" && [401, 403].includes(answer.status)),
			),
		);
		res.writeHead(answer.status, {
			...commonHeaders(),
			...(text === "" ? {} : { "content-type": contentType }),
			...answer.headers,
		});
		res.end(text);
	}

	function takeFault(key: string): Fault | undefined {
		const queue = faults.get(key);
		const fault = queue?.shift();
		if (queue && queue.length === 0) faults.delete(key);
		return fault;
	}

	interface Answer {
		status: number;
		body?: unknown;
		headers?: Record<string, string>;
		contentType?: string;
	}

	function route(
		method: string,
		url: URL,
		match: ReturnType<typeof matchRoute>,
		req: IncomingMessage,
		body: unknown,
	): Answer {
		const auth = req.headers.authorization ?? "";
		const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
		if (!token)
			return {
				status: 401,
				body: {
					message: "Requires authentication",
					documentation_url: "https://docs.github.com/rest",
					status: "401",
				},
			};
		if (options.token !== undefined && token !== options.token)
			return {
				status: 401,
				body: {
					message: "Bad credentials",
					documentation_url: "https://docs.github.com/rest",
					status: "401",
				},
			};
		if (!match) return notFound(undefined);
		const p = match.params;
		if (
			match.template.startsWith("/repos/") &&
			(p.owner !== owner || p.repo !== repo)
		)
			return notFound(match);
		if (options.readOnly && WRITE_METHODS.has(method)) return forbidden(match);

		const key = `${method} ${match.template}`;
		switch (key) {
			case "GET /user":
				if (viewer === "integration") return forbidden(match);
				return { status: 200, body: publicUser(viewer) };
			case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
				const issue = findIssue(p.issue_number);
				if (!issue) return notFound(match);
				const since = url.searchParams.get("since");
				const all = state.comments
					.filter((c) => c.issueNumber === issue.number)
					.filter((c) => !since || c.updatedAt >= since)
					.sort((a, b) => a.id - b.id);
				return paginate(url, all.map(commentJson));
			}
			case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
				const issue = findIssue(p.issue_number);
				if (!issue) return notFound(match);
				const text = stringField(body, "body");
				if (text === undefined) return unprocessable(match, "body");
				const t = tick();
				const comment: FakeComment = {
					id: nextId++,
					issueNumber: issue.number,
					body: text,
					user: author,
					createdAt: t,
					updatedAt: t,
				};
				state.comments.push(comment);
				return {
					status: 201,
					body: commentJson(comment),
					headers: {
						location: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
					},
				};
			}
			case "GET /repos/{owner}/{repo}/issues/comments/{comment_id}": {
				const comment = findComment(p.comment_id);
				return comment
					? { status: 200, body: commentJson(comment) }
					: notFound(match);
			}
			case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
				const comment = findComment(p.comment_id);
				if (!comment) return notFound(match);
				// A token with write access may edit anyone's comment: only the action's own author check keeps it off
				// a human's comment, which is why tests seed one.
				const text = stringField(body, "body");
				if (text === undefined) return unprocessable(match, "body");
				comment.body = text;
				comment.updatedAt = tick();
				return { status: 200, body: commentJson(comment) };
			}
			case "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}": {
				const comment = findComment(p.comment_id);
				if (!comment) return notFound(match);
				state.comments = state.comments.filter((c) => c !== comment);
				return { status: 204 };
			}
			case "GET /repos/{owner}/{repo}/contents/{path}":
				return contents(url, p.path ?? "", req, match);
			case "GET /repos/{owner}/{repo}/issues":
				return listIssues(url);
			case "POST /repos/{owner}/{repo}/issues": {
				const title = (body as { title?: unknown } | undefined)?.title;
				if (typeof title !== "string" && typeof title !== "number")
					return unprocessable(match, "title");
				const t = tick();
				const b = body as { body?: string; labels?: unknown[] };
				const issue: FakeIssue = {
					number: nextIssueNumber(),
					title: String(title),
					body: b.body ?? null,
					state: "open",
					stateReason: null,
					labels: labelNames(b.labels),
					user: author,
					isPullRequest: false,
					createdAt: t,
					updatedAt: t,
					closedAt: null,
				};
				state.issues.push(issue);
				return {
					status: 201,
					body: issueJson(issue),
					headers: {
						location: `${baseUrl}/repos/${owner}/${repo}/issues/${issue.number}`,
					},
				};
			}
			case "GET /repos/{owner}/{repo}/issues/{issue_number}": {
				const issue = findIssue(p.issue_number);
				return issue
					? { status: 200, body: issueJson(issue) }
					: notFound(match);
			}
			case "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
				const issue = findIssue(p.issue_number);
				if (!issue) return notFound(match);
				const b = (body ?? {}) as Record<string, unknown>;
				if (typeof b.title === "string") issue.title = b.title;
				if (typeof b.body === "string" || b.body === null)
					issue.body = b.body as string | null;
				if (Array.isArray(b.labels)) issue.labels = labelNames(b.labels);
				if (b.state === "closed" && issue.state === "open") {
					issue.state = "closed";
					issue.stateReason =
						(b.state_reason as FakeIssue["stateReason"]) ?? "completed";
					issue.closedAt = tick();
				} else if (b.state === "open" && issue.state === "closed") {
					issue.state = "open";
					issue.stateReason = "reopened";
					issue.closedAt = null;
				}
				issue.updatedAt = tick();
				return { status: 200, body: issueJson(issue) };
			}
			default:
				return (
					routePullReviews(state, reviewContext, key, match, url, body) ??
					notFound(match)
				);
		}
	}

	const reviewContext: ReviewRouteContext = {
		owner,
		repo,
		baseUrl: () => baseUrl,
		author,
		tick,
		nextId: () => nextId++,
		isPullRequest: (raw) => findIssue(raw)?.isPullRequest === true,
		simpleUser: (u) => simpleUser(u),
		paginate: (url, items) => paginate(url, items),
		notFound: (match) => notFound(match),
		docsUrl: (match) => docsUrl(match),
	};

	function findIssue(raw: string | undefined): FakeIssue | undefined {
		return state.issues.find((i) => String(i.number) === raw);
	}
	function findComment(raw: string | undefined): FakeComment | undefined {
		return state.comments.find((c) => String(c.id) === raw);
	}

	/** GitHub's pagination: per_page (default 30, max 100), page (1-based), and an RFC 8288 Link header. */
	function paginate(url: URL, items: unknown[]): Answer {
		const perPage = Math.min(
			100,
			Math.max(1, Number(url.searchParams.get("per_page") ?? 30) || 30),
		);
		const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
		const last = Math.max(1, Math.ceil(items.length / perPage));
		const slice = items.slice((page - 1) * perPage, page * perPage);
		return {
			status: 200,
			body: slice,
			headers: linkHeader(url, page, last),
		};
	}

	function linkHeader(
		url: URL,
		page: number,
		last: number,
	): Record<string, string> {
		const at = (n: number): string => {
			const u = new URL(url.pathname + url.search, baseUrl);
			u.searchParams.set("page", String(n));
			return `<${u.toString()}>`;
		};
		const links: string[] = [];
		// GitHub's order: prev, next, last, first; first/prev only after page 1, next/last only before the end.
		if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
		if (page < last) {
			links.push(`${at(page + 1)}; rel="next"`);
			links.push(`${at(last)}; rel="last"`);
		}
		if (page > 1) links.push(`${at(1)}; rel="first"`);
		return links.length > 0 ? { link: links.join(", ") } : {};
	}

	function listIssues(url: URL): Answer {
		const q = url.searchParams;
		const wanted = q.get("state") ?? "open";
		const labels = (q.get("labels") ?? "")
			.split(",")
			.map((l) => l.trim())
			.filter(Boolean);
		const creator = q.get("creator");
		const sort = q.get("sort") ?? "created";
		const direction = q.get("direction") ?? "desc";
		const field = sort === "updated" ? "updatedAt" : "createdAt";
		const items = state.issues
			.filter((i) => wanted === "all" || i.state === wanted)
			.filter((i) =>
				labels.every((l) =>
					i.labels.some((x) => x.toLowerCase() === l.toLowerCase()),
				),
			)
			.filter((i) => !creator || i.user.login === creator)
			.sort((a, b) => {
				const order =
					a[field] === b[field]
						? a.number - b.number
						: a[field] < b[field]
							? -1
							: 1;
				return direction === "asc" ? order : -order;
			});
		return paginate(url, items.map(issueJson));
	}

	function contents(
		url: URL,
		path: string,
		req: IncomingMessage,
		match: NonNullable<ReturnType<typeof matchRoute>>,
	): Answer {
		const ref = url.searchParams.get("ref") ?? options.defaultBranch ?? "main";
		const tree = state.files[ref];
		if (!tree) return notFound(match, "No commit found for the ref");
		const text = tree[path];
		if (text === undefined) {
			const prefix = path === "" ? "" : `${path}/`;
			const children = new Map<string, "file" | "dir">();
			for (const f of Object.keys(tree)) {
				if (!f.startsWith(prefix)) continue;
				const [head, ...rest] = f.slice(prefix.length).split("/");
				if (head) children.set(head, rest.length > 0 ? "dir" : "file");
			}
			if (children.size === 0) return notFound(match);
			return {
				status: 200,
				body: [...children].map(([name, type]) =>
					contentEntry(`${prefix}${name}`, ref, type, tree),
				),
			};
		}
		const accept = String(req.headers.accept ?? "");
		if (/vnd\.github(\.v3)?\.raw/.test(accept))
			return {
				status: 200,
				body: text,
				contentType: "application/vnd.github.raw; charset=utf-8",
			};
		const base64 = Buffer.from(text, "utf8").toString("base64");
		return {
			status: 200,
			body: {
				...contentEntry(path, ref, "file", tree),
				// GitHub wraps the base64 content at 60 characters.
				content: `${base64.replace(/.{60}/g, "$&\n")}\n`,
				encoding: "base64",
			},
		};
	}

	function contentEntry(
		path: string,
		ref: string,
		type: "file" | "dir",
		tree: Record<string, string>,
	): Record<string, unknown> {
		const sha = fakeSha(`${ref}:${path}:${tree[path] ?? ""}`);
		const api = `${baseUrl}/repos/${owner}/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
		const git = `${baseUrl}/repos/${owner}/${repo}/git/${type === "file" ? "blobs" : "trees"}/${sha}`;
		const html = `${HTML}/${owner}/${repo}/${type === "file" ? "blob" : "tree"}/${ref}/${path}`;
		return {
			type,
			size: type === "file" ? Buffer.byteLength(tree[path] ?? "") : 0,
			name: path.split("/").pop() ?? path,
			path,
			sha,
			url: api,
			git_url: git,
			html_url: html,
			download_url:
				type === "file"
					? `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`
					: null,
			_links: { self: api, git, html },
		};
	}

	function commentJson(c: FakeComment): Record<string, unknown> {
		const issue = findIssue(String(c.issueNumber));
		const kind = issue?.isPullRequest ? "pull" : "issues";
		return {
			url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}`,
			html_url: `${HTML}/${owner}/${repo}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
			issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${c.issueNumber}`,
			id: c.id,
			node_id: `IC_kwDO${Buffer.from(String(c.id)).toString("base64url")}`,
			user: simpleUser(c.user),
			created_at: c.createdAt,
			updated_at: c.updatedAt,
			author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
			body: c.body,
			reactions: reactions(
				`${baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}/reactions`,
			),
			performed_via_github_app: null,
		};
	}

	function issueJson(i: FakeIssue): Record<string, unknown> {
		const api = `${baseUrl}/repos/${owner}/${repo}/issues/${i.number}`;
		const kind = i.isPullRequest ? "pull" : "issues";
		return {
			url: api,
			repository_url: `${baseUrl}/repos/${owner}/${repo}`,
			labels_url: `${api}/labels{/name}`,
			comments_url: `${api}/comments`,
			events_url: `${api}/events`,
			html_url: `${HTML}/${owner}/${repo}/${kind}/${i.number}`,
			id: 3_000_000_000 + i.number,
			node_id: `I_kwDO${Buffer.from(String(i.number)).toString("base64url")}`,
			number: i.number,
			title: i.title,
			user: simpleUser(i.user),
			labels: i.labels.map((name) => labelJson(name)),
			state: i.state,
			state_reason: i.stateReason,
			locked: false,
			assignee: null,
			assignees: [],
			milestone: null,
			comments: state.comments.filter((c) => c.issueNumber === i.number).length,
			created_at: i.createdAt,
			updated_at: i.updatedAt,
			closed_at: i.closedAt,
			author_association: "MEMBER",
			active_lock_reason: null,
			body: i.body,
			closed_by: null,
			reactions: reactions(`${api}/reactions`),
			timeline_url: `${api}/timeline`,
			performed_via_github_app: null,
			...(i.isPullRequest
				? {
						draft: false,
						pull_request: {
							url: `${baseUrl}/repos/${owner}/${repo}/pulls/${i.number}`,
							html_url: `${HTML}/${owner}/${repo}/pull/${i.number}`,
							diff_url: `${HTML}/${owner}/${repo}/pull/${i.number}.diff`,
							patch_url: `${HTML}/${owner}/${repo}/pull/${i.number}.patch`,
							merged_at: null,
						},
					}
				: {}),
		};
	}

	function labelJson(name: string): Record<string, unknown> {
		const id =
			5_000_000 +
			([...name].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % 1_000_000);
		return {
			id,
			node_id: `LA_kwDO${Buffer.from(name).toString("base64url")}`,
			url: `${baseUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
			name,
			description: null,
			color: "ededed",
			default: false,
		};
	}

	function simpleUser(u: FakeUser): Record<string, unknown> {
		const api = `${baseUrl}/users/${encodeURIComponent(u.login)}`;
		return {
			login: u.login,
			id: u.id,
			node_id: `${u.type === "Bot" ? "BOT" : "U"}_kgDO${Buffer.from(String(u.id)).toString("base64url")}`,
			avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
			gravatar_id: "",
			url: api,
			html_url:
				u.type === "Bot"
					? `${HTML}/apps/${u.login.replace(/\[bot\]$/, "")}`
					: `${HTML}/${u.login}`,
			followers_url: `${api}/followers`,
			following_url: `${api}/following{/other_user}`,
			gists_url: `${api}/gists{/gist_id}`,
			starred_url: `${api}/starred{/owner}{/repo}`,
			subscriptions_url: `${api}/subscriptions`,
			organizations_url: `${api}/orgs`,
			repos_url: `${api}/repos`,
			events_url: `${api}/events{/privacy}`,
			received_events_url: `${api}/received_events`,
			type: u.type,
			user_view_type: "public",
			site_admin: false,
		};
	}

	function publicUser(u: FakeUser): Record<string, unknown> {
		return {
			...simpleUser(u),
			name: null,
			company: null,
			blog: "",
			location: null,
			email: null,
			hireable: null,
			bio: null,
			twitter_username: null,
			public_repos: 1,
			public_gists: 0,
			followers: 0,
			following: 0,
			created_at: "2020-01-01T00:00:00Z",
			updated_at: "2025-01-01T00:00:00Z",
		};
	}

	function reactions(url: string): Record<string, unknown> {
		return {
			url,
			total_count: 0,
			"+1": 0,
			"-1": 0,
			laugh: 0,
			hooray: 0,
			confused: 0,
			heart: 0,
			rocket: 0,
			eyes: 0,
		};
	}

	function commonHeaders(): Record<string, string> {
		return {
			"x-github-api-version-selected": "2022-11-28",
			"x-ratelimit-limit": "5000",
			"x-ratelimit-remaining": "4999",
			"x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
			"x-ratelimit-used": "1",
			"x-ratelimit-resource": "core",
			"x-github-request-id": `FAKE:${requests.length}`,
		};
	}

	function docsUrl(match: RouteMatch | undefined): string {
		return match
			? `https://docs.github.com/rest/${match.operationId}`
			: "https://docs.github.com/rest";
	}
	function notFound(
		match: RouteMatch | undefined,
		message = "Not Found",
	): Answer {
		return {
			status: 404,
			body: { message, documentation_url: docsUrl(match), status: "404" },
		};
	}
	function forbidden(match: RouteMatch): Answer {
		return {
			status: 403,
			body: {
				message: "Resource not accessible by integration",
				documentation_url: docsUrl(match),
				status: "403",
			},
		};
	}
	function unprocessable(match: RouteMatch, field: string): Answer {
		return {
			status: 422,
			body: {
				message: "Invalid request.",
				documentation_url: docsUrl(match),
				errors: [{ resource: "Issue", code: "missing_field", field }],
				status: "422",
			},
		};
	}
	function errorBody(status: number, match: RouteMatch | undefined): unknown {
		const messages: Record<number, string> = {
			401: "Bad credentials",
			403: "Forbidden",
			404: "Not Found",
			422: "Validation Failed",
			429: "Too Many Requests",
			500: "Server Error",
			502: "Server Error",
			503: "Service Unavailable",
		};
		return {
			message: messages[status] ?? "Error",
			documentation_url: docsUrl(match),
			status: String(status),
		};
	}

	await new Promise<void>((resolve) =>
		server.listen(0, "127.0.0.1", () => resolve()),
	);
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		url: baseUrl,
		requests,
		violations,
		state,
		writes: () => requests.filter((r) => WRITE_METHODS.has(r.method)),
		failNext(routeKey, ...queued) {
			const [m = "", ...rest] = routeKey.trim().split(/\s+/);
			const key = `${m.toUpperCase()} ${rest.join(" ")}`;
			faults.set(key, [...(faults.get(key) ?? []), ...queued]);
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

type RouteMatch = NonNullable<ReturnType<typeof matchRoute>>;

/** Scripted answers GitHub really gives under rate limiting. */
export const rateLimitFaults = {
	/** Primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time in epoch seconds. */
	primary(resetEpochSeconds: number): Fault {
		return {
			status: 403,
			headers: {
				"x-ratelimit-remaining": "0",
				"x-ratelimit-reset": String(resetEpochSeconds),
			},
			body: {
				message:
					"API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.",
				documentation_url:
					"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
				status: "403",
			},
		};
	},
	/** Secondary rate limit: 403 with Retry-After in seconds. */
	secondary(retryAfterSeconds: number): Fault {
		return {
			status: 403,
			headers: { "retry-after": String(retryAfterSeconds) },
			body: {
				message:
					"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
				documentation_url:
					"https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
				status: "403",
			},
		};
	},
};

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function stringField(body: unknown, name: string): string | undefined {
	const value = (body as Record<string, unknown> | undefined)?.[name];
	return typeof value === "string" ? value : undefined;
}

function labelNames(labels: unknown[] | undefined): string[] {
	return (labels ?? [])
		.map((l) =>
			typeof l === "string" ? l : String((l as { name?: unknown }).name ?? ""),
		)
		.filter(Boolean);
}

/** A stable 40-hex id for fake git objects. */
function fakeSha(text: string): string {
	let h = 0x811c9dc5;
	let out = "";
	for (let round = 0; out.length < 40; round++) {
		for (const c of `${round}:${text}`)
			h = Math.imul(h ^ c.charCodeAt(0), 16777619);
		out += (h >>> 0).toString(16).padStart(8, "0");
	}
	return out.slice(0, 40);
}
