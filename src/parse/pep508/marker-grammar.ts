// The marker half of packaging's PEP 508 parser (packaging/_parser.py: marker, marker_atom,
// marker_item, marker_var, marker_op) and the string literals it evaluates as Python does.

import type { Tokenizer } from "./tokenizer.js";

export type MarkerVar =
	| { kind: "variable"; value: string }
	| { kind: "value"; value: string };
export type MarkerItem = {
	kind: "item";
	left: MarkerVar;
	op: string;
	right: MarkerVar;
};
export type MarkerAtom = MarkerItem | MarkerList;
export type MarkerList = Array<MarkerAtom | "and" | "or">;

export function parseMarker(tokenizer: Tokenizer): MarkerList {
	// marker = marker_atom (BOOLOP marker_atom)+
	const expression: MarkerList = [parseMarkerAtom(tokenizer)];
	for (;;) {
		const op = tokenizer.take("BOOLOP");
		if (op === null) {
			break;
		}
		expression.push(op as "and" | "or", parseMarkerAtom(tokenizer));
	}
	return expression;
}

function parseMarkerAtom(tokenizer: Tokenizer): MarkerAtom {
	// marker_atom = WS? LEFT_PARENTHESIS WS? marker WS? RIGHT_PARENTHESIS WS?
	//             | WS? marker_item WS?
	tokenizer.consumeWs();
	let marker: MarkerAtom;
	const open = tokenizer.position;
	if (tokenizer.take("LEFT_PARENTHESIS") !== null) {
		tokenizer.consumeWs();
		marker = parseMarker(tokenizer);
		tokenizer.consumeWs();
		if (tokenizer.take("RIGHT_PARENTHESIS") === null) {
			tokenizer.fail(
				`expected ')' to close the marker group opened at column ${open + 1}`,
			);
		}
	} else {
		marker = parseMarkerItem(tokenizer);
	}
	tokenizer.consumeWs();
	return marker;
}

function parseMarkerItem(tokenizer: Tokenizer): MarkerItem {
	// marker_item = WS? marker_var WS? marker_op WS? marker_var WS?
	tokenizer.consumeWs();
	const left = parseMarkerVar(tokenizer);
	tokenizer.consumeWs();
	const op = parseMarkerOp(tokenizer);
	tokenizer.consumeWs();
	const right = parseMarkerVar(tokenizer);
	tokenizer.consumeWs();
	return { kind: "item", left, op, right };
}

function parseMarkerVar(tokenizer: Tokenizer): MarkerVar {
	// marker_var = VARIABLE | QUOTED_STRING
	const variable = tokenizer.take("VARIABLE");
	if (variable !== null) {
		const name = variable.replace(".", "_");
		return {
			kind: "variable",
			value:
				name === "python_implementation"
					? "platform_python_implementation"
					: name,
		};
	}
	const start = tokenizer.position;
	const quoted = tokenizer.take("QUOTED_STRING");
	if (quoted !== null) {
		const value = evaluatePythonString(quoted);
		if (value === null) {
			tokenizer.fail(`${quoted} is not a valid Python string literal`, start);
		}
		return { kind: "value", value };
	}
	if (/^[A-Za-z_.]/.test(tokenizer.source.slice(tokenizer.position))) {
		tokenizer.fail(
			"expected a marker variable (like python_version or sys_platform) or a quoted string",
		);
	}
	tokenizer.fail("expected a marker variable or a quoted string");
}

function parseMarkerOp(tokenizer: Tokenizer): string {
	// marker_op = IN | NOT IN | OP
	if (tokenizer.take("IN") !== null) {
		return "in";
	}
	if (tokenizer.take("NOT") !== null) {
		tokenizer.expect("WS", "whitespace after 'not'");
		tokenizer.expect("IN", "'in' after 'not'");
		return "not in";
	}
	const op = tokenizer.take("OP");
	if (op !== null) {
		return op;
	}
	tokenizer.fail(
		"expected a marker operator (one of <=, <, !=, ==, >=, >, ~=, ===, in, not in)",
	);
}

// ast.literal_eval of a quoted string as the tokenizer matched it ('...' or "..." with no
// inner quote of the same kind). Returns null where Python raises.
function evaluatePythonString(literal: string): string | null {
	const body = literal.slice(1, -1);
	if (body.includes("\0")) {
		return null;
	}
	let result = "";
	for (let i = 0; i < body.length; i++) {
		const ch = body[i] as string;
		if (ch === "\n" || ch === "\r") {
			return null; // a newline ends a single-quoted Python string
		}
		if (ch !== "\\") {
			result += ch;
			continue;
		}
		i++;
		if (i >= body.length) {
			return null; // the backslash escapes the closing quote
		}
		const next = body[i] as string;
		const simple: Record<string, string> = {
			"\\": "\\",
			"'": "'",
			'"': '"',
			a: "\x07",
			b: "\b",
			f: "\f",
			n: "\n",
			r: "\r",
			t: "\t",
			v: "\v",
			"\n": "",
		};
		const mapped = simple[next];
		if (mapped !== undefined) {
			result += mapped;
			continue;
		}
		if (/[0-7]/.test(next)) {
			const digits = /^[0-7]{1,3}/.exec(body.slice(i))?.[0] ?? next;
			result += String.fromCodePoint(Number.parseInt(digits, 8));
			i += digits.length - 1;
			continue;
		}
		const hexLength =
			next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
		if (hexLength > 0) {
			const hex = body.slice(i + 1, i + 1 + hexLength);
			if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
				return null;
			}
			const code = Number.parseInt(hex, 16);
			if (code > 0x10ffff) {
				return null;
			}
			result += String.fromCodePoint(code);
			i += hexLength;
			continue;
		}
		if (next === "N") {
			return null; // \N{NAME}: no Unicode name table here; rare enough to reject
		}
		// Python keeps unknown escapes as written (with a DeprecationWarning).
		result += `\\${next}`;
	}
	return result;
}
