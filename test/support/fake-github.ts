// A small GitHub REST API on loopback with GitHub's real behaviour for the endpoints pin-audit uses: issue
// comments, issues, contents, the authenticated user, the repository, the Git Data API (refs, blobs, trees,
// commits) and pull requests with their reviews. Every request is recorded and checked against GitHub's OpenAPI
// description, and so is every response the fake itself sends. The routes live in one module per API family.
import {
	createServer,
	type IncomingMessage,
	type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { routeContents } from "./fake-contents.js";
import { routeGitData } from "./fake-git-data.js";
import { filesAt, seedGit } from "./fake-git-objects.js";
import {
	type Answer,
	docsUrl,
	errorBody,
	forbidden,
	notFound,
	paginate,
} from "./fake-github-answers.js";
import type { Fault } from "./fake-github-faults.js";
import { createJsonShapes } from "./fake-github-json.js";
import {
	type FakeComment,
	type FakeIssue,
	type FakeState,
	type FakeUser,
	GITHUB_ACTIONS_BOT,
} from "./fake-github-state.js";
import { nextIssueNumber, routeIssues, seedIssues } from "./fake-issues.js";
import { routePullReviews } from "./fake-pull-reviews.js";
import { routePulls } from "./fake-pulls.js";
import type { RouteContext, RouteFamily } from "./fake-route-context.js";
import {
	matchRoute,
	type RouteMatch,
	type Violation,
	validateRequest,
	validateResponse,
} from "./openapi-validator.js";

export { type Fault, rateLimitFaults } from "./fake-github-faults.js";
export {
	type FakeComment,
	type FakeIssue,
	type FakePull,
	type FakeState,
	type FakeUser,
	GITHUB_ACTIONS_BOT,
} from "./fake-github-state.js";

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
	/** ref -> path -> text for the contents API; the default branch's files also seed its git history. */
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
	/** The files (path -> text) at a branch's head in the Git Data API; undefined when there is no such branch. */
	branchFiles(branch: string): Record<string, string> | undefined;
	close(): Promise<void>;
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const ROUTE_FAMILIES: RouteFamily[] = [
	routeIssues,
	routeContents,
	routeGitData,
	routePulls,
	(ctx, key, match, url, body) =>
		routePullReviews(ctx.state, ctx, key, match, url, body),
];

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
	const defaultBranch = options.defaultBranch ?? "main";
	const files = options.files ?? {};
	const state: FakeState = {
		owner,
		repo,
		defaultBranch,
		comments: [],
		issues: [],
		files,
		git: seedGit(defaultBranch, files[defaultBranch] ?? {}, tick()),
		pulls: [],
		pullFiles: {},
		reviewComments: [],
		reviews: [],
	};
	seedIssues(state, options, author, tick, () => nextId++);

	const requests: RecordedRequest[] = [];
	const violations: Violation[] = [];
	const faults = new Map<string, Fault[]>();
	let baseUrl = "";
	const json = createJsonShapes(state, () => baseUrl);
	const ctx: RouteContext = {
		owner,
		repo,
		baseUrl: () => baseUrl,
		author,
		ownerUser: { login: owner, id: 60001, type: "Organization" },
		tick,
		nextId: () => nextId++,
		state,
		json,
		findIssue: (raw) => state.issues.find((i) => String(i.number) === raw),
		nextIssueNumber: () => nextIssueNumber(state),
		isPullRequest: (raw) =>
			state.issues.find((i) => String(i.number) === raw)?.isPullRequest ===
			true,
		simpleUser: (u) => json.simpleUser(u),
		paginate: (url, items) => paginate(url, items, baseUrl),
		notFound: (match) => notFound(match),
		docsUrl: (match) => docsUrl(match),
	};

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

	function route(
		method: string,
		url: URL,
		match: RouteMatch | undefined,
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
		if (key === "GET /user")
			return viewer === "integration"
				? forbidden(match)
				: { status: 200, body: json.publicUser(viewer) };
		for (const family of ROUTE_FAMILIES) {
			const answer = family(ctx, key, match, url, body, req.headers);
			if (answer) return answer;
		}
		return notFound(match);
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
		branchFiles: (branch) => filesAt(state.git, `heads/${branch}`),
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

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
