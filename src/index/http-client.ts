// The only network I/O of pin-audit: GET with bounded concurrency, a timeout per attempt, retries with
// exponential backoff and full jitter on 429, 5xx and network errors (honouring a bounded Retry-After),
// conditional requests against an on-disk cache, and HTTPS_PROXY / NO_PROXY for self-hosted runners.
import { createResponseCache, type ResponseCache } from "./response-cache.js";

export interface HttpRequest {
	url: string;
	accept: string;
	/** Authorization header value; the caller decides which origin may receive it. */
	authorization: string | null;
}

export type HttpResult =
	| { ok: true; status: number; body: string; fromCache: boolean }
	| { ok: false; error: string };

export interface HttpStats {
	/** Requests sent over the network (each retry counts). */
	requests: number;
	retries: number;
	/** 304 answers served from the cache. */
	notModified: number;
}

export interface HttpClient {
	get(request: HttpRequest): Promise<HttpResult>;
	readonly stats: HttpStats;
}

export interface HttpClientOptions {
	/** Requests in flight at once. */
	concurrency?: number;
	/** Per attempt, headers and body. */
	timeoutMs?: number;
	/** Attempts after the first. */
	retries?: number;
	/** First backoff step; doubled per attempt, full jitter. */
	baseDelayMs?: number;
	/** Longest wait between attempts, whatever Retry-After asks for. */
	maxDelayMs?: number;
	/** Directory for the conditional-request cache; none when null. */
	cacheDir?: string | null;
	/** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read from. */
	env?: Readonly<Record<string, string | undefined>>;
	/** Injected in tests. */
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
	now?: () => number;
}

const DEFAULTS = {
	concurrency: 8,
	timeoutMs: 15_000,
	retries: 4,
	baseDelayMs: 250,
	maxDelayMs: 10_000,
};
const MAX_REDIRECTS = 5;
/** Index pages of huge projects are a few MB; anything far larger is not an index answer. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

type FetchFunction = (
	url: string,
	init: {
		headers: Record<string, string>;
		signal: AbortSignal;
		redirect: "manual";
	},
) => Promise<Response>;

/**
 * TEST-ONLY knobs, read here and nowhere else, so end-to-end fault tests (a hanging server, Retry-After: 120)
 * finish in seconds. Not documented for users: production keeps the defaults.
 * - PIN_AUDIT_REQUEST_TIMEOUT_MS: per-attempt timeout of every request (GitHub API and package index).
 * - PIN_AUDIT_RETRY_BASE_MS: what one second of waiting lasts (retry backoff steps and Retry-After), default 1000.
 */
export interface NetworkTimings {
	requestTimeoutMs: number | null;
	/** Milliseconds per second of retry wait; 1000 in production. */
	retryBaseMs: number;
}

export function readNetworkTimings(
	env: Readonly<Record<string, string | undefined>>,
): NetworkTimings {
	const read = (name: string): number | null => {
		const raw = env[name];
		if (raw === undefined || !/^\d+$/.test(raw.trim())) return null;
		return Number(raw.trim());
	};
	return {
		requestTimeoutMs: read("PIN_AUDIT_REQUEST_TIMEOUT_MS"),
		retryBaseMs: read("PIN_AUDIT_RETRY_BASE_MS") ?? 1000,
	};
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
	const timings = readNetworkTimings(options.env ?? {});
	const scale = timings.retryBaseMs / 1000;
	const concurrency = Math.max(1, options.concurrency ?? DEFAULTS.concurrency);
	const timeoutMs =
		options.timeoutMs ?? timings.requestTimeoutMs ?? DEFAULTS.timeoutMs;
	const retries = Math.max(0, options.retries ?? DEFAULTS.retries);
	const baseDelayMs = options.baseDelayMs ?? DEFAULTS.baseDelayMs * scale;
	const maxDelayMs = options.maxDelayMs ?? DEFAULTS.maxDelayMs * scale;
	const sleep =
		options.sleep ??
		((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
	const random = options.random ?? Math.random;
	const now = options.now ?? Date.now;
	const env = options.env ?? {};
	const cache: ResponseCache | null =
		options.cacheDir != null ? createResponseCache(options.cacheDir) : null;
	const limit = createLimiter(concurrency);
	const stats: HttpStats = { requests: 0, retries: 0, notModified: 0 };
	let fetchPromise: Promise<FetchFunction> | null = null;
	const getFetch = () => {
		fetchPromise ??= selectFetch(env);
		return fetchPromise;
	};

	// Origins whose host name does not resolve: asking again cannot help, so later requests fail at once
	// (an audit without network then costs one DNS lookup, not one retry cycle per package).
	const unresolvable = new Map<string, string>();

	async function attempt(
		request: HttpRequest,
		cached: { etag: string | null; lastModified: string | null } | null,
	): Promise<
		| { kind: "done"; status: number; body: string; headers: Headers }
		| { kind: "retry"; error: string; retryAfterMs: number | null }
		| { kind: "fail"; error: string }
	> {
		const dead = unresolvable.get(new URL(request.url).origin);
		if (dead !== undefined) return { kind: "fail", error: dead };
		const fetchFn = await getFetch();
		let url = request.url;
		const origin = new URL(request.url).origin;
		for (let hop = 0; ; hop++) {
			const headers: Record<string, string> = {
				accept: request.accept,
				"user-agent": "pin-audit (+https://github.com/pin-audit)",
			};
			// Credentials go to the index's own origin only, never to a redirect target or file host elsewhere.
			if (request.authorization !== null && new URL(url).origin === origin)
				headers.authorization = request.authorization;
			if (cached?.etag) headers["if-none-match"] = cached.etag;
			if (cached?.lastModified)
				headers["if-modified-since"] = cached.lastModified;
			stats.requests++;
			let response: Response;
			let body: string;
			try {
				const signal = AbortSignal.timeout(timeoutMs);
				response = await fetchFn(url, { headers, signal, redirect: "manual" });
				body = await readBody(response);
			} catch (error) {
				const described = describeNetworkError(error, timeoutMs);
				if (described.endsWith("(ENOTFOUND)")) {
					unresolvable.set(new URL(url).origin, described);
					return { kind: "fail", error: described };
				}
				return { kind: "retry", error: described, retryAfterMs: null };
			}
			const location = response.headers.get("location");
			if (
				response.status >= 300 &&
				response.status < 400 &&
				response.status !== 304 &&
				location !== null
			) {
				if (hop >= MAX_REDIRECTS)
					return {
						kind: "done",
						status: 599,
						body: "too many redirects",
						headers: response.headers,
					};
				url = new URL(location, url).toString();
				continue;
			}
			if (response.status === 429 || response.status >= 500)
				return {
					kind: "retry",
					error: `HTTP ${response.status}`,
					retryAfterMs: parseRetryAfter(
						response.headers.get("retry-after"),
						now(),
					),
				};
			return {
				kind: "done",
				status: response.status,
				body,
				headers: response.headers,
			};
		}
	}

	async function get(request: HttpRequest): Promise<HttpResult> {
		const cached = cache ? await cache.read(request.url, request.accept) : null;
		let lastError = "no attempt made";
		for (let n = 0; n <= retries; n++) {
			const outcome = await limit(() => attempt(request, cached));
			if (outcome.kind === "done") {
				if (outcome.status === 304 && cached !== null) {
					stats.notModified++;
					return {
						ok: true,
						status: 200,
						body: cached.body,
						fromCache: true,
					};
				}
				if (outcome.status === 200 && cache !== null) {
					const etag = outcome.headers.get("etag");
					const lastModified = outcome.headers.get("last-modified");
					if (etag !== null || lastModified !== null)
						await cache.write(request.url, request.accept, {
							etag,
							lastModified,
							body: outcome.body,
						});
				}
				return {
					ok: true,
					status: outcome.status,
					body: outcome.body,
					fromCache: false,
				};
			}
			if (outcome.kind === "fail") return { ok: false, error: outcome.error };
			lastError = outcome.error;
			if (n === retries) break;
			stats.retries++;
			// Full jitter (AWS architecture blog): spreads a fleet of retries instead of synchronizing them.
			const backoff = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** n);
			const retryAfter =
				outcome.retryAfterMs === null ? null : outcome.retryAfterMs * scale;
			await sleep(Math.min(maxDelayMs, retryAfter ?? backoff));
		}
		return {
			ok: false,
			error: `${lastError} after ${retries + 1} attempt${retries === 0 ? "" : "s"}`,
		};
	}

	return { get, stats };
}

/**
 * The body as text, never more than MAX_BODY_BYTES of it: counted while streaming, whatever `content-length`
 * says (a chunked answer has none), and the connection dropped as soon as the limit is passed.
 */
async function readBody(response: Response): Promise<string> {
	const tooLarge = () =>
		new Error(`response larger than ${MAX_BODY_BYTES} bytes`);
	const length = Number(response.headers.get("content-length") ?? "0");
	if (length > MAX_BODY_BYTES) {
		await response.body?.cancel();
		throw tooLarge();
	}
	if (response.body === null) return "";
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let received = 0;
	let text = "";
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		received += value.byteLength;
		if (received > MAX_BODY_BYTES) {
			await reader.cancel();
			throw tooLarge();
		}
		text += decoder.decode(value, { stream: true });
	}
	return text + decoder.decode();
}

/** RFC 9110 Retry-After: delay-seconds or an HTTP-date. Null when absent or unreadable. */
export function parseRetryAfter(
	value: string | null,
	now: number,
): number | null {
	if (value === null) return null;
	const trimmed = value.trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
	if (error instanceof Error) {
		if (error.name === "TimeoutError" || error.name === "AbortError")
			return `no answer within ${timeoutMs} ms`;
		const cause = (error as { cause?: unknown }).cause;
		const code =
			cause instanceof Error && "code" in cause
				? String((cause as { code: unknown }).code)
				: null;
		return code !== null ? `${error.message} (${code})` : error.message;
	}
	return String(error);
}

/** Runs at most `n` tasks at once, first come first served. */
function createLimiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async (task) => {
		if (active >= n) await new Promise<void>((r) => waiting.push(r));
		active++;
		try {
			return await task();
		} finally {
			active--;
			waiting.shift()?.();
		}
	};
}

/**
 * Node's fetch ignores HTTPS_PROXY. When a proxy is configured, use undici's EnvHttpProxyAgent (which also
 * applies NO_PROXY) with undici's own fetch, so dispatcher and fetch come from the same undici version.
 */
async function selectFetch(
	env: Readonly<Record<string, string | undefined>>,
): Promise<FetchFunction> {
	const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy;
	const httpProxy = env.HTTP_PROXY ?? env.http_proxy;
	if (!httpsProxy && !httpProxy) return globalThis.fetch as FetchFunction;
	const undici = await import("undici");
	const noProxy = env.NO_PROXY ?? env.no_proxy;
	const dispatcher = new undici.EnvHttpProxyAgent({
		...(httpProxy ? { httpProxy } : {}),
		...(httpsProxy ? { httpsProxy } : {}),
		...(noProxy !== undefined ? { noProxy } : {}),
	});
	const proxied: FetchFunction = (url, init) =>
		undici.fetch(url, { ...init, dispatcher }) as unknown as Promise<Response>;
	return proxied;
}
