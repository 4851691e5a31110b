#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  runsVersion
} from "./cli-JRV7HEQM.js";
import {
  ConfigurationError,
  auditRepository
} from "./cli-HVQKFIYB.js";
import {
  classifyFile,
  decodeRequirementsBytes,
  listDynamicFiles,
  parentOf,
  parseRequirementsTxt,
  parseToml,
  resolvePath
} from "./cli-6GG37WKV.js";
import {
  MAX_FILE_BYTES
} from "./cli-4P4SODVB.js";
import {
  append
} from "./cli-QHTSOWC2.js";

// src/github/git-tree.ts
import { execFile } from "node:child_process";

// src/github/materialize-tree.ts
import { lstat, mkdir as mkdir2, symlink, truncate, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join, posix } from "node:path";

// src/github/virtualenv-layout.ts
import { mkdir, writeFile } from "node:fs/promises";
function findVirtualenvs(entries) {
  const dirs = /* @__PURE__ */ new Set();
  for (const entry of entries)
    for (let dir = parentOf(entry.path); dir !== ""; dir = parentOf(dir))
      dirs.add(dir);
  const found = [];
  for (const entry of entries) {
    if (entry.symlink || !entry.path.endsWith("pyvenv.cfg")) continue;
    const dir = parentOf(entry.path);
    if (dir === "" || `${dir}/pyvenv.cfg` !== entry.path) continue;
    const scripts = ["bin", "Scripts"].find((d) => dirs.has(`${dir}/${d}`));
    const lib = ["lib", "Lib"].find((d) => dirs.has(`${dir}/${d}`));
    if (scripts !== void 0 && lib !== void 0)
      found.push({ dir, layout: [scripts, lib] });
  }
  return found;
}
async function writeVirtualenvLayouts(entries, inside) {
  for (const { dir, layout } of findVirtualenvs(entries)) {
    for (const sub of layout)
      await mkdir(await inside(`${dir}/${sub}`), { recursive: true });
    await writeFile(await inside(`${dir}/pyvenv.cfg`), "", { flag: "a" });
  }
}

// src/github/materialize-tree.ts
var MAX_INCLUDE_FILES = 2e3;
function selectAuditedFiles(entries) {
  const siblingsOf = groupSiblings(entries);
  return entries.filter(
    (e) => !e.symlink && classifyFile(e.path, siblingsOf(e.path)) !== null
  );
}
function treeView(byPath, readBlob) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const path of byPath.keys())
    for (let dir = parentOf(path); !dirs.has(dir); dir = parentOf(dir))
      dirs.add(dir);
  const targets = /* @__PURE__ */ new Map();
  return {
    async lstat(path) {
      const entry = byPath.get(path);
      if (entry !== void 0) return entry.symlink ? "link" : "file";
      return dirs.has(path) ? "dir" : "missing";
    },
    readlink(path) {
      let target = targets.get(path);
      if (target === void 0) {
        target = readBlob(byPath.get(path)).then(
          (bytes) => Buffer.from(bytes).toString("utf8")
        );
        targets.set(path, target);
      }
      return target;
    },
    // A link in a commit to an absolute path names the runner's files, never the commit's.
    underRoot: () => null
  };
}
async function materializeEntries(entries, destDir, concurrency, readBlob) {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const view = treeView(byPath, readBlob);
  const siblingsOf = groupSiblings(entries);
  const warnings = [];
  const content = /* @__PURE__ */ new Map();
  const copy = (path) => {
    let bytes = content.get(path);
    if (bytes === void 0) {
      const entry = byPath.get(path);
      bytes = entry.size > MAX_FILE_BYTES ? Promise.resolve(entry.size) : readBlob(entry);
      content.set(path, bytes);
    }
    return bytes;
  };
  const isRequirements = (path) => classifyFile(path, siblingsOf(path)) === "requirements";
  const pending = [];
  const links = entries.filter((e) => e.symlink);
  await forEachConcurrently(
    selectAuditedFiles(entries),
    concurrency,
    async (entry) => {
      const bytes = await copy(entry.path);
      if (isRequirements(entry.path))
        pending.push({ openedAs: entry.path, bytes });
    }
  );
  const linkedDirs = [];
  await forEachConcurrently(links, concurrency, async (link) => {
    const target = await resolvePath(view, "", link.path);
    if (target.ok && target.kind === "dir" && target.path !== "")
      linkedDirs.push(target.path);
    if (!target.ok || target.kind !== "file") return;
    const bytes = await copy(target.path);
    if (isRequirements(link.path)) pending.push({ openedAs: link.path, bytes });
  });
  for (const entry of selectAuditedFiles(entries))
    if (classifyFile(entry.path, siblingsOf(entry.path)) === "pyproject")
      append(pending, await copyDynamicFiles(entry.path, view, copy));
  await followIncludes(pending, view, copy, warnings);
  const written = await writeContent(destDir, content);
  for (const dir of linkedDirs)
    await mkdir2(await targetInside(destDir, dir), { recursive: true });
  await writeVirtualenvLayouts(entries, (path) => targetInside(destDir, path));
  for (const link of links) {
    const target = await view.readlink(link.path);
    if (target.includes("\0")) continue;
    await writeLinkInside(destDir, link.path, target);
    written.push(link.path);
  }
  return {
    files: written.sort(),
    warnings: warnings.sort(
      (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    )
  };
}
async function writeContent(destDir, content) {
  const written = [];
  for (const [path, bytes] of content) {
    const value = await bytes;
    if (typeof value === "number")
      await writeSparseInside(destDir, path, value);
    else await writeInside(destDir, path, value);
    written.push(path);
  }
  return written;
}
async function copyDynamicFiles(pyproject, view, copy) {
  const bytes = await copy(pyproject);
  if (typeof bytes === "number") return [];
  const toml = parseToml(Buffer.from(bytes).toString("utf8"), pyproject);
  const found = [];
  for (const file of listDynamicFiles(toml.value)) {
    const openedAs = `${parentOf(pyproject) || "."}/${file}`;
    const target = await resolvePath(view, "", openedAs);
    if (target.ok && target.kind === "file")
      found.push({ openedAs, bytes: await copy(target.path) });
  }
  return found;
}
async function followIncludes(pending, view, copy, warnings) {
  const seen = /* @__PURE__ */ new Set();
  while (pending.length > 0) {
    const { openedAs, bytes } = pending.pop();
    if (typeof bytes === "number") continue;
    const decoded = decodeRequirementsBytes(bytes);
    if (!decoded.ok) continue;
    const parsed = parseRequirementsTxt(decoded.text, openedAs);
    for (const include of parsed.value.includes) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(include.target)) continue;
      const includedAs = include.target.startsWith("/") ? include.target : `${parentOf(openedAs) || "."}/${include.target}`;
      const target = await resolvePath(view, "", includedAs);
      if (!target.ok || target.kind !== "file") continue;
      const dir = await resolvePath(view, "", parentOf(includedAs) || ".");
      const from = dir.ok ? dir.path : parentOf(includedAs);
      const key = `${from}\0${target.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_INCLUDE_FILES) {
        warnings.push({
          path: target.path,
          rule: "unauditable",
          message: `included through more than ${MAX_INCLUDE_FILES} -r/-c files; not copied, so what pip reads from it was not audited`
        });
        continue;
      }
      pending.push({
        openedAs: `${from ? `${from}/` : ""}${posix.basename(includedAs)}`,
        bytes: await copy(target.path)
      });
    }
  }
}
function groupSiblings(entries) {
  const byDir = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const dir = posix.dirname(e.path);
    const names = byDir.get(dir) ?? /* @__PURE__ */ new Set();
    names.add(posix.basename(e.path));
    byDir.set(dir, names);
  }
  return (path) => byDir.get(posix.dirname(path)) ?? /* @__PURE__ */ new Set();
}
async function targetInside(destDir, relPath) {
  const normalized = posix.normalize(relPath);
  if (normalized.startsWith("../") || normalized === ".." || posix.isAbsolute(normalized) || normalized.split("/").includes(".git"))
    throw new Error(`refusing to write outside the temporary tree: ${relPath}`);
  const target = join(destDir, ...normalized.split("/"));
  await mkdir2(dirname(target), { recursive: true });
  const parts = normalized.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const info = await lstat(join(destDir, ...parts.slice(0, i)));
    if (!info.isDirectory())
      throw new Error(`refusing to write through a link: ${relPath}`);
  }
  return target;
}
async function writeInside(destDir, relPath, bytes) {
  await writeFile2(await targetInside(destDir, relPath), bytes);
}
async function writeSparseInside(destDir, relPath, size) {
  const target = await targetInside(destDir, relPath);
  await writeFile2(target, new Uint8Array());
  await truncate(target, size);
}
async function writeLinkInside(destDir, relPath, linkTarget) {
  await symlink(linkTarget, await targetInside(destDir, relPath));
}
async function forEachConcurrently(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    })
  );
}

// src/github/git-tree.ts
var MAX_BLOB_BYTES = 16 * 1024 * 1024;
var GIT_TIMEOUT_MS = 12e4;
var runGit = (args, cwd) => new Promise((resolvePromise, reject) => {
  execFile(
    "git",
    [...args],
    {
      cwd,
      encoding: "buffer",
      maxBuffer: MAX_BLOB_BYTES * 2,
      timeout: GIT_TIMEOUT_MS,
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: "0",
        GIT_ASKPASS: "",
        GIT_OPTIONAL_LOCKS: "0"
      }
    },
    (error, stdout, stderr) => {
      if (error) {
        const detail = Buffer.from(stderr ?? "").toString("utf8").trim();
        reject(
          new Error(
            `git ${args[0]} failed: ${detail || error.message}`.slice(
              0,
              2e3
            )
          )
        );
      } else resolvePromise(stdout);
    }
  );
});
async function resolveCommit(repoDir, ref, git = runGit, extraRefspecs = []) {
  if (ref.startsWith("-"))
    throw new Error(`refusing a ref that starts with "-": ${ref}`);
  const local = await revParse(repoDir, ref, git);
  if (local) return { commit: local, fetched: false };
  const errors = [];
  for (const refspec of [ref, ...extraRefspecs]) {
    try {
      await git(
        [
          "fetch",
          "--no-tags",
          "--no-recurse-submodules",
          "--depth=1",
          "origin",
          refspec
        ],
        repoDir
      );
      const fetched = await revParse(repoDir, ref, git) ?? await revParse(repoDir, "FETCH_HEAD", git);
      if (fetched) return { commit: fetched, fetched: true };
    } catch (error) {
      errors.push(error.message);
    }
  }
  throw new Error(
    `commit ${ref} is not in the checkout and could not be fetched: ${errors.join("; ")}`
  );
}
async function revParse(repoDir, ref, git) {
  try {
    const out = await git(
      [
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        `${ref}^{commit}`
      ],
      repoDir
    );
    const sha = out.toString("utf8").trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
async function listTree(repoDir, commit, prefix, git = runGit) {
  const args = ["ls-tree", "-r", "-z", "--long", "--full-tree", commit];
  if (prefix !== ".") args.push("--", `${prefix}/`);
  const out = (await git(args, repoDir)).toString("utf8");
  const entries = [];
  for (const record of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (match?.[2] !== "blob") continue;
    const full = match[5];
    const path = prefix === "." ? full : full.slice(prefix.length + 1);
    entries.push({
      path,
      size: match[4] === "-" ? 0 : Number(match[4]),
      // A link is kept: dropping it would hide a dependency file a pull request turned into a link.
      ...match[1] === "120000" ? { symlink: true } : {}
    });
  }
  return entries;
}
async function materializeFromGit(repoDir, commit, prefix, destDir, git = runGit) {
  const entries = await listTree(repoDir, commit, prefix, git);
  return materializeEntries(entries, destDir, 8, (entry) => {
    const full = prefix === "." ? entry.path : `${prefix}/${entry.path}`;
    return git(["cat-file", "blob", `${commit}:${full}`], repoDir);
  });
}

// src/rollout/canary-history.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
var MAX_COMMITS = 200;
var DEEPEN_ROUNDS = 3;
var CanaryHistory = class {
  constructor(options) {
    this.options = options;
  }
  options;
  projectsAt = /* @__PURE__ */ new Map();
  deepenings = 0;
  /** Since when `canary` (a project of the base commit) runs `version` of `name`, on first-parent history. */
  async adoption(canary, paths, name, version) {
    const commits = await this.listCommits(paths);
    if (commits === null)
      return { kind: "unknown", reason: "git history could not be read" };
    let oldest = null;
    for (const commit of commits) {
      const projects = await this.projects(commit.sha);
      if (projects === null)
        return {
          kind: "unknown",
          reason: `commit ${commit.sha.slice(0, 7)} could not be read`
        };
      const project = projects.find((p) => p.path === canary.path);
      if (project === void 0 || !runsVersion(project, name, version)) break;
      oldest = commit;
      if (commit.date <= this.options.horizon) break;
    }
    if (oldest === null) return { kind: "not-running" };
    const last = oldest === commits.at(-1);
    const cut = last && await this.isShallow() && oldest.date > this.options.horizon;
    if (cut) {
      if (await this.deepen())
        return this.adoption(canary, paths, name, version);
      return {
        kind: "unknown",
        reason: `the clone's history ends at ${oldest.sha.slice(0, 7)} and could not be deepened`
      };
    }
    return {
      kind: "since",
      date: oldest.date,
      commit: oldest.sha,
      before: last && oldest.date <= this.options.horizon
    };
  }
  git(args) {
    const git = this.options.git ?? runGit;
    return git(args, this.options.checkout.repoDir).then(
      (b) => b.toString("utf8")
    );
  }
  /** First-parent commits of the base that changed any of `paths`, newest first; null when git fails. */
  async listCommits(paths) {
    const prefix = this.options.checkout.prefix;
    const full = paths.map((p) => prefix === "." ? p : `${prefix}/${p}`);
    try {
      const out = await this.git([
        "log",
        "--first-parent",
        `--max-count=${MAX_COMMITS}`,
        "--format=%H %cI",
        this.options.commit,
        "--",
        ...full
      ]);
      return out.split("\n").filter((line) => line.trim() !== "").map((line) => {
        const [sha, date] = line.split(" ");
        return { sha, date: new Date(date) };
      });
    } catch {
      return null;
    }
  }
  projects(commit) {
    let cached = this.projectsAt.get(commit);
    if (cached === void 0) {
      cached = this.readProjects(commit).catch(() => null);
      this.projectsAt.set(commit, cached);
    }
    return cached;
  }
  async readProjects(commit) {
    const dest = await mkdtemp(join2(tmpdir(), "pin-audit-history-"));
    try {
      await materializeFromGit(
        this.options.checkout.repoDir,
        commit,
        this.options.checkout.prefix,
        dest,
        this.options.git
      );
      const report = await auditRepository({
        root: dest,
        offline: true,
        parseWorkers: false
      });
      return report.projects;
    } finally {
      await rm(dest, { recursive: true, force: true });
    }
  }
  async isShallow() {
    try {
      return (await this.git(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    } catch {
      return false;
    }
  }
  /**
   * Fetches more of the base's history: first back to a day before the horizon (`--shallow-since`), then, when
   * the cut still falls on the commit that adopted the version, its parents (`--deepen`). False when the fetch
   * fails or the rounds are spent.
   */
  async deepen() {
    if (this.deepenings >= DEEPEN_ROUNDS) return false;
    const since = new Date(this.options.horizon.getTime() - 864e5);
    const how = this.deepenings === 0 ? `--shallow-since=${since.toISOString().slice(0, 19)}Z` : "--deepen=50";
    this.deepenings++;
    try {
      await this.git([
        "fetch",
        "--no-tags",
        "--no-recurse-submodules",
        how,
        "origin",
        this.options.commit
      ]);
      return true;
    } catch {
      return false;
    }
  }
};

// src/rollout/git-checkout.ts
import { realpath } from "node:fs/promises";
import { relative, sep } from "node:path";
async function findCheckout(root) {
  let top;
  try {
    top = (await runGit(["rev-parse", "--show-toplevel"], root)).toString("utf8").trim();
  } catch {
    throw new ConfigurationError(
      `${root} is not in a git work tree: --base-ref needs the repository's history`
    );
  }
  const inside = relative(await realpath(top), await realpath(root));
  return {
    repoDir: top,
    prefix: inside === "" ? "." : inside.split(sep).join("/")
  };
}

export {
  runGit,
  resolveCommit,
  materializeFromGit,
  CanaryHistory,
  findCheckout
};
