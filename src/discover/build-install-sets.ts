// Which files of a directory are installed together. A directory often holds several independent installs:
// CI jobs' `pre-commit-requirements.txt` and `semgrep-requirements.txt`, a pyproject.toml and a Docker image's
// requirements.txt. Each is an install set; only the requirements inside one meet at install time.
import type { InstallSet, Project } from "../model/types.js";
import { compareStrings } from "./discover-files.js";
import type { ParsedFile } from "./group-projects.js";
import type { ResolvedRequirements } from "./resolve-requirements.js";

const LOCK_KINDS = new Set(["uv-lock", "poetry-lock", "pylock"]);

/** Sets `installSets` on every project from its files and what the requirements files include. */
export function assignInstallSets(
	projects: readonly Project[],
	parsed: readonly ParsedFile[],
): void {
	const compiledInputs = new Set<string>();
	const byDir = new Map<string, InstallSet[]>();
	const add = (dir: string, set: InstallSet) =>
		byDir.set(dir, [...(byDir.get(dir) ?? []), set]);
	for (const item of parsed) {
		if (item.kind !== "requirements") continue;
		const set = describeRequirementsSet(item.file.path, item.value);
		for (const input of set.inputs) compiledInputs.add(input);
		add(dirOf(item.file.path), set);
	}
	shareInputRequirements(projects, byDir);
	for (const project of projects) {
		const sets = (byDir.get(project.path) ?? []).filter(
			// An input is installed through its compiled output, not by itself.
			(set) => set.kind !== "requirements" || !compiledInputs.has(set.root),
		);
		const pyproject = project.files.find((f) => f.kind === "pyproject");
		if (pyproject !== undefined) {
			const locks = new Set(
				project.files.filter((f) => LOCK_KINDS.has(f.kind)).map((f) => f.path),
			);
			for (const entry of project.locked) locks.add(entry.file);
			sets.unshift({
				kind: "pyproject",
				root: pyproject.path,
				files: [pyproject.path, ...[...locks].sort(compareStrings)],
				constraints: [],
				inputs: [],
			});
		} else {
			// A lock without a manifest (pylock.toml next to requirements files) is an install of its own.
			const locks = project.files.filter((f) => LOCK_KINDS.has(f.kind));
			for (const lock of locks)
				sets.push({
					kind: "pyproject",
					root: lock.path,
					files: [lock.path],
					constraints: [],
					inputs: [],
				});
			if (sets.length === 0 && project.files.length > 0)
				sets.push({
					kind: "pyproject",
					root: (project.files[0] as { path: string }).path,
					files: project.files.map((f) => f.path),
					constraints: [],
					inputs: [],
				});
		}
		project.installSets = sets.sort(
			(a, b) =>
				(a.kind === "pyproject" ? 0 : 1) - (b.kind === "pyproject" ? 0 : 1) ||
				compareStrings(a.root, b.root),
		);
	}
}

/** A requirements file's install set: what it reads (-r, -c), and for a compiled output its inputs. */
function describeRequirementsSet(
	own: string,
	resolved: ResolvedRequirements,
): InstallSet {
	const constraints = new Set(
		resolved.requirements
			.filter((r) => r.group === "constraints-file")
			.map((r) => r.file),
	);
	const compiled = resolved.compiled;
	const inputs = new Set(compiled?.inputFiles ?? []);
	const files = [...resolved.files];
	for (const input of compiled?.inputs ?? []) {
		if (!input.found) continue;
		inputs.add(input.path);
		if (!files.includes(input.path)) files.push(input.path);
	}
	for (const c of compiled?.constraintFiles ?? []) constraints.add(c);
	return {
		kind: compiled === undefined ? "requirements" : "compiled",
		root: own,
		files,
		constraints: [...constraints].sort(compareStrings),
		inputs: [...inputs].sort(compareStrings),
		...(compiled === undefined
			? {}
			: {
					compiled: {
						line: compiled.header?.line ?? null,
						missing: compiled.missing,
						extras: compiled.header?.extras ?? [],
						allExtras: compiled.header?.allExtras ?? false,
					},
				}),
	};
}

/** A compiled output's inputs in another directory (`-o requirements/prod.txt pyproject.toml`): its project sees their requirements. */
function shareInputRequirements(
	projects: readonly Project[],
	byDir: ReadonlyMap<string, InstallSet[]>,
): void {
	for (const project of projects)
		for (const set of byDir.get(project.path) ?? []) {
			const foreign = new Set(
				set.inputs.filter((file) => dirOf(file) !== project.path),
			);
			if (foreign.size === 0) continue;
			const known = new Set(
				project.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`),
			);
			for (const other of projects) {
				if (other === project) continue;
				for (const r of other.requirements) {
					const key = `${r.file}\0${r.line}\0${r.name}`;
					if (!foreign.has(r.file) || known.has(key)) continue;
					known.add(key);
					project.requirements.push(r);
				}
			}
		}
}

function dirOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "." : path.slice(0, slash);
}
