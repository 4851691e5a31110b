// `index-unavailable`: releases the index could not be asked about. Said out loud, so that a failed lookup
// never reads as "not yanked, not too new". One finding per index and cause: an unreachable index is one
// notice naming what was not checked, not one per locked package.
import type { Finding } from "../../model/types.js";
import {
	describeRelease,
	type InstalledRelease,
	listInstalledReleases,
	lookupRelease,
} from "../installed-releases.js";
import {
	compareText,
	type RuleContext,
	type RuleFinding,
} from "../rule-context.js";

/** How many releases a grouped notice names before it says "and N more". */
const NAMED_RELEASES = 10;

export function checkIndexUnavailable(context: RuleContext): RuleFinding[] {
	if (!context.index.online) return [];
	const severity = context.severityOf("index-unavailable");
	const groups = new Map<
		string,
		{
			index: string;
			error: string;
			failed: { project: string; release: InstalledRelease }[];
			seen: Set<string>;
			projects: Set<string>;
		}
	>();
	for (const project of context.projects) {
		for (const release of listInstalledReleases(context, project)) {
			const found = lookupRelease(context, project, release);
			if (found === null || found.lookup.ok) continue;
			const key = JSON.stringify([found.index, found.lookup.error]);
			const group = groups.get(key) ?? {
				index: found.index,
				error: found.lookup.error,
				failed: [],
				seen: new Set<string>(),
				projects: new Set<string>(),
			};
			group.projects.add(project.path);
			// A file shared through -r is one line to check, however many projects include it.
			const where = JSON.stringify([release.file, release.line, release.text]);
			if (!group.seen.has(where)) {
				group.seen.add(where);
				group.failed.push({ project: project.path, release });
			}
			groups.set(key, group);
		}
	}
	const findings: Finding[] = [];
	for (const { index, error, failed, projects } of groups.values()) {
		failed.sort(
			(a, b) =>
				compareText(a.release.file, b.release.file) ||
				a.release.line - b.release.line ||
				compareText(a.release.name, b.release.name),
		);
		const first = failed[0];
		if (first === undefined) continue;
		if (failed.length === 1) {
			findings.push({
				rule: "index-unavailable",
				severity,
				project: first.project,
				package: first.release.name,
				file: first.release.file,
				line: first.release.line,
				message: `could not look up ${describeRelease(first.release)} on ${index} (${error}). Whether it is yanked or too new, and what it requires, was not checked.`,
			});
			continue;
		}
		const named = failed
			.slice(0, NAMED_RELEASES)
			.map((f) => describeRelease(f.release));
		const more = failed.length - named.length;
		findings.push({
			rule: "index-unavailable",
			severity,
			project: projects.size === 1 ? first.project : null,
			package: null,
			file: first.release.file,
			line: first.release.line,
			message: `could not look up ${failed.length} releases${projects.size > 1 ? ` in ${projects.size} projects` : ""} on ${index} (${error}): ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}. Whether they are yanked or too new, and what they require, was not checked.`,
		});
	}
	return findings.map((finding) => ({ ...finding, facts: {} }));
}
