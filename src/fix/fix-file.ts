// Applies specifier replacements to one file's text, then proves them: the file is parsed again with the same
// parser the audit uses, and every requirement must read exactly as before except the edited ones, whose
// specifier must now be the suggested one. An edit that fails the proof is refused, never written. Pure.
import type { Requirement } from "../model/types.js";
import { parsePyproject } from "../parse/pyproject.js";
import { parseRequirementsTxt } from "../parse/requirements-txt.js";
import { parseSpecifierSet, subset } from "../pep440/specifier-set.js";
import {
	type Located,
	locateInPep508TomlLine,
	locateInPoetryLine,
	locateInRequirementsLine,
	type Target,
} from "./locate-specifier.js";

export type EditableKind = "requirements" | "pyproject";

export interface LineEdit {
	/** 1-based physical line. */
	line: number;
	target: Target;
	/** Poetry tables hold a bare constraint; everything else a PEP 508 string. */
	syntax: "pep508" | "poetry";
	/** The specifier to write, e.g. `==1.23.3`. */
	specifier: string;
}

export interface RefusedEdit {
	edit: LineEdit;
	reason: string;
}

export interface FileFix {
	text: string;
	applied: LineEdit[];
	refused: RefusedEdit[];
}

export interface PhysicalLine {
	content: string;
	/** The line break as written ("" on a last line without one). */
	ending: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's str.splitlines() splits on these (pip's numbering).
const PYTHON_BREAKS = /(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])/;
// TOML: a newline is LF or CRLF.
const TOML_BREAKS = /(\r\n|\n)/;

/** The file's physical lines with their endings, numbered the way its parser numbers them. */
export function splitPhysicalLines(
	text: string,
	kind: EditableKind,
): PhysicalLine[] {
	const parts = text.split(
		kind === "requirements" ? PYTHON_BREAKS : TOML_BREAKS,
	);
	const lines: PhysicalLine[] = [];
	for (let i = 0; i < parts.length; i += 2)
		lines.push({ content: parts[i] as string, ending: parts[i + 1] ?? "" });
	if (lines.length > 1 && lines.at(-1)?.content === "") lines.pop();
	return lines;
}

export function joinPhysicalLines(lines: readonly PhysicalLine[]): string {
	return lines.map((l) => l.content + l.ending).join("");
}

/** Applies the edits that can be proven, one by one, and refuses the rest. */
export function fixFileText(
	text: string,
	path: string,
	kind: EditableKind,
	edits: readonly LineEdit[],
): FileFix {
	let current = text;
	const applied: LineEdit[] = [];
	const refused: RefusedEdit[] = [];
	for (const edit of edits) {
		const lines = splitPhysicalLines(current, kind);
		const physical = lines[edit.line - 1];
		if (physical === undefined) {
			refused.push({ edit, reason: `the file has no line ${edit.line}` });
			continue;
		}
		const located = locate(physical.content, kind, edit);
		if (!located.ok) {
			refused.push({ edit, reason: located.reason });
			continue;
		}
		const { start, end } = located.span;
		const content =
			physical.content.slice(0, start) +
			edit.specifier +
			physical.content.slice(end);
		const next = joinPhysicalLines(
			lines.map((l, i) => (i === edit.line - 1 ? { ...l, content } : l)),
		);
		const problem = proveEdit(current, next, path, kind, edit);
		if (problem !== null) {
			refused.push({ edit, reason: problem });
			continue;
		}
		current = next;
		applied.push(edit);
	}
	return { text: current, applied, refused };
}

function locate(content: string, kind: EditableKind, edit: LineEdit): Located {
	if (kind === "requirements")
		return locateInRequirementsLine(content, edit.target);
	return edit.syntax === "poetry"
		? locateInPoetryLine(content, edit.target)
		: locateInPep508TomlLine(content, edit.target);
}

function readRequirements(
	text: string,
	path: string,
	kind: EditableKind,
): { requirements: Requirement[]; problems: number } {
	const parsed =
		kind === "requirements"
			? parseRequirementsTxt(text, path)
			: parsePyproject(text, path);
	return {
		requirements: parsed.value.requirements,
		problems: parsed.diagnostics.filter((d) => d.severity !== "notice").length,
	};
}

/** Null when `after` reads like `before` except the edited requirement's specifier, now the suggested one. */
function proveEdit(
	before: string,
	after: string,
	path: string,
	kind: EditableKind,
	edit: LineEdit,
): string | null {
	const old = readRequirements(before, path, kind);
	const now = readRequirements(after, path, kind);
	if (now.problems > old.problems)
		return "the edited line would no longer parse";
	if (now.requirements.length !== old.requirements.length)
		return "the edit would change how many requirements the file declares";
	let edited = 0;
	for (const [i, was] of old.requirements.entries()) {
		const is = now.requirements[i] as Requirement;
		const target = was.line === edit.line && was.name === edit.target.name;
		if (!target) {
			if (JSON.stringify(was) !== JSON.stringify(is))
				return "the edit would change another requirement";
			continue;
		}
		edited++;
		const { specifier: _was, ...wasRest } = was;
		const { specifier: _is, ...isRest } = is;
		if (JSON.stringify(wasRest) !== JSON.stringify(isRest))
			return "the edit would change more than the version specifier";
		// PEP 508 lines are read by the same parser as the suggestion (same text); Poetry's are translated.
		const same =
			edit.syntax === "poetry"
				? sameSpecifier(is.specifier, edit.specifier)
				: is.specifier === edit.specifier;
		if (!same)
			return `the line would read \`${is.specifier}\`, not \`${edit.specifier}\``;
	}
	return edited === 0 ? "no requirement on this line to edit" : null;
}

/** Equal as sets of versions (Poetry's `^1.2` is read as `>=1.2,<2.0`). */
function sameSpecifier(a: string, b: string): boolean {
	const left = parseSpecifierSet(a);
	const right = parseSpecifierSet(b);
	if (!left.ok || !right.ok) return a === b;
	try {
		return (
			subset(left.value.set, right.value.set).ok &&
			subset(right.value.set, left.value.set).ok
		);
	} catch {
		return a === b;
	}
}
