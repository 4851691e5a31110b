// PEP 508 dependency specifiers, parsed exactly as packaging 26.2's `Requirement` does.
//
// This is a port of packaging's hand-written tokenizer and recursive-descent parser
// (packaging/_tokenizer.py, packaging/_parser.py) rather than an adapter over
// pip-requirements-js: that grammar disagrees with packaging in both directions
// (it rejects `===`, `os.name`, `python_implementation`, `extras`, a URL followed by
// ` ; marker`, `\u` escapes in marker strings, names ending in `_`; it accepts
// `>=1.0.*` and `>=1.0+local`), so patching it would never be exact.

import { copyString, createBoundedCache } from "../model/bounded-cache.js";
import { normalizeName } from "../model/normalize-name.js";
import { parseSpecifierSet } from "../pep440/specifier-set.js";

export interface Pep508Requirement {
	/** PEP 503 normalized name. */
	name: string;
	/** The name as written. */
	rawName: string;
	/** PEP 440 clauses as packaging prints each `Specifier`, joined by "," in source order; "" when none. */
	specifier: string;
	/** Extras, PEP 685 normalized, in source order without duplicates. */
	extras: string[];
	/** The marker as `str(Requirement(...).marker)` prints it; null when none. */
	marker: string | null;
	url: string | null;
}

export type Pep508Result =
	| { ok: true; value: Pep508Requirement }
	| { ok: false; error: string };

/** Parses one PEP 508 dependency specifier. Never throws. */
export function parsePep508(text: string): Pep508Result {
	// A fleet repeats the same requirement strings (`anyio==4.6.2`) in every project: parse each once.
	const result = parsedRequirements.get(text, parsePep508Uncached);
	// Each caller gets its own objects, as without the cache.
	return result.ok
		? { ok: true, value: { ...result.value, extras: [...result.value.extras] } }
		: { ok: false, error: result.error };
}

const parsedRequirements = createBoundedCache<Pep508Result>(50_000);

function parsePep508Uncached(text: string): Pep508Result {
	try {
		return {
			ok: true,
			value: flattenStrings(parseRequirement(new Tokenizer(text))),
		};
	} catch (error) {
		if (error instanceof Pep508SyntaxError) {
			return { ok: false, error: error.message };
		}
		return { ok: false, error: `could not parse '${text}': ${String(error)}` };
	}
}

/**
 * Copies the strings a result keeps: V8 makes a substring a view that keeps its whole source alive (here the
 * line, which in a hashed requirements file is kilobytes long), and a cached result lives long.
 */
function flattenStrings(value: Pep508Requirement): Pep508Requirement {
	return {
		...value,
		name: copyString(value.name),
		rawName: copyString(value.rawName),
		specifier: copyString(value.specifier),
		extras: value.extras.map(copyString),
		marker: value.marker === null ? null : copyString(value.marker),
		url: value.url === null ? null : copyString(value.url),
	};
}

/**
 * Parses a standalone marker expression (what follows `;`) and returns packaging's
 * `str(Marker(...))` form. Never throws.
 */
export function parsePep508Marker(text: string): MarkerResult {
	// Locks repeat the same markers on every package: parse each text once (results are only strings).
	return parsedMarkers.get(text, parsePep508MarkerUncached);
}

type MarkerResult = { ok: true; value: string } | { ok: false; error: string };

const parsedMarkers = createBoundedCache<MarkerResult>(50_000);

function parsePep508MarkerUncached(text: string): MarkerResult {
	try {
		const tokenizer = new Tokenizer(text);
		const marker = parseMarker(tokenizer);
		tokenizer.expectEnd("the end of the marker expression");
		return { ok: true, value: formatMarker(normalizeExtraValues(marker)) };
	} catch (error) {
		if (error instanceof Pep508SyntaxError) {
			return { ok: false, error: error.message };
		}
		return {
			ok: false,
			error: `could not parse marker '${text}': ${String(error)}`,
		};
	}
}

class Pep508SyntaxError extends Error {}

// ---------------------------------------------------------------------------------------
// Tokenizer (packaging/_tokenizer.py)
// ---------------------------------------------------------------------------------------

// Python's `\s` for str patterns (str.isspace), which differs from JavaScript's `\s`.
const PY_SPACE =
	"\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

// packaging's Specifier._specifier_regex_str, split into its four alternatives. Python tries
// them in order and takes the first that matches, as the tokenizer anchors only the start.
const PRE = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
const POST = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
const DEV = "(?:[-_.]?dev[-_.]?[0-9]*)?";
const SPECIFIER_ALTERNATIVES: RegExp[] = [
	new RegExp(`===[${PY_SPACE}]*[^${PY_SPACE};)]*`, "y"),
	new RegExp(
		`(?:==|!=)[${PY_SPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?`,
		"iy",
	),
	// Not ASCII-only in packaging (no `(?a:)` here), so Unicode case folding applies.
	new RegExp(
		`~=[${PY_SPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV}`,
		"iuy",
	),
	new RegExp(
		`(?:<=|>=|<|>)[${PY_SPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV}`,
		"iy",
	),
];

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

type TokenName =
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

const SIMPLE_RULES: Record<
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

function matchSticky(
	regex: RegExp,
	source: string,
	position: number,
): string | null {
	regex.lastIndex = position;
	const match = regex.exec(source);
	return match === null ? null : match[0];
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

function matchToken(
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
			for (const regex of SPECIFIER_ALTERNATIVES) {
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

class Tokenizer {
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

// ---------------------------------------------------------------------------------------
// Parser (packaging/_parser.py)
// ---------------------------------------------------------------------------------------

type MarkerVar =
	| { kind: "variable"; value: string }
	| { kind: "value"; value: string };
type MarkerItem = {
	kind: "item";
	left: MarkerVar;
	op: string;
	right: MarkerVar;
};
type MarkerAtom = MarkerItem | MarkerList;
type MarkerList = Array<MarkerAtom | "and" | "or">;

function parseRequirement(tokenizer: Tokenizer): Pep508Requirement {
	// requirement = WS? IDENTIFIER WS? extras WS? requirement_details
	tokenizer.consumeWs();
	const rawName = tokenizer.take("IDENTIFIER");
	if (rawName === null) {
		tokenizer.fail("expected a package name at the start of the requirement");
	}
	tokenizer.consumeWs();
	const extras = parseExtras(tokenizer);
	tokenizer.consumeWs();
	const { url, specifier, marker } = parseRequirementDetails(tokenizer);
	tokenizer.expectEnd("the end of the requirement");
	// packaging builds SpecifierSet(text) after parsing, and a `===` clause runs over commas (`===1.0,=0.9.*`),
	// so the split clauses can still be invalid: InvalidSpecifier. The clauses inside a `===` version hold no
	// whitespace, so checking the stripped form is the same check (and stays linear on long whitespace runs).
	const formattedSpecifier = formatSpecifier(specifier);
	const specifierSet = parseSpecifierSet(formattedSpecifier);
	if (!specifierSet.ok) {
		throw new Pep508SyntaxError(
			`${specifierSet.error} in '${tokenizer.source}'`,
		);
	}

	const normalizedExtras: string[] = [];
	for (const extra of extras) {
		const normalized = normalizeName(extra);
		if (!normalizedExtras.includes(normalized)) {
			normalizedExtras.push(normalized);
		}
	}
	return {
		name: normalizeName(rawName),
		rawName,
		specifier: formattedSpecifier,
		extras: normalizedExtras,
		marker: marker === null ? null : formatMarker(normalizeExtraValues(marker)),
		url: url === "" ? null : url,
	};
}

function parseRequirementDetails(tokenizer: Tokenizer): {
	url: string;
	specifier: string;
	marker: MarkerList | null;
} {
	// requirement_details = AT URL (WS requirement_marker?)?
	//                     | specifier WS? (requirement_marker)?
	if (tokenizer.take("AT") !== null) {
		tokenizer.consumeWs();
		const urlStart = tokenizer.position;
		const url = tokenizer.expect("URL", "a URL after '@'");
		if (tokenizer.atEnd()) {
			return { url, specifier: "", marker: null };
		}
		// Unreachable in practice (URL eats everything up to a space); kept to mirror packaging.
		tokenizer.expect("WS", "whitespace after the URL");
		if (tokenizer.atEnd()) {
			return { url, specifier: "", marker: null };
		}
		if (!tokenizer.peek("SEMICOLON")) {
			if (url.includes(";")) {
				// PEP 508: the URL runs up to whitespace, so in `url;marker` the marker is part of it.
				tokenizer.fail(
					"a ';' after a URL needs whitespace before it (PEP 508): write 'URL ; marker'",
					urlStart,
				);
			}
			tokenizer.fail(
				"expected ';' and an environment marker after the URL, or the end of the requirement (a URL ends at the first whitespace)",
			);
		}
		return { url, specifier: "", marker: parseRequirementMarker(tokenizer) };
	}

	const specifier = parseSpecifier(tokenizer);
	tokenizer.consumeWs();
	if (tokenizer.atEnd()) {
		return { url: "", specifier, marker: null };
	}
	if (!tokenizer.peek("SEMICOLON")) {
		failAfterSpecifier(tokenizer, specifier);
	}
	return { url: "", specifier, marker: parseRequirementMarker(tokenizer) };
}

// packaging says "Expected semicolon ... or end"; explain the usual causes instead.
function failAfterSpecifier(tokenizer: Tokenizer, specifier: string): never {
	const clause = matchToken("SPECIFIER", tokenizer.source, tokenizer.position);
	if (clause !== null && specifier !== "") {
		tokenizer.fail(
			`expected ',' between version clauses before '${clause.trim()}'`,
		);
	}
	const op = matchSticky(SIMPLE_RULES.OP, tokenizer.source, tokenizer.position);
	if (op !== null) {
		const after = tokenizer.source
			.slice(tokenizer.position + op.length)
			.replace(/^[ \t]+/, "");
		const version = /^[^,;)\s]*/.exec(after)?.[0] ?? "";
		if (version === "") {
			tokenizer.fail(`expected a version after '${op}'`);
		}
		if (op === "~=" && /^v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(version)) {
			tokenizer.fail(
				`'~=' needs a version with at least two parts (like '~=1.0'), not '${version}'`,
			);
		}
		tokenizer.fail(`'${version}' is not a valid PEP 440 version for '${op}'`);
	}
	if (/^[=!<>~]/.test(tokenizer.source.slice(tokenizer.position))) {
		tokenizer.fail(
			"expected a version operator (one of ==, !=, <=, >=, <, >, ~=, ===)",
		);
	}
	if (specifier === "") {
		if (tokenizer.peek("LEFT_BRACKET")) {
			tokenizer.fail("extras in '[...]' must come right after the name");
		}
		tokenizer.fail(
			"expected a version specifier, '@ URL', ';' and a marker, or the end after the name",
		);
	}
	tokenizer.fail(
		"expected ',' between version clauses, or ';' before a marker, or the end",
	);
}

function parseRequirementMarker(tokenizer: Tokenizer): MarkerList {
	// requirement_marker = SEMICOLON marker WS?
	tokenizer.expect("SEMICOLON", "';'");
	const marker = parseMarker(tokenizer);
	tokenizer.consumeWs();
	return marker;
}

function parseExtras(tokenizer: Tokenizer): string[] {
	// extras = (LEFT_BRACKET wsp* extras_list? wsp* RIGHT_BRACKET)?
	const open = tokenizer.position;
	if (tokenizer.take("LEFT_BRACKET") === null) {
		return [];
	}
	tokenizer.consumeWs();
	const extras = parseExtrasList(tokenizer);
	tokenizer.consumeWs();
	if (tokenizer.take("RIGHT_BRACKET") === null) {
		tokenizer.fail(
			`expected ']' to close the extras opened at column ${open + 1}`,
		);
	}
	return extras;
}

function parseExtrasList(tokenizer: Tokenizer): string[] {
	// extras_list = identifier (wsp* ',' wsp* identifier)*
	const extras: string[] = [];
	const first = tokenizer.take("IDENTIFIER");
	if (first === null) {
		return extras;
	}
	extras.push(first);
	for (;;) {
		tokenizer.consumeWs();
		if (tokenizer.peek("IDENTIFIER")) {
			tokenizer.fail("expected a comma between extra names");
		}
		if (tokenizer.take("COMMA") === null) {
			break;
		}
		tokenizer.consumeWs();
		extras.push(tokenizer.expect("IDENTIFIER", "an extra name after ','"));
	}
	return extras;
}

function parseSpecifier(tokenizer: Tokenizer): string {
	// specifier = LEFT_PARENTHESIS WS? version_many WS? RIGHT_PARENTHESIS
	//           | WS? version_many WS?
	const open = tokenizer.position;
	const parenthesized = tokenizer.take("LEFT_PARENTHESIS") !== null;
	tokenizer.consumeWs();
	const specifier = parseVersionMany(tokenizer);
	tokenizer.consumeWs();
	if (parenthesized && tokenizer.take("RIGHT_PARENTHESIS") === null) {
		if (
			!tokenizer.atEnd() &&
			!tokenizer.peek("COMMA") &&
			!tokenizer.peek("SEMICOLON")
		) {
			failAfterSpecifier(tokenizer, specifier);
		}
		tokenizer.fail(
			`expected ')' to close the version specifier opened at column ${open + 1}`,
		);
	}
	return specifier;
}

function parseVersionMany(tokenizer: Tokenizer): string {
	// version_many = (SPECIFIER (WS? COMMA WS? SPECIFIER)*)?
	let specifier = "";
	for (;;) {
		const start = tokenizer.position;
		const clause = tokenizer.take("SPECIFIER");
		if (clause === null) {
			break;
		}
		specifier += clause;
		if (tokenizer.peek("VERSION_PREFIX_TRAIL")) {
			tokenizer.fail(
				`'.*' can only be used with '==' or '!=', not in '${clause.trim()}.*'`,
				start,
			);
		}
		if (tokenizer.peek("VERSION_LOCAL_LABEL_TRAIL")) {
			tokenizer.fail(
				"a local version label ('+...') can only be used with '==' or '!='",
				start,
			);
		}
		tokenizer.consumeWs();
		const comma = tokenizer.take("COMMA");
		if (comma === null) {
			break;
		}
		specifier += comma;
		tokenizer.consumeWs();
	}
	return specifier;
}

function parseMarker(tokenizer: Tokenizer): MarkerList {
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

// ---------------------------------------------------------------------------------------
// Normal forms (packaging/markers.py, packaging/specifiers.py)
// ---------------------------------------------------------------------------------------

// str(Specifier) is operator + stripped version; SpecifierSet drops empty clauses.
function formatSpecifier(specifier: string): string {
	return specifier
		.split(",")
		.map(pyStrip)
		.filter((clause) => clause !== "")
		.map((clause) => {
			const op = /^(===|~=|==|!=|<=|>=|<|>)/.exec(clause)?.[0] ?? "";
			return op + pyStrip(clause.slice(op.length));
		})
		.join(",");
}

// Python's str.strip(), whose whitespace differs from String.prototype.trim's (U+001C, U+0085, U+FEFF).
// A loop, not `/\s+$/`: that regex is quadratic on a long run of inner whitespace.
const PY_SPACE_CHAR = new RegExp(`^[${PY_SPACE}]$`);

function pyStrip(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && PY_SPACE_CHAR.test(text[start] as string)) start++;
	while (end > start && PY_SPACE_CHAR.test(text[end - 1] as string)) end--;
	return text.slice(start, end);
}

// PEP 685: `extra == "Foo_Bar"` compares normalized names, and packaging stores them so.
function normalizeExtraValues(markers: MarkerList): MarkerList {
	return markers.map((atom) => {
		if (typeof atom === "string" || Array.isArray(atom)) {
			return atom;
		}
		let { left, right } = atom;
		if (left.kind === "variable" && left.value === "extra") {
			right = { kind: "value", value: normalizeName(right.value) };
		} else if (right.kind === "variable" && right.value === "extra") {
			left = { kind: "value", value: normalizeName(left.value) };
		}
		return { ...atom, left, right };
	});
}

function serializeVar(variable: MarkerVar): string {
	return variable.kind === "variable" ? variable.value : `"${variable.value}"`;
}

// packaging's _format_marker, including its unwrapping of single-element groups.
function formatMarker(marker: MarkerAtom | "and" | "or", first = true): string {
	if (typeof marker === "string") {
		return marker;
	}
	if (!Array.isArray(marker)) {
		return `${serializeVar(marker.left)} ${marker.op} ${serializeVar(marker.right)}`;
	}
	const only = marker[0];
	if (marker.length === 1 && only !== undefined && typeof only !== "string") {
		return formatMarker(only);
	}
	const inner = marker.map((item) => formatMarker(item, false)).join(" ");
	return first ? inner : `(${inner})`;
}
