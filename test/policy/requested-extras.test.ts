// The extras an install requests of a package, against pip 23.2 (test/data/pip/extras.json, made by
// scripts/gen-pip-extras-vectors.py).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/model/normalize-name.js";
import type { Requirement } from "../../src/model/types.js";
import { evaluateMarker } from "../../src/parse/markers/marker-algebra.js";
import { parseRequirementsTxt } from "../../src/parse/requirements-txt.js";
import { collectRequestedExtras } from "../../src/policy/requested-extras.js";

interface Case {
	name: string;
	files: Record<string, string>;
	extras?: Record<string, string[]>;
	error?: string;
}

const data = JSON.parse(
	readFileSync(new URL("../data/pip/extras.json", import.meta.url), "utf8"),
) as { environment: Record<string, string>; cases: Case[] };

/** The requirements of `requirements.txt` and what it includes, constraints marked as discovery marks them. */
function readInstall(files: Record<string, string>): Requirement[] {
	const read = (path: string, constraint: boolean): Requirement[] => {
		const { value } = parseRequirementsTxt(files[path] ?? "", path);
		return [
			...value.requirements.map((r) =>
				constraint ? { ...r, group: "constraints-file" } : r,
			),
			...value.includes.flatMap((include) =>
				read(include.target, constraint || include.kind === "constraint"),
			),
		];
	};
	// pip's match_markers, in the environment the vectors were made in (a requirements file sets no extra).
	return read("requirements.txt", false).filter(
		(r) =>
			r.marker === null ||
			evaluateMarker(r.marker, { ...data.environment, extra: "" }) !== false,
	);
}

describe("requested extras agree with pip 23.2", () => {
	it.each(data.cases.filter((c) => c.extras !== undefined))("$name", (c) => {
		const requirements = readInstall(c.files);
		// pip 23.2 only lower-cases extras; packaging's marker evaluation and uv compare them as PEP 685 does.
		for (const [name, extras] of Object.entries(c.extras ?? {}))
			expect(collectRequestedExtras(requirements, name)).toEqual(
				[...new Set(extras.map(normalizeName))].sort(),
			);
	});

	it('requests nothing through a constraint (pip: "Constraints cannot have extras")', () => {
		const [rejected] = data.cases.filter((c) => c.error !== undefined);
		expect(rejected?.error).toBe("Constraints cannot have extras");
		expect(
			collectRequestedExtras(readInstall(rejected?.files ?? {}), "mcp"),
		).toEqual([]);
	});
});
