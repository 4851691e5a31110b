// A requirement written as a URL or a local path (pip's parse_req_from_line for links): pip names it from a
// wheel file name or an `#egg=` fragment; otherwise only building it would tell, which an audit cannot do.

import { parsePep508 } from "../pep508.js";
import {
	addError,
	type LineContext,
	type LineRequirement,
} from "./line-context.js";
import {
	archiveExtension,
	eggFragment,
	isUrl,
	urlFileName,
	urlScheme,
	WHEEL_FILE_RE,
} from "./link-names.js";

/** The requirement a link names, or null (with a diagnostic) where it names none the audit can read. */
export function requirementFromLink(
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
		return requirementFromWheel(fileName, extras, url, number, context);
	}
	const egg = isUrl(target) ? eggFragment(target) : null;
	if (egg === null) {
		reportUnnamedLink(target, number, context);
		return null;
	}
	return requirementFromEgg(egg, target, extras, url, number, context);
}

function requirementFromWheel(
	fileName: string,
	extras: string[],
	url: string,
	number: number,
	context: LineContext,
): LineRequirement | null {
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

function reportUnnamedLink(
	target: string,
	number: number,
	context: LineContext,
): void {
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
}

function requirementFromEgg(
	egg: string,
	target: string,
	extras: string[],
	url: string,
	number: number,
	context: LineContext,
): LineRequirement | null {
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
