import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/index/retry-after.js";

describe("parseRetryAfter", () => {
	it("reads seconds and HTTP dates", () => {
		const now = Date.parse("2026-01-01T00:00:00Z");
		expect(parseRetryAfter("3", now)).toBe(3000);
		expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
		expect(parseRetryAfter("Wed, 31 Dec 2025 00:00:00 GMT", now)).toBe(0);
		expect(parseRetryAfter("soon", now)).toBeNull();
		expect(parseRetryAfter(null, now)).toBeNull();
	});
});
