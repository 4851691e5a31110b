// The text report, for a person at a terminal: findings first, grouped by project; clean projects in one
// line; a closing summary (counts per rule and per project, worst first, and why the exit status is what it
// is). Prose wraps to the terminal's width at spaces only. The inventory of every requirement is opt-in.

import { append } from "../model/append.js";
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
import { renderTextFinding } from "./render-text-finding.js";
import { renderTextSummary } from "./render-text-summary.js";
import { wrapList, wrapText } from "./wrap-text.js";

export interface TextOptions {
	/** ANSI colours (only when writing to a terminal that wants them). */
	color: boolean;
	/** Print every requirement and locked package, not only the findings. */
	inventory: boolean;
	/** Each finding's whole message (why, what else the fix changes, tables), not only problem and fix. */
	verbose?: boolean;
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
	const verbose = options.verbose === true;
	const lines: string[] = [...renderHead(report, width, paint)];
	const byProject = groupByProject(report.findings);
	// One blank line before the findings; a project's heading (unindented, above its indented findings) is
	// separator enough, so a fleet's findings take about three lines each.
	if (report.findings.length > 0) lines.push("");
	const known = report.projects.map((p) => p.path);
	const others = [...byProject.keys()].filter(
		(key) => key !== null && !known.includes(key),
	);
	for (const project of [...known, ...others, null]) {
		const findings = byProject.get(project);
		if (findings !== undefined)
			append(
				lines,
				renderProjectFindings(project, findings, width, paint, verbose),
			);
	}
	if (options.inventory)
		for (const project of report.projects) {
			lines.push("");
			append(lines, renderInventory(project, width, paint));
		}
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
		append(lines, wrapText(s(unchecked), width, "not checked: ", "  "));
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
	verbose: boolean,
): string[] {
	const heading = `${project === null ? "repository" : escapeTextValue(project)}: ${describeCounts(findings)}`;
	return [
		paint("bold", heading),
		...findings.flatMap((f) => renderTextFinding(f, width, paint, verbose)),
	];
}

export { describeCounts, plural } from "./count-findings.js";
