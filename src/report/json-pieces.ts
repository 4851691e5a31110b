// `JSON.stringify(value, null, 2)` written in pieces, for reports too large to be one string: a fleet's audit or
// drift report runs to ~50-130 MB of JSON, and one string of it (with its masked and encoded copies) is allocated
// where only a full collection frees it (V8's large-object space). Pieces only split the text where JSON.stringify
// puts structural whitespace, and joined they are its bytes exactly (test/report/json-pieces.test.ts).

/** Items of an array joined into one piece: small enough for V8's young generation. */
export const ITEMS_PER_PIECE = 32;

/**
 * `value` as `JSON.stringify(value, null, 2)` writes it `depth` levels deep, in pieces: objects and arrays are
 * opened down to `levels` levels (each member or item its own pieces); below that an array goes out
 * ITEMS_PER_PIECE items a piece, and anything else as one piece. As JSON.stringify does, each value's `toJSON` is
 * called once, with its key, and each property read once. `value` must not be undefined, a function or a symbol
 * (JSON.stringify writes nothing for those).
 */
export function* stringifyInPieces(
	value: unknown,
	depth: number,
	levels: number,
): Generator<string> {
	yield* renderValue(applyToJson(value, ""), depth, levels);
}

/** A value whose own toJSON has been applied (by its holder, with its key). */
function* renderValue(
	value: unknown,
	depth: number,
	levels: number,
): Generator<string> {
	if (typeof value !== "object" || value === null || isBoxed(value)) {
		yield JSON.stringify(value);
		return;
	}
	// What toJSON returned is not asked for its own toJSON: opened, so that JSON.stringify never sees it whole.
	const open = levels > 0 || hasToJson(value);
	if (Array.isArray(value)) {
		const items = Array.from(value, (item, i) => applyToJson(item, String(i)));
		if (open || items.some(isObjectWithToJson))
			yield* renderOpenArray(items, depth, Math.max(levels, 1));
		else yield* renderArray(items, depth);
		return;
	}
	if (open) yield* renderOpenObject(value, depth, Math.max(levels, 1));
	else yield stringifyAt(value, depth);
}

/** Items whose toJSON has been applied. */
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
		else yield* renderValue(item, depth + 1, levels - 1);
	}
	yield `\n${"  ".repeat(depth)}]`;
}

function* renderOpenObject(
	value: object,
	depth: number,
	levels: number,
): Generator<string> {
	// Each member read once and given to its toJSON with its key; one JSON.stringify cannot represent is left out.
	const members: [string, unknown][] = [];
	for (const key of Object.keys(value)) {
		const member = applyToJson((value as Record<string, unknown>)[key], key);
		if (!isOmitted(member)) members.push([key, member]);
	}
	if (members.length === 0) {
		yield "{}";
		return;
	}
	const indent = "  ".repeat(depth + 1);
	for (let i = 0; i < members.length; i++) {
		const [key, member] = members[i] as [string, unknown];
		yield `${i === 0 ? "{" : ","}\n${indent}${JSON.stringify(key)}: `;
		yield* renderValue(member, depth + 1, levels - 1);
	}
	yield `\n${"  ".repeat(depth)}}`;
}

/**
 * An array `depth` levels deep, as JSON.stringify(whole, null, 2) writes it there, ITEMS_PER_PIECE items a piece:
 * each piece is one JSON.stringify of its items (as an array at that depth) without its brackets. The items must
 * have no toJSON of their own (it would be given its index in the piece); stringifyInPieces applies them first.
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

function isObjectWithToJson(value: unknown): boolean {
	return typeof value === "object" && value !== null && hasToJson(value);
}

/** What JSON.stringify serializes for `value` held under `key`: its toJSON's answer, when it has one. */
function applyToJson(value: unknown, key: string): unknown {
	return isObjectWithToJson(value)
		? (value as { toJSON(key: string): unknown }).toJSON(key)
		: value;
}

/** Number, String, Boolean and BigInt objects, which JSON.stringify writes as their primitive. */
function isBoxed(value: object): boolean {
	return (
		value instanceof Number ||
		value instanceof String ||
		value instanceof Boolean ||
		value instanceof BigInt
	);
}

function isOmitted(value: unknown): boolean {
	return (
		value === undefined ||
		typeof value === "function" ||
		typeof value === "symbol"
	);
}
