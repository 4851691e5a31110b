// PEP 508 dependency specifiers, parsed exactly as packaging 26.2's `Requirement` does.
//
// This is a port of packaging's hand-written tokenizer and recursive-descent parser
// (packaging/_tokenizer.py, packaging/_parser.py) rather than an adapter over
// pip-requirements-js: that grammar disagrees with packaging in both directions
// (it rejects `===`, `os.name`, `python_implementation`, `extras`, a URL followed by
// ` ; marker`, `\u` escapes in marker strings, names ending in `_`; it accepts
// `>=1.0.*` and `>=1.0+local`), so patching it would never be exact.

import { copyString, createBoundedCache } from "../model/bounded-cache.js";
import { parseMarker } from "./pep508/marker-grammar.js";
import { formatMarker, normalizeExtraValues } from "./pep508/normal-forms.js";
import {
	type Pep508Requirement,
	parseRequirement,
} from "./pep508/requirement-grammar.js";
import { Pep508SyntaxError, Tokenizer } from "./pep508/tokenizer.js";

export type { Pep508Requirement } from "./pep508/requirement-grammar.js";

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
