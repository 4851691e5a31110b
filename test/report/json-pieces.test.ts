import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { driftRepository } from "../../src/drift/drift-repository.js";
import {
	ITEMS_PER_PIECE,
	stringifyInPieces,
} from "../../src/report/json-pieces.js";
import {
	renderDriftJson,
	renderDriftJsonChunks,
} from "../../src/report/render-drift.js";

// Values as a report holds them, and what JSON.stringify treats apart: members and items that are undefined or
// functions, dates (toJSON), empty containers, strings with newlines and quotes, long arrays.
const leaf = fc.oneof(
	fc.constant(null),
	fc.boolean(),
	fc.integer(),
	fc.double({ noNaN: false }),
	fc.string(),
	fc.constantFrom("a\nb", 'q"uote', "\\", "\u2028", ""),
	fc.constant(undefined),
	fc.constant(() => 1),
	fc.date({ noInvalidDate: true }),
	// toJSON with its key, toJSON that leaves the member out, boxed primitives.
	fc.constant({ toJSON: (key: string) => `key:${key}` }),
	fc.constant({ toJSON: () => undefined }),
	fc.constant({ toJSON: () => ({ nested: new Date(0), list: [1, () => 2] }) }),
	fc.constant(new String("boxed")),
	fc.constant(new Number(3)),
	fc.constant(new Boolean(false)),
);
const value = fc.letrec((tie) => ({
	node: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		leaf,
		fc.array(tie("node"), { maxLength: 5 }),
		fc.array(leaf, {
			minLength: ITEMS_PER_PIECE - 1,
			maxLength: 3 * ITEMS_PER_PIECE,
		}),
		fc.dictionary(fc.string({ maxLength: 4 }), tie("node"), { maxKeys: 5 }),
	),
})).node;

describe("stringifyInPieces", () => {
	it("joins to JSON.stringify(value, null, 2) at every depth of opening", () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.array(value, { maxLength: 6 }),
					fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 6 }),
				),
				fc.integer({ min: 0, max: 5 }),
				(input, levels) => {
					expect([...stringifyInPieces(input, 0, levels)].join("")).toBe(
						JSON.stringify(input, null, 2),
					);
				},
			),
			{ numRuns: 2000, seed: 31 },
		);
	});

	it("reads each member once, as JSON.stringify does", () => {
		let reads = 0;
		const holder = {
			get counted() {
				reads++;
				return { n: reads };
			},
		};
		const value = { list: [holder, holder], holder };
		const expected = JSON.stringify(value, null, 2);
		const expectedReads = reads;
		reads = 0;
		for (const levels of [0, 1, 3]) {
			reads = 0;
			expect([...stringifyInPieces(value, 0, levels)].join("")).toBe(expected);
			expect(reads).toBe(expectedReads);
		}
	});

	it("cuts a long array into pieces of ITEMS_PER_PIECE items", () => {
		const items = Array.from({ length: 10 * ITEMS_PER_PIECE }, (_, i) => ({
			name: `p${i}`,
			version: `1.${i}`,
		}));
		const pieces = [...stringifyInPieces({ entries: items }, 0, 1)];
		expect(pieces.length).toBeGreaterThan(10);
		expect(pieces.join("")).toBe(JSON.stringify({ entries: items }, null, 2));
	});
});

describe("renderDriftJsonChunks", () => {
	it("writes the example fleet's drift byte for byte as renderDriftJson, in pieces", async () => {
		const now = new Date("2026-01-15T00:00:00Z");
		const { drift } = await driftRepository({
			root: "examples/mcp-fleet",
			name: "examples/mcp-fleet",
			offline: true,
			now,
			today: now,
		});
		const pieces = [...renderDriftJsonChunks(drift)];
		expect(pieces.length).toBeGreaterThan(
			drift.repositories.length + drift.fleet.length,
		);
		expect(pieces.join("")).toBe(renderDriftJson(drift));
	});
});
