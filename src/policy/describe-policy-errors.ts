// A policy the schema rejects, told the way a person fixes it: each problem names its key path and line, says
// what was expected and what was found, and suggests the closest valid key or value.
import type * as z from "zod/mini";
import { ConfigurationError } from "../errors.js";
import type { KeyPath } from "../parse/toml-fields.js";
import { findClosestName } from "./closest-name.js";
import { policySchema } from "./schema.js";

/** The line of a key path in the policy file, undefined when it is not in the file (a preset's key). */
export type LineOf = (path: KeyPath) => number | undefined;

/**
 * One ConfigurationError listing every problem, sorted by line; the first problem's location is the error's
 * `file`/`line` (entries print it), later ones name theirs.
 */
export function describeSchemaErrors(
	issues: readonly z.core.$ZodIssue[],
	document: Record<string, unknown>,
	file: string | null,
	lineOf: LineOf,
): ConfigurationError {
	const problems = issues
		.flatMap((issue) => describeIssue(issue, document))
		.map((problem) => ({ ...problem, line: lineOf(problem.path) ?? null }))
		.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	const message = problems
		.map((problem, i) =>
			i === 0
				? problem.message
				: `${file ?? "policy"}${problem.line === null ? "" : `:${problem.line}`}: ${problem.message}`,
		)
		.join("\n");
	return new ConfigurationError(message, file, problems[0]?.line ?? null);
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
	let schema: z.core.$ZodType = policySchema;
	for (const key of path) {
		const def = defOf(unwrapSchema(schema));
		if (def.type === "object") {
			const next = def.shape[String(key)];
			if (next === undefined) return [];
			schema = next;
		} else if (def.type === "record") schema = def.valueType;
		else if (def.type === "array") schema = def.element;
		else return [];
	}
	const def = defOf(unwrapSchema(schema));
	return def.type === "object" ? Object.keys(def.shape) : [];
}

/** What a schema is, told by its definition (`type` names the kind), whichever API made it. */
function defOf(schema: z.core.$ZodType): z.core.$ZodTypes["_zod"]["def"] {
	return (schema as z.core.$ZodTypes)._zod.def;
}

function unwrapSchema(schema: z.core.$ZodType): z.core.$ZodType {
	let current = schema;
	for (;;) {
		const def = defOf(current);
		if (
			def.type === "optional" ||
			def.type === "default" ||
			def.type === "prefault"
		)
			current = def.innerType;
		else if (def.type === "pipe") current = def.in;
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
