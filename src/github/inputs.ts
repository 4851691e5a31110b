import { posix } from "node:path";
import * as core from "@actions/core";
import * as z from "zod/mini";
import { ConfigurationError } from "../errors.js";
import "../policy/zod-config.js";

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
const optionalText = z.pipe(
	z.string(),
	z.transform((value: string) => {
		const trimmed = value.trim();
		return trimmed === "" ? undefined : trimmed;
	}),
);

function choice<const T extends readonly [string, ...string[]]>(
	values: T,
	fallback: T[number] | undefined,
) {
	return z.pipe(
		optionalText,
		z.pipe(
			z.optional(
				z.enum(values, {
					error: (issue) =>
						`must be one of ${values.join(", ")}; got "${String(issue.input)}"`,
				}),
			),
			z.transform((value: T[number] | undefined) => value ?? fallback),
		),
	);
}

// YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const booleanWord = z.optional(
	z.enum(["true", "True", "TRUE", "false", "False", "FALSE"], {
		error: (issue) => `must be true or false; got "${String(issue.input)}"`,
	}),
);

/** A boolean input: `fallback` when empty. */
function booleanText(fallback: boolean) {
	return z.pipe(
		optionalText,
		z.pipe(
			booleanWord,
			z.transform((value: z.output<typeof booleanWord>) =>
				value === undefined ? fallback : value.toLowerCase() === "true",
			),
		),
	);
}

const CONCURRENCY_MESSAGE = "must be a whole number from 1 to 256";

export const inputSchema = z.object({
	token: z.pipe(
		z.string(),
		z.transform((value: string) => value.trim()),
	),
	// The audited directory stays inside the workspace: an absolute path or one climbing out with `..` would audit
	// (and report on) files the workflow never checked out.
	path: z
		.pipe(
			z
				.pipe(
					optionalText,
					z.transform(
						(value: string | undefined) =>
							// POSIX, no leading "./" or trailing "/": it prefixes annotation paths and git paths.
							(value ?? ".")
								.replace(/\\/g, "/")
								.replace(/\/+$/, "")
								.replace(/^(\.\/)+/, "") || ".",
					),
				)
				.check(
					z.refine((value) => !/^(\/|[A-Za-z]:)/.test(value), {
						message: "must be relative to the workspace, not an absolute path",
					}),
				),
			z.transform((value: string) =>
				posix.normalize(value).replace(/\/+$/, ""),
			),
		)
		.check(
			z.refine((value) => value !== ".." && !value.startsWith("../"), {
				message: "must stay inside the workspace (no leading ..)",
			}),
		),
	policy: optionalText,
	// No default here on purpose: base on pull-request events, head otherwise (resolvePolicyFrom).
	"policy-from": choice(["base", "head"] as const, undefined),
	comment: choice(COMMENT_MODES, "on-change"),
	"fail-on": choice(FAIL_ON, "error"),
	// No default here on purpose: it depends on the event (new on pull-request events, all otherwise), see
	// resolveBlockMode.
	block: choice(BLOCK_MODES, undefined),
	"comment-key": z.pipe(
		optionalText,
		z.pipe(
			z.optional(
				z
					.string()
					.check(
						z.regex(
							COMMENT_KEY,
							"must be letters, digits and . _ / + = : - (at most 100, starting with a letter or digit)",
						),
					),
			),
			z.transform((value: string | undefined) => value ?? "default"),
		),
	),
	"base-ref": optionalText,
	"head-ref": optionalText,
	"index-url": z.pipe(
		optionalText,
		z.optional(
			z.url({
				protocol: /^https?$/,
				error: "must be an http(s) URL",
			}),
		),
	),
	/** Empty: the policy's `index-concurrency` (its schema holds the default). */
	"index-concurrency": z.pipe(
		optionalText,
		z.optional(
			z.pipe(
				z.pipe(
					z.string().check(z.regex(/^\d+$/, CONCURRENCY_MESSAGE)),
					z.transform(Number),
				),
				z
					.number()
					.check(
						z.gte(1, CONCURRENCY_MESSAGE),
						z.lte(256, CONCURRENCY_MESSAGE),
					),
			),
		),
	),
	offline: booleanText(false),
	// No default here on purpose: it depends on the event (drift on schedule and workflow_dispatch), see resolveMode.
	mode: choice(MODES, undefined),
	"drift-title": z.pipe(
		optionalText,
		z.pipe(
			z.optional(
				z
					.string()
					.check(
						z.maxLength(256, "must be at most 256 characters"),
						z.regex(/^[^\r\n]*$/, "must be one line"),
					),
			),
			z.transform(
				(value: string | undefined) => value ?? "pin-audit: dependency drift",
			),
		),
	),
	// Comma- or newline-separated, as other actions take lists.
	"drift-labels": z.pipe(
		z.pipe(
			optionalText,
			z.transform((value: string | undefined) =>
				(value ?? "")
					.split(/[,\n]/)
					.map((label) => label.trim())
					.filter((label) => label !== ""),
			),
		),
		z.array(
			z
				.string()
				.check(z.maxLength(50, "must be labels of at most 50 characters each")),
		),
	),
	"drift-close-when-clean": booleanText(false),
	// Drift mode: open a pull request moving the canary wave of the rollout plan (src/github/run-rollout-pr.ts).
	"rollout-pr": choice(ROLLOUT_PR, "off"),
	sarif: optionalText,
	suggestions: booleanText(true),
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
