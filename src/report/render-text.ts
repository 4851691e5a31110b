// The text report, for a person at a terminal: findings first, grouped by project; clean projects in one
// line; a closing summary (counts per rule and per project, worst first, and why the exit status is what it
// is). Prose wraps to the terminal's width at spaces only. The inventory of every requirement is opt-in.
import type { Report } from "../model/report.js";
import type { Finding } from "../model/types.js";
import { describeCounts, plural } from "./count-findings.js";
import {
	escapeTextValue,
	neutralizeWorkflowCommands,
	stripControls,
} from "./escape.js";
import { describeUnchecked } from "./list-checks.js";
import { renderInventory } from "./render-inventory.js";
import { renderTextSummary } from "./render-text-summary.js";
import { wrapList, wrapText } from "./wrap-text.js";

export interface TextOptions {
	/** ANSI colours (only when writing to a terminal that wants them). */
	color: boolean;
	/** Print every requirement and locked package, not only the findings. */
	inventory: boolean;
	/** Columns to wrap to (the terminal's width; default 100). */
	width?: number;
	/** Why the command exits as it does, when the caller decides (e.g. a --fail-on threshold). */
	exitReason?: string;
}

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
export type Paint = (style: keyof typeof ANSI, text: string) => string;

/** Narrower than this, wrapping would put a word or two on each line; wider, lines get hard to read. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 160;

export function renderText(report: Report, options: TextOptions): string {
	const paint: Paint = (style, text) =>
		options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
	const width = Math.min(
		MAX_WIDTH,
		Math.max(MIN_WIDTH, Math.floor(options.width ?? 100)),
	);
	const lines: string[] = [...renderHead(report, width, paint)];
	const byProject = groupByProject(report.findings);
	for (const project of report.projects) {
		const findings = byProject.get(project.path);
		if (findings === undefined) continue;
		lines.push(
			"",
			...renderProjectFindings(project.path, findings, width, paint),
		);
	}
	const orphans = byProject.get(null);
	if (orphans !== undefined)
		lines.push("", ...renderProjectFindings(null, orphans, width, paint));
	if (options.inventory)
		for (const project of report.projects)
			lines.push("", ...renderInventory(project, width, paint));
	const clean = report.projects
		.filter((p) => !byProject.has(p.path))
		.map((p) => escapeTextValue(p.path));
	if (clean.length > 0 && report.findings.length > 0)
		lines.push(
			"",
			...wrapList(
				clean,
				width,
				`${clean.length === 1 ? "1 project" : `${clean.length} projects`} without findings: `,
				"  ",
				1,
			),
		);
	lines.push(
		"",
		...renderTextSummary(report, {
			width,
			paint,
			exitReason: options.exitReason,
		}),
	);
	// No line a workflow step prints may be a runner command, whatever a path or name says.
	return neutralizeWorkflowCommands(`${lines.join("\n")}\n`);
}

function renderHead(report: Report, width: number, paint: Paint): string[] {
	const s = stripControls;
	const { summary } = report;
	const where =
		report.scope === undefined
			? s(report.root)
			: `${s(report.scope)} (in ${s(report.root)})`;
	const counts = `${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")}, ${plural(summary.locked, "locked package")}`;
	const title = `${report.tool.name} ${report.tool.version}`;
	const [head = "", ...more] = wrapText(
		`${title}: ${where}: ${counts}`,
		width,
		"",
		"  ",
	);
	const lines = [
		paint("bold", title) + head.slice(title.length),
		...more,
		...wrapText(s(report.policy.description), width, "policy: ", "  "),
	];
	const unchecked = describeUnchecked(report.checks ?? []);
	if (unchecked !== null)
		lines.push(...wrapText(s(unchecked), width, "not checked: ", "  "));
	return lines;
}

function groupByProject(findings: readonly Finding[]) {
	const byProject = new Map<string | null, Finding[]>();
	for (const f of findings) {
		const list = byProject.get(f.project);
		if (list === undefined) byProject.set(f.project, [f]);
		else list.push(f);
	}
	return byProject;
}

function renderProjectFindings(
	project: string | null,
	findings: readonly Finding[],
	width: number,
	paint: Paint,
): string[] {
	const heading = `${project === null ? "repository" : escapeTextValue(project)}: ${describeCounts(findings)}`;
	return [
		paint("bold", heading),
		...findings.flatMap((f) => renderFinding(f, width, paint)),
	];
}

const LABELS = {
	error: ["red", "error"],
	warning: ["yellow", "warning"],
	notice: ["cyan", "notice"],
} as const;

/** `  error servers/a/pyproject.toml:7 [outside-policy] message...`, wrapped; the fix only if the message lacks it. */
function renderFinding(f: Finding, width: number, paint: Paint): string[] {
	const s = stripControls;
	const [style, label] = LABELS[f.severity];
	const where = f.file
		? ` ${escapeTextValue(f.file)}${f.line ? `:${f.line}` : ""}`
		: "";
	const tag = f.also?.length
		? `[${f.rule}, also ${f.also.join(", ")}]`
		: `[${f.rule}]`;
	const fix =
		f.suggestion !== undefined && !f.message.includes(f.suggestion)
			? `\nfix: ${f.suggestion}`
			: "";
	const lines = wrapText(
		s(`${label}${where} ${tag} ${f.message}${fix}`),
		width,
		"  ",
		"    ",
	);
	// Colour after wrapping (escape codes have no width): the label opens the first line, the tag follows.
	lines[0] = `  ${paint(style, label)}${(lines[0] ?? "").slice(2 + label.length)}`;
	const at = lines.findIndex((line) => line.includes(tag));
	if (at >= 0) lines[at] = (lines[at] ?? "").replace(tag, paint("dim", tag));
	return lines;
}

export { describeCounts, plural } from "./count-findings.js";
