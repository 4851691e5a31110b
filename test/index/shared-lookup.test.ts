import { lookup as dnsLookup, type LookupOptions } from "node:dns";
import { createServer } from "node:http";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import {
	createSharedLookup,
	type Lookup,
} from "../../src/index/shared-lookup.js";

/** The real resolver, counting the questions it is asked. */
function countingResolver(): { resolve: Lookup; asked: string[] } {
	const asked: string[] = [];
	const resolve: Lookup = (hostname, options, callback) => {
		asked.push(hostname);
		dnsLookup(hostname, options, callback);
	};
	return { resolve, asked };
}

function ask(lookup: Lookup, hostname: string, options: LookupOptions) {
	return new Promise<{ error: Error | null; answer: unknown[] }>((resolve) =>
		lookup(hostname, options, (error, address, family) =>
			resolve({
				error,
				answer: family === undefined ? [address] : [address, family],
			}),
		),
	);
}

describe("one DNS question per host name at a time", () => {
	it("asks the resolver once for questions asked while it is open, and gives each asker the answer", async () => {
		const { resolve, asked } = countingResolver();
		const lookup = createSharedLookup(resolve);
		const answers = await Promise.all(
			Array.from({ length: 20 }, () => ask(lookup, "localhost", { all: true })),
		);
		expect(asked).toEqual(["localhost"]);
		const expected = await ask(dnsLookup, "localhost", {
			all: true,
		});
		for (const { error, answer } of answers) {
			expect(error).toBeNull();
			expect(answer).toEqual(expected.answer);
		}
		// Each asker has its own list: one that changes it does not change another's.
		expect(answers[0]?.answer[0]).not.toBe(answers[1]?.answer[0]);
	});

	it("keeps questions with different options apart, and asks again once the answer is given", async () => {
		const { resolve, asked } = countingResolver();
		const lookup = createSharedLookup(resolve);
		const [all, one, v4] = await Promise.all([
			ask(lookup, "localhost", { all: true }),
			ask(lookup, "localhost", {}),
			ask(lookup, "localhost", { family: 4 }),
		]);
		expect(asked).toHaveLength(3);
		expect(Array.isArray(all.answer[0])).toBe(true);
		expect(typeof one.answer[0]).toBe("string");
		expect(v4.answer).toEqual(["127.0.0.1", 4]);
		await ask(lookup, "localhost", { all: true });
		expect(asked).toHaveLength(4);
	});

	it("gives every asker the resolver's failure", async () => {
		const lookup = createSharedLookup((_host, _options, callback) =>
			setTimeout(
				() =>
					callback(
						Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.invalid"), {
							code: "ENOTFOUND",
						}),
						"",
					),
				5,
			),
		);
		const answers = await Promise.all(
			Array.from({ length: 5 }, () =>
				ask(lookup, "nowhere.invalid", { all: true }),
			),
		);
		for (const { error } of answers)
			expect(error).toMatchObject({ code: "ENOTFOUND" });
	});

	it("gives every asker a resolver's synchronous throw, and does not leave the question open", async () => {
		let calls = 0;
		const lookup = createSharedLookup(() => {
			calls++;
			throw Object.assign(new TypeError("invalid hints"), {
				code: "ERR_INVALID_ARG_VALUE",
			});
		});
		const first = await ask(lookup, "localhost", { all: true });
		expect(first.error).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
		await ask(lookup, "localhost", { all: true });
		expect(calls).toBe(2);
	});

	it("is what net.connect calls: 10 connections to localhost ask once", async () => {
		const server = createServer((_req, res) => res.end("ok"));
		await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
		const port = (server.address() as { port: number }).port;
		const { resolve, asked } = countingResolver();
		const lookup = createSharedLookup(resolve);
		try {
			await Promise.all(
				Array.from(
					{ length: 10 },
					() =>
						new Promise<void>((done, fail) => {
							const socket = connect(
								{ host: "localhost", port, family: 4, lookup },
								() => {
									socket.end();
									done();
								},
							);
							socket.on("error", fail);
						}),
				),
			);
			expect(asked).toEqual(["localhost"]);
		} finally {
			server.close();
		}
	});
});
