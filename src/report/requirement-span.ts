// Where on its line a requirement is written, so that a fix can replace exactly that text (SARIF `fixes`).
// Only where the replacement is certain: a whole requirement on one line of a requirements file, or one PEP 508
// string of a pyproject.toml array. Anything else (a continued or hashed line, options, a Poetry table, a
// string with escapes) gets no span, and the finding keeps its suggestion as text only.
import type { FileKind } from "../model/types.js";
import { parsePep508 } from "../parse/pep508.js";

/** Columns are 1-based UTF-16 code units (SARIF's default `columnKind`); `endColumn` is one past the end. */
export interface RequirementSpan {
	startColumn: number;
	endColumn: number;
	/** The text now between the columns. */
	current: string;
	/** The suggestion as it must be written there (escaped for a TOML basic string). */
	replacement: string;
}

export function findRequirementSpan(
	kind: FileKind,
	lines: readonly string[],
	line: number,
	packageName: string,
	suggestion: string,
): RequirementSpan | null {
	const text = lines[line - 1];
	if (text === undefined || !namesPackage(suggestion, packageName)) return null;
	if (kind === "requirements") {
		const previous = lines[line - 2];
		if (previous !== undefined && continues(previous)) return null;
		return requirementsLineSpan(text, packageName, suggestion);
	}
	if (kind === "pyproject")
		return pyprojectStringSpan(text, packageName, suggestion);
	return null;
}

function namesPackage(text: string, packageName: string): boolean {
	const parsed = parsePep508(text);
	return parsed.ok && parsed.value.name === packageName;
}

// pip: a line ending in a backslash joins the next one.
function continues(text: string): boolean {
	return /\\\r?$/.test(text);
}

function requirementsLineSpan(
	text: string,
	packageName: string,
	suggestion: string,
): RequirementSpan | null {
	if (continues(text)) return null;
	// pip: `#` starts a comment at the line's start or after whitespace.
	const comment = text.search(/(^|\s)#/);
	const body = comment < 0 ? text : text.slice(0, comment);
	const start = body.search(/\S/);
	if (start < 0) return null;
	const requirement = body.slice(start).trimEnd();
	// Options (`--hash`, `-e`, ...) belong to the line, not the requirement: a new version needs new hashes.
	if (requirement.startsWith("-") || /\s-/.test(requirement)) return null;
	if (!namesPackage(requirement, packageName)) return null;
	return {
		startColumn: start + 1,
		endColumn: start + requirement.length + 1,
		current: requirement,
		replacement: suggestion,
	};
}

/** The single TOML string on the line that holds a PEP 508 requirement on the package. */
function pyprojectStringSpan(
	text: string,
	packageName: string,
	suggestion: string,
): RequirementSpan | null {
	const found: RequirementSpan[] = [];
	for (const literal of listTomlStrings(text)) {
		if (literal.content === null) continue;
		if (!namesPackage(literal.content, packageName)) continue;
		const replacement =
			literal.quote === '"'
				? suggestion.replace(/[\\"]/g, (c) => `\\${c}`)
				: suggestion;
		if (literal.quote === "'" && suggestion.includes("'")) continue;
		found.push({
			startColumn: literal.start + 1,
			endColumn: literal.start + literal.content.length + 1,
			current: literal.content,
			replacement,
		});
	}
	return found.length === 1 ? (found[0] ?? null) : null;
}

interface TomlString {
	quote: '"' | "'";
	/** Index of the first character after the opening quote. */
	start: number;
	/** The raw text between the quotes; null when it has escapes (its value is not its text). */
	content: string | null;
}

/** The one-line strings of a TOML line, up to a comment; a line with a multi-line string delimiter has none. */
function listTomlStrings(text: string): TomlString[] {
	if (text.includes('"""') || text.includes("'''")) return [];
	const strings: TomlString[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (c === "#") break;
		if (c !== '"' && c !== "'") {
			i += 1;
			continue;
		}
		const start = i + 1;
		let j = start;
		let escaped = false;
		while (j < text.length && text[j] !== c) {
			if (c === '"' && text[j] === "\\") {
				escaped = true;
				j += 1;
			}
			j += 1;
		}
		if (j >= text.length) return strings;
		strings.push({
			quote: c,
			start,
			content: escaped ? null : text.slice(start, j),
		});
		i = j + 1;
	}
	return strings;
}
