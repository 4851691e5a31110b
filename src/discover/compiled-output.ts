// A compiled requirements file (pip-compile, `uv pip compile`) and the loose inputs it pins. Its header names
// the command that made it; without a header, pip-compile's default pairing holds (`x.in` compiles to `x.txt`).
// The inputs and the header's `-c` files are read with the output: together they are one install set, the
// inputs judged like a manifest and the output like a lock (see policy/install-sets.ts).
import { posix } from "node:path";
import { append } from "../model/append.js";
import type { Diagnostic } from "../model/types.js";
import type { CompiledHeader } from "./compiled-header.js";
import type {
	CompiledOutput,
	RequirementsReader,
	ResolvedRequirements,
} from "./resolve-requirements.js";

/** Inputs that are manifests of their own (discovered and read as such), not requirements files. */
const MANIFEST_INPUTS = /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg)$/;

/**
 * Adds the compiled-output facts to `resolved` (the output's own requirements), with the requirements of its
 * inputs and constraint files. Leaves it unchanged when the file is not a compiled output.
 */
export async function attachCompiledOutput(
	resolved: ResolvedRequirements,
	path: string,
	reader: RequirementsReader,
): Promise<void> {
	const header = await reader.header(path);
	let inputs: string[];
	let constraints: string[];
	if (header !== null) {
		const cwd = inferWorkingDirectory(path, header);
		inputs = header.inputs.map((input) => joinPath(cwd, input));
		constraints = header.constraints.map((c) => joinPath(cwd, c));
	} else {
		// pip-compile: without -o, `x.in` is compiled to `x.txt` next to it.
		const input = path.endsWith(".txt") ? `${path.slice(0, -4)}.in` : null;
		if (input === null || !(await reader.exists(input))) return;
		inputs = [input];
		constraints = [];
	}
	const compiled: CompiledOutput = {
		header,
		inputs: [],
		inputFiles: [],
		constraintFiles: [],
		missing: [],
	};
	const missing = compiled.missing;
	for (const input of inputs) {
		const found = await reader.exists(input);
		compiled.inputs.push({ path: input, found });
		if (!found) missing.push(input);
		else if (!MANIFEST_INPUTS.test(input))
			merge(resolved, await reader.resolve(input, false), compiled, "input");
	}
	for (const constraint of constraints) {
		if (!(await reader.exists(constraint))) {
			missing.push(constraint);
			continue;
		}
		merge(
			resolved,
			await reader.resolve(constraint, true),
			compiled,
			"constraint",
		);
	}
	resolved.compiled = compiled;
}

function merge(
	into: ResolvedRequirements,
	from: ResolvedRequirements,
	compiled: CompiledOutput,
	role: "input" | "constraint",
): void {
	const known = new Set(
		into.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`),
	);
	for (const r of from.requirements)
		if (!known.has(`${r.file}\0${r.line}\0${r.name}`))
			into.requirements.push(r);
	append(into.options, from.options);
	for (const [file, diagnostics] of from.diagnostics)
		for (const d of diagnostics) report(into, file, d);
	for (const file of from.files) {
		if (!into.files.includes(file)) into.files.push(file);
		const constraintFile =
			role === "constraint" ||
			from.requirements.some(
				(r) => r.file === file && r.group === "constraints-file",
			);
		const list = constraintFile
			? compiled.constraintFiles
			: compiled.inputFiles;
		if (!list.includes(file)) list.push(file);
	}
}

function report(
	resolved: ResolvedRequirements,
	file: string,
	diagnostic: Diagnostic,
): void {
	const list = resolved.diagnostics.get(file) ?? [];
	if (
		!list.some(
			(d) => d.line === diagnostic.line && d.message === diagnostic.message,
		)
	)
		list.push(diagnostic);
	resolved.diagnostics.set(file, list);
}

/**
 * The directory the command ran in: the header's paths are relative to it. `-o .github/workflows/x.txt` in
 * `.github/workflows/x.txt` ran at the root; `-o uv-requirements.txt` in `src/a/uv-requirements.txt` ran in
 * `src/a`. Without -o, pip-compile writes `x.txt` next to `x.in`. Else the output's own directory.
 */
function inferWorkingDirectory(path: string, header: CompiledHeader): string {
	const own = posix.dirname(path);
	const written =
		header.output ??
		header.inputs.find((i) => i.endsWith(".in"))?.replace(/\.in$/, ".txt") ??
		null;
	if (written === null || written.startsWith("/")) return own;
	const normalized = posix.normalize(written);
	if (normalized === path) return ".";
	if (path.endsWith(`/${normalized}`))
		return path.slice(0, -normalized.length - 1);
	return own;
}

/** Root-relative path of `target` written relative to `cwd`; paths that leave the root stay as written. */
function joinPath(cwd: string, target: string): string {
	if (target.startsWith("/")) return target;
	const joined = posix.normalize(posix.join(cwd, target));
	return joined.startsWith("../") ? target : joined;
}
