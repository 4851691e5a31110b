// The policy file's schema: the only place where policy defaults live. Everything the user writes is
// validated here (strict tables: an unknown key is an error), and specifier strings are checked with the
// same PEP 440 parser the rules use, so a policy that loads is a policy the rules can evaluate.
import picomatch from "picomatch";
import * as z from "zod/mini";
import { parsePep508 } from "../parse/pep508.js";
import { parseSpecifierSet } from "../pep440/specifier-set.js";
import { parseDuration } from "./cooldown.js";
import "./zod-config.js";

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
const optionalPinLevel = z.optional(pinLevel);

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

const specifierSet = z.string().check(
	z.superRefine((text, ctx) => {
		const parsed = parseSpecifierSet(text);
		if (!parsed.ok) {
			ctx.addIssue({
				code: "custom",
				message: `expected a PEP 440 specifier set such as ">=1.2,<2", got "${text}": ${parsed.error}`,
			});
		}
	}),
);

/** `name` followed by a specifier set, as in `mcp>=1.13,<2` (PEP 508 without extras, URL or marker). */
export interface PackageSpecifier {
	name: string;
	specifier: string;
	text: string;
}

/** The text as a PackageSpecifier, or what is wrong with it. */
function readPackageSpecifier(text: string): PackageSpecifier | string {
	const parsed = parsePep508(text);
	if (!parsed.ok) return parsed.error;
	const { name, specifier, url, marker, extras } = parsed.value;
	if (url !== null || marker !== null || extras.length > 0)
		return "extras, URLs and markers are not allowed here";
	const set = parseSpecifierSet(specifier);
	return set.ok ? { name, specifier, text } : set.error;
}

// Checked, then read: zod/mini gives a transform no `addIssue`. The second read comes from the parsers' memo tables.
const packageSpecifier = z.pipe(
	z.string().check(
		z.superRefine((text, ctx) => {
			const read = readPackageSpecifier(text);
			if (typeof read === "string")
				ctx.addIssue({
					code: "custom",
					message: `expected a package name and a PEP 440 specifier set such as "httpx>=0.27.1,<1", got "${text}": ${read}`,
				});
		}),
	),
	z.transform((text: string) => readPackageSpecifier(text) as PackageSpecifier),
);

// TOML dates arrive as Date objects (smol-toml's TomlDate); a quoted "YYYY-MM-DD" is accepted too.
const untilDate = z.pipe(
	z.union([
		z.date(),
		z.string().check(
			z.regex(/^\d{4}-\d{2}-\d{2}$/, {
				message: "expected a date such as 2026-12-31",
			}),
		),
	]),
	z.transform((value) =>
		typeof value === "string" ? value : value.toISOString().slice(0, 10),
	),
);

const oneOrMany = <T extends z.ZodMiniType>(item: T) =>
	z.pipe(
		z.union([item, z.array(item)]),
		z.transform((value) =>
			Array.isArray(value) ? value : [value as z.output<T>],
		),
	);

/** A string of at least one character. */
const nonEmpty = z.string().check(z.minLength(1));
const nonEmptyOneOrMany = oneOrMany(nonEmpty);

const packagePolicy = z.strictObject({
	/** Versions the project may use. Absent: any. */
	allowed: z.optional(specifierSet),
	/** Versions nobody may use. */
	banned: z._default(oneOrMany(specifierSet), []),
	/** Overrides the pin level of every requirement on this package. */
	pin: optionalPinLevel,
	/** Why this package is restricted; repeated in findings. */
	reason: z.optional(z.string()),
	/** Every project (true) or the projects matching these globs must declare the package (rule `missing`). */
	required: z.optional(z.union([z.boolean(), oneOrMany(z.string())])),
});

/** `[[pins.files]]`: the pin level of every requirement in the files matching `glob`; the first match wins. */
const filePinLevel = z.strictObject({
	/** picomatch glob on the root-relative path of the file a requirement is declared in. */
	glob: z.string().check(
		z.minLength(1),
		z.refine(compilesAsGlob, {
			message: 'expected a glob such as "**/requirements-dev.txt"',
		}),
	),
	level: pinLevel,
});

const compatRule = z.strictObject({
	when: packageSpecifier,
	require: packageSpecifier,
	reason: z.optional(z.string()),
});

const policyException = z.strictObject({
	rule: z.enum(RULE_IDS),
	package: z.optional(z.string()),
	/** picomatch glob on the project path ("." for the root). */
	project: z.optional(z.string()),
	/** picomatch glob on the file a finding points at. */
	file: z.optional(z.string()),
	/** Last day (UTC) the exception applies; absent: permanent. */
	until: z.optional(untilDate),
	reason: z.string().check(
		z.minLength(1, {
			message: "expected a reason saying why the exception exists",
		}),
	),
});

const ruleSeverity = z.enum(RULE_SEVERITIES);

// Schemas are values: one instance serves every key with the same rule and default (each instance costs start-up).
const errorByDefault = z._default(ruleSeverity, "error");
const warningByDefault = z._default(ruleSeverity, "warning");
const noticeByDefault = z._default(ruleSeverity, "notice");

/** A duration such as "48h", "2d", "1w", "90m", or "0"; validated here, read by parseDuration. */
const duration = z.string().check(
	z.refine((text) => parseDuration(text) !== null, {
		message: 'expected a duration such as "48h", "2d", "1w" or "0"',
	}),
);

export const policySchema = z.strictObject({
	extends: z._default(oneOrMany(z.enum(PRESET_NAMES)), []),
	pins: z.prefault(
		z.strictObject({
			default: z._default(pinLevel, "specified"),
			// Per kind of file a requirement is declared in.
			requirements: optionalPinLevel,
			pyproject: optionalPinLevel,
			poetry: optionalPinLevel,
			// Per group family; these win over the file kind.
			build: z._default(pinLevel, "any"),
			dev: optionalPinLevel,
			optional: optionalPinLevel,
			constraints: optionalPinLevel,
			// Per file glob; these win over everything but packages.<name>.pin.
			files: z._default(z.array(filePinLevel), []),
		}),
		{},
	),
	packages: z._default(z.record(z.string(), packagePolicy), {}),
	compat: z._default(z.array(compatRule), []),
	consistency: z.prefault(
		z.strictObject({
			packages: z._default(z.union([z.literal("*"), z.array(z.string())]), []),
		}),
		{},
	),
	exceptions: z._default(z.array(policyException), []),
	/** Install sets nothing in the files declares: each `each` file is installed together with the `with` files. */
	install: z._default(
		z.array(
			z.strictObject({
				each: nonEmptyOneOrMany,
				with: nonEmptyOneOrMany,
				reason: z.optional(z.string()),
			}),
		),
		[],
	),
	/** Minimum age of a pinned or locked release (`too-new`): `"48h"`, `"2d"`, `"1w"`, `"0"` for none. */
	cooldown: z.prefault(
		z.strictObject({
			default: z._default(duration, "48h"),
			packages: z._default(z.record(z.string(), duration), {}),
		}),
		{},
	),
	/** Staged upgrades: the canary projects move first, then the rest after the soak, `wave` projects at a time. */
	rollout: z.prefault(
		z.strictObject({
			/** picomatch globs on project paths: the canary wave. Empty: no rollout discipline. */
			canary: z._default(nonEmptyOneOrMany, []),
			/** How long the canary must run a version before another project may move to it. */
			soak: z._default(duration, "24h"),
			/** How many projects move together after the canary; "all" for every one. */
			wave: z._default(
				z.union([z.literal("all"), z.number().check(z.int(), z.positive())]),
				"all",
			),
		}),
		{},
	),
	/** The package index to check pins against (PyPI JSON API root, or a Simple API URL ending in /simple). */
	"index-url": z.optional(
		z.string().check(
			z.regex(/^https?:\/\/\S+$/, {
				message: "expected an http(s) URL such as https://pypi.org/simple",
			}),
		),
	),
	/** Requests in flight at once per index host (429/503 answers lower it for a while). */
	"index-concurrency": z._default(
		z.number().check(z.int(), z.gte(1), z.lte(256)),
		50,
	),
	/** Package sources the audited files may name (requirements files' --index-url etc., uv/Poetry index settings, lock registries). */
	indexes: z.prefault(
		z.strictObject({
			allowed: z._default(z.array(nonEmpty), []),
		}),
		{},
	),
	rules: z.prefault(
		z.strictObject({
			unpinned: errorByDefault,
			"outside-policy": errorByDefault,
			banned: errorByDefault,
			"lock-mismatch": errorByDefault,
			conflict: errorByDefault,
			diverged: warningByDefault,
			inconsistent: warningByDefault,
			compat: errorByDefault,
			"exception-expired": warningByDefault,
			"exception-unused": warningByDefault,
			missing: errorByDefault,
			// Index-backed rules (they need the package index, except what poetry.lock and the offline knowledge carry).
			yanked: errorByDefault,
			"too-new": warningByDefault,
			"index-unavailable": noticeByDefault,
			// A package source the policy does not list: pip may install anything from it.
			index: errorByDefault,
			// Needs the base branch's history (a pull request, or the CLI's --base-ref).
			soak: warningByDefault,
			// A requirement whose marker never holds where the project runs: said once, judged by no other rule.
			"dead-marker": noticeByDefault,
		}),
		{},
	),
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
