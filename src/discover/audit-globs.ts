// The --include / --exclude globs (CLI flags, action inputs): checked before any work (a glob picomatch
// cannot compile), and after discovery (a glob that matched nothing). Both are usage errors: an audit that
// read no file, or skipped nothing it was told to skip, would otherwise pass looking like an all-clear.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import picomatch from "picomatch";
import { ConfigurationError } from "../errors.js";
import type { Discovery } from "./discover-files.js";

export interface AuditGlobs {
	include: readonly string[];
	exclude: readonly string[];
}

/**
 * Refuses a glob picomatch cannot compile (`[`, `a/{b`): without strictBrackets it would quietly match only
 * the literal text, or nothing, and the audit would pass having read no file.
 */
export function checkGlobsCompile(globs: AuditGlobs): void {
	for (const kind of ["include", "exclude"] as const)
		for (const glob of globs[kind]) {
			let source: string;
			try {
				source = picomatch.makeRe(glob, {
					dot: true,
					strictBrackets: true,
				}).source;
			} catch (error) {
				throw new ConfigurationError(
					`invalid ${kind} glob ${JSON.stringify(glob)}: ${error instanceof Error ? error.message : String(error)}`,
				);
			}
			// picomatch's "matches nothing" answer to a pattern it gave up on (a trailing backslash).
			if (source === "$^")
				throw new ConfigurationError(
					`invalid ${kind} glob ${JSON.stringify(glob)}: it can match no path`,
				);
		}
}

/** Globs are written relative to the audited directory; discovery matches root-relative paths. */
export function scopeGlob(glob: string, scope: string): string {
	if (scope === "." || scope === "") return glob;
	const negated = glob.startsWith("!");
	const body = negated ? glob.slice(1) : glob;
	return `${negated ? "!" : ""}${scope}/${body.replace(/^\.\//, "")}`;
}

/**
 * Throws a ConfigurationError naming the first include glob that matched no dependency file, or exclude
 * glob that skipped nothing, with a hint when the glob looks like a directory or a bare file pattern.
 */
export function checkGlobsMatched(
	globs: AuditGlobs,
	scope: string,
	discovery: Pick<Discovery, "files" | "excluded" | "rootReal">,
): void {
	const checks = [
		{ kind: "include", paths: discovery.files.map((f) => f.path) },
		{ kind: "exclude", paths: discovery.excluded },
	] as const;
	for (const { kind, paths } of checks)
		for (const glob of globs[kind]) {
			const scoped = scopeGlob(glob, scope);
			const matches = picomatch(scoped, { dot: true });
			if (paths.some((path) => matches(path) || matches(`${path}/`))) continue;
			const what = kind === "include" ? "no dependency file" : "nothing";
			const hint = suggestGlob(glob, join(discovery.rootReal, scope));
			throw new ConfigurationError(
				`--${kind} ${JSON.stringify(glob)} matches ${what}${hint === null ? "" : `; did you mean \`${hint}\`?`}`,
			);
		}
}

/** `servers/scraper` (a directory) -> `servers/scraper/**`; `*.lock` (no slash) -> `**\/*.lock`. */
function suggestGlob(glob: string, base: string): string | null {
	const plain = glob.replace(/\/+$/, "");
	if (!picomatch.scan(plain).isGlob) {
		const path = join(base, plain);
		if (existsSync(path) && statSync(path).isDirectory()) return `${plain}/**`;
		return null;
	}
	// A pattern without a slash matches at the top only (`*` does not cross `/`); gitignore habits expect more.
	return plain.includes("/") ? null : `**/${plain}`;
}
