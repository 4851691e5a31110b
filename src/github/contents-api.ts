import {
	type MaterializeResult,
	materializeEntries,
	type TreeEntry,
} from "./git-tree.js";
import type { RestClient } from "./rest-client.js";

// The fallback when git cannot produce a commit's files (no .git in the workspace, the fetch is refused): the
// same file selection, read over the REST API. Endpoints: GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1
// to list, GET /repos/{owner}/{repo}/contents/{path}?ref={sha} (base64 JSON) for each file.

export async function materializeFromApi(
	client: RestClient,
	owner: string,
	repo: string,
	commit: string,
	prefix: string,
	destDir: string,
): Promise<MaterializeResult> {
	const tree = await client.request(
		"GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
		{ owner, repo, tree_sha: commit, recursive: "1" },
	);
	const data = tree.data as {
		truncated?: boolean;
		tree?: {
			path?: unknown;
			type?: unknown;
			size?: unknown;
			mode?: unknown;
			sha?: unknown;
		}[];
	};
	if (data.truncated)
		throw new Error(
			`the tree of ${commit} is too large for the REST API (truncated listing)`,
		);
	const entries: TreeEntry[] = [];
	const blobShas = new Map<string, string>();
	for (const item of data.tree ?? []) {
		if (item.type !== "blob" || typeof item.path !== "string") continue;
		if (prefix !== "." && !item.path.startsWith(`${prefix}/`)) continue;
		const path =
			prefix === "." ? item.path : item.path.slice(prefix.length + 1);
		entries.push({
			path,
			size: typeof item.size === "number" ? item.size : 0,
			// A link is kept and followed (materializeEntries): dropping it would hide the file it stands for.
			...(item.mode === "120000" ? { symlink: true } : {}),
		});
		if (typeof item.sha === "string") blobShas.set(path, item.sha);
	}
	const readBlob = async (file: TreeEntry): Promise<Uint8Array> => {
		const full = prefix === "." ? file.path : `${prefix}/${file.path}`;
		const blobSha = blobShas.get(file.path);
		let content: { encoding?: unknown; content?: unknown } = {};
		// The contents API answers a link with its target as JSON (type "symlink"), not the blob; the blobs API
		// serves the link's raw target text.
		if (!file.symlink || !blobSha) {
			const response = await client.request(
				"GET /repos/{owner}/{repo}/contents/{path}",
				{ owner, repo, path: full, ref: commit },
			);
			content = response.data as typeof content;
		}
		// The contents API leaves `content` empty (encoding "none") above 1 MB; the blobs API serves up to 100 MB.
		if (content.encoding !== "base64" && blobSha) {
			const blob = await client.request(
				"GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
				{ owner, repo, file_sha: blobSha },
			);
			content = blob.data as typeof content;
		}
		if (content.encoding !== "base64" || typeof content.content !== "string")
			throw new Error(`the REST API returned no content for ${full}`);
		return Buffer.from(content.content, "base64");
	};
	return materializeEntries(entries, destDir, 4, readBlob);
}
