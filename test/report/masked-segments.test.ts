import { describe, expect, it } from "vitest";
import { maskSecrets } from "../../src/index/index-endpoint.js";
import {
	maskedSegments,
	SEGMENT_CHARS,
} from "../../src/report/masked-segments.js";

const SECRET = "s3cr3t-token-value";

/** A JSON-like text of `lines` lines, the secret on some of them, cut into pieces at arbitrary points. */
function piecesOf(text: string, cutEvery: number): string[] {
	const pieces: string[] = [];
	for (let i = 0; i < text.length; i += cutEvery)
		pieces.push(text.slice(i, i + cutEvery));
	return pieces;
}

const TEXT = Array.from(
	{ length: 20_000 },
	(_, i) =>
		`    { "url": "https://user:${i % 7 === 0 ? SECRET : "public"}@index.example/simple", "line": ${i} },`,
).join("\n");

describe("maskedSegments", () => {
	it("masks as the whole text is masked, whatever the pieces' cuts, in segments cut after a newline", () => {
		for (const cutEvery of [1, 7, 1000, 70_000, TEXT.length]) {
			const segments = [...maskedSegments(piecesOf(TEXT, cutEvery), [SECRET])];
			expect(segments.join("")).toBe(maskSecrets(TEXT, [SECRET]));
			expect(segments.join("")).not.toContain(SECRET);
			for (const segment of segments.slice(0, -1)) {
				expect(segment.endsWith("\n")).toBe(true);
				// Cut at the last newline once SEGMENT_CHARS have gathered (masking then shortens it).
				expect(segment.length).toBeGreaterThan(SEGMENT_CHARS / 2);
			}
			if (cutEvery < SEGMENT_CHARS) expect(segments.length).toBeGreaterThan(1);
		}
	});

	it("keeps the text one segment when a secret holds a newline", () => {
		const secret = "line one\nline two";
		const text = `${"x".repeat(SEGMENT_CHARS)}\n${secret}\n${"y".repeat(SEGMENT_CHARS)}\n`;
		const segments = [...maskedSegments(piecesOf(text, 1000), [secret])];
		expect(segments).toHaveLength(1);
		expect(segments[0]).toBe(maskSecrets(text, [secret]));
		expect(segments[0]).not.toContain(secret);
	});

	it("writes nothing for nothing", () => {
		expect([...maskedSegments([], [SECRET])]).toEqual([]);
		expect([...maskedSegments(["", ""], [SECRET])]).toEqual([]);
	});
});
