// Reading a TOML document's tables by key path, with every wrong type reported as a diagnostic on the
// line of the key (`tool.uv.sources.my-pkg: must be a table, not a string`). The pyproject.toml readers
// (PEP 621/735, uv, Poetry) share it.
import type { Diagnostic } from "../model/types.js";
import type { TomlDocument } from "./toml.js";

export type KeyPath = readonly (string | number)[];
export type Table = Record<string, unknown>;

export function isTable(value: unknown): value is Table {
	// smol-toml gives dates and times as Date objects; they are values, not tables.
	return (
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date)
	);
}

export function describeType(value: unknown): string {
	if (Array.isArray(value)) return "an array";
	if (value instanceof Date) return "a date";
	if (isTable(value)) return "a table";
	if (typeof value === "bigint") return "a number";
	return `a ${typeof value}`;
}

/** `tool.uv.sources.my-pkg`, `project.dependencies[2]`: how a key path reads in a message. */
export function formatPath(keyPath: KeyPath): string {
	let out = "";
	for (const key of keyPath) {
		if (typeof key === "number") out += `[${key}]`;
		else {
			const bare = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
			out += out === "" ? bare : `.${bare}`;
		}
	}
	return out;
}

export class TomlTableReader {
	readonly diagnostics: Diagnostic[] = [];
	protected readonly root: Table;

	constructor(
		protected readonly doc: TomlDocument,
		readonly path: string,
	) {
		this.root = doc.value;
	}

	get(keyPath: KeyPath): unknown {
		let value: unknown = this.root;
		for (const key of keyPath) {
			if (typeof key === "number")
				value = Array.isArray(value) ? value[key] : undefined;
			else
				value =
					isTable(value) && Object.hasOwn(value, key) ? value[key] : undefined;
			if (value === undefined) return undefined;
		}
		return value;
	}

	line(keyPath: KeyPath): number {
		return this.doc.lineOf(keyPath) ?? 1;
	}

	error(
		keyPath: KeyPath,
		message: string,
		severity: Diagnostic["severity"] = "error",
	): void {
		this.diagnostics.push({
			severity,
			line: this.line(keyPath),
			message: `${formatPath(keyPath)}: ${message}`,
		});
	}

	/** The table at keyPath; null (with an error) when something else is there, null when absent. */
	table(keyPath: KeyPath): Table | null {
		const value = this.get(keyPath);
		if (value === undefined) return null;
		if (isTable(value)) return value;
		this.error(keyPath, `must be a table, not ${describeType(value)}`);
		return null;
	}

	array(keyPath: KeyPath): unknown[] | null {
		const value = this.get(keyPath);
		if (value === undefined) return null;
		if (Array.isArray(value)) return value;
		this.error(keyPath, `must be an array, not ${describeType(value)}`);
		return null;
	}

	optionalString(keyPath: KeyPath): string | null {
		const value = this.get(keyPath);
		if (value === undefined) return null;
		if (typeof value === "string") return value;
		this.error(keyPath, `must be a string, not ${describeType(value)}`);
		return null;
	}

	stringArray(keyPath: KeyPath): string[] {
		const out: string[] = [];
		(this.array(keyPath) ?? []).forEach((item, index) => {
			if (typeof item === "string") out.push(item);
			else
				this.error(
					[...keyPath, index],
					`must be a string, not ${describeType(item)}`,
				);
		});
		return out;
	}
}
