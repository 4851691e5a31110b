// The extras one install requests of a package, as pip 23.2's resolver collects them: every requirement
// line on the package is its own requirement (`pkg[a]`, `pkg[a,b]`) and the candidates together install
// the union of their extras; a line whose marker does not hold requests nothing (rules see only live
// requirements, see dead-marker.ts); a constraint installs nothing, so it requests no extra (pip rejects
// one that names extras). Extras compare as PEP 685 normalizes them, as packaging's marker evaluation
// and uv do (pip 23.2 itself only lower-cases them: test/data/pip/extras.json).
import { normalizeName } from "../model/normalize-name.js";
import type { Requirement } from "../model/types.js";

export function collectRequestedExtras(
	requirements: readonly Requirement[],
	name: string,
): string[] {
	const extras = new Set<string>();
	for (const r of requirements)
		if (
			r.name === name &&
			r.group !== "constraint" &&
			r.group !== "constraints-file"
		)
			for (const extra of r.extras) extras.add(normalizeName(extra));
	return [...extras].sort();
}
