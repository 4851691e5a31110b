// What a requirement line means (pip's parse_req_from_line and parse_editable): a name, specifier, extras and
// URL, or a diagnostic saying why pip would stop or what the audit cannot know without building.

import type {
	Diagnostic,
	PipOption,
	Requirement,
	RequirementGroup,
	RequirementsInclude,
} from "../../model/types.js";
import { parsePep508, parsePep508Marker } from "../pep508.js";
import {
	archiveExtension,
	eggFragment,
	isArchive,
	isUrl,
	looksLikePath,
	stripExtras,
	urlFileName,
	urlScheme,
	VCS_NAMES,
	VCS_SCHEMES,
	WHEEL_FILE_RE,
} from "./link-names.js";
import { stripPython } from "./physical-lines.js";

export interface RequirementsFile {
	requirements: Requirement[];
	includes: RequirementsInclude[];
	options: PipOption[];
}

/** What reading one file's lines adds to. */
export interface LineContext {
	path: string;
	group: RequirementGroup;
	env: Readonly<Record<string, string | undefined>>;
	value: RequirementsFile;
	diagnostics: Diagnostic[];
}

export function addError(
	context: LineContext,
	line: number,
	message: string,
): void {
	context.diagnostics.push({ severity: "error", line, message });
}

interface LineRequirement {
	name: string;
	specifier: string;
	extras: string[];
	url: string | null;
}

export function addRequirementLine(
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

/** `^[^/]*@[^/]*:` as a scan: an `@` and then a `:` before the first `/`. */
function looksLikeNameAtUrl(body: string): boolean {
	const slash = body.indexOf("/");
	const head = slash === -1 ? body : body.slice(0, slash);
	const at = head.indexOf("@");
	return at !== -1 && head.indexOf(":", at) !== -1;
}

function invalidRequirementMessage(body: string, error: string): string {
	// pip's hints for the two most common mistakes.
	if (body.includes("/") && !looksLikeNameAtUrl(body)) {
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
		// A local project is audited through its own pyproject.toml; a remote one is code nobody reviewed here.
		context.diagnostics.push(
			local
				? {
						severity: "notice",
						line: number,
						message: `cannot tell the package name of '${target}' without building it, so it is not audited; add '#egg=<name>' or write '<name> @ <url>'`,
					}
				: {
						severity: "error",
						line: number,
						rule: "unauditable",
						message: `pip installs '${target}', whose package name and version only building it would tell, so it cannot be audited; write '<name> @ <url>' with a pinned commit or version`,
					},
		);
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
export function addEditable(
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
