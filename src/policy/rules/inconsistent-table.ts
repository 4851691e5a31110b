// The table under an `inconsistent` finding: which project is at which version of the package. Every finding
// on the package carries one, so its size is bounded: up to FULL_TABLE_ROWS projects it lists each one; past
// that, one line per version (the fleet's own first, then the most used), with how many projects are at it and
// the first few of them, always the finding's own version among them. A fleet of 1000 projects, each off the
// fleet's version, would otherwise repeat a 1000-line table under each of its 1000 findings. The tables are
// made once per version and shared by the findings at it.

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
 * The table for each deviating row: `rows` in project path order, `differing` the rows the findings are about,
 * `reference` the signature the fleet is measured against.
 */
export function createTables(
	name: string,
	rows: readonly TableRow[],
	differing: ReadonlySet<TableRow>,
	reference: string,
): (row: TableRow) => string {
	if (rows.length <= FULL_TABLE_ROWS) {
		const table = formatProjects(name, rows, differing);
		return () => table;
	}
	const ordered = orderVersions(rows, reference);
	const made = new Map<string, string>();
	return (row) => {
		let table = made.get(row.signature);
		if (table === undefined) {
			table = formatVersions(name, rows.length, ordered, differing, row);
			made.set(row.signature, table);
		}
		return table;
	};
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

/** The rows by version: the fleet's own first, then the most used; a tie keeps the order of its first project. */
function orderVersions(
	rows: readonly TableRow[],
	reference: string,
): [string, TableRow[]][] {
	const groups = new Map<string, TableRow[]>();
	for (const row of rows) {
		const group = groups.get(row.signature);
		if (group === undefined) groups.set(row.signature, [row]);
		else group.push(row);
	}
	return [...groups].sort(
		([a, rowsA], [b, rowsB]) =>
			Number(b === reference) - Number(a === reference) ||
			rowsB.length - rowsA.length,
	);
}

/**
 * One line per version, `1.0.0  200: a, b, c and 197 more  <- differs`, at most SUMMARY_VERSIONS of them; the
 * version of `own` (the finding's project) is always one, in the last place when it would be cut.
 */
function formatVersions(
	name: string,
	projects: number,
	ordered: readonly [string, TableRow[]][],
	differing: ReadonlySet<TableRow>,
	own: TableRow,
): string {
	let shown = ordered.slice(0, SUMMARY_VERSIONS);
	if (!shown.some(([signature]) => signature === own.signature)) {
		const mine = ordered.find(([signature]) => signature === own.signature);
		if (mine !== undefined)
			shown = [...ordered.slice(0, SUMMARY_VERSIONS - 1), mine];
	}
	const width = Math.max(name.length, ...shown.map(([s]) => s.length));
	const lines = [`${name.padEnd(width)}  projects (${projects})`];
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
	const rest = ordered.filter((group) => !shown.includes(group));
	if (rest.length > 0) {
		const count = rest.reduce((n, [, members]) => n + members.length, 0);
		lines.push(
			`and ${rest.length} more version${rest.length === 1 ? "" : "s"} in ${count} project${count === 1 ? "" : "s"}`,
		);
	}
	return lines.join("\n");
}
