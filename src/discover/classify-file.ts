import type { FileKind } from "../model/types.js";

// Which dependency file, if any, a path names. `relPath` is POSIX, relative to the audited root.
// `siblings` holds the other names in the same directory: pip-compile turns `x.in` into `x.txt`, so an `x.in`
// next to an `x.txt` is a pip-compile input whatever it is called.
export function classifyFile(
	relPath: string,
	siblings: ReadonlySet<string> = new Set(),
): FileKind | null {
	const slash = relPath.lastIndexOf("/");
	const base = relPath.slice(slash + 1);
	const parent =
		slash < 0
			? ""
			: relPath.slice(relPath.lastIndexOf("/", slash - 1) + 1, slash);
	const lower = base.toLowerCase();
	if (base === "pyproject.toml") return "pyproject";
	if (base === "uv.lock") return "uv-lock";
	if (base === "poetry.lock") return "poetry-lock";
	// PEP 751: pylock.toml or pylock.<name>.toml
	if (base === "pylock.toml" || /^pylock\.[^.]+\.toml$/.test(base))
		return "pylock";
	if (lower.endsWith(".txt")) {
		if (lower.includes("requirements") || lower.startsWith("constraints"))
			return "requirements";
		if (parent === "requirements") return "requirements";
		// pip-compile's default output of `x.in` is `x.txt`: the pair is compiled requirements whatever the name.
		return siblings.has(`${base.slice(0, -4)}.in`) ? "requirements" : null;
	}
	if (lower.endsWith(".in")) {
		// pip-compile inputs. MANIFEST.in is setuptools' file list, never a requirements file.
		if (lower === "manifest.in") return null;
		if (lower.includes("requirements") || lower.startsWith("constraints"))
			return "requirements";
		if (parent === "requirements") return "requirements";
		return siblings.has(`${base.slice(0, -3)}.txt`) ? "requirements" : null;
	}
	return null;
}

/** Requirements files whose name says they hold constraints (`constraints*.txt`) are read as -c files. */
export function isConstraintsFileName(relPath: string): boolean {
	const base = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
	return base.startsWith("constraints");
}

/**
 * A cookiecutter/copier/Jinja template's placeholder (`{{cookiecutter.project_slug}}`, `{% if x %}`): the files
 * below are rendered into a project later, so neither pip nor uv ever reads them as they stand.
 */
export function isTemplateName(name: string): boolean {
	return name.includes("{{") || name.includes("{%");
}

/** A template file that renders into a dependency file (`{% if ci %}requirements.txt{% endif %}.jinja`). */
export function isDependencyTemplate(name: string): boolean {
	return /requirements|constraints|pyproject|pylock|\.lock\b|\.in\b/i.test(
		name,
	);
}
