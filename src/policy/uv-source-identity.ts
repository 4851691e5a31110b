// What makes two records of a uv source the same, as uv decides whether its lock still matches the
// manifest: pyproject.toml's `[tool.uv.sources]` entry and uv.lock's `requires-dist` record of it. uv
// writes paths relative to the lock's directory, a git source as `<repository>?rev=<x>`, an editable path
// as `editable = "<path>"`, a workspace member as `editable` (or `virtual`, or `directory` when not
// editable). A moved path, another git reference or subdirectory, or a changed editable flag is a
// different source: uv re-locks.
import * as nodePath from "node:path";
import type { Requirement } from "../model/types.js";

export type ComparableSource =
	| { kind: "workspace" }
	| { kind: "local"; path: string; editable: boolean | "virtual" }
	| {
			kind: "git";
			repository: string;
			reference: string | null;
			subdirectory: string | null;
	  }
	| { kind: "url"; url: string; subdirectory: string | null };

/** The source a requirement (declared or recorded) takes its package from; null for an index. */
export function toComparableSource(
	requirement: Requirement,
): ComparableSource | null {
	const source = requirement.source;
	if (source === undefined) return null;
	switch (source.kind) {
		case "workspace":
			return { kind: "workspace" };
		case "git":
			return {
				kind: "git",
				repository: normalizeRepository(source.value ?? ""),
				reference: source.reference,
				subdirectory: source.subdirectory,
			};
		case "url":
			return {
				kind: "url",
				url: source.value ?? "",
				subdirectory: source.subdirectory,
			};
		default: {
			const path = nodePath.posix.normalize(
				nodePath.posix.join(
					source.base,
					(source.value ?? "").replace(/\\/g, "/"),
				),
			);
			const editable =
				source.kind === "virtual"
					? "virtual"
					: source.kind === "editable" ||
						(source.kind === "path" && requirement.editable);
			return { kind: "local", path: path.replace(/\/$/, ""), editable };
		}
	}
}

export function sameSource(
	a: ComparableSource | null,
	b: ComparableSource | null,
): boolean {
	if (a === null || b === null) return a === b;
	// A workspace source names a member, which uv records by its path: any local record matches.
	if (a.kind === "workspace" || b.kind === "workspace")
		return (
			(a.kind === "workspace" || a.kind === "local") &&
			(b.kind === "workspace" || b.kind === "local")
		);
	if (a.kind === "local" && b.kind === "local")
		return a.path === b.path && a.editable === b.editable;
	if (a.kind === "git" && b.kind === "git")
		return (
			a.repository === b.repository &&
			a.reference === b.reference &&
			a.subdirectory === b.subdirectory
		);
	if (a.kind === "url" && b.kind === "url")
		return a.url === b.url && a.subdirectory === b.subdirectory;
	return false;
}

export function describeSource(source: ComparableSource): string {
	switch (source.kind) {
		case "workspace":
			return "the workspace member";
		case "local":
			return `${source.path}${source.editable === true ? " (editable)" : ""}`;
		case "git":
			return `git ${source.repository}${source.reference === null ? "" : ` ${source.reference}`}${source.subdirectory === null ? "" : ` subdirectory ${source.subdirectory}`}`;
		case "url":
			return source.url;
	}
}

/** `git+https://github.com/org/repo.git/` and `https://github.com/org/repo` are one repository. */
function normalizeRepository(url: string): string {
	return url
		.replace(/^git\+/, "")
		.replace(/[#?].*$/, "")
		.replace(/\/+$/, "")
		.replace(/\.git$/, "");
}
