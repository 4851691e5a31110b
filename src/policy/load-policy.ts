// Finds, reads and validates the policy. `loadPolicyFromToml` is pure (a parsed TOML value in, a Policy
// out); `loadPolicy` does the file reading around it.
import { readFile } from "node:fs/promises";
import * as nodePath from "node:path";
import { z } from "zod";
import { ConfigurationError } from "../errors.js";
import { normalizeName } from "../model/normalize-name.js";
import type { PolicySourceKind } from "../model/report.js";
import { parseToml } from "../parse/toml.js";
import { findClosestName } from "./closest-name.js";
import { parseDuration } from "./cooldown.js";
import { PRESETS } from "./presets.js";
import {
	type CompatRule,
	type InstallDeclaration,
	type Policy,
	type PolicyDocument,
	type PolicyException,
	PRESET_NAMES,
	type PresetName,
	policySchema,
} from "./schema.js";

type KeyPath = readonly (string | number)[];
export type LineOf = (path: KeyPath) => number | undefined;

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
	if (!result.success) {
		const problems = result.error.issues
			.flatMap((issue) => describeIssue(issue, merged))
			.map((problem) => ({ ...problem, line: lineOf(problem.path) ?? null }))
			.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		const first = problems[0];
		// The first problem's location is the error's `file`/`line` (entries print it); later ones name theirs.
		const message = problems
			.map((problem, i) =>
				i === 0
					? problem.message
					: `${file ?? "policy"}${problem.line === null ? "" : `:${problem.line}`}: ${problem.message}`,
			)
			.join("\n");
		throw new ConfigurationError(message, file, first?.line ?? null);
	}
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

function readPresetNames(
	value: unknown,
	file: string | null,
	lineOf: LineOf,
): PresetName[] {
	if (value === undefined) return [];
	const names = Array.isArray(value) ? value : [value];
	return names.map((name, index) => {
		if (
			typeof name === "string" &&
			(PRESET_NAMES as readonly string[]).includes(name)
		) {
			return name as PresetName;
		}
		const path = Array.isArray(value) ? ["extends", index] : ["extends"];
		const line = lineOf(path) ?? null;
		const closest =
			typeof name === "string" ? findClosestName(name, PRESET_NAMES) : null;
		const hint = closest === null ? "" : `; did you mean \`${closest}\`?`;
		throw new ConfigurationError(
			`unknown preset ${JSON.stringify(name)} in \`extends\`, expected one of ${PRESET_NAMES.map((n) => `"${n}"`).join(", ")}${hint}`,
			file,
			line,
		);
	});
}

/** Rejects two `[packages.*]` tables that name one package (e.g. `MCP` and `mcp`): one would shadow the other. */
function normalizePackageKeys(
	value: Record<string, unknown>,
	file: string | null,
	lineOf: LineOf,
): Record<string, unknown> {
	const { extends: _extends, ...tables } = value;
	const packages = tables.packages;
	if (!isTable(packages)) return tables;
	const seen = new Map<string, string>();
	for (const key of Object.keys(packages)) {
		const normalized = normalizeName(key);
		const previous = seen.get(normalized);
		if (previous !== undefined) {
			const line = lineOf(["packages", key]) ?? null;
			throw new ConfigurationError(
				`[packages.${key}] and [packages.${previous}] name the same package (${normalized}); merge them`,
				file,
				line,
			);
		}
		seen.set(normalized, key);
	}
	return tables;
}

/**
 * `over` merged onto `under`: tables merge key by key (package tables by normalized name, keeping the
 * spelling of `over` so error paths point into the file), arrays of tables (`compat`) are concatenated with
 * `over` first, anything else in `over` replaces.
 */
function mergeUnder(
	under: Record<string, unknown>,
	over: Record<string, unknown>,
): Record<string, unknown> {
	const merged: Record<string, unknown> = { ...over };
	for (const [key, underValue] of Object.entries(under)) {
		const overValue = over[key];
		if (overValue === undefined) merged[key] = underValue;
		else if (key === "packages" && isTable(underValue) && isTable(overValue)) {
			const byName = new Map(
				Object.keys(overValue).map((name) => [normalizeName(name), name]),
			);
			const packages: Record<string, unknown> = { ...overValue };
			for (const [name, settings] of Object.entries(underValue)) {
				const overName = byName.get(normalizeName(name));
				const overSettings =
					overName === undefined ? undefined : overValue[overName];
				if (overName === undefined) packages[name] = settings;
				else if (isTable(settings) && isTable(overSettings)) {
					packages[overName] = mergeUnder(settings, overSettings);
				}
			}
			merged[key] = packages;
		} else if (isTable(underValue) && isTable(overValue))
			merged[key] = mergeUnder(underValue, overValue);
		else if (
			key === "compat" &&
			Array.isArray(underValue) &&
			Array.isArray(overValue)
		) {
			merged[key] = [...overValue, ...underValue];
		}
	}
	return merged;
}

function isTable(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date)
	);
}

interface Problem {
	path: KeyPath;
	message: string;
}

/** Turns one zod issue into messages that name the key path, say what was expected and suggest a fix. */
function describeIssue(
	issue: z.core.$ZodIssue,
	document: Record<string, unknown>,
): Problem[] {
	const path = issue.path.filter(
		(key): key is string | number => typeof key !== "symbol",
	);
	if (issue.code === "unrecognized_keys") {
		const valid = listKeysAt(path);
		return issue.keys.map((key) => {
			const closest = findClosestName(key, valid);
			const hint =
				closest !== null
					? `; did you mean \`${closest}\`?`
					: valid.length > 0
						? `; expected one of ${valid.map((name) => `\`${name}\``).join(", ")}`
						: "";
			return {
				path: [...path, key],
				message: `unknown key \`${formatPath([...path, key])}\`${hint}`,
			};
		});
	}
	const got = valueAt(document, path);
	const shown = `\`${formatPath(path)}\``;
	if (issue.code === "invalid_value") {
		const values = issue.values.map((value) => String(value));
		const closest =
			typeof got === "string" ? findClosestName(got, values) : null;
		const hint = closest === null ? "" : `; did you mean "${closest}"?`;
		return [
			{
				path,
				message: `${shown} must be one of ${values.map((v) => `"${v}"`).join(" | ")}, got ${formatValue(got)}${hint}`,
			},
		];
	}
	if (issue.code === "invalid_type") {
		const expected =
			got === undefined
				? `is required (${issue.expected})`
				: `must be ${describeExpected(path, issue.expected)}, got ${formatValue(got)}`;
		return [{ path, message: `${shown} ${expected}` }];
	}
	if (issue.code === "invalid_union") {
		return [
			{
				path,
				message: `${shown} must be ${describeExpected(path, "a valid value")}, got ${formatValue(got)}`,
			},
		];
	}
	return [{ path, message: `${shown}: ${issue.message}` }];
}

function describeExpected(path: KeyPath, fallback: string): string {
	const last = path[path.length - 1];
	const parent = path[path.length - 2];
	if (last === "banned") return "a specifier set or an array of specifier sets";
	if (last === "until") return "a date such as 2026-12-31";
	if (last === "packages" && parent === "consistency")
		return '"*" or an array of package names';
	if (typeof last === "number" || last === "compat" || last === "exceptions") {
		return fallback === "object"
			? "a table"
			: fallback === "array"
				? "an array of tables"
				: fallback;
	}
	return fallback === "object" ? "a table" : fallback;
}

/** The keys a strict table at `path` accepts, read from the schema itself so the two never drift. */
function listKeysAt(path: KeyPath): string[] {
	let schema: z.ZodType = policySchema;
	for (const key of path) {
		schema = unwrapSchema(schema);
		if (schema instanceof z.ZodObject) {
			const next = (schema.shape as Record<string, z.ZodType>)[String(key)];
			if (next === undefined) return [];
			schema = next;
		} else if (schema instanceof z.ZodRecord)
			schema = schema.valueType as z.ZodType;
		else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
		else return [];
	}
	schema = unwrapSchema(schema);
	return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrapSchema(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (;;) {
		if (
			current instanceof z.ZodOptional ||
			current instanceof z.ZodDefault ||
			current instanceof z.ZodPrefault
		) {
			current = current.unwrap() as z.ZodType;
		} else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
		else return current;
	}
}

function valueAt(document: unknown, path: KeyPath): unknown {
	let current = document;
	for (const key of path) {
		if (typeof current !== "object" || current === null) return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

function formatPath(path: KeyPath): string {
	return path
		.map((key, index) => {
			if (typeof key === "number") return `[${key}]`;
			const text = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
			return index === 0 ? text : `.${text}`;
		})
		.join("");
}

function formatValue(value: unknown): string {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === "bigint") return String(value);
	if (Array.isArray(value)) return "an array";
	if (typeof value === "object" && value !== null) return "a table";
	return JSON.stringify(value) ?? String(value);
}
