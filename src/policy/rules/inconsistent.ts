// `inconsistent`: one package at different versions across projects (locked versions, else exact pins).
import type { LockedPackage, Project, Requirement } from "../../model/types.js";
import type { SpecifierSet } from "../../pep440/specifier-set.js";
import { compareVersions, type Version } from "../../pep440/version.js";
import { isVersionAcceptable } from "../acceptable-versions.js";
import {
	lockFork,
	type PlacedVersion,
	placedVersionsDiffer,
	projectScope,
	sharedPythons,
} from "../requirement-scope.js";
import {
	admits,
	compareText,
	findExactVersion,
	formatLocation,
	formatRequirement,
	listLocalPackages,
	listLockedEntries,
	listLockedVersions,
	ownsFile,
	parseLockedVersion,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";
import { createTables } from "./inconsistent-table.js";

interface Row {
	project: Project;
	versions: Version[];
	signature: string;
	/** Each version with where it is installed (a fork's or a pin's marker). */
	placed: PlacedVersion[];
	/** Locked entries the versions come from; empty when they come from exact pins. */
	locked: { version: Version; entry: LockedPackage }[];
	/** The project's requirements on the package, each with its exact pin if it has one. */
	declared: {
		requirement: Requirement;
		set: SpecifierSet | null;
		pin: Version | null;
	}[];
}

export function checkInconsistent(context: RuleContext): RuleFinding[] {
	const wanted = context.policy.consistency.packages;
	const projects = [...context.projects].sort((a, b) =>
		compareText(a.path, b.path),
	);
	const names =
		wanted === "*"
			? [
					...new Set(
						projects.flatMap((p) => [
							...p.requirements.map((r) => r.name),
							...p.locked.map((e) => e.name),
						]),
					),
				]
			: wanted;
	const findings: RuleFinding[] = [];
	for (const name of [...names].sort(compareText)) {
		const rows = projects.flatMap((project) => {
			const row = findRow(context, project, name);
			return row === null ? [] : [row];
		});
		const reference = findReference(rows);
		const referenceRow = reference?.[0];
		if (reference === null || referenceRow === undefined) continue;
		const referenceSignature = referenceRow.signature;
		// Marker-split pins and forked locks differ only where their markers meet, on Pythons both support.
		const deviating = rows
			.filter(
				(row) =>
					row.signature !== referenceSignature &&
					placedVersionsDiffer(
						row.placed,
						referenceRow.placed,
						projectScope(
							sharedPythons(
								row.project.requiresPython,
								referenceRow.project.requiresPython,
							),
						),
					),
			)
			.map((row) => ({ row, anchor: findAnchor(row, referenceRow.versions) }));
		if (deviating.length === 0) continue;
		const tableFor = createTables(
			name,
			rows,
			new Set(deviating.map(({ row }) => row)),
			referenceSignature,
		);
		const owned = indexOwnedLockLines(context, deviating);
		for (const { row, anchor } of deviating) {
			// Workspace members share the root's uv.lock: a lock line is reported once, by the lock's owner.
			const entry = anchor.entry;
			if (
				entry !== undefined &&
				!context.reportsOnLock(row.project, entry.file) &&
				(owned.get(lockLineKey(entry)) ?? []).some((other) => other !== row)
			)
				continue;
			findings.push(
				buildFinding(context, {
					name,
					row,
					anchor,
					referenceRow,
					others: `${reference?.length ?? 0} other project(s)`,
					table: tableFor(row),
				}),
			);
		}
	}
	return findings;
}

/**
 * The rows of the version most projects use (on a tie, the newest); null when every project agrees.
 * Workspace members resolving from one shared uv.lock are one resolution, so they count once.
 */
function findReference(rows: Row[]): Row[] | null {
	const counts = new Map<string, Row[]>();
	for (const row of rows) {
		const same = [...counts.keys()].find((key) =>
			sameVersions(counts.get(key)?.[0]?.versions ?? [], row.versions),
		);
		// The first spelling seen names the group: `1.0` and `1.0.0` are one version (PEP 440).
		if (same !== undefined) row.signature = same;
		const group = counts.get(row.signature);
		if (group === undefined) counts.set(row.signature, [row]);
		else group.push(row);
	}
	if (counts.size < 2) return null;
	const [reference] = [...counts.values()].sort(
		(a, b) =>
			countResolutions(b) - countResolutions(a) ||
			compareNewest(b[0]?.versions ?? [], a[0]?.versions ?? []),
	);
	return reference ?? null;
}

/** The deviating rows whose lock line (file and line) their project's lock owner reports, by that line. */
function indexOwnedLockLines(
	context: RuleContext,
	deviating: readonly { row: Row; anchor: Anchor }[],
): Map<string, Row[]> {
	const owned = new Map<string, Row[]>();
	for (const { row, anchor } of deviating) {
		const entry = anchor.entry;
		if (entry === undefined || !context.reportsOnLock(row.project, entry.file))
			continue;
		const key = lockLineKey(entry);
		const rows = owned.get(key);
		if (rows === undefined) owned.set(key, [row]);
		else rows.push(row);
	}
	return owned;
}

function lockLineKey(entry: LockedPackage): string {
	return JSON.stringify([entry.file, entry.line]);
}

/** The finding on one project whose version differs from the reference project's. */
function buildFinding(
	context: RuleContext,
	{
		name,
		row,
		anchor,
		referenceRow,
		others,
		table,
	}: {
		name: string;
		row: Row;
		anchor: Anchor;
		referenceRow: Row;
		others: string;
		table: string;
	},
): RuleFinding {
	const target =
		referenceRow.versions.length === 1 ? referenceRow.versions[0] : undefined;
	const suggestion =
		anchor.requirement !== undefined &&
		anchor.pinned &&
		target !== undefined &&
		isVersionAcceptable(context, row.project, name, target)
			? formatRequirement(anchor.requirement, `==${target.text}`)
			: undefined;
	return {
		rule: "inconsistent",
		severity: context.severityOf("inconsistent"),
		project: row.project.path,
		package: name,
		file: anchor.file,
		line: anchor.line,
		message: `\`${name}\` is at ${row.signature} in ${row.project.path} but at ${referenceRow.signature} in ${others}${anchor.requirement === undefined ? ` (${formatLocation(anchor.file, anchor.line)} locks it)` : ""}: code tested in one project is not what runs in another.`,
		...(suggestion === undefined ? {} : { suggestion }),
		facts: {
			fix:
				suggestion !== undefined
					? `Write \`${suggestion}\`.`
					: anchor.requirement === undefined
						? `Align it on ${referenceRow.signature} (constrain it in the manifest and re-lock).`
						: `Align it on ${referenceRow.signature}.`,
			detail: table,
			also: `${row.project.path} is on ${name} ${row.signature} while ${others} use ${referenceRow.signature}`,
			...(anchor.requirement === undefined
				? {}
				: { requirement: anchor.requirement }),
			...(anchor.entry === undefined ? {} : { entry: anchor.entry }),
		},
	};
}

/** The project's version(s) of `name`: its locked versions, else its exact pins. */
function findRow(
	context: RuleContext,
	project: Project,
	name: string,
): Row | null {
	if (listLocalPackages(project).has(name)) return null;
	const declared = project.requirements
		.filter((r) => r.name === name && r.group !== "build")
		.map((requirement) => {
			const set =
				requirement.url === null
					? context.parseSpecifier(requirement.specifier)
					: null;
			return {
				requirement,
				set,
				pin: set === null ? null : findExactVersion(set),
			};
		});
	const locked = listLockedVersions(project, name);
	let versions: Version[] = locked.map(({ version }) => version);
	let placed: PlacedVersion[] = listLockedEntries(project).flatMap((entry) => {
		const version = entry.name === name ? parseLockedVersion(entry) : null;
		return version === null ? [] : [{ version, marker: lockFork(entry) }];
	});
	if (versions.length === 0) {
		// PEP 440: `1.0` and `1.0.0` are one version.
		const distinct = new Map(
			declared.flatMap(({ pin }) =>
				pin === null ? [] : [[versionIdentity(pin), pin]],
			),
		);
		versions = [...distinct.values()].sort(compareVersions);
		placed = declared.flatMap(({ pin, requirement }) =>
			pin === null ? [] : [{ version: pin, marker: requirement.marker }],
		);
	}
	if (versions.length === 0) return null;
	return {
		project,
		versions,
		signature: versions.map((v) => v.text).join(" + "),
		placed,
		locked,
		declared,
	};
}

/** Distinct resolutions among `rows`: each lock file (set) once, each project without a lock once. */
function countResolutions(rows: readonly Row[]): number {
	const keys = new Set(
		rows.map((row) =>
			row.locked.length === 0
				? `project\0${row.project.path}`
				: `lock\0${[...new Set(row.locked.map(({ entry }) => entry.file))].sort(compareText).join("\0")}`,
		),
	);
	return keys.size;
}

interface Anchor {
	file: string;
	line: number;
	requirement?: Requirement;
	/** The anchor is an exact pin (so `==<reference>` replaces it). */
	pinned: boolean;
	entry?: LockedPackage;
}

/**
 * Where the deviating version comes from: the project's own line pinning it, else its own line that rules
 * out the reference version, else the lock entry holding it, else any line pinning it (a shared `-r` file).
 */
function findAnchor(row: Row, reference: readonly Version[]): Anchor {
	const isReference = (v: Version) =>
		reference.some((r) => compareVersions(r, v) === 0);
	const deviating = row.versions.filter((v) => !isReference(v));
	const isDeviating = (v: Version | null) =>
		v !== null && deviating.some((d) => compareVersions(d, v) === 0);
	const own = row.declared.filter(({ requirement }) =>
		ownsFile(row.project, requirement.file),
	);
	const ownPin = own.find(({ pin }) => isDeviating(pin));
	if (ownPin !== undefined) return fromRequirement(ownPin.requirement, true);
	// Only a line that admits no reference version forces the deviation (a range admitting it does not).
	const excluding = own.find(
		({ set, pin }) =>
			pin === null &&
			set !== null &&
			reference.length > 0 &&
			!reference.some((v) => admits(set, v)),
	);
	if (excluding !== undefined)
		return fromRequirement(excluding.requirement, false);
	const entry =
		row.locked.find(({ version }) => isDeviating(version))?.entry ??
		row.locked[0]?.entry;
	if (entry !== undefined)
		return { file: entry.file, line: entry.line, pinned: false, entry };
	const anyPin =
		row.declared.find(({ pin }) => isDeviating(pin)) ??
		row.declared.find(({ pin }) => pin !== null);
	if (anyPin !== undefined) return fromRequirement(anyPin.requirement, true);
	const first = row.declared[0]?.requirement;
	return first === undefined
		? { file: "", line: 0, pinned: false }
		: fromRequirement(first, false);
}

function fromRequirement(requirement: Requirement, pinned: boolean): Anchor {
	return {
		file: requirement.file,
		line: requirement.line,
		requirement,
		pinned,
	};
}

function compareNewest(a: readonly Version[], b: readonly Version[]): number {
	const x = a[a.length - 1];
	const y = b[b.length - 1];
	return x === undefined || y === undefined ? 0 : compareVersions(x, y);
}

/** PEP 440 identity: a version without the release segment's trailing zeros (`1.0.0` is `1.0`). */
function versionIdentity(version: Version): string {
	return version.release.length > 1 &&
		version.release[version.release.length - 1] === 0n
		? versionIdentity({ ...version, release: version.release.slice(0, -1) })
		: `${version.epoch}!${version.release.join(".")}|${version.text.replace(/^(?:\d+!)?[\d.]+/, "")}`;
}

function sameVersions(a: readonly Version[], b: readonly Version[]): boolean {
	return (
		a.length === b.length &&
		a.every((v, i) => {
			const w = b[i];
			return w !== undefined && compareVersions(v, w) === 0;
		})
	);
}
