// Where, on one physical line, the version specifier of a requirement is written: the only bytes `pin-audit fix`
// replaces. Everything around it (name as spelled, extras, marker, comment, `--hash` options, continuation
// backslash, quotes, line ending) stays as it was. Pure; a line it cannot read with certainty is refused with a
// reason, never guessed at.
import { normalizeName } from "../model/normalize-name.js";
import { parsePep508 } from "../parse/pep508.js";

/** A span of one physical line: `[start, end)`, in UTF-16 code units. */
export interface Span {
	start: number;
	end: number;
}

export type Located = { ok: true; span: Span } | { ok: false; reason: string };

/** What the suggested line must keep, to pick the right requirement where one line holds several. */
export interface Target {
	/** PEP 503 normalized. */
	name: string;
	/** packaging's normalized marker text of the suggestion, null when it has none. */
	marker: string | null;
}

// Python's str.isspace() characters that can appear inside a line (pip strips and splits on them).
const SPACE_CHARS =
	"\\t \\v\\f\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff";
const SPACE = new RegExp(`[${SPACE_CHARS}]`);
// PEP 508: a name starts and ends with a letter or digit.
const NAME_AND_EXTRAS =
	/^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)([\t ]*\[[^\]\n]*\])?/;

/**
 * The specifier span of a PEP 508 requirement starting at `from` in `text` (a requirements line, or a TOML
 * string's content): after the name and extras, up to the marker (`;`), a comment (` #`), an option (` --hash`),
 * a continuation backslash or the end. An empty span (a bare name) sits right after the name and extras.
 */
export function locatePep508Specifier(
	text: string,
	from: number,
	name: string,
): Located {
	let start = from;
	while (start < text.length && SPACE.test(text[start] as string)) start++;
	const head = NAME_AND_EXTRAS.exec(text.slice(start));
	if (head === null || normalizeName(head[1] as string) !== name)
		return { ok: false, reason: `the line does not start with \`${name}\`` };
	const afterHead = start + head[0].length;
	let end = afterHead;
	for (; end < text.length; end++) {
		const ch = text[end] as string;
		const spaced = end > afterHead && SPACE.test(text[end - 1] as string);
		if (ch === ";" || ch === "\\") break;
		// pip: `#` starts a comment at line start or after whitespace; an option follows whitespace.
		if ((ch === "#" || ch === "-") && spaced) break;
	}
	let specifierStart = afterHead;
	while (specifierStart < end && SPACE.test(text[specifierStart] as string))
		specifierStart++;
	while (end > specifierStart && SPACE.test(text[end - 1] as string)) end--;
	const written = text.slice(specifierStart, end);
	if (written.startsWith("@"))
		return { ok: false, reason: "the requirement is a direct reference" };
	if (written.includes("$"))
		return {
			ok: false,
			reason: "the specifier uses an environment variable",
		};
	if (written === "")
		return { ok: true, span: { start: afterHead, end: afterHead } };
	return { ok: true, span: { start: specifierStart, end } };
}

/**
 * The specifier span of `target` on a requirements-file line (pip's format). A specifier continued on the next
 * line is caught by the re-parse check (fix-file.ts), which compares what pip would read before and after.
 */
export function locateInRequirementsLine(
	line: string,
	target: Target,
): Located {
	return locatePep508Specifier(line, 0, target.name);
}

interface TomlString {
	/** Content span (inside the quotes). */
	start: number;
	end: number;
}

/** Single-line TOML strings on the line, outside comments; null when the line has one the fixer will not touch. */
function listTomlStrings(line: string): TomlString[] | null {
	const strings: TomlString[] = [];
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (ch === "#") break;
		if (ch !== '"' && ch !== "'") continue;
		// Multi-line strings and escapes make the content differ from the bytes: not edited.
		if (line.startsWith(ch.repeat(3), i)) return null;
		const close = line.indexOf(ch, i + 1);
		if (close < 0) return null;
		if (ch === '"' && line.slice(i + 1, close).includes("\\")) return null;
		strings.push({ start: i + 1, end: close });
		i = close;
	}
	return strings;
}

/** The specifier span of `target` in a PEP 508 string on a pyproject.toml line (`"mcp>=1.2",`). */
export function locateInPep508TomlLine(line: string, target: Target): Located {
	const strings = listTomlStrings(line);
	if (strings === null)
		return {
			ok: false,
			reason: "the line has a multi-line or escaped string",
		};
	const matches = strings.filter((s) => {
		const parsed = parsePep508(line.slice(s.start, s.end));
		return (
			parsed.ok &&
			normalizeName(parsed.value.name) === target.name &&
			parsed.value.marker === target.marker
		);
	});
	const only = matches[0];
	if (only === undefined || matches.length > 1)
		return {
			ok: false,
			reason:
				matches.length > 1
					? `the line has ${matches.length} requirements on \`${target.name}\``
					: `no requirement on \`${target.name}\` with the same marker on the line`,
		};
	const located = locatePep508Specifier(
		line.slice(0, only.end),
		only.start,
		target.name,
	);
	return located;
}

/**
 * The version string of a Poetry dependency line: `name = "^1.2"` or `name = { version = "^1.2", ... }`. The
 * whole string is the span (Poetry reads PEP 440 specifiers such as `==1.2.3` or `>=1.2,<2` as they are).
 */
export function locateInPoetryLine(line: string, target: Target): Located {
	const key = /^\s*(["']?)([A-Za-z0-9._-]+)\1\s*=\s*/.exec(line);
	if (key === null || normalizeName(key[2] as string) !== target.name)
		return {
			ok: false,
			reason: `the line does not declare \`${target.name}\``,
		};
	const strings = listTomlStrings(line);
	if (strings === null)
		return {
			ok: false,
			reason: "the line has a multi-line or escaped string",
		};
	const rest = line.slice(key[0].length);
	if (rest.startsWith('"') || rest.startsWith("'")) {
		const first = strings.find((s) => s.start === key[0].length + 1);
		return first === undefined
			? { ok: false, reason: "unreadable version string" }
			: { ok: true, span: { start: first.start, end: first.end } };
	}
	if (!rest.startsWith("{"))
		return {
			ok: false,
			reason: "the dependency is not a version string or an inline table",
		};
	const versions = [...line.matchAll(/\bversion\s*=\s*["']/g)];
	const match = versions[0];
	if (match === undefined || versions.length > 1)
		return {
			ok: false,
			reason:
				versions.length > 1
					? "the line has several version constraints"
					: "the inline table has no `version`",
		};
	const quote = (match.index ?? 0) + match[0].length;
	const string = strings.find((s) => s.start === quote);
	return string === undefined
		? { ok: false, reason: "unreadable version string" }
		: { ok: true, span: { start: string.start, end: string.end } };
}
