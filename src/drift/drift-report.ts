// The drift report: how far every pinned or locked version is behind its index, and what the policy allows.
// One shape for one repository and for a fleet (`pin-audit merge`): a report holds repositories. The JSON form
// is the contract in schema/drift.schema.json; `driftReportSchema` reads it back (untrusted: merge inputs).
import * as z from "zod/mini";
import { parseVersion } from "../pep440/version.js";
import "../policy/zod-config.js";
import { rolloutPlanSchema } from "../rollout/rollout-plan.js";

// The shapes live in src/model (src/report renders them without importing this stage).
export {
	type BehindCounts,
	type DriftEntry,
	type DriftReport,
	type DriftRepository,
	type DriftSource,
	type DriftStatus,
	type DriftSummary,
	type FleetLocation,
	type FleetPackage,
	isDrifting,
	type NotYet,
	type PythonExcluded,
	type UncheckedReason,
} from "../model/drift-report.js";

const nonNegative = z.number().check(z.int(), z.gte(0));
const text = z.string().check(z.maxLength(10_000));
// Versions and times are shown as they are (and times parsed): a merge input from another repository's workflow
// must hold what pin-audit writes there, a normalized PEP 440 version and an ISO 8601 time, not arbitrary text.
// schema/drift.schema.json says the same with `version` and `dateTime` patterns.
const version = z.string().check(
	z.maxLength(200),
	z.refine((v) => parseVersion(v)?.text === v, {
		message: "not a normalized PEP 440 version",
	}),
);
const dateTime = z.iso.datetime({ offset: true });

export const driftEntrySchema = z.strictObject({
	project: text,
	package: text,
	current: version,
	sources: z
		.array(
			z.strictObject({
				kind: z.enum(["pinned", "locked"]),
				file: text,
				line: nonNegative,
			}),
		)
		.check(z.maxLength(10_000)),
	status: z.enum(["behind", "up-to-date", "yanked", "unknown"]),
	// Fields added after the first release default, so a fleet can merge reports of older pin-audit versions.
	unchecked: z._default(
		z.nullable(
			z.enum(["offline", "audit-report", "index-error", "not-on-index"]),
		),
		null,
	),
	note: z.nullable(text),
	currentOnIndex: z._default(z.nullable(z.boolean()), null),
	currentUploaded: z.nullable(dateTime),
	yankedReason: z.nullable(text),
	latest: z.nullable(version),
	latestUploaded: z.nullable(dateTime),
	updateType: z.nullable(z.enum(["major", "minor", "patch", "other"])),
	behind: z.strictObject({
		major: nonNegative,
		minor: nonNegative,
		patch: nonNegative,
		other: z._default(nonNegative, 0),
		total: nonNegative,
	}),
	libyears: z.nullable(z.number().check(z.gte(0))),
	allowed: z.nullable(version),
	currentAllowed: z.boolean(),
	notYet: z.nullable(z.strictObject({ version: version, allowedAt: dateTime })),
	pythonExcluded: z._default(
		z.nullable(
			z.strictObject({
				version: version,
				requiresPython: text,
				projectRequiresPython: text,
			}),
		),
		null,
	),
});

export const driftRepositorySchema = z.strictObject({
	name: text,
	policy: text,
	projects: z.array(text),
	entries: z.array(driftEntrySchema),
	rollout: z.optional(z.array(rolloutPlanSchema)),
});

export const driftReportSchema = z.strictObject({
	schemaVersion: z.literal(1),
	kind: z.literal("drift"),
	tool: z.strictObject({ name: text, version: text }),
	generatedAt: dateTime,
	repositories: z.array(driftRepositorySchema),
	// Derived data: recomputed on merge, so only its shape is checked.
	fleet: z.array(z.unknown()),
	summary: z.record(z.string(), z.number()),
});
