// `pin-audit fix --package NAME --to VERSION`: a rollout step as findings the fixer applies like any other. Every
// exact pin of the package (in the projects the filters select) that is not VERSION gets the line `==VERSION`; a
// range that does not admit VERSION is reported, to be edited by hand; a lock holding another version gets the
// command that moves it. Pure.

import { normalizeName } from "../model/normalize-name.js";
import type { Report } from "../model/report.js";
import type { Finding, Project } from "../model/types.js";
import { contains, parseSpecifierSet } from "../pep440/specifier-set.js";
import { parseVersion } from "../pep440/version.js";
import { formatRequirement } from "../policy/rule-context.js";
import { exactPin } from "../report/upgrade-diff.js";
import { listRunVersions, sameVersion } from "../rollout/rollout-moves.js";

export interface MovePlan {
	/** One per requirement line to change (an `error` with a suggestion) or to change by hand (no suggestion). */
	findings: Finding[];
	/** Projects whose lock holds another version (their lock command moves it). */
	relock: Project[];
}

export function planMoves(
	report: Report,
	name: string,
	version: string,
): MovePlan {
	const target = normalizeName(name);
	const findings: Finding[] = [];
	const relock: Project[] = [];
	const parsed = parseVersion(version);
	const seen = new Set<string>();
	for (const project of report.projects) {
		for (const r of project.requirements) {
			if (r.name !== target || r.url !== null || r.group === "build") continue;
			// A line read through `-r` by several projects is one line, reported by the project holding its file.
			if (ownerOf(r.file, report.projects) !== project.path) continue;
			if (seen.has(`${r.file}\0${r.line}`)) continue;
			seen.add(`${r.file}\0${r.line}`);
			const pinned = exactPin(r);
			const base = {
				rule: "rollout",
				severity: "error" as const,
				project: project.path,
				package: target,
				file: r.file,
				line: r.line,
			};
			if (pinned !== null) {
				if (!sameVersion(pinned, version))
					findings.push({
						...base,
						message: `move \`${target}\` from ${pinned} to ${version}`,
						suggestion: formatRequirement(r, `==${version}`),
					});
				continue;
			}
			const set = parseSpecifierSet(r.specifier);
			const admits =
				set.ok && parsed !== null && safeContains(set.value, parsed);
			if (!admits)
				findings.push({
					...base,
					message: `\`${target}${r.specifier}\` does not admit ${version}: widen it by hand`,
				});
		}
		const locked = project.locked.some((l) => l.name === target);
		if (
			locked &&
			listRunVersions(project, target).some(
				(s) => !sameVersion(s.version, version),
			)
		)
			relock.push(project);
	}
	return { findings, relock };
}

/** The project whose directory is the nearest one holding `file`. */
function ownerOf(file: string, projects: readonly Project[]): string | null {
	let best: string | null = null;
	for (const { path } of projects) {
		const holds = path === "." || file.startsWith(`${path}/`);
		if (holds && (best === null || path.length > best.length || best === "."))
			best = path;
	}
	return best;
}

function safeContains(
	set: Parameters<typeof contains>[0],
	version: NonNullable<ReturnType<typeof parseVersion>>,
): boolean {
	try {
		return contains(set, version, { prereleases: true });
	} catch {
		return false;
	}
}
