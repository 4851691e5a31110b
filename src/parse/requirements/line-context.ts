// What reading a requirements file's lines adds to, and what one requirement line yields before it
// becomes a Requirement.

import type {
	Diagnostic,
	PipOption,
	Requirement,
	RequirementGroup,
	RequirementsInclude,
} from "../../model/types.js";

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

/** A requirement line's name, specifier, extras and URL: what the line says besides its marker. */
export interface LineRequirement {
	name: string;
	specifier: string;
	extras: string[];
	url: string | null;
}
