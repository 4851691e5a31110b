import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { isPlainPath, matchesGlob } from "../../src/policy/glob-match.js";

// Root-relative paths as discovery writes them: segments joined by `/`, no `./`, no trailing `/`.
const SEGMENT_CHARS = [..."abcAB09_-. ", ..."*?[]{}()!+@\\^$|,#%&'=~;:<>\"`"];
const segment = fc
	.array(fc.constantFrom(...SEGMENT_CHARS), { minLength: 1, maxLength: 6 })
	.map((chars) => chars.join(""));
const path = fc
	.array(segment, { minLength: 1, maxLength: 4 })
	.map((segments) => segments.join("/"));
const plainSegment = fc
	.array(fc.constantFrom(..."abcAB09_-. "), { minLength: 1, maxLength: 6 })
	.map((chars) => chars.join(""));
const plainLooking = fc
	.array(plainSegment, { minLength: 1, maxLength: 4 })
	.map((segments) => segments.join("/"));

describe("matchesGlob", () => {
	it("answers as picomatch.isMatch with dot files, however often a glob is asked", () => {
		const globs = [
			"servers/*/pyproject.toml",
			"**/requirements-*.txt",
			"servers/{a,b}/*",
			"!servers/legacy*",
			"servers/[ab]*",
			"+(a|b)/x",
			".hidden/**",
			"servers/scraper-1*",
		];
		const paths = [
			"servers/a/pyproject.toml",
			"servers/.a/pyproject.toml",
			"requirements-mcp.txt",
			"x/requirements-dev.txt",
			"servers/b/c",
			"servers/legacy-1",
			"a/x",
			".hidden/deep/file",
			"servers/scraper-10",
		];
		for (let round = 0; round < 2; round++)
			for (const glob of globs)
				for (const candidate of paths)
					expect(matchesGlob(candidate, glob), `${glob} ${candidate}`).toBe(
						picomatch.isMatch(candidate, glob, { dot: true }),
					);
	});

	it("agrees with picomatch on generated globs and paths", () => {
		fc.assert(
			fc.property(path, path, (glob, candidate) => {
				let expected: boolean | "throws";
				try {
					expected = picomatch.isMatch(candidate, glob, { dot: true });
				} catch {
					expected = "throws";
				}
				let actual: boolean | "throws";
				try {
					actual = matchesGlob(candidate, glob);
				} catch {
					actual = "throws";
				}
				expect(actual).toBe(expected);
			}),
			{ numRuns: 3000, seed: 13 },
		);
	});
});

describe("isPlainPath", () => {
	it("holds only for globs that picomatch matches against the one path they spell", () => {
		let plain = 0;
		fc.assert(
			fc.property(
				fc.oneof(path, plainLooking),
				fc.array(fc.oneof(path, plainLooking), { maxLength: 8 }),
				(glob, others) => {
					if (!isPlainPath(glob)) return;
					plain++;
					const candidates = [
						glob,
						...others,
						glob.toUpperCase(),
						`${glob}x`,
						`x${glob}`,
						`${glob}/x`,
						`x/${glob}`,
					];
					for (const candidate of candidates)
						expect(
							picomatch.isMatch(candidate, glob, { dot: true }),
							`${glob} ${candidate}`,
						).toBe(candidate === glob);
				},
			),
			{ numRuns: 5000, seed: 7 },
		);
		expect(plain).toBeGreaterThan(1000);
	});

	it("is refused for globs, negations, escapes, directories and unnormalized segments", () => {
		for (const plain of [
			"servers/a/requirements-mcp.txt",
			"requirements.txt",
			"a b/c.d-e_f",
			".hidden/x",
			"x/.y",
		])
			expect(isPlainPath(plain), plain).toBe(true);
		for (const glob of [
			"servers/*/x",
			"a?b",
			"[ab]",
			"{a,b}",
			"!x",
			"+(a)",
			"@(a)",
			"a\\b",
			"a/",
			"a//b",
			"./a",
			"../a",
			"a/../b",
			"a/./b",
			".",
			"..",
			"",
		])
			expect(isPlainPath(glob), glob).toBe(false);
	});
});
