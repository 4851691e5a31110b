// The dependency changes of a pull request: per file, a table of four short columns (package, versions, update
// type, links), so it fits GitHub's conversation column. The links are built by upgrade-diff.ts from validated
// names and versions, never taken from the repository.
import { codeSpan } from "./escape.js";
import { safeUrl } from "./markdown-blocks.js";
import { plural } from "./render-text.js";
import type { UpgradeRow } from "./upgrade-diff.js";

/** The dependency-changes section, collapsed when long. `cut` counts rows left out. */
export function renderUpgrades(
	upgrades: readonly UpgradeRow[],
	maxRows: number = Number.POSITIVE_INFINITY,
): { lines: string[]; cut: number } {
	const shown = upgrades.slice(0, maxRows);
	const open = upgrades.length <= 10 ? " open" : "";
	const lines = [
		`<details${open}><summary><b>Dependency changes</b>: ${describeUpgradeCounts(upgrades)}</summary>`,
		"",
	];
	const byFile = new Map<string, UpgradeRow[]>();
	for (const u of shown) {
		const list = byFile.get(u.file);
		if (list) list.push(u);
		else byFile.set(u.file, [u]);
	}
	for (const [file, rows] of byFile) {
		lines.push(
			`**${codeSpan(file)}**`,
			"",
			"| Package | Version | Update | Links |",
			"|---|---|---|---|",
		);
		for (const u of rows)
			lines.push(
				`| ${codeSpan(u.package)} | ${describeChange(u)} | ${u.updateType ?? ""} | ${renderLinks(u)} |`,
			);
		lines.push("");
	}
	if (shown.length < upgrades.length)
		lines.push(
			`_${plural(upgrades.length - shown.length, "more change")} not shown._`,
			"",
		);
	lines.push("</details>", "");
	return { lines, cut: upgrades.length - shown.length };
}

function describeChange(u: UpgradeRow): string {
	const from = u.from === null ? null : codeSpan(u.from);
	const to = u.to === null ? null : codeSpan(u.to);
	switch (u.change) {
		case "added":
			return `➕ ${to}`;
		case "removed":
			return `➖ ${from}`;
		case "upgraded":
			return `${from} → ${to}`;
		case "downgraded":
			return `${from} → ${to} ⬇️`;
		default:
			return `${from} → ${to}`;
	}
}

function renderLinks(u: UpgradeRow): string {
	const links: string[] = [];
	if (u.url) links.push(`[release](${safeUrl(u.url)})`);
	if (u.changelogUrl) links.push(`[changelog](${safeUrl(u.changelogUrl)})`);
	if (u.compareUrl) links.push(`[compare](${safeUrl(u.compareUrl)})`);
	return links.join(" · ");
}

export function describeUpgradeCounts(upgrades: readonly UpgradeRow[]): string {
	const parts: string[] = [];
	for (const change of [
		"upgraded",
		"downgraded",
		"added",
		"removed",
		"changed",
	] as const) {
		const n = upgrades.filter((u) => u.change === change).length;
		if (n > 0) parts.push(`${n} ${change}`);
	}
	return parts.join(", ");
}
