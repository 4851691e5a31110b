// `--inventory`: every project's files, requirements and locked packages, for the text report.

import { append, maxOf } from "../model/append.js";
import type { Project, Requirement } from "../model/types.js";
import { escapeTextValue } from "./escape.js";
import type { Paint } from "./render-text.js";
import { wrapList } from "./wrap-text.js";

export function renderInventory(
	project: Project,
	width: number,
	paint: Paint,
): string[] {
	const s = escapeTextValue;
	const workspace =
		project.workspace && project.workspace !== project.path
			? `  (uv workspace ${s(project.workspace)})`
			: "";
	const lines = [
		paint("bold", `${s(project.path)}${workspace}`),
		...wrapList(
			project.files.map((f) => s(basename(f.path))),
			width,
			"  files: ",
			"    ",
		),
	];
	if (project.requirements.length > 0) {
		lines.push("  requirements:");
		const described = project.requirements.map((r) =>
			s(describeRequirement(r)),
		);
		const column = Math.min(48, maxOf(described.map((d) => d.length)));
		project.requirements.forEach((r, i) => {
			lines.push(
				`    ${(described[i] ?? "").padEnd(column)}  ${s(r.group).padEnd(14)}  ${s(r.file)}:${r.line}`,
			);
		});
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
		append(lines, wrapList(entries.map(s), width, "    ", "    "));
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

function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}
