// pyproject.toml: every place a requirement can be declared (PEP 621 [project], PEP 735
// [dependency-groups], PEP 518 [build-system], [tool.uv], [tool.poetry]), plus the uv settings that
// change what those requirements mean (sources, workspace, indexes, exclude-newer).

import { append } from "../model/append.js";
import { normalizeName } from "../model/normalize-name.js";
import type {
	Diagnostic,
	ParseResult,
	Requirement,
	RequirementGroup,
} from "../model/types.js";
import { MAX_ENTRIES_PER_FILE, tooManyEntries } from "./entry-limit.js";
import { parsePep508 } from "./pep508.js";
import { enrichProjectDependencies } from "./poetry-enrich.js";
import {
	readPoetryPython,
	readPoetryRequirements,
} from "./pyproject-poetry.js";
import {
	applyUvSources,
	readUvIndexes,
	readUvSources,
	readUvWorkspace,
	type UvIndex,
	type UvSource,
} from "./pyproject-uv.js";
import { parseToml, type TomlDocument } from "./toml.js";
import {
	describeType,
	isTable,
	type KeyPath,
	TomlTableReader,
} from "./toml-table-reader.js";

export type { UvIndex, UvSource } from "./pyproject-uv.js";

export interface Pyproject {
	/** PEP 503 normalized `[project] name` (or `[tool.poetry] name`), null when there is none. */
	name: string | null;
	/** `[project] requires-python` as a PEP 440 specifier set, else Poetry's `python` dependency translated. */
	requiresPython: string | null;
	requirements: Requirement[];
	uv: {
		workspace: { members: string[]; exclude: string[] } | null;
		sources: UvSource[];
		indexes: UvIndex[];
		excludeNewer: string | null;
	};
	/** Whether the file has a [tool.poetry] table. */
	poetry: boolean;
	/** The raw [tool.pin-audit] table, validated by the policy schema. */
	pinAudit: { value: unknown; line: number } | null;
	document: TomlDocument | null;
}

/** Reads a pyproject.toml. Never throws; whatever it cannot read becomes a diagnostic and the rest is still read. */
export function parsePyproject(
	text: string,
	path: string,
): ParseResult<Pyproject> {
	const value = emptyPyproject();
	try {
		const toml = parseToml(text, path);
		if (toml.value === null) return { value, diagnostics: toml.diagnostics };
		const reader = new PyprojectReader(toml.value, path);
		return { value: reader.read(), diagnostics: reader.diagnostics };
	} catch (error) {
		const diagnostic: Diagnostic = {
			severity: "error",
			line: null,
			message: `could not read pyproject.toml: ${String(error)}`,
		};
		return { value, diagnostics: [diagnostic] };
	}
}

function emptyPyproject(): Pyproject {
	return {
		name: null,
		requiresPython: null,
		requirements: [],
		uv: { workspace: null, sources: [], indexes: [], excludeNewer: null },
		poetry: false,
		pinAudit: null,
		document: null,
	};
}

class PyprojectReader extends TomlTableReader {
	/** Entries read so far (requirements, invalid entries, included copies), against MAX_ENTRIES_PER_FILE. */
	private entries = 0;

	/**
	 * How many of `count` more entries still fit under the limit. The first that does not is said once, on its line
	 * (`lineOf` of its index among the `count`); nothing after it is read.
	 */
	private take(
		count: number,
		lineOf: (index: number) => number | null,
	): number {
		const room = MAX_ENTRIES_PER_FILE - this.entries;
		this.entries += count;
		if (count <= room) return count;
		const kept = Math.max(0, room);
		if (room >= 0)
			this.diagnostics.push(tooManyEntries(lineOf(kept), "an installer"));
		return kept;
	}

	read(): Pyproject {
		const result = emptyPyproject();
		result.document = this.doc;
		const requirements: Requirement[] = [];

		const project = this.table(["project"]);
		if (project) {
			result.name = this.projectName(["project", "name"]);
			result.requiresPython = this.requiresPython([
				"project",
				"requires-python",
			]);
			append(
				requirements,
				this.requirementArray(["project", "dependencies"], "project"),
			);
			const optional = this.table(["project", "optional-dependencies"]);
			for (const extra of Object.keys(optional ?? {})) {
				const keyPath = ["project", "optional-dependencies", extra];
				append(
					requirements,
					this.requirementArray(keyPath, `optional:${normalizeName(extra)}`),
				);
			}
		}

		append(requirements, this.dependencyGroups());
		append(
			requirements,
			this.requirementArray(["build-system", "requires"], "build"),
		);

		if (this.table(["tool", "uv"])) this.readUv(result, requirements);
		if (this.table(["tool", "poetry"])) this.readPoetry(result, requirements);

		const pinAudit = this.get(["tool", "pin-audit"]);
		if (pinAudit !== undefined)
			result.pinAudit = {
				value: pinAudit,
				line: this.line(["tool", "pin-audit"]),
			};

		result.requirements = applyUvSources(
			requirements,
			result.uv.sources,
			this.path,
		);
		return result;
	}

	/** `[tool.uv]`: its requirement lists and the settings that change what requirements mean. */
	private readUv(result: Pyproject, requirements: Requirement[]): void {
		const lists = [
			["dev-dependencies", "dev"],
			["constraint-dependencies", "constraint"],
			["override-dependencies", "override"],
		] as const;
		for (const [key, group] of lists)
			append(requirements, this.requirementArray(["tool", "uv", key], group));
		result.uv.sources = readUvSources(this);
		result.uv.workspace = readUvWorkspace(this);
		result.uv.indexes = readUvIndexes(this);
		result.uv.excludeNewer = this.optionalString([
			"tool",
			"uv",
			"exclude-newer",
		]);
	}

	/** `[tool.poetry]`; in a Poetry 2 project with [project] dependencies, its dependencies only enrich them. */
	private readPoetry(result: Pyproject, requirements: Requirement[]): void {
		result.poetry = true;
		result.name ??= this.projectName(["tool", "poetry", "name"]);
		const python = readPoetryPython(this);
		result.requiresPython ??= python;
		const poetryRequirements = readPoetryRequirements(this);
		// Read by pyproject-poetry.ts, not entry by entry here: held to the same limit as a whole.
		poetryRequirements.length = this.take(
			poetryRequirements.length,
			(index) => (poetryRequirements[index] as Requirement).line,
		);
		// poetry-core: [project] mode when it declares dependencies or optional dependencies.
		const declares = ["dependencies", "optional-dependencies"].filter(
			(key) => Object.keys(this.get(["project", key]) ?? {}).length > 0,
		);
		if (declares.length === 0) {
			append(requirements, poetryRequirements);
			return;
		}
		const dynamic = this.stringArray(["project", "dynamic"]);
		const enriched = enrichProjectDependencies(
			requirements,
			poetryRequirements,
			dynamic.includes("dependencies") ||
				dynamic.includes("optional-dependencies"),
		);
		requirements.length = 0;
		append(requirements, enriched.requirements);
		for (const ignored of enriched.ignored)
			this.diagnostics.push({
				severity: "notice",
				line: ignored.line,
				message: `tool.poetry.dependencies.${ignored.name}: Poetry 2 ignores it: with [project] ${declares.join(" and ")}, [tool.poetry.dependencies] only enriches the packages declared there, and this one is not.`,
			});
	}

	// --- PEP 621 / PEP 508 ----------------------------------------------------------------------

	private projectName(keyPath: KeyPath): string | null {
		const name = this.optionalString(keyPath);
		return name === null ? null : normalizeName(name.trim());
	}

	private requiresPython(keyPath: KeyPath): string | null {
		const text = this.optionalString(keyPath);
		if (text === null) return null;
		// Read through the PEP 508 parser so the set is validated and printed as packaging prints it.
		const parsed = parsePep508(`python ${text}`);
		if (
			!parsed.ok ||
			parsed.value.marker !== null ||
			parsed.value.url !== null ||
			parsed.value.extras.length
		) {
			const why = parsed.ok
				? "it is not a version specifier set"
				: parsed.error;
			this.error(keyPath, `invalid version specifier '${text}': ${why}`);
			return null;
		}
		return parsed.value.specifier;
	}

	/** A PEP 508 string at keyPath as a Requirement, or null with an error diagnostic. */
	private pep508(
		text: unknown,
		keyPath: KeyPath,
		group: RequirementGroup,
	): Requirement | null {
		if (this.take(1, () => this.line(keyPath)) === 0) return null;
		if (typeof text !== "string") {
			this.error(
				keyPath,
				`must be a PEP 508 requirement string, not ${describeType(text)}`,
			);
			return null;
		}
		const parsed = parsePep508(text);
		if (!parsed.ok) {
			this.error(keyPath, `invalid requirement '${text}': ${parsed.error}`);
			return null;
		}
		const { name, specifier, extras, marker, url } = parsed.value;
		return {
			name,
			specifier,
			extras,
			marker,
			url,
			editable: false,
			hashes: 0,
			group,
			file: this.path,
			line: this.line(keyPath),
		};
	}

	private requirementArray(
		keyPath: KeyPath,
		group: RequirementGroup,
	): Requirement[] {
		const out: Requirement[] = [];
		(this.array(keyPath) ?? []).forEach((item, index) => {
			const requirement = this.pep508(item, [...keyPath, index], group);
			if (requirement) out.push(requirement);
		});
		return out;
	}

	// --- PEP 735 --------------------------------------------------------------------------------

	private dependencyGroups(): Requirement[] {
		const groups = this.table(["dependency-groups"]);
		if (!groups) return [];
		// PEP 735: group names are compared normalized, and two names that normalize alike are an error.
		const byName = new Map<string, string>();
		for (const key of Object.keys(groups)) {
			const name = normalizeName(key);
			const earlier = byName.get(name);
			if (earlier !== undefined) {
				this.error(
					["dependency-groups", key],
					`duplicate dependency group: '${earlier}' and '${key}' are the same name`,
				);
				continue;
			}
			byName.set(name, key);
		}

		const resolved = new Map<string, Requirement[]>();
		const resolving = new Set<string>();
		const resolve = (name: string, group: RequirementGroup): Requirement[] => {
			const key = byName.get(name) ?? name;
			const out: Requirement[] = [];
			resolving.add(name);
			(this.array(["dependency-groups", key]) ?? []).forEach((item, index) => {
				const itemPath = ["dependency-groups", key, index];
				if (!isTable(item)) {
					const requirement = this.pep508(item, itemPath, group);
					if (requirement) out.push(requirement);
					return;
				}
				const include = item["include-group"];
				const others = Object.keys(item).filter((k) => k !== "include-group");
				if (typeof include !== "string" || others.length > 0) {
					this.error(
						itemPath,
						'a table in a dependency group must be exactly { include-group = "<group name>" }',
					);
					return;
				}
				const target = normalizeName(include);
				if (!byName.has(target)) {
					this.error(
						itemPath,
						`includes the unknown dependency group '${include}'`,
					);
				} else if (resolving.has(target)) {
					this.error(
						itemPath,
						`including '${include}' makes a cycle of dependency groups`,
					);
				} else {
					// The included requirements keep their own lines; they count in the including group.
					const included = resolved.get(target) ?? resolveOnce(target);
					// Each inclusion is a copy: groups that include each other many times multiply.
					const count = included.length;
					if (this.take(count, () => this.line(itemPath)) === count)
						append(
							out,
							included.map((requirement) => ({ ...requirement, group })),
						);
				}
			});
			resolving.delete(name);
			return out;
		};
		const resolveOnce = (name: string): Requirement[] => {
			const own = resolve(name, `group:${name}`);
			resolved.set(name, own);
			return own;
		};

		const out: Requirement[] = [];
		for (const name of byName.keys())
			append(out, resolved.get(name) ?? resolveOnce(name));
		return out;
	}
}
