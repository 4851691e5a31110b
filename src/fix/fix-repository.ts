// `pin-audit fix`: audit, plan the edits, apply the ones that can be proven to each file's bytes, and say what
// was not changed and which locks need regenerating. Files are only written when `write` is set; a lock never is.

import { join, relative, sep } from "node:path";
import { readFile, realpath, writeFile } from "../async-fs.js";
import { type AuditOptions, auditRepository } from "../audit.js";
import { append } from "../model/append.js";
import type { Report } from "../model/report.js";
import type { Finding, Project } from "../model/types.js";
import { findCompileCommand } from "./compile-command.js";
import { fixFileText, splitPhysicalLines } from "./fix-file.js";
import {
	editKey,
	type FixFilters,
	type FixPlan,
	inProjects,
	planFixes,
} from "./plan-fixes.js";
import { planMoves } from "./plan-moves.js";
import { shellQuote } from "./shell-quote.js";
import { renderUnifiedDiff } from "./unified-diff.js";

export interface NotFixed {
	finding: Finding;
	reason: string;
	/** For a hashed or compiled file: the command its header says regenerates it. */
	command?: string;
}

export interface FixResult {
	/** Unified diff of every change (made, or that would be made with `write: false`). */
	diff: string;
	fixed: Finding[];
	notFixed: NotFixed[];
	/** `cd <dir> && uv lock` and the like, one per lock whose manifest changed. */
	lockCommands: string[];
	/** Compiled requirements files that were edited, with the command that would overwrite the edit. */
	compiled: { file: string; command: string }[];
	/** Error findings in scope that have no suggestion (nothing to apply). */
	withoutSuggestion: Finding[];
	changedFiles: string[];
	/** Each changed file (root-relative path): its new text, written or not, and its part of `diff`. */
	edited: ReadonlyMap<string, { text: string; diff: string }>;
}

/** `--package NAME --to VERSION`: move the package instead of applying the audit's suggestions. */
export interface MoveRequest {
	name: string;
	version: string;
}

export async function fixRepository(
	options: AuditOptions,
	filters: FixFilters,
	write: boolean,
	move: MoveRequest | null = null,
): Promise<FixResult> {
	const audited = await auditRepository(options);
	const moves =
		move === null ? null : planMoves(audited, move.name, move.version);
	const report =
		moves === null ? audited : { ...audited, findings: moves.findings };
	const plan = planFixes(report, filters);
	const result: FixResult = {
		diff: "",
		fixed: [],
		notFixed: [],
		lockCommands: [],
		compiled: [],
		withoutSuggestion: plan.inScope.filter(
			(f) => f.severity === "error" && f.suggestion === undefined,
		),
		changedFiles: [],
		edited: new Map(),
	};
	const rootReal = await realpath(options.root);
	await explainUnfixable(rootReal, plan, result);
	result.edited = await applyPlan(rootReal, plan, result);
	result.lockCommands = listLockCommands(report, result.changedFiles);
	if (moves !== null && move !== null)
		result.lockCommands = mergeUpgradeCommands(
			result.lockCommands,
			moves.relock
				.filter((p) => inProjects(p.path, filters.projects))
				.flatMap((p) => {
					const command = upgradeCommandOf(p, report.projects, move);
					return command === null ? [] : [command];
				}),
		);
	if (write)
		for (const [file, { text }] of result.edited)
			await writeFile(join(rootReal, file), text, "utf8");
	return result;
}

/** Unfixable findings with their reason; a hashed line gets its file's compile command when the header has one. */
async function explainUnfixable(
	rootReal: string,
	plan: FixPlan,
	result: FixResult,
): Promise<void> {
	for (const unfixable of plan.unfixable) {
		const file = unfixable.finding.file;
		const text =
			unfixable.hashed && file !== null
				? await readEditable(rootReal, file).catch(() => null)
				: null;
		const command = text === null ? null : findCompileCommand(text);
		result.notFixed.push({
			finding: unfixable.finding,
			reason: unfixable.reason,
			...(command === null ? {} : { command }),
		});
	}
}

/** Applies each file's edits in memory (nothing is written here); returns the changed files' texts and diffs. */
async function applyPlan(
	rootReal: string,
	plan: FixPlan,
	result: FixResult,
): Promise<Map<string, { text: string; diff: string }>> {
	const texts = new Map<string, { text: string; diff: string }>();
	for (const planned of plan.files) {
		let text: string;
		try {
			text = await readEditable(rootReal, planned.file);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			for (const edit of planned.edits)
				for (const finding of findingsOf(plan.answers, planned.file, edit))
					result.notFixed.push({ finding, reason });
			continue;
		}
		const fixed = fixFileText(text, planned.file, planned.kind, planned.edits);
		for (const edit of fixed.applied)
			append(result.fixed, findingsOf(plan.answers, planned.file, edit));
		for (const { edit, reason } of fixed.refused)
			for (const finding of findingsOf(plan.answers, planned.file, edit))
				result.notFixed.push({ finding, reason });
		if (fixed.applied.length === 0) continue;
		const diff = renderUnifiedDiff(
			planned.file,
			splitPhysicalLines(text, planned.kind).map((l) => l.content),
			splitPhysicalLines(fixed.text, planned.kind).map((l) => l.content),
		);
		texts.set(planned.file, { text: fixed.text, diff });
		result.changedFiles.push(planned.file);
		result.diff += diff;
		const command =
			planned.kind === "requirements" ? findCompileCommand(text) : null;
		if (command !== null) result.compiled.push({ file: planned.file, command });
	}
	return texts;
}

/** Lock commands plus upgrade commands; a plain `uv lock` gives way to the same directory's upgrade command. */
function mergeUpgradeCommands(
	commands: readonly string[],
	upgrades: readonly string[],
): string[] {
	return [...new Set([...commands, ...upgrades])]
		.filter(
			(c, _, all) =>
				!/ (uv lock|poetry lock)$/.test(c) ||
				!all.some((o) => o !== c && o.startsWith(c)),
		)
		.sort();
}

function findingsOf(
	answers: ReadonlyMap<string, Finding[]>,
	file: string,
	edit: { line: number; target: { name: string } },
): Finding[] {
	return answers.get(editKey(file, edit.line, edit.target.name)) ?? [];
}

/**
 * The file's text, byte for byte: UTF-8 only (an edit must write back exactly what it read), and inside the
 * audited root (a symbolic link may not lead the fixer to write elsewhere).
 */
async function readEditable(rootReal: string, file: string): Promise<string> {
	const real = await realpath(join(rootReal, file));
	const inside = relative(rootReal, real);
	if (inside.startsWith(`..${sep}`) || inside === ".." || inside === "")
		throw new Error("the file is outside the audited directory");
	const bytes = await readFile(real);
	if (
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff)
	)
		throw new Error("the file is UTF-16: pin-audit edits UTF-8 files only");
	try {
		return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
			bytes,
		);
	} catch {
		throw new Error(
			"the file is not valid UTF-8: pin-audit edits UTF-8 files only",
		);
	}
}

/** One command per lock whose project's pyproject.toml changed: uv.lock (the workspace's), poetry.lock. */
function listLockCommands(
	report: Report,
	changedFiles: readonly string[],
): string[] {
	const commands = new Set<string>();
	const changed = new Set(changedFiles);
	for (const project of report.projects) {
		const manifest = project.files.find(
			(f) => f.kind === "pyproject" && changed.has(f.path),
		);
		if (manifest === undefined) continue;
		const command = lockCommandOf(project, report.projects);
		if (command !== null) commands.add(command);
	}
	return [...commands].sort();
}

function lockCommandOf(
	project: Project,
	projects: readonly Project[],
): string | null {
	const has = (p: Project, kind: string) =>
		p.files.some((f) => f.kind === kind);
	if (has(project, "poetry-lock")) return `${cdInto(project.path)}poetry lock`;
	if (has(project, "uv-lock")) return `${cdInto(project.path)}uv lock`;
	const root = projects.find((p) => p.path === project.workspace);
	if (root !== undefined && has(root, "uv-lock"))
		return `${cdInto(root.path)}uv lock`;
	if (has(project, "pylock"))
		return `${cdInto(project.path)}uv export --format pylock.toml -o pylock.toml`;
	return null;
}

/** The command that moves a project's lock to `move.version` (its manifest already admits it). */
function upgradeCommandOf(
	project: Project,
	projects: readonly Project[],
	move: MoveRequest,
): string | null {
	const base = lockCommandOf(project, projects);
	if (base === null) return null;
	const pin = shellQuote(`${move.name}==${move.version}`);
	if (base.endsWith("uv lock")) return `${base} --upgrade-package ${pin}`;
	if (base.endsWith("poetry lock"))
		return base.replace(
			/poetry lock$/,
			`poetry update ${shellQuote(move.name)}`,
		);
	return base;
}

function cdInto(dir: string): string {
	return dir === "." ? "" : `cd ${shellQuote(dir)} && `;
}
