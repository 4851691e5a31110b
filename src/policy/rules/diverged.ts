// `diverged`: two ways to install one project disagree on a package. A server's pyproject.toml says
// `mcp>=1.15.0` while the requirements.txt its Docker image installs pins `mcp==1.12.3`: nothing installs them
// together, so it is no `conflict`, but one of the two installs is not what the other promises. Compared: the
// pyproject.toml install set with each other install set of its directory (requirements files, compiled
// outputs not compiled from it). Independent requirements files of one directory (CI jobs' tool pins) are
// not compared with each other: nothing says they install the same thing.
import type { InstallSet, Project, Requirement } from "../../model/types.js";
import {
	intersect,
	isEmpty,
	type VersionSet,
} from "../../pep440/specifier-set.js";
import { listInstallSets, listSetRequirements } from "../install-sets.js";
import {
	type ClashMember,
	compareText,
	formatLocation,
	type RuleContext,
	type RuleFinding,
	safely,
} from "../rule-context.js";

export function checkDiverged(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	for (const project of context.projects) {
		const sets = listInstallSets(project);
		const manifest = sets.find((s) => s.kind === "pyproject");
		if (manifest === undefined || !manifest.root.endsWith("pyproject.toml"))
			continue;
		const declared = collect(context, project, manifest, false);
		for (const other of sets) {
			if (other === manifest || other.files.includes(manifest.root)) continue;
			const installed = collect(
				context,
				project,
				other,
				other.kind === "compiled",
			);
			for (const [name, left] of [...declared].sort(([a], [b]) =>
				compareText(a, b),
			)) {
				const right = installed.get(name);
				if (right === undefined || !disjoint(left, right)) continue;
				findings.push(describe(context, project, name, left, right));
			}
		}
	}
	return findings;
}

/** Unmarked, unscoped, version-constrained requirements of a set, by name (compiled outputs: the pins only). */
function collect(
	context: RuleContext,
	project: Project,
	set: InstallSet,
	pinsOnly: boolean,
): Map<string, ClashMember[]> {
	const byName = new Map<string, ClashMember[]>();
	for (const r of listSetRequirements(project, set)) {
		if (!isBase(r) || (pinsOnly && set.inputs.includes(r.file))) continue;
		const parsed = context.parseSpecifier(r.specifier);
		if (parsed === null) continue;
		const member: ClashMember = {
			file: r.file,
			line: r.line,
			text: `${r.name}${r.specifier}`,
			origin: formatLocation(r.file, r.line),
			set: parsed.set,
			own: true,
		};
		byName.set(r.name, [...(byName.get(r.name) ?? []), member]);
	}
	return byName;
}

// Markers, extras and groups may never apply in the other install; a constraint applies to both.
function isBase(r: Requirement): boolean {
	return (
		r.marker === null &&
		r.url === null &&
		r.specifier !== "" &&
		[
			"project",
			"poetry",
			"requirements",
			"constraint",
			"constraints-file",
		].includes(r.group)
	);
}

function disjoint(
	left: readonly ClashMember[],
	right: readonly ClashMember[],
): boolean {
	const meet = (members: readonly ClashMember[]): VersionSet | null =>
		members.reduce<VersionSet | null>(
			(acc, m) => (acc === null ? m.set : intersect(acc, m.set)),
			null,
		);
	return safely(() => {
		const a = meet(left);
		const b = meet(right);
		// Each side must admit something by itself: a side that admits nothing is its own `conflict`.
		if (a === null || b === null || isEmpty(a) || isEmpty(b)) return false;
		return isEmpty(intersect(a, b));
	}, false);
}

function describe(
	context: RuleContext,
	project: Project,
	name: string,
	left: ClashMember[],
	right: ClashMember[],
): RuleFinding {
	const anchor = right[0] as ClashMember;
	const list = (members: readonly ClashMember[]) =>
		members.map((m) => `\`${m.text}\` (${m.origin})`).join(", ");
	return {
		rule: "diverged",
		severity: context.severityOf("diverged"),
		project: project.path,
		package: name,
		file: anchor.file,
		line: anchor.line,
		message: `the two ways to install ${project.path === "." ? "this project" : project.path} disagree on \`${name}\`: ${list(left)} against ${list(right)}; no version satisfies both.`,
		facts: {
			fix: "Align them; if the two are installed together, say so with `[[install]]` in the policy (then it is a `conflict`).",
			clash: { members: [...left, ...right], together: [...left, ...right] },
		},
	};
}
