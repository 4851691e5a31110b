// `conflict`: requirements on one package within one project that no version satisfies together.
// A `[[compat]]` require is not one of them: a requirement outside it is the `compat` rule's finding.
import type { Project } from "../../model/types.js";
import {
	type MarkerScope,
	markersMayMeet,
} from "../../parse/markers/marker-algebra.js";
import {
	intersect,
	isEmpty,
	type VersionSet,
} from "../../pep440/specifier-set.js";
import { listResolutionViews, type ResolutionView } from "../install-sets.js";
import { findOwnMetadata } from "../own-metadata.js";
import {
	dependencyApplies,
	projectScope,
	requirementApplies,
} from "../requirement-scope.js";
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
				for (const group of partition(
					contributions,
					projectScope(project.requiresPython),
				)) {
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
 * The sets of contributions that apply together: those whose markers can all hold in one environment the
 * project supports (the marker algebra's "can both hold", so `sys_platform == "linux"` never meets
 * `"win32"`, while `python_version >= "3.10"` meets `python_version < "3.12"`), within one extra or group
 * scope; an unmarked one applies with every marker.
 */
function partition(
	contributions: Contribution[],
	scope: MarkerScope,
): Contribution[][] {
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
	for (const group of [null, ...scopes]) {
		for (const together of listMeetingMarkers(markers, scope)) {
			groups.push(
				contributions.filter(
					(c) =>
						(c.scope === null || c.scope === group) &&
						(c.marker === null || together.has(c.marker)),
				),
			);
		}
	}
	return groups;
}

/** Marker subsets tried before falling back to one marker at a time (which never over-reports). */
const MEETING_BUDGET = 2_000;

/**
 * The largest sets of markers that can all hold at once (plus the empty set, for the unmarked ones).
 * Depth-first over the markers in order: a set that cannot hold together has no superset that can.
 */
function listMeetingMarkers(
	markers: readonly string[],
	scope: MarkerScope,
): Set<string>[] {
	const found: Set<string>[] = [new Set()];
	let tried = 0;
	const extend = (chosen: string[], from: number): boolean => {
		let extended = false;
		for (let i = from; i < markers.length; i++) {
			if (++tried > MEETING_BUDGET) return true;
			const next = [...chosen, markers[i] as string];
			if (!markersMayMeet(next, scope)) continue;
			extended = true;
			if (!extend(next, i + 1)) found.push(new Set(next));
		}
		return extended;
	};
	extend([], 0);
	if (tried > MEETING_BUDGET)
		return [new Set(), ...markers.map((m) => new Set([m]))];
	// Keep only maximal sets: a subset of another finds nothing the larger one misses.
	return found.filter(
		(set) =>
			!found.some(
				(other) =>
					other !== set &&
					other.size > set.size &&
					[...set].every((m) => other.has(m)),
			),
	);
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
