// Which lines `pin-audit fix` edits, from an audit report: every finding's suggestion on a requirement line of a
// pyproject.toml or requirements file, once per line. What it cannot edit is said, with why. Pure.
import picomatch from "picomatch";
import { normalizeName } from "../model/normalize-name.js";
import type { Report } from "../model/report.js";
import type { Finding, Project, Requirement } from "../model/types.js";
import { parsePep508 } from "../parse/pep508.js";
import type { EditableKind, LineEdit } from "./fix-file.js";

export interface FixFilters {
	/** picomatch globs on the project path ("." for the root); empty: every project. */
	projects: readonly string[];
	/** Package names; empty: every package. */
	packages: readonly string[];
}

export interface PlannedFile {
	file: string;
	kind: EditableKind;
	edits: LineEdit[];
}

/** A finding whose suggestion is not written, and why. */
export interface Unfixable {
	finding: Finding;
	reason: string;
	/** For a hashed requirement: the command that regenerates the file (from its header), when known. */
	hashed?: boolean;
}

export interface FixPlan {
	files: PlannedFile[];
	unfixable: Unfixable[];
	/** Findings each planned edit answers, keyed `file\0line\0package`. */
	answers: Map<string, Finding[]>;
	/** The findings in scope (after the filters). */
	inScope: Finding[];
}

export function editKey(file: string, line: number, name: string): string {
	return `${file}\0${line}\0${name}`;
}

export function planFixes(report: Report, filters: FixFilters): FixPlan {
	const inScope = report.findings.filter((f) => inFilters(f, filters));
	const requirements = indexRequirements(report.projects);
	const files = new Map<string, PlannedFile>();
	const answers = new Map<string, Finding[]>();
	const unfixable: Unfixable[] = [];
	for (const finding of inScope) {
		if (finding.suggestion === undefined) continue;
		const planned = planEdit(finding, requirements);
		if ("reason" in planned) {
			unfixable.push(planned);
			continue;
		}
		const { requirement, kind, edit } = planned;
		const key = editKey(requirement.file, edit.line, edit.target.name);
		const earlier = answers.get(key);
		if (earlier !== undefined) {
			const same = earlier[0]?.suggestion === finding.suggestion;
			if (same) earlier.push(finding);
			else
				unfixable.push({
					finding,
					reason: `another finding on this line suggests \`${earlier[0]?.suggestion}\``,
				});
			continue;
		}
		answers.set(key, [finding]);
		const file = files.get(requirement.file) ?? {
			file: requirement.file,
			kind,
			edits: [],
		};
		file.edits.push(edit);
		files.set(requirement.file, file);
	}
	return {
		files: [...files.values()].sort((a, b) =>
			a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
		),
		unfixable,
		answers,
		inScope,
	};
}

/** Whether a project path matches one of the globs (no globs: every project). */
export function inProjects(project: string, globs: readonly string[]): boolean {
	return (
		globs.length === 0 ||
		globs.some((glob) => picomatch(glob, { dot: true })(project))
	);
}

function inFilters(finding: Finding, filters: FixFilters): boolean {
	if (filters.projects.length > 0) {
		if (finding.project === null) return false;
		if (!inProjects(finding.project, filters.projects)) return false;
	}
	if (filters.packages.length > 0) {
		const wanted = new Set(filters.packages.map(normalizeName));
		if (finding.package === null || !wanted.has(finding.package)) return false;
	}
	return true;
}

function indexRequirements(
	projects: readonly Project[],
): Map<string, Requirement> {
	const byLine = new Map<string, Requirement>();
	for (const project of projects)
		for (const r of project.requirements)
			byLine.set(editKey(r.file, r.line, r.name), r);
	return byLine;
}

function planEdit(
	finding: Finding,
	requirements: ReadonlyMap<string, Requirement>,
):
	| Unfixable
	| { requirement: Requirement; kind: EditableKind; edit: LineEdit } {
	const requirement =
		finding.file !== null && finding.line !== null && finding.package !== null
			? requirements.get(editKey(finding.file, finding.line, finding.package))
			: undefined;
	if (requirement === undefined)
		return { finding, reason: "the finding is not on a requirement line" };
	const kind = editableKind(requirement);
	if (kind === null)
		return {
			finding,
			reason: "pin-audit edits only pyproject.toml and requirements files",
		};
	const suggested = parsePep508(finding.suggestion ?? "");
	if (!suggested.ok || normalizeName(suggested.value.name) !== requirement.name)
		return { finding, reason: "the suggestion does not parse" };
	const specifier = suggested.value.specifier;
	if (requirement.hashes > 0 && !sameExactPin(requirement.specifier, specifier))
		return {
			finding,
			hashed: true,
			reason:
				"the requirement is hashed: its hashes would be wrong for the new version",
		};
	return {
		requirement,
		kind,
		edit: {
			line: requirement.line,
			target: { name: requirement.name, marker: suggested.value.marker },
			syntax: requirement.group.startsWith("poetry") ? "poetry" : "pep508",
			specifier,
		},
	};
}

function editableKind(requirement: Requirement): EditableKind | null {
	if (
		requirement.group === "requirements" ||
		requirement.group === "constraints-file"
	)
		return "requirements";
	return requirement.file === "pyproject.toml" ||
		requirement.file.endsWith("/pyproject.toml")
		? "pyproject"
		: null;
}

/** `==1.2.3` and `==1.2.3` (or `===`): the hashes stay right. */
function sameExactPin(a: string, b: string): boolean {
	const pin = (s: string) => /^===?([^,*<>=!~]+)$/.exec(s)?.[1];
	return pin(a) !== undefined && pin(a) === pin(b);
}
