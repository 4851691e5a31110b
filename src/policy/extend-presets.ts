// `extends`: the presets a policy names, and how their tables merge under the file's own (the file wins key by
// key; package tables meet by normalized name; `[[compat]]` rules add up).
import { ConfigurationError } from "../errors.js";
import { normalizeName } from "../model/normalize-name.js";
import { findClosestName } from "./closest-name.js";
import type { LineOf } from "./describe-policy-errors.js";
import { PRESET_NAMES, type PresetName } from "./schema.js";

/** The presets `extends` names (a string or an array), each checked against the known names. */
export function readPresetNames(
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
export function normalizePackageKeys(
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
export function mergeUnder(
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

export function isTable(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date)
	);
}
