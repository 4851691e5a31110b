// Reading the shipped knowledge: the recorded requirements of one release, when the table covers it.
import { normalizeName } from "../model/normalize-name.js";
import { contains, parseSpecifierSet } from "../pep440/specifier-set.js";
import { MCP_KNOWN_REQUIREMENTS } from "./mcp-stack-requirements.js";

export interface KnownRequirements {
	requiresDist: readonly string[];
	requiresPython: string | null;
	source: string;
}

const TABLES: Readonly<
	Record<string, readonly (KnownRequirements & { versions: string })[]>
> = {
	mcp: MCP_KNOWN_REQUIREMENTS,
};

/** The shipped requirements of `name` at `version`; null when the knowledge does not cover that release. */
export function lookupKnownRequirements(
	name: string,
	version: string,
): KnownRequirements | null {
	const rows = TABLES[normalizeName(name)];
	if (rows === undefined) return null;
	for (const row of rows) {
		const set = parseSpecifierSet(row.versions);
		if (set.ok && contains(set.value, version, { prereleases: true }))
			return {
				requiresDist: row.requiresDist,
				requiresPython: row.requiresPython,
				source: row.source,
			};
	}
	return null;
}
