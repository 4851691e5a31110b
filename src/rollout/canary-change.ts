// The canary wave of a rollout plan as file edits: what `pin-audit fix --project <canary> --package <name> --to
// <version>` would write, computed in memory with the same engine (src/fix/). Only files inside the canary's
// projects are kept, and never a lock: the lock commands are handed on for a person (or a later job) to run.
import type { AuditOptions } from "../audit.js";
import { fixRepository } from "../fix/fix-repository.js";
import type { RolloutPlan, RolloutWave } from "./rollout-plan.js";

export interface CanaryChange {
	package: string;
	version: string;
	/** The canary wave of the plan (its projects, its `pin-audit fix` command). */
	wave: RolloutWave;
	/** The first wave after the canary, if any: what moves once the soak is over. */
	next: RolloutWave | null;
	/** Root-relative path -> new text, for files inside the canary's projects only. */
	files: Map<string, string>;
	/** Unified diff of those files. */
	diff: string;
	/** `cd servers/scraper && uv lock --upgrade-package 'mcp==1.23.3'` and the like. */
	lockCommands: string[];
	/** Lines on the package the move could not rewrite (a range that excludes the version, a hashed line). */
	byHand: { file: string | null; line: number | null; message: string }[];
}

/** The canary wave ready to move for each plan (the canary has not moved yet). */
export function listReadyCanaryWaves(
	plans: readonly RolloutPlan[],
): { plan: RolloutPlan; wave: RolloutWave }[] {
	return plans.flatMap((plan) => {
		const wave = plan.waves.find((w) => w.canary && w.state === "ready");
		return wave === undefined ? [] : [{ plan, wave }];
	});
}

export async function buildCanaryChange(
	options: AuditOptions,
	canaryGlobs: readonly string[],
	plan: RolloutPlan,
	wave: RolloutWave,
): Promise<CanaryChange> {
	const result = await fixRepository(
		// The move needs the projects' pins and locks only: no index.
		{ ...options, offline: true },
		{ projects: [...canaryGlobs], packages: [plan.package] },
		false,
		{ name: plan.package, version: plan.target },
	);
	const inside = (file: string) =>
		wave.projects.some((p) => p === "." || file.startsWith(`${p}/`));
	const kept = [...result.edited].filter(
		([file]) => inside(file) && !isLock(file),
	);
	return {
		package: plan.package,
		version: plan.target,
		wave,
		next: plan.waves.find((w) => !w.canary && w.state !== "done") ?? null,
		files: new Map(kept.map(([file, { text }]) => [file, text])),
		diff: kept.map(([, { diff }]) => diff).join(""),
		lockCommands: result.lockCommands,
		byHand: [
			...result.withoutSuggestion,
			...result.notFixed.map((n) => n.finding),
		].map((f) => ({ file: f.file, line: f.line, message: f.message })),
	};
}

function isLock(file: string): boolean {
	const base = file.slice(file.lastIndexOf("/") + 1);
	return (
		base === "uv.lock" ||
		base === "poetry.lock" ||
		/^pylock(\.[^.]+)?\.toml$/.test(base)
	);
}
