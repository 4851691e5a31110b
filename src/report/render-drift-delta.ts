// What changed since the drift issue's last report, as a short list (resolved, new, further behind, closer).
import type { DeltaRow, DriftDelta } from "../drift/drift-state.js";
import { codeSpan, escapeMarkdown } from "./escape.js";
import { plural } from "./render-text.js";

export function renderDelta(
	delta: DriftDelta,
	maxRows: number,
	multi: boolean,
): { lines: string[]; cut: number } {
	const lines: string[] = [];
	const total =
		delta.added.length +
		delta.further.length +
		delta.reduced.length +
		delta.resolved.length;
	const counts = [
		`${delta.resolved.length} resolved`,
		`${delta.added.length} new`,
		`${delta.further.length} drifted further`,
		`${delta.reduced.length} closer`,
	].join(", ");
	lines.push(
		`**Since the report of ${escapeMarkdown(delta.since)}:** ${total === 0 ? "no change." : `${counts}.`}`,
		"",
	);
	let cut = 0;
	const section = (icon: string, label: string, rows: DeltaRow[]) => {
		if (rows.length === 0) return;
		const shown = rows.slice(0, maxRows);
		cut += rows.length - shown.length;
		for (const r of shown)
			lines.push(`- ${icon} ${label}: ${describeDeltaRow(r, multi)}`);
	};
	section("✅", "resolved", delta.resolved);
	section("🆕", "new", delta.added);
	section("⬇️", "drifted further", delta.further);
	section("⬆️", "closer", delta.reduced);
	if (total > 0) lines.push("");
	return { lines, cut };
}

function describeDeltaRow(r: DeltaRow, multi: boolean): string {
	const where = multi
		? `${codeSpan(r.repository)} ${codeSpan(r.project)}`
		: codeSpan(r.project);
	const side = (s: NonNullable<DeltaRow["before"]>) =>
		`${codeSpan(s.versions)}, ${plural(s.behind, "release")} behind${s.latest ? ` ${codeSpan(s.latest)}` : ""}`;
	const before = r.before ? `was ${side(r.before)}` : "";
	const after = r.after ? `now ${side(r.after)}` : "";
	return `${codeSpan(r.package)} in ${where}${before || after ? ` (${[before, after].filter(Boolean).join("; ")})` : ""}`;
}
