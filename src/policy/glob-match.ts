// The policy's globs (picomatch, dot files included), each compiled once. `picomatch.isMatch` compiles its glob on
// every call, and a fleet asks the same few globs of thousands of paths: 1,000 projects under the example's own
// `[[install]]` declaration made 3 million compilations, 25 s of a 27 s audit (bench/results.md, round 13).
import picomatch from "picomatch";
import { createBoundedCache } from "../model/bounded-cache.js";

const matchers = createBoundedCache<(path: string) => boolean>(10_000);

/** Whether `path` matches `glob`: `picomatch.isMatch(path, glob, { dot: true })`, with the glob compiled once. */
export function matchesGlob(path: string, glob: string): boolean {
	return matchers.get(glob, compileGlob)(path);
}

// As picomatch.isMatch compiles (its `windows` unset, which the default export would set on Windows): the paths
// asked are root-relative POSIX paths everywhere.
function compileGlob(glob: string): (path: string) => boolean {
	return picomatch(glob, { dot: true, windows: false });
}

// Letters, digits and `_`, `-`, `.`, `/` and space only, not a directory (a trailing `/`), no empty or parent segment.
const PLAIN_PATH =
	/^(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))(?!.*\/\/)[\w. /-]*[\w. -]$/;

/**
 * Whether picomatch reads `glob` as the one path it spells: none of the characters that make a glob, an extglob, a
 * brace, an escape or a negation, and no segment it would normalize. Such a glob matches a normalized path exactly
 * when the two are equal (test/policy/glob-match.test.ts holds this to picomatch), so a fleet can look it up.
 */
export function isPlainPath(glob: string): boolean {
	return PLAIN_PATH.test(glob);
}
