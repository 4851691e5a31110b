// Before the first connection to a host: does its name resolve? One DNS question per host name, asked before any
// socket is made and before Node's TLS is loaded. A machine without a resolver for the index (a runner without
// egress, a laptop offline) used to open a TLS socket per request in flight, 50 of them, each waiting for the
// same failed answer: on a machine where pypi.org does not resolve, the example fleet's online run took 65 ms more
// than its offline one, now 25 ms (the question itself, 13 ms here, and the index code). Once a name resolved, later
// requests go straight on (each connection still asks as Node does).
import type { Lookup } from "./shared-lookup.js";

/**
 * Resolves when `hostname` resolves; rejects with the resolver's error, or a TimeoutError (as AbortSignal.timeout's)
 * once `timeoutMs` passed since the question was asked. Everyone asking while a question is open waits on it,
 * without a timer or a listener of their own: a host that does not resolve fails 50 requests for the price of one.
 */
export type HostCheck = (hostname: string, timeoutMs: number) => Promise<void>;

export function createHostCheck(lookup: Lookup): HostCheck {
	const resolved = new Set<string>();
	const open = new Map<string, Promise<void>>();
	return (hostname, timeoutMs) => {
		// URL.hostname keeps an IPv6 literal's brackets; an address literal is never asked of DNS.
		const name = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
		if (isAddressLiteral(name) || resolved.has(name)) return Promise.resolve();
		let question = open.get(name);
		if (question === undefined) {
			question = withTimeout(ask(lookup, name), timeoutMs);
			open.set(name, question);
			// A failure is not remembered: a retry asks again (the HTTP client gives up on ENOTFOUND itself).
			question.then(
				() => {
					resolved.add(name);
					open.delete(name);
				},
				() => open.delete(name),
			);
		}
		return question;
	};
}

/**
 * Whether a URL's host (brackets removed) is an address, not a name: an IPv6 address has colons, which no host name
 * has, and the URL parser writes every IPv4 form (`0x7f.1`, `2130706433`) as four decimal numbers. Not node:net's
 * isIP: loading net takes ~2 ms, and its IPv6 pattern is compiled on its first use (~8 ms here) and again for
 * native code on its second; dns.lookup, which asks it once, is the only one left. A false "yes" only skips this
 * early question: the connection still asks the resolver.
 */
export function isAddressLiteral(host: string): boolean {
	return host.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

function ask(lookup: Lookup, hostname: string): Promise<void> {
	return new Promise((resolve, reject) => {
		try {
			lookup(hostname, { all: true }, (error) =>
				error ? reject(error) : resolve(),
			);
		} catch (error) {
			reject(error);
		}
	});
}

/** `promise`, or a TimeoutError after `ms` (the error AbortSignal.timeout gives). */
function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() =>
				reject(
					new DOMException(
						"The operation was aborted due to timeout",
						"TimeoutError",
					),
				),
			ms,
		);
		// The question in flight keeps Node running by itself: an audit that ends first does not wait for the timer.
		timer.unref();
		promise.then(
			() => {
				clearTimeout(timer);
				resolve();
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			},
		);
	});
}
