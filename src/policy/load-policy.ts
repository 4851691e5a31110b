// Finds, reads and validates the policy. `loadPolicyFromToml` is pure (a parsed TOML value in, a Policy
// out); `loadPolicy` does the file reading around it.

import * as nodePath from "node:path";
import { readFile } from "../async-fs.js";
import { ConfigurationError } from "../errors.js";
import { normalizeName } from "../model/normalize-name.js";
import type { PolicySourceKind } from "../model/report.js";
import { parseToml } from "../parse/toml.js";
import { parseDuration } from "./cooldown.js";
import { describeSchemaErrors, type LineOf } from "./describe-policy-errors.js";
import {
	isTable,
	mergeUnder,
	normalizePackageKeys,
	readPresetNames,
} from "./extend-presets.js";
import { PRESETS } from "./presets.js";
import {
	type CompatRule,
	type InstallDeclaration,
	type Policy,
	type PolicyDocument,
	type PolicyException,
	policySchema,
} from "./schema.js";

export interface PolicySource {
	kind: PolicySourceKind;
	/** The file the policy came from, null for the built-in default. */
	file: string | null;
}

export interface LoadedPolicy {
	policy: Policy;
	source: PolicySource;
	presets: string[];
	/** One line saying which policy ran, for the report. */
	description: string;
}

const POLICY_FILE = "pin-audit.toml";
const PYPROJECT = "pyproject.toml";
const PYPROJECT_PREFIX = ["tool", "pin-audit"] as const;

/** The policy that runs when the repository has none: the schema's defaults. */
export function createDefaultPolicy(): Policy {
	return loadPolicyFromToml({}, null, () => undefined);
}

/**
 * Validates a policy document (the parsed TOML value of pin-audit.toml, or `[tool.pin-audit]`) and merges
 * the presets it extends under it. Throws ConfigurationError naming the key, file and line of the first
 * problem (all problems are listed in the message).
 */
export function loadPolicyFromToml(
	value: unknown,
	file: string | null,
	lineOf: LineOf,
): Policy {
	if (!isTable(value)) {
		throw new ConfigurationError("the policy must be a TOML table", file, null);
	}
	const presets = readPresetNames(value.extends, file, lineOf);
	const fileTables = normalizePackageKeys(value, file, lineOf);
	let merged: Record<string, unknown> = fileTables;
	for (const name of presets) merged = mergeUnder(PRESETS[name].tables, merged);

	const result = policySchema.safeParse(merged);
	if (!result.success)
		throw describeSchemaErrors(result.error.issues, merged, file, lineOf);
	const document = result.data;
	const countIn = (key: string): number => {
		const entries = fileTables[key];
		return Array.isArray(entries) ? entries.length : 0;
	};
	// File entries come first in merged arrays of tables, so their indices are the file's own.
	const fileCompat = countIn("compat");
	const compat: CompatRule[] = document.compat.map((rule, index) => ({
		when: rule.when,
		require: rule.require,
		reason: rule.reason ?? null,
		line: index < fileCompat ? (lineOf(["compat", index]) ?? null) : null,
	}));
	const exceptions = readExceptions(document, lineOf);
	const packages: Policy["packages"] = {};
	for (const [name, settings] of Object.entries(document.packages))
		packages[normalizeName(name)] = settings;
	const consistencyPackages = document.consistency.packages;
	return {
		file,
		presets,
		pins: document.pins,
		packages,
		compat,
		consistency: {
			packages:
				consistencyPackages === "*"
					? "*"
					: [...new Set(consistencyPackages.map(normalizeName))],
		},
		exceptions,
		install: readInstallDeclarations(document, lineOf),
		cooldown: {
			default: parseDuration(document.cooldown.default) ?? 0,
			packages: Object.fromEntries(
				Object.entries(document.cooldown.packages).map(([name, text]) => [
					normalizeName(name),
					parseDuration(text) ?? 0,
				]),
			),
		},
		indexUrl: document["index-url"] ?? null,
		indexConcurrency: document["index-concurrency"],
		indexes: { allowed: document.indexes.allowed },
		rollout: {
			canary: document.rollout.canary,
			soak: parseDuration(document.rollout.soak) ?? 0,
			soakText: document.rollout.soak,
			wave: document.rollout.wave === "all" ? null : document.rollout.wave,
		},
		rules: document.rules,
	};
}

function readExceptions(
	document: PolicyDocument,
	lineOf: LineOf,
): PolicyException[] {
	return document.exceptions.map((exception, index) => ({
		rule: exception.rule,
		package:
			exception.package === undefined ? null : normalizeName(exception.package),
		project: exception.project ?? null,
		file: exception.file ?? null,
		until: exception.until ?? null,
		reason: exception.reason,
		line: lineOf(["exceptions", index]) ?? null,
	}));
}

/** `[[install]]` tables, each with its line in the policy file. */
function readInstallDeclarations(
	document: PolicyDocument,
	lineOf: LineOf,
): InstallDeclaration[] {
	return document.install.map((entry, index) => ({
		each: [...entry.each],
		with: [...entry.with],
		line: lineOf(["install", index]) ?? null,
	}));
}

/**
 * Reads the policy for the repository at `root`: `explicitPath` (relative to root) if given, else
 * `pin-audit.toml`, else `[tool.pin-audit]` in the root pyproject.toml, else the built-in default.
 */
export async function loadPolicy(
	root: string,
	explicitPath?: string,
): Promise<LoadedPolicy> {
	if (explicitPath !== undefined) {
		const text = await readText(nodePath.resolve(root, explicitPath));
		if (text === null) {
			throw new ConfigurationError(
				`policy file ${explicitPath} not found`,
				explicitPath,
				null,
			);
		}
		const inPyproject = nodePath.basename(explicitPath) === PYPROJECT;
		const policy = inPyproject
			? readPyprojectPolicy(text, explicitPath, true)
			: readPolicyFile(text, explicitPath);
		if (policy === null) {
			throw new ConfigurationError(
				`${explicitPath} has no [tool.pin-audit] table`,
				explicitPath,
				null,
			);
		}
		return describeLoaded(policy, { kind: "explicit", file: explicitPath });
	}
	const fileText = await readText(nodePath.join(root, POLICY_FILE));
	const pyprojectText = await readText(nodePath.join(root, PYPROJECT));
	const fromPyproject =
		pyprojectText === null
			? null
			: readPyprojectPolicy(pyprojectText, PYPROJECT, false);
	if (fileText !== null) {
		if (fromPyproject !== null) {
			// Two policies would silently shadow each other; an auditor must not guess which one was meant.
			throw new ConfigurationError(
				`both ${POLICY_FILE} and [tool.pin-audit] in ${PYPROJECT} define a policy; keep one of them`,
				POLICY_FILE,
				null,
			);
		}
		return describeLoaded(readPolicyFile(fileText, POLICY_FILE), {
			kind: "file",
			file: POLICY_FILE,
		});
	}
	if (fromPyproject !== null)
		return describeLoaded(fromPyproject, {
			kind: "pyproject",
			file: PYPROJECT,
		});
	return describeLoaded(createDefaultPolicy(), { kind: "default", file: null });
}

/** One line for the report saying which policy ran. */
export function describePolicy(
	source: PolicySource,
	presets: readonly string[],
): string {
	const extended = presets.length > 0 ? ` (extends ${presets.join(", ")})` : "";
	switch (source.kind) {
		case "default":
			return "built-in default policy: every dependency needs a version constraint, locks must match their manifests, no conflicting requirements";
		case "pyproject":
			return `[tool.pin-audit] in ${source.file}${extended}`;
		default:
			return `${source.file}${extended}`;
	}
}

function describeLoaded(policy: Policy, source: PolicySource): LoadedPolicy {
	return {
		policy,
		source,
		presets: policy.presets,
		description: describePolicy(source, policy.presets),
	};
}

async function readText(path: string): Promise<string | null> {
	try {
		return await readFile(path, "utf8");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
		throw new ConfigurationError(
			`cannot read ${path}: ${String(error)}`,
			path,
			null,
		);
	}
}

function parseOrThrow(text: string, file: string) {
	const parsed = parseToml(text, file);
	if (parsed.value === null) {
		const diagnostic = parsed.diagnostics[0];
		const line = diagnostic?.line ?? null;
		throw new ConfigurationError(
			diagnostic?.message ?? "invalid TOML",
			file,
			line,
		);
	}
	return parsed.value;
}

function readPolicyFile(text: string, file: string): Policy {
	const document = parseOrThrow(text, file);
	return loadPolicyFromToml(document.value, file, document.lineOf);
}

/** The `[tool.pin-audit]` policy of a pyproject.toml, null when it has none. */
function readPyprojectPolicy(
	text: string,
	file: string,
	explicit: boolean,
): Policy | null {
	const parsed = parseToml(text, file);
	if (parsed.value === null) {
		// The pyproject parser reports broken TOML as a finding; it only stops the audit here when the broken
		// file evidently holds the policy (guessing the default would audit against the wrong rules).
		if (explicit || /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text))
			parseOrThrow(text, file);
		return null;
	}
	const document = parsed.value;
	const tool = document.value.tool;
	if (!isTable(tool) || tool["pin-audit"] === undefined) return null;
	return loadPolicyFromToml(tool["pin-audit"], file, (path) =>
		document.lineOf([...PYPROJECT_PREFIX, ...path]),
	);
}
