import { describe, expect, it } from "vitest";
import { checkedAll, checkedAnything } from "../../src/drift/drift-checked.js";
import type {
	DriftEntry,
	DriftReport,
	DriftStatus,
	UncheckedReason,
} from "../../src/drift/drift-report.js";

function report(
	entries: { status: DriftStatus; unchecked?: UncheckedReason }[],
): DriftReport {
	const count = (s: DriftStatus) =>
		entries.filter((e) => e.status === s).length;
	return {
		repositories: [
			{
				name: "o/r",
				policy: "",
				projects: ["."],
				entries: entries.map(
					(e) =>
						({
							status: e.status,
							unchecked: e.unchecked ?? null,
						}) as DriftEntry,
				),
			},
		],
		summary: {
			behind: count("behind"),
			yanked: count("yanked"),
			upToDate: count("up-to-date"),
			unknown: count("unknown"),
		},
	} as DriftReport;
}

describe("what a drift run checked", () => {
	it("an offline run or an index outage checked nothing", () => {
		expect(
			checkedAnything(report([{ status: "unknown", unchecked: "offline" }])),
		).toBe(false);
		expect(
			checkedAnything(
				report([{ status: "unknown", unchecked: "index-error" }]),
			),
		).toBe(false);
		expect(checkedAnything(report([{ status: "up-to-date" }]))).toBe(true);
	});

	it("a pin the index could not be asked about holds the all-clear back; a package the index does not have does not", () => {
		expect(
			checkedAll(
				report([
					{ status: "up-to-date" },
					{ status: "unknown", unchecked: "index-error" },
				]),
			),
		).toBe(false);
		expect(
			checkedAll(
				report([
					{ status: "up-to-date" },
					{ status: "unknown", unchecked: "audit-report" },
				]),
			),
		).toBe(false);
		expect(
			checkedAll(
				report([
					{ status: "up-to-date" },
					{ status: "unknown", unchecked: "not-on-index" },
				]),
			),
		).toBe(true);
	});
});
