import { posix } from "node:path";
import * as core from "@actions/core";
import * as z from "zod";
import { ConfigurationError } from "../errors.js";

// Every input is read here, once, and validated by one schema: the ONLY place defaults live. action.yml sets
// none (except `token`, whose default has to be an expression), so an unset input never silently overrides the
// repository's policy file, and the README documents exactly these defaults.

const COMMENT_MODES = ["always", "on-change", "on-failure", "never"] as const;
const FAIL_ON = ["error", "warning", "never"] as const;
const BLOCK_MODES = ["new", "all"] as const;
const MODES = ["audit", "drift"] as const;
const ROLLOUT_PR = ["canary", "off"] as const;

export type CommentMode = (typeof COMMENT_MODES)[number];
export type FailOn = (typeof FAIL_ON)[number];
export type BlockMode = (typeof BLOCK_MODES)[number];
export type ActionMode = (typeof MODES)[number];
export type RolloutPrMode = (typeof ROLLOUT_PR)[number];

/** Events on which the action reports drift unless `mode` says otherwise. */
export const DRIFT_EVENTS = new Set(["schedule", "workflow_dispatch"]);

/** `comment-key` ends up inside an HTML comment: it must not be able to close it (`-->`) or span lines. */
const COMMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9._/+=:-]{0,99}$/;

/** Empty input (the runner passes unset inputs as "") means "use the default". */
const optionalText = z
	.string()
	.transform((value) => value.trim())
	.transform((value) => (value === "" ? undefined : value));

function choice<const T extends readonly [string, ...string[]]>(
	values: T,
	fallback: T[number] | undefined,
) {
	return optionalText.pipe(
		z
			.enum(values, {
				error: (issue) =>
					`must be one of ${values.join(", ")}; got "${String(issue.input)}"`,
			})
			.optional()
			.transform((value) => value ?? fallback),
	);
}

// YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const booleanText = optionalText.pipe(
	z
		.enum(["true", "True", "TRUE", "false", "False", "FALSE"], {
			error: (issue) => `must be true or false; got "${String(issue.input)}"`,
		})
		.optional()
		.transform((value) => value?.toLowerCase() === "true"),
);

/** A boolean input whose default is true. */
const booleanTextDefaultTrue = optionalText.pipe(
	z
		.enum(["true", "True", "TRUE", "false", "False", "FALSE"], {
			error: (issue) => `must be true or false; got "${String(issue.input)}"`,
		})
		.optional()
		.transform(
			(value) => value === undefined || value.toLowerCase() === "true",
		),
);

export const inputSchema = z.object({
	token: z.string().transform((value) => value.trim()),
	path: optionalText
		.transform(
			(value) =>
				// POSIX, no leading "./" or trailing "/": it prefixes annotation paths and git paths.
				(value ?? ".")
					.replace(/\\/g, "/")
					.replace(/\/+$/, "")
					.replace(/^(\.\/)+/, "") || ".",
		)
		// The audited directory stays inside the workspace: an absolute path or one climbing out with `..` would
		// audit (and report on) files the workflow never checked out.
		.refine((value) => !/^(\/|[A-Za-z]:)/.test(value), {
			message: "must be relative to the workspace, not an absolute path",
		})
		.transform((value) => posix.normalize(value).replace(/\/+$/, ""))
		.refine((value) => value !== ".." && !value.startsWith("../"), {
			message: "must stay inside the workspace (no leading ..)",
		}),
	policy: optionalText,
	// No default here on purpose: base on pull-request events, head otherwise (resolvePolicyFrom).
	"policy-from": choice(["base", "head"] as const, undefined),
	comment: choice(COMMENT_MODES, "on-change"),
	"fail-on": choice(FAIL_ON, "error"),
	// No default here on purpose: it depends on the event (new on pull-request events, all otherwise), see
	// resolveBlockMode.
	block: choice(BLOCK_MODES, undefined),
	"comment-key": optionalText.pipe(
		z
			.string()
			.regex(
				COMMENT_KEY,
				"must be letters, digits and . _ / + = : - (at most 100, starting with a letter or digit)",
			)
			.optional()
			.transform((value) => value ?? "default"),
	),
	"base-ref": optionalText,
	"head-ref": optionalText,
	"index-url": optionalText.pipe(
		z
			.url({
				protocol: /^https?$/,
				error: "must be an http(s) URL",
			})
			.optional(),
	),
	/** Empty: the policy's `index-concurrency` (its schema holds the default). */
	"index-concurrency": optionalText.pipe(
		z
			.string()
			.regex(/^\d+$/, "must be a whole number from 1 to 256")
			.transform(Number)
			.pipe(
				z
					.number()
					.min(1, "must be a whole number from 1 to 256")
					.max(256, "must be a whole number from 1 to 256"),
			)
			.optional(),
	),
	offline: booleanText,
	// No default here on purpose: it depends on the event (drift on schedule and workflow_dispatch), see resolveMode.
	mode: choice(MODES, undefined),
	"drift-title": optionalText.pipe(
		z
			.string()
			.max(256, "must be at most 256 characters")
			.regex(/^[^\r\n]*$/, "must be one line")
			.optional()
			.transform((value) => value ?? "pin-audit: dependency drift"),
	),
	// Comma- or newline-separated, as other actions take lists.
	"drift-labels": optionalText
		.transform((value) =>
			(value ?? "")
				.split(/[,\n]/)
				.map((label) => label.trim())
				.filter((label) => label !== ""),
		)
		.pipe(
			z.array(
				z.string().max(50, "must be labels of at most 50 characters each"),
			),
		),
	"drift-close-when-clean": booleanText,
	// Drift mode: open a pull request moving the canary wave of the rollout plan (src/github/run-rollout-pr.ts).
	"rollout-pr": choice(ROLLOUT_PR, "off"),
	sarif: optionalText,
	suggestions: booleanTextDefaultTrue,
});

export const INPUT_NAMES = Object.keys(inputSchema.shape) as (keyof z.input<
	typeof inputSchema
>)[];

export interface ActionInputs {
	token: string;
	/** Directory audited, relative to the workspace; "." for the root. POSIX, no trailing slash. */
	path: string;
	policy: string | undefined;
	/** Which commit's policy judges a pull request; undefined: decided by the event (policy-from.ts). */
	policyFrom: "base" | "head" | undefined;
	comment: CommentMode;
	failOn: FailOn;
	/** undefined: decided by the event (resolveBlockMode). */
	block: BlockMode | undefined;
	commentKey: string;
	baseRef: string | undefined;
	headRef: string | undefined;
	indexUrl: string | undefined;
	/** Requests in flight at once per index host; undefined: the policy's. */
	indexConcurrency: number | undefined;
	offline: boolean;
	/** undefined: decided by the event (resolveMode). */
	mode: ActionMode | undefined;
	driftTitle: string;
	driftLabels: string[];
	driftCloseWhenClean: boolean;
	/** Drift mode: `canary` opens the canary wave's pull request for each package whose canary is ready. */
	rolloutPr: RolloutPrMode;
	/** Where to write the SARIF report, relative to the workspace; undefined for none. */
	sarif: string | undefined;
	/** Post suggested fixes as a pull-request review (one-click suggestions). */
	suggestions: boolean;
}

/** Reads and validates every input. `getInput` is core.getInput in the action and a plain lookup in tests. */
export function loadInputs(
	getInput: (name: string) => string = (name) => core.getInput(name),
): ActionInputs {
	const raw: Record<string, string> = {};
	for (const name of INPUT_NAMES) raw[name] = getInput(name);
	const parsed = inputSchema.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(
			(issue) => `input "${String(issue.path[0])}" ${issue.message}`,
		);
		throw new ConfigurationError(problems.join("\n"));
	}
	const v = parsed.data;
	return {
		token: v.token,
		path: v.path,
		policy: v.policy,
		policyFrom: v["policy-from"] as "base" | "head" | undefined,
		comment: v.comment as CommentMode,
		failOn: v["fail-on"] as FailOn,
		block: v.block as BlockMode | undefined,
		commentKey: v["comment-key"],
		baseRef: v["base-ref"],
		headRef: v["head-ref"],
		indexUrl: v["index-url"],
		indexConcurrency: v["index-concurrency"],
		offline: v.offline,
		mode: v.mode as ActionMode | undefined,
		driftTitle: v["drift-title"],
		driftLabels: v["drift-labels"],
		driftCloseWhenClean: v["drift-close-when-clean"],
		rolloutPr: v["rollout-pr"] as RolloutPrMode,
		sarif: v.sarif,
		suggestions: v.suggestions,
	};
}

/**
 * `block` defaults to `new` where there is a base to compare with (pull-request and merge-queue events), so a PR
 * is never blocked by problems it did not introduce; everywhere else (push, schedule, ...) every finding blocks.
 */
export function resolveBlockMode(
	block: BlockMode | undefined,
	isChangeEvent: boolean,
): BlockMode {
	return block ?? (isChangeEvent ? "new" : "all");
}

/** `mode` defaults to `drift` on schedule and workflow_dispatch (nothing to gate there), `audit` otherwise. */
export function resolveMode(
	mode: ActionMode | undefined,
	eventName: string,
): ActionMode {
	return mode ?? (DRIFT_EVENTS.has(eventName) ? "drift" : "audit");
}
