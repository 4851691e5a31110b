// Typed, diagnosing access to parsed TOML tables, shared by the lock parsers (uv.lock, pylock.toml,
// poetry.lock). A value of the wrong type becomes a Diagnostic at its key's line, never a throw, and the
// reader gets null or [] instead, so one malformed entry never hides the rest of the file.
// `parseTomlLock` is those parsers' common entry: TOML errors and any bug below end as diagnostics.

import { TomlDate } from "smol-toml";
import { append } from "../model/append.js";
import type { Diagnostic, ParseResult, Severity } from "../model/types.js";
import { parsePep508Marker } from "./pep508.js";
import { parseToml, type TomlDocument, type TomlOptions } from "./toml.js";
import { isTable } from "./toml-table-reader.js";

export { isTable };

export type KeyPath = readonly (string | number)[];
export type Table = Record<string, unknown>;

/** What every table of one file shares: where lines come from and where diagnostics go. */
export interface FieldsContext {
	doc: TomlDocument;
	file: string;
	diagnostics: Diagnostic[];
	/** Unknown keys already reported, so a new field yields one notice, not one per package. */
	reportedKeys: Set<string>;
	/** Appended to every unknown-key notice, e.g. " (written by a newer uv?)". */
	unknownKeyHint: string;
}

/** How `parseTomlLock` reads one lock format. */
export interface TomlLockFormat<T> {
	/** How messages name the file and its root table ("uv.lock"). */
	name: string;
	/** Appended to unknown-key notices, see `FieldsContext`. */
	unknownKeyHint?: string;
	/** The lock with nothing in it: the value when the TOML is invalid or reading fails. */
	empty: () => T;
	/** Reads the root table; all it reports goes through the `Fields` it is given. */
	read: (root: Fields) => T;
	/** How the TOML is read, e.g. arrays `read` never looks at. */
	toml?: TomlOptions;
}

/**
 * The never-throw boundary of a TOML lock parser. Invalid TOML gives `empty()` and the TOML
 * diagnostics; anything `read` throws (a bug) becomes an error saying the file's packages are missing,
 * after the diagnostics reported before it.
 */
export function parseTomlLock<T>(
	text: string,
	path: string,
	format: TomlLockFormat<T>,
): ParseResult<T> {
	const diagnostics: Diagnostic[] = [];
	try {
		const root = parseTomlFields(
			text,
			path,
			diagnostics,
			format.name,
			format.unknownKeyHint,
			format.toml,
		);
		return {
			value: root === null ? format.empty() : format.read(root),
			diagnostics,
		};
	} catch (error) {
		diagnostics.push({
			severity: "error",
			line: null,
			message: `could not read this ${format.name} (${String(error)}); its packages are missing from the audit`,
		});
		return { value: format.empty(), diagnostics };
	}
}

/**
 * Parses `text` as TOML and returns its root table, named `what` in messages (`"uv.lock"`).
 * TOML errors go to `diagnostics` and give null; later reports on the tables go there too.
 */
export function parseTomlFields(
	text: string,
	file: string,
	diagnostics: Diagnostic[],
	what: string,
	unknownKeyHint = "",
	options: TomlOptions = {},
): Fields | null {
	const toml = parseToml(text, file, options);
	append(diagnostics, toml.diagnostics);
	if (toml.value === null) return null;
	const ctx: FieldsContext = {
		doc: toml.value,
		file,
		diagnostics,
		reportedKeys: new Set(),
		unknownKeyHint,
	};
	return new Fields(ctx, toml.value.value, [], what);
}

/** One TOML table of the file, where it is, and how messages name it (`package "anyio"`). */
export class Fields {
	constructor(
		readonly ctx: FieldsContext,
		readonly fields: Table,
		readonly at: KeyPath,
		readonly what: string,
	) {}

	named(what: string): Fields {
		return new Fields(this.ctx, this.fields, this.at, what);
	}

	keys(): string[] {
		return Object.keys(this.fields);
	}

	has(key: string): boolean {
		return this.fields[key] !== undefined;
	}

	/** 1-based line of the table, or of one of its keys. */
	line(key?: string | number): number {
		return (
			this.ctx.doc.lineOf(key === undefined ? this.at : [...this.at, key]) ?? 1
		);
	}

	report(severity: Severity, message: string, key?: string | number): void {
		const at = key === undefined ? this.at : [...this.at, key];
		this.ctx.diagnostics.push({
			severity,
			line: this.ctx.doc.lineOf(at) ?? null,
			message,
		});
	}

	checkKeys(known: ReadonlySet<string>): void {
		for (const key of this.keys()) {
			if (known.has(key)) continue;
			// One notice per key and table kind: `package.license`, not one per package.
			const id = [
				...this.at.filter((part) => typeof part === "string"),
				key,
			].join(".");
			if (this.ctx.reportedKeys.has(id)) continue;
			this.ctx.reportedKeys.add(id);
			this.report(
				"notice",
				`${this.what}: unknown key \`${key}\` ignored${this.ctx.unknownKeyHint}`,
				key,
			);
		}
	}

	/**
	 * The string that identifies this entry (a package's `name`). Without one the entry cannot be
	 * used: an error says so, naming the entry as `entry` (`"a [[package]]"`), and the result is null.
	 */
	requiredString(key: string, entry: string): string | null {
		const value = this.fields[key];
		if (typeof value === "string") return value;
		const found =
			value === undefined
				? `has no \`${key}\``
				: `has a \`${key}\` that is ${describeValue(value)}`;
		this.report(
			"error",
			`${entry} ${found}; entry skipped`,
			value === undefined ? undefined : key,
		);
		return null;
	}

	string(key: string): string | null {
		const value = this.fields[key];
		if (value === undefined || typeof value === "string") return value ?? null;
		this.wrongType(key, "a string", value);
		return null;
	}

	integer(key: string): number | null {
		const value = this.fields[key];
		if (value === undefined) return null;
		if (typeof value === "bigint") return Number(value);
		if (typeof value === "number" && Number.isInteger(value)) return value;
		this.wrongType(key, "an integer", value);
		return null;
	}

	boolean(key: string): boolean | null {
		const value = this.fields[key];
		if (value === undefined || typeof value === "boolean") return value ?? null;
		this.wrongType(key, "a boolean", value);
		return null;
	}

	table(key: string, what = this.what): Fields | null {
		const value = this.fields[key];
		if (value === undefined) return null;
		if (isTable(value))
			return new Fields(this.ctx, value, [...this.at, key], what);
		this.wrongType(key, "a table", value);
		return null;
	}

	/** The strings of an array; other elements are reported and skipped. */
	strings(key: string): { value: string; at: KeyPath }[] {
		const result: { value: string; at: KeyPath }[] = [];
		this.array(key).forEach((item, index) => {
			const at = [...this.at, key, index];
			if (typeof item === "string") result.push({ value: item, at });
			else this.skipItem(key, index, "strings", item);
		});
		return result;
	}

	/** The tables of an array (inline or `[[...]]`); other elements are reported and skipped. */
	tables(key: string): Fields[] {
		const result: Fields[] = [];
		this.array(key).forEach((item, index) => {
			if (isTable(item)) {
				result.push(
					new Fields(this.ctx, item, [...this.at, key, index], this.what),
				);
			} else this.skipItem(key, index, "tables", item);
		});
		return result;
	}

	private array(key: string): unknown[] {
		const value = this.fields[key];
		if (value === undefined) return [];
		if (Array.isArray(value)) return value;
		this.wrongType(key, "an array", value);
		return [];
	}

	private wrongType(key: string, expected: string, value: unknown): void {
		this.report(
			"error",
			`${this.what}: \`${key}\` must be ${expected}, found ${describeValue(value)}`,
			key,
		);
	}

	private skipItem(
		key: string,
		index: number,
		expected: string,
		item: unknown,
	): void {
		this.ctx.diagnostics.push({
			severity: "error",
			line: this.ctx.doc.lineOf([...this.at, key, index]) ?? null,
			message: `${this.what}: \`${key}\` must hold ${expected}, found ${describeValue(item)}; entry skipped`,
		});
	}
}

/**
 * A marker as packaging prints it. An invalid one is kept as written, with a warning at `at`, so the
 * dependency it guards is still audited.
 */
export function normalizeMarker(
	ctx: FieldsContext,
	marker: string,
	at: KeyPath,
): string {
	const parsed = parsePep508Marker(marker);
	if (parsed.ok) return parsed.value;
	ctx.diagnostics.push({
		severity: "warning",
		line: ctx.doc.lineOf(at) ?? null,
		message: `marker "${marker}" is not a valid PEP 508 marker: ${parsed.error}`,
	});
	return marker;
}

/** A set of keys written as one space-separated string, for `checkKeys`. */
export function keySet(keys: string): ReadonlySet<string> {
	return new Set(keys.split(" "));
}

/** The TOML type of a parsed value, as messages name it ("found a string"). */
export function describeValue(value: unknown): string {
	if (typeof value === "string") return "a string";
	if (typeof value === "number")
		return Number.isInteger(value) ? "an integer" : "a float";
	if (typeof value === "bigint") return "an integer";
	if (typeof value === "boolean") return "a boolean";
	if (value instanceof TomlDate && !value.isDateTime())
		return value.isDate() ? "a date" : "a time";
	if (value instanceof Date) return "a date-time";
	if (Array.isArray(value)) return "an array";
	if (value === null || value === undefined) return "nothing";
	return "a table";
}
