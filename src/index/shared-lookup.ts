// One DNS question per host name at a time. A look-up run opens up to `index-concurrency` connections to one
// index at once, and each connection asked the resolver on its own: 50 identical questions through libuv's four
// threads, and where the resolver drops one under the burst, glibc waits its 5 s before asking again (measured:
// an offline machine took 5.6 s to learn that pypi.org does not resolve). Connections that start while a host's
// question is open now wait for its answer, whatever it is.
import { lookup as dnsLookup } from "node:dns";
import type { LookupFunction } from "node:net";

/** Node's `dns.lookup` signature, as `net.connect` and `tls.connect` call their `lookup` option. */
export type Lookup = LookupFunction;

type LookupCallback = Parameters<Lookup>[2];

/** A `lookup` for `net.connect` that shares each question still open among everyone asking it. */
export function createSharedLookup(resolve: Lookup = dnsLookup): Lookup {
	const open = new Map<string, LookupCallback[]>();
	return (hostname, options, callback) => {
		const key = `${hostname}\0${options.family ?? 0}\0${options.all === true}\0${options.hints ?? 0}\0${options.order ?? options.verbatim ?? ""}`;
		const waiting = open.get(key);
		if (waiting !== undefined) {
			waiting.push(callback);
			return;
		}
		const callbacks = [callback];
		open.set(key, callbacks);
		const answer: LookupCallback = (error, address, family) => {
			open.delete(key);
			// Each caller gets its own copy of a list of addresses: net.connect may keep it.
			for (const each of callbacks)
				each(error, Array.isArray(address) ? [...address] : address, family);
		};
		try {
			resolve(hostname, options, answer);
		} catch (error) {
			// dns.lookup throws on arguments it refuses: every asker gets that, and the question is not left open.
			answer(error as NodeJS.ErrnoException, "", 0);
		}
	};
}
