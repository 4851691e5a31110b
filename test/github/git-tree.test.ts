import { execFileSync } from "node:child_process";
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import {
	headCommit,
	materializeFromGit,
	resolveCommit,
	selectAuditedFiles,
	writeInside,
} from "../../src/github/git-tree.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-git-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
	execFileSync(
		"git",
		[
			"-c",
			"user.email=t@example.test",
			"-c",
			"user.name=t",
			"-c",
			"init.defaultBranch=main",
			...args,
		],
		{
			cwd,
			encoding: "utf8",
		},
	).trim();

function write(dir: string, path: string, text: string) {
	mkdirSync(join(dir, path, ".."), { recursive: true });
	writeFileSync(join(dir, path), text);
}

/** An origin with a base and a head commit, and a depth-1 clone of the head (like actions/checkout). */
function makeRepos() {
	const origin = join(scratch, "origin");
	mkdirSync(origin);
	git(origin, "init", "-q");
	write(origin, "svc/requirements.txt", "mcp==1.23.3\n-r common.txt\n");
	write(origin, "svc/common.txt", "anyio==4.2.0\n");
	write(
		origin,
		"svc/pyproject.toml",
		'[project]\nname = "svc"\nversion = "0"\n',
	);
	write(origin, "svc/README.md", "not a dependency file\n");
	write(origin, "other/requirements.txt", "rich\n");
	git(origin, "add", ".");
	git(origin, "commit", "-qm", "base");
	const base = git(origin, "rev-parse", "HEAD");
	write(origin, "svc/requirements.txt", "mcp==1.24.0\n");
	git(origin, "commit", "-qam", "head");
	const head = git(origin, "rev-parse", "HEAD");
	const clone = join(scratch, "clone");
	git(scratch, "clone", "-q", "--depth=1", `file://${origin}`, clone);
	return { origin, clone, base, head };
}

describe("git-tree", () => {
	const repos = makeRepos();

	it("fetches a base commit missing from a shallow checkout", async () => {
		expect(await headCommit(repos.clone)).toBe(repos.head);
		expect(() =>
			git(repos.clone, "cat-file", "-e", `${repos.base}^{commit}`),
		).toThrow();
		expect(await resolveCommit(repos.clone, repos.base)).toEqual({
			commit: repos.base,
			fetched: true,
		});
		expect(await resolveCommit(repos.clone, repos.base)).toEqual({
			commit: repos.base,
			fetched: false,
		});
	});

	it("writes the dependency files under the path (and possible -r targets), nothing else", async () => {
		const dest = mkdtempSync(join(scratch, "base-"));
		const files = await materializeFromGit(
			repos.clone,
			repos.base,
			"svc",
			dest,
		);
		expect(files).toEqual({
			files: ["common.txt", "pyproject.toml", "requirements.txt"],
			warnings: [],
		});
		expect(readdirSync(dest).sort()).toEqual([
			"common.txt",
			"pyproject.toml",
			"requirements.txt",
		]);
		expect(readFileSync(join(dest, "requirements.txt"), "utf8")).toBe(
			"mcp==1.23.3\n-r common.txt\n",
		);
	});

	it("writes links as links and their targets as files, so the audit follows them as it follows a checkout", async () => {
		// The pull_request_target repro: the PR moves the pins into deps.dat and makes requirements.txt a link.
		const repo = join(scratch, "links");
		mkdirSync(repo);
		git(repo, "init", "-q");
		write(repo, "svc/deps.dat", "mcp==1.23.3\nhttpx==0.26.0\n");
		symlinkSync("deps.dat", join(repo, "svc/requirements.txt"));
		write(repo, "svc/pins/real.txt", "anyio==4.2.0\n");
		// A link to a link: followed to the file.
		symlinkSync("pins/real.txt", join(repo, "svc/pins-link.txt"));
		symlinkSync("pins-link.txt", join(repo, "svc/requirements-dev.txt"));
		symlinkSync("/etc/passwd", join(repo, "svc/requirements-abs.txt"));
		symlinkSync("../../outside.txt", join(repo, "svc/requirements-up.txt"));
		symlinkSync("missing.txt", join(repo, "svc/requirements-gone.txt"));
		// A file link through a directory link: pip opens vendor/deps.cfg.
		write(repo, "svc/vendor/deps.cfg", "flask==3.0.0\n");
		symlinkSync("vendor", join(repo, "svc/lib"));
		symlinkSync("lib/deps.cfg", join(repo, "svc/requirements-lib.txt"));
		// More links than the OS follows (40).
		for (let i = 0; i < 41; i++)
			symlinkSync(`hop${i + 1}`, join(repo, `svc/hop${i}`));
		write(repo, "svc/hop41", "flask\n");
		symlinkSync("hop0", join(repo, "svc/requirements-deep.txt"));
		git(repo, "add", ".");
		git(repo, "commit", "-qm", "links");
		const commit = git(repo, "rev-parse", "HEAD");
		const dest = mkdtempSync(join(scratch, "links-"));
		const result = await materializeFromGit(repo, commit, "svc", dest);
		expect(result.warnings).toEqual([]);
		expect(readlinkSync(join(dest, "requirements.txt"))).toBe("deps.dat");
		expect(readFileSync(join(dest, "deps.dat"), "utf8")).toBe(
			"mcp==1.23.3\nhttpx==0.26.0\n",
		);
		const report = await auditRepository({ root: dest });
		expect(
			report.projects
				.flatMap((p) => p.requirements)
				.map((r) => `${r.name}${r.specifier}`)
				.sort(),
		).toEqual(["anyio==4.2.0", "flask==3.0.0", "httpx==0.26.0", "mcp==1.23.3"]);
		expect(
			report.findings
				.filter((f) => f.rule === "unauditable" || f.rule === "discovery")
				.map((f) => [f.rule, f.file]),
		).toEqual([
			["unauditable", "requirements-abs.txt"],
			["unauditable", "requirements-deep.txt"],
			["discovery", "requirements-gone.txt"],
			["unauditable", "requirements-up.txt"],
			// Not a dependency file's name: a warning that the chain was not followed.
			["discovery", "hop0"],
		]);
	});

	it("writes a blob over the size limit as a sparse file of its size: the audit says it could not read it", async () => {
		const repo = join(scratch, "huge");
		mkdirSync(repo);
		git(repo, "init", "-q");
		write(
			repo,
			"requirements.txt",
			`flask==3.0.0\n${" ".repeat(17 * 1024 * 1024)}\nrequests\n`,
		);
		git(repo, "add", ".");
		git(repo, "commit", "-qm", "padded");
		const commit = git(repo, "rev-parse", "HEAD");
		const dest = mkdtempSync(join(scratch, "huge-"));
		await materializeFromGit(repo, commit, ".", dest);
		const report = await auditRepository({ root: dest });
		expect(report.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
			["unauditable", "error", "requirements.txt"],
		]);
	});

	it("copies -r/-c targets whatever their name, recursively, inside the audited directory", async () => {
		const repo = join(scratch, "includes");
		mkdirSync(repo);
		git(repo, "init", "-q");
		write(
			repo,
			"svc/requirements.txt",
			"-r base.pip\n-c constraints.cfg\nmcp\n",
		);
		write(repo, "svc/base.pip", "-r nested/more.deps\nanyio==4.2.0\n");
		write(repo, "svc/nested/more.deps", "httpx==0.26.0\n");
		write(repo, "svc/constraints.cfg", "mcp==1.23.3\n");
		write(repo, "svc/unrelated.cfg", "[tool]\n");
		write(repo, "elsewhere.pip", "rich\n");
		write(repo, "svc/requirements-up.txt", "-r ../elsewhere.pip\n");
		git(repo, "add", ".");
		git(repo, "commit", "-qm", "includes");
		const commit = git(repo, "rev-parse", "HEAD");
		const dest = mkdtempSync(join(scratch, "includes-"));
		const result = await materializeFromGit(repo, commit, "svc", dest);
		expect(result).toEqual({
			files: [
				"base.pip",
				"constraints.cfg",
				"nested/more.deps",
				"requirements-up.txt",
				"requirements.txt",
			],
			warnings: [],
		});
		expect(readFileSync(join(dest, "nested/more.deps"), "utf8")).toBe(
			"httpx==0.26.0\n",
		);
	});

	it("never follows a link into a skipped directory, and skips a committed virtualenv, as the checkout does", async () => {
		const repo = join(scratch, "skipped");
		mkdirSync(repo);
		git(repo, "init", "-q");
		write(repo, ".venv/pyvenv.cfg", "home = /usr/bin\n");
		write(repo, ".venv/bin/activate", "");
		write(repo, ".venv/lib/site/requirements.txt", "flask\n");
		write(repo, ".tox/py311/requirements.txt", "flask\n");
		write(repo, "svc/requirements.txt", "mcp==1.23.3\n");
		symlinkSync(
			"../.venv/lib/site/requirements.txt",
			join(repo, "svc/requirements-venv.txt"),
		);
		symlinkSync(
			"../.tox/py311/requirements.txt",
			join(repo, "svc/requirements-tox.txt"),
		);
		git(repo, "add", ".");
		git(repo, "commit", "-qm", "skipped");
		const commit = git(repo, "rev-parse", "HEAD");
		const dest = mkdtempSync(join(scratch, "skipped-"));
		await materializeFromGit(repo, commit, ".", dest);
		const seen = async (root: string) => {
			const report = await auditRepository({ root });
			return {
				requirements: report.projects.flatMap((p) =>
					p.requirements.map((r) => `${r.file} ${r.name}${r.specifier}`),
				),
				findings: report.findings
					.filter((f) => f.rule === "unauditable" || f.rule === "discovery")
					.map((f) => [f.rule, f.severity, f.file, f.message.split(";")[0]]),
			};
		};
		const fromGit = await seen(dest);
		expect(fromGit).toEqual({
			requirements: ["svc/requirements.txt mcp==1.23.3"],
			findings: [
				[
					"unauditable",
					"error",
					"svc/requirements-tox.txt",
					"symbolic link not followed: it leads to '.tox/py311/requirements.txt' inside '.tox' (tox's environments), which pin-audit does not read",
				],
				[
					"unauditable",
					"error",
					"svc/requirements-venv.txt",
					"symbolic link not followed: it leads to '.venv/lib/site/requirements.txt' inside '.venv' (a virtualenv), which pin-audit does not read",
				],
				["discovery", "notice", ".tox", expect.stringContaining("tox")],
				["discovery", "notice", ".venv", expect.stringContaining("virtualenv")],
			],
		});
		// The checkout of the same commit reads exactly the same.
		expect(await seen(repo)).toEqual(fromGit);
	});

	it("refuses refs that look like options and unknown commits", async () => {
		await expect(
			resolveCommit(repos.clone, "--upload-pack=touch /tmp/x"),
		).rejects.toThrow('starts with "-"');
		await expect(resolveCommit(repos.clone, "0".repeat(40))).rejects.toThrow(
			"could not be fetched",
		);
	});

	it("never writes outside the temporary tree", async () => {
		const dest = mkdtempSync(join(scratch, "dest-"));
		await expect(
			writeInside(dest, "../escape.txt", new Uint8Array()),
		).rejects.toThrow("refusing");
		await expect(
			writeInside(dest, "a/.git/config", new Uint8Array()),
		).rejects.toThrow("refusing");
	});

	it("selects files exactly as discovery classifies them", () => {
		expect(
			selectAuditedFiles([
				{ path: "uv.lock", size: 10 },
				{ path: "MANIFEST.in", size: 10 },
				{ path: "docs/index.md", size: 10 },
				{ path: "notes.txt", size: 5_000_000 },
				{ path: "pylock.dev.toml", size: 10 },
				{ path: "requirements.txt", size: 10, symlink: true },
				{ path: "requirements-big.txt", size: 100_000_000 },
			]).map((e) => e.path),
			// Includes (MANIFEST.in could be one) are copied when a requirements file names them; links apart.
		).toEqual(["uv.lock", "pylock.dev.toml", "requirements-big.txt"]);
	});

	it("reads a path a tree lists twice as git's own <commit>:<path> does: the first entry", async () => {
		const repo = mkdtempSync(join(scratch, "duplicate-"));
		git(repo, "init", "-q");
		const blob = (text: string) => {
			writeFileSync(join(repo, "blob"), text);
			return git(repo, "hash-object", "-w", "blob");
		};
		const first = blob("mcp==1.23.3\n");
		const second = blob("requests==2.31.0\n");
		// A tree git fsck refuses (git mktree will not write one), as a repository may still hold it.
		const entry = (oid: string) =>
			Buffer.concat([
				Buffer.from("100644 requirements.txt\0"),
				Buffer.from(oid, "hex"),
			]);
		const treeFile = join(repo, "tree");
		writeFileSync(treeFile, Buffer.concat([entry(first), entry(second)]));
		const tree = git(
			repo,
			"hash-object",
			"-t",
			"tree",
			"--literally",
			"-w",
			treeFile,
		);
		const commit = git(repo, "commit-tree", tree, "-m", "duplicate");
		expect(git(repo, "cat-file", "blob", `${commit}:requirements.txt`)).toBe(
			"mcp==1.23.3",
		);
		const dest = mkdtempSync(join(scratch, "duplicate-dest-"));
		await materializeFromGit(repo, commit, ".", dest);
		expect(readFileSync(join(dest, "requirements.txt"), "utf8")).toBe(
			"mcp==1.23.3\n",
		);
	});
});
