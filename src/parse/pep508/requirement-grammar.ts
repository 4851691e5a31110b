// The requirement half of packaging's PEP 508 parser (packaging/_parser.py: requirement,
// requirement_details, extras, specifier, version_many), with clearer messages where packaging's are terse.

import { normalizeName } from "../../model/normalize-name.js";
import { parseSpecifierSet } from "../../pep440/specifier-set.js";
import { type MarkerList, parseMarker } from "./marker-grammar.js";
import {
	formatMarker,
	formatSpecifier,
	normalizeExtraValues,
} from "./normal-forms.js";
import {
	matchSticky,
	matchToken,
	Pep508SyntaxError,
	SIMPLE_RULES,
	type Tokenizer,
} from "./tokenizer.js";

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

export function parseRequirement(tokenizer: Tokenizer): Pep508Requirement {
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
	// A clause written twice is kept once (SpecifierSet is a set; formatSpecifier dedupes the formatted
	// clauses too), so a line of a million repeated clauses builds one short string, not a million-piece rope.
	const clauses: string[] = [];
	const seen = new Set<string>();
	for (;;) {
		const start = tokenizer.position;
		const clause = tokenizer.take("SPECIFIER");
		if (clause === null) {
			break;
		}
		if (!seen.has(clause)) {
			seen.add(clause);
			clauses.push(clause);
		}
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
		if (tokenizer.take("COMMA") === null) {
			break;
		}
		tokenizer.consumeWs();
	}
	return clauses.join(",");
}
