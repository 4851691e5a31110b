// One GET over undici's keep-alive connection pool: a connection per request in flight, reused for the next
// request to the same host (no TCP or TLS handshake per lookup), through HTTPS_PROXY / NO_PROXY when set.
// undici is loaded on the first request only, so an offline audit never parses it.
import type { Agent, Dispatcher } from "undici";
import { createSharedLookup } from "./shared-lookup.js";

export interface RawResponse {
	status: number;
	/** A response header (lower-case name), its first value; null when absent. */
	header(name: string): string | null;
	body: string;
}

export interface Transport {
	/** Throws on network failure, timeout, or a body larger than the limit; never follows redirects. */
	send(
		url: string,
		headers: Record<string, string>,
		timeoutMs: number,
	): Promise<RawResponse>;
}

/** Index pages of huge projects are a few MB; anything far larger is not an index answer. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** `connections`: sockets kept per origin (the client's largest concurrency per host). */
export async function createTransport(
	env: Readonly<Record<string, string | undefined>>,
	connections: number,
): Promise<Transport> {
	const loaded = await import("undici");
	// undici is CommonJS: its exports object is the default export (a split bundle exports nothing else).
	type Undici = Pick<typeof loaded, "Agent" | "EnvHttpProxyAgent" | "request">;
	const undici: Undici =
		(loaded as unknown as { default?: Undici }).default ?? loaded;
	const dispatcher = selectDispatcher(undici, env, connections);
	return {
		async send(url, headers, timeoutMs) {
			const response = await undici.request(url, {
				method: "GET",
				headers,
				dispatcher,
				signal: AbortSignal.timeout(timeoutMs),
			});
			const body = await readBody(response);
			return {
				status: response.statusCode,
				header: (name) => firstHeader(response.headers[name]),
				body,
			};
		},
	};
}

/**
 * Node's fetch ignores HTTPS_PROXY. When a proxy is configured, undici's EnvHttpProxyAgent (which also applies
 * NO_PROXY) carries the requests; otherwise a plain Agent.
 */
function selectDispatcher(
	undici: Pick<typeof import("undici"), "Agent" | "EnvHttpProxyAgent">,
	env: Readonly<Record<string, string | undefined>>,
	connections: number,
): Dispatcher {
	const pool = {
		connections,
		keepAliveTimeout: 10_000,
		// undici's type asks for a `port` here; it sets the port itself on each connection.
		connect: {
			lookup: createSharedLookup(),
		} as unknown as Agent.Options["connect"],
	};
	const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy;
	const httpProxy = env.HTTP_PROXY ?? env.http_proxy;
	if (!httpsProxy && !httpProxy) return new undici.Agent(pool);
	const noProxy = env.NO_PROXY ?? env.no_proxy;
	return new undici.EnvHttpProxyAgent({
		...pool,
		...(httpProxy ? { httpProxy } : {}),
		...(httpsProxy ? { httpsProxy } : {}),
		...(noProxy !== undefined ? { noProxy } : {}),
	});
}

function firstHeader(value: string | string[] | undefined): string | null {
	if (value === undefined) return null;
	return Array.isArray(value) ? (value[0] ?? null) : value;
}

/**
 * The body as text, never more than MAX_BODY_BYTES of it: counted while streaming, whatever `content-length`
 * says (a chunked answer has none), and the connection dropped as soon as the limit is passed.
 */
async function readBody(response: Dispatcher.ResponseData): Promise<string> {
	const tooLarge = () =>
		new Error(`response larger than ${MAX_BODY_BYTES} bytes`);
	const length = Number(firstHeader(response.headers["content-length"]) ?? 0);
	if (length > MAX_BODY_BYTES) {
		response.body.destroy();
		throw tooLarge();
	}
	const decoder = new TextDecoder();
	let received = 0;
	let text = "";
	for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
		received += chunk.byteLength;
		if (received > MAX_BODY_BYTES) {
			response.body.destroy();
			throw tooLarge();
		}
		text += decoder.decode(chunk, { stream: true });
	}
	return text + decoder.decode();
}

/** A network failure in words, with the system's code (ECONNRESET, ENOTFOUND) when there is one. */
export function describeNetworkError(
	error: unknown,
	timeoutMs: number,
): string {
	if (!(error instanceof Error)) return String(error);
	const code = networkErrorCode(error);
	if (
		error.name === "TimeoutError" ||
		error.name === "AbortError" ||
		code === "UND_ERR_ABORTED"
	)
		return `no answer within ${timeoutMs} ms`;
	if (code === null || error.message.includes(code)) return error.message;
	return `${error.message} (${code})`;
}

/** The system's error code (ENOTFOUND, ECONNRESET, UND_ERR_SOCKET), on the error or its cause. */
export function networkErrorCode(error: unknown): string | null {
	return (
		readCode(error) ?? (error instanceof Error ? readCode(error.cause) : null)
	);
}

function readCode(error: unknown): string | null {
	if (typeof error !== "object" || error === null || !("code" in error))
		return null;
	const code = (error as { code: unknown }).code;
	return typeof code === "string" ? code : null;
}
