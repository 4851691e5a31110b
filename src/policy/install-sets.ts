// Install sets as the rules see them: what the files say (discover/build-install-sets.ts) plus what the policy
// declares with `[[install]]` (a shared requirements-mcp.txt installed with each server's own files), and the
// requirements each set installs or constrains.
import { posix } from "node:path";
import { ConfigurationError } from "../errors.js";
import type { InstallSet, Project, Requirement } from "../model/types.js";
import { isPlainPath, matchesGlob } from "./glob-match.js";
import { formatLocation } from "./rule-context.js";
import type { InstallDeclaration, Policy } from "./schema.js";

/** The project's install sets; a hand-built project without any is one install of all its files. */
export function listInstallSets(project: Project): InstallSet[] {
	if (project.installSets !== undefined) return project.installSets;
	const files = [
		...new Set([
			...project.files.map((f) => f.path),
			...project.requirements.map((r) => r.file),
			...project.locked.map((e) => e.file),
		]),
	];
	return [
		{
			kind: "pyproject",
			root: files[0] ?? project.path,
			files,
			constraints: [],
			inputs: [],
		},
	];
}

/** The requirements `set` installs or constrains (from any of its files). */
export function listSetRequirements(
	project: Project,
	set: InstallSet,
): Requirement[] {
	const files = new Set(set.files);
	return project.requirements.filter((r) => files.has(r.file));
}

/** Files whose requirements resolve together, and whether the project's lock records take part. */
export interface ResolutionView {
	files: ReadonlySet<string>;
	/** The pyproject set: what its locks record of other packages' requirements takes part. */
	withLocks: boolean;
}

/**
 * The groups of files whose requirements meet at install time: each install set; a compiled output's inputs
 * and its pins separately (an output pin outside its input's range is `lock-mismatch`, a stale compile, not a
 * clash). Rules that compare requirements with each other (`conflict`, `compat`, dependencies' own
 * requirements) compare them inside one view only.
 */
export function listResolutionViews(project: Project): ResolutionView[] {
	return listInstallSets(project).flatMap((set): ResolutionView[] => {
		const withLocks = set.kind === "pyproject";
		if (set.kind !== "compiled")
			return [{ files: new Set(set.files), withLocks }];
		const inputs = new Set([...set.inputs, ...set.constraints]);
		const outputs = new Set(set.files.filter((f) => !set.inputs.includes(f)));
		return [
			{ files: inputs, withLocks: false },
			{ files: outputs, withLocks: false },
		];
	});
}

/**
 * Every file whose requirements resolve together with `file`'s in some install set; undefined when no set
 * reads `file` (then nothing narrows the question).
 */
export function listFilesResolvedWith(
	project: Project,
	file: string,
): ReadonlySet<string> | undefined {
	const views = listResolutionViews(project).filter((view) =>
		view.files.has(file),
	);
	if (views.length === 0) return undefined;
	return new Set(views.flatMap((view) => [...view.files]));
}

/** Whether a requirement only bounds versions in `set` (a -c file, tool.uv constraint-dependencies). */
export function isConstraintIn(
	requirement: Requirement,
	set: InstallSet,
): boolean {
	return (
		requirement.group === "constraint" ||
		requirement.group === "constraints-file" ||
		set.constraints.includes(requirement.file)
	);
}

/**
 * Adds the `[[install]]` declarations to the discovered install sets: each `each` file's set also installs the
 * `with` files' sets, and the project sees their requirements (as it sees a `-r` include's). A glob or path that
 * matches no discovered file is a configuration error: the declaration would silently mean nothing. Not when
 * `--include`/`--exclude` audit part of the tree (`partial`): what they leave out is not a mistake in the policy.
 */
export function applyInstallDeclarations(
	projects: readonly Project[],
	policy: Policy,
	options: { partial: boolean } = { partial: false },
): void {
	if (policy.install.length === 0) return;
	const sets = projects.flatMap((project) =>
		listInstallSets(project).map((set) => ({ project, set })),
	);
	const byRoot = new Map(sets.map((entry) => [entry.set.root, entry]));
	const roots = [...byRoot.keys()];
	for (const declaration of policy.install) {
		const each = roots.filter((root) =>
			declaration.each.some((glob) => matches(root, glob)),
		);
		for (const glob of declaration.each)
			if (!options.partial && !roots.some((root) => matches(root, glob)))
				fail(
					declaration,
					policy,
					`\`each\` ${JSON.stringify(glob)} matches no discovered dependency file`,
				);
		for (const root of each) {
			const target = byRoot.get(root) as (typeof sets)[number];
			for (const entry of declaration.with) {
				const found = findWith(entry, root, roots, byRoot);
				if (found.length === 0 && !options.partial)
					fail(
						declaration,
						policy,
						`\`with\` ${JSON.stringify(entry)} matches no discovered dependency file${isRelative(entry) ? ` next to ${root}` : ""}`,
					);
				for (const other of found)
					join(target, byRoot.get(other) as (typeof sets)[number]);
			}
		}
	}
}

function join(
	target: { project: Project; set: InstallSet },
	added: { project: Project; set: InstallSet },
): void {
	if (target.set === added.set) return;
	for (const file of added.set.files)
		if (!target.set.files.includes(file)) target.set.files.push(file);
	for (const file of added.set.constraints)
		if (!target.set.constraints.includes(file))
			target.set.constraints.push(file);
	if (target.project === added.project) return;
	const files = new Set(added.set.files);
	const known = new Set(
		target.project.requirements.map(
			(r) => `${r.file}\0${r.line}\0${r.name}\0${r.group}`,
		),
	);
	for (const r of added.project.requirements)
		if (
			files.has(r.file) &&
			!known.has(`${r.file}\0${r.line}\0${r.name}\0${r.group}`)
		)
			target.project.requirements.push(r);
}

function findWith(
	entry: string,
	root: string,
	roots: readonly string[],
	byRoot: ReadonlyMap<string, unknown>,
): string[] {
	if (isRelative(entry)) {
		const path = posix.normalize(posix.join(posix.dirname(root), entry));
		// One file next to each of a fleet's roots: looked up, not matched against every root (quadratic).
		if (isPlainPath(path)) return byRoot.has(path) ? [path] : [];
		return roots.filter(
			(candidate) => candidate === path || matches(candidate, path),
		);
	}
	return roots.filter((candidate) => matches(candidate, entry));
}

function isRelative(entry: string): boolean {
	return entry.startsWith("./") || entry.startsWith("../");
}

function matches(path: string, glob: string): boolean {
	return matchesGlob(path, glob.replace(/^\.\//, ""));
}

function fail(
	declaration: InstallDeclaration,
	policy: Policy,
	message: string,
): never {
	throw new ConfigurationError(
		`[[install]]: ${message}`,
		policy.file,
		declaration.line,
	);
}

/** A loose input of a compiled output (`requirements.in`): the output holds its pins, pin levels judge those. */
export function isCompiledInput(
	project: Project,
	requirement: Requirement,
): boolean {
	return listInstallSets(project).some(
		(set) =>
			set.kind === "compiled" &&
			set.inputs.includes(requirement.file) &&
			!requirement.file.endsWith("pyproject.toml"),
	);
}

/**
 * The range a requirement installs within: its specifier intersected with every constraint that applies to it
 * in each install set it belongs to (`-c` files, `[tool.uv] constraint-dependencies`). A constraint counts only
 * when it applies in all of them: an install without it gets the requirement's own range.
 */
export function findEffectiveRange(
	project: Project,
	requirement: Requirement,
): { specifier: string; constraints: Requirement[] } {
	const sets = listInstallSets(project).filter((set) =>
		set.files.includes(requirement.file),
	);
	if (sets.length === 0 || sets.some((set) => isConstraintIn(requirement, set)))
		return { specifier: requirement.specifier, constraints: [] };
	let common: Requirement[] | null = null;
	for (const set of sets) {
		const applying = (
			listConstraintsByName(project, set).get(requirement.name) ?? []
		).filter(
			(c) =>
				c !== requirement &&
				(c.marker === null || c.marker === requirement.marker),
		);
		common =
			common === null ? applying : common.filter((c) => applying.includes(c));
	}
	const constraints = common ?? [];
	return {
		specifier: [requirement.specifier, ...constraints.map((c) => c.specifier)]
			.filter((s) => s !== "")
			.join(","),
		constraints,
	};
}

/**
 * The constraints of `set` that bound a version, by package name, in file order. Rules ask findEffectiveRange
 * for every requirement of a project: without the index each question scanned all the project's requirements
 * (~1 s of a 1000-project audit). `[[install]]` declarations grow a set's files and a project's requirements in
 * place (applyInstallDeclarations), so an index is reused only while those are the same list of the same size.
 */
interface ConstraintIndex {
	requirements: readonly Requirement[];
	sizes: readonly [number, number, number];
	byName: Map<string, Requirement[]>;
}

const constraintIndexes = new WeakMap<InstallSet, ConstraintIndex>();

function listConstraintsByName(
	project: Project,
	set: InstallSet,
): Map<string, Requirement[]> {
	const sizes = [
		project.requirements.length,
		set.files.length,
		set.constraints.length,
	] as const;
	const cached = constraintIndexes.get(set);
	if (
		cached?.requirements === project.requirements &&
		cached.sizes.every((size, i) => size === sizes[i])
	)
		return cached.byName;
	const byName = new Map<string, Requirement[]>();
	for (const c of listSetRequirements(project, set)) {
		if (!isConstraintIn(c, set) || c.url !== null || c.specifier === "")
			continue;
		const list = byName.get(c.name);
		if (list) list.push(c);
		else byName.set(c.name, [c]);
	}
	constraintIndexes.set(set, {
		requirements: project.requirements,
		sizes,
		byName,
	});
	return byName;
}

/** " (with `pytest<10` from constraints.txt:3)": the constraints the range was judged with. */
export function describeConstraints(
	constraints: readonly Requirement[],
): string {
	if (constraints.length === 0) return "";
	return ` (with ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")})`;
}

/**
 * How a line's range reads with the constraints it was judged with: "`>=0.27` (with `httpx<1` from
 * constraints.txt:1)", or for a bare name "with no version constraint of its own, only `httpx<1` from
 * constraints.txt:1,"; empty when no constraint applies and the line has no specifier.
 */
export function describeEffectiveRange(
	requirement: Requirement,
	constraints: readonly Requirement[],
): string {
	if (requirement.specifier !== "")
		return `\`${requirement.specifier}\`${describeConstraints(constraints)}`;
	if (constraints.length === 0) return "";
	return `with no version constraint of its own, only ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")},`;
}
