// A response as both transports read it: its headers' first values, and its body within the one size limit.

/** Index pages of huge projects are a few MB; anything far larger is not an index answer. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** A response header's first value; null when absent. */
export function firstHeader(
	value: string | string[] | undefined,
): string | null {
	if (value === undefined) return null;
	return Array.isArray(value) ? (value[0] ?? null) : value;
}

/**
 * A response body as text, never more than MAX_BODY_BYTES of it: counted while streaming, whatever
 * `content-length` says (a chunked answer has none), and the connection dropped (`destroy`) as soon as the limit
 * is passed.
 */
export async function readLimitedBody(
	body: AsyncIterable<Uint8Array>,
	contentLength: string | null,
	destroy: () => void,
): Promise<string> {
	const tooLarge = () =>
		new Error(`response larger than ${MAX_BODY_BYTES} bytes`);
	if (Number(contentLength ?? 0) > MAX_BODY_BYTES) {
		destroy();
		throw tooLarge();
	}
	const decoder = new TextDecoder();
	let received = 0;
	let text = "";
	for await (const chunk of body) {
		received += chunk.byteLength;
		if (received > MAX_BODY_BYTES) {
			destroy();
			throw tooLarge();
		}
		text += decoder.decode(chunk, { stream: true });
	}
	return text + decoder.decode();
}
