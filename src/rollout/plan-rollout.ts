// The rollout plan of the drift report: for each package whose pins lag the newest version the policy allows now
// (cooldown passed), the waves in order (the canary first, then `[rollout] wave` projects at a time), each with
// the `pin-audit fix` command that moves it and its state. Pure: when the canary adopted the version comes in.

import { shellQuote } from "../fix/shell-quote.js";
import type { DriftEntry } from "../model/drift-report.js";
import { compareLoosely } from "../pep440/loose-order.js";
import type { RolloutPolicy } from "../policy/schema.js";
import { isCanary } from "./rollout-moves.js";
import type { RolloutPlan, RolloutWave } from "./rollout-plan.js";

/** When the canary projects started running `version` of `name`; null when unknown or not running it. */
export type AdoptionLookup = (
	name: string,
	version: string,
) => Date | null | undefined;

export function planRollout(
	entries: readonly DriftEntry[],
	rollout: RolloutPolicy,
	adoptedAt: AdoptionLookup,
	now: Date,
): RolloutPlan[] {
	if (rollout.canary.length === 0) return [];
	const byPackage = new Map<string, DriftEntry[]>();
	for (const e of entries)
		byPackage.set(e.package, [...(byPackage.get(e.package) ?? []), e]);
	const plans: RolloutPlan[] = [];
	for (const [name, list] of [...byPackage].sort(([a], [b]) =>
		a < b ? -1 : 1,
	)) {
		const target = list
			.map((e) => e.allowed)
			.filter((v): v is string => v !== null)
			.sort(compareLoosely)
			.at(-1);
		if (target === undefined) continue;
		const lagging = (project: string) =>
			list.some(
				(e) => e.project === project && compareLoosely(e.current, target) < 0,
			);
		const projects = [...new Set(list.map((e) => e.project))].sort();
		if (!projects.some(lagging)) continue;
		plans.push({
			package: name,
			target,
			waves: planWaves(name, target, projects, lagging, rollout, {
				adoptedAt: adoptedAt(name, target) ?? null,
				now,
			}),
		});
	}
	return plans;
}

function planWaves(
	name: string,
	target: string,
	projects: readonly string[],
	lagging: (project: string) => boolean,
	rollout: RolloutPolicy,
	canaryFacts: { adoptedAt: Date | null; now: Date },
): RolloutWave[] {
	const canaries = projects.filter((p) => isCanary(p, rollout.canary));
	const rest = projects.filter((p) => !isCanary(p, rollout.canary));
	const size = rollout.wave ?? Math.max(rest.length, 1);
	const groups: string[][] = [];
	for (let i = 0; i < rest.length; i += size)
		groups.push(rest.slice(i, i + size));
	const waves: RolloutWave[] = [];
	// Later waves may move once the canary's soak is over (or when no canary uses the package).
	let open = true;
	if (canaries.length > 0) {
		const wave = canaryWave(
			name,
			target,
			canaries,
			lagging,
			rollout,
			canaryFacts,
		);
		waves.push(wave);
		open = wave.state === "soaked";
	}
	for (const [index, group] of groups.entries()) {
		const done = !group.some(lagging);
		waves.push({
			wave: index + 1,
			canary: false,
			projects: group,
			command: fixCommand(group, name, target),
			state: done ? "done" : open ? "ready" : "waiting",
			adoptedAt: null,
			soakEndsAt: null,
		});
		if (!done) open = false;
	}
	return waves;
}

function canaryWave(
	name: string,
	target: string,
	canaries: readonly string[],
	lagging: (project: string) => boolean,
	rollout: RolloutPolicy,
	facts: { adoptedAt: Date | null; now: Date },
): RolloutWave {
	const moved = !canaries.some(lagging);
	const adopted = moved ? facts.adoptedAt : null;
	const ends =
		adopted === null ? null : new Date(adopted.getTime() + rollout.soak);
	return {
		wave: 0,
		canary: true,
		projects: [...canaries],
		command: fixCommand(canaries, name, target),
		state: !moved
			? "ready"
			: ends !== null && ends <= facts.now
				? "soaked"
				: "soaking",
		adoptedAt: adopted?.toISOString() ?? null,
		soakEndsAt: ends?.toISOString() ?? null,
	};
}

/**
 * `pin-audit fix --project servers/scraper --package mcp --to 1.23.3`; `multiline`: one flag a line, joined by
 * shell continuations, for a code block in a narrow column.
 */
export function fixCommand(
	projects: readonly string[],
	name: string,
	target: string,
	multiline = false,
): string {
	const flags = [
		...projects.map((p) => `--project ${shellQuote(p)}`),
		`--package ${shellQuote(name)} --to ${shellQuote(target)}`,
	];
	return multiline
		? ["pin-audit fix", ...flags].join(" \\\n  ")
		: `pin-audit fix ${flags.join(" ")}`;
}
