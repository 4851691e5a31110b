// The tokenizer of packaging's PEP 508 parser (packaging/_tokenizer.py), with Python's regex
// semantics (`\s`, `\w`, `\b`, first-alternative-wins) reproduced where JavaScript's differ.

// Python's `\s` for str patterns (str.isspace), which differs from JavaScript's `\s`.
import { PY_WHITESPACE } from "../../pep440/version.js";

export class Pep508SyntaxError extends Error {}

// ---------------------------------------------------------------------------------------
// Tokenizer (packaging/_tokenizer.py)
// ---------------------------------------------------------------------------------------

// packaging's Specifier._specifier_regex_str, split into its four alternatives. Python tries
// them in order and takes the first that matches, as the tokenizer anchors only the start.
const PRE = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
const POST = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
const DEV = "(?:[-_.]?dev[-_.]?[0-9]*)?";
const SPECIFIER_ALTERNATIVES: RegExp[] = [
	new RegExp(`===[${PY_WHITESPACE}]*[^${PY_WHITESPACE};)]*`, "y"),
	new RegExp(
		`(?:==|!=)[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?`,
		"iy",
	),
	// Not ASCII-only in packaging (no `(?a:)` here), so Unicode case folding applies.
	new RegExp(
		`~=[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV}`,
		"iuy",
	),
	new RegExp(
		`(?:<=|>=|<|>)[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV}`,
		"iy",
	),
];

/**
 * The alternatives that can match at `position`, in their order: each starts with a fixed operator, so the first
 * character rules the others out (a 16 MiB specifier of 4 million clauses tried four patterns per clause).
 */
function specifierAlternativesAt(source: string, position: number): RegExp[] {
	switch (source.charCodeAt(position)) {
		case 0x3d: // =
			return SPECIFIERS_AFTER_EQUALS;
		case 0x21: // !
			return SPECIFIERS_AFTER_BANG;
		case 0x7e: // ~
			return SPECIFIERS_AFTER_TILDE;
		case 0x3c: // <
		case 0x3e: // >
			return SPECIFIERS_AFTER_ANGLE;
		default:
			return [];
	}
}
const [ARBITRARY, EQUALITY, COMPATIBLE, ORDERED] = SPECIFIER_ALTERNATIVES as [
	RegExp,
	RegExp,
	RegExp,
	RegExp,
];
const SPECIFIERS_AFTER_EQUALS = [ARBITRARY, EQUALITY];
const SPECIFIERS_AFTER_BANG = [EQUALITY];
const SPECIFIERS_AFTER_TILDE = [COMPATIBLE];
const SPECIFIERS_AFTER_ANGLE = [ORDERED];

// Alternatives of packaging's VARIABLE rule, in its order; each must end on a word boundary.
const VARIABLE_ALTERNATIVES: RegExp[] = [
	/python_version/y,
	/python_full_version/y,
	/os[._]name/y,
	/sys[._]platform/y,
	/platform_(?:release|system)/y,
	/platform[._](?:version|machine|python_implementation)/y,
	/python_implementation/y,
	/implementation_(?:name|version)/y,
	/extras/y,
	/extra/y,
	/dependency_groups/y,
];

export type TokenName =
	| "LEFT_PARENTHESIS"
	| "RIGHT_PARENTHESIS"
	| "LEFT_BRACKET"
	| "RIGHT_BRACKET"
	| "SEMICOLON"
	| "COMMA"
	| "QUOTED_STRING"
	| "OP"
	| "BOOLOP"
	| "IN"
	| "NOT"
	| "VARIABLE"
	| "SPECIFIER"
	| "AT"
	| "URL"
	| "IDENTIFIER"
	| "VERSION_PREFIX_TRAIL"
	| "VERSION_LOCAL_LABEL_TRAIL"
	| "WS";

export const SIMPLE_RULES: Record<
	Exclude<
		TokenName,
		"BOOLOP" | "IN" | "NOT" | "VARIABLE" | "SPECIFIER" | "IDENTIFIER"
	>,
	RegExp
> = {
	LEFT_PARENTHESIS: /\(/y,
	RIGHT_PARENTHESIS: /\)/y,
	LEFT_BRACKET: /\[/y,
	RIGHT_BRACKET: /\]/y,
	SEMICOLON: /;/y,
	COMMA: /,/y,
	QUOTED_STRING: /'[^']*'|"[^"]*"/y,
	OP: /===|==|~=|!=|<=|>=|<|>/y,
	AT: /@/y,
	URL: /[^ \t]+/y,
	VERSION_PREFIX_TRAIL: /\.\*/y,
	VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
	WS: /[ \t]+/y,
};

// Python's `\w` for str patterns: Unicode letters and digits plus `_`.
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordAt(source: string, index: number): boolean {
	if (index < 0 || index >= source.length) {
		return false;
	}
	const code = source.codePointAt(index) ?? 0;
	// A low surrogate belongs to the code point before it.
	if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
		const previous = source.codePointAt(index - 1) ?? 0;
		if (previous > 0xffff) {
			return WORD_CHAR.test(String.fromCodePoint(previous));
		}
	}
	return WORD_CHAR.test(String.fromCodePoint(code));
}

// Python's `\b`.
function isBoundary(source: string, index: number): boolean {
	return isWordAt(source, index - 1) !== isWordAt(source, index);
}

export function matchSticky(
	regex: RegExp,
	source: string,
	position: number,
): string | null {
	// `test`, not `exec`: no match array to build, and the match is where the sticky regex started to where it ended.
	regex.lastIndex = position;
	return regex.test(source) ? source.slice(position, regex.lastIndex) : null;
}

// `\b(?:alternatives)\b`: the first alternative whose end is a word boundary.
function matchWord(
	alternatives: RegExp[],
	source: string,
	position: number,
): string | null {
	if (!isBoundary(source, position)) {
		return null;
	}
	for (const regex of alternatives) {
		const text = matchSticky(regex, source, position);
		if (text !== null && isBoundary(source, position + text.length)) {
			return text;
		}
	}
	return null;
}

// `\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b`, backtracking to the longest prefix that ends on a boundary.
function matchIdentifier(source: string, position: number): string | null {
	if (!isBoundary(source, position)) {
		return null;
	}
	const text = matchSticky(/[a-zA-Z0-9][a-zA-Z0-9._-]*/y, source, position);
	if (text === null) {
		return null;
	}
	for (let length = text.length; length >= 1; length--) {
		if (isBoundary(source, position + length)) {
			return text.slice(0, length);
		}
	}
	return null;
}

export function matchToken(
	name: TokenName,
	source: string,
	position: number,
): string | null {
	switch (name) {
		case "BOOLOP":
			return matchWord([/or/y, /and/y], source, position);
		case "IN":
			return matchWord([/in/y], source, position);
		case "NOT":
			return matchWord([/not/y], source, position);
		case "VARIABLE":
			return matchWord(VARIABLE_ALTERNATIVES, source, position);
		case "IDENTIFIER":
			return matchIdentifier(source, position);
		case "SPECIFIER":
			for (const regex of specifierAlternativesAt(source, position)) {
				const text = matchSticky(regex, source, position);
				if (text !== null) {
					return text;
				}
			}
			return null;
		default:
			return matchSticky(SIMPLE_RULES[name], source, position);
	}
}

export class Tokenizer {
	position = 0;

	constructor(readonly source: string) {}

	/** Reads the token if it is next; returns its text or null. */
	take(name: TokenName): string | null {
		const text = matchToken(name, this.source, this.position);
		if (text !== null) {
			this.position += text.length;
		}
		return text;
	}

	peek(name: TokenName): boolean {
		return matchToken(name, this.source, this.position) !== null;
	}

	consumeWs(): void {
		this.take("WS");
	}

	// Python's `$`: the end, or just before a final newline.
	atEnd(): boolean {
		const rest = this.source.length - this.position;
		return rest === 0 || (rest === 1 && this.source[this.position] === "\n");
	}

	expect(name: TokenName, expected: string): string {
		const text = this.take(name);
		if (text === null) {
			this.fail(`expected ${expected}`);
		}
		return text;
	}

	expectEnd(expected: string): void {
		if (!this.atEnd()) {
			this.fail(`expected ${expected}`);
		}
	}

	fail(message: string, at: number = this.position): never {
		const where =
			at >= this.source.length ? "at the end" : `at column ${at + 1}`;
		throw new Pep508SyntaxError(`${message} in '${this.source}' (${where})`);
	}
}
