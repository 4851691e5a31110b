// Which of the metadata a uv.lock records belongs to the project itself.
import * as nodePath from "node:path";
import type { LockMetadata, Project } from "../model/types.js";
import { listLockedEntries } from "./rule-context.js";

/**
 * The metadata of the project's own package: the locked entry whose local source (`editable = "."`,
 * `virtual = "packages/x"`) resolves to the project's directory. Null when none does: better no comparison
 * than one against a sibling's manifest.
 */
export function findOwnMetadata(project: Project): LockMetadata | null {
	for (const entry of listLockedEntries(project)) {
		if (
			!["editable", "virtual", "directory"].includes(entry.source) ||
			entry.sourceUrl === null
		)
			continue;
		const lockDirectory = nodePath.posix.dirname(entry.file);
		const resolved = nodePath.posix.normalize(
			nodePath.posix.join(lockDirectory, entry.sourceUrl),
		);
		if (resolved.replace(/\/$/, "") !== project.path) continue;
		const metadata = project.lockMetadata.find(
			(candidate) => candidate.package === entry.name,
		);
		if (metadata !== undefined) return metadata;
	}
	return null;
}
