// What a requirement line means (pip's parse_req_from_line and parse_editable): a name, specifier, extras and
// URL, or a diagnostic saying why pip would stop or what the audit cannot know without building.

import type { Requirement } from "../../model/types.js";
import { parsePep508, parsePep508Marker } from "../pep508.js";
import {
	addError,
	type LineContext,
	type LineRequirement,
} from "./line-context.js";
import {
	eggFragment,
	isArchive,
	isUrl,
	looksLikePath,
	stripExtras,
	urlScheme,
	VCS_NAMES,
	VCS_SCHEMES,
} from "./link-names.js";
import { requirementFromLink } from "./link-requirement.js";
import { stripPython } from "./physical-lines.js";

export {
	addError,
	type LineContext,
	type RequirementsFile,
} from "./line-context.js";

export function addRequirementLine(
	args: string,
	number: number,
	hashes: number,
	context: LineContext,
): void {
	const split = splitMarker(args, number, context);
	if (split === null) {
		return;
	}
	const read = split.url
		? {
				requirement: requirementFromLink(
					split.body,
					split.body,
					null,
					number,
					context,
					false,
				),
				marker: null,
			}
		: readNamedOrPath(split.body, number, context);
	if (read === null || read.requirement === null) {
		return;
	}
	context.value.requirements.push(
		toRequirement(
			read.requirement,
			read.marker ?? split.marker,
			false,
			hashes,
			context,
			number,
		),
	);
}

/**
 * The file's Requirement, built as one object literal: spreading the line's fields and then adding keys took a
 * fifth of parsing a pip-compile file with hashes (every added key a new hidden class). Same keys, same order.
 */
function toRequirement(
	line: LineRequirement,
	marker: string | null,
	editable: boolean,
	hashes: number,
	context: LineContext,
	number: number,
): Requirement {
	return {
		name: line.name,
		specifier: line.specifier,
		extras: line.extras,
		url: line.url,
		marker,
		editable,
		hashes,
		group: context.group,
		file: context.path,
		line: number,
	};
}

/** Splits off the line's environment marker; null (with a diagnostic) when the marker is invalid. */
function splitMarker(
	args: string,
	number: number,
	context: LineContext,
): { body: string; marker: string | null; url: boolean } | null {
	// pip: a URL line splits its marker at "; " (a URL may hold ";"), any other line at ";".
	const url = isUrl(args);
	const separator = url ? "; " : ";";
	const at = args.indexOf(separator);
	if (at === -1) {
		return { body: stripPython(args), marker: null, url };
	}
	const body = stripPython(args.slice(0, at));
	const markerText = stripPython(args.slice(at + separator.length));
	if (markerText === "") {
		return { body, marker: null, url };
	}
	const result = parsePep508Marker(markerText);
	if (!result.ok) {
		addError(context, number, `invalid environment marker: ${result.error}`);
		return null;
	}
	return { body, marker: result.value, url };
}

/**
 * A line that is not a URL: a PEP 508 requirement, or (as pip decides) an archive file or a local project
 * directory. Null (with a diagnostic) when pip would say "Invalid requirement".
 */
function readNamedOrPath(
	body: string,
	number: number,
	context: LineContext,
): { requirement: LineRequirement | null; marker: string | null } | null {
	const { path, extras } = stripExtras(body);
	const archive = isArchive(path);
	const pep508Url =
		body.includes("@") && !looksLikePath(body.split("@", 1)[0] ?? "");
	const result = parsePep508(body);
	const localFile = () => ({
		requirement: requirementFromLink(
			path,
			path,
			extras,
			number,
			context,
			false,
		),
		marker: null,
	});
	if (archive && !pep508Url) {
		// pip: an archive file name is a local file, even one that does not exist.
		return localFile();
	}
	if (result.ok) {
		const { name, specifier, extras: requirementExtras, url } = result.value;
		return {
			requirement: { name, specifier, extras: requirementExtras, url },
			marker: result.value.marker,
		};
	}
	if (
		looksLikePath(body) &&
		!archive &&
		!(pep508Url && isUrl(stripPython(body.slice(body.indexOf("@") + 1))))
	) {
		// pip: an existing directory is a local project; whether it exists is not ours to check. Not
		// `name @ https://...` with junk after the URL: no directory has such a path, pip says "Invalid requirement".
		return localFile();
	}
	addError(context, number, invalidRequirementMessage(body, result.error));
	return null;
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
	const localProject = () =>
		requirementFromLink(
			withoutExtras,
			withoutExtras,
			extras,
			number,
			context,
			true,
		);
	if (withoutExtras.toLowerCase().startsWith("file:")) {
		requirement = localProject();
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
		requirement = localProject();
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
	context.value.requirements.push(
		toRequirement(requirement, null, true, 0, context, number),
	);
}
