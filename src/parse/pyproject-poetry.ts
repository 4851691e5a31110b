// pyproject.toml's `[tool.poetry]` dependencies and groups as Poetry reads them
// (python-poetry.org/docs/dependency-specification): version constraints translated to PEP 440, `markers`,
// `python` and `platform` joined into one PEP 508 marker, git/url/path sources as direct references, and
// in a Poetry 2 project with `[project] dependencies` the Poetry table only enriching those.

import { append } from "../model/append.js";
import { normalizeName } from "../model/normalize-name.js";
import type { Requirement, RequirementGroup } from "../model/types.js";
import { parsePep508Marker } from "./pep508.js";
import { poetryConstraintToPep440 } from "./poetry-constraint.js";
import { spanPoetryUnion } from "./poetry-union.js";
import {
	describeType,
	isTable,
	type KeyPath,
	type TomlTableReader,
} from "./toml-table-reader.js";

// --- Poetry ---------------------------------------------------------------------------------

export function readPoetryPython(r: TomlTableReader): string | null {
	const keyPath = ["tool", "poetry", "dependencies", "python"];
	const value = r.get(keyPath);
	if (value === undefined) return null;
	const constraint = isTable(value) ? value.version : value;
	if (typeof constraint !== "string") {
		r.error(
			keyPath,
			`must be a version constraint string, not ${describeType(constraint)}`,
		);
		return null;
	}
	const translated = poetryConstraint(r, constraint, keyPath);
	return translated.kind === "ok" ? translated.specifier : null;
}

function poetryConstraint(
	r: TomlTableReader,
	constraint: string,
	keyPath: KeyPath,
): { kind: "ok"; specifier: string } | { kind: "union" | "error" } {
	const translated = poetryConstraintToPep440(constraint);
	if (translated.ok) return { kind: "ok", specifier: translated.specifier };
	// A union (||) is valid Poetry but has no single PEP 440 equivalent: read as the range spanning it
	// (`>=1,<2 || >=3,<4` is bounded by `>=1,<4`), never narrower than Poetry's.
	const hull = spanPoetryUnion(constraint);
	if (hull !== null) return { kind: "ok", specifier: hull };
	if (translated.error.includes("union")) {
		r.error(
			keyPath,
			`${translated.error}; pin-audit reads it as any version`,
			"warning",
		);
		return { kind: "union" };
	}
	r.error(keyPath, translated.error);
	return { kind: "error" };
}

export function readPoetryRequirements(r: TomlTableReader): Requirement[] {
	const out: Requirement[] = [];
	append(
		out,
		poetryDependencyTable(r, ["tool", "poetry", "dependencies"], "poetry"),
	);
	// Poetry < 1.2 spelling of the dev group.
	append(
		out,
		poetryDependencyTable(
			r,
			["tool", "poetry", "dev-dependencies"],
			"poetry-group:dev",
		),
	);
	const groups = r.table(["tool", "poetry", "group"]);
	for (const group of Object.keys(groups ?? {})) {
		if (!r.table(["tool", "poetry", "group", group])) continue;
		const keyPath = ["tool", "poetry", "group", group, "dependencies"];
		append(out, poetryDependencyTable(r, keyPath, `poetry-group:${group}`));
	}
	return out;
}

function poetryDependencyTable(
	r: TomlTableReader,
	keyPath: KeyPath,
	group: RequirementGroup,
): Requirement[] {
	const table = r.table(keyPath);
	const out: Requirement[] = [];
	for (const [rawName, spec] of Object.entries(table ?? {})) {
		// `python` is the interpreter constraint, not a package.
		if (normalizeName(rawName) === "python") continue;
		const depPath = [...keyPath, rawName];
		if (Array.isArray(spec)) {
			// Multiple-constraints dependency: one entry per marker or python range.
			spec.forEach((entry, index) => {
				const requirement = poetryDependency(
					r,
					rawName,
					entry,
					[...depPath, index],
					group,
				);
				if (requirement) out.push(requirement);
			});
		} else {
			const requirement = poetryDependency(r, rawName, spec, depPath, group);
			if (requirement) out.push(requirement);
		}
	}
	return out;
}

function poetryDependency(
	r: TomlTableReader,
	rawName: string,
	spec: unknown,
	keyPath: KeyPath,
	group: RequirementGroup,
): Requirement | null {
	const requirement: Requirement = {
		name: normalizeName(rawName),
		specifier: "",
		extras: [],
		marker: null,
		url: null,
		editable: false,
		hashes: 0,
		group,
		file: r.path,
		line: r.line(keyPath),
	};
	if (typeof spec === "string") {
		const translated = poetryConstraint(r, spec, keyPath);
		if (translated.kind === "error") return null;
		// A union is read as any version (the warning says so): wider, never narrower, than Poetry's.
		requirement.specifier =
			translated.kind === "ok" ? translated.specifier : "";
		return requirement;
	}
	if (!isTable(spec)) {
		r.error(
			keyPath,
			`a Poetry dependency must be a version string or a table, not ${describeType(spec)}`,
		);
		return null;
	}
	const version = spec.version;
	if (version !== undefined) {
		if (typeof version === "string") {
			const translated = poetryConstraint(r, version, [...keyPath, "version"]);
			if (translated.kind === "error") return null;
			requirement.specifier =
				translated.kind === "ok" ? translated.specifier : "";
		} else
			r.error(
				[...keyPath, "version"],
				`must be a string, not ${describeType(version)}`,
			);
	}
	requirement.extras = r.stringArray([...keyPath, "extras"]).map(normalizeName);
	for (const kind of ["git", "url", "path"] as const) {
		const value = r.optionalString([...keyPath, kind]);
		if (value !== null && requirement.url === null) requirement.url = value;
	}
	// Poetry: `rev`, `tag` or `branch` choose the commit; as pip's `git+<url>@<ref>` a 40-hex rev is exact.
	const git = r.optionalString([...keyPath, "git"]);
	const reference = (["rev", "tag", "branch"] as const)
		.map((k) => r.optionalString([...keyPath, k]))
		.find((v) => v !== null);
	if (git !== null && reference != null)
		requirement.url = `${git.startsWith("git+") ? "" : "git+"}${git}@${reference}`;
	requirement.editable = spec.develop === true;
	const marker = poetryMarker(r, keyPath);
	// Without its marker the requirement would apply everywhere: reported, not guessed.
	if (marker === false) return null;
	requirement.marker = marker;
	return requirement;
}

/** Poetry's `markers` and `python` keys as one PEP 508 marker; false (reported) when unreadable. */
function poetryMarker(
	r: TomlTableReader,
	keyPath: KeyPath,
): string | null | false {
	const parts: string[] = [];
	const markers = r.optionalString([...keyPath, "markers"]);
	if (markers !== null && markers.trim() !== "") parts.push(markers);
	// Poetry: `platform = "linux"` is the marker `sys_platform == "linux"`.
	const platform = r.optionalString([...keyPath, "platform"]);
	if (platform !== null && platform.trim() !== "")
		parts.push(`sys_platform == ${JSON.stringify(platform.trim())}`);
	const python = r.optionalString([...keyPath, "python"]);
	if (python !== null) {
		const translated = poetryConstraint(r, python, [...keyPath, "python"]);
		if (translated.kind === "error") return false;
		if (translated.kind === "ok" && translated.specifier !== "") {
			parts.push(pythonMarker(translated.specifier));
		}
	}
	if (parts.length === 0) return null;
	const text =
		parts.length === 1
			? (parts[0] ?? "")
			: parts.map((part) => `(${part})`).join(" and ");
	const parsed = parsePep508Marker(text);
	if (parsed.ok) return parsed.value;
	r.error(
		[
			...keyPath,
			markers !== null ? "markers" : python !== null ? "python" : "platform",
		],
		`invalid marker '${text}': ${parsed.error}`,
	);
	return false;
}

/** `>=3.8,<4.0` as `python_version >= "3.8" and python_version < "4.0"` (python_full_version past two parts). */
function pythonMarker(specifier: string): string {
	return specifier
		.split(",")
		.map((clause) => {
			const m = /^(===|~=|==|!=|<=|>=|<|>)(.*)$/.exec(clause);
			const op = m?.[1] ?? "==";
			const version = m?.[2] ?? clause;
			const release = version.replace(/\.\*$/, "").split(/[^0-9.]/)[0] ?? "";
			const variable =
				release.split(".").length > 2
					? "python_full_version"
					: "python_version";
			return `${variable} ${op} "${version}"`;
		})
		.join(" and ");
}
