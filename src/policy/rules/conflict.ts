// `conflict`: requirements on one package within one project that no version satisfies together.
// A `[[compat]]` require is not one of them: a requirement outside it is the `compat` rule's finding.
import type { Project } from "../../model/types.js";
import {
	intersect,
	isEmpty,
	type VersionSet,
} from "../../pep440/specifier-set.js";
import { listResolutionViews, type ResolutionView } from "../install-sets.js";
import { findOwnMetadata } from "../own-metadata.js";
import { dependencyApplies, requirementApplies } from "../requirement-scope.js";
import {
	compareText,
	findFileKind,
	formatLocation,
	listLockedEntries,
	type RuleContext,
	type RuleFinding,
	safely,
} from "../rule-context.js";
import { admitsNothing } from "./unsatisfiable.js";

interface Contribution {
	name: string;
	set: VersionSet;
	/** As written, e.g. `httpx>=0.28`. */
	text: string;
	/** Where it comes from, for the message, e.g. `pyproject.toml:8 (group dev)`. */
	origin: string;
	file: string;
	line: number | null;
	marker: string | null;
	/** Base requirements apply always; an extra or dependency group applies only with itself (some are
	 * declared mutually exclusive in `[tool.uv] conflicts`, which the model does not carry). */
	scope: string | null;
	/** Declared by the project itself (as opposed to a lock it shares with a workspace). */
	own: boolean;
}

export function checkConflict(context: RuleContext): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const severity = context.severityOf("conflict");
	for (const project of context.projects) {
		// Requirements meet only inside one install set; a finding two sets share is reported once.
		const reported = new Set<string>();
		for (const view of listResolutionViews(project)) {
			const byName = new Map<string, Contribution[]>();
			for (const contribution of collectContributions(context, project, view)) {
				const list = byName.get(contribution.name) ?? [];
				list.push(contribution);
				byName.set(contribution.name, list);
			}
			for (const [name, contributions] of [...byName].sort(([a], [b]) =>
				compareText(a, b),
			)) {
				if (contributions.length < 2) continue;
				for (const group of partition(contributions)) {
					const clash = findMinimalClash(group);
					if (clash === null || !clash.some((c) => c.own)) continue;
					const key = `${name}\n${clash.map((c) => c.origin).join("\n")}`;
					if (reported.has(key)) continue;
					reported.add(key);
					const anchor = clash.find((c) => c.own) ?? clash[0];
					if (anchor === undefined) continue;
					findings.push({
						rule: "conflict",
						severity,
						project: project.path,
						package: name,
						file: anchor.file,
						line: anchor.line,
						message: `no version of \`${name}\` satisfies all of ${clash.map((c) => `\`${c.text}\` (${c.origin})`).join(", ")}: installing this project fails or silently drops one of them.`,
						facts: {
							fix: "Relax one so their ranges overlap.",
							clash: { members: clash, together: group },
						},
					});
				}
			}
		}
	}
	return findings;
}

function collectContributions(
	context: RuleContext,
	project: Project,
	view: ResolutionView,
): Contribution[] {
	// Most names have a single candidate (a project's hashed requirements file pins ~200 packages nothing else
	// mentions) and can never conflict: a candidate's description is only built when its name has another.
	const candidates: {
		name: string;
		specifier: string;
		describe: () => Omit<Contribution, "set" | "name">;
	}[] = [];
	const counts = new Map<string, number>();
	const add = (
		name: string,
		specifier: string,
		describe: () => Omit<Contribution, "set" | "name">,
	): void => {
		if (specifier.trim() === "") return;
		candidates.push({ name, specifier, describe });
		counts.set(name, (counts.get(name) ?? 0) + 1);
	};
	const applies = requirementApplies(context.projects, project);
	for (const r of project.requirements) {
		if (!view.files.has(r.file)) continue;
		// tool.uv overrides replace other requirements by design; build requirements resolve separately.
		if (r.group === "build" || r.group === "override" || r.url !== null)
			continue;
		if (!applies(r)) continue;
		const scope =
			/^(optional:|group:|poetry-group:)/.test(r.group) || r.group === "dev"
				? r.group
				: null;
		const marker = r.marker === null ? "" : `; ${r.marker}`;
		add(r.name, r.specifier, () => ({
			text: `${r.name}${r.specifier}${marker}`,
			origin: `${formatLocation(r.file, r.line)}${scope === null ? "" : `, ${scope}`}`,
			file: r.file,
			line: r.line,
			marker: r.marker,
			scope,
			own: true,
		}));
	}
	if (view.withLocks) addLockContributions(context, project, add);
	const contributions: Contribution[] = [];
	for (const { name, specifier, describe } of candidates) {
		if ((counts.get(name) ?? 0) < 2) continue;
		const parsed = context.parseSpecifier(specifier);
		// A requirement that admits nothing by itself is its own finding (unsatisfiable.ts), not half of a clash.
		if (parsed !== null && !admitsNothing(parsed))
			contributions.push({ name, ...describe(), set: parsed.set });
	}
	return contributions;
}

type AddContribution = (
	name: string,
	specifier: string,
	describe: () => Omit<Contribution, "set" | "name">,
) => void;

/** What the project's locks record next to its own requirements: poetry.lock dependency specifiers, uv.lock manifests. */
function addLockContributions(
	context: RuleContext,
	project: Project,
	add: AddContribution,
): void {
	// poetry.lock records each locked package's dependency specifiers; a forked package is skipped (its
	// entries apply under different markers).
	const entries = listLockedEntries(project).filter(
		(e) => findFileKind(project, e.file) === "poetry-lock",
	);
	const entryCounts = new Map<string, number>();
	for (const entry of entries) {
		const key = `${entry.file}\0${entry.name}`;
		entryCounts.set(key, (entryCounts.get(key) ?? 0) + 1);
	}
	for (const entry of entries) {
		if ((entryCounts.get(`${entry.file}\0${entry.name}`) ?? 0) > 1) continue;
		for (const dependency of entry.dependencies) {
			if (!dependencyApplies(project, entry.name, dependency.marker)) continue;
			add(dependency.name, dependency.specifier, () => ({
				text: `${dependency.name}${dependency.specifier}${dependency.marker === null ? "" : `; ${dependency.marker}`}`,
				origin:
					`${formatLocation(entry.file, entry.line)}, declared by ${entry.name} ${entry.version ?? ""}`.trimEnd(),
				file: entry.file,
				line: entry.line,
				marker: dependency.marker,
				scope: null,
				own: context.reportsOnLock(project, entry.file),
			}));
		}
	}
	// uv.lock's recorded manifests of the other packages resolved with this one (workspace members).
	const own = findOwnMetadata(project);
	if (own !== null) {
		for (const metadata of project.lockMetadata) {
			if (metadata.package === own.package) continue;
			for (const r of metadata.requiresDist) {
				if (r.url !== null) continue;
				add(r.name, r.specifier, () => ({
					text: `${r.name}${r.specifier}${r.marker === null ? "" : `; ${r.marker}`}`,
					origin: `${formatLocation(r.file, r.line)}, recorded for ${metadata.package}`,
					file: r.file,
					line: r.line,
					marker: r.marker,
					scope: null,
					own: false,
				}));
			}
		}
	}
}

/**
 * The sets of contributions that apply together. Conservative: requirements under different markers never
 * conflict (the markers may never hold at once); an unmarked one applies with every marker.
 */
function partition(contributions: Contribution[]): Contribution[][] {
	const markers = [
		...new Set(
			contributions.flatMap((c) => (c.marker === null ? [] : [c.marker])),
		),
	];
	const scopes = [
		...new Set(
			contributions.flatMap((c) => (c.scope === null ? [] : [c.scope])),
		),
	];
	const groups: Contribution[][] = [];
	for (const scope of [null, ...scopes]) {
		for (const marker of [null, ...markers]) {
			groups.push(
				contributions.filter(
					(c) =>
						(c.scope === null || c.scope === scope) &&
						(c.marker === null || c.marker === marker),
				),
			);
		}
	}
	return groups;
}

/** A smallest-by-deletion subset with an empty intersection, in input order; null when they overlap. */
function findMinimalClash(group: Contribution[]): Contribution[] | null {
	const emptyTogether = (items: Contribution[]): boolean => {
		if (items.length < 2) return false;
		return safely(() => {
			let set = items[0]?.set as VersionSet;
			for (const item of items.slice(1)) set = intersect(set, item.set);
			return isEmpty(set);
		}, false);
	};
	if (!emptyTogether(group)) return null;
	let clash = [...group];
	for (const item of group) {
		const without = clash.filter((c) => c !== item);
		if (emptyTogether(without)) clash = without;
	}
	return clash;
}
