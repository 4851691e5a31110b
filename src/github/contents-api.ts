import {
	forEachConcurrently,
	selectAuditedFiles,
	type TreeEntry,
	writeInside,
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
): Promise<string[]> {
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
		if (item.mode === "120000") continue;
		if (prefix !== "." && !item.path.startsWith(`${prefix}/`)) continue;
		const path =
			prefix === "." ? item.path : item.path.slice(prefix.length + 1);
		entries.push({
			path,
			size: typeof item.size === "number" ? item.size : 0,
		});
		if (typeof item.sha === "string") blobShas.set(path, item.sha);
	}
	const files = selectAuditedFiles(entries);
	const written: string[] = [];
	await forEachConcurrently(files, 4, async (file) => {
		const full = prefix === "." ? file.path : `${prefix}/${file.path}`;
		const response = await client.request(
			"GET /repos/{owner}/{repo}/contents/{path}",
			{ owner, repo, path: full, ref: commit },
		);
		let content = response.data as { encoding?: unknown; content?: unknown };
		const blobSha = blobShas.get(file.path);
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
		await writeInside(
			destDir,
			file.path,
			Buffer.from(content.content, "base64"),
		);
		written.push(file.path);
	});
	return written.sort();
}
