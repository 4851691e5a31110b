// The one narrow view of Octokit the action uses: `request(route, params)`. The real client is @actions/github's
// GitHub class with the retry and throttling plugins; tests pass a small in-process fake with the same shape.

export interface RestResponse {
	status: number;
	data: unknown;
	headers?: Record<string, string | number | undefined>;
}

export interface RestClient {
	request(
		route: string,
		params?: Record<string, unknown>,
	): Promise<RestResponse>;
}

export interface OctokitOptions {
	token: string;
	/** GITHUB_API_URL (loopback in tests). */
	baseUrl: string;
	/** Called when the throttling plugin waits (rate limits); gets a line for the log. */
	log: (message: string) => void;
	/** Seconds of waiting per retry the action accepts before giving up (bounded, so a run never hangs). */
	maxRetryAfterSeconds?: number;
	/** Per-request timeout, headers and body (Octokit has none: a GitHub that never answers would hang the step). */
	timeoutMs?: number;
	/** Milliseconds per second of retry wait (1000; tests shorten it through readNetworkTimings). */
	retryBaseMs?: number;
}

const RETRIES = 3;
/** GitHub answers within seconds or its own 10 s server timeout; 30 s leaves room for a slow runner network. */
const REQUEST_TIMEOUT_MS = 30_000;

type Fetch = typeof globalThis.fetch;

/** Wraps fetch so every attempt (each retry anew) is aborted when no full answer came within `timeoutMs`. */
export function withTimeout(fetchFn: Fetch, timeoutMs: number): Fetch {
	return (input, init) => {
		const timeout = AbortSignal.timeout(timeoutMs);
		const signal = init?.signal
			? AbortSignal.any([init.signal, timeout])
			: timeout;
		return fetchFn(input, { ...init, signal });
	};
}

/**
 * Octokit from @actions/github's GitHub class (proxy support, user agent) extended with @octokit/plugin-retry
 * (5xx: 3 retries, 1 s, 4 s, 9 s) and @octokit/plugin-throttling (primary and secondary rate limits: waits
 * Retry-After / X-RateLimit-Reset, at most twice and at most `maxRetryAfterSeconds` each).
 *
 * Imported lazily: @actions/github parses the event payload when it is first imported, and a failure there must
 * happen inside the action's error handling, not at module load.
 */
export async function createOctokit(
	options: OctokitOptions,
): Promise<RestClient> {
	const [{ GitHub, defaults, getOctokitOptions }, { retry }, { throttling }] =
		await Promise.all([
			import("@actions/github/lib/utils"),
			import("@octokit/plugin-retry"),
			import("@octokit/plugin-throttling"),
		]);
	const maxWait = options.maxRetryAfterSeconds ?? 120;
	const retryBaseMs = options.retryBaseMs ?? 1000;
	const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
	// @actions/github's defaults carry the proxy-aware fetch; an own `request` option would replace it whole.
	const baseFetch = (defaults.request?.fetch as Fetch | undefined) ?? fetch;
	const onLimit =
		(kind: string) =>
		(
			retryAfter: number,
			request: { method?: string; url?: string },
			_octokit: unknown,
			retryCount: number,
		) => {
			const retrying = retryCount < 2 && retryAfter <= maxWait;
			options.log(
				`GitHub API ${kind} rate limit on ${request.method ?? ""} ${request.url ?? ""}: ${
					retrying ? `retrying after ${retryAfter} s` : "giving up"
				}`,
			);
			return retrying;
		};
	const Client = GitHub.plugin(retry, throttling);
	const client = new Client(
		getOctokitOptions(options.token, {
			baseUrl: options.baseUrl,
			request: {
				...defaults.request,
				fetch: withTimeout(baseFetch, timeoutMs),
			},
			retry: { retries: RETRIES, retryAfterBaseValue: retryBaseMs },
			throttle: {
				retryAfterBaseValue: retryBaseMs,
				onRateLimit: onLimit("primary"),
				onSecondaryRateLimit: onLimit("secondary"),
			},
			// Octokit logs request failures with console.warn/error; the action reports them itself.
			log: {
				debug: () => {},
				info: () => {},
				warn: () => {},
				error: () => {},
			},
		}),
	);
	return client as unknown as RestClient;
}

/**
 * The token and the encodings it travels in, each to be masked: as is, base64, and the Basic form git uses
 * (`x-access-token:<token>`, as actions/checkout also masks). An API error body may echo any of them.
 */
export function listTokenForms(token: string): string[] {
	const base64 = (text: string) => Buffer.from(text).toString("base64");
	return [token, base64(token), base64(`x-access-token:${token}`)];
}

/** The HTTP status of a failed request (Octokit's RequestError and the test fakes both carry `status`). */
export function errorStatus(error: unknown): number | null {
	if (typeof error === "object" && error !== null && "status" in error) {
		const status = (error as { status: unknown }).status;
		if (typeof status === "number") return status;
	}
	return null;
}

/**
 * The request a failure belongs to, as `METHOD /path` (Octokit's RequestError keeps the request; its URL never
 * holds the token, which travels in a header). Null for anything else.
 */
export function failedRequest(error: unknown): string | null {
	if (typeof error !== "object" || error === null || !("request" in error))
		return null;
	const request = (error as { request?: { method?: unknown; url?: unknown } })
		.request;
	if (typeof request?.method !== "string" || typeof request.url !== "string")
		return null;
	let path = request.url;
	try {
		path = new URL(request.url).pathname;
	} catch {
		// A relative URL: shown as is.
	}
	return `${request.method} ${path}`;
}

/**
 * One line about an API failure, without the request's headers (which hold the token). A failure without an
 * HTTP answer (timeout, reset, DNS) is not shown as an HTTP status, although Octokit files it under 500.
 */
export function describeApiError(error: unknown): string {
	const status = errorStatus(error);
	const message =
		error instanceof Error
			? error.message
			: typeof error === "string"
				? error
				: "unknown error";
	const first = message.split("\n")[0] ?? "";
	const answered =
		typeof error === "object" &&
		error !== null &&
		(error as { response?: unknown }).response !== undefined;
	const cause = (error as { cause?: unknown } | null)?.cause;
	const timedOut =
		(cause instanceof Error && cause.name === "TimeoutError") ||
		(error instanceof Error && error.name === "TimeoutError");
	const what =
		status === null
			? first
			: timedOut
				? "no answer in time (request timeout)"
				: answered || !(error instanceof Error && "request" in error)
					? `HTTP ${status}: ${first}`
					: `no answer (${first})`;
	const request = failedRequest(error);
	return `${request ? `${request}: ` : ""}${what}`.slice(0, 500);
}

/** GitHub's rate limits answer 403 or 429: not a missing permission, so not reported as one. */
export function isRateLimited(error: unknown): boolean {
	return error instanceof Error && /rate limit/i.test(error.message);
}

/** A refusal for want of a permission (401/403 that is not a rate limit). */
export function isPermissionRefusal(error: unknown): boolean {
	const status = errorStatus(error);
	return (status === 403 || status === 401) && !isRateLimited(error);
}
