// pip's physical-line reader for requirements files (req_file.py: preprocess, join_lines, ignore_comments,
// expand_env_variables), with scanners instead of regexes: a pull request controls this text, and pip's
// COMMENT_RE `(^|\s+)#.*$` backtracks quadratically on a long run of whitespace in JavaScript.

import type { Diagnostic } from "../../model/types.js";

export interface LogicalLine {
	/** 1-based number of the physical line it starts on. */
	number: number;
	text: string;
}

/** Python's str.isspace() for one UTF-16 code unit (all of them are in the BMP). */
export function isPythonSpace(c: number): boolean {
	if (c <= 32)
		return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
	return (
		c === 0x85 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

/** Python's str.splitlines() line boundaries (\r\n counts as one). */
function isPythonLineBreak(c: number): boolean {
	return (
		c === 0x0a ||
		c === 0x0d ||
		c === 0x0b ||
		c === 0x0c ||
		c === 0x1c ||
		c === 0x1d ||
		c === 0x1e ||
		c === 0x85 ||
		c === 0x2028 ||
		c === 0x2029
	);
}

/** Every line boundary of str.splitlines() but `\n`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
const OTHER_LINE_BREAK = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** Python's str.splitlines(): these are all line boundaries, and no empty last line. */
export function splitPythonLines(text: string): string[] {
	if (!OTHER_LINE_BREAK.test(text)) {
		// The usual file: `\n` only. The native split is several times faster than the loop below.
		const lines = text.split("\n");
		if (lines[lines.length - 1] === "") lines.pop();
		return lines;
	}
	const lines: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!isPythonLineBreak(c)) continue;
		lines.push(text.slice(start, i));
		if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
		start = i + 1;
	}
	if (start < text.length) lines.push(text.slice(start));
	return lines;
}

/** Python's str.strip(): a loop, not a regex, as it runs on every line of every file. */
export function stripPython(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && isPythonSpace(text.charCodeAt(start))) start++;
	while (end > start && isPythonSpace(text.charCodeAt(end - 1))) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * pip's COMMENT_RE `(^|\s+)#.*$` removed, in one pass: a `#` starts a comment only at the line start or after
 * whitespace, and the whitespace before it goes too.
 */
export function stripComment(text: string): string {
	let at = text.indexOf("#");
	while (at !== -1) {
		if (at === 0) return "";
		if (isPythonSpace(text.charCodeAt(at - 1))) {
			let start = at - 1;
			while (start > 0 && isPythonSpace(text.charCodeAt(start - 1))) start--;
			return text.slice(0, start);
		}
		at = text.indexOf("#", at + 1);
	}
	return text;
}

/** COMMENT_AT_START_RE without the regex: optional whitespace, then `#`. */
function isCommentLine(text: string): boolean {
	let i = 0;
	while (i < text.length && isPythonSpace(text.charCodeAt(i))) i++;
	return text.charCodeAt(i) === 35;
}

/** `text.replace(/^\\+|\\+$/g, "")`: pip strips backslashes from both ends of a continued line. */
function stripBackslashes(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && text.charCodeAt(start) === 92) start++;
	while (end > start && text.charCodeAt(end - 1) === 92) end--;
	return text.slice(start, end);
}

/**
 * pip's preprocess(): split, join continuations, drop comments and blank lines, expand `${VARS}`. `text` is the
 * decoded file (see decode-requirements.ts); a UTF-8 byte order mark left in it is dropped as auto_decode does.
 */
export function* readLogicalLines(
	text: string | readonly string[],
	env: Readonly<Record<string, string | undefined>>,
	diagnostics: Diagnostic[],
): Generator<LogicalLine> {
	for (const joined of joinLines(splitPieces(text))) {
		const line = stripPython(stripComment(joined.text));
		if (line === "") continue;
		yield {
			number: joined.number,
			text: line.includes("${")
				? expandEnvVariables(line, joined.number, env, diagnostics)
				: line,
		};
	}
}

/** The lines of the text, or of its pieces (each ends at a line break: decode-pieces.ts), without a leading BOM. */
function splitPieces(text: string | readonly string[]): string[] {
	const pieces = typeof text === "string" ? [text] : text;
	const first = pieces[0] ?? "";
	const lines = splitPythonLines(
		first.startsWith("\ufeff") ? first.slice(1) : first,
	);
	for (let i = 1; i < pieces.length; i++)
		for (const line of splitPythonLines(pieces[i] as string)) lines.push(line);
	return lines;
}

// pip's join_lines: a line ending in `\` joins the next one (not after a comment line); the
// joined line keeps the number of its first line; `\` are stripped from both ends of each part.
function* joinLines(lines: string[]): Generator<LogicalLine> {
	let primary = 0;
	let parts: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		const raw = lines[index] as string;
		const number = index + 1;
		const isComment = isCommentLine(raw);
		if (!raw.endsWith("\\") || isComment) {
			// A comment line ends the continuation; the space makes sure it is still stripped.
			const line = isComment ? ` ${raw}` : raw;
			if (parts.length > 0) {
				parts.push(line);
				yield { number: primary, text: parts.join("") };
				parts = [];
			} else {
				yield { number, text: line };
			}
		} else {
			if (parts.length === 0) {
				primary = number;
			}
			parts.push(stripBackslashes(raw));
		}
	}
	// A continuation on the last line.
	if (parts.length > 0) {
		yield { number: primary, text: parts.join("") };
	}
}

// pip: only `${NAME}` with upper-case letters, digits and `_` is expanded (POSIX names).
const ENV_VAR_RE = /\$\{([A-Z0-9_]+)\}/g;

function expandEnvVariables(
	line: string,
	number: number,
	env: Readonly<Record<string, string | undefined>>,
	diagnostics: Diagnostic[],
): string {
	let expanded = line;
	for (const match of line.matchAll(ENV_VAR_RE)) {
		const [variable, name] = match as unknown as [string, string];
		const value = env[name];
		// pip: an unset or empty variable is left as written.
		if (!value) {
			diagnostics.push({
				severity: "warning",
				line: number,
				message: `environment variable ${name} is not set, so pip would keep '${variable}' as written`,
			});
			continue;
		}
		expanded = expanded.split(variable).join(value);
	}
	return expanded;
}
