import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAscii } from "../../src/parse/ascii-text.js";

describe("decodeAscii", () => {
	it("is the UTF-8 decoder's text for ASCII bytes, at any offset in a larger buffer", () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 200 }),
				fc.uint8Array({ maxLength: 300 }).map((a) => a.map((b) => b & 0x7f)),
				fc.uint8Array({ maxLength: 200 }),
				(before, ascii, after) => {
					const all = new Uint8Array([...before, ...ascii, ...after]);
					const view = all.subarray(
						before.length,
						before.length + ascii.length,
					);
					expect(decodeAscii(view)).toBe(new TextDecoder().decode(view));
				},
			),
		);
	});

	it("declines any byte above 0x7f, so that the caller decodes (or rejects) it", () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 100 }).map((a) => a.map((b) => b & 0x7f)),
				fc.integer({ min: 0x80, max: 0xff }),
				fc.nat(),
				(ascii, high, at) => {
					const bytes = Uint8Array.from(ascii);
					const withHigh = new Uint8Array([
						...bytes.subarray(0, at % (bytes.length + 1)),
						high,
						...bytes.subarray(at % (bytes.length + 1)),
					]);
					expect(decodeAscii(withHigh)).toBeNull();
				},
			),
		);
		// A BOM is not ASCII: the decoders that strip or keep it still decide.
		expect(decodeAscii(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBeNull();
	});
});
