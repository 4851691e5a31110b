// The branch a canary pull request lives on: `pin-audit/rollout/<package>-<version>`. Package and version come
// from the repository (an index's answer, a lock), so the last segment is reduced to characters git accepts in a
// ref name in every position (git check-ref-format: no control characters, space, `~^:?*[\`, `..`, `@{`, no
// segment starting with `.` or ending with `.lock` or `.`). Pure.

export const ROLLOUT_BRANCH_PREFIX = "pin-audit/rollout/";

const MAX_SEGMENT = 120;

export function rolloutBranch(name: string, version: string): string {
	return `${ROLLOUT_BRANCH_PREFIX}${refSegment(`${name}-${version}`)}`;
}

/** One ref segment from any text: letters, digits, `.`, `_`, `+`, `-` only, and none of git's forbidden shapes. */
export function refSegment(text: string): string {
	let out = text
		.replace(/[^A-Za-z0-9._+-]+/g, "-")
		.replace(/\.{2,}/g, ".")
		.slice(0, MAX_SEGMENT)
		.replace(/^[.-]+/, "")
		.replace(/\.+$/, "");
	if (out.endsWith(".lock")) out = `${out.slice(0, -".lock".length)}-lock`;
	return out === "" ? "package" : out;
}
