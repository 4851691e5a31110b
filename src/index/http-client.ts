// The package index's network I/O: GET with a bounded, adaptive number of requests in flight per host over
// keep-alive connections, a timeout per attempt, retries with exponential backoff and full jitter on 429, 5xx
// and network errors (honouring a bounded Retry-After), conditional requests against an on-disk cache, and
// HTTPS_PROXY / NO_PROXY for self-hosted runners.
import { createHostGate, type HostGate } from "./host-gate.js";
import {
	createTransport,
	describeNetworkError,
	networkErrorCode,
	type RawResponse,
	type Transport,
	usesProxy,
} from "./http-transport.js";
import { createResponseCache, type ResponseCache } from "./response-cache.js";
import { parseRetryAfter } from "./retry-after.js";

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
	/** 429/503 answers that lowered a host's concurrency. */
	slowDowns: number;
}

export interface HttpClient {
	get(request: HttpRequest): Promise<HttpResult>;
	/**
	 * Starts what a first request to `url` waits for, sending nothing: whether its host resolves (direct connections
	 * only). A host that does not is then known unresolvable, as after a request that failed so.
	 */
	prepare(url: string): void;
	readonly stats: HttpStats;
}

export interface HttpClientOptions {
	/** Requests in flight at once per index host (a 429/503 lowers it for a while). */
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
	/** Injected in tests. The connections: by default direct, or through the proxy `env` names. */
	transport?: Promise<Transport>;
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
	now?: () => number;
}

const DEFAULTS = {
	concurrency: 50,
	timeoutMs: 15_000,
	retries: 4,
	baseDelayMs: 250,
	maxDelayMs: 10_000,
};
const MAX_REDIRECTS = 5;

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

interface Settings {
	concurrency: number;
	timeoutMs: number;
	retries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Milliseconds per second of a Retry-After (1 in production: the test knob scales it). */
	scale: number;
	sleep: (ms: number) => Promise<void>;
	random: () => number;
	now: () => number;
}

/** What one client shares across its requests. */
interface ClientState {
	settings: Settings;
	cache: ResponseCache | null;
	stats: HttpStats;
	transport: () => Promise<Transport>;
	gateFor: (url: string) => HostGate;
	/**
	 * Origins whose host name does not resolve: asking again cannot help, so later requests fail at once
	 * (an audit without network then costs one DNS lookup, not one retry cycle per package).
	 */
	unresolvable: Map<string, string>;
}

type CachedAnswer = {
	etag: string | null;
	lastModified: string | null;
	body: string;
};

type Outcome =
	| {
			kind: "done";
			status: number;
			body: string;
			header: (name: string) => string | null;
	  }
	| {
			kind: "retry";
			error: string;
			retryAfterMs: number | null;
			overload: boolean;
	  }
	| { kind: "fail"; error: string };

function readSettings(options: HttpClientOptions): Settings {
	const timings = readNetworkTimings(options.env ?? {});
	const scale = timings.retryBaseMs / 1000;
	return {
		concurrency: Math.max(
			1,
			Math.floor(options.concurrency ?? DEFAULTS.concurrency),
		),
		timeoutMs:
			options.timeoutMs ?? timings.requestTimeoutMs ?? DEFAULTS.timeoutMs,
		retries: Math.max(0, options.retries ?? DEFAULTS.retries),
		baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs * scale,
		maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs * scale,
		scale,
		sleep:
			options.sleep ??
			((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
		random: options.random ?? Math.random,
		now: options.now ?? Date.now,
	};
}

/** `concurrency` bounds the requests in flight per index host; the host's own signals may lower it. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
	const settings = readSettings(options);
	const gates = new Map<string, HostGate>();
	let transport: Promise<Transport> | null = options.transport ?? null;
	const state: ClientState = {
		settings,
		cache:
			options.cacheDir != null ? createResponseCache(options.cacheDir) : null,
		stats: { requests: 0, retries: 0, notModified: 0, slowDowns: 0 },
		transport: () => {
			transport ??= createTransport(options.env ?? {}, settings.concurrency);
			return transport;
		},
		gateFor: (url) => {
			const origin = new URL(url).origin;
			let gate = gates.get(origin);
			if (gate === undefined) {
				gate = createHostGate({
					max: settings.concurrency,
					now: settings.now,
					sleep: settings.sleep,
				});
				gates.set(origin, gate);
			}
			return gate;
		},
		unresolvable: new Map(),
	};
	return {
		get: (request) => getWithRetries(state, request),
		prepare(url) {
			// Through a proxy there is no name to ask, and undici is loaded only for a request.
			if (!usesProxy(options.env ?? {})) prepareHost(state, url);
		},
		stats: state.stats,
	};
}

function prepareHost(state: ClientState, url: string): void {
	let target: URL;
	try {
		target = new URL(url);
	} catch {
		return;
	}
	const { timeoutMs } = state.settings;
	state
		.transport()
		.then((transport) => transport.resolve?.(target.hostname, timeoutMs))
		.catch((error: unknown) => {
			// The words a request that failed so would have left (attemptOnce); anything else, a request asks again.
			if (networkErrorCode(error) === "ENOTFOUND")
				state.unresolvable.set(
					target.origin,
					describeNetworkError(error, timeoutMs),
				);
		});
}

async function getWithRetries(
	state: ClientState,
	request: HttpRequest,
): Promise<HttpResult> {
	const { settings, stats } = state;
	const cached = state.cache
		? await state.cache.read(request.url, request.accept)
		: null;
	const gate = state.gateFor(request.url);
	let lastError = "no attempt made";
	for (let n = 0; n <= settings.retries; n++) {
		const outcome = await gate.run(async (ticket) => {
			const result = await attemptOnce(state, request, cached);
			if (result.kind === "retry" && result.overload) {
				stats.slowDowns++;
				gate.slowDown(ticket, retryWait(settings, result.retryAfterMs));
			} else if (result.kind === "done") gate.speedUp();
			return result;
		});
		if (outcome.kind === "done") return finish(state, request, cached, outcome);
		if (outcome.kind === "fail") return { ok: false, error: outcome.error };
		lastError = outcome.error;
		if (n === settings.retries) break;
		stats.retries++;
		// Full jitter (AWS architecture blog): spreads a fleet of retries instead of synchronizing them.
		const backoff =
			settings.random() *
			Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** n);
		await settings.sleep(retryWait(settings, outcome.retryAfterMs) ?? backoff);
	}
	const attempts = settings.retries + 1;
	return {
		ok: false,
		error: `${lastError} after ${attempts} attempt${attempts === 1 ? "" : "s"}`,
	};
}

/** Retry-After, scaled by the test knob and bounded by maxDelayMs; null when the answer named none. */
function retryWait(
	settings: Settings,
	retryAfterMs: number | null,
): number | null {
	if (retryAfterMs === null) return null;
	return Math.min(settings.maxDelayMs, retryAfterMs * settings.scale);
}

/** One request and the redirects it leads to. */
async function attemptOnce(
	state: ClientState,
	request: HttpRequest,
	cached: CachedAnswer | null,
): Promise<Outcome> {
	const origin = new URL(request.url).origin;
	const dead = state.unresolvable.get(origin);
	if (dead !== undefined) return { kind: "fail", error: dead };
	const transport = await state.transport();
	const { timeoutMs } = state.settings;
	let url = request.url;
	for (let hop = 0; ; hop++) {
		const headers = buildHeaders(
			request,
			cached,
			new URL(url).origin === origin,
		);
		state.stats.requests++;
		let response: RawResponse;
		try {
			response = await transport.send(url, headers, timeoutMs);
		} catch (error) {
			const described = describeNetworkError(error, timeoutMs);
			if (networkErrorCode(error) !== "ENOTFOUND")
				return {
					kind: "retry",
					error: described,
					retryAfterMs: null,
					overload: false,
				};
			state.unresolvable.set(new URL(url).origin, described);
			return { kind: "fail", error: described };
		}
		const { status } = response;
		const location = response.header("location");
		if (status >= 300 && status < 400 && status !== 304 && location !== null) {
			if (hop >= MAX_REDIRECTS)
				return {
					kind: "done",
					status: 599,
					body: "too many redirects",
					header: () => null,
				};
			url = new URL(location, url).toString();
			continue;
		}
		if (status === 429 || status >= 500)
			return {
				kind: "retry",
				error: `HTTP ${status}`,
				retryAfterMs: parseRetryAfter(
					response.header("retry-after"),
					state.settings.now(),
				),
				// 429 Too Many Requests and 503 Service Unavailable say "fewer, please"; a 500 says nothing about load.
				overload: status === 429 || status === 503,
			};
		return {
			kind: "done",
			status,
			body: response.body,
			header: response.header,
		};
	}
}

function buildHeaders(
	request: HttpRequest,
	cached: CachedAnswer | null,
	sameOrigin: boolean,
): Record<string, string> {
	const headers: Record<string, string> = {
		accept: request.accept,
		"user-agent": "pin-audit (+https://github.com/pin-audit)",
	};
	// Credentials go to the index's own origin only, never to a redirect target or file host elsewhere.
	if (request.authorization !== null && sameOrigin)
		headers.authorization = request.authorization;
	if (cached?.etag) headers["if-none-match"] = cached.etag;
	if (cached?.lastModified) headers["if-modified-since"] = cached.lastModified;
	return headers;
}

/** A final answer: a 304 served from the cache, a 200 stored in it. */
async function finish(
	state: ClientState,
	request: HttpRequest,
	cached: CachedAnswer | null,
	outcome: Extract<Outcome, { kind: "done" }>,
): Promise<HttpResult> {
	if (outcome.status === 304 && cached !== null) {
		state.stats.notModified++;
		return { ok: true, status: 200, body: cached.body, fromCache: true };
	}
	if (outcome.status === 200 && state.cache !== null) {
		const etag = outcome.header("etag");
		const lastModified = outcome.header("last-modified");
		if (etag !== null || lastModified !== null)
			await state.cache.write(request.url, request.accept, {
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
