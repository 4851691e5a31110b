// The fleet issue 19 measures against: projects built from real MCP server files. Each is one of the corpus's
// projects, its pyproject.toml and uv.lock as written (10 locks of 0.16-0.46 MB), with the hashed
// requirements-mcp.txt of bench/make-fleet.mjs. The synthetic fleets give every package the longest wheels array
// any corpus lock has for it; these locks are as uv wrote them, with their markers, forks and dependency edges.
// pin-audit and the parse floor run on it in the same run; the Python baseline is left to the synthetic fleets.
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { findFiles, makeProject } from "./make-fleet.mjs";

const FORMAT = 1;

/** Writes the fleet (skipped when one of the same size is there); null without the corpus. */
export function writeRealLockFleet(dir, size, corpus, templates) {
	if (!existsSync(corpus)) return null;
	const sources = findFiles(corpus, "uv.lock")
		.filter((lock) => statSync(lock).size > 20_000)
		.filter((lock) => existsSync(join(dirname(lock), "pyproject.toml")));
	if (sources.length === 0) return null;
	const marker = join(dir, ".bench-fleet.json");
	if (existsSync(marker)) {
		const meta = JSON.parse(readFileSync(marker, "utf8"));
		if (
			meta.format === FORMAT &&
			meta.size === size &&
			meta.sources === sources.length
		)
			return meta;
	}
	let bytes = 0;
	for (let i = 0; i < size; i++) {
		const from = dirname(sources[i % sources.length]);
		const to = join(
			dir,
			"services",
			`mcp-server-${String(i).padStart(4, "0")}`,
		);
		mkdirSync(to, { recursive: true });
		for (const name of ["pyproject.toml", "uv.lock"]) {
			copyFileSync(join(from, name), join(to, name));
			bytes += statSync(join(to, name)).size;
		}
		const requirements = makeProject(i, templates.pool).files[
			"requirements-mcp.txt"
		];
		writeFileSync(join(to, "requirements-mcp.txt"), requirements);
		bytes += Buffer.byteLength(requirements);
	}
	const lockSizes = sources.map((lock) => statSync(lock).size);
	const meta = {
		format: FORMAT,
		size,
		sources: sources.length,
		bytes,
		lockBytes: [Math.min(...lockSizes), Math.max(...lockSizes)],
	};
	writeFileSync(marker, JSON.stringify(meta));
	return meta;
}

/** pin-audit and the parse floor on a real-lock fleet of `size` projects; null without the corpus. */
export async function benchRealLocks({
	repo,
	work,
	size,
	runs,
	measureRuns,
	node,
	offline,
	templates,
}) {
	const dir = join(work, `real-locks-${size}`);
	process.stdout.write(`real-lock fleet of ${size}: generating... `);
	const fleet = writeRealLockFleet(
		dir,
		size,
		join(repo, "../shared/corpus"),
		templates,
	);
	if (fleet === null) {
		process.stdout.write("skipped (no corpus)\n");
		return null;
	}
	process.stdout.write(`${(fleet.bytes / 1e6).toFixed(0)} MB; pin-audit... `);
	const ours = await measureRuns(
		runs,
		process.execPath,
		node([dir, ...offline, "--format", "json"]),
		{ work },
	);
	process.stdout.write("parse floor... ");
	const floor = await measureRuns(
		runs,
		process.execPath,
		[join(repo, "bench/parse-floor.mjs"), dir],
		{ work },
	);
	process.stdout.write("done\n");
	return { size, fleet, ours, floor };
}
