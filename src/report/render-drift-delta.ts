// "Since the report of <day>": the week-over-week lines of the drift issue and summary. A package that could not
// be checked this run is said to be so (with what it was when last checked), never "resolved".
import type { DeltaRow, DeltaSide, DriftDelta } from "../model/drift-delta.js";
import type { UncheckedReason } from "../model/drift-report.js";
import { codeSpan, escapeMarkdown } from "./escape.js";
import { plural } from "./render-text.js";

type Section = Exclude<keyof DriftDelta, "since">;

/** "not checked: index error" and the like: why a package could not be checked this run. */
const UNCHECKED: Record<UncheckedReason, string> = {
	"index-error": "index error",
	"not-on-index": "not on the index",
	offline: "offline",
	"audit-report": "from an audit report",
};

/** In the order they are listed; the first four are always counted, the rest only when there are any. */
const SECTIONS: {
	key: Section;
	icon: string;
	label: string;
	always: boolean;
}[] = [
	{ key: "resolved", icon: "✅", label: "resolved", always: true },
	{ key: "added", icon: "🆕", label: "new", always: true },
	{ key: "further", icon: "⬇️", label: "drifted further", always: true },
	{ key: "reduced", icon: "⬆️", label: "closer", always: true },
	{ key: "yanked", icon: "⚠️", label: "newly yanked", always: false },
	{ key: "moved", icon: "↔️", label: "moved", always: false },
	{ key: "unchecked", icon: "❔", label: "not checked", always: false },
];

export function renderDelta(
	delta: DriftDelta,
	maxRows: number,
	multi: boolean,
): { lines: string[]; cut: number } {
	const total = SECTIONS.reduce((n, s) => n + delta[s.key].length, 0);
	const counts = SECTIONS.filter((s) => s.always || delta[s.key].length > 0)
		.map((s) => `${delta[s.key].length} ${s.label}`)
		.join(", ");
	const lines = [
		`**Since the report of ${escapeMarkdown(delta.since)}:** ${total === 0 ? "no change." : `${counts}.`}`,
		"",
	];
	let cut = 0;
	for (const s of SECTIONS) {
		const rows = delta[s.key];
		const shown = rows.slice(0, maxRows);
		cut += rows.length - shown.length;
		for (const r of shown)
			lines.push(`- ${s.icon} ${s.label}: ${describeDeltaRow(r, multi)}`);
	}
	if (total > 0) lines.push("");
	return { lines, cut };
}

function describeDeltaRow(r: DeltaRow, multi: boolean): string {
	const where = multi
		? `${codeSpan(r.repository)} ${codeSpan(r.project)}`
		: codeSpan(r.project);
	const subject = `${codeSpan(r.package)} in ${where}`;
	if (r.unchecked !== null)
		return `${subject}: ${UNCHECKED[r.unchecked]}${r.before ? ` (last checked: ${describeSide(r.before)})` : ""}`;
	const before = r.before ? `was ${describeSide(r.before)}` : "";
	const after = r.after ? `now ${describeSide(r.after)}` : "";
	return `${subject}${before || after ? ` (${[before, after].filter(Boolean).join("; ")})` : ""}`;
}

function describeSide(s: DeltaSide): string {
	const yanked =
		s.yanked === ""
			? ""
			: s.yanked === s.versions
				? " yanked"
				: ` (yanked: ${codeSpan(s.yanked)})`;
	return `${codeSpan(s.versions)}${yanked}, ${plural(s.behind, "release")} behind${s.latest ? ` ${codeSpan(s.latest)}` : ""}`;
}
