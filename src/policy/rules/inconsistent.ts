// `inconsistent`: one package at different versions across projects (locked versions, else exact pins).
import type { Finding, Project } from "../../model/types.js";
import { compareVersions, type Version } from "../../pep440/version.js";
import {
	compareText,
	findExactVersion,
	listLocalPackages,
	listLockedVersions,
	type RuleContext,
} from "../rule-context.js";

interface Row {
	project: Project;
	versions: Version[];
	signature: string;
	file: string;
	line: number;
}

export function checkInconsistent(context: RuleContext): Finding[] {
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
	const findings: Finding[] = [];
	for (const name of [...names].sort(compareText)) {
		const rows = projects.flatMap((project) => {
			const row = findRow(context, project, name);
			return row === null ? [] : [row];
		});
		const counts = new Map<string, Row[]>();
		for (const row of rows)
			counts.set(row.signature, [...(counts.get(row.signature) ?? []), row]);
		if (counts.size < 2) continue;
		// The version most projects use is the reference; on a tie, the newest.
		const [reference] = [...counts.values()].sort(
			(a, b) =>
				b.length - a.length ||
				compareNewest(b[0]?.versions ?? [], a[0]?.versions ?? []),
		);
		const referenceSignature = reference?.[0]?.signature ?? "";
		const table = formatTable(name, rows, referenceSignature);
		for (const row of rows) {
			if (row.signature === referenceSignature) continue;
			findings.push({
				rule: "inconsistent",
				severity: context.severityOf("inconsistent"),
				project: row.project.path,
				package: name,
				file: row.file,
				line: row.line,
				message: `\`${name}\` is at ${row.signature} in ${row.project.path} but at ${referenceSignature} in ${reference?.length ?? 0} other project(s): code tested in one project is not what runs in another. Align on one version.\n${table}`,
			});
		}
	}
	return findings;
}

/** The project's version(s) of `name`: its locked versions, else its exact pins; anchored on the manifest line. */
function findRow(
	context: RuleContext,
	project: Project,
	name: string,
): Row | null {
	if (listLocalPackages(project).has(name)) return null;
	const declared = project.requirements.filter(
		(r) => r.name === name && r.group !== "build",
	);
	const locked = listLockedVersions(project, name);
	let versions: Version[] = locked.map(({ version }) => version);
	let anchor: { file: string; line: number } | undefined =
		declared[0] ?? locked[0]?.entry;
	if (versions.length === 0) {
		const pins = declared.flatMap((requirement) => {
			const set =
				requirement.url === null
					? context.parseSpecifier(requirement.specifier)
					: null;
			const version = set === null ? null : findExactVersion(set);
			return version === null ? [] : [{ requirement, version }];
		});
		const distinct = new Map(
			pins.map((pin) => [pin.version.text, pin.version]),
		);
		versions = [...distinct.values()].sort(compareVersions);
		anchor = pins[0]?.requirement;
	}
	if (versions.length === 0 || anchor === undefined) return null;
	return {
		project,
		versions,
		signature: versions.map((v) => v.text).join(" + "),
		file: anchor.file,
		line: anchor.line,
	};
}

function compareNewest(a: readonly Version[], b: readonly Version[]): number {
	const x = a[a.length - 1];
	const y = b[b.length - 1];
	return x === undefined || y === undefined ? 0 : compareVersions(x, y);
}

function formatTable(name: string, rows: Row[], reference: string): string {
	const width = Math.max(
		"project".length,
		...rows.map((r) => r.project.path.length),
	);
	const lines = [`${"project".padEnd(width)}  ${name}`];
	for (const row of rows) {
		lines.push(
			`${row.project.path.padEnd(width)}  ${row.signature}${row.signature === reference ? "" : "  <- differs"}`,
		);
	}
	return lines.join("\n");
}
