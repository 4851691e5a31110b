// PEP 621 `dynamic = ["dependencies"]` / `["optional-dependencies"]`: the build backend computes them, so the
// pyproject.toml alone says nothing. setuptools' `[tool.setuptools.dynamic] dependencies = { file = [...] }` is
// read here as requirements files (with the reader every requirements file goes through), and the
// uv-dynamic-versioning hatch hook's `dependencies` list as PEP 508 strings; anything else an installer would
// compute and the audit cannot is `unauditable`.
import type { Diagnostic, Requirement } from "../model/types.js";
import { parsePep508 } from "../parse/pep508.js";
import type { TomlDocument } from "../parse/toml.js";
import type { RequirementsReader } from "./resolve-requirements.js";

export interface DynamicDependencies {
	requirements: Requirement[];
	/** Diagnostics per root-relative file. */
	diagnostics: [file: string, diagnostics: Diagnostic[]][];
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table =>
	typeof v === "object" && v !== null && !Array.isArray(v);

export async function readDynamicDependencies(
	document: TomlDocument | null,
	pyprojectPath: string,
	reader: RequirementsReader,
): Promise<DynamicDependencies> {
	const out: DynamicDependencies = { requirements: [], diagnostics: [] };
	const project = document?.value.project;
	if (!document || !isTable(project) || !Array.isArray(project.dynamic))
		return out;
	const dynamic = new Set(project.dynamic.filter((d) => typeof d === "string"));
	const own: Diagnostic[] = [];
	out.diagnostics.push([pyprojectPath, own]);
	const line = document.lineOf(["project", "dynamic"]) ?? null;
	const tool = isTable(document.value.tool) ? document.value.tool : {};
	const setuptools = isTable(tool.setuptools) ? tool.setuptools : {};
	const directives = isTable(setuptools.dynamic) ? setuptools.dynamic : {};
	const dir = pyprojectPath.includes("/")
		? pyprojectPath.slice(0, pyprojectPath.lastIndexOf("/"))
		: "";
	const unreadable = (what: string, why: string) =>
		own.push({
			severity: "error",
			line,
			rule: "unauditable",
			message: `\`${what}\` is dynamic and ${why}, so what an installer gets was not audited; declare it in [project] or with [tool.setuptools.dynamic] ${what} = { file = [...] }`,
		});

	if (dynamic.has("dependencies")) {
		const hook = hatchHookDependencies(tool);
		if (directives.dependencies !== undefined)
			await readFiles(directives.dependencies, "project", "dependencies");
		else if (hook !== null) readHook(hook);
		else
			unreadable(
				"dependencies",
				"pin-audit cannot tell what the build backend computes",
			);
	}
	if (dynamic.has("optional-dependencies")) {
		const optional = directives["optional-dependencies"];
		if (!isTable(optional))
			unreadable(
				"optional-dependencies",
				"pin-audit cannot tell what the build backend computes",
			);
		else
			for (const [extra, directive] of Object.entries(optional))
				await readFiles(
					directive,
					`optional:${extra}`,
					`optional-dependencies.${extra}`,
				);
	}
	return out;

	async function readFiles(directive: unknown, group: string, what: string) {
		const files = isTable(directive) ? directive.file : undefined;
		const list = typeof files === "string" ? [files] : files;
		if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) {
			unreadable(
				what,
				"its [tool.setuptools.dynamic] entry is not a `file` list pin-audit can read",
			);
			return;
		}
		for (const file of list as string[]) {
			// setuptools: paths are relative to the project directory.
			const resolved = await reader.resolve(
				dir ? `${dir}/${file}` : file,
				false,
			);
			for (const r of resolved.requirements)
				out.requirements.push({ ...r, group });
			out.diagnostics.push(...resolved.diagnostics);
		}
	}

	function readHook(entries: unknown[]) {
		const hookLine =
			document?.lineOf([
				"tool",
				"hatch",
				"metadata",
				"hooks",
				"uv-dynamic-versioning",
				"dependencies",
			]) ?? null;
		for (const entry of entries) {
			if (typeof entry !== "string") continue;
			// `{{ version }}` is the project's own version, filled in at build time: the entry names a sibling
			// package released with it, not a pin a person chose.
			if (entry.includes("{{")) continue;
			const parsed = parsePep508(entry);
			if (!parsed.ok) {
				own.push({
					severity: "error",
					line: hookLine,
					message: `invalid dependency '${entry}': ${parsed.error}`,
				});
				continue;
			}
			const { name, specifier, extras, url, marker } = parsed.value;
			out.requirements.push({
				name,
				specifier,
				extras,
				url,
				marker,
				editable: false,
				hashes: 0,
				group: "project",
				file: pyprojectPath,
				line: hookLine ?? 1,
			});
		}
	}
}

/** `[tool.hatch.metadata.hooks.uv-dynamic-versioning] dependencies`, the hook that fills dynamic dependencies. */
function hatchHookDependencies(tool: Table): unknown[] | null {
	const hatch = isTable(tool.hatch) ? tool.hatch : {};
	const metadata = isTable(hatch.metadata) ? hatch.metadata : {};
	const hooks = isTable(metadata.hooks) ? metadata.hooks : {};
	const hook = hooks["uv-dynamic-versioning"];
	return isTable(hook) && Array.isArray(hook.dependencies)
		? hook.dependencies
		: null;
}
