// Everything a report shows comes from the audited repository, which a pull request author controls: a name,
// path, marker, URL or comment must render as the literal text, never as markup.

const ZWSP = "&#8203;";
// GFM: any ASCII punctuation may be backslash-escaped; these are the ones that start markup.
const MARKUP = new Set([
	"\\",
	"`",
	"*",
	"_",
	"{",
	"}",
	"[",
	"]",
	"(",
	")",
	"<",
	">",
	"!",
	"|",
	"~",
	"&",
	"$",
]);

/**
 * Text for GitHub-flavoured markdown (prose or a table cell) that renders literally: no HTML, links, images,
 * emphasis, @-mentions, issue references, autolinks or table breaks; always one line.
 */
export function escapeMarkdown(text: string): string {
	let out = "";
	for (const c of oneLine(text)) {
		if (MARKUP.has(c)) out += `\\${c}`;
		// A zero-width space stops GitHub from turning @name into a mention and #1 into a reference.
		else if (c === "@" || c === "#") out += `${c}${ZWSP}`;
		else out += c;
	}
	return breakAutolinks(out);
}

// GFM autolinks need `://` or `www.` unbroken; GitHub also links them in the text of raw HTML.
function breakAutolinks(text: string): string {
	return text
		.replace(/:\/\//g, `:${ZWSP}//`)
		.replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * A message of ours, whose `backticked` parts are values (names, specifiers, paths) from the repository: those
 * parts become code spans, the rest is escaped prose. Both render literally, so a value that holds backticks
 * itself can only spoil the formatting, never inject markup; with an odd number of backticks the whole message
 * is escaped prose.
 */
export function escapeMarkdownWithCode(text: string): string {
	const parts = oneLine(text).split("`");
	if (parts.length % 2 === 0) return escapeMarkdown(text);
	return parts
		.map((part, i) => (i % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)))
		.join("");
}

/** An inline code span holding `text` literally, safe inside a table cell. */
export function codeSpan(text: string): string {
	const value = oneLine(text).replace(/\|/g, "\\|");
	const longestRun = Math.max(
		0,
		...(value.match(/`+/g) ?? []).map((run) => run.length),
	);
	const fence = "`".repeat(longestRun + 1);
	const pad =
		value.startsWith("`") || value.endsWith("`") || value === "" ? " " : "";
	return `${fence}${pad}${value}${pad}${fence}`;
}

/** Line breaks, with the whitespace around them, become one space (a scan: `\s*[\r\n]+\s*` is quadratic). */
function oneLine(text: string): string {
	const clean = stripControls(text);
	if (!clean.includes("\n") && !clean.includes("\r")) return clean;
	let out = "";
	let i = 0;
	while (i < clean.length) {
		const c = clean[i] as string;
		if (!/\s/.test(c)) {
			out += c;
			i++;
			continue;
		}
		let j = i;
		let hasBreak = false;
		while (j < clean.length && /\s/.test(clean[j] as string)) {
			if (clean[j] === "\n" || clean[j] === "\r") hasBreak = true;
			j++;
		}
		out += hasBreak ? " " : clean.slice(i, j);
		i = j;
	}
	return out;
}

/** Text for a terminal or a log: control characters (ANSI escapes, bidi overrides) are shown, not obeyed. */
export function stripControls(text: string): string {
	let out = "";
	for (const c of text) {
		const code = c.codePointAt(0) as number;
		out += isControl(code) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
	}
	return out;
}

// C0 and C1 controls except tab and line ends, DEL, and the bidi overrides/isolates ("Trojan Source").
function isControl(code: number): boolean {
	if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
	return (
		code < 0x20 ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069)
	);
}

/** Text inside an HTML element of the markdown (e.g. `<summary>`), rendered literally. */
export function escapeHtml(text: string): string {
	let out = "";
	for (const c of oneLine(text))
		out += HTML_ENTITIES[c] ?? (c === "@" || c === "#" ? `${c}${ZWSP}` : c);
	return breakAutolinks(out);
}

const HTML_ENTITIES: Record<string, string> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&#39;",
};

/**
 * A value (path, name) on a line of text output: controls shown, not obeyed, and a line break shown as `\n`, so
 * that a value can never start a line of its own.
 */
export function escapeTextValue(text: string): string {
	const clean = stripControls(text);
	if (!/[\r\n\u2028\u2029]/.test(clean)) return clean;
	return clean
		.replaceAll("\r", "\\r")
		.replaceAll("\n", "\\n")
		.replaceAll("\u2028", "\\u2028")
		.replaceAll("\u2029", "\\u2029");
}

/**
 * Whole text output that a workflow step may print: a line starting (after blanks) with `::`, or holding `##[`,
 * is a command to the runner (`::add-mask::`, `::error::`, `::stop-commands::`); a zero-width space between the
 * two characters keeps the text readable and the runner deaf to it.
 */
export function neutralizeWorkflowCommands(text: string): string {
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i] as string;
		const start = line.length - line.trimStart().length;
		if (line.startsWith("::", start))
			line = `${line.slice(0, start)}:\u200b${line.slice(start + 1)}`;
		if (line.includes("##[")) line = line.replaceAll("##[", "##\u200b[");
		lines[i] = line;
	}
	return lines.join("\n");
}
