// One problem, one finding. Rules look at the same lines from different angles; when one finding's fix is
// another's, the consequence is folded into the cause (its message says what else the fix settles) rather
// than reported twice. Runs on the findings left after exceptions, so waiving one finding never hides
// another it would have absorbed.
import type { Finding, Project } from "../model/types.js";
import {
	intersect,
	isEmpty,
	parseSpecifierSet,
	type VersionSet,
} from "../pep440/specifier-set.js";
import {
	indexConflictCauses,
	indexLineFixCauses,
	indexManifestCauses,
	indexStaleLockCauses,
	LINE_RULES,
} from "./finding-causes.js";
import {
	type ClashMember,
	findFileKind,
	formatLocation,
	ownsFile,
	type RuleFinding,
	safely,
} from "./rule-context.js";

export function consolidateFindings(
	findings: readonly RuleFinding[],
	projects: readonly Project[],
): RuleFinding[] {
	let result = dropSharedDuplicates(findings, projects);
	result = dropOnUnsatisfiableLines(result);
	result = foldLockIntoManifest(result, projects);
	result = mergeSameLine(result);
	result = foldConflicts(result);
	result = foldInconsistentIntoStaleLock(result);
	result = foldInconsistentIntoLineFix(result);
	return result;
}

/**
 * A requirements file included by several projects (`-r ../../requirements-mcp.txt`) is audited in each;
 * the same finding on the same line is reported once, by the project that owns the file.
 */
function dropSharedDuplicates(
	findings: readonly RuleFinding[],
	projects: readonly Project[],
): RuleFinding[] {
	const byKey = new Map<string, RuleFinding>();
	const byPath = indexProjects(projects);
	const owner = (finding: RuleFinding): boolean => {
		const project = byPath.get(finding.project);
		return (
			project !== undefined &&
			finding.file !== null &&
			ownsFile(project, finding.file)
		);
	};
	const kept: RuleFinding[] = [];
	const keptAt = new Map<RuleFinding, number>();
	for (const finding of findings) {
		if (finding.file === null || finding.project === null) {
			kept.push(finding);
			continue;
		}
		const key = JSON.stringify([
			finding.rule,
			finding.file,
			finding.line,
			finding.package,
			finding.message,
			finding.facts.fix,
			finding.suggestion,
		]);
		const seen = byKey.get(key);
		if (seen === undefined) {
			byKey.set(key, finding);
			keptAt.set(finding, kept.length);
			kept.push(finding);
		} else if (!owner(seen) && owner(finding)) {
			const at = keptAt.get(seen) ?? -1;
			kept[at] = finding;
			keptAt.set(finding, at);
			byKey.set(key, finding);
		}
	}
	return kept;
}

/**
 * A requirement no version satisfies is one finding (`conflict`, naming its clauses): what other rules say of
 * that line (an example version outside the policy, a lock outside it, a clash with another line) reads a
 * version into a range that admits none, so it is dropped until the line is fixed.
 */
function dropOnUnsatisfiableLines(
	findings: readonly RuleFinding[],
): RuleFinding[] {
	const lines = new Set(
		findings.flatMap((f) =>
			f.facts.unsatisfiable === true && f.file !== null
				? [`${f.package}\0${f.file}\0${f.line}`]
				: [],
		),
	);
	if (lines.size === 0) return [...findings];
	const on = (file: string | null, line: number | null, name: string | null) =>
		lines.has(`${name}\0${file}\0${line}`);
	return findings.filter(
		(f) =>
			f.facts.unsatisfiable === true ||
			!(
				on(f.file, f.line, f.package) ||
				(f.facts.requirement !== undefined &&
					on(
						f.facts.requirement.file,
						f.facts.requirement.line,
						f.facts.requirement.name,
					)) ||
				(f.facts.clash?.members ?? []).some((m) =>
					on(m.file, m.line, f.package),
				)
			),
	);
}

/**
 * A locked version outside the policy is a consequence when the manifest line the lock was resolved from is
 * reported by the same rule: fixing that line and re-locking fixes the lock. The manifest finding says so.
 * Kept when no manifest line is at fault (then the lock alone is).
 */
function foldLockIntoManifest(
	findings: readonly RuleFinding[],
	projects: readonly Project[],
): RuleFinding[] {
	const notes = new Map<RuleFinding, string[]>();
	const dropped = new Set<RuleFinding>();
	const byPath = indexProjects(projects);
	const causeOf = indexManifestCauses(findings);
	for (const finding of findings) {
		const entry = finding.facts.entry;
		if (
			entry === undefined ||
			!["banned", "compat", "outside-policy"].includes(finding.rule)
		)
			continue;
		const project = byPath.get(finding.project);
		if (project === undefined) continue;
		const cause = causeOf(finding, project, findFileKind(project, entry.file));
		if (cause === undefined) continue;
		dropped.add(finding);
		notes.set(cause, [
			...(notes.get(cause) ?? []),
			`${formatLocation(entry.file, entry.line)} holds ${entry.version ?? "it"} because of it; re-lock after the fix.`,
		]);
	}
	return findings
		.filter((finding) => !dropped.has(finding))
		.map((finding) => {
			const added = notes.get(finding);
			return added === undefined
				? finding
				: { ...finding, message: `${finding.message} ${added.join(" ")}` };
		});
}

/**
 * `unpinned`, `outside-policy`, `banned` and `compat` on one requirement line suggest the same replacement
 * (suggest-requirement.ts satisfies all of them at once): one finding, the strongest rule's, says the rest.
 */
function mergeSameLine(findings: readonly RuleFinding[]): RuleFinding[] {
	const groups = new Map<string, RuleFinding[]>();
	for (const finding of findings) {
		if (
			finding.facts.requirement === undefined ||
			!LINE_RULES.includes(finding.rule)
		)
			continue;
		const key = JSON.stringify([
			finding.project,
			finding.package,
			finding.file,
			finding.line,
		]);
		const group = groups.get(key);
		if (group === undefined) groups.set(key, [finding]);
		else group.push(finding);
	}
	const replaced = new Map<RuleFinding, RuleFinding | null>();
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const rank = (f: RuleFinding) => LINE_RULES.indexOf(f.rule);
		const [primary, ...rest] = [...group].sort(
			(a, b) => severityRank(a) - severityRank(b) || rank(a) - rank(b),
		);
		if (primary === undefined) continue;
		const also = rest.flatMap((f) =>
			f.facts.also === undefined ? [] : [f.facts.also],
		);
		const merged: RuleFinding = {
			...withAlso(primary, rest),
			message:
				also.length === 0
					? primary.message
					: `${primary.message} Besides, ${joinClauses(also)}.`,
		};
		if (merged.suggestion === undefined) {
			const other = rest.find((f) => f.suggestion !== undefined);
			if (other !== undefined) {
				merged.suggestion = other.suggestion;
				merged.facts = {
					...merged.facts,
					...(other.facts.fix === undefined ? {} : { fix: other.facts.fix }),
					...(other.facts.replacement === undefined
						? {}
						: { replacement: other.facts.replacement }),
				};
			}
		}
		replaced.set(primary, merged);
		for (const f of rest) replaced.set(f, null);
	}
	return findings.flatMap((finding) => {
		const replacement = replaced.get(finding);
		if (replacement === undefined) return [finding];
		return replacement === null ? [] : [replacement];
	});
}

/**
 * A conflict one line causes is that line's problem when a finding on it suggests a replacement that
 * resolves the conflict (scraper's `httpx==0.26.0` against its own `httpx>=0.27.1,<1`: the compat fix
 * `httpx==0.28.1` settles both). The conflict stays when no suggested line would resolve it.
 */
function foldConflicts(findings: readonly RuleFinding[]): RuleFinding[] {
	const notes = new Map<RuleFinding, string[]>();
	const foldedInto = new Map<RuleFinding, RuleFinding[]>();
	const dropped = new Set<RuleFinding>();
	const causeOf = indexConflictCauses(findings);
	for (const conflict of findings) {
		const clash = conflict.facts.clash;
		if (
			(conflict.rule !== "conflict" && conflict.rule !== "diverged") ||
			clash === undefined
		)
			continue;
		for (const member of clash.members) {
			if (!member.own) continue;
			const cause = causeOf(conflict, member);
			if (
				cause === undefined ||
				!resolves(cause.facts.replacement ?? "", member, clash.together)
			)
				continue;
			const satisfied = notes.get(cause) ?? [];
			for (const other of clash.members) {
				const text = `\`${other.text}\` (${other.origin})`;
				if (other !== member && !satisfied.includes(text)) satisfied.push(text);
			}
			dropped.add(conflict);
			notes.set(cause, satisfied);
			foldedInto.set(cause, [...(foldedInto.get(cause) ?? []), conflict]);
			break;
		}
	}
	// One sentence for every requirement the fix settles: "The fix also satisfies X (a:8) and Y (b:2, ...)."
	return findings
		.filter((finding) => !dropped.has(finding))
		.map((finding) => {
			const satisfied = notes.get(finding);
			return satisfied === undefined
				? finding
				: {
						...withAlso(finding, foldedInto.get(finding) ?? []),
						message: `${finding.message} The fix also satisfies ${joinClauses(satisfied)}.`,
					};
		});
}

/** Whether replacing `member` by `replacement` leaves a version every requirement applying with it admits. */
function resolves(
	replacement: string,
	member: ClashMember,
	together: readonly ClashMember[],
): boolean {
	const parsed = safely(() => parseSpecifierSet(replacement), null);
	if (parsed === null || !parsed.ok) return false;
	return safely(() => {
		let set: VersionSet = parsed.value.set;
		for (const other of together)
			if (other !== member) set = intersect(set, other.set);
		return !isEmpty(set);
	}, false);
}

/**
 * A project off the fleet's version only because its lock is stale (`lock-mismatch` reports the locked
 * entry outside the manifest): re-locking is the fix, so the lock-mismatch finding carries the fact.
 */
function foldInconsistentIntoStaleLock(
	findings: readonly RuleFinding[],
): RuleFinding[] {
	const notes = new Map<RuleFinding, string[]>();
	const dropped = new Set<RuleFinding>();
	const causeOf = indexStaleLockCauses(findings);
	for (const finding of findings) {
		if (finding.rule !== "inconsistent") continue;
		const cause = causeOf(finding);
		if (cause === undefined) continue;
		dropped.add(finding);
		notes.set(cause, [
			...(notes.get(cause) ?? []),
			`Meanwhile ${finding.facts.also ?? finding.message}.`,
		]);
	}
	return findings
		.filter((finding) => !dropped.has(finding))
		.map((finding) => {
			const added = notes.get(finding);
			return added === undefined
				? finding
				: {
						...withAlso(finding, [{ rule: "inconsistent" }]),
						message: `${finding.message} ${added.join(" ")}`,
					};
		});
}

/**
 * docparse's `mcp==1.23.1` is outside the policy and differs from the other projects: one line, one edit. When
 * a line finding already suggests exactly the replacement the inconsistency suggests, the inconsistency is
 * folded into it.
 */
function foldInconsistentIntoLineFix(
	findings: readonly RuleFinding[],
): RuleFinding[] {
	const folded = new Set<RuleFinding>();
	const causes = new Map<RuleFinding, RuleFinding>();
	const causeOf = indexLineFixCauses(findings);
	for (const finding of findings) {
		if (finding.rule !== "inconsistent" || finding.suggestion === undefined)
			continue;
		const cause = causeOf(finding);
		if (cause === undefined) continue;
		folded.add(finding);
		causes.set(cause, {
			...withAlso(causes.get(cause) ?? cause, [finding]),
			message: `${(causes.get(cause) ?? cause).message} The fix also brings this project in line with the other projects of the repository.`,
		});
	}
	return findings.flatMap((f) => (folded.has(f) ? [] : [causes.get(f) ?? f]));
}

/** Projects by path; the first of a path wins, as a search from the start would find it. */
function indexProjects(
	projects: readonly Project[],
): Map<string | null, Project> {
	const byPath = new Map<string | null, Project>();
	for (const project of projects)
		if (!byPath.has(project.path)) byPath.set(project.path, project);
	return byPath;
}

/** `finding` with the rule ids of `folded` (and what they had folded) added to its `also`. */
function withAlso(
	finding: RuleFinding,
	folded: readonly Pick<Finding, "rule" | "also">[],
): RuleFinding {
	const ids = [...(finding.also ?? [])];
	for (const f of folded)
		for (const id of [f.rule, ...(f.also ?? [])])
			if (id !== finding.rule && !ids.includes(id)) ids.push(id);
	return ids.length === 0 ? finding : { ...finding, also: ids };
}

function severityRank(finding: Finding): number {
	return ["error", "warning", "notice"].indexOf(finding.severity);
}

function joinClauses(clauses: string[]): string {
	if (clauses.length <= 1) return clauses.join("");
	return `${clauses.slice(0, -1).join(", ")} and ${clauses[clauses.length - 1]}`;
}
