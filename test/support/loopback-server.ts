import {
	createServer,
	type IncomingMessage,
	type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { Defer } from "./after-each-cleanups.js";

/**
 * An HTTP server on 127.0.0.1 (a free port) answering every request with `handle`, for the misbehaving
 * servers a test writes itself. Closed, open connections included, by the cleanup it registers with `defer`.
 * Resolves to its base URL.
 */
export async function startLoopbackServer(
	handle: (req: IncomingMessage, res: ServerResponse) => void,
	defer: Defer,
): Promise<string> {
	const server = createServer(handle);
	await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
	defer(
		() =>
			new Promise<void>((r) => {
				server.closeAllConnections();
				server.close(() => r());
			}),
	);
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
