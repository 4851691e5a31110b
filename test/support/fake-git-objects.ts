// Git objects as git itself names them (SHA-1 of `<type> <size>\0<content>`), so the fake GitHub's blobs, trees
// and commits have the ids real git would give the same content. Trees are kept flat (path -> entry) and hashed
// as git's nested trees.
import { createHash } from "node:crypto";

export interface TreeEntry {
	mode: string;
	sha: string;
}

export interface GitPerson {
	name: string;
	email: string;
	date: string;
}

export type GitObject =
	| { type: "blob"; content: Buffer }
	| { type: "tree"; entries: Map<string, TreeEntry> }
	| {
			type: "commit";
			tree: string;
			parents: string[];
			message: string;
			author: GitPerson;
			committer: GitPerson;
	  };

export interface FakeGitState {
	objects: Map<string, GitObject>;
	/** `heads/main` -> commit id. */
	refs: Map<string, string>;
}

function hash(type: string, content: Buffer): string {
	return createHash("sha1")
		.update(`${type} ${content.length}\0`)
		.update(content)
		.digest("hex");
}

export function storeBlob(git: FakeGitState, content: Buffer): string {
	const sha = hash("blob", content);
	git.objects.set(sha, { type: "blob", content });
	return sha;
}

/** Stores a flat tree (and the nested trees git would write for it); returns the root tree's id. */
export function storeTree(
	git: FakeGitState,
	entries: Map<string, TreeEntry>,
): string {
	const sha = hashNested(entries, "");
	git.objects.set(sha, { type: "tree", entries: new Map(entries) });
	return sha;
}

function hashNested(entries: Map<string, TreeEntry>, prefix: string): string {
	const children = new Map<string, TreeEntry | "tree">();
	for (const [path, entry] of entries) {
		if (!path.startsWith(prefix)) continue;
		const [head, ...rest] = path.slice(prefix.length).split("/");
		if (head) children.set(head, rest.length > 0 ? "tree" : entry);
	}
	// git sorts a tree's entries by name, a subtree's name as if it ended in "/".
	const named = [...children].map(([name, entry]) => ({
		name,
		key: entry === "tree" ? `${name}/` : name,
		mode: entry === "tree" ? "40000" : entry.mode,
		sha:
			entry === "tree" ? hashNested(entries, `${prefix}${name}/`) : entry.sha,
	}));
	named.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const content = Buffer.concat(
		named.flatMap((e) => [
			Buffer.from(`${e.mode} ${e.name}\0`),
			Buffer.from(e.sha, "hex"),
		]),
	);
	return hash("tree", content);
}

export function storeCommit(
	git: FakeGitState,
	commit: Omit<Extract<GitObject, { type: "commit" }>, "type">,
): string {
	const person = (p: GitPerson) =>
		`${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
	const text = [
		`tree ${commit.tree}`,
		...commit.parents.map((p) => `parent ${p}`),
		`author ${person(commit.author)}`,
		`committer ${person(commit.committer)}`,
		"",
		commit.message,
	].join("\n");
	const sha = hash("commit", Buffer.from(text));
	git.objects.set(sha, { type: "commit", ...commit });
	return sha;
}

/** A repository whose branch `branch` has one commit holding `files`. */
export function seedGit(
	branch: string,
	files: Record<string, string>,
	date: string,
): FakeGitState {
	const git: FakeGitState = { objects: new Map(), refs: new Map() };
	const entries = new Map<string, TreeEntry>();
	for (const [path, text] of Object.entries(files))
		entries.set(path, {
			mode: "100644",
			sha: storeBlob(git, Buffer.from(text, "utf8")),
		});
	const person = { name: "fleet", email: "fleet@example.com", date };
	const commit = storeCommit(git, {
		tree: storeTree(git, entries),
		parents: [],
		message: "Initial commit",
		author: person,
		committer: person,
	});
	git.refs.set(`heads/${branch}`, commit);
	return git;
}

/** The files (path -> UTF-8 text) of the commit a ref points at; undefined when there is no such ref. */
export function filesAt(
	git: FakeGitState,
	ref: string,
): Record<string, string> | undefined {
	const commit = git.objects.get(git.refs.get(ref) ?? "");
	if (commit?.type !== "commit") return undefined;
	const tree = git.objects.get(commit.tree);
	if (tree?.type !== "tree") return undefined;
	const out: Record<string, string> = {};
	for (const [path, entry] of tree.entries) {
		const blob = git.objects.get(entry.sha);
		if (blob?.type === "blob") out[path] = blob.content.toString("utf8");
	}
	return out;
}

/** Whether `ancestor` is `commit` or one of its ancestors. */
export function isAncestor(
	git: FakeGitState,
	ancestor: string,
	commit: string,
): boolean {
	const seen = new Set<string>();
	const queue = [commit];
	for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
		if (sha === ancestor) return true;
		if (seen.has(sha)) continue;
		seen.add(sha);
		const object = git.objects.get(sha);
		if (object?.type === "commit") queue.push(...object.parents);
	}
	return false;
}
