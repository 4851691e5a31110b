// A link met by the discovery walk, resolved like the OS (resolve-path.ts) and refused, with a reason, when the
// audit cannot follow it exactly or when it leads into a directory the walk skips (`.git`, `node_modules`, a
// virtualenv, a tool's environments, a template): a link never makes the audit read what the walk would not.
import { classifyFile } from "./classify-file.js";
import type { DiscoveryIssue } from "./discovered-file.js";
import { type PathView, resolvePath } from "./resolve-path.js";
import { findSkippedAncestor } from "./skipped-dirs.js";

export type FollowedLink = {
	kind: "file" | "dir" | "none";
	/** Where the link leads (root-relative, no link left in it), or the link's own path when refused. */
	path: string;
	issue?: DiscoveryIssue;
};

/** The link at `relPath` (a root-relative POSIX path) followed, or refused and said. */
export async function followLink(
	rootReal: string,
	view: PathView,
	relPath: string,
	names: ReadonlySet<string>,
): Promise<FollowedLink> {
	const resolved = await resolvePath(view, "", relPath);
	const dependencyFile = classifyFile(relPath, names) !== null;
	if (!resolved.ok)
		return refuse(
			relPath,
			dependencyFile,
			resolved.reason === "missing"
				? `broken symbolic link: ${resolved.message}`
				: `symbolic link not followed: ${resolved.message}`,
			resolved.reason !== "missing",
		);
	if (resolved.kind === "dir") return { kind: "dir", path: resolved.path };
	if (resolved.kind !== "file") return { kind: "none", path: relPath };
	const skipped = await findSkippedAncestor(rootReal, resolved.path);
	if (skipped === null) return { kind: "file", path: resolved.path };
	return refuse(
		relPath,
		dependencyFile,
		`symbolic link not followed: it leads to '${resolved.path}' inside ${skipped}, which pin-audit does not read`,
		true,
	);
}

/**
 * An installer reads a dependency file through its link: what the audit cannot follow is an `unauditable`
 * error (a broken link is an error without it: pip fails on it too); any other link is a warning.
 */
function refuse(
	relPath: string,
	dependencyFile: boolean,
	message: string,
	unauditable: boolean,
): FollowedLink {
	const issue: DiscoveryIssue =
		dependencyFile && unauditable
			? {
					severity: "error",
					rule: "unauditable",
					path: relPath,
					message: `${message}; an installer would read it, so it was not audited; make it a regular file in the repository`,
				}
			: {
					severity: dependencyFile ? "error" : "warning",
					path: relPath,
					message,
				};
	return { kind: "none", path: relPath, issue };
}
