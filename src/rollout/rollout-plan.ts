// The rollout plan's shape, as the drift report carries it (schema/drift.schema.json, `repositories[].rollout`).
import { z } from "zod";

/**
 * - `ready`: move this wave now;
 * - `soaking`: the canary runs the version, its soak has not ended (or since when is unknown);
 * - `soaked`: the canary has run the version for the soak time;
 * - `waiting`: an earlier wave has to move (or soak) first;
 * - `done`: every project of the wave runs the version.
 */
export type WaveState = "ready" | "soaking" | "soaked" | "waiting" | "done";

export interface RolloutWave {
	/** 0 for the canary wave, then 1, 2, ... */
	wave: number;
	canary: boolean;
	projects: string[];
	/** The `pin-audit fix` command that moves this wave. */
	command: string;
	state: WaveState;
	/**
	 * Canary wave: when the canary started running the version (ISO 8601), or, when that is older than the soak,
	 * possibly only the oldest commit read that shows it; null when unknown.
	 */
	adoptedAt: string | null;
	/** Canary wave: when the soak ends (ISO 8601), null when unknown. */
	soakEndsAt: string | null;
}

export interface RolloutPlan {
	package: string;
	/** The newest version the policy allows now. */
	target: string;
	waves: RolloutWave[];
}

const dateTime = z.iso.datetime({ offset: true }).nullable();
const text = z.string().max(10_000);

/** What `pin-audit merge` accepts (untrusted input, like the rest of a drift report). */
export const rolloutPlanSchema = z.strictObject({
	package: text,
	target: text,
	waves: z.array(
		z.strictObject({
			wave: z.number().int().min(0),
			canary: z.boolean(),
			projects: z.array(text),
			command: text,
			state: z.enum(["ready", "soaking", "soaked", "waiting", "done"]),
			adoptedAt: dateTime,
			soakEndsAt: dateTime,
		}),
	),
});
