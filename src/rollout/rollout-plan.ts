// The rollout plan's shape, as the drift report carries it (schema/drift.schema.json, `repositories[].rollout`).
import * as z from "zod/mini";
import "../policy/zod-config.js";

// The shapes live in src/model/drift-report.ts, with the drift report that carries them.
export type {
	RolloutPlan,
	RolloutWave,
	WaveState,
} from "../model/drift-report.js";

const dateTime = z.nullable(z.iso.datetime({ offset: true }));
const text = z.string().check(z.maxLength(10_000));

/** What `pin-audit merge` accepts (untrusted input, like the rest of a drift report). */
export const rolloutPlanSchema = z.strictObject({
	package: text,
	target: text,
	waves: z.array(
		z.strictObject({
			wave: z.number().check(z.int(), z.gte(0)),
			canary: z.boolean(),
			projects: z.array(text),
			command: text,
			state: z.enum(["ready", "soaking", "soaked", "waiting", "done"]),
			adoptedAt: dateTime,
			soakEndsAt: dateTime,
		}),
	),
});
