// PEP 621 `dynamic = ["dependencies"]` / `["optional-dependencies"]`: the build backend computes them, so the
// pyproject.toml alone says nothing. setuptools' `[tool.setuptools.dynamic] dependencies = { file = [...] }` is
// read here as requirements files (with the reader every requirements file goes through), and the
// uv-dynamic-versioning hatch hook's `dependencies` list as PEP 508 strings; anything else an installer would
// compute and the audit cannot is `unauditable`.

import { append } from "../model/append.js";
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

interface DynamicContext {
	document: TomlDocument;
	pyprojectPath: string;
	reader: RequirementsReader;
	out: DynamicDependencies;
	/** The pyproject.toml's own diagnostics. */
	own: Diagnostic[];
}

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
	const context: DynamicContext = { document, pyprojectPath, reader, out, own };
	const tool = isTable(document.value.tool) ? document.value.tool : {};
	const setuptools = isTable(tool.setuptools) ? tool.setuptools : {};
	const directives = isTable(setuptools.dynamic) ? setuptools.dynamic : {};
	if (dynamic.has("dependencies")) {
		const hook = hatchHookDependencies(tool);
		if (directives.dependencies !== undefined)
			await readFiles(
				context,
				directives.dependencies,
				"project",
				"dependencies",
			);
		else if (hook !== null) readHook(context, hook);
		else
			unreadable(
				context,
				"dependencies",
				"pin-audit cannot tell what the build backend computes",
			);
	}
	if (dynamic.has("optional-dependencies")) {
		const optional = directives["optional-dependencies"];
		if (!isTable(optional))
			unreadable(
				context,
				"optional-dependencies",
				"pin-audit cannot tell what the build backend computes",
			);
		else
			for (const [extra, directive] of Object.entries(optional))
				await readFiles(
					context,
					directive,
					`optional:${extra}`,
					`optional-dependencies.${extra}`,
				);
	}
	return out;
}

function unreadable(context: DynamicContext, what: string, why: string): void {
	context.own.push({
		severity: "error",
		line: context.document.lineOf(["project", "dynamic"]) ?? null,
		rule: "unauditable",
		message: `\`${what}\` is dynamic and ${why}, so what an installer gets was not audited; declare it in [project] or with [tool.setuptools.dynamic] ${what} = { file = [...] }`,
	});
}

/** setuptools' `{ file = [...] }`: each file read as a requirements file, relative to the project directory. */
async function readFiles(
	context: DynamicContext,
	directive: unknown,
	group: string,
	what: string,
): Promise<void> {
	const files = isTable(directive) ? directive.file : undefined;
	const list = typeof files === "string" ? [files] : files;
	if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) {
		unreadable(
			context,
			what,
			"its [tool.setuptools.dynamic] entry is not a `file` list pin-audit can read",
		);
		return;
	}
	const path = context.pyprojectPath;
	const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	for (const file of list as string[]) {
		const resolved = await context.reader.resolve(
			dir ? `${dir}/${file}` : file,
			false,
		);
		for (const r of resolved.requirements)
			context.out.requirements.push({ ...r, group });
		append(context.out.diagnostics, resolved.diagnostics);
	}
}

function readHook(context: DynamicContext, entries: unknown[]): void {
	const { document, pyprojectPath, out, own } = context;
	const key = [
		"tool",
		"hatch",
		"metadata",
		"hooks",
		"uv-dynamic-versioning",
		"dependencies",
	];
	entries.forEach((entry, index) => {
		if (typeof entry !== "string") return;
		const line = document.lineOf([...key, index]) ?? null;
		// `=={{ version }}` is the project's own version, filled in at build time (a sibling package released
		// with it): the requirement is read without that clause.
		const text = withoutTemplateClauses(entry);
		const parsed = text === null ? null : parsePep508(text);
		if (parsed === null || !parsed.ok) {
			own.push({
				severity: "error",
				line,
				message: `invalid dependency '${entry}'${parsed === null ? "" : `: ${parsed.error}`}`,
			});
			return;
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
			line: line ?? 1,
		});
	});
}

/** `name=={{ version }}; marker` as `name; marker`; null when a template is anywhere else. */
function withoutTemplateClauses(entry: string): string | null {
	let text = entry;
	for (let open = text.indexOf("{{"); open !== -1; open = text.indexOf("{{")) {
		const close = text.indexOf("}}", open);
		if (close === -1) return null;
		let start = open;
		while (start > 0 && text[start - 1] === " ") start--;
		const operatorEnd = start;
		while (start > 0 && "=<>!~".includes(text[start - 1] as string)) start--;
		if (start === operatorEnd) return null;
		text = `${text.slice(0, start)}${text.slice(close + 2)}`;
	}
	return text;
}

/** The files `[tool.setuptools.dynamic]` names for dependencies and optional dependencies, as written. */
export function listDynamicFiles(document: TomlDocument | null): string[] {
	const tool = isTable(document?.value.tool) ? document.value.tool : {};
	const setuptools = isTable(tool.setuptools) ? tool.setuptools : {};
	const directives = isTable(setuptools.dynamic) ? setuptools.dynamic : {};
	const optional = isTable(directives["optional-dependencies"])
		? Object.values(directives["optional-dependencies"])
		: [];
	return [directives.dependencies, ...optional].flatMap((directive) => {
		const files = isTable(directive) ? directive.file : undefined;
		const list = typeof files === "string" ? [files] : files;
		return Array.isArray(list)
			? list.filter((f): f is string => typeof f === "string")
			: [];
	});
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
