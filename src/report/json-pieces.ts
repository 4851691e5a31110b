// `JSON.stringify(value, null, 2)` written in pieces, for reports too large to be one string: a fleet's audit or
// drift report runs to ~50-130 MB of JSON, and one string of it (with its masked and encoded copies) is allocated
// where only a full collection frees it (V8's large-object space). Pieces only split the text where JSON.stringify
// puts structural whitespace, and joined they are its bytes exactly (test/report/json-pieces.test.ts).

/** Items of an array joined into one piece: small enough for V8's young generation. */
export const ITEMS_PER_PIECE = 32;

/**
 * `value` as `JSON.stringify(value, null, 2)` writes it `depth` levels deep, in pieces: objects and arrays are
 * opened down to `levels` levels (each member or item its own pieces); below that an array goes out
 * ITEMS_PER_PIECE items a piece, and anything else as one piece. `value` must not be undefined, a function or a
 * symbol (JSON.stringify writes nothing for those).
 */
export function* stringifyInPieces(
	value: unknown,
	depth: number,
	levels: number,
): Generator<string> {
	if (typeof value !== "object" || value === null || hasToJson(value)) {
		yield stringifyAt(value, depth);
		return;
	}
	if (Array.isArray(value)) {
		if (levels <= 0) yield* renderArray(value, depth);
		else yield* renderOpenArray(value, depth, levels);
		return;
	}
	if (levels <= 0) {
		yield stringifyAt(value, depth);
		return;
	}
	yield* renderOpenObject(value as Record<string, unknown>, depth, levels);
}

function* renderOpenArray(
	items: readonly unknown[],
	depth: number,
	levels: number,
): Generator<string> {
	if (items.length === 0) {
		yield "[]";
		return;
	}
	const indent = "  ".repeat(depth + 1);
	for (let i = 0; i < items.length; i++) {
		yield `${i === 0 ? "[" : ","}\n${indent}`;
		const item = items[i];
		// JSON.stringify writes what it cannot represent in an array as null.
		if (isOmitted(item)) yield "null";
		else yield* stringifyInPieces(item, depth + 1, levels - 1);
	}
	yield `\n${"  ".repeat(depth)}]`;
}

function* renderOpenObject(
	value: Record<string, unknown>,
	depth: number,
	levels: number,
): Generator<string> {
	// JSON.stringify leaves out a member whose value it cannot represent.
	const keys = Object.keys(value).filter((key) => !isOmitted(value[key]));
	if (keys.length === 0) {
		yield "{}";
		return;
	}
	const indent = "  ".repeat(depth + 1);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i] as string;
		yield `${i === 0 ? "{" : ","}\n${indent}${JSON.stringify(key)}: `;
		yield* stringifyInPieces(value[key], depth + 1, levels - 1);
	}
	yield `\n${"  ".repeat(depth)}}`;
}

/**
 * An array `depth` levels deep, as JSON.stringify(whole, null, 2) writes it there, ITEMS_PER_PIECE items a piece:
 * each piece is one JSON.stringify of its items (as an array at that depth) without its brackets.
 */
export function* renderArray(
	items: readonly unknown[],
	depth: number,
): Generator<string> {
	if (items.length === 0) {
		yield "[]";
		return;
	}
	// After the items: a newline, the array's own indentation, and `]`.
	const close = `\n${"  ".repeat(depth)}]`;
	for (let i = 0; i < items.length; i += ITEMS_PER_PIECE) {
		const json = stringifyAt(items.slice(i, i + ITEMS_PER_PIECE), depth);
		yield `${i === 0 ? "[" : ","}${json.slice(1, json.length - close.length)}`;
	}
	yield close;
}

// `JSON.stringify(value, null, 2)` of a value `depth` levels deep: stringified inside `depth` arrays and cut out,
// so one pass writes it with its final indentation (no second pass over the text to indent it).
// JSON.stringify escapes newlines inside strings, so every raw newline in its output is structure.
export function stringifyAt(value: unknown, depth: number): string {
	let wrapped = value;
	for (let i = 0; i < depth; i++) wrapped = [wrapped];
	const json = JSON.stringify(wrapped, null, 2);
	// Each level adds "[\n" plus its indentation before the value and "\n", indentation and "]" after it.
	return json.slice(depth * (depth + 3), json.length - depth * (depth + 1));
}

function hasToJson(value: object): boolean {
	return typeof (value as { toJSON?: unknown }).toJSON === "function";
}

function isOmitted(value: unknown): boolean {
	return (
		value === undefined ||
		typeof value === "function" ||
		typeof value === "symbol"
	);
}
