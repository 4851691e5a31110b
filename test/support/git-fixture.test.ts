import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createGitFixture, type GitFixture, hasCommit } from "./git-fixture.js";

let fixture: GitFixture | undefined;
afterEach(() => {
	fixture?.cleanup();
	fixture = undefined;
});

const base = { "requirements.txt": "mcp==1.23.3\n", "README.md": "fleet\n" };

describe("createGitFixture", () => {
	it("checks out the merge commit whose parents are base and head", () => {
		fixture = createGitFixture({
			base,
			head: {
				"requirements.txt": "mcp==1.23.3\nhttpx==0.26.0\n",
				"README.md": null,
			},
		});
		const { dir, baseSha, headSha, mergeSha } = fixture;
		expect(readFileSync(join(dir, "requirements.txt"), "utf8")).toBe(
			"mcp==1.23.3\nhttpx==0.26.0\n",
		);
		expect(() => readFileSync(join(dir, "README.md"))).toThrow();
		const parents = execFileSync(
			"git",
			["rev-list", "--parents", "-n", "1", "HEAD"],
			{
				cwd: dir,
				encoding: "utf8",
			},
		).trim();
		expect(parents).toBe(`${mergeSha} ${baseSha} ${headSha}`);
		expect(fixture.headFiles).toEqual({
			"requirements.txt": "mcp==1.23.3\nhttpx==0.26.0\n",
		});
		expect(hasCommit(dir, baseSha)).toBe(true);
	});

	it("gives the same base sha for the same base files", () => {
		fixture = createGitFixture({ base, head: {} });
		const again = createGitFixture({ base, head: { "a.txt": "a\n" } });
		try {
			expect(again.baseSha).toBe(fixture.baseSha);
			expect(again.headSha).not.toBe(fixture.headSha);
		} finally {
			again.cleanup();
		}
	});

	it("leaves the base out of a shallow checkout until it is fetched by sha", () => {
		fixture = createGitFixture({
			base,
			head: { "requirements.txt": "mcp==1.24.0\n" },
			shallow: true,
		});
		expect(hasCommit(fixture.dir, fixture.baseSha)).toBe(false);
		execFileSync(
			"git",
			["fetch", "--quiet", "--depth=1", "origin", fixture.baseSha],
			{
				cwd: fixture.dir,
				env: { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: "/dev/null" },
			},
		);
		expect(hasCommit(fixture.dir, fixture.baseSha)).toBe(true);
	});
});
