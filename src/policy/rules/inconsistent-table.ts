// The table under an `inconsistent` finding: which project is at which version of the package. Every finding
// on the package carries it, so its size is bounded: up to FULL_TABLE_ROWS projects it lists each one; past
// that, one line per version (the most used first, after the fleet's own), with how many projects are at it
// and the first few of them. A fleet of 1000 projects, each off the fleet's version, would otherwise repeat a
// 1000-line table under each of its 1000 findings.

/** What the table needs of a project's row. */
export interface TableRow {
	project: { path: string };
	signature: string;
}

/** Projects listed one per line at most; a larger fleet gets the summary by version. */
export const FULL_TABLE_ROWS = 20;
/** Versions listed in the summary; the rest are counted on one line. */
export const SUMMARY_VERSIONS = 10;
/** Projects named on a version's line. */
const NAMED_PER_VERSION = 3;

/**
 * `rows` in project path order; `differing` the rows the findings are about; `reference` the signature most
 * projects agree on.
 */
export function formatTable(
	name: string,
	rows: readonly TableRow[],
	differing: ReadonlySet<TableRow>,
	reference: string,
): string {
	return rows.length <= FULL_TABLE_ROWS
		? formatProjects(name, rows, differing)
		: formatVersions(name, rows, differing, reference);
}

function formatProjects(
	name: string,
	rows: readonly TableRow[],
	differing: ReadonlySet<TableRow>,
): string {
	const width = Math.max(
		"project".length,
		...rows.map((r) => r.project.path.length),
	);
	const lines = [`${"project".padEnd(width)}  ${name}`];
	for (const row of rows) {
		lines.push(
			`${row.project.path.padEnd(width)}  ${row.signature}${differing.has(row) ? "  <- differs" : ""}`,
		);
	}
	return lines.join("\n");
}

/** One line per version: `1.0.0  200 projects: a, b, c and 197 more  <- differs`. */
function formatVersions(
	name: string,
	rows: readonly TableRow[],
	differing: ReadonlySet<TableRow>,
	reference: string,
): string {
	const groups = new Map<string, TableRow[]>();
	for (const row of rows) {
		const group = groups.get(row.signature);
		if (group === undefined) groups.set(row.signature, [row]);
		else group.push(row);
	}
	// The fleet's version first, then the most used; a tie keeps the order of the first project at each.
	const ordered = [...groups].sort(
		([a, rowsA], [b, rowsB]) =>
			Number(b === reference) - Number(a === reference) ||
			rowsB.length - rowsA.length,
	);
	const shown = ordered.slice(0, SUMMARY_VERSIONS);
	const width = Math.max(name.length, ...shown.map(([s]) => s.length));
	const lines = [`${name.padEnd(width)}  projects (${rows.length})`];
	for (const [signature, members] of shown) {
		const named = members
			.slice(0, NAMED_PER_VERSION)
			.map((r) => r.project.path)
			.join(", ");
		const more = members.length - NAMED_PER_VERSION;
		const off = members.filter((r) => differing.has(r)).length;
		const mark =
			off === 0
				? ""
				: off === members.length
					? "  <- differs"
					: `  <- ${off} of them differ`;
		lines.push(
			`${signature.padEnd(width)}  ${members.length}: ${named}${more > 0 ? ` and ${more} more` : ""}${mark}`,
		);
	}
	const rest = ordered.slice(SUMMARY_VERSIONS);
	if (rest.length > 0) {
		const projects = rest.reduce((n, [, members]) => n + members.length, 0);
		lines.push(
			`and ${rest.length} more version${rest.length === 1 ? "" : "s"} in ${projects} project${projects === 1 ? "" : "s"}`,
		);
	}
	return lines.join("\n");
}
