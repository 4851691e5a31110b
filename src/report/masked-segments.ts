// A report's pieces regrouped for writing, every credential masked: segments of at least SEGMENT_CHARS characters
// (fewer writes than pieces), each cut just after a newline. Masking a segment is masking the whole text: a secret
// holds no newline, so none spans two segments; with a secret that holds one, the text is one segment.
import { maskSecrets } from "../index/index-endpoint.js";

/**
 * About this many characters a segment: under V8's 128 KB large-object size, so each segment (and its encoded
 * copy) is freed by the young generation's quick collections, not left for a full one.
 */
export const SEGMENT_CHARS = 1 << 16;

export function* maskedSegments(
	pieces: Iterable<string>,
	secrets: readonly string[],
): Generator<string> {
	const whole = secrets.some((secret) => secret.includes("\n"));
	let pending = "";
	for (const piece of pieces) {
		pending += piece;
		if (whole || pending.length < SEGMENT_CHARS) continue;
		const cut = pending.lastIndexOf("\n") + 1;
		if (cut === 0) continue;
		yield maskSecrets(pending.slice(0, cut), secrets);
		pending = pending.slice(cut);
	}
	if (pending.length > 0) yield maskSecrets(pending, secrets);
}
