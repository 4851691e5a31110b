// The policy file's schema: the only place where policy defaults live. Everything the user writes is
// validated here (strict tables: an unknown key is an error), and specifier strings are checked with the
// same PEP 440 parser the rules use, so a policy that loads is a policy the rules can evaluate.
import picomatch from "picomatch";
import * as z from "zod";
import { parsePep508 } from "../parse/pep508.js";
import { parseSpecifierSet } from "../pep440/specifier-set.js";
import { parseDuration } from "./cooldown.js";

// zod compiles each object schema with `new Function` on its first parse, which pays off only over many parses;
// pin-audit parses one policy per run, and the drift schemas a few reports. z.config is global: every schema.
z.config({ jitless: true });

export const RULE_IDS = [
	"unpinned",
	"outside-policy",
	"banned",
	"lock-mismatch",
	"conflict",
	"diverged",
	"inconsistent",
	"compat",
	"exception-expired",
	"exception-unused",
	"missing",
	"yanked",
	"too-new",
	"index-unavailable",
	"index",
	"soak",
	"dead-marker",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Strictest first: a requirement meets a level when it meets it or any stricter one. */
export const PIN_LEVELS = [
	"exact",
	"compatible",
	"bounded",
	"specified",
	"any",
] as const;
export type PinLevel = (typeof PIN_LEVELS)[number];

export const RULE_SEVERITIES = ["error", "warning", "notice", "off"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export const PRESET_NAMES = ["mcp"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const pinLevel = z.enum(PIN_LEVELS);

/** picomatch without strictBrackets quietly matches `[` literally; a glob that cannot compile is a mistake. */
function compilesAsGlob(glob: string): boolean {
	try {
		return (
			picomatch.makeRe(glob, { dot: true, strictBrackets: true }).source !==
			"$^"
		);
	} catch {
		return false;
	}
}

const specifierSet = z.string().superRefine((text, ctx) => {
	const parsed = parseSpecifierSet(text);
	if (!parsed.ok) {
		ctx.addIssue({
			code: "custom",
			message: `expected a PEP 440 specifier set such as ">=1.2,<2", got "${text}": ${parsed.error}`,
		});
	}
});

/** `name` followed by a specifier set, as in `mcp>=1.13,<2` (PEP 508 without extras, URL or marker). */
export interface PackageSpecifier {
	name: string;
	specifier: string;
	text: string;
}

const packageSpecifier = z.string().transform((text, ctx): PackageSpecifier => {
	const parsed = parsePep508(text);
	const problem = !parsed.ok
		? parsed.error
		: parsed.value.url !== null ||
				parsed.value.marker !== null ||
				parsed.value.extras.length > 0
			? "extras, URLs and markers are not allowed here"
			: (() => {
					const set = parseSpecifierSet(parsed.value.specifier);
					return set.ok ? null : set.error;
				})();
	if (!parsed.ok || problem !== null) {
		ctx.addIssue({
			code: "custom",
			message: `expected a package name and a PEP 440 specifier set such as "httpx>=0.27.1,<1", got "${text}": ${problem}`,
		});
		return z.NEVER;
	}
	return { name: parsed.value.name, specifier: parsed.value.specifier, text };
});

// TOML dates arrive as Date objects (smol-toml's TomlDate); a quoted "YYYY-MM-DD" is accepted too.
const untilDate = z
	.union([
		z.date(),
		z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
			message: "expected a date such as 2026-12-31",
		}),
	])
	.transform((value) =>
		typeof value === "string" ? value : value.toISOString().slice(0, 10),
	);

const oneOrMany = <T extends z.ZodType>(item: T) =>
	z
		.union([item, z.array(item)])
		.transform((value) => (Array.isArray(value) ? value : [value]));

const packagePolicy = z.strictObject({
	/** Versions the project may use. Absent: any. */
	allowed: specifierSet.optional(),
	/** Versions nobody may use. */
	banned: oneOrMany(specifierSet).default([]),
	/** Overrides the pin level of every requirement on this package. */
	pin: pinLevel.optional(),
	/** Why this package is restricted; repeated in findings. */
	reason: z.string().optional(),
	/** Every project (true) or the projects matching these globs must declare the package (rule `missing`). */
	required: z.union([z.boolean(), oneOrMany(z.string())]).optional(),
});

/** `[[pins.files]]`: the pin level of every requirement in the files matching `glob`; the first match wins. */
const filePinLevel = z.strictObject({
	/** picomatch glob on the root-relative path of the file a requirement is declared in. */
	glob: z.string().min(1).refine(compilesAsGlob, {
		message: 'expected a glob such as "**/requirements-dev.txt"',
	}),
	level: pinLevel,
});

const compatRule = z.strictObject({
	when: packageSpecifier,
	require: packageSpecifier,
	reason: z.string().optional(),
});

const policyException = z.strictObject({
	rule: z.enum(RULE_IDS),
	package: z.string().optional(),
	/** picomatch glob on the project path ("." for the root). */
	project: z.string().optional(),
	/** picomatch glob on the file a finding points at. */
	file: z.string().optional(),
	/** Last day (UTC) the exception applies; absent: permanent. */
	until: untilDate.optional(),
	reason: z
		.string()
		.min(1, { message: "expected a reason saying why the exception exists" }),
});

const ruleSeverity = z.enum(RULE_SEVERITIES);

/** A duration such as "48h", "2d", "1w", "90m", or "0"; validated here, read by parseDuration. */
const duration = z.string().refine((text) => parseDuration(text) !== null, {
	message: 'expected a duration such as "48h", "2d", "1w" or "0"',
});

export const policySchema = z.strictObject({
	extends: oneOrMany(z.enum(PRESET_NAMES)).default([]),
	pins: z
		.strictObject({
			default: pinLevel.default("specified"),
			// Per kind of file a requirement is declared in.
			requirements: pinLevel.optional(),
			pyproject: pinLevel.optional(),
			poetry: pinLevel.optional(),
			// Per group family; these win over the file kind.
			build: pinLevel.default("any"),
			dev: pinLevel.optional(),
			optional: pinLevel.optional(),
			constraints: pinLevel.optional(),
			// Per file glob; these win over everything but packages.<name>.pin.
			files: z.array(filePinLevel).default([]),
		})
		.prefault({}),
	packages: z.record(z.string(), packagePolicy).default({}),
	compat: z.array(compatRule).default([]),
	consistency: z
		.strictObject({
			packages: z.union([z.literal("*"), z.array(z.string())]).default([]),
		})
		.prefault({}),
	exceptions: z.array(policyException).default([]),
	/** Install sets nothing in the files declares: each `each` file is installed together with the `with` files. */
	install: z
		.array(
			z.strictObject({
				each: oneOrMany(z.string().min(1)),
				with: oneOrMany(z.string().min(1)),
				reason: z.string().optional(),
			}),
		)
		.default([]),
	/** Minimum age of a pinned or locked release (`too-new`): `"48h"`, `"2d"`, `"1w"`, `"0"` for none. */
	cooldown: z
		.strictObject({
			default: duration.default("48h"),
			packages: z.record(z.string(), duration).default({}),
		})
		.prefault({}),
	/** Staged upgrades: the canary projects move first, then the rest after the soak, `wave` projects at a time. */
	rollout: z
		.strictObject({
			/** picomatch globs on project paths: the canary wave. Empty: no rollout discipline. */
			canary: oneOrMany(z.string().min(1)).default([]),
			/** How long the canary must run a version before another project may move to it. */
			soak: duration.default("24h"),
			/** How many projects move together after the canary; "all" for every one. */
			wave: z
				.union([z.literal("all"), z.number().int().positive()])
				.default("all"),
		})
		.prefault({}),
	/** The package index to check pins against (PyPI JSON API root, or a Simple API URL ending in /simple). */
	"index-url": z
		.string()
		.regex(/^https?:\/\/\S+$/, {
			message: "expected an http(s) URL such as https://pypi.org/simple",
		})
		.optional(),
	/** Requests in flight at once per index host (429/503 answers lower it for a while). */
	"index-concurrency": z.number().int().min(1).max(256).default(50),
	/** Package sources the audited files may name (requirements files' --index-url etc., uv/Poetry index settings, lock registries). */
	indexes: z
		.strictObject({
			allowed: z.array(z.string().min(1)).default([]),
		})
		.prefault({}),
	rules: z
		.strictObject({
			unpinned: ruleSeverity.default("error"),
			"outside-policy": ruleSeverity.default("error"),
			banned: ruleSeverity.default("error"),
			"lock-mismatch": ruleSeverity.default("error"),
			conflict: ruleSeverity.default("error"),
			diverged: ruleSeverity.default("warning"),
			inconsistent: ruleSeverity.default("warning"),
			compat: ruleSeverity.default("error"),
			"exception-expired": ruleSeverity.default("warning"),
			"exception-unused": ruleSeverity.default("warning"),
			missing: ruleSeverity.default("error"),
			// Index-backed rules (they need the package index, except what poetry.lock and the offline knowledge carry).
			yanked: ruleSeverity.default("error"),
			"too-new": ruleSeverity.default("warning"),
			"index-unavailable": ruleSeverity.default("notice"),
			// A package source the policy does not list: pip may install anything from it.
			index: ruleSeverity.default("error"),
			// Needs the base branch's history (a pull request, or the CLI's --base-ref).
			soak: ruleSeverity.default("warning"),
			// A requirement whose marker never holds where the project runs: said once, judged by no other rule.
			"dead-marker": ruleSeverity.default("notice"),
		})
		.prefault({}),
});

export type PolicyDocument = z.output<typeof policySchema>;
export type PackagePolicy = PolicyDocument["packages"][string];
export type PinsPolicy = PolicyDocument["pins"];

export interface CompatRule {
	when: PackageSpecifier;
	require: PackageSpecifier;
	reason: string | null;
	/** Line of the `[[compat]]` table in the policy file; null for rules from a preset. */
	line: number | null;
}

/** `[[install]]`: files installed together that nothing in the files says are (see docs/policy.md). */
export interface InstallDeclaration {
	/** Globs on root-relative paths: every matching file's install set... */
	each: string[];
	/** ...also installs these: `./x`/`../x` relative to that file's directory, else root-relative globs. */
	with: string[];
	/** Line of the `[[install]]` table in the policy file; null from a preset. */
	line: number | null;
}

export interface PolicyException {
	rule: RuleId;
	/** PEP 503 normalized. */
	package: string | null;
	project: string | null;
	file: string | null;
	/** YYYY-MM-DD, last day the exception applies. */
	until: string | null;
	reason: string;
	line: number | null;
}

/** A validated, normalized policy: every default filled in, package names PEP 503 normalized. */
export interface Policy {
	/** The policy file (relative to the audited root, or as given), null for the built-in default. */
	file: string | null;
	presets: PresetName[];
	pins: PinsPolicy;
	packages: Record<string, PackagePolicy>;
	compat: CompatRule[];
	consistency: { packages: "*" | string[] };
	exceptions: PolicyException[];
	install: InstallDeclaration[];
	/** Milliseconds; per-package keys PEP 503 normalized. */
	cooldown: { default: number; packages: Record<string, number> };
	/** Credentials possible: never print it unredacted. */
	indexUrl: string | null;
	/** Requests in flight at once per index host. */
	indexConcurrency: number;
	/** `[indexes] allowed`: package sources the audited files may name (rule `index`), beyond PyPI and `index-url`. */
	indexes: { allowed: string[] };
	rollout: RolloutPolicy;
	rules: Record<RuleId, RuleSeverity>;
}

/** `[rollout]`, read: `soak` in milliseconds, `wave` null for "all". */
export interface RolloutPolicy {
	canary: string[];
	soak: number;
	/** `soak` as written, for messages. */
	soakText: string;
	wave: number | null;
}
