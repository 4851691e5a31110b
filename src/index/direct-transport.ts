// Requests without a proxy: Node's own http and https over keep-alive agents, one socket per request in flight
// up to `connections` per origin, each host name asked of DNS once at a time (shared-lookup.ts).
import {
	Agent as HttpAgent,
	request as httpRequest,
	type IncomingMessage,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { RawResponse, Transport } from "./http-transport.js";
import { firstHeader, readLimitedBody } from "./response-body.js";
import { createSharedLookup } from "./shared-lookup.js";

/** How long a kept connection may stay idle (undici's default keep-alive timeout, which the proxy path uses). */
const IDLE_SOCKET_MS = 10_000;

export function createDirectTransport(connections: number): Transport {
	const options = {
		keepAlive: true,
		maxSockets: connections,
		// An idle socket is closed after 10 s, or a second before the server's own `Keep-Alive: timeout` (Node
		// applies the hint only when a timeout is set): a request is not sent on a connection being closed.
		timeout: IDLE_SOCKET_MS,
		lookup: createSharedLookup(),
	};
	const agents = {
		http: new HttpAgent(options),
		https: new HttpsAgent(options),
	};
	return {
		send(url, headers, timeoutMs) {
			const target = new URL(url);
			const secure = target.protocol === "https:";
			const send = secure ? httpsRequest : httpRequest;
			return new Promise<RawResponse>((resolve, reject) => {
				const request = send(
					target,
					{
						method: "GET",
						headers,
						agent: secure ? agents.https : agents.http,
						// The whole exchange, body included: an abort destroys the response too.
						signal: AbortSignal.timeout(timeoutMs),
					},
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
