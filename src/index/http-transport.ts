// One GET over a keep-alive connection pool: a connection per request in flight, reused for the next request to the
// same host (no TCP or TLS handshake per lookup). Direct connections use Node's own http and https (direct-transport.ts);
// through HTTPS_PROXY / NO_PROXY, undici's EnvHttpProxyAgent (proxy-transport.ts). Either is loaded on the first
// request only, so an offline audit never parses them.

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
	/**
	 * Asks whether `hostname` resolves, ahead of any request (which then waits on the same question, or goes straight
	 * on); rejects as a request would. Direct connections only: through a proxy, the proxy resolves names.
	 */
	resolve?(hostname: string, timeoutMs: number): Promise<void>;
}

/** Whether requests go through a proxy (HTTPS_PROXY or HTTP_PROXY, in either case). */
export function usesProxy(
	env: Readonly<Record<string, string | undefined>>,
): boolean {
	return Boolean(
		(env.HTTPS_PROXY ?? env.https_proxy) || (env.HTTP_PROXY ?? env.http_proxy),
	);
}

/**
 * `connections`: sockets kept per origin (the client's largest concurrency per host). Node's fetch ignores
 * HTTPS_PROXY: when a proxy is configured, undici carries the requests; otherwise Node's http and https, which
 * are compiled into Node itself, where undici's 790 KB bundle is compiled on every run (200 look-ups at 50 ms per
 * answer: 965 ms with undici, 802 ms without, the same requests and report).
 */
export async function createTransport(
	env: Readonly<Record<string, string | undefined>>,
	connections: number,
): Promise<Transport> {
	if (usesProxy(env))
		return (await import("./proxy-transport.js")).createProxyTransport(
			env,
			connections,
		);
	return (await import("./direct-transport.js")).createDirectTransport(
		connections,
	);
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
