// The direct transport asks DNS whether an index host resolves before it makes any connection: one question for
// every request in flight, none for an address literal, and the request's timeout covers the question too.
import { lookup as dnsLookup } from "node:dns";
import { createServer } from "node:http";
import { type AddressInfo, isIP } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDirectTransport } from "../../src/index/direct-transport.js";
import { isAddressLiteral } from "../../src/index/host-check.js";
import { describeNetworkError } from "../../src/index/http-transport.js";
import type { Lookup } from "../../src/index/shared-lookup.js";

const notFound = () =>
	Object.assign(new Error("getaddrinfo ENOTFOUND pin-audit-test.invalid"), {
		code: "ENOTFOUND",
	});

/** A resolver that records each question and answers with `answer` (or never, when it is null). */
function resolver(answer: Lookup | null): {
	resolve: Lookup;
	asked: string[];
	options: object[];
} {
	const asked: string[] = [];
	const options: object[] = [];
	return {
		asked,
		options,
		resolve: (hostname, lookupOptions, callback) => {
			asked.push(hostname);
			options.push({ ...lookupOptions });
			if (answer !== null) answer(hostname, lookupOptions, callback);
		},
	};
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const close of closers.splice(0)) await close();
});

async function startServer(): Promise<number> {
	const server = createServer((_request, response) => response.end("ok"));
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	closers.push(
		() =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	);
	return (server.address() as AddressInfo).port;
}

describe("the direct transport asks whether a host resolves before connecting", () => {
	it("asks once for every request in flight to a host that does not resolve, and opens no connection", async () => {
		const { resolve, asked, options } = resolver((_host, _options, callback) =>
			setTimeout(() => callback(notFound(), ""), 5),
		);
		const transport = createDirectTransport(50, resolve);
		const answers = await Promise.allSettled(
			Array.from({ length: 20 }, (_, i) =>
				transport.send(
					`https://pin-audit-test.invalid/simple/p${i}/`,
					{},
					5000,
				),
			),
		);
		for (const answer of answers) {
			expect(answer.status).toBe("rejected");
			expect((answer as PromiseRejectedResult).reason.code).toBe("ENOTFOUND");
		}
		// The check's one question; a connection asks with the options net.connect passes (hints, family).
		expect(asked).toEqual(["pin-audit-test.invalid"]);
		expect(options).toEqual([{ all: true }]);
	});

	it("asks again after a failure (a retry may find the resolver back)", async () => {
		let fail = true;
		const { resolve, asked } = resolver((host, options, callback) => {
			if (fail)
				callback(
					Object.assign(new Error("EAI_AGAIN"), { code: "EAI_AGAIN" }),
					"",
				);
			else dnsLookup(host, options, callback);
		});
		const port = await startServer();
		const transport = createDirectTransport(4, resolve);
		await expect(
			transport.send(`http://localhost:${port}/`, {}, 5000),
		).rejects.toMatchObject({ code: "EAI_AGAIN" });
		fail = false;
		const answer = await transport.send(`http://localhost:${port}/`, {}, 5000);
		expect(answer.body).toBe("ok");
		expect(asked[0]).toBe("localhost");
		expect(asked.length).toBeGreaterThanOrEqual(2);
	});

	it("asks once for a host that resolves, then goes straight on", async () => {
		const { resolve, asked } = resolver(dnsLookup);
		const port = await startServer();
		const transport = createDirectTransport(4, resolve);
		for (let i = 0; i < 5; i++) {
			const answer = await transport.send(
				`http://localhost:${port}/${i}`,
				{},
				5000,
			);
			expect(answer.status).toBe(200);
		}
		// The check's question, then the connections' own (one keep-alive socket here).
		expect(
			asked.filter((host) => host === "localhost").length,
		).toBeLessThanOrEqual(2);
	});

	it("never asks about an address literal", async () => {
		const { resolve, asked } = resolver(dnsLookup);
		const port = await startServer();
		const transport = createDirectTransport(4, resolve);
		const answer = await transport.send(`http://127.0.0.1:${port}/`, {}, 5000);
		expect(answer.body).toBe("ok");
		expect(asked).toEqual([]);
	});

	it("counts the question's wait against the request's timeout: the exchange gets what is left", async () => {
		const { resolve } = resolver((host, options, callback) =>
			setTimeout(() => dnsLookup(host, options, callback), 150),
		);
		const server = createServer((_request, response) => {
			setTimeout(() => response.end("late"), 150);
		});
		await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
		closers.push(
			() =>
				new Promise<void>((done) => {
					server.closeAllConnections();
					server.close(() => done());
				}),
		);
		const { port } = server.address() as AddressInfo;
		const transport = createDirectTransport(4, resolve);
		// 150 ms for the question and 150 ms for the answer: past 250 ms in all, though each alone is within it. The
		// request's abort (AbortError) is what the HTTP client words as "no answer within 250 ms".
		const late = await transport
			.send(`http://localhost:${port}/`, {}, 250)
			.catch((error: Error) => error);
		expect(late).toMatchObject({ name: "AbortError" });
		expect(describeNetworkError(late, 250)).toBe("no answer within 250 ms");
		const answer = await transport.send(`http://localhost:${port}/`, {}, 1000);
		expect(answer.body).toBe("late");
	});

	it("gives up on a question that is not answered within the request's timeout", async () => {
		const { resolve } = resolver(null);
		const transport = createDirectTransport(4, resolve);
		const started = Date.now();
		await expect(
			transport.send("https://pin-audit-test.invalid/", {}, 100),
		).rejects.toMatchObject({ name: "TimeoutError" });
		expect(Date.now() - started).toBeLessThan(5000);
	});
});

describe("isAddressLiteral", () => {
	// What the URL parser makes of each host, then node:net's answer: the check must agree on every host a URL has.
	const hosts = [
		"pypi.org",
		"files.pythonhosted.org",
		"localhost",
		"127.0.0.1",
		"0x7f.1",
		"2130706433",
		"017700000001",
		"1.2.3",
		"255.255.255.255",
		"[::1]",
		"[2001:db8::8a2e:370:7334]",
		"[::ffff:192.0.2.1]",
		"a1.2.3.4.example",
		"1.2.3.4.example",
		"xn--bcher-kva.example",
		"my-index_1.internal",
		"10.0.0.1.nip.io",
	];
	it.each(hosts)("agrees with node:net's isIP on %s", (written) => {
		const host = new URL(`https://${written}/simple/`).hostname;
		const bare = host.startsWith("[") ? host.slice(1, -1) : host;
		expect(isAddressLiteral(bare)).toBe(isIP(bare) !== 0);
	});
});
