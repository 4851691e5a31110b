// uv: `[tool.uv.sources]` in the workspace root apply to every member, unless the member names its own
// source for the package (docs.astral.sh/uv/concepts/projects/workspaces/#workspace-sources).
import type { Project } from "../model/types.js";
import type { Pyproject } from "../parse/pyproject.js";
import { applyUvSources } from "../parse/pyproject-uv.js";

/** The member's pyproject.toml requirements with the root's sources applied where it has none of its own. */
export function applyWorkspaceSources(
	member: Project,
	memberPyproject: Pyproject,
	root: Project,
	rootPyproject: Pyproject,
): void {
	const own = new Set(memberPyproject.uv.sources.map((s) => s.name));
	const inherited = rootPyproject.uv.sources.filter((s) => !own.has(s.name));
	const rootFile = root.files.find((f) => f.kind === "pyproject")?.path;
	const memberFile = member.files.find((f) => f.kind === "pyproject")?.path;
	if (
		inherited.length === 0 ||
		rootFile === undefined ||
		memberFile === undefined
	)
		return;
	const fromMember = member.requirements.filter((r) => r.file === memberFile);
	const applied = applyUvSources(fromMember, inherited, rootFile);
	const replaced = new Map(fromMember.map((r, i) => [r, applied[i] ?? r]));
	// Paths in the root's sources are relative to the root's directory: applyUvSources takes that as base.
	member.requirements = member.requirements.map((r) => replaced.get(r) ?? r);
}
