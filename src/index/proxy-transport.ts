// Requests through an HTTP(S) proxy: undici's EnvHttpProxyAgent, which reads HTTPS_PROXY / HTTP_PROXY and applies
// NO_PROXY, over keep-alive connections. Node's own http client has no proxy support.
import type { Agent, Dispatcher } from "undici";
import type { Transport } from "./http-transport.js";
import { firstHeader, readLimitedBody } from "./response-body.js";
import { createSharedLookup } from "./shared-lookup.js";

export async function createProxyTransport(
	env: Readonly<Record<string, string | undefined>>,
	connections: number,
): Promise<Transport> {
	const loaded = await import("undici");
	// undici is CommonJS: its exports object is the default export (a split bundle exports nothing else).
	type Undici = Pick<typeof loaded, "EnvHttpProxyAgent" | "request">;
	const undici: Undici =
		(loaded as unknown as { default?: Undici }).default ?? loaded;
	const dispatcher = proxyAgent(undici, env, connections);
	return {
		async send(url, headers, timeoutMs) {
			const response = await undici.request(url, {
				method: "GET",
				headers,
				dispatcher,
				signal: AbortSignal.timeout(timeoutMs),
			});
			const body = await readLimitedBody(
				response.body as AsyncIterable<Uint8Array>,
				firstHeader(response.headers["content-length"]),
				() => response.body.destroy(),
			);
			return {
				status: response.statusCode,
				header: (name) => firstHeader(response.headers[name]),
				body,
			};
		},
	};
}

function proxyAgent(
	undici: Pick<typeof import("undici"), "EnvHttpProxyAgent">,
	env: Readonly<Record<string, string | undefined>>,
	connections: number,
): Dispatcher {
	const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy;
	const httpProxy = env.HTTP_PROXY ?? env.http_proxy;
	const noProxy = env.NO_PROXY ?? env.no_proxy;
	return new undici.EnvHttpProxyAgent({
		connections,
		keepAliveTimeout: 10_000,
		// undici's type asks for a `port` here; it sets the port itself on each connection.
		connect: {
			lookup: createSharedLookup(),
		} as unknown as Agent.Options["connect"],
		...(httpProxy ? { httpProxy } : {}),
		...(httpsProxy ? { httpsProxy } : {}),
		...(noProxy !== undefined ? { noProxy } : {}),
	});
}
