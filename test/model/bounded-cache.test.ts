import { describe, expect, it } from "vitest";
import {
	createBoundedCache,
	MAX_CACHED_KEY_LENGTH,
} from "../../src/model/bounded-cache.js";

describe("createBoundedCache", () => {
	it("computes each key once, including a null answer", () => {
		const cache = createBoundedCache<string | null>(10);
		const computed: string[] = [];
		const compute = (key: string) => {
			computed.push(key);
			return key === "bad" ? null : key.toUpperCase();
		};
		expect(cache.get("abc", compute)).toBe("ABC");
		expect(cache.get("abc", compute)).toBe("ABC");
		expect(cache.get("bad", compute)).toBe(null);
		expect(cache.get("bad", compute)).toBe(null);
		expect(computed).toEqual(["abc", "bad"]);
	});

	it("empties itself when full, so every key is computed again", () => {
		const cache = createBoundedCache<number>(2);
		const computed: string[] = [];
		const compute = (key: string) => {
			computed.push(key);
			return key.length;
		};
		cache.get("a", compute);
		cache.get("bb", compute);
		cache.get("ccc", compute); // full at 2: cleared, then "ccc" stored
		cache.get("ccc", compute);
		cache.get("a", compute);
		expect(computed).toEqual(["a", "bb", "ccc", "a"]);
	});

	it("computes a very long text each time without keeping it", () => {
		const cache = createBoundedCache<number>(10);
		let computed = 0;
		const compute = (key: string) => {
			computed++;
			return key.length;
		};
		const long = "x".repeat(MAX_CACHED_KEY_LENGTH + 1);
		const edge = "y".repeat(MAX_CACHED_KEY_LENGTH);
		for (const key of [long, long, edge, edge]) cache.get(key, compute);
		expect(computed).toBe(3);
	});
});
