import { createServer, type IncomingMessage } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { createDirectTransport } from "../../src/index/direct-transport.js";
import { createHttpClient } from "../../src/index/http-client.js";
import type { Transport } from "../../src/index/http-transport.js";

async function startServer(
	answer: (req: IncomingMessage) => {
		status: number;
		body: string;
		headers?: Record<string, string>;
	},
) {
	const seen: IncomingMessage[] = [];
	const server = createServer((req, res) => {
		seen.push(req);
		const a = answer(req);
		res.writeHead(a.status, a.headers ?? {}).end(a.body);
	});
	await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		seen,
		close: () =>
			new Promise<void>((r) => {
				server.closeAllConnections();
				server.close(() => r());
			}),
	};
}

describe("prepare", () => {
	const notFound = (host: string) =>
		Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), {
			code: "ENOTFOUND",
		});
	const request = (url: string) => ({
		url,
		accept: "application/json",
		authorization: null,
	});

	it("asks whether the host resolves before any request; one that does not fails every request without one being sent", async () => {
		const questions: string[] = [];
		let answered = () => {};
		const answer = new Promise<void>((resolve) => {
			answered = resolve;
		});
		const transport = createDirectTransport(4, (host, _options, callback) => {
			questions.push(host);
			setTimeout(() => {
				callback(notFound(host), "");
				answered();
			}, 5);
		});
		const client = createHttpClient({
			env: {},
			retries: 2,
			transport: Promise.resolve(transport),
		});
		client.prepare("https://pin-audit-test.invalid/simple/");
		await answer;
		await new Promise((resolve) => setImmediate(resolve));
		const results = await Promise.all(
			[1, 2, 3].map((i) =>
				client.get(request(`https://pin-audit-test.invalid/simple/p${i}/`)),
			),
		);
		for (const result of results)
			expect(result).toEqual({
				ok: false,
				error: "getaddrinfo ENOTFOUND pin-audit-test.invalid",
			});
		expect(client.stats.requests).toBe(0);
		expect(questions).toEqual(["pin-audit-test.invalid"]);
	});

	it("lets requests go on to a host that resolves, and asks nothing through a proxy", async () => {
		const server = await startServer(() => ({ status: 200, body: "ok" }));
		try {
			const asked: string[] = [];
			const direct = createDirectTransport(4, (host, options, callback) => {
				asked.push(host);
				callback(
					null,
					options.all ? [{ address: "127.0.0.1", family: 4 }] : "127.0.0.1",
					4,
				);
			});
			const port = new URL(server.url).port;
			const client = createHttpClient({
				env: {},
				transport: Promise.resolve(direct),
			});
			client.prepare(`http://pin-audit-test.localhost:${port}/`);
			const answer = await client.get(
				request(`http://pin-audit-test.localhost:${port}/simple/`),
			);
			expect(answer).toMatchObject({ ok: true, status: 200, body: "ok" });
			expect(asked[0]).toBe("pin-audit-test.localhost");

			let resolves = 0;
			const proxied: Transport = {
				send: () => Promise.reject(new Error("not sent")),
				resolve: () => {
					resolves++;
					return Promise.resolve();
				},
			};
			createHttpClient({
				env: { HTTPS_PROXY: "http://127.0.0.1:9" },
				transport: Promise.resolve(proxied),
			}).prepare("https://pypi.org/simple/");
			await new Promise((resolve) => setImmediate(resolve));
			expect(resolves).toBe(0);
		} finally {
			await server.close();
		}
	});
});

describe("createHttpClient", () => {
	it("goes through HTTP_PROXY (CONNECT), and around it for hosts in NO_PROXY", async () => {
		const origin = await startServer((req) => ({
			status: 200,
			body: `origin saw ${req.url}`,
		}));
		// A forward proxy as corporate networks run them: CONNECT host:port, then a tunnel. It "resolves"
		// index.invalid to the origin server, so the only way to reach it is through the proxy.
		const tunnels: string[] = [];
		const sockets: Socket[] = [];
		const proxy = createServer();
		proxy.on(
			"connect",
			(req: IncomingMessage, client: Socket, head: Buffer) => {
				tunnels.push(req.url ?? "");
				sockets.push(client);
				const upstream = connect(
					Number(new URL(origin.url).port),
					"127.0.0.1",
					() => {
						client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
						upstream.write(head);
						upstream.pipe(client);
						client.pipe(upstream);
					},
				);
				upstream.on("error", () => client.destroy());
				client.on("error", () => upstream.destroy());
			},
		);
		await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", () => r()));
		const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
		try {
			const proxied = createHttpClient({
				env: { HTTP_PROXY: proxyUrl },
				retries: 0,
				timeoutMs: 3000,
			});
			const viaProxy = await proxied.get({
				url: "http://index.invalid/simple/mcp/",
				accept: "*/*",
				authorization: null,
			});
			expect(viaProxy).toEqual({
				ok: true,
				status: 200,
				body: "origin saw /simple/mcp/",
				fromCache: false,
			});
			expect(tunnels).toEqual(["index.invalid:80"]);

			const bypass = createHttpClient({
				env: { HTTP_PROXY: proxyUrl, NO_PROXY: "127.0.0.1" },
				retries: 0,
				timeoutMs: 3000,
			});
			const direct = await bypass.get({
				url: `${origin.url}/x`,
				accept: "*/*",
				authorization: null,
			});
			expect(direct.ok && direct.body).toBe("origin saw /x");
			expect(tunnels.length).toBe(1);
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((r) => proxy.close(() => r()));
			await origin.close();
		}
	});

	it("keeps credentials on the index's origin when redirected elsewhere", async () => {
		const files = await startServer(() => ({
			status: 200,
			body: "Metadata-Version: 2.1\nName: x\n",
		}));
		const index = await startServer(() => ({
			status: 302,
			body: "",
			headers: { location: `${files.url}/x.metadata` },
		}));
		try {
			const client = createHttpClient();
			const answer = await client.get({
				url: `${index.url}/x.metadata`,
				accept: "*/*",
				authorization: "Bearer t0ken-value",
			});
			expect(answer.ok && answer.body).toMatch(/^Metadata-Version/);
			expect(index.seen[0]?.headers.authorization).toBe("Bearer t0ken-value");
			expect(files.seen[0]?.headers.authorization).toBeUndefined();
		} finally {
			await files.close();
			await index.close();
		}
	});

	it("does not retry a host name that does not resolve, and fails the next request at once", async () => {
		const slept: number[] = [];
		const client = createHttpClient({
			sleep: async (ms) => void slept.push(ms),
		});
		const first = await client.get({
			url: "http://pin-audit-test.invalid/a",
			accept: "*/*",
			authorization: null,
		});
		const second = await client.get({
			url: "http://pin-audit-test.invalid/b",
			accept: "*/*",
			authorization: null,
		});
		expect(first.ok).toBe(false);
		expect(first.ok === false && first.error).toMatch(/ENOTFOUND/);
		expect(second).toEqual(first);
		expect(slept).toEqual([]);
		expect(client.stats.requests).toBe(1);
	});

	it("backs off with jitter between retries on 500, bounded by maxDelayMs", async () => {
		const server = await startServer(() => ({ status: 500, body: "oops" }));
		try {
			const slept: number[] = [];
			const client = createHttpClient({
				retries: 3,
				baseDelayMs: 100,
				maxDelayMs: 250,
				random: () => 1,
				sleep: async (ms) => void slept.push(ms),
			});
			const answer = await client.get({
				url: server.url,
				accept: "*/*",
				authorization: null,
			});
			expect(answer).toEqual({ ok: false, error: "HTTP 500 after 4 attempts" });
			expect(slept).toEqual([100, 200, 250]);
		} finally {
			await server.close();
		}
	});
});

describe("the per-attempt timeout", () => {
	it("covers the body: an answer whose body stops coming fails at the timeout, for each transport", async () => {
		const origin = createServer((_req, res) => {
			res.writeHead(200, { "content-length": "100" });
			res.write("partial");
		});
		await new Promise<void>((r) => origin.listen(0, "127.0.0.1", () => r()));
		const port = (origin.address() as AddressInfo).port;
		// The proxy path: a forward proxy that tunnels CONNECT to the origin, as undici asks it to.
		const tunnels: string[] = [];
		const proxy = createServer();
		proxy.on(
			"connect",
			(req: IncomingMessage, client: Socket, head: Buffer) => {
				tunnels.push(req.url ?? "");
				const upstream = connect(port, "127.0.0.1", () => {
					client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
					upstream.write(head);
					upstream.pipe(client);
					client.pipe(upstream);
				});
				upstream.on("error", () => client.destroy());
				client.on("error", () => upstream.destroy());
			},
		);
		await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", () => r()));
		const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
		try {
			// NO_PROXY set empty: undici would otherwise read the runner's own, which may name 127.0.0.1.
			for (const env of [{}, { HTTP_PROXY: proxyUrl, NO_PROXY: "" }]) {
				const client = createHttpClient({ env, retries: 0, timeoutMs: 300 });
				const started = Date.now();
				const result = await client.get({
					url: `http://127.0.0.1:${port}/simple/x/`,
					accept: "*/*",
					authorization: null,
				});
				expect(result).toEqual({
					ok: false,
					error: "no answer within 300 ms after 1 attempt",
				});
				expect(Date.now() - started).toBeLessThan(5000);
			}
			expect(tunnels).toEqual([`127.0.0.1:${port}`]);
		} finally {
			origin.closeAllConnections();
			origin.close();
			proxy.close();
		}
	});
});

describe("the body size limit", () => {
	it("is enforced while streaming a chunked answer that has no content-length", async () => {
		let sent = 0;
		let aborted = false;
		const chunk = Buffer.alloc(1024 * 1024, 0x61);
		const server = createServer((_req, res) => {
			res.writeHead(200, { "content-type": "application/json" });
			res.on("close", () => {
				aborted = !res.writableFinished;
			});
			const pump = () => {
				while (sent < 450 * chunk.length) {
					sent += chunk.length;
					if (!res.write(chunk)) return void res.once("drain", pump);
				}
				res.end();
			};
			pump();
		});
		await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple/x/`;
		try {
			const client = createHttpClient({ retries: 0 });
			const result = await client.get({
				url,
				accept: "application/json",
				authorization: null,
			});
			expect(result.ok).toBe(false);
			expect(result.ok ? "" : result.error).toContain(
				"larger than 67108864 bytes",
			);
			await new Promise((r) => setTimeout(r, 100));
			// The client hung up near the limit instead of reading 450 MiB.
			expect(aborted).toBe(true);
			expect(sent).toBeLessThan(200 * chunk.length);
		} finally {
			server.closeAllConnections();
			await new Promise<void>((r) => server.close(() => r()));
		}
	});
});
