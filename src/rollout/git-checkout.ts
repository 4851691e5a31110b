// Where the audited root sits in its git work tree: what every git history question starts from.

import { relative, sep } from "node:path";
import { realpath } from "../async-fs.js";
import { ConfigurationError } from "../errors.js";
import { runGit } from "../github/git-tree.js";

export interface GitCheckout {
	/** The git work tree's top directory. */
	repoDir: string;
	/** The audited root relative to it, POSIX, "." for the top. */
	prefix: string;
}

/** Where the audited root sits in its git work tree; a configuration error when it is not in one. */
export async function findCheckout(root: string): Promise<GitCheckout> {
	let top: string;
	try {
		top = (await runGit(["rev-parse", "--show-toplevel"], root))
			.toString("utf8")
			.trim();
	} catch {
		throw new ConfigurationError(
			`${root} is not in a git work tree: --base-ref needs the repository's history`,
		);
	}
	const inside = relative(await realpath(top), await realpath(root));
	return {
		repoDir: top,
		prefix: inside === "" ? "." : inside.split(sep).join("/"),
	};
}
