// The places a pyproject.toml tells uv or Poetry to download packages from, with their lines, for rule `index`:
// uv's `[[tool.uv.index]]` and its `index-url`, `extra-index-url` and `find-links` settings (in `[tool.uv]` and
// `[tool.uv.pip]`), Poetry's `[[tool.poetry.source]]`. Read in the parse step, where the document still knows
// its lines (they do not cross to the main thread: parse-pool.ts).
import type { PackageSourceSetting } from "../model/types.js";
import type { TomlDocument } from "../parse/toml.js";

type KeyPath = readonly (string | number)[];

/** uv's settings that name a package source, in the two tables uv reads them from. */
const UV_SETTINGS: readonly [
	key: string,
	kind: PackageSourceSetting["kind"],
][] = [
	["index-url", "index"],
	["extra-index-url", "index"],
	["find-links", "find-links"],
];

export function readPackageSourceSettings(
	document: TomlDocument | null,
	file: string,
): PackageSourceSetting[] {
	if (document === null) return [];
	const found: PackageSourceSetting[] = [];
	const add = (
		setting: string,
		kind: PackageSourceSetting["kind"],
		path: KeyPath,
	) => {
		const url = valueAt(document.value, path);
		if (typeof url === "string")
			found.push({
				setting,
				kind,
				url,
				file,
				line: document.lineOf(path) ?? 1,
			});
	};
	for (const [tablePath, name] of [
		[["tool", "uv", "index"], "[[tool.uv.index]]"],
		[["tool", "poetry", "source"], "[[tool.poetry.source]]"],
	] as const)
		forEachIndex(document.value, tablePath, (i) =>
			add(`${name} url`, "index", [...tablePath, i, "url"]),
		);
	for (const table of [
		["tool", "uv"],
		["tool", "uv", "pip"],
	]) {
		const name = `[${table.join(".")}]`;
		for (const [key, kind] of UV_SETTINGS) {
			const path = [...table, key];
			if (Array.isArray(valueAt(document.value, path)))
				forEachIndex(document.value, path, (i) =>
					add(`${name} ${key}`, kind, [...path, i]),
				);
			else add(`${name} ${key}`, kind, path);
		}
	}
	return found;
}

function forEachIndex(
	root: Record<string, unknown>,
	path: KeyPath,
	fn: (index: number) => void,
): void {
	const value = valueAt(root, path);
	if (Array.isArray(value)) for (let i = 0; i < value.length; i++) fn(i);
}

function valueAt(root: Record<string, unknown>, path: KeyPath): unknown {
	let value: unknown = root;
	for (const key of path) {
		if (typeof key === "number")
			value = Array.isArray(value) ? value[key] : undefined;
		else
			value =
				typeof value === "object" &&
				value !== null &&
				!Array.isArray(value) &&
				Object.hasOwn(value, key)
					? (value as Record<string, unknown>)[key]
					: undefined;
		if (value === undefined) return undefined;
	}
	return value;
}
