// Where the CLI keeps V8's code cache of its engine: a directory only this user can write, because whatever is
// in it is run as code. Node's own variables decide as they do for Node's compile cache: NODE_DISABLE_COMPILE_CACHE
// turns it off, NODE_COMPILE_CACHE moves it (into a `pin-audit` directory there); the default is per user under
// the temporary directory. Any doubt about the directory means no cache, never an error.
import { lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The cache directory, made if missing; null when turned off or when the directory cannot be trusted. */
export function codeCacheDirectory(
	env: Readonly<Record<string, string | undefined>>,
): string | null {
	if (env.NODE_DISABLE_COMPILE_CACHE) return null;
	const uid = process.getuid?.();
	const directory = env.NODE_COMPILE_CACHE
		? join(env.NODE_COMPILE_CACHE, "pin-audit")
		: join(
				tmpdir(),
				`pin-audit-code-cache${uid === undefined ? "" : `-${uid}`}`,
			);
	try {
		mkdirSync(directory, { recursive: true, mode: 0o700 });
		return isPrivateDirectory(directory, uid) ? directory : null;
	} catch {
		return null;
	}
}

/**
 * A real directory (not a link to one) that no other user can write: in a shared temporary directory another
 * user could have made it first, and a planted cache file would run as this user's code.
 */
function isPrivateDirectory(
	directory: string,
	uid: number | undefined,
): boolean {
	const stat = lstatSync(directory);
	if (!stat.isDirectory()) return false;
	// Windows has no owner or mode bits here; its temporary directory is per user.
	if (uid === undefined) return true;
	return stat.uid === uid && (stat.mode & 0o022) === 0;
}
