import { describe, expect, it } from "vitest";
import { createRecentCache } from "../../src/model/recent-cache.js";

describe("createRecentCache", () => {
	it("computes a key once while it is among the most recently asked", () => {
		const cache = createRecentCache<string, number>(2);
		let computed = 0;
		const ask = (key: string) => cache.get(key, () => ++computed);
		expect(ask("a")).toBe(1);
		expect(ask("b")).toBe(2);
		// Asking for `a` again makes `b` the least recent: `c` lets `b` go, not `a`.
		expect(ask("a")).toBe(1);
		expect(ask("c")).toBe(3);
		expect(ask("a")).toBe(1);
		expect(ask("b")).toBe(4);
		expect(computed).toBe(4);
	});

	it("keeps object keys by identity and a cached undefined as cached", () => {
		const cache = createRecentCache<object, undefined>(1);
		const key = {};
		let computed = 0;
		cache.get(key, () => {
			computed++;
			return undefined;
		});
		cache.get(key, () => {
			computed++;
			return undefined;
		});
		cache.get({}, () => {
			computed++;
			return undefined;
		});
		expect(computed).toBe(2);
	});
});
