// pyproject.toml: every place a requirement can be declared (PEP 621 [project], PEP 735
// [dependency-groups], PEP 518 [build-system], [tool.uv], [tool.poetry]), plus the uv settings that
// change what those requirements mean (sources, workspace, indexes, exclude-newer).
import { normalizeName } from "../model/normalize-name.js";
import type {
	Diagnostic,
	ParseResult,
	Requirement,
	RequirementGroup,
} from "../model/types.js";
import { parsePep508, parsePep508Marker } from "./pep508.js";
import { poetryConstraintToPep440 } from "./poetry-constraint.js";
import { parseToml, type TomlDocument } from "./toml.js";

export interface UvSource {
	/** PEP 503 normalized name of the package the source is for. */
	name: string;
	kind: "workspace" | "git" | "path" | "url" | "index" | "unknown";
	/** The git URL, path, URL or index name; null for workspace and unknown sources. */
	value: string | null;
	line: number;
}

export interface UvIndex {
	name: string | null;
	url: string;
	line: number;
}

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

type KeyPath = readonly (string | number)[];
type Table = Record<string, unknown>;

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

function isTable(value: unknown): value is Table {
	// smol-toml gives dates as Date objects; they are values, not tables.
	return (
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		!(value instanceof Date)
	);
}

function describeType(value: unknown): string {
	if (Array.isArray(value)) return "an array";
	if (value instanceof Date) return "a date";
	if (isTable(value)) return "a table";
	if (typeof value === "bigint") return "a number";
	return `a ${typeof value}`;
}

/** `tool.uv.sources.my-pkg`, `project.dependencies[2]`: how a key path reads in a message. */
function formatPath(keyPath: KeyPath): string {
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

class PyprojectReader {
	readonly diagnostics: Diagnostic[] = [];
	/** Packages with a uv `path` source marked `editable = true`. */
	private readonly editableSources = new Set<string>();
	private readonly root: Table;

	constructor(
		private readonly doc: TomlDocument,
		private readonly path: string,
	) {
		this.root = doc.value;
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
			requirements.push(
				...this.requirementArray(["project", "dependencies"], "project"),
			);
			const optional = this.table(["project", "optional-dependencies"]);
			for (const extra of Object.keys(optional ?? {})) {
				const keyPath = ["project", "optional-dependencies", extra];
				requirements.push(
					...this.requirementArray(keyPath, `optional:${normalizeName(extra)}`),
				);
			}
		}

		requirements.push(...this.dependencyGroups());
		requirements.push(
			...this.requirementArray(["build-system", "requires"], "build"),
		);

		const uv = this.table(["tool", "uv"]);
		if (uv) {
			requirements.push(
				...this.requirementArray(["tool", "uv", "dev-dependencies"], "dev"),
			);
			requirements.push(
				...this.requirementArray(
					["tool", "uv", "constraint-dependencies"],
					"constraint",
				),
			);
			requirements.push(
				...this.requirementArray(
					["tool", "uv", "override-dependencies"],
					"override",
				),
			);
			result.uv.sources = this.uvSources();
			result.uv.workspace = this.uvWorkspace();
			result.uv.indexes = this.uvIndexes();
			result.uv.excludeNewer = this.optionalString([
				"tool",
				"uv",
				"exclude-newer",
			]);
		}

		const poetry = this.table(["tool", "poetry"]);
		if (poetry) {
			result.poetry = true;
			result.name ??= this.projectName(["tool", "poetry", "name"]);
			const python = this.poetryPython();
			result.requiresPython ??= python;
			requirements.push(...this.poetryRequirements());
		}

		const pinAudit = this.get(["tool", "pin-audit"]);
		if (pinAudit !== undefined)
			result.pinAudit = {
				value: pinAudit,
				line: this.line(["tool", "pin-audit"]),
			};

		result.requirements = this.applySources(requirements, result.uv.sources);
		return result;
	}

	// --- access -------------------------------------------------------------------------------

	private get(keyPath: KeyPath): unknown {
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

	private line(keyPath: KeyPath): number {
		return this.doc.lineOf(keyPath) ?? 1;
	}

	private error(
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
	private table(keyPath: KeyPath): Table | null {
		const value = this.get(keyPath);
		if (value === undefined) return null;
		if (isTable(value)) return value;
		this.error(keyPath, `must be a table, not ${describeType(value)}`);
		return null;
	}

	private array(keyPath: KeyPath): unknown[] | null {
		const value = this.get(keyPath);
		if (value === undefined) return null;
		if (Array.isArray(value)) return value;
		this.error(keyPath, `must be an array, not ${describeType(value)}`);
		return null;
	}

	private optionalString(keyPath: KeyPath): string | null {
		const value = this.get(keyPath);
		if (value === undefined) return null;
		if (typeof value === "string") return value;
		this.error(keyPath, `must be a string, not ${describeType(value)}`);
		return null;
	}

	private stringArray(keyPath: KeyPath): string[] {
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
					out.push(
						...included.map((requirement) => ({ ...requirement, group })),
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
			out.push(...(resolved.get(name) ?? resolveOnce(name)));
		return out;
	}

	// --- uv -------------------------------------------------------------------------------------

	private uvSources(): UvSource[] {
		this.editableSources.clear();
		const sources = this.table(["tool", "uv", "sources"]);
		const out: UvSource[] = [];
		for (const [key, value] of Object.entries(sources ?? {})) {
			const keyPath = ["tool", "uv", "sources", key];
			// uv: one source table, or a list of them each limited by a marker.
			const entries: [unknown, KeyPath][] = Array.isArray(value)
				? value.map((entry, index) => [entry, [...keyPath, index]])
				: [[value, keyPath]];
			for (const [entry, entryPath] of entries) {
				if (!isTable(entry)) {
					this.error(
						entryPath,
						`a uv source must be a table, not ${describeType(entry)}`,
					);
					continue;
				}
				const source: UvSource = {
					name: normalizeName(key),
					...this.uvSourceKind(entry, entryPath),
					line: this.line(entryPath),
				};
				if (source.kind === "path" && entry.editable === true) {
					this.editableSources.add(source.name);
				}
				out.push(source);
			}
		}
		return out;
	}

	private uvSourceKind(
		entry: Table,
		entryPath: KeyPath,
	): Pick<UvSource, "kind" | "value"> {
		if (entry.workspace === true) return { kind: "workspace", value: null };
		for (const kind of ["git", "path", "url", "index"] as const) {
			const value = entry[kind];
			if (value === undefined) continue;
			if (typeof value === "string") return { kind, value };
			this.error(
				[...entryPath, kind],
				`must be a string, not ${describeType(value)}`,
			);
			return { kind: "unknown", value: null };
		}
		return { kind: "unknown", value: null };
	}

	private uvWorkspace(): Pyproject["uv"]["workspace"] {
		const workspace = this.table(["tool", "uv", "workspace"]);
		if (!workspace) return null;
		return {
			members: this.stringArray(["tool", "uv", "workspace", "members"]),
			exclude: this.stringArray(["tool", "uv", "workspace", "exclude"]),
		};
	}

	private uvIndexes(): UvIndex[] {
		const out: UvIndex[] = [];
		(this.array(["tool", "uv", "index"]) ?? []).forEach((entry, index) => {
			const keyPath = ["tool", "uv", "index", index];
			if (!isTable(entry)) {
				this.error(
					keyPath,
					`an index must be a table, not ${describeType(entry)}`,
				);
				return;
			}
			const url = this.optionalString([...keyPath, "url"]);
			if (url === null) {
				if (entry.url === undefined)
					this.error(keyPath, "an index needs a url");
				return;
			}
			out.push({
				name: this.optionalString([...keyPath, "name"]),
				url,
				line: this.line(keyPath),
			});
		});
		return out;
	}

	/** uv: a requirement whose package has a git, url or path source is a direct reference to it. */
	private applySources(
		requirements: Requirement[],
		sources: UvSource[],
	): Requirement[] {
		const direct = new Map<string, UvSource>();
		for (const source of sources) {
			const isDirect =
				source.kind === "git" ||
				source.kind === "url" ||
				source.kind === "path";
			if (isDirect && !direct.has(source.name)) direct.set(source.name, source);
		}
		if (direct.size === 0) return requirements;
		return requirements.map((requirement) => {
			const source = direct.get(requirement.name);
			// Constraints and overrides only narrow versions; uv does not apply sources to them.
			const applies =
				requirement.group !== "constraint" && requirement.group !== "override";
			if (
				!source ||
				!applies ||
				requirement.url !== null ||
				requirement.group.startsWith("poetry")
			) {
				return requirement;
			}
			return {
				...requirement,
				url: source.value,
				editable: this.editableSources.has(source.name),
			};
		});
	}

	// --- Poetry ---------------------------------------------------------------------------------

	private poetryPython(): string | null {
		const keyPath = ["tool", "poetry", "dependencies", "python"];
		const value = this.get(keyPath);
		if (value === undefined) return null;
		const constraint = isTable(value) ? value.version : value;
		if (typeof constraint !== "string") {
			this.error(
				keyPath,
				`must be a version constraint string, not ${describeType(constraint)}`,
			);
			return null;
		}
		const translated = this.poetryConstraint(constraint, keyPath);
		return translated.kind === "ok" ? translated.specifier : null;
	}

	private poetryConstraint(
		constraint: string,
		keyPath: KeyPath,
	): { kind: "ok"; specifier: string } | { kind: "union" | "error" } {
		const translated = poetryConstraintToPep440(constraint);
		if (translated.ok) return { kind: "ok", specifier: translated.specifier };
		// A union (||) is valid Poetry but has no single PEP 440 equivalent: a warning, not a broken file.
		if (translated.error.includes("union")) {
			this.error(
				keyPath,
				`${translated.error}; pin-audit reads it as any version`,
				"warning",
			);
			return { kind: "union" };
		}
		this.error(keyPath, translated.error);
		return { kind: "error" };
	}

	private poetryRequirements(): Requirement[] {
		const out: Requirement[] = [];
		out.push(
			...this.poetryDependencyTable(
				["tool", "poetry", "dependencies"],
				"poetry",
			),
		);
		// Poetry < 1.2 spelling of the dev group.
		out.push(
			...this.poetryDependencyTable(
				["tool", "poetry", "dev-dependencies"],
				"poetry-group:dev",
			),
		);
		const groups = this.table(["tool", "poetry", "group"]);
		for (const group of Object.keys(groups ?? {})) {
			if (!this.table(["tool", "poetry", "group", group])) continue;
			const keyPath = ["tool", "poetry", "group", group, "dependencies"];
			out.push(...this.poetryDependencyTable(keyPath, `poetry-group:${group}`));
		}
		return out;
	}

	private poetryDependencyTable(
		keyPath: KeyPath,
		group: RequirementGroup,
	): Requirement[] {
		const table = this.table(keyPath);
		const out: Requirement[] = [];
		for (const [rawName, spec] of Object.entries(table ?? {})) {
			// `python` is the interpreter constraint, not a package.
			if (normalizeName(rawName) === "python") continue;
			const depPath = [...keyPath, rawName];
			if (Array.isArray(spec)) {
				// Multiple-constraints dependency: one entry per marker or python range.
				spec.forEach((entry, index) => {
					const requirement = this.poetryDependency(
						rawName,
						entry,
						[...depPath, index],
						group,
					);
					if (requirement) out.push(requirement);
				});
			} else {
				const requirement = this.poetryDependency(
					rawName,
					spec,
					depPath,
					group,
				);
				if (requirement) out.push(requirement);
			}
		}
		return out;
	}

	private poetryDependency(
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
			file: this.path,
			line: this.line(keyPath),
		};
		if (typeof spec === "string") {
			const translated = this.poetryConstraint(spec, keyPath);
			if (translated.kind === "error") return null;
			// A union is read as any version (the warning says so): wider, never narrower, than Poetry's.
			requirement.specifier =
				translated.kind === "ok" ? translated.specifier : "";
			return requirement;
		}
		if (!isTable(spec)) {
			this.error(
				keyPath,
				`a Poetry dependency must be a version string or a table, not ${describeType(spec)}`,
			);
			return null;
		}
		const version = spec.version;
		if (version !== undefined) {
			if (typeof version === "string") {
				const translated = this.poetryConstraint(version, [
					...keyPath,
					"version",
				]);
				if (translated.kind === "error") return null;
				requirement.specifier =
					translated.kind === "ok" ? translated.specifier : "";
			} else
				this.error(
					[...keyPath, "version"],
					`must be a string, not ${describeType(version)}`,
				);
		}
		requirement.extras = this.stringArray([...keyPath, "extras"]).map(
			normalizeName,
		);
		for (const kind of ["git", "url", "path"] as const) {
			const value = this.optionalString([...keyPath, kind]);
			if (value !== null && requirement.url === null) requirement.url = value;
		}
		requirement.editable = spec.develop === true;
		const marker = this.poetryMarker(keyPath);
		// Without its marker the requirement would apply everywhere: reported, not guessed.
		if (marker === false) return null;
		requirement.marker = marker;
		return requirement;
	}

	/** Poetry's `markers` and `python` keys as one PEP 508 marker; false (reported) when unreadable. */
	private poetryMarker(keyPath: KeyPath): string | null | false {
		const parts: string[] = [];
		const markers = this.optionalString([...keyPath, "markers"]);
		if (markers !== null && markers.trim() !== "") parts.push(markers);
		const python = this.optionalString([...keyPath, "python"]);
		if (python !== null) {
			const translated = this.poetryConstraint(python, [...keyPath, "python"]);
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
		this.error(
			[...keyPath, markers !== null ? "markers" : "python"],
			`invalid marker '${text}': ${parsed.error}`,
		);
		return false;
	}
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
