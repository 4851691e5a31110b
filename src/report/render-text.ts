import type { Report } from "../model/report.js";
import type { Finding, Project, Requirement } from "../model/types.js";
import {
	escapeTextValue,
	neutralizeWorkflowCommands,
	stripControls,
} from "./escape.js";

export interface TextOptions {
	/** ANSI colours (only when writing to a terminal that wants them). */
	color: boolean;
	/** Print every requirement and locked package, not only the findings. */
	inventory: boolean;
}

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

export function renderText(report: Report, options: TextOptions): string {
	const paint = (style: keyof typeof ANSI, text: string) =>
		options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
	const s = escapeTextValue;
	const lines: string[] = [];
	const { summary } = report;
	lines.push(
		`${paint("bold", `${report.tool.name} ${report.tool.version}`)}: ${s(report.root)}: ${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")}, ${plural(summary.locked, "locked package")}`,
	);

	lines.push(`policy: ${s(report.policy.description)}`);

	const byProject = new Map<string | null, Finding[]>();
	for (const f of report.findings)
		byProject.set(f.project, [...(byProject.get(f.project) ?? []), f]);

	for (const project of report.projects) {
		lines.push("");
		const workspace =
			project.workspace && project.workspace !== project.path
				? `  (uv workspace ${s(project.workspace)})`
				: "";
		lines.push(paint("bold", `${s(project.path)}${workspace}`));
		lines.push(
			`  files: ${project.files.map((f) => s(basename(f.path))).join(", ")}`,
		);
		if (options.inventory) lines.push(...renderInventory(project));
		for (const f of byProject.get(project.path) ?? [])
			lines.push(...renderFinding(f, paint));
	}
	const orphans = byProject.get(null) ?? [];
	if (orphans.length > 0) {
		lines.push("", paint("bold", "repository"));
		for (const f of orphans) lines.push(...renderFinding(f, paint));
	}
	lines.push("");
	const verdict =
		summary.errors > 0
			? paint(
					"red",
					`${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`,
				)
			: summary.files === 0
				? paint(
						"yellow",
						`nothing audited: no dependency files found${summary.warnings > 0 ? `, ${plural(summary.warnings, "warning")}` : ""}`,
					)
				: summary.warnings > 0
					? paint("yellow", `no errors, ${plural(summary.warnings, "warning")}`)
					: "no problems found";
	lines.push(verdict);
	return neutralizeWorkflowCommands(`${lines.join("\n")}\n`);
}

function renderInventory(project: Project): string[] {
	const s = escapeTextValue;
	const lines: string[] = [];
	if (project.requirements.length > 0) {
		lines.push("  requirements:");
		const width = Math.min(
			48,
			Math.max(
				...project.requirements.map((r) => describeRequirement(r).length),
			),
		);
		for (const r of project.requirements) {
			lines.push(
				`    ${s(describeRequirement(r)).padEnd(width)}  ${s(r.group).padEnd(14)}  ${s(r.file)}:${r.line}`,
			);
		}
	}
	if (project.locked.length > 0) {
		const files = [...new Set(project.locked.map((l) => l.file))]
			.map(s)
			.join(", ");
		lines.push(`  locked (${files}):`);
		const entries = project.locked.map(
			(l) =>
				`${l.name}${l.version ? ` ${l.version}` : ""}${l.source === "registry" ? "" : ` [${l.source}]`}`,
		);
		lines.push(...wrap(entries.map(s), 100, "    "));
	}
	return lines;
}

function describeRequirement(r: Requirement): string {
	const extras = r.extras.length ? `[${r.extras.join(",")}]` : "";
	const spec = r.url
		? ` @ ${r.url}`
		: r.specifier
			? ` ${r.specifier}`
			: " (any version)";
	return `${r.editable ? "-e " : ""}${r.name}${extras}${spec}${r.marker ? ` ; ${r.marker}` : ""}`;
}

function renderFinding(
	f: Finding,
	paint: (style: keyof typeof ANSI, text: string) => string,
): string[] {
	const s = escapeTextValue;
	const label =
		f.severity === "error"
			? paint("red", "error  ")
			: f.severity === "warning"
				? paint("yellow", "warning")
				: paint("cyan", "notice ");
	const where = f.file ? `${s(f.file)}${f.line ? `:${f.line}` : ""}` : "";
	const lines = [
		`  ${label} ${paint("dim", `[${f.rule}${f.also?.length ? `, also ${f.also.join(", ")}` : ""}]`)}${where ? ` ${where}` : ""}`,
	];
	// A message of ours may span lines; each one is indented, and none can be a workflow command (see the end).
	for (const line of stripControls(f.message).split("\n"))
		lines.push(`          ${line}`);
	if (f.suggestion) lines.push(`          fix: ${s(f.suggestion)}`);
	return lines;
}

function wrap(items: string[], width: number, indent: string): string[] {
	const lines: string[] = [];
	let current = "";
	for (const item of items) {
		const next = current ? `${current}, ${item}` : item;
		if (current && indent.length + next.length > width) {
			lines.push(`${indent}${current},`);
			current = item;
		} else current = next;
	}
	if (current) lines.push(`${indent}${current}`);
	return lines;
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
