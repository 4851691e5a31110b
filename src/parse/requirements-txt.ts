// pip requirements files, tokenized as pip 23.2 does (pip/_internal/req/req_file.py for lines and
// options, pip/_internal/req/constructors.py for what a requirement line means), without touching
// the file system: includes are recorded, not read, and local paths are taken as written.

import type {
	Diagnostic,
	ParseResult,
	PipOption,
	Requirement,
	RequirementGroup,
	RequirementsInclude,
} from "../model/types.js";
import { parsePep508, parsePep508Marker } from "./pep508.js";

export interface RequirementsFile {
	requirements: Requirement[];
	includes: RequirementsInclude[];
	options: PipOption[];
}

export interface RequirementsTxtOptions {
	/** Environment for `${VAR}` expansion; variables missing here stay as written, as in pip. */
	env?: Readonly<Record<string, string | undefined>>;
	group?: "requirements" | "constraints-file";
}

/** Parses a requirements file. Never throws; what it cannot read becomes a diagnostic. */
export function parseRequirementsTxt(
	text: string,
	path: string,
	options?: RequirementsTxtOptions,
): ParseResult<RequirementsFile> {
	const value: RequirementsFile = {
		requirements: [],
		includes: [],
		options: [],
	};
	const diagnostics: Diagnostic[] = [];
	const context: LineContext = {
		path,
		group: options?.group ?? "requirements",
		env: options?.env ?? {},
		value,
		diagnostics,
	};
	let lineNumber: number | null = null;
	try {
		for (const line of preprocess(text, context)) {
			lineNumber = line.number;
			handleLine(line.number, line.text, context);
		}
	} catch (error) {
		diagnostics.push({
			severity: "error",
			line: lineNumber,
			message: `internal error while reading this requirements file: ${String(error)}`,
		});
	}
	return { value, diagnostics };
}

interface LineContext {
	path: string;
	group: RequirementGroup;
	env: Readonly<Record<string, string | undefined>>;
	value: RequirementsFile;
	diagnostics: Diagnostic[];
}

interface LogicalLine {
	number: number;
	text: string;
}

// ---------------------------------------------------------------------------------------
// preprocess(): split, join continuations, drop comments, expand ${VARS}
// ---------------------------------------------------------------------------------------

// Python's str.isspace() characters (JavaScript's \s differs: it has \ufeff, lacks \x1c-\x1f).
const PY_SPACE =
	"\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
// pip: COMMENT_RE = (^|\s+)#.*$ -- a comment needs line start or whitespace before `#`.
const COMMENT_RE = new RegExp(`(^|[${PY_SPACE}]+)#.*$`, "s");
// pip: only `${NAME}` with upper-case letters, digits and `_` is expanded (POSIX names).
const ENV_VAR_RE = /\$\{([A-Z0-9_]+)\}/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's str.splitlines() splits on these.
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's str.splitlines(): these are all line boundaries, and no empty last line. */
export function splitPythonLines(text: string): string[] {
	if (text === "") {
		return [];
	}
	const lines = text.split(PY_LINE_BREAK);
	if (new RegExp(`(?:${PY_LINE_BREAK.source})$`).test(text)) {
		lines.pop();
	}
	return lines;
}

/** Python's str.isspace() for one UTF-16 code unit (all of them are in the BMP). */
function isPythonSpace(c: number): boolean {
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

/** Python's str.strip(): a loop, not a regex, as it runs on every line of every file. */
function stripPython(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && isPythonSpace(text.charCodeAt(start))) start++;
	while (end > start && isPythonSpace(text.charCodeAt(end - 1))) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
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

function* preprocess(
	text: string,
	context: LineContext,
): Generator<LogicalLine> {
	// pip's auto_decode drops a UTF-8 byte order mark.
	const content = text.startsWith("\ufeff") ? text.slice(1) : text;
	const physical = splitPythonLines(content);
	for (const joined of joinLines(physical)) {
		// Most lines have no `#`: skip the regex for them.
		const line = stripPython(
			joined.text.includes("#")
				? joined.text.replace(COMMENT_RE, "")
				: joined.text,
		);
		if (line === "") {
			continue;
		}
		yield {
			number: joined.number,
			text: line.includes("${")
				? expandEnvVariables(line, joined.number, context)
				: line,
		};
	}
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

function expandEnvVariables(
	line: string,
	number: number,
	context: LineContext,
): string {
	let expanded = line;
	for (const match of line.matchAll(ENV_VAR_RE)) {
		const [variable, name] = match as unknown as [string, string];
		const value = context.env[name];
		// pip: an unset or empty variable is left as written.
		if (!value) {
			context.diagnostics.push({
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

// ---------------------------------------------------------------------------------------
// One logical line: arguments, then options (shlex + optparse, as pip's parse_line)
// ---------------------------------------------------------------------------------------

// pip's break_args_options: split on single spaces; options start at the first `-` token.
// The first token starting with `-` is at the line start or right after a space (empty tokens never are).
function breakArgsOptions(line: string): { args: string; options: string } {
	if (line.startsWith("-")) return { args: "", options: line };
	const index = line.indexOf(" -");
	if (index === -1) {
		return { args: line, options: "" };
	}
	return { args: line.slice(0, index), options: line.slice(index + 1) };
}

function handleLine(number: number, line: string, context: LineContext): void {
	const { args, options } = breakArgsOptions(line);
	if (args !== "") {
		// pip-compile's `name==1.0 --hash=sha256:... --hash=...`: nothing to warn about, only hashes to count.
		const hashes = countHashOptions(options);
		if (hashes !== null) {
			addRequirementLine(args, number, hashes, context);
			return;
		}
	}
	const words = splitShell(options);
	if (typeof words === "string") {
		addError(
			context,
			number,
			`could not split the options '${options}': ${words}`,
		);
		return;
	}
	const parsed = parseOptions(words);
	if (typeof parsed === "string") {
		addError(context, number, `${parsed} (pip stops on this line)`);
		return;
	}
	for (const word of parsed.positional) {
		context.diagnostics.push({
			severity: "warning",
			line: number,
			message: `pip ignores '${word}' after the options on this line`,
		});
	}

	if (args !== "") {
		warnIgnored(
			parsed,
			FILE_LEVEL_OPTIONS,
			number,
			context,
			"on a requirement line",
		);
		addRequirementLine(
			args,
			number,
			parsed.values.filter((entry) => entry.option.dest === "hashes").length,
			context,
		);
		return;
	}
	const editable = parsed.values.find(
		(entry) => entry.option.dest === "editables",
	);
	if (editable !== undefined) {
		// pip: one -e per line, per-requirement options do not apply to editables.
		warnIgnored(
			parsed,
			[...FILE_LEVEL_OPTIONS, ...REQUIREMENT_OPTIONS],
			number,
			context,
			"with -e",
			editable,
		);
		addEditable(editable.value ?? "", number, context);
		return;
	}
	handleOptionLine(parsed, number, context);
}

// Options that are only `--hash=<sha256|sha384|sha512>:<hex>` words: each one passes optparse and checkHash.
const HASH_OPTIONS_RE =
	/^(?:--hash=sha(?:256|384|512):[0-9A-Fa-f]*(?:[ \t\r\n]+|$))*$/;

/** The number of `--hash` options when they are the only options on the line, else null (the full parser). */
function countHashOptions(options: string): number | null {
	if (!HASH_OPTIONS_RE.test(options)) return null;
	let count = 0;
	for (
		let at = options.indexOf("--hash=");
		at !== -1;
		at = options.indexOf("--hash=", at + 7)
	)
		count++;
	return count;
}

function warnIgnored(
	parsed: ParsedOptions,
	dests: readonly string[],
	number: number,
	context: LineContext,
	where: string,
	except?: OptionValue,
): void {
	for (const entry of parsed.values) {
		if (entry !== except && dests.includes(entry.option.dest)) {
			context.diagnostics.push({
				severity: "warning",
				line: number,
				message: `pip ignores ${entry.spelling} ${where}`,
			});
		}
	}
}

function handleOptionLine(
	parsed: ParsedOptions,
	number: number,
	context: LineContext,
): void {
	const { value, diagnostics } = context;
	// pip reads only the first -r of a line, or else the first -c.
	const requirementFiles = parsed.values.filter(
		(entry) => entry.option.dest === "requirements",
	);
	const constraintFiles = parsed.values.filter(
		(entry) => entry.option.dest === "constraints",
	);
	const include = requirementFiles[0] ?? constraintFiles[0];
	for (const entry of parsed.values) {
		const dest = entry.option.dest;
		if (dest === "requirements" || dest === "constraints") {
			if (entry === include) {
				value.includes.push({
					kind: dest === "requirements" ? "requirement" : "constraint",
					target: entry.value ?? "",
					line: number,
				});
			} else {
				diagnostics.push({
					severity: "warning",
					line: number,
					message: `pip reads only one -r or -c per line and ignores ${entry.spelling} ${entry.value ?? ""}`,
				});
			}
		} else if (dest === "hashes") {
			diagnostics.push({
				severity: "warning",
				line: number,
				message: "--hash without a requirement on the line is ignored by pip",
			});
		} else if (REQUIREMENT_OPTIONS.includes(dest)) {
			diagnostics.push({
				severity: "warning",
				line: number,
				message: `${entry.spelling} without a requirement on the line is ignored by pip`,
			});
		} else {
			value.options.push({
				name: entry.option.name,
				value: entry.value,
				line: number,
			});
		}
	}
}

function addError(context: LineContext, line: number, message: string): void {
	context.diagnostics.push({ severity: "error", line, message });
}

// ---------------------------------------------------------------------------------------
// What a requirement line means (pip's parse_req_from_line and parse_editable)
// ---------------------------------------------------------------------------------------

const VCS_NAMES = ["bzr", "git", "hg", "svn"];
const VCS_SCHEMES = [
	"bzr+http",
	"bzr+https",
	"bzr+ssh",
	"bzr+sftp",
	"bzr+ftp",
	"bzr+lp",
	"bzr+file",
	"git+http",
	"git+https",
	"git+ssh",
	"git+git",
	"git+file",
	"hg+file",
	"hg+http",
	"hg+https",
	"hg+ssh",
	"hg+static-http",
	"svn+ssh",
	"svn+http",
	"svn+https",
	"svn+svn",
	"svn+file",
];
const ARCHIVE_EXTENSIONS = [
	".zip",
	".whl",
	".tar.bz2",
	".tbz",
	".tar.gz",
	".tgz",
	".tar",
	".tar.xz",
	".txz",
	".tlz",
	".tar.lz",
	".tar.lzma",
];

function urlScheme(text: string): string | null {
	const colon = text.indexOf(":");
	return colon === -1 ? null : text.slice(0, colon).toLowerCase();
}

function isUrl(text: string): boolean {
	const scheme = urlScheme(text);
	return (
		scheme !== null &&
		(["http", "https", "file", "ftp"].includes(scheme) ||
			VCS_SCHEMES.includes(scheme))
	);
}

// pip's splitext: like os.path.splitext but keeps `.tar` with the compression suffix.
function archiveExtension(path: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1);
	const dot = base.lastIndexOf(".");
	// posixpath.splitext ignores leading dots of the file name.
	if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) {
		return "";
	}
	let ext = base.slice(dot);
	const stem = base.slice(0, dot);
	if (stem.toLowerCase().endsWith(".tar")) {
		ext = stem.slice(-4) + ext;
	}
	return ext.toLowerCase();
}

function isArchive(path: string): boolean {
	return ARCHIVE_EXTENSIONS.includes(archiveExtension(path));
}

// pip's _strip_extras: a trailing `[...]` on a path holds extras.
function stripExtras(text: string): { path: string; extras: string | null } {
	if (!text.endsWith("]")) return { path: text, extras: null };
	const match = /^(.+)(\[[^\]]+\])$/s.exec(text);
	return match
		? { path: match[1] as string, extras: match[2] as string }
		: { path: text, extras: null };
}

function looksLikePath(text: string): boolean {
	return text.includes("/") || text.startsWith(".");
}

// The file name of a URL's path, as pip's Link.filename.
function urlFileName(url: string): string {
	const withoutFragment = url.split("#", 1)[0] ?? "";
	const withoutQuery = withoutFragment.split("?", 1)[0] ?? "";
	const afterScheme = withoutQuery.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, "");
	const pathPart = afterScheme.startsWith("//")
		? afterScheme.slice(2).replace(/^[^/]*/, "")
		: afterScheme;
	const trimmed = pathPart.replace(/\/+$/, "");
	const base = trimmed.slice(trimmed.lastIndexOf("/") + 1);
	try {
		return decodeURIComponent(base);
	} catch {
		return base;
	}
}

// pip's Link.egg_fragment.
function eggFragment(url: string): string | null {
	const match = /[#&]egg=([^&]*)/.exec(url);
	return match?.[1] ? match[1] : null;
}

// PEP 427 file name, as pip's Wheel.wheel_file_re.
const WHEEL_FILE_RE =
	/^(?<name>[^\s-]+?)-(?<ver>[^\s-]*?)(?:(?:-(?<build>\d[^-]*?))?-(?<pyver>[^\s-]+?)-(?<abi>[^\s-]+?)-(?<plat>[^\s-]+?)\.whl|\.dist-info)$/;

interface LineRequirement {
	name: string;
	specifier: string;
	extras: string[];
	url: string | null;
}

function addRequirementLine(
	args: string,
	number: number,
	hashes: number,
	context: LineContext,
): void {
	// pip: a URL line splits its marker at "; " (a URL may hold ";"), any other line at ";".
	const url = isUrl(args);
	const separator = url ? "; " : ";";
	const at = args.indexOf(separator);
	let body = args;
	let marker: string | null = null;
	if (at !== -1) {
		body = args.slice(0, at);
		const markerText = stripPython(args.slice(at + separator.length));
		if (markerText !== "") {
			const result = parsePep508Marker(markerText);
			if (!result.ok) {
				addError(
					context,
					number,
					`invalid environment marker: ${result.error}`,
				);
				return;
			}
			marker = result.value;
		}
	}
	body = stripPython(body);

	let requirement: LineRequirement | null;
	if (url) {
		requirement = requirementFromLink(body, body, null, number, context, false);
	} else {
		const { path, extras } = stripExtras(body);
		const archive = isArchive(path);
		const pep508Url =
			body.includes("@") && !looksLikePath(body.split("@", 1)[0] ?? "");
		const result = parsePep508(body);
		if (archive && !pep508Url) {
			// pip: an archive file name is a local file, even one that does not exist.
			requirement = requirementFromLink(
				path,
				path,
				extras,
				number,
				context,
				false,
			);
		} else if (result.ok) {
			if (result.value.marker !== null) {
				marker = result.value.marker;
			}
			const {
				name,
				specifier,
				extras: requirementExtras,
				url: requirementUrl,
			} = result.value;
			requirement = {
				name,
				specifier,
				extras: requirementExtras,
				url: requirementUrl,
			};
		} else if (
			looksLikePath(body) &&
			!archive &&
			!(pep508Url && isUrl(stripPython(body.slice(body.indexOf("@") + 1))))
		) {
			// pip: an existing directory is a local project; whether it exists is not ours to check. Not
			// `name @ https://...` with junk after the URL: no directory has such a path, pip says "Invalid requirement".
			requirement = requirementFromLink(
				path,
				path,
				extras,
				number,
				context,
				false,
			);
		} else {
			addError(context, number, invalidRequirementMessage(body, result.error));
			return;
		}
	}
	if (requirement === null) {
		return;
	}
	context.value.requirements.push({
		...requirement,
		marker,
		editable: false,
		hashes,
		group: context.group,
		file: context.path,
		line: number,
	});
}

function invalidRequirementMessage(body: string, error: string): string {
	// pip's hints for the two most common mistakes.
	if (body.includes("/") && !/^[^/]*@[^/]*:/.test(body)) {
		return `invalid requirement (it looks like a path, but pip reads it as a requirement): ${error}`;
	}
	if (body.includes("=") && !/===|==|~=|!=|<=|>=|<|>/.test(body)) {
		return `invalid requirement ('=' is not a version operator; did you mean '=='?): ${error}`;
	}
	return `invalid requirement: ${error}`;
}

/**
 * A requirement from a URL or local path: pip names it from a wheel file name or an
 * `#egg=` fragment; otherwise only building it would tell, which an audit cannot do.
 */
function requirementFromLink(
	target: string,
	url: string,
	extrasText: string | null,
	number: number,
	context: LineContext,
	editable: boolean,
): LineRequirement | null {
	const extras =
		extrasText === null ? [] : parseExtrasText(extrasText, number, context);
	// pip turns a local path into a file: URL, quoting `#` and `?`: its file name is the last segment.
	const fileName = isUrl(target)
		? urlFileName(target)
		: target.slice(target.lastIndexOf("/") + 1);
	if (!editable && archiveExtension(fileName) === ".whl") {
		const wheel = WHEEL_FILE_RE.exec(fileName);
		if (!wheel?.groups) {
			addError(context, number, `'${fileName}' is not a valid wheel file name`);
			return null;
		}
		// pip pins a wheel to the version in its file name.
		const name = (wheel.groups.name ?? "").replace(/_/g, "-");
		const version = (wheel.groups.ver ?? "").replace(/_/g, "-");
		const result = parsePep508(`${name}==${version}`);
		if (!result.ok) {
			addError(
				context,
				number,
				`cannot read a name and version from the wheel '${fileName}': ${result.error}`,
			);
			return null;
		}
		return {
			name: result.value.name,
			specifier: result.value.specifier,
			extras,
			url,
		};
	}
	const egg = isUrl(target) ? eggFragment(target) : null;
	if (egg === null) {
		const local = !isUrl(target) || urlScheme(target) === "file";
		context.diagnostics.push({
			severity: local ? "notice" : "warning",
			line: number,
			message: `cannot tell the package name of '${target}' without building it, so it is not audited; add '#egg=<name>' or write '<name> @ <url>'`,
		});
		return null;
	}
	const result = parsePep508(egg);
	if (!result.ok) {
		addError(
			context,
			number,
			`invalid '#egg=' name in '${target}': ${result.error}`,
		);
		return null;
	}
	const allExtras = [...extras];
	for (const extra of result.value.extras) {
		if (!allExtras.includes(extra)) {
			allExtras.push(extra);
		}
	}
	return {
		name: result.value.name,
		specifier: result.value.specifier,
		extras: allExtras,
		url,
	};
}

function parseExtrasText(
	extrasText: string,
	number: number,
	context: LineContext,
): string[] {
	// pip: get_requirement("placeholder" + extras.lower()).extras
	const result = parsePep508(`placeholder${extrasText.toLowerCase()}`);
	if (!result.ok) {
		addError(
			context,
			number,
			`invalid extras '${extrasText}': ${result.error}`,
		);
		return [];
	}
	return result.value.extras;
}

// pip's parse_editable, with "is it a directory?" answered by the text: anything that is not
// a URL pip knows is taken as a local project.
function addEditable(
	target: string,
	number: number,
	context: LineContext,
): void {
	const { path: withoutExtras, extras } = stripExtras(target);
	let requirement: LineRequirement | null;
	let url = target;
	// pip: `git:...` and friends are shorthand for `git+git:...`.
	const shorthand = VCS_NAMES.find((vcs) =>
		target.toLowerCase().startsWith(`${vcs}:`),
	);
	if (shorthand !== undefined) {
		url = `${shorthand}+${target}`;
	}
	const scheme = urlScheme(url);
	if (withoutExtras.toLowerCase().startsWith("file:")) {
		requirement = requirementFromLink(
			withoutExtras,
			withoutExtras,
			extras,
			number,
			context,
			true,
		);
	} else if (scheme !== null && VCS_SCHEMES.includes(scheme)) {
		if (eggFragment(url) === null) {
			// pip stops here: "Could not detect requirement name".
			addError(
				context,
				number,
				`cannot tell the package name of '${target}'; add '#egg=<name>' to the URL`,
			);
			return;
		}
		requirement = requirementFromLink(url, url, null, number, context, true);
	} else if (
		scheme === null ||
		/^[A-Za-z]:[\\/]/.test(withoutExtras) ||
		// pip: a URL that is neither file: nor VCS is not a valid editable.
		(looksLikePath(withoutExtras) &&
			!isUrl(withoutExtras) &&
			!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(withoutExtras))
	) {
		requirement = requirementFromLink(
			withoutExtras,
			withoutExtras,
			extras,
			number,
			context,
			true,
		);
	} else {
		addError(
			context,
			number,
			`'${target}' is not a valid editable requirement: it should be a path to a local project or a VCS URL (git+https://..., hg+..., svn+..., bzr+...)`,
		);
		return;
	}
	if (requirement === null) {
		return;
	}
	context.value.requirements.push({
		...requirement,
		marker: null,
		editable: true,
		hashes: 0,
		group: context.group,
		file: context.path,
		line: number,
	});
}

// ---------------------------------------------------------------------------------------
// shlex.split (POSIX mode) and the optparse parser pip builds for a line
// ---------------------------------------------------------------------------------------

/** Python's shlex.split(text): the words, or the error message Python raises. */
function splitShell(text: string): string[] | string {
	// Without quotes or backslashes shlex only splits on whitespace (the usual `--hash=...` options).
	if (!/['"\\]/.test(text)) {
		return text === ""
			? []
			: text.split(/[ \t\r\n]+/).filter((word) => word !== "");
	}
	const words: string[] = [];
	let word = "";
	let inWord = false;
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (quote === "'") {
			if (ch === "'") {
				quote = null;
			} else {
				word += ch;
			}
		} else if (quote === '"') {
			if (ch === '"') {
				quote = null;
			} else if (ch === "\\") {
				i++;
				if (i >= text.length) {
					return "No escaped character";
				}
				const next = text[i] as string;
				// Inside double quotes only `"` and `\` are escaped.
				word += next === '"' || next === "\\" ? next : `\\${next}`;
			} else {
				word += ch;
			}
		} else if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") {
			if (inWord) {
				words.push(word);
				word = "";
				inWord = false;
			}
		} else if (ch === "'" || ch === '"') {
			quote = ch;
			inWord = true;
		} else if (ch === "\\") {
			i++;
			if (i >= text.length) {
				return "No escaped character";
			}
			word += text[i];
			inWord = true;
		} else {
			word += ch;
			inWord = true;
		}
	}
	if (quote !== null) {
		return "No closing quotation";
	}
	if (inWord) {
		words.push(word);
	}
	return words;
}

interface OptionSpec {
	/** Canonical spelling, recorded as PipOption.name. */
	name: string;
	short: string[];
	long: string[];
	dest: string;
	takesValue: boolean;
	choices?: string[];
	check?: (value: string, spelling: string) => string | null;
}

// pip 23.2's SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ (req_file.py, cli/cmdoptions.py).
const OPTION_SPECS: OptionSpec[] = [
	{
		name: "--index-url",
		short: ["-i"],
		long: ["--index-url", "--pypi-url"],
		dest: "index_url",
		takesValue: true,
	},
	{
		name: "--extra-index-url",
		short: [],
		long: ["--extra-index-url"],
		dest: "extra_index_urls",
		takesValue: true,
	},
	{
		name: "--no-index",
		short: [],
		long: ["--no-index"],
		dest: "no_index",
		takesValue: false,
	},
	{
		name: "--constraint",
		short: ["-c"],
		long: ["--constraint"],
		dest: "constraints",
		takesValue: true,
	},
	{
		name: "--requirement",
		short: ["-r"],
		long: ["--requirement"],
		dest: "requirements",
		takesValue: true,
	},
	{
		name: "--editable",
		short: ["-e"],
		long: ["--editable"],
		dest: "editables",
		takesValue: true,
	},
	{
		name: "--find-links",
		short: ["-f"],
		long: ["--find-links"],
		dest: "find_links",
		takesValue: true,
	},
	{
		name: "--no-binary",
		short: [],
		long: ["--no-binary"],
		dest: "no_binary",
		takesValue: true,
		check: checkFormatControl,
	},
	{
		name: "--only-binary",
		short: [],
		long: ["--only-binary"],
		dest: "only_binary",
		takesValue: true,
		check: checkFormatControl,
	},
	{
		name: "--prefer-binary",
		short: [],
		long: ["--prefer-binary"],
		dest: "prefer_binary",
		takesValue: false,
	},
	{
		name: "--require-hashes",
		short: [],
		long: ["--require-hashes"],
		dest: "require_hashes",
		takesValue: false,
	},
	{ name: "--pre", short: [], long: ["--pre"], dest: "pre", takesValue: false },
	{
		name: "--trusted-host",
		short: [],
		long: ["--trusted-host"],
		dest: "trusted_hosts",
		takesValue: true,
	},
	{
		name: "--use-feature",
		short: [],
		long: ["--use-feature"],
		dest: "features_enabled",
		takesValue: true,
		choices: ["fast-deps", "truststore", "no-binary-enable-wheel-cache"],
	},
	{
		name: "--global-option",
		short: [],
		long: ["--global-option"],
		dest: "global_options",
		takesValue: true,
	},
	{
		name: "--hash",
		short: [],
		long: ["--hash"],
		dest: "hashes",
		takesValue: true,
		check: checkHash,
	},
	{
		name: "--config-settings",
		short: ["-C"],
		long: ["--config-settings"],
		dest: "config_settings",
		takesValue: true,
		check: (value, spelling) =>
			value.includes("=")
				? null
				: `arguments to ${spelling} must be of the form KEY=VAL`,
	},
];

/** Every long spelling, for the exact match that nearly every option is. */
const LONG_OPTIONS: ReadonlyMap<string, OptionSpec> = new Map(
	OPTION_SPECS.flatMap((spec) =>
		spec.long.map((long) => [long, spec] as const),
	),
);

/** Options that apply to the requirement on their line. */
const REQUIREMENT_OPTIONS: readonly string[] = [
	"global_options",
	"hashes",
	"config_settings",
];
/** Options that apply to the whole file (pip ignores them on a requirement line). */
const FILE_LEVEL_OPTIONS: readonly string[] = OPTION_SPECS.map(
	(spec) => spec.dest,
).filter((dest) => !REQUIREMENT_OPTIONS.includes(dest));

function checkHash(value: string, spelling: string): string | null {
	const colon = value.indexOf(":");
	if (colon === -1) {
		return `arguments to ${spelling} must be a hash name followed by a value, like --hash=sha256:abcde...`;
	}
	const algorithm = value.slice(0, colon);
	if (!["sha256", "sha384", "sha512"].includes(algorithm)) {
		return `allowed hash algorithms for ${spelling} are sha256, sha384, sha512, not '${algorithm}'`;
	}
	return null;
}

function checkFormatControl(value: string, spelling: string): string | null {
	// pip's FormatControl.handle_mutual_excludes
	return value.startsWith("-")
		? `${spelling} needs a value (":all:", ":none:" or package names)`
		: null;
}

interface OptionValue {
	option: OptionSpec;
	/** How it was written (`-r`, `--requirement`, `--req`). */
	spelling: string;
	value: string | null;
}

interface ParsedOptions {
	values: OptionValue[];
	positional: string[];
}

/** optparse's parse_args over pip's line parser; returns the error message optparse gives. */
function parseOptions(words: string[]): ParsedOptions | string {
	const values: OptionValue[] = [];
	const positional: string[] = [];
	let next = 0;
	const hasMore = (): boolean => next < words.length;
	const take = (): string => words[next++] as string;
	while (hasMore()) {
		const word = take();
		if (word === "--") {
			positional.push(...words.slice(next));
			break;
		}
		if (word.startsWith("--")) {
			const equals = word.indexOf("=");
			const written = equals === -1 ? word : word.slice(0, equals);
			const option = matchLongOption(written);
			if (typeof option === "string") {
				return option;
			}
			let value: string | null = null;
			if (option.takesValue) {
				if (equals !== -1) {
					value = word.slice(equals + 1);
				} else if (hasMore()) {
					value = take();
				} else {
					return `${written} option requires 1 argument`;
				}
			} else if (equals !== -1) {
				return `${written} option does not take a value`;
			}
			const error = checkValue(option, written, value);
			if (error !== null) {
				return error;
			}
			values.push({ option, spelling: written, value });
		} else if (word.startsWith("-") && word !== "-") {
			// Short options cluster: `-rfile` is `-r file`.
			for (let i = 1; i < word.length; i++) {
				const spelling = `-${word[i]}`;
				const option = OPTION_SPECS.find((spec) =>
					spec.short.includes(spelling),
				);
				if (option === undefined) {
					return `no such option: ${spelling}`;
				}
				let value: string | null = null;
				if (option.takesValue) {
					if (i + 1 < word.length) {
						value = word.slice(i + 1);
					} else if (hasMore()) {
						value = take();
					} else {
						return `${spelling} option requires 1 argument`;
					}
				}
				const error = checkValue(option, spelling, value);
				if (error !== null) {
					return error;
				}
				values.push({ option, spelling, value });
				if (option.takesValue) {
					break;
				}
			}
		} else {
			positional.push(word);
		}
	}
	return { values, positional };
}

// optparse accepts any unambiguous prefix of a long option.
function matchLongOption(written: string): OptionSpec | string {
	const exact = LONG_OPTIONS.get(written);
	if (exact !== undefined) {
		return exact;
	}
	const candidates = OPTION_SPECS.flatMap((spec) =>
		spec.long
			.filter((long) => long.startsWith(written))
			.map((long) => ({ spec, long })),
	);
	const [first, ...others] = candidates;
	if (first === undefined) {
		return `no such option: ${written}`;
	}
	if (others.length > 0) {
		return `ambiguous option: ${written} (${candidates.map((candidate) => candidate.long).join(", ")}?)`;
	}
	return first.spec;
}

function checkValue(
	option: OptionSpec,
	spelling: string,
	value: string | null,
): string | null {
	if (value === null) {
		return null;
	}
	if (option.choices && !option.choices.includes(value)) {
		return `option ${spelling}: invalid choice: '${value}' (choose from ${option.choices.map((choice) => `'${choice}'`).join(", ")})`;
	}
	return option.check ? option.check(value, spelling) : null;
}
