// uv.lock's records of requirements (`[package.metadata] requires-dist`/`requires-dev`, `[manifest]`), as uv
// writes its `Requirement`s: name, specifier, marker, extras, and for a requirement with a source the key
// of that source (`git = "<repo>?rev=<x>"`, `editable = "<path>"`, `path`, `directory`, `url`, `virtual`)
// in place of the specifier.
import * as nodePath from "node:path";
import { normalizeName } from "../model/normalize-name.js";
import type { Requirement, RequirementSource } from "../model/types.js";
import { parsePep508 } from "./pep508.js";
import { type Fields, keySet } from "./toml-fields.js";

const REQUIREMENT_KEYS = keySet(
	"name specifier marker extras groups editable path git url index directory virtual subdirectory conflict",
);
/** Requirement keys that hold a direct reference, in the order uv's `RequirementSourceWire` tries them. */
const REQUIREMENT_URL_KEYS = [
	"git",
	"url",
	"path",
	"directory",
	"editable",
	"virtual",
] as const;

/** `requires-dist` keeps optional dependencies in place, marked with `extra == "<x>"` (PEP 508). */
export function extraGroup(marker: string | null): string {
	const extra = marker?.match(/\bextra\s*==\s*(['"])([^'"]*)\1/)?.[2];
	return extra === undefined ? "project" : `optional:${normalizeName(extra)}`;
}

/** uv records `tool.uv.dev-dependencies` as the group `dev`, the same name PEP 735 groups may use. */
export function devGroup(group: string): string {
	return group === "dev" ? "dev" : `group:${group}`;
}

export function readRequirements(
	parent: Fields,
	key: string,
	groupOf: (marker: string | null) => string,
): Requirement[] {
	const result: Requirement[] = [];
	for (const table of parent.tables(key)) {
		const requirement = readRequirement(table, groupOf);
		if (requirement !== null) result.push(requirement);
	}
	return result;
}

/** One `{ name, specifier, marker, extras, ... }` table, as uv writes its `Requirement`s. */
function readRequirement(
	table: Fields,
	groupOf: (marker: string | null) => string,
): Requirement | null {
	const name = table.fields.name;
	if (typeof name !== "string") {
		table.report(
			"error",
			`${table.what}: a requirement has no string \`name\`; entry skipped`,
		);
		return null;
	}
	table = table.named(`${table.what} requirement "${name}"`);
	table.checkKeys(REQUIREMENT_KEYS);
	const rawSpecifier = table.string("specifier") ?? "";
	const rawMarker = table.string("marker");
	const rawExtras = table.strings("extras").map(({ value }) => value);
	table.string("index");

	let url: string | null = null;
	let kind: RequirementSource["kind"] | null = null;
	for (const key of REQUIREMENT_URL_KEYS) {
		// Older locks wrote `editable = true` next to `path`; uv now writes `editable = "<path>"`.
		if (key === "editable" && typeof table.fields.editable === "boolean")
			continue;
		url = table.string(key);
		kind = key;
		if (url !== null) break;
	}
	if (url !== null && table.fields.editable === true) kind = "editable";
	const editable =
		typeof table.fields.editable === "string" || table.fields.editable === true;

	// Validate and normalize through the PEP 508 grammar, so these compare equal to pyproject's.
	const extras = rawExtras.length > 0 ? `[${rawExtras.join(",")}]` : "";
	const marker = rawMarker === null ? "" : ` ; ${rawMarker}`;
	const parsed = parsePep508(`${name}${extras}${rawSpecifier}${marker}`);
	if (!parsed.ok) {
		table.report(
			"error",
			`${table.what} is not a valid requirement: ${parsed.error}`,
		);
	}
	const normalized = parsed.ok
		? parsed.value
		: {
				name: normalizeName(name),
				specifier: rawSpecifier.replace(/\s+/g, ""),
				extras: rawExtras.map(normalizeName),
				marker: rawMarker,
			};
	return {
		name: normalized.name,
		specifier: normalized.specifier,
		extras: normalized.extras,
		marker: normalized.marker,
		url,
		...(url === null || kind === null
			? {}
			: {
					source: recordedSource(
						kind,
						url,
						table.string("subdirectory"),
						table.ctx.file,
					),
				}),
		editable,
		hashes: 0,
		group: groupOf(normalized.marker),
		file: table.ctx.file,
		line: table.line(),
	};
}

/** uv writes a git source as `<repository>?rev=<x>` (or `tag=`, `branch=`), with `subdirectory=` in the query. */
function recordedSource(
	kind: RequirementSource["kind"],
	url: string,
	subdirectory: string | null,
	lockFile: string,
): RequirementSource {
	const base = nodePath.posix.dirname(lockFile);
	if (kind !== "git")
		return { kind, value: url, reference: null, subdirectory, base };
	const [repository = url, query = ""] = url.split("#")[0]?.split("?") ?? [];
	const parameters = new URLSearchParams(query);
	const referenceKey = ["rev", "tag", "branch"].find((k) => parameters.has(k));
	return {
		kind,
		value: repository,
		reference:
			referenceKey === undefined
				? null
				: `${referenceKey}=${parameters.get(referenceKey)}`,
		subdirectory: parameters.get("subdirectory") ?? subdirectory,
		base,
	};
}
