// Reading the shipped knowledge: the recorded requirements of one release, when the table covers it.
import { normalizeName } from "../model/normalize-name.js";
import { contains, parseSpecifierSet } from "../pep440/specifier-set.js";
import { MCP_KNOWN_REQUIREMENTS } from "./mcp-stack-requirements.js";

export interface KnownRequirements {
	requiresDist: readonly string[];
	requiresPython: string | null;
	/** Where the row comes from, in full (for docs and tests). */
	source: string;
	/** The knowledge in a few words, for a message: `pin-audit's MCP-stack knowledge`. */
	label: string;
}

const TABLES: Readonly<
	Record<
		string,
		{
			label: string;
			rows: readonly (Omit<KnownRequirements, "label"> & {
				versions: string;
			})[];
		}
	>
> = {
	mcp: {
		label: "pin-audit's MCP-stack knowledge",
		rows: MCP_KNOWN_REQUIREMENTS,
	},
};

/** The shipped requirements of `name` at `version`; null when the knowledge does not cover that release. */
export function lookupKnownRequirements(
	name: string,
	version: string,
): KnownRequirements | null {
	const table = TABLES[normalizeName(name)];
	if (table === undefined) return null;
	for (const row of table.rows) {
		const set = parseSpecifierSet(row.versions);
		if (set.ok && contains(set.value, version, { prereleases: true }))
			return {
				requiresDist: row.requiresDist,
				requiresPython: row.requiresPython,
				source: row.source,
				label: table.label,
			};
	}
	return null;
}
