import { normalizeName } from "../model/normalize-name.js";
import type { Finding } from "../model/types.js";

// A finding's `suggestion` is a requirement (`httpx==0.27.2`); a reviewer's fix is a whole line of the file. This
// module places the suggested requirement on the line it replaces, keeping everything around it (indentation,
// quotes, a trailing comma, a comment), and refuses whenever it cannot be sure the result is the same line with
// only the requirement changed. Pure: the caller reads the file.

export interface LineFix {
	/** The line as it is (no line ending). */
	before: string;
	/** The whole replacement line. */
	after: string;
}

/**
 * The whole-line fix for `finding`, given the lines of its file, or null when there is none to offer: no
 * suggestion, no line, a requirement that spans lines or carries `--hash` (a new version would not match the
 * hashes), or a line where the package's requirement is not found exactly once.
 */
export function planLineFix(
	finding: Finding,
	lines: readonly string[],
): LineFix | null {
	const { suggestion, line, file, package: pkg } = finding;
	if (!suggestion || !line || !file || !pkg) return null;
	if (/[\r\n]/.test(suggestion)) return null;
	const before = lines[line - 1];
	if (before === undefined) return null;
	const after = file.endsWith(".toml")
		? replaceInTomlLine(before, pkg, suggestion)
		: replaceInRequirementsLine(before, lines[line], pkg, suggestion);
	if (after === null || after === before) return null;
	return { before, after };
}

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

function namesPackage(text: string, pkg: string): boolean {
	const match = NAME.exec(text);
	return match !== null && normalizeName(match[1] as string) === pkg;
}

/**
 * pip: a requirement line is the requirement, then options (`--hash`, ...), then a comment (`#` at the start or
 * after whitespace); a trailing backslash continues the line.
 */
function replaceInRequirementsLine(
	line: string,
	next: string | undefined,
	pkg: string,
	suggestion: string,
): string | null {
	if (/(^|\s)--hash[=\s]/.test(line)) return null;
	const continued = /\\\s*$/.test(line);
	// A continuation that is not an option would make the next line part of the requirement.
	if (continued && (next === undefined || !/^\s*-/.test(next))) return null;
	if (continued && /(^|\s)--hash[=\s]/.test(next ?? "")) return null;
	const indent = /^\s*/.exec(line)?.[0] ?? "";
	const rest = line.slice(indent.length);
	const end = rest.search(/\s+(#|-{1,2}[A-Za-z]|\\\s*$)|\\\s*$/);
	const requirement = end === -1 ? rest : rest.slice(0, end);
	if (requirement === "" || requirement.startsWith("-")) return null;
	if (!namesPackage(requirement, pkg) || /:\/\/|\s@\s/.test(requirement))
		return null;
	return `${indent}${suggestion}${end === -1 ? "" : rest.slice(end)}`;
}

const TOML_STRING = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/g;

/** TOML: the one string literal on the line whose requirement names the package (PEP 621, PEP 735, uv). */
function replaceInTomlLine(
	line: string,
	pkg: string,
	suggestion: string,
): string | null {
	const matches = [...line.matchAll(TOML_STRING)].filter((m) => {
		const value = decodeTomlString(m[0]);
		return value !== null && namesPackage(value, pkg) && !value.includes("@");
	});
	if (matches.length !== 1) return null;
	const match = matches[0] as RegExpMatchArray;
	const start = match.index as number;
	const literal = match[0];
	const encoded =
		literal.startsWith("'") && !suggestion.includes("'")
			? `'${suggestion}'`
			: `"${suggestion.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
	// Before the match, a `#` outside a string means the match is inside a comment.
	if (line.slice(0, start).replace(TOML_STRING, "").includes("#")) return null;
	return `${line.slice(0, start)}${encoded}${line.slice(start + literal.length)}`;
}

/** A TOML string's value; null for escapes other than \" and \\ (rare in requirements; not worth guessing). */
function decodeTomlString(literal: string): string | null {
	if (literal.startsWith("'")) return literal.slice(1, -1);
	const body = literal.slice(1, -1);
	if (/\\[^"\\]/.test(body)) return null;
	return body.replace(/\\(["\\])/g, "$1");
}
