// Which exceptions are in force on a day: `until` is the last day one applies (UTC), an exception without one never
// ends, and the day is read only when some exception has an end.
import { describe, expect, it } from "vitest";
import { listActiveExceptions } from "../../../src/policy/rules/exception-expired.js";
import type { PolicyException } from "../../../src/policy/schema.js";

function exception(until: string | null): PolicyException {
	return {
		rule: "outside-policy",
		package: "mcp",
		project: null,
		file: null,
		until,
		reason: "waiting for the vendor SDK",
		line: 3,
	};
}

describe("listActiveExceptions", () => {
	const today = new Date(Date.UTC(2026, 11, 5, 23, 59));

	it("keeps those whose last day is today or later, and those without one", () => {
		const exceptions = [
			exception("2026-12-04"),
			exception("2026-12-05"),
			exception(null),
			exception("2027-01-01"),
		];
		expect(listActiveExceptions(exceptions, today)).toEqual(
			exceptions.slice(1),
		);
	});

	it("keeps every exception without an end, whatever the day, as a new list", () => {
		const exceptions = [exception(null), exception(null)];
		const invalid = new Date(Number.NaN);
		for (const day of [today, invalid]) {
			const active = listActiveExceptions(exceptions, day);
			expect(active).toEqual(exceptions);
			expect(active).not.toBe(exceptions);
		}
		expect(listActiveExceptions([], today)).toEqual([]);
	});

	it("treats an invalid day as the last possible one", () => {
		expect(
			listActiveExceptions([exception("9999-12-31")], new Date(Number.NaN)),
		).toHaveLength(1);
	});
});
