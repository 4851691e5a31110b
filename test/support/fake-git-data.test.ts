// The fake GitHub's Git Data API and pull requests: git's own object ids, GitHub's refusals, and every request
// and answer valid against GitHub's OpenAPI description.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { write } from "./dated-git.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";

let fake: FakeGitHub | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

const FILES = {
	"README.md": "fleet\n",
	"servers/scraper/requirements.txt": "mcp==1.23.1\n",
	"servers/scraper/pyproject.toml": '[project]\nname = "scraper"\n',
};

async function call(
	method: string,
	path: string,
	body?: unknown,
): Promise<{
	status: number;
	json: Record<string, unknown> & { number: number }[];
}> {
	const res = await fetch(`${fake?.url}/repos/o/r${path}`, {
		method,
		headers: {
			authorization: "token t0k3n",
			accept: "application/vnd.github+json",
			...(body === undefined ? {} : { "content-type": "application/json" }),
		},
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	return { status: res.status, json: (await res.json()) as never };
}

function gitOut(dir: string, args: string[]): string {
	return execFileSync("git", args, {
		cwd: dir,
		encoding: "utf8",
		env: {
			PATH: process.env.PATH ?? "",
			GIT_CONFIG_GLOBAL: "/dev/null",
			HOME: dir,
		},
	}).trim();
}

/** Branch `name` off main with `files` changed; returns its commit. */
async function branch(name: string, files: Record<string, string>) {
	const head = (await call("GET", "/git/ref/heads/main")).json.object as {
		sha: string;
	};
	const base = (await call("GET", `/git/commits/${head.sha}`)).json.tree as {
		sha: string;
	};
	const tree = [];
	for (const [path, content] of Object.entries(files)) {
		const blob = await call("POST", "/git/blobs", {
			content,
			encoding: "utf-8",
		});
		expect(blob.status).toBe(201);
		tree.push({ path, mode: "100644", type: "blob", sha: blob.json.sha });
	}
	const made = await call("POST", "/git/trees", { base_tree: base.sha, tree });
	expect(made.status).toBe(201);
	const commit = await call("POST", "/git/commits", {
		message: "move",
		tree: made.json.sha,
		parents: [head.sha],
	});
	expect(commit.status).toBe(201);
	const ref = await call("POST", "/git/refs", {
		ref: `refs/heads/${name}`,
		sha: commit.json.sha,
	});
	expect(ref.status).toBe(201);
	return { commit: String(commit.json.sha), base: head.sha };
}

describe("fake GitHub: Git Data API", () => {
	it("names blobs and trees as git does", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			files: { main: FILES },
		});
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-fake-git-"));
		try {
			gitOut(dir, ["init", "-q"]);
			write(dir, FILES);
			gitOut(dir, ["add", "-A"]);
			const head = (await call("GET", "/git/ref/heads/main")).json.object as {
				sha: string;
			};
			const commit = await call("GET", `/git/commits/${head.sha}`);
			expect((commit.json.tree as { sha: string }).sha).toBe(
				gitOut(dir, ["write-tree"]),
			);
			const blob = await call("POST", "/git/blobs", {
				content: FILES["README.md"],
			});
			expect(blob.json.sha).toBe(gitOut(dir, ["hash-object", "README.md"]));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		expect(fake.violations).toEqual([]);
	});

	it("builds a branch on the base tree, refuses a duplicate ref and a non-fast-forward unless forced", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			files: { main: FILES },
		});
		const moved = { "servers/scraper/requirements.txt": "mcp==1.23.3\n" };
		const first = await branch("pin-audit/rollout/mcp-1.23.3", moved);
		expect(fake.branchFiles("pin-audit/rollout/mcp-1.23.3")).toEqual({
			...FILES,
			...moved,
		});
		expect(fake.branchFiles("main")).toEqual(FILES);
		const again = await call("POST", "/git/refs", {
			ref: "refs/heads/pin-audit/rollout/mcp-1.23.3",
			sha: first.commit,
		});
		expect([again.status, again.json.message]).toEqual([
			422,
			"Reference already exists",
		]);
		const ref = "/git/refs/heads/pin-audit/rollout/mcp-1.23.3";
		const back = await call("PATCH", ref, { sha: first.base });
		expect([back.status, back.json.message]).toEqual([
			422,
			"Update is not a fast forward",
		]);
		expect(
			(await call("PATCH", ref, { sha: first.base, force: true })).status,
		).toBe(200);
		expect(fake.branchFiles("pin-audit/rollout/mcp-1.23.3")).toEqual(FILES);
		const bad = await call("POST", "/git/refs", {
			ref: "refs/heads/a..b",
			sha: first.commit,
		});
		expect(bad.status).toBe(422);
		expect(fake.violations).toEqual([]);
	});

	it("reports a request outside GitHub's description (a misspelt field)", async () => {
		fake = await startFakeGitHub({ owner: "o", repo: "r" });
		await call("POST", "/git/blobs", { content: "x", encodng: "utf-8" });
		expect(fake.violations.map((v) => v.message)).toContainEqual(
			expect.stringContaining('body field "encodng"'),
		);
	});
});

describe("fake GitHub: pull requests", () => {
	it("opens one pull request per head branch, lists it by head, edits it, and shows it under /issues", async () => {
		fake = await startFakeGitHub({
			owner: "o",
			repo: "r",
			files: { main: FILES },
		});
		expect((await call("GET", "")).json.default_branch).toBe("main");
		await branch("topic", { "README.md": "changed\n" });
		const open = { title: "Move", head: "topic", base: "main", body: "why" };
		const created = await call("POST", "/pulls", open);
		expect(created.status).toBe(201);
		const again = await call("POST", "/pulls", open);
		expect([again.status, again.json.message]).toEqual([
			422,
			"A pull request already exists for o:topic.",
		]);
		const listed = await call("GET", "/pulls?state=open&head=o%3Atopic");
		expect(listed.json.map((p: { number: number }) => p.number)).toEqual([
			created.json.number,
		]);
		expect((await call("GET", "/pulls?head=o%3Aother")).json).toEqual([]);
		const edited = await call("PATCH", `/pulls/${created.json.number}`, {
			body: "new",
		});
		expect([edited.status, edited.json.body]).toEqual([200, "new"]);
		const issues = await call("GET", "/issues");
		expect(issues.json[0]).toHaveProperty("pull_request");
		const same = await call("POST", "/pulls", { ...open, head: "main" });
		expect(same.status).toBe(422);
		expect(fake.violations).toEqual([]);
	});
});
