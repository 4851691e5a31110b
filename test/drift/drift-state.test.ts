import { describe, expect, it } from "vitest";
import {
	advanceState,
	computeDelta,
	type DriftItem,
	encodeState,
	readState,
} from "../../src/drift/drift-state.js";

const DAY1 = new Date("2026-06-01T06:00:00Z");
const DAY8 = new Date("2026-06-08T06:00:00Z");
const a: DriftItem = ["r", "svc", "httpx", "0.26.0", "0.28.1", 4, "", "ok"];
const b: DriftItem = ["r", "svc", "mcp", "1.23.1", "1.25.0", 3, "", "ok"];

describe("drift state", () => {
	it("round-trips through an issue body, and ignores anything that is not exactly ours", () => {
		const state = advanceState(null, [a, b], DAY1);
		const body = `<!-- pin-audit:drift -->\ntext\n${encodeState(state)}\n`;
		expect(readState(body)).toEqual(state);
		expect(readState("no state")).toBe(null);
		expect(readState("<!-- pin-audit:drift-state not-base64!! -->")).toBe(null);
		const forged = Buffer.from(
			JSON.stringify({ ...state, items: [["r", 1]] }),
		).toString("base64");
		expect(readState(`<!-- pin-audit:drift-state ${forged} -->`)).toBe(null);
		expect(encodeState(state)).not.toMatch(/-->.*-->/);
	});

	it("computes what is new, resolved, further behind and closer since the last change", () => {
		const first = advanceState(null, [a, b], DAY1);
		expect(computeDelta(first)).toBe(null);
		const c: DriftItem = ["r", "svc", "anyio", "4.3.0", "5.0.0", 2, "", "ok"];
		const second = advanceState(
			first,
			[c, ["r", "svc", "mcp", "1.23.1", "1.26.0", 4, "", "ok"]],
			DAY8,
		);
		const delta = computeDelta(second);
		expect(delta?.since).toBe("2026-06-01");
		expect(delta?.added.map((r) => r.package)).toEqual(["anyio"]);
		expect(delta?.resolved.map((r) => r.package)).toEqual(["httpx"]);
		expect(
			delta?.further.map((r) => [r.package, r.before?.behind, r.after?.behind]),
		).toEqual([["mcp", 3, 4]]);
		// Unchanged since: the same state (and so the same body), the same delta.
		expect(
			advanceState(second, second.items, new Date("2026-06-15T06:00:00Z")),
		).toBe(second);
	});

	it("reads a version 1 state (drifting packages only, yanked as 0/1) as the same packages checked", () => {
		const v1 = {
			v: 1,
			at: "2026-06-01",
			items: [["r", "svc", "gamma", "3.0", "3.1", 1, 1]],
			prev: null,
			prevAt: null,
		};
		const body = `<!-- pin-audit:drift-state ${Buffer.from(JSON.stringify(v1)).toString("base64")} -->`;
		expect(readState(body)).toEqual({
			v: 2,
			at: "2026-06-01",
			items: [["r", "svc", "gamma", "3.0", "3.1", 1, "3.0", "ok"]],
			prev: null,
			prevAt: null,
		});
	});

	it("carries what the last check saw over a package it could not check, and lists it as not checked", () => {
		const first = advanceState(null, [a, b], DAY1);
		const second = advanceState(
			first,
			[["r", "svc", "httpx", "", null, 0, "", "index-error"], b],
			DAY8,
		);
		expect(second.items[0]).toEqual([
			"r",
			"svc",
			"httpx",
			"0.26.0",
			"0.28.1",
			4,
			"",
			"index-error",
		]);
		const delta = computeDelta(second);
		expect(delta?.resolved).toEqual([]);
		expect(delta?.unchecked).toEqual([
			{
				repository: "r",
				project: "svc",
				package: "httpx",
				before: { versions: "0.26.0", latest: "0.28.1", behind: 4, yanked: "" },
				after: null,
				unchecked: "index-error",
			},
		]);
		// Checked again, as it was: no change to report, and not "new".
		const third = advanceState(
			second,
			[a, b],
			new Date("2026-06-15T06:00:00Z"),
		);
		const back = computeDelta(third);
		expect(back?.added).toEqual([]);
		expect(back?.unchecked).toEqual([]);
		expect(back?.further).toEqual([]);
	});
});
