// Requests without a proxy: Node's own http and https over keep-alive agents, one socket per request in flight
// up to `connections` per origin, each host name asked of DNS once at a time (shared-lookup.ts), and first of
// all whether it resolves (host-check.ts): only then are the http or https modules loaded and a socket made.
import { lookup as dnsLookup } from "node:dns";
import type { Agent, IncomingMessage, RequestOptions } from "node:http";
import { createHostCheck } from "./host-check.js";
import type { RawResponse, Transport } from "./http-transport.js";
import { firstHeader, readLimitedBody } from "./response-body.js";
import { createSharedLookup, type Lookup } from "./shared-lookup.js";

/** How long a kept connection may stay idle (undici's default keep-alive timeout, which the proxy path uses). */
const IDLE_SOCKET_MS = 10_000;

type Send = (
	url: URL,
	options: RequestOptions,
	callback: (response: IncomingMessage) => void,
) => ReturnType<typeof import("node:http").request>;

interface Client {
	agent: Agent;
	send: Send;
}

/** `resolve`: the resolver behind the shared lookup (injected in tests). */
export function createDirectTransport(
	connections: number,
	resolve: Lookup = dnsLookup,
): Transport {
	const lookup = createSharedLookup(resolve);
	const checkHost = createHostCheck(lookup);
	const options = {
		keepAlive: true,
		maxSockets: connections,
		// An idle socket is closed after 10 s, or a second before the server's own `Keep-Alive: timeout` (Node
		// applies the hint only when a timeout is set): a request is not sent on a connection being closed.
		timeout: IDLE_SOCKET_MS,
		lookup,
	};
	const clients = new Map<string, Promise<Client>>();
	const clientFor = (secure: boolean): Promise<Client> => {
		const key = secure ? "https" : "http";
		let client = clients.get(key);
		if (client === undefined) {
			// https's Agent and request are http's, over TLS.
			const loaded = secure ? import("node:https") : import("node:http");
			client = loaded.then((m) => ({
				agent: new m.Agent(options),
				send: m.request,
			}));
			clients.set(key, client);
		}
		return client;
	};
	return {
		resolve: (hostname, timeoutMs) => checkHost(hostname, timeoutMs),
		async send(url, headers, timeoutMs) {
			const target = new URL(url);
			// The whole exchange within timeoutMs: the DNS question, then the rest with what is left of it, the body
			// included (an abort destroys the response too). The signal is made once the host resolves.
			const asked = process.hrtime.bigint();
			await checkHost(target.hostname, timeoutMs);
			const waited = Number(process.hrtime.bigint() - asked) / 1e6;
			const signal = AbortSignal.timeout(
				Math.max(1, Math.ceil(timeoutMs - waited)),
			);
			const client = await clientFor(target.protocol === "https:");
			return new Promise<RawResponse>((resolve, reject) => {
				const request = client.send(
					target,
					{ method: "GET", headers, agent: client.agent, signal },
					(response) => answer(response).then(resolve, reject),
				);
				request.on("error", reject);
				request.end();
			});
		},
	};
}

async function answer(response: IncomingMessage): Promise<RawResponse> {
	const body = await readLimitedBody(
		response,
		firstHeader(response.headers["content-length"]),
		() => response.destroy(),
	);
	return {
		status: response.statusCode ?? 0,
		header: (name) => firstHeader(response.headers[name]),
		body,
	};
}
