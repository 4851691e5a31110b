#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./cli-2C3WS7WO.js";
import {
  applyUvSources,
  classifyFile,
  createRecentCache,
  createRequirementsReader,
  fsPathView,
  isDependencyTemplate,
  isTemplateName,
  markerMayHold,
  markersEqual,
  markersMayMeet,
  negateMarker,
  parseDiscoveredFile,
  parseToml,
  readCompiledHeader,
  resolvePath
} from "./cli-6GG37WKV.js";
import {
  describeFsError
} from "./cli-4P4SODVB.js";
import {
  DEFAULT_INDEX_URL,
  INDEX_TOKEN_ENV,
  maskSecrets,
  redactUrl
} from "./cli-2LUIKLHL.js";
import {
  PIN_LEVELS,
  PRESET_NAMES,
  RULE_IDS,
  ZodArray,
  ZodDefault,
  ZodObject,
  ZodOptional,
  ZodPipe,
  ZodPrefault,
  ZodRecord,
  formatDuration,
  formatUtc,
  listChecks,
  parseDuration,
  parseExcludeNewer,
  policySchema,
  require_picomatch
} from "./cli-6H67Q6BF.js";
import {
  append,
  contains,
  hasUpperBound,
  intersect,
  isEmpty,
  isExactPin,
  parsePep508,
  parsePep508Marker,
  parseSpecifierSet,
  sampleMember,
  subset
} from "./cli-QHTSOWC2.js";
import {
  compareVersions,
  normalizeName,
  parseVersion
} from "./cli-CK7WWBFM.js";
import {
  __toESM
} from "./cli-2YH6FNA5.js";

// src/errors.ts
var ConfigurationError = class extends Error {
  constructor(message, file = null, line = null) {
    super(message);
    this.file = file;
    this.line = line;
  }
  file;
  line;
  name = "ConfigurationError";
};
function describeConfigurationError(error) {
  if (error.file === null) return error.message;
  const where = `${error.file}${error.line ? `:${error.line}` : ""}`;
  return error.message.startsWith(error.file) ? error.message : `${where}: ${error.message}`;
}

// src/audit.ts
import { realpath as realpath2 } from "node:fs/promises";
import { posix as posix6 } from "node:path";

// src/discover/audit-globs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
function checkGlobsCompile(globs) {
  for (const kind of ["include", "exclude"])
    for (const glob of globs[kind]) {
      let source;
      try {
        source = import_picomatch.default.makeRe(glob, {
          dot: true,
          strictBrackets: true
        }).source;
      } catch (error) {
        throw new ConfigurationError(
          `invalid ${kind} glob ${JSON.stringify(glob)}: ${error instanceof Error ? error.message : String(error)}`
        );
      }
      if (source === "$^")
        throw new ConfigurationError(
          `invalid ${kind} glob ${JSON.stringify(glob)}: it can match no path`
        );
    }
}
function scopeGlob(glob, scope) {
  if (scope === "." || scope === "") return glob;
  const negated = glob.startsWith("!");
  const body = negated ? glob.slice(1) : glob;
  return `${negated ? "!" : ""}${scope}/${body.replace(/^\.\//, "")}`;
}
function checkGlobsMatched(globs, scope, discovery) {
  const checks = [
    { kind: "include", paths: discovery.files.map((f) => f.path) },
    { kind: "exclude", paths: discovery.excluded }
  ];
  for (const { kind, paths } of checks)
    for (const glob of globs[kind]) {
      const scoped = scopeGlob(glob, scope);
      const matches2 = (0, import_picomatch.default)(scoped, { dot: true });
      if (paths.some((path) => matches2(path) || matches2(`${path}/`))) continue;
      const what = kind === "include" ? "no dependency file" : "nothing";
      const hint = suggestGlob(glob, join(discovery.rootReal, scope));
      throw new ConfigurationError(
        `--${kind} ${JSON.stringify(glob)} matches ${what}${hint === null ? "" : `; did you mean \`${hint}\`?`}`
      );
    }
}
function suggestGlob(glob, base) {
  const plain = glob.replace(/\/+$/, "");
  if (!import_picomatch.default.scan(plain).isGlob) {
    const path = join(base, plain);
    if (existsSync(path) && statSync(path).isDirectory()) return `${plain}/**`;
    return null;
  }
  return plain.includes("/") ? null : `**/${plain}`;
}

// src/discover/discover-files.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { realpath } from "node:fs/promises";
import { join as join4, relative, sep } from "node:path";

// src/discover/compiled-header-sniff.ts
import { open } from "node:fs/promises";
var HEAD_BYTES = 4096;
function mayBeCompiledOutput(relPath) {
  return /\.(txt|lock)$/i.test(relPath);
}
async function keepCompiledOutputs(candidates) {
  const kept = [];
  for (const file of candidates)
    if (readCompiledHeader(await readHead(file.absPath)) !== null)
      kept.push(file);
  return kept;
}
async function readHead(absPath) {
  try {
    const handle = await open(absPath, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return "";
  }
}

// src/discover/discover-walk.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/discover/skipped-dirs.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/discover/virtualenv.ts
function describeVirtualenvSkip(entries) {
  const has = (name, dir) => entries.some(
    (e) => e.name === name && (dir ? e.isDirectory() : e.isFile())
  );
  if (!has("pyvenv.cfg", false)) return null;
  const scripts = has("bin", true) ? "bin" : has("Scripts", true) ? "Scripts" : null;
  const lib = has("lib", true) ? "lib" : has("Lib", true) ? "Lib" : null;
  if (scripts === null || lib === null) return null;
  return `skipped as a virtualenv (pyvenv.cfg, ${scripts}/ and ${lib}/): installed packages, not this repository's declarations`;
}

// src/discover/skipped-dirs.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "__pycache__"
]);
var TOOL_ENV_DIRS = /* @__PURE__ */ new Set([".tox", ".nox"]);
function skipByName(name) {
  if (SKIPPED_DIRS.has(name))
    return {
      said: false,
      message: `${name} is never read`,
      what: "never read"
    };
  if (TOOL_ENV_DIRS.has(name))
    return {
      said: true,
      what: `${name === ".tox" ? "tox" : "nox"}'s environments`,
      message: `skipped: ${name} holds ${name === ".tox" ? "tox" : "nox"}'s environments, not this repository's declarations`
    };
  if (isTemplateName(name))
    return {
      said: true,
      what: "a template directory",
      message: "template directory (a `{{` or `{%` placeholder in its name); not audited: its files are rendered into a project before anything installs them"
    };
  return null;
}
function skipByEntries(entries) {
  return describeVirtualenvSkip(entries);
}
async function findSkippedAncestor(rootReal, path) {
  const parts = path.split("/").slice(0, -1);
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i + 1).join("/");
    const byName = skipByName(parts[i]);
    if (byName !== null) return `'${dir}' (${byName.what})`;
    const entries = await readdir(join2(rootReal, ...parts.slice(0, i + 1)), {
      withFileTypes: true
    }).catch(() => null);
    const byEntries = entries === null ? null : skipByEntries(entries);
    if (byEntries !== null) return `'${dir}' (a virtualenv)`;
  }
  return null;
}

// src/discover/discover-links.ts
async function followLink(rootReal, view, relPath, names) {
  const resolved = await resolvePath(view, "", relPath);
  const dependencyFile = classifyFile(relPath, names) !== null;
  if (!resolved.ok)
    return refuse(
      relPath,
      dependencyFile,
      resolved.reason === "missing" ? `broken symbolic link: ${resolved.message}` : `symbolic link not followed: ${resolved.message}`,
      resolved.reason !== "missing"
    );
  if (resolved.kind === "dir") return { kind: "dir", path: resolved.path };
  if (resolved.kind !== "file") return { kind: "none", path: relPath };
  const skipped = await findSkippedAncestor(rootReal, resolved.path);
  if (skipped === null) return { kind: "file", path: resolved.path };
  return refuse(
    relPath,
    dependencyFile,
    `symbolic link not followed: it leads to '${resolved.path}' inside ${skipped}, which pin-audit does not read`,
    true
  );
}
function refuse(relPath, dependencyFile, message, unauditable) {
  const issue = dependencyFile && unauditable ? {
    severity: "error",
    rule: "unauditable",
    path: relPath,
    message: `${message}; an installer would read it, so it was not audited; make it a regular file in the repository`
  } : {
    severity: dependencyFile ? "error" : "warning",
    path: relPath,
    message
  };
  return { kind: "none", path: relPath, issue };
}

// src/discover/discover-walk.ts
async function walk(state, absDir, relDir, ancestors) {
  const entries = await listDirectory(state, absDir, relDir);
  if (entries === null) return;
  const names = new Set(entries.map((e) => e.name));
  const subdirs = [];
  for (const entry of entries) {
    const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
    const absPath = join3(absDir, entry.name);
    if (entry.isSymbolicLink()) {
      await visitLink(state, entry, relPath, names, ancestors);
      continue;
    }
    if (isTemplateName(entry.name)) {
      noticeTemplate(state, entry, relPath);
      continue;
    }
    if (entry.isDirectory()) {
      if (enters(state, entry.name, relPath))
        subdirs.push(walk(state, absPath, relPath, [...ancestors, absPath]));
    } else if (entry.isFile()) addFile(state, relPath, absPath, names);
  }
  await Promise.all(subdirs);
}
async function listDirectory(state, absDir, relDir) {
  let entries;
  try {
    entries = await readdir2(absDir, { withFileTypes: true });
  } catch (error) {
    state.issues.push({
      severity: "warning",
      path: relDir || ".",
      message: `directory not audited: ${describeFsError(error)}`
    });
    return null;
  }
  const skipped = relDir === "" ? null : skipByEntries(entries);
  if (skipped === null) return entries;
  state.issues.push({ severity: "notice", path: relDir, message: skipped });
  return null;
}
function enters(state, name, relPath) {
  const skip = skipByName(name);
  if (skip !== null && !skip.said) return false;
  if (state.isExcluded(relPath, true)) return false;
  if (skip === null) return true;
  state.issues.push({
    severity: "notice",
    path: relPath,
    message: skip.message
  });
  return false;
}
function noticeTemplate(state, entry, relPath) {
  if (state.isExcluded(relPath, true)) return;
  if (!entry.isDirectory() && !isDependencyTemplate(entry.name)) return;
  state.issues.push({
    severity: "notice",
    path: relPath,
    message: `template ${entry.isDirectory() ? "directory" : "file"} (a \`{{\` or \`{%\` placeholder in its name); not audited: its files are rendered into a project before anything installs them`
  });
}
function addFile(state, relPath, target, names) {
  if (!state.included(relPath) || state.isExcluded(relPath, false)) return;
  const kind = classifyFile(relPath, names);
  if (kind) state.files.push({ path: relPath, absPath: target, kind });
  else if (mayBeCompiledOutput(relPath))
    state.candidates.push({
      path: relPath,
      absPath: target,
      kind: "requirements"
    });
}
async function visitLink(state, entry, relPath, names, ancestors) {
  const link = await followLink(state.rootReal, state.view, relPath, names);
  if (link.issue) state.issues.push(link.issue);
  if (link.kind === "dir" && ancestors.includes(join3(state.rootReal, link.path)))
    state.issues.push({
      severity: "warning",
      path: relPath,
      message: "symbolic link loop (points back to a directory that contains it); not followed"
    });
  if (link.kind !== "file") return;
  if (isTemplateName(entry.name)) noticeTemplate(state, entry, relPath);
  else
    addFile(
      state,
      relPath,
      join3(state.rootReal, ...link.path.split("/")),
      names
    );
}

// src/discover/discover-files.ts
async function discoverFiles(root, options = {}) {
  const rootReal = await realpath(root);
  const included = options.include?.length ? (0, import_picomatch2.default)([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude?.length ? (0, import_picomatch2.default)([...options.exclude], { dot: true }) : () => false;
  const skipped = [];
  const state = {
    rootReal,
    view: fsPathView(rootReal),
    included,
    isExcluded: (path, dir) => {
      const hit = excluded(path) || dir && excluded(`${path}/`);
      if (hit) skipped.push(path);
      return hit;
    },
    files: [],
    issues: [],
    candidates: []
  };
  const scope = options.scope && options.scope !== "." ? options.scope : "";
  const start = scope ? join4(rootReal, scope) : rootReal;
  await walk(state, start, scope, [rootReal, ...scope ? [start] : []]);
  const files = [
    ...state.files,
    ...await keepCompiledOutputs(state.candidates)
  ].sort((a, b) => compareStrings(a.path, b.path));
  const issues = state.issues.sort(
    (a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message)
  );
  return { rootReal, files, issues, excluded: skipped };
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/discover/group-projects.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// src/discover/build-install-sets.ts
var LOCK_KINDS = /* @__PURE__ */ new Set(["uv-lock", "poetry-lock", "pylock"]);
function assignInstallSets(projects, parsed) {
  const compiledInputs = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  const add = (dir, set) => byDir.set(dir, [...byDir.get(dir) ?? [], set]);
  for (const item of parsed) {
    if (item.kind !== "requirements") continue;
    const set = describeRequirementsSet(item.file.path, item.value);
    for (const input of set.inputs) compiledInputs.add(input);
    add(dirOf(item.file.path), set);
  }
  shareInputRequirements(projects, byDir);
  for (const project of projects) {
    const sets = (byDir.get(project.path) ?? []).filter(
      // An input is installed through its compiled output, not by itself.
      (set) => set.kind !== "requirements" || !compiledInputs.has(set.root)
    );
    const pyproject = project.files.find((f) => f.kind === "pyproject");
    if (pyproject !== void 0) {
      const locks = new Set(
        project.files.filter((f) => LOCK_KINDS.has(f.kind)).map((f) => f.path)
      );
      for (const entry of project.locked) locks.add(entry.file);
      sets.unshift({
        kind: "pyproject",
        root: pyproject.path,
        files: [pyproject.path, ...[...locks].sort(compareStrings)],
        constraints: [],
        inputs: []
      });
    } else {
      const locks = project.files.filter((f) => LOCK_KINDS.has(f.kind));
      for (const lock of locks)
        sets.push({
          kind: "pyproject",
          root: lock.path,
          files: [lock.path],
          constraints: [],
          inputs: []
        });
      if (sets.length === 0 && project.files.length > 0)
        sets.push({
          kind: "pyproject",
          root: project.files[0].path,
          files: project.files.map((f) => f.path),
          constraints: [],
          inputs: []
        });
    }
    project.installSets = sets.sort(
      (a, b) => (a.kind === "pyproject" ? 0 : 1) - (b.kind === "pyproject" ? 0 : 1) || compareStrings(a.root, b.root)
    );
  }
}
function describeRequirementsSet(own, resolved) {
  const constraints = new Set(
    resolved.requirements.filter((r) => r.group === "constraints-file").map((r) => r.file)
  );
  const compiled = resolved.compiled;
  const inputs = new Set(compiled?.inputFiles ?? []);
  const files = [...resolved.files];
  for (const input of compiled?.inputs ?? []) {
    if (!input.found) continue;
    inputs.add(input.path);
    if (!files.includes(input.path)) files.push(input.path);
  }
  for (const c of compiled?.constraintFiles ?? []) constraints.add(c);
  return {
    kind: compiled === void 0 ? "requirements" : "compiled",
    root: own,
    files,
    constraints: [...constraints].sort(compareStrings),
    inputs: [...inputs].sort(compareStrings),
    ...compiled === void 0 ? {} : {
      compiled: {
        line: compiled.header?.line ?? null,
        missing: compiled.missing,
        extras: compiled.header?.extras ?? [],
        allExtras: compiled.header?.allExtras ?? false
      }
    }
  };
}
function shareInputRequirements(projects, byDir) {
  for (const project of projects)
    for (const set of byDir.get(project.path) ?? []) {
      const foreign = new Set(
        set.inputs.filter((file) => dirOf(file) !== project.path)
      );
      if (foreign.size === 0) continue;
      const known = new Set(
        project.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`)
      );
      for (const other of projects) {
        if (other === project) continue;
        for (const r of other.requirements) {
          const key = `${r.file}\0${r.line}\0${r.name}`;
          if (!foreign.has(r.file) || known.has(key)) continue;
          known.add(key);
          project.requirements.push(r);
        }
      }
    }
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}

// src/discover/workspace-sources.ts
function applyWorkspaceSources(member, memberPyproject, root, rootPyproject) {
  const own = new Set(memberPyproject.uv.sources.map((s) => s.name));
  const inherited = rootPyproject.uv.sources.filter((s) => !own.has(s.name));
  const rootFile = root.files.find((f) => f.kind === "pyproject")?.path;
  const memberFile = member.files.find((f) => f.kind === "pyproject")?.path;
  if (inherited.length === 0 || rootFile === void 0 || memberFile === void 0)
    return;
  const fromMember = member.requirements.filter((r) => r.file === memberFile);
  const applied = applyUvSources(fromMember, inherited, rootFile);
  const replaced = new Map(fromMember.map((r, i) => [r, applied[i] ?? r]));
  member.requirements = member.requirements.map((r) => replaced.get(r) ?? r);
}

// src/discover/group-projects.ts
function groupProjects(files, parsed, report) {
  const byDir = /* @__PURE__ */ new Map();
  const entryFor = (path) => {
    const dir = dirOf2(path);
    let entry = byDir.get(dir);
    if (!entry) {
      entry = {
        project: {
          path: dir,
          workspace: null,
          files: [],
          requirements: [],
          locked: [],
          requiresPython: null,
          lockMetadata: [],
          pipOptions: []
        },
        pyproject: null,
        uvLock: null
      };
      byDir.set(dir, entry);
    }
    return entry;
  };
  for (const file of files)
    entryFor(file.path).project.files.push({
      path: file.path,
      kind: file.kind
    });
  const seenRequirementKeys = /* @__PURE__ */ new Map();
  const addRequirements = (project, requirements) => {
    const seen = seenRequirementKeys.get(project.path) ?? /* @__PURE__ */ new Set();
    seenRequirementKeys.set(project.path, seen);
    for (const r of requirements) {
      const key = `${r.file}\0${r.line}\0${r.name}\0${r.group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      project.requirements.push(r);
    }
  };
  for (const item of parsed)
    addParsedFile(entryFor(item.file.path), item, addRequirements);
  linkWorkspaces(byDir, report);
  for (const entry of byDir.values()) finishProject(entry, byDir);
  const projects = [...byDir.values()].map((e) => e.project).sort((a, b) => compareStrings(a.path, b.path));
  assignInstallSets(projects, parsed);
  return projects;
}
function addParsedFile(entry, item, addRequirements) {
  const project = entry.project;
  switch (item.kind) {
    case "pyproject":
      entry.pyproject = item.value;
      addRequirements(project, item.value.requirements);
      project.requiresPython = item.value.requiresPython;
      project.name = item.value.name;
      if (item.value.uv.excludeNewer !== null)
        project.excludeNewer = item.value.uv.excludeNewer;
      if (item.sources?.length)
        project.packageSources = [
          ...project.packageSources ?? [],
          ...item.sources
        ];
      if (findDefaultUvIndex(item.value) !== null)
        project.indexUrl = findDefaultUvIndex(item.value);
      break;
    case "requirements":
      addRequirements(project, item.value.requirements);
      append(project.pipOptions, item.value.options);
      break;
    case "uv-lock":
      entry.uvLock = item.value;
      append(project.locked, item.value.packages);
      break;
    case "pylock":
      append(project.locked, item.value.packages);
      break;
    case "poetry-lock":
      append(project.locked, item.value.packages);
      break;
  }
}
function finishProject({ project, pyproject, uvLock }, byDir) {
  const lock = uvLock ?? (project.workspace ? byDir.get(project.workspace)?.uvLock : null);
  const ownName = pyproject?.name;
  const root = project.workspace ? byDir.get(project.workspace) : void 0;
  if (root && root.project !== project) {
    if (root.project.excludeNewer)
      project.excludeNewer = root.project.excludeNewer;
    if (root.project.indexUrl) project.indexUrl = root.project.indexUrl;
  }
  if (lock && ownName)
    project.lockMetadata = lock.metadata.filter((m) => m.package === ownName);
  project.files.sort((a, b) => compareStrings(a.path, b.path));
  project.requirements.sort(compareByLocation);
  project.locked.sort(compareByLocation);
}
function linkWorkspaces(byDir, report) {
  for (const root of byDir.values()) {
    const workspace = root.pyproject?.uv.workspace;
    if (!workspace) continue;
    root.project.workspace = root.project.path;
    const members = (0, import_picomatch3.default)(workspace.members.map(stripDotSlash), {
      dot: true
    });
    const excluded = workspace.exclude.length ? (0, import_picomatch3.default)(workspace.exclude.map(stripDotSlash), { dot: true }) : () => false;
    for (const member of byDir.values()) {
      if (member === root || !member.pyproject) continue;
      const rel = relativeDir(root.project.path, member.project.path);
      if (rel === null || !members(rel) || excluded(rel)) continue;
      if (member.project.workspace && member.project.workspace !== root.project.path) {
        const file = member.project.files.find((f) => f.kind === "pyproject")?.path ?? member.project.path;
        report(file, {
          severity: "warning",
          line: null,
          message: `member of two uv workspaces (${member.project.workspace} and ${root.project.path}); linked to the first`
        });
        continue;
      }
      member.project.workspace = root.project.path;
      if (root.pyproject)
        applyWorkspaceSources(
          member.project,
          member.pyproject,
          root.project,
          root.pyproject
        );
      if (!member.uvLock && root.uvLock)
        append(member.project.locked, root.uvLock.packages);
    }
  }
}
function findDefaultUvIndex(pyproject) {
  const tables = pyproject.document?.value.tool?.uv?.index;
  if (!Array.isArray(tables)) return null;
  for (const table of tables) {
    if (typeof table !== "object" || table === null) continue;
    const entry = table;
    if (entry.default === true && typeof entry.url === "string")
      return entry.url;
  }
  return null;
}
function stripDotSlash(glob) {
  return glob.replace(/^\.\//, "").replace(/\/+$/, "");
}
function relativeDir(from, to) {
  if (from === ".") return to === "." ? null : to;
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : null;
}
function dirOf2(path) {
  const dir = posix.dirname(path);
  return dir === "" ? "." : dir;
}
function compareByLocation(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.name, b.name);
}

// src/discover/parse-pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var RECYCLE_HEAP_BYTES = 96 * 1024 * 1024;
var RECYCLE_MIN_FILES = 200;
var WORKER_OLD_GENERATION_MB = 64;
var WORKER_YOUNG_GENERATION_MB = 16;
var DEFAULT_MIN_FILES = 256;
var IN_FLIGHT_PER_WORKER = 2;
function canUseParsePool(options, fileCount) {
  if (!options) return false;
  if (fileCount < (options.minFiles ?? DEFAULT_MIN_FILES)) return false;
  if (countThreads(options) < 1) return false;
  try {
    return existsSync2(fileURLToPath(options.workerUrl));
  } catch {
    return false;
  }
}
function countThreads(options) {
  return options.threads ?? availableParallelism();
}
async function parseInWorkers(files, data, options) {
  if (files.length === 0) return [];
  const { Worker: WorkerThread } = await import("node:worker_threads");
  const threads = Math.max(1, Math.min(countThreads(options), files.length));
  return new Promise((resolvePool, rejectPool) => {
    const pool = {
      files,
      data,
      options,
      results: new Array(files.length),
      WorkerThread,
      workers: [],
      intern: createInterner(),
      next: 0,
      retry: [],
      done: 0,
      failed: false,
      fail: (error) => {
        if (pool.failed) return;
        pool.failed = true;
        for (const worker of pool.workers) void worker.terminate();
        rejectPool(error instanceof Error ? error : new Error(String(error)));
      },
      finish: () => {
        for (const w of pool.workers) void w.terminate();
        resolvePool(pool.results);
      }
    };
    for (let t = 0; t < threads; t++) startWorker(pool);
  });
}
function startWorker(pool, capped = true) {
  const { files, options } = pool;
  const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
  const recycleMinFiles = options.recycleMinFiles ?? RECYCLE_MIN_FILES;
  const worker = new pool.WorkerThread(options.workerUrl, {
    workerData: pool.data,
    resourceLimits: {
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      ...capped && {
        maxOldGenerationSizeMb: Math.max(
          16,
          options.oldGenerationMb ?? WORKER_OLD_GENERATION_MB
        )
      }
    }
  });
  pool.workers.push(worker);
  const inHand = /* @__PURE__ */ new Set();
  let parsed = 0;
  let retiring = false;
  let outOfMemory = false;
  const feed = () => {
    const next = takeFile(pool, capped);
    if (next === void 0) return;
    inHand.add(next);
    worker.postMessage({
      index: next,
      file: files[next]
    });
  };
  const replace = (replacementCapped) => {
    pool.workers.splice(pool.workers.indexOf(worker), 1);
    worker.terminate().then(() => {
      if (!pool.failed && (pool.next < files.length || pool.retry.length > 0))
        startWorker(pool, replacementCapped);
    }).catch(pool.fail);
  };
  worker.on("message", (response) => {
    if (pool.failed || outOfMemory) return;
    if (!response.ok) return pool.fail(new Error(response.error));
    inHand.delete(response.index);
    parsed++;
    pool.results[response.index] = restoreOutcome(
      response.outcome,
      pool.intern
    );
    pool.done++;
    if (pool.done === files.length) return pool.finish();
    if (!retiring && parsed >= recycleMinFiles && response.heapBytes > recycleBytes && pool.next < files.length)
      retiring = true;
    if (!retiring) feed();
    else if (inHand.size === 0) replace(true);
  });
  worker.on("error", (error) => {
    if (!capped || error.code !== "ERR_WORKER_OUT_OF_MEMORY")
      return pool.fail(error);
    outOfMemory = true;
    options.onOutOfMemory?.([...inHand].map((i) => files[i]?.path ?? ""));
    append(pool.retry, inHand);
    inHand.clear();
    replace(false);
  });
  worker.on("exit", (code) => {
    const ended = outOfMemory || retiring && inHand.size === 0;
    if (pool.done < files.length && !ended)
      pool.fail(new Error(`parse worker exited with code ${code}`));
  });
  for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed();
}
function takeFile(pool, capped) {
  if (!capped && pool.retry.length > 0) return pool.retry.shift();
  return pool.next < pool.files.length ? pool.next++ : void 0;
}
function restoreOutcome(outcome, intern) {
  const parsed = outcome.parsed;
  if (parsed === null) return outcome;
  switch (parsed.kind) {
    case "pyproject":
      if (parsed.value.document !== null)
        parsed.value.document.lineOf = () => void 0;
      parsed.value.requirements = parsed.value.requirements.map(
        (r) => restoreRequirement(r, intern)
      );
      break;
    case "requirements":
      parsed.value.requirements = parsed.value.requirements.map(
        (r) => restoreRequirement(r, intern)
      );
      break;
    case "pylock":
      for (const l of parsed.value.packages) internLockedPackage(l, intern);
      break;
    default:
      parsed.value.packages = parsed.value.packages.map(
        (l) => restoreLockedPackage(l, intern)
      );
  }
  return outcome;
}
var NO_EXTRAS = Object.freeze([]);
var NO_DEPENDENCIES = Object.freeze([]);
function restoreRequirement(r, intern) {
  const restored = {
    name: intern(r.name),
    specifier: intern(r.specifier),
    extras: r.extras.length === 0 ? NO_EXTRAS : r.extras,
    marker: r.marker === null ? null : intern(r.marker),
    url: r.url,
    editable: r.editable,
    hashes: r.hashes,
    group: intern(r.group),
    file: intern(r.file),
    line: r.line
  };
  if (r.source !== void 0) restored.source = r.source;
  if (r.markedSources !== void 0) restored.markedSources = r.markedSources;
  return restored;
}
function internLockedPackage(l, intern) {
  l.name = intern(l.name);
  if (l.version !== null) l.version = intern(l.version);
  l.source = intern(l.source);
  if (l.sourceUrl !== null) l.sourceUrl = intern(l.sourceUrl);
  if (l.marker !== null) l.marker = intern(l.marker);
  l.file = intern(l.file);
  for (const d of l.dependencies) d.name = intern(d.name);
}
function restoreLockedPackage(l, intern) {
  internLockedPackage(l, intern);
  return {
    name: l.name,
    version: l.version,
    source: l.source,
    sourceUrl: l.sourceUrl,
    marker: l.marker,
    dependencies: l.dependencies.length === 0 ? NO_DEPENDENCIES : l.dependencies,
    file: l.file,
    line: l.line
  };
}
function createInterner() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    const known = seen.get(text);
    if (known !== void 0) return known;
    seen.set(text, text);
    return text;
  };
}

// src/index/index-facts.ts
function projectReleaseKey(project, name, version) {
  return `${project}\0${name}\0${version}`;
}
function createEmptyIndexFacts() {
  return { online: false, indexByProject: /* @__PURE__ */ new Map(), releases: /* @__PURE__ */ new Map() };
}

// src/index/gather-index-facts.ts
async function gatherIndexFacts(projects, options) {
  const token = options.token || null;
  const indexByProject = /* @__PURE__ */ new Map();
  const releases = /* @__PURE__ */ new Map();
  if (options.offline) {
    for (const project of projects)
      indexByProject.set(
        project.path,
        redactUrl(chooseProjectIndex(project, options.indexUrl ?? null))
      );
    return {
      facts: { online: false, indexByProject, releases },
      secrets: token ? [token] : [],
      stats: null
    };
  }
  const { createIndexSession, settleLookup } = await import("./cli-KLU2OSHN.js");
  const session = createIndexSession({ ...options, token });
  const wanted = [];
  for (const project of projects) {
    const projectIndex = chooseProjectIndex(project, options.indexUrl ?? null);
    indexByProject.set(project.path, redactUrl(projectIndex));
    for (const w of listWantedReleases(
      project,
      projectIndex,
      options.indexUrl ?? null
    ))
      wanted.push({
        ...w,
        requirements: options.needsRequirements?.(project, w.name, w.version) ?? true
      });
  }
  const answers = await lookupAll(session, wanted, settleLookup);
  wanted.forEach((w, i) => {
    const key = projectReleaseKey(w.project, w.name, w.version);
    const answer = answers[i];
    if (answer === void 0 || releases.has(key)) return;
    const index = session.clientFor(w.index).url;
    releases.set(key, {
      index,
      lookup: answer.ok ? answer : { ok: false, error: redactUrl(answer.error) }
    });
  });
  return {
    facts: { online: true, indexByProject, releases },
    secrets: session.secrets(),
    stats: session.stats
  };
}
function lookupAll(session, wanted, settleLookup) {
  const keyOf = (w, clientKey) => `${clientKey}\0${w.name}\0${w.version}`;
  const requirements = /* @__PURE__ */ new Set();
  for (const w of wanted) {
    const found = session.clientFor(w.index);
    if (found.ok && w.requirements) requirements.add(keyOf(w, found.key));
  }
  const lookups = /* @__PURE__ */ new Map();
  return Promise.all(
    wanted.map((w) => {
      const found = session.clientFor(w.index);
      if (!found.ok) return Promise.resolve(found.lookup);
      const key = keyOf(w, found.key);
      let pending = lookups.get(key);
      if (pending === void 0) {
        pending = settleLookup(
          found.client.lookupRelease(w.name, w.version, {
            requirements: requirements.has(key)
          })
        );
        lookups.set(key, pending);
      }
      return pending;
    })
  );
}
function chooseProjectIndex(project, explicit) {
  if (explicit) return explicit;
  if (project.indexUrl) return project.indexUrl;
  const pip = project.pipOptions.find(
    (o) => o.name === "--index-url" && o.value !== null && o.value !== ""
  );
  return pip?.value ?? DEFAULT_INDEX_URL;
}
function listWantedReleases(project, projectIndex, explicit) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (name, version, index) => {
    const key = `${name}\0${version}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ project: project.path, name, version, index });
  };
  for (const entry of project.locked) {
    if (entry.version === null) continue;
    if (entry.source !== "registry" && entry.source !== "unknown") continue;
    const version = parseVersion(entry.version);
    if (version === null) continue;
    const recorded = entry.source === "registry" && entry.sourceUrl && /^https?:\/\//.test(entry.sourceUrl) ? entry.sourceUrl : null;
    add(entry.name, version.text, explicit ?? recorded ?? projectIndex);
  }
  for (const requirement of project.requirements) {
    if (requirement.url !== null || requirement.group === "build") continue;
    const version = findPinnedVersion(requirement.specifier);
    if (version !== null) add(requirement.name, version, projectIndex);
  }
  return out;
}
function findPinnedVersion(specifier) {
  if (specifier === "") return null;
  const parsed = parseSpecifierSet(specifier);
  if (!parsed.ok) return null;
  for (const clause of parsed.value.clauses) {
    if (clause.operator === "==" && !clause.wildcard || clause.operator === "===") {
      const version = parseVersion(clause.version);
      if (version !== null) return version.text;
    }
  }
  return null;
}

// src/index/package-links.ts
function collectPackageLinks(facts) {
  const newest = /* @__PURE__ */ new Map();
  for (const [key, { lookup }] of facts.releases) {
    if (!lookup.ok || lookup.value?.projectUrls === void 0) continue;
    const [, name] = key.split("\0");
    if (name === void 0) continue;
    const { version, projectUrls } = lookup.value;
    const seen = newest.get(name);
    if (seen === void 0 || isNewer(version, seen.version))
      newest.set(name, { version, links: projectUrls });
  }
  return new Map([...newest].map(([name, { links }]) => [name, links]));
}
function isNewer(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va !== null && vb !== null && compareVersions(va, vb) > 0;
}

// src/policy/rule-context.ts
import * as nodePath from "node:path";
function createRuleContext(projects, policy, today, index = createEmptyIndexFacts()) {
  const cache = /* @__PURE__ */ new Map();
  const owners = findLockOwners(projects);
  return {
    projects,
    policy,
    today,
    index,
    parseSpecifier(text) {
      let parsed = cache.get(text);
      if (parsed === void 0) {
        const result = safely(() => parseSpecifierSet(text), null);
        parsed = result?.ok ? result.value : null;
        cache.set(text, parsed);
      }
      return parsed;
    },
    reportsOnLock(project, lockFile) {
      return owners.get(lockFile) === project.path;
    },
    severityOf(rule) {
      const configured = policy.rules[rule];
      return configured === "off" ? "notice" : configured;
    }
  };
}
function findLockOwners(projects) {
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...projects].sort((a, b) => compareText(a.path, b.path));
  for (const project of sorted) {
    for (const file of project.files)
      if (isLockKind(file.kind) && !owners.has(file.path))
        owners.set(file.path, project.path);
  }
  for (const project of sorted) {
    for (const entry of project.locked) {
      if (owners.has(entry.file)) continue;
      const directory = nodePath.posix.dirname(entry.file);
      const inDirectory = sorted.find(
        (candidate) => candidate.path === directory
      );
      owners.set(entry.file, inDirectory?.path ?? project.path);
    }
  }
  return owners;
}
function isLockKind(kind) {
  return kind === "uv-lock" || kind === "poetry-lock" || kind === "pylock";
}
function findFileKind(project, file) {
  const known = project.files.find((candidate) => candidate.path === file);
  if (known !== void 0) return known.kind;
  const base = nodePath.posix.basename(file);
  if (base === "uv.lock") return "uv-lock";
  if (base === "poetry.lock") return "poetry-lock";
  if (/^pylock\.([^.]+\.)?toml$/.test(base)) return "pylock";
  if (base === "pyproject.toml") return "pyproject";
  return "requirements";
}
function listLockedEntries(project) {
  return project.locked.filter(
    (entry) => isLockKind(findFileKind(project, entry.file))
  );
}
function findExactVersion(set) {
  for (const clause of set.clauses) {
    if (clause.operator === "==" && !clause.wildcard || clause.operator === "===") {
      const version = parseVersion(clause.version);
      if (version !== null) return version;
    }
  }
  return null;
}
function parseLockedVersion(entry) {
  return entry.version === null ? null : parseVersion(entry.version);
}
function formatRequirement(requirement, specifier) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  return `${requirement.name}${extras}${specifier}${marker}`;
}
function formatLocation(file, line) {
  return line === null ? file : `${file}:${line}`;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function safely(compute, fallback) {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
function listLocalPackages(project) {
  const local = /* @__PURE__ */ new Set();
  for (const entry of listLockedEntries(project)) {
    if (entry.source === "editable" || entry.source === "virtual" || entry.source === "directory" || entry.source === "path") {
      local.add(entry.name);
    }
  }
  return local;
}
function listLockedVersions(project, name, inScope = () => true) {
  const seen = /* @__PURE__ */ new Map();
  for (const entry of listLockedEntries(project)) {
    if (entry.name !== name || !inScope(entry.file)) continue;
    const version = parseLockedVersion(entry);
    if (version !== null && !seen.has(version.text))
      seen.set(version.text, { version, entry });
  }
  return [...seen.values()].sort(
    (a, b) => compareVersions(a.version, b.version)
  );
}
function soften(severity) {
  return severity === "error" ? "warning" : "notice";
}
function findWitness(set) {
  return safely(() => sampleMember(set), null);
}
function findEscape(declared, allowed) {
  return safely(() => {
    const result = subset(declared.set, allowed.set);
    if (result.ok) return null;
    const member = sampleMember(allowed.set);
    const inside = member === null ? null : parseVersion(member);
    const escapes = allowed.clauses.flatMap((clause) => listNeighbours(clause.version)).filter((v) => admits(declared, v) && !admits(allowed, v)).sort(compareVersions);
    const above = escapes.find(
      (v) => inside === null || compareVersions(v, inside) > 0
    );
    const below = escapes.filter((v) => inside !== null && compareVersions(v, inside) < 0).pop();
    return (above ?? below)?.text ?? result.counterexample;
  }, null);
}
function listNeighbours(text) {
  const base = parseVersion(text.replace(/\.\*$/, ""));
  if (base === null) return [];
  const release = base.release;
  const texts = [base.text];
  for (let i = release.length - 1; i >= 0; i--) {
    const at = release[i] ?? 0n;
    const head = release.slice(0, i);
    const zeros = release.slice(i + 1).map(() => 0n);
    texts.push([...head, at + 1n, ...zeros].join("."));
    if (at > 0n) texts.push([...head, at - 1n, ...zeros].join("."));
  }
  const epoch = base.epoch === 0n ? "" : `${base.epoch}!`;
  return texts.flatMap((t) => {
    const v = parseVersion(t === base.text ? t : `${epoch}${t}`);
    return v === null ? [] : [v];
  });
}
function ownsFile(project, file) {
  return project.files.some((candidate) => candidate.path === file);
}
function admits(set, version) {
  return safely(() => contains(set, version.text, { prereleases: true }), true);
}

// src/knowledge/mcp-stack-requirements.ts
var TAG = (tags) => `modelcontextprotocol/python-sdk pyproject.toml at ${tags} (facts/mcp-stack.md)`;
var MCP_KNOWN_REQUIREMENTS = [
  {
    versions: "==1.0.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.6",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.8.0",
      "starlette>=0.39",
      "sse-starlette>=2.0"
    ],
    source: TAG("v1.0.0")
  },
  // 1.1.0 is not covered: the facts start the 1.1 series at 1.1.1.
  {
    versions: "==1.1.1",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=2.0"
    ],
    source: TAG("v1.1.1")
  },
  {
    versions: ">=1.1.2,<1.2.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1"
    ],
    source: TAG("v1.1.2")
  },
  {
    versions: ">=1.2.0,<1.3.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.10.1",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      "uvicorn>=0.30"
    ],
    source: TAG("v1.2.0")
  },
  {
    versions: ">=1.3.0,<1.7.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      "uvicorn>=0.23.1"
    ],
    source: TAG("v1.3.0 to v1.6.x")
  },
  {
    versions: ">=1.7.0,<1.11.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.23.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.7.0 to v1.10.x")
  },
  {
    versions: ">=1.11.0,<1.13.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.8.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.23.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.11.0 to v1.12.x")
  },
  {
    versions: ">=1.13.0,<=1.27.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.13.0 to v1.27.0")
  },
  {
    versions: ">=1.27.1,<1.28.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx<1.0.0,>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: `${TAG("v1.27.1")}; the httpx upper bound is python-sdk PR #2559`
  },
  {
    versions: ">=1.28.0,<=1.29.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx<1.0.0,>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      'pydantic>=2.12.0; python_version >= "3.14"',
      "starlette>=0.27",
      'starlette>=0.48.0; python_version >= "3.14"',
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.28.0 to v1.29.0")
  },
  {
    // 2.0.0 replaces httpx with httpx2>=2.5.0 and drops httpx-sse.
    versions: "==2.0.0",
    requiresPython: null,
    requiresDist: [
      "anyio>=4.9",
      'anyio>=4.10; python_version >= "3.14"',
      "httpx2>=2.5.0",
      "pydantic>=2.12.0",
      "starlette>=0.27",
      'starlette>=0.48.0; python_version >= "3.14"',
      "sse-starlette>=3.0.0",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v2.0.0")
  }
];

// src/knowledge/lookup-known-requirements.ts
var TABLES = {
  mcp: {
    label: "pin-audit's MCP-stack knowledge",
    rows: MCP_KNOWN_REQUIREMENTS
  }
};
function lookupKnownRequirements(name, version) {
  const table = TABLES[normalizeName(name)];
  if (table === void 0) return null;
  for (const row of table.rows) {
    const set = parseSpecifierSet(row.versions);
    if (set.ok && contains(set.value, version, { prereleases: true }))
      return {
        requiresDist: row.requiresDist,
        requiresPython: row.requiresPython,
        source: row.source,
        label: table.label
      };
  }
  return null;
}

// src/policy/installed-releases.ts
function listInstalledReleases(context, project, options = {}) {
  let recent = memo.get(context);
  if (!recent) {
    recent = createRecentCache(KEPT_PROJECTS);
    memo.set(context, recent);
  }
  const lists = recent.get(project, () => ({}));
  const key = options.allLocks ? "allLocks" : "reported";
  let list = lists[key];
  if (!list) {
    list = buildInstalledReleases(context, project, options.allLocks ?? false);
    lists[key] = list;
  }
  return list;
}
var KEPT_PROJECTS = 4;
var memo = /* @__PURE__ */ new WeakMap();
function buildInstalledReleases(context, project, allLocks) {
  const out = [];
  for (const requirement of project.requirements) {
    if (requirement.url !== null || requirement.group === "build") continue;
    const version = findPinnedVersion(requirement.specifier);
    if (version === null) continue;
    out.push({
      name: requirement.name,
      version,
      text: `${requirement.name}${requirement.specifier}`,
      file: requirement.file,
      line: requirement.line,
      requirement,
      entry: null
    });
  }
  for (const entry of listLockedEntries(project)) {
    if (!allLocks && !context.reportsOnLock(project, entry.file)) continue;
    if (entry.source !== "registry" && entry.source !== "unknown") continue;
    const version = entry.version === null ? null : parseVersion(entry.version);
    if (version === null) continue;
    out.push({
      name: entry.name,
      version: version.text,
      text: `${entry.name} ${version.text}`,
      file: entry.file,
      line: entry.line,
      requirement: null,
      entry
    });
  }
  return out;
}
function lookupRelease(context, project, release) {
  if (context.index.releases.size === 0) return null;
  return context.index.releases.get(
    projectReleaseKey(project.path, release.name, release.version)
  ) ?? null;
}
function describeRelease(release) {
  return `\`${release.text}\` (${formatLocation(release.file, release.line)})`;
}

// src/policy/marker-applies.ts
function markerMayApply(marker, environment) {
  return markerMayHold(marker, {
    requiresPython: environment.requiresPython,
    extras: environment.extras
  });
}
function markersEquivalent(a, b) {
  return markersEqual(a, b, { model: "uv" });
}

// src/policy/requested-extras.ts
function collectRequestedExtras(requirements, name) {
  const extras = /* @__PURE__ */ new Set();
  for (const r of requirements)
    if (r.name === name && r.group !== "constraint" && r.group !== "constraints-file")
      for (const extra of r.extras) extras.add(normalizeName(extra));
  return [...extras].sort();
}

// src/policy/dependency-requirements.ts
function combineRequiresPython(project, parent) {
  if (project === null || project.trim() === "") return parent;
  if (parent === null || parent.trim() === "") return project;
  return `${project},${parent}`;
}
function findRequirementsOf(context, project, parent) {
  if (parent.entry !== null && findFileKind(project, parent.entry.file) === "poetry-lock") {
    return {
      requirements: parent.entry.dependencies.map((d) => ({
        name: d.name,
        specifier: d.specifier,
        marker: d.marker,
        text: `${d.name}${d.specifier}${d.marker === null ? "" : `; ${d.marker}`}`
      })),
      origin: `as recorded in ${formatLocation(parent.entry.file, parent.entry.line)}`,
      requiresPython: null
    };
  }
  const found = lookupRelease(context, project, parent);
  if (found?.lookup.ok && found.lookup.value?.requiresDist != null) {
    return {
      requirements: parseRequiresDist(found.lookup.value.requiresDist),
      origin: `per its metadata on ${found.index}`,
      requiresPython: found.lookup.value.requiresPython
    };
  }
  const known = lookupKnownRequirements(parent.name, parent.version);
  if (known === null) return null;
  return {
    requirements: parseRequiresDist(known.requiresDist),
    origin: `per ${known.label}`,
    requiresPython: known.requiresPython
  };
}
function listRequirementsOn(context, project, name, files) {
  const out = [];
  const inScope = (file) => files === void 0 || files.has(file);
  for (const parent of listInstalledReleases(context, project, {
    allLocks: true
  })) {
    if (parent.name === name || !inScope(parent.file)) continue;
    const source = findRequirementsOf(context, project, parent);
    if (source === null) continue;
    const environment = {
      requiresPython: combineRequiresPython(
        project.requiresPython,
        source.requiresPython
      ),
      extras: listRequestedExtras(project, parent.name, inScope)
    };
    for (const dependency of source.requirements) {
      if (dependency.name !== name || dependency.specifier === "") continue;
      if (!markerMayApply(dependency.marker, environment)) continue;
      const set = context.parseSpecifier(dependency.specifier);
      if (set !== null) out.push({ parent, dependency, set });
    }
  }
  return out;
}
function parseRequiresDist(entries) {
  const out = [];
  for (const text of entries) {
    const parsed = parsePep508(text);
    if (!parsed.ok || parsed.value.url !== null) continue;
    out.push({
      name: parsed.value.name,
      specifier: parsed.value.specifier,
      marker: parsed.value.marker,
      text: `${parsed.value.name}${parsed.value.specifier}${parsed.value.marker === null ? "" : `; ${parsed.value.marker}`}`
    });
  }
  return out;
}
function listRequestedExtras(project, name, inScope = () => true) {
  const extras = new Set(
    collectRequestedExtras(
      project.requirements.filter((r) => inScope(r.file)),
      name
    )
  );
  for (const entry of project.locked)
    if (inScope(entry.file)) {
      for (const d of entry.dependencies)
        if (d.name === name) for (const e of d.extras) extras.add(e);
    }
  return [...extras];
}

// src/policy/requirement-scope.ts
function projectScope(requiresPython, extras = null) {
  return { requiresPython, extras };
}
function sharedPythons(a, b) {
  if (a === null || a.trim() === "") return b;
  if (b === null || b.trim() === "" || a === b) return a;
  return `${a},${b}`;
}
function listOverriddenNames(projects, project) {
  const root = project.workspace === null || project.workspace === project.path ? null : projects.find((p) => p.path === project.workspace);
  const names = /* @__PURE__ */ new Set();
  for (const source of root ? [project, root] : [project])
    for (const r of source.requirements)
      if (r.group === "override") names.add(r.name);
  return names;
}
function isConstraint(requirement) {
  return requirement.group === "constraint" || requirement.group === "constraints-file";
}
function placedVersionsDiffer(a, b, scope) {
  return a.some(
    (x) => b.some(
      (y) => compareVersions(x.version, y.version) !== 0 && markersMayMeet([x.marker, y.marker], scope)
    )
  );
}
function lockFork(entry) {
  const marker = entry.marker;
  if (marker === null || !/\b(?:extra|extras|dependency_groups)\b/.test(marker))
    return marker;
  return null;
}
function requirementApplies(projects, project) {
  const overridden = listOverriddenNames(projects, project);
  const scope = projectScope(project.requiresPython);
  return (r) => !overridden.has(r.name) && markerMayHold(r.marker, scope);
}
function dependencyApplies(project, parent, marker) {
  return markerMayHold(
    marker,
    projectScope(project.requiresPython, listRequestedExtras(project, parent))
  );
}

// src/policy/own-metadata.ts
import * as nodePath2 from "node:path";
function findOwnMetadata(project) {
  for (const entry of listLockedEntries(project)) {
    if (!["editable", "virtual", "directory"].includes(entry.source) || entry.sourceUrl === null)
      continue;
    const lockDirectory = nodePath2.posix.dirname(entry.file);
    const resolved = nodePath2.posix.normalize(
      nodePath2.posix.join(lockDirectory, entry.sourceUrl)
    );
    if (resolved.replace(/\/$/, "") !== project.path) continue;
    const metadata = project.lockMetadata.find(
      (candidate) => candidate.package === entry.name
    );
    if (metadata !== void 0) return metadata;
  }
  return null;
}

// src/policy/uv-lowering.ts
function lowerUvRequirement(requirement) {
  const { markedSources, source: _source, ...plain } = requirement;
  if (markedSources === void 0) return [requirement];
  const out = [];
  for (const entry of markedSources) {
    const marker = joinMarkers(requirement.marker, entry.marker);
    if (!markerMayHold(marker)) continue;
    out.push(
      entry.source === null ? { ...plain, marker } : {
        ...plain,
        marker,
        specifier: "",
        source: entry.source,
        editable: entry.editable
      }
    );
  }
  const markers = markedSources.map((entry) => entry.marker);
  if (markers.some((m) => m === null)) return out;
  const nowhere = negateMarker(markers.map((m) => `(${m})`).join(" or "));
  if (nowhere === null) return null;
  const remaining = joinMarkers(requirement.marker, nowhere);
  if (markerMayHold(remaining))
    out.push({ ...plain, url: null, marker: remaining });
  return out;
}
function joinMarkers(a, b) {
  if (a === null || a.trim() === "") return b;
  if (b === null || b.trim() === "") return a;
  return `(${a}) and (${b})`;
}

// src/policy/uv-source-identity.ts
import * as nodePath3 from "node:path";
function toComparableSource(requirement) {
  const source = requirement.source;
  if (source === void 0) return null;
  switch (source.kind) {
    case "workspace":
      return { kind: "workspace" };
    case "git":
      return {
        kind: "git",
        repository: normalizeRepository(source.value ?? ""),
        reference: source.reference,
        subdirectory: source.subdirectory
      };
    case "url":
      return {
        kind: "url",
        url: source.value ?? "",
        subdirectory: source.subdirectory
      };
    default: {
      const path = nodePath3.posix.normalize(
        nodePath3.posix.join(
          source.base,
          (source.value ?? "").replace(/\\/g, "/")
        )
      );
      const editable = source.kind === "virtual" ? "virtual" : source.kind === "editable" || source.kind === "path" && requirement.editable;
      return { kind: "local", path: path.replace(/\/$/, ""), editable };
    }
  }
}
function sameSource(a, b) {
  if (a === null || b === null) return a === b;
  if (a.kind === "workspace" || b.kind === "workspace")
    return (a.kind === "workspace" || a.kind === "local") && (b.kind === "workspace" || b.kind === "local");
  if (a.kind === "local" && b.kind === "local")
    return a.path === b.path && a.editable === b.editable;
  if (a.kind === "git" && b.kind === "git")
    return a.repository === b.repository && a.reference === b.reference && a.subdirectory === b.subdirectory;
  if (a.kind === "url" && b.kind === "url")
    return a.url === b.url && a.subdirectory === b.subdirectory;
  return false;
}
function describeSource(source) {
  switch (source.kind) {
    case "workspace":
      return "the workspace member";
    case "local":
      return `${source.path}${source.editable === true ? " (editable)" : ""}`;
    case "git":
      return `git ${source.repository}${source.reference === null ? "" : ` ${source.reference}`}${source.subdirectory === null ? "" : ` subdirectory ${source.subdirectory}`}`;
    case "url":
      return source.url;
  }
}
function normalizeRepository(url) {
  return url.replace(/^git\+/, "").replace(/[#?].*$/, "").replace(/\/+$/, "").replace(/\.git$/, "");
}

// src/policy/rules/lock-mismatch-metadata.ts
function compareLockMetadata(project, severity) {
  const metadata = findOwnMetadata(project);
  if (metadata === null) return [];
  const undecided = /* @__PURE__ */ new Set();
  const manifest = project.requirements.filter(
    (r) => findFileKind(project, r.file) === "pyproject" && (r.group === "project" || r.group.startsWith("optional:") || r.group === "dev" || r.group.startsWith("group:"))
  ).flatMap((r) => {
    const lowered = lowerUvRequirement(r);
    if (lowered === null) undecided.add(r.name);
    return lowered ?? [r];
  });
  const recorded = [...metadata.requiresDist];
  const devGroups = Object.keys(metadata.requiresDev);
  for (const group of devGroups)
    append(recorded, metadata.requiresDev[group] ?? []);
  const families = new Set(manifest.map((r) => familyOf(r.group)));
  if (devGroups.length === 0) families.delete("dev");
  const declaredKeys = groupKeys(
    manifest.filter((r) => families.has(familyOf(r.group)))
  );
  const recordedKeys = groupKeys(
    recorded.filter((r) => families.has(familyOf(r.group)))
  );
  const findings = [];
  const lockFile = [...recorded, ...listLockedEntries(project)][0]?.file ?? "the lock";
  for (const id of [
    .../* @__PURE__ */ new Set([...declaredKeys.keys(), ...recordedKeys.keys()])
  ].sort(compareText)) {
    const declared = declaredKeys.get(id);
    const locked = recordedKeys.get(id);
    if (undecided.has(id.split("\0")[0] ?? "")) continue;
    if (declared !== void 0 && locked !== void 0 && sameKeys(declared.keys, locked.keys))
      continue;
    const anchor = declared?.requirements[0] ?? locked?.requirements[0];
    if (anchor === void 0) continue;
    const [name, group] = id.split("\0");
    const describe3 = (requirements) => requirements === void 0 ? "nothing" : requirements.map((r) => `\`${describeRequirement(r)}\``).join(", ");
    findings.push({
      rule: "lock-mismatch",
      severity,
      project: project.path,
      package: name,
      file: anchor.file,
      line: anchor.line,
      message: `${describeGroup(group)} ${describe3(declared?.requirements)}${declared === void 0 ? ` for \`${name}\`` : ""}, but ${formatLocation(locked?.requirements[0]?.file ?? lockFile, locked?.requirements[0]?.line ?? null)} recorded ${describe3(locked?.requirements)}: the lock was resolved from an older manifest.`,
      facts: {
        fix: "Run `uv lock`.",
        ...declared?.requirements[0] === void 0 ? {} : { requirement: declared.requirements[0] }
      }
    });
  }
  return findings;
}
function describeGroup(group) {
  if (group === "project") return "the project's dependencies declare";
  if (group.startsWith("optional:"))
    return `the extra \`${group.slice("optional:".length)}\` declares`;
  return `the dependency group \`${group.replace(/^group:/, "")}\` declares`;
}
function familyOf(group) {
  if (group.startsWith("optional:")) return "optional";
  return group === "dev" || group.startsWith("group:") ? "dev" : "project";
}
function groupKeys(requirements) {
  const groups = /* @__PURE__ */ new Map();
  for (const requirement of requirements) {
    const group = requirement.group === "group:dev" ? "dev" : requirement.group.replace(
      /^group:(.*)$/,
      (_, g) => `group:${normalizeName(g)}`
    );
    const id = `${requirement.name}\0${group}`;
    const entry = groups.get(id) ?? { keys: [], requirements: [] };
    const key = comparableKey(requirement);
    if (!entry.keys.some((k) => sameKey(k, key))) entry.keys.push(key);
    entry.requirements.push(requirement);
    groups.set(id, entry);
  }
  return groups;
}
function comparableKey(requirement) {
  const source = toComparableSource(requirement);
  const clauses = requirement.specifier.split(",").map((clause) => clause.replace(/\s+/g, "")).filter((clause) => clause !== "").map((clause) => {
    const match = /^(===|==|!=|~=|<=|>=|<|>)(.*?)(\.\*)?$/.exec(clause);
    const version = match?.[2] === void 0 ? null : parseVersion(match[2]);
    return match === null || version === null || match[1] === "===" ? clause : `${match[1]}${version.text}${match[3] ?? ""}`;
  }).sort(compareText);
  const extras = [...new Set(requirement.extras.map(normalizeName))].sort(
    compareText
  );
  return {
    // uv drops the specifier of a requirement it lowers to a git, path, url or workspace source.
    clausesAndExtras: JSON.stringify([source === null ? clauses : [], extras]),
    clauses: JSON.stringify(clauses),
    marker: withoutExtraTerms(requirement.marker),
    source
  };
}
function sameKey(a, b) {
  return (a.clausesAndExtras === b.clausesAndExtras || unloweredMember(a, b)) && (sameSource(a.source, b.source) || unloweredMember(a, b)) && (a.marker === b.marker || markersEquivalent(a.marker, b.marker));
}
function unloweredMember(a, b) {
  const [declared, recorded] = a.source?.kind === "workspace" ? [a, b] : [b, a];
  return declared.source?.kind === "workspace" && recorded.source === null && declared.clauses === recorded.clauses && JSON.parse(declared.clausesAndExtras)[1].join() === JSON.parse(recorded.clausesAndExtras)[1].join();
}
function withoutExtraTerms(marker) {
  if (marker === null) return null;
  const parsed = parsePep508Marker(marker);
  const text = (parsed.ok ? parsed.value : marker).replace(/\s+and\s+extra\s*==\s*(["'])[^"']*\1/g, "").replace(/\bextra\s*==\s*(["'])[^"']*\1\s+and\s+/g, "").replace(/\bextra\s*==\s*(["'])[^"']*\1/g, "").replace(/\(\s*\)/g, "").trim();
  return text === "" ? null : text;
}
function sameKeys(a, b) {
  return a.every((x) => b.some((y) => sameKey(x, y))) && b.every((y) => a.some((x) => sameKey(x, y)));
}
function describeRequirement(requirement) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  const source = toComparableSource(requirement);
  if (source !== null)
    return `${requirement.name}${extras} @ ${describeSource(source)}${marker}`;
  return `${requirement.name}${extras}${requirement.specifier}${marker}`;
}

// src/policy/rules/lock-mismatch.ts
var RELOCK = {
  "uv-lock": "run `uv lock`",
  "poetry-lock": "run `poetry lock`",
  pylock: "export the lock again"
};
function checkLockMismatch(context) {
  const all = [];
  const severity = context.severityOf("lock-mismatch");
  for (const project of context.projects) {
    const findings = [];
    const byLock = /* @__PURE__ */ new Map();
    for (const entry of listLockedEntries(project)) {
      const entries = byLock.get(entry.file) ?? [];
      entries.push(entry);
      byLock.set(entry.file, entries);
    }
    const overridden = listOverriddenNames(context.projects, project);
    const scope = projectScope(project.requiresPython);
    for (const [lockFile, entries] of [...byLock].sort(
      ([a], [b]) => compareText(a, b)
    )) {
      const lockKind = findFileKind(project, lockFile);
      const relock = RELOCK[lockKind] ?? "regenerate the lock";
      for (const requirement of project.requirements) {
        if (!isLockedBy(project, requirement, lockKind)) continue;
        if (requirement.name === project.name) continue;
        if (!markerMayHold(requirement.marker, scope)) continue;
        if (overridden.has(requirement.name) && requirement.group !== "override")
          continue;
        const finding = checkRequirement(context, {
          requirement,
          entries,
          lockFile,
          lockKind,
          relock,
          severity,
          project
        });
        if (finding !== null) findings.push(finding);
      }
    }
    append(
      all,
      mergeSameLine(findings, compareLockMetadata(project, severity))
    );
  }
  return all;
}
function checkRequirement(context, check) {
  const { requirement, lockFile, relock, project } = check;
  const base = {
    rule: "lock-mismatch",
    severity: check.severity,
    project: project.path,
    package: requirement.name,
    file: requirement.file,
    line: requirement.line
  };
  const locked = check.entries.filter(
    (entry) => entry.name === requirement.name
  );
  if (locked.length === 0) {
    if (mayBeMissing(requirement, check.lockKind)) return null;
    return {
      ...base,
      message: `\`${requirement.name}\` is declared but ${lockFile} has no entry for it: the lock is stale and installs from it lack the dependency.`,
      facts: {
        fix: `${capitalize(relock)}.`,
        requirement,
        also: `it has no entry for \`${requirement.name}\``
      }
    };
  }
  if (requirement.url !== null) return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null) return null;
  const versions = listApplyingVersions(locked, requirement, project);
  const outside = versions.filter(({ version }) => !admits(declared, version));
  const forksReadable = locked.every((e) => lockFork(e) === e.marker);
  if (outside.length === 0 || !forksReadable && outside.length < versions.length)
    return null;
  const held = outside.map(
    ({ entry, version }) => `${version.text} (${formatLocation(entry.file, entry.line)})`
  );
  return {
    ...base,
    message: `\`${requirement.name}${requirement.specifier}\` is declared but ${lockFile} holds ${held.join(", ")}: installs from the lock do not get what the manifest asks for.`,
    counterexample: outside[0]?.version.text ?? "",
    facts: {
      fix: `${capitalize(relock)}.`,
      requirement,
      stale: outside.map(({ entry }) => entry),
      also: `it holds ${held.join(", ")}, which \`${requirement.specifier}\` does not admit`
    }
  };
}
function listApplyingVersions(locked, requirement, project) {
  const scope = projectScope(project.requiresPython);
  return locked.flatMap((entry) => {
    const version = parseLockedVersion(entry);
    if (version === null) return [];
    if (!markersMayMeet([requirement.marker, lockFork(entry)], scope))
      return [];
    return [{ entry, version }];
  });
}
function mergeSameLine(entries, metadata) {
  const merged = [];
  const absorbed = /* @__PURE__ */ new Set();
  for (const finding of metadata) {
    const same = entries.find(
      (entry) => !absorbed.has(entry) && entry.file === finding.file && entry.line === finding.line && entry.package === finding.package
    );
    if (same === void 0) {
      merged.push(finding);
      continue;
    }
    absorbed.add(same);
    merged.push({
      ...finding,
      message: `${finding.message.replace(/\.$/, "")}, and ${same.facts.also ?? same.message}.`,
      ...same.counterexample === void 0 ? {} : { counterexample: same.counterexample },
      facts: {
        ...finding.facts,
        ...same.facts.stale === void 0 ? {} : { stale: same.facts.stale }
      }
    });
  }
  return [...entries.filter((entry) => !absorbed.has(entry)), ...merged];
}
function isLockedBy(project, requirement, lockKind) {
  if (findFileKind(project, requirement.file) !== "pyproject" || requirement.group === "build")
    return false;
  const group = requirement.group;
  const poetry = group === "poetry" || group.startsWith("poetry-group:");
  if (poetry && requirement.name === "python") return false;
  if (lockKind === "uv-lock") return !poetry;
  if (lockKind === "poetry-lock")
    return poetry || group === "project" || group.startsWith("optional:");
  return true;
}
function mayBeMissing(requirement, lockKind) {
  if (requirement.marker !== null) return true;
  if (requirement.group === "constraint" || requirement.group === "override")
    return true;
  return lockKind === "pylock" && requirement.group !== "project";
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/policy/consolidate-findings.ts
var LINE_RULES = ["banned", "compat", "outside-policy", "unpinned"];
function consolidateFindings(findings, projects) {
  let result = dropSharedDuplicates(findings, projects);
  result = dropOnUnsatisfiableLines(result);
  result = foldLockIntoManifest(result, projects);
  result = mergeSameLine2(result);
  result = foldConflicts(result);
  result = foldInconsistentIntoStaleLock(result);
  result = foldInconsistentIntoLineFix(result);
  return result;
}
function dropSharedDuplicates(findings, projects) {
  const byKey = /* @__PURE__ */ new Map();
  const owner = (finding) => {
    const project = projects.find((p) => p.path === finding.project);
    return project !== void 0 && finding.file !== null && ownsFile(project, finding.file);
  };
  const kept = [];
  for (const finding of findings) {
    if (finding.file === null || finding.project === null) {
      kept.push(finding);
      continue;
    }
    const key = JSON.stringify([
      finding.rule,
      finding.file,
      finding.line,
      finding.package,
      finding.message,
      finding.facts.fix,
      finding.suggestion
    ]);
    const seen = byKey.get(key);
    if (seen === void 0) {
      byKey.set(key, finding);
      kept.push(finding);
    } else if (!owner(seen) && owner(finding)) {
      kept[kept.indexOf(seen)] = finding;
      byKey.set(key, finding);
    }
  }
  return kept;
}
function dropOnUnsatisfiableLines(findings) {
  const lines = new Set(
    findings.flatMap(
      (f) => f.facts.unsatisfiable === true && f.file !== null ? [`${f.package}\0${f.file}\0${f.line}`] : []
    )
  );
  if (lines.size === 0) return [...findings];
  const on = (file, line, name) => lines.has(`${name}\0${file}\0${line}`);
  return findings.filter(
    (f) => f.facts.unsatisfiable === true || !(on(f.file, f.line, f.package) || f.facts.requirement !== void 0 && on(
      f.facts.requirement.file,
      f.facts.requirement.line,
      f.facts.requirement.name
    ) || (f.facts.clash?.members ?? []).some(
      (m) => on(m.file, m.line, f.package)
    ))
  );
}
function foldLockIntoManifest(findings, projects) {
  const notes = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const entry = finding.facts.entry;
    if (entry === void 0 || !["banned", "compat", "outside-policy"].includes(finding.rule))
      continue;
    const project = projects.find((p) => p.path === finding.project);
    if (project === void 0) continue;
    const lockKind = findFileKind(project, entry.file);
    const cause = findings.find(
      (other) => other.rule === finding.rule && other.project === finding.project && other.package === finding.package && other.facts.requirement !== void 0 && isLockedBy(project, other.facts.requirement, lockKind)
    );
    if (cause === void 0) continue;
    dropped.add(finding);
    notes.set(cause, [
      ...notes.get(cause) ?? [],
      `${formatLocation(entry.file, entry.line)} holds ${entry.version ?? "it"} because of it; re-lock after the fix.`
    ]);
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const added = notes.get(finding);
    return added === void 0 ? finding : { ...finding, message: `${finding.message} ${added.join(" ")}` };
  });
}
function mergeSameLine2(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.facts.requirement === void 0 || !LINE_RULES.includes(finding.rule))
      continue;
    const key = JSON.stringify([
      finding.project,
      finding.package,
      finding.file,
      finding.line
    ]);
    groups.set(key, [...groups.get(key) ?? [], finding]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rank = (f) => LINE_RULES.indexOf(f.rule);
    const [primary, ...rest] = [...group].sort(
      (a, b) => severityRank(a) - severityRank(b) || rank(a) - rank(b)
    );
    if (primary === void 0) continue;
    const also = rest.flatMap(
      (f) => f.facts.also === void 0 ? [] : [f.facts.also]
    );
    const merged = {
      ...withAlso(primary, rest),
      message: also.length === 0 ? primary.message : `${primary.message} Besides, ${joinClauses(also)}.`
    };
    if (merged.suggestion === void 0) {
      const other = rest.find((f) => f.suggestion !== void 0);
      if (other !== void 0) {
        merged.suggestion = other.suggestion;
        merged.facts = {
          ...merged.facts,
          ...other.facts.fix === void 0 ? {} : { fix: other.facts.fix },
          ...other.facts.replacement === void 0 ? {} : { replacement: other.facts.replacement }
        };
      }
    }
    replaced.set(primary, merged);
    for (const f of rest) replaced.set(f, null);
  }
  return findings.flatMap((finding) => {
    const replacement = replaced.get(finding);
    if (replacement === void 0) return [finding];
    return replacement === null ? [] : [replacement];
  });
}
function foldConflicts(findings) {
  const notes = /* @__PURE__ */ new Map();
  const foldedInto = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  for (const conflict of findings) {
    const clash = conflict.facts.clash;
    if (conflict.rule !== "conflict" && conflict.rule !== "diverged" || clash === void 0)
      continue;
    for (const member of clash.members) {
      if (!member.own) continue;
      const cause = findings.find(
        (f) => f !== conflict && f.rule !== "unpinned" && LINE_RULES.includes(f.rule) && f.project === conflict.project && f.package === conflict.package && f.file === member.file && f.line === member.line && f.facts.replacement !== void 0
      );
      if (cause === void 0 || !resolves(cause.facts.replacement ?? "", member, clash.together))
        continue;
      const satisfied = notes.get(cause) ?? [];
      for (const other of clash.members) {
        const text = `\`${other.text}\` (${other.origin})`;
        if (other !== member && !satisfied.includes(text)) satisfied.push(text);
      }
      dropped.add(conflict);
      notes.set(cause, satisfied);
      foldedInto.set(cause, [...foldedInto.get(cause) ?? [], conflict]);
      break;
    }
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const satisfied = notes.get(finding);
    return satisfied === void 0 ? finding : {
      ...withAlso(finding, foldedInto.get(finding) ?? []),
      message: `${finding.message} The fix also satisfies ${joinClauses(satisfied)}.`
    };
  });
}
function resolves(replacement, member, together) {
  const parsed = safely(() => parseSpecifierSet(replacement), null);
  if (parsed === null || !parsed.ok) return false;
  return safely(() => {
    let set = parsed.value.set;
    for (const other of together)
      if (other !== member) set = intersect(set, other.set);
    return !isEmpty(set);
  }, false);
}
function foldInconsistentIntoStaleLock(findings) {
  const notes = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const entry = finding.facts.entry;
    if (finding.rule !== "inconsistent" || entry === void 0) continue;
    const cause = findings.find(
      (other) => other.rule === "lock-mismatch" && other.project === finding.project && other.package === finding.package && (other.facts.stale ?? []).some(
        (stale) => stale.file === entry.file && stale.line === entry.line
      )
    );
    if (cause === void 0) continue;
    dropped.add(finding);
    notes.set(cause, [
      ...notes.get(cause) ?? [],
      `Meanwhile ${finding.facts.also ?? finding.message}.`
    ]);
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const added = notes.get(finding);
    return added === void 0 ? finding : {
      ...withAlso(finding, [{ rule: "inconsistent" }]),
      message: `${finding.message} ${added.join(" ")}`
    };
  });
}
function foldInconsistentIntoLineFix(findings) {
  const isLineFix = (f) => LINE_RULES.includes(f.rule) && f.suggestion !== void 0;
  const folded = /* @__PURE__ */ new Set();
  const causes = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.rule !== "inconsistent" || finding.suggestion === void 0)
      continue;
    const cause = findings.find(
      (f) => isLineFix(f) && f.project === finding.project && f.package === finding.package && f.file === finding.file && f.line === finding.line && f.suggestion === finding.suggestion
    );
    if (cause === void 0) continue;
    folded.add(finding);
    causes.set(cause, {
      ...withAlso(causes.get(cause) ?? cause, [finding]),
      message: `${(causes.get(cause) ?? cause).message} The fix also brings this project in line with the other projects of the repository.`
    });
  }
  return findings.flatMap((f) => folded.has(f) ? [] : [causes.get(f) ?? f]);
}
function withAlso(finding, folded) {
  const ids = [...finding.also ?? []];
  for (const f of folded)
    for (const id of [f.rule, ...f.also ?? []])
      if (id !== finding.rule && !ids.includes(id)) ids.push(id);
  return ids.length === 0 ? finding : { ...finding, also: ids };
}
function severityRank(finding) {
  return ["error", "warning", "notice"].indexOf(finding.severity);
}
function joinClauses(clauses) {
  if (clauses.length <= 1) return clauses.join("");
  return `${clauses.slice(0, -1).join(", ")} and ${clauses[clauses.length - 1]}`;
}

// src/policy/exception-match.ts
var import_picomatch4 = __toESM(require_picomatch(), 1);
function isSuppressedBy(finding, exception) {
  if (exception.rule !== finding.rule) return false;
  if (exception.package !== null && exception.package !== finding.package)
    return false;
  if (exception.project !== null && (finding.project === null || !matchGlob(finding.project, exception.project))) {
    return false;
  }
  return exception.file === null || finding.file !== null && matchGlob(finding.file, exception.file);
}
function matchGlob(path, glob) {
  return import_picomatch4.default.isMatch(path, glob, { dot: true });
}

// src/policy/finalize-finding.ts
function finalizeFinding(finding) {
  const { facts, ...rest } = finding;
  const fix = facts.fix === void 0 ? "" : ` ${facts.fix}`;
  const detail = facts.detail === void 0 ? "" : `
${facts.detail}`;
  const key = identifyFinding(finding);
  return {
    ...rest,
    message: `${finding.message}${fix}${detail}`,
    ...key === void 0 ? {} : { key }
  };
}
function identifyFinding(finding) {
  const { requirement, entry, stale, clash } = finding.facts;
  if (requirement === void 0 && entry === void 0 && stale === void 0 && clash === void 0)
    return void 0;
  return JSON.stringify([
    finding.rule,
    finding.project,
    finding.package,
    finding.file,
    requirement === void 0 ? null : [
      requirement.name,
      requirement.specifier,
      requirement.marker,
      requirement.url,
      requirement.group
    ],
    entry === void 0 ? null : [entry.name, entry.version, entry.file],
    (stale ?? []).map((e) => `${e.name}==${e.version ?? ""}`).sort(compareText),
    // The other side of a clash, as written: not its line, not its origin (which names lines).
    (clash?.members ?? []).map((m) => `${m.file}\0${m.text}`).sort(compareText)
  ]);
}

// src/policy/install-sets.ts
var import_picomatch5 = __toESM(require_picomatch(), 1);
import { posix as posix5 } from "node:path";
function listInstallSets(project) {
  if (project.installSets !== void 0) return project.installSets;
  const files = [
    .../* @__PURE__ */ new Set([
      ...project.files.map((f) => f.path),
      ...project.requirements.map((r) => r.file),
      ...project.locked.map((e) => e.file)
    ])
  ];
  return [
    {
      kind: "pyproject",
      root: files[0] ?? project.path,
      files,
      constraints: [],
      inputs: []
    }
  ];
}
function listSetRequirements(project, set) {
  const files = new Set(set.files);
  return project.requirements.filter((r) => files.has(r.file));
}
function listResolutionViews(project) {
  return listInstallSets(project).flatMap((set) => {
    const withLocks = set.kind === "pyproject";
    if (set.kind !== "compiled")
      return [{ files: new Set(set.files), withLocks }];
    const inputs = /* @__PURE__ */ new Set([...set.inputs, ...set.constraints]);
    const outputs = new Set(set.files.filter((f) => !set.inputs.includes(f)));
    return [
      { files: inputs, withLocks: false },
      { files: outputs, withLocks: false }
    ];
  });
}
function listFilesResolvedWith(project, file) {
  const views = listResolutionViews(project).filter(
    (view) => view.files.has(file)
  );
  if (views.length === 0) return void 0;
  return new Set(views.flatMap((view) => [...view.files]));
}
function isConstraintIn(requirement, set) {
  return requirement.group === "constraint" || requirement.group === "constraints-file" || set.constraints.includes(requirement.file);
}
function applyInstallDeclarations(projects, policy, options = { partial: false }) {
  if (policy.install.length === 0) return;
  const sets = projects.flatMap(
    (project) => listInstallSets(project).map((set) => ({ project, set }))
  );
  const byRoot = new Map(sets.map((entry) => [entry.set.root, entry]));
  const roots = [...byRoot.keys()];
  for (const declaration of policy.install) {
    const each = roots.filter(
      (root) => declaration.each.some((glob) => matches(root, glob))
    );
    for (const glob of declaration.each)
      if (!options.partial && !roots.some((root) => matches(root, glob)))
        fail(
          declaration,
          policy,
          `\`each\` ${JSON.stringify(glob)} matches no discovered dependency file`
        );
    for (const root of each) {
      const target = byRoot.get(root);
      for (const entry of declaration.with) {
        const found = findWith(entry, root, roots);
        if (found.length === 0 && !options.partial)
          fail(
            declaration,
            policy,
            `\`with\` ${JSON.stringify(entry)} matches no discovered dependency file${isRelative(entry) ? ` next to ${root}` : ""}`
          );
        for (const other of found)
          join5(target, byRoot.get(other));
      }
    }
  }
}
function join5(target, added) {
  if (target.set === added.set) return;
  for (const file of added.set.files)
    if (!target.set.files.includes(file)) target.set.files.push(file);
  for (const file of added.set.constraints)
    if (!target.set.constraints.includes(file))
      target.set.constraints.push(file);
  if (target.project === added.project) return;
  const files = new Set(added.set.files);
  const known = new Set(
    target.project.requirements.map(
      (r) => `${r.file}\0${r.line}\0${r.name}\0${r.group}`
    )
  );
  for (const r of added.project.requirements)
    if (files.has(r.file) && !known.has(`${r.file}\0${r.line}\0${r.name}\0${r.group}`))
      target.project.requirements.push(r);
}
function findWith(entry, root, roots) {
  if (isRelative(entry)) {
    const path = posix5.normalize(posix5.join(posix5.dirname(root), entry));
    return roots.filter(
      (candidate) => candidate === path || matches(candidate, path)
    );
  }
  return roots.filter((candidate) => matches(candidate, entry));
}
function isRelative(entry) {
  return entry.startsWith("./") || entry.startsWith("../");
}
function matches(path, glob) {
  return import_picomatch5.default.isMatch(path, glob.replace(/^\.\//, ""), { dot: true });
}
function fail(declaration, policy, message) {
  throw new ConfigurationError(
    `[[install]]: ${message}`,
    policy.file,
    declaration.line
  );
}
function isCompiledInput(project, requirement) {
  return listInstallSets(project).some(
    (set) => set.kind === "compiled" && set.inputs.includes(requirement.file) && !requirement.file.endsWith("pyproject.toml")
  );
}
function findEffectiveRange(project, requirement) {
  const sets = listInstallSets(project).filter(
    (set) => set.files.includes(requirement.file)
  );
  if (sets.length === 0 || sets.some((set) => isConstraintIn(requirement, set)))
    return { specifier: requirement.specifier, constraints: [] };
  let common = null;
  for (const set of sets) {
    const applying = (listConstraintsByName(project, set).get(requirement.name) ?? []).filter(
      (c) => c !== requirement && (c.marker === null || c.marker === requirement.marker)
    );
    common = common === null ? applying : common.filter((c) => applying.includes(c));
  }
  const constraints = common ?? [];
  return {
    specifier: [requirement.specifier, ...constraints.map((c) => c.specifier)].filter((s) => s !== "").join(","),
    constraints
  };
}
var constraintIndexes = /* @__PURE__ */ new WeakMap();
function listConstraintsByName(project, set) {
  const sizes = [
    project.requirements.length,
    set.files.length,
    set.constraints.length
  ];
  const cached = constraintIndexes.get(set);
  if (cached?.requirements === project.requirements && cached.sizes.every((size, i) => size === sizes[i]))
    return cached.byName;
  const byName = /* @__PURE__ */ new Map();
  for (const c of listSetRequirements(project, set)) {
    if (!isConstraintIn(c, set) || c.url !== null || c.specifier === "")
      continue;
    const list = byName.get(c.name);
    if (list) list.push(c);
    else byName.set(c.name, [c]);
  }
  constraintIndexes.set(set, {
    requirements: project.requirements,
    sizes,
    byName
  });
  return byName;
}
function describeConstraints(constraints) {
  if (constraints.length === 0) return "";
  return ` (with ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")})`;
}
function describeEffectiveRange(requirement, constraints) {
  if (requirement.specifier !== "")
    return `\`${requirement.specifier}\`${describeConstraints(constraints)}`;
  if (constraints.length === 0) return "";
  return `with no version constraint of its own, only ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")},`;
}

// src/policy/compat-match.ts
function matchCompatWhen(context, project, rule, files) {
  const when = context.parseSpecifier(rule.when.specifier);
  if (when === null) return null;
  const name = rule.when.name;
  const inScope = (file) => files === void 0 || files.has(file);
  const locked = listLockedVersions(project, name, inScope);
  if (locked.length > 0) {
    const match = locked.find(({ version }) => admits(when, version));
    return match === void 0 ? null : `${formatLocation(match.entry.file, match.entry.line)} locks ${name} ${match.version.text}`;
  }
  const declared = project.requirements.filter(
    (r) => r.name === name && r.group !== "build" && r.url === null && inScope(r.file)
  );
  const parsed = declared.flatMap((requirement) => {
    const set = context.parseSpecifier(requirement.specifier);
    return set === null || requirement.specifier === "" ? [] : [{ requirement, set }];
  });
  const pinned = parsed.flatMap(({ requirement, set }) => {
    const version = findExactVersion(set);
    return version === null ? [] : [{ requirement, version }];
  });
  if (pinned.length > 0) {
    const match = pinned.find(({ version }) => admits(when, version));
    return match === void 0 ? null : `${formatLocation(match.requirement.file, match.requirement.line)} pins ${name} ${match.version.text}`;
  }
  const inside = parsed.find(
    ({ set }) => safely(() => subset(set.set, when.set).ok, false)
  );
  return inside === void 0 ? null : `${formatLocation(inside.requirement.file, inside.requirement.line)} declares \`${name}${inside.requirement.specifier}\``;
}

// src/policy/acceptable-versions.ts
function isVersionAcceptable(context, project, name, version) {
  return listConstraints(context, project, name).every(
    (set) => admits(set, version)
  ) && !listBanned(context, name).some((set) => admits(set, version));
}
function listConstraints(context, project, name, files) {
  const sets = [];
  const allowed = context.policy.packages[name]?.allowed;
  const parsedAllowed = allowed === void 0 ? null : context.parseSpecifier(allowed);
  if (parsedAllowed !== null) sets.push(parsedAllowed);
  for (const rule of context.policy.compat) {
    if (rule.require.name !== name) continue;
    const require2 = context.parseSpecifier(rule.require.specifier);
    if (require2 !== null && matchCompatWhen(context, project, rule, files) !== null)
      sets.push(require2);
  }
  return sets;
}
function listBanned(context, name) {
  return (context.policy.packages[name]?.banned ?? []).flatMap((text) => {
    const set = context.parseSpecifier(text);
    return set === null ? [] : [set];
  });
}

// src/policy/pin-level.ts
var import_picomatch6 = __toESM(require_picomatch(), 1);
function meetsPinLevel(actual, required) {
  return PIN_LEVELS.indexOf(actual) <= PIN_LEVELS.indexOf(required);
}
function isLocalUrl(url) {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) || /^file:/i.test(url);
}
function isPinnedUrl(url) {
  if (/#(?:.*&)?(?:sha256|sha384|sha512)=[0-9a-f]+/i.test(url)) return true;
  return /^git\+[^#?]*@[0-9a-f]{40}(?:[#?]|$)/i.test(url);
}
function findPinLevel(requirement, set) {
  if (requirement.url !== null) {
    if (isLocalUrl(requirement.url) || isPinnedUrl(requirement.url) || requirement.hashes > 0)
      return "exact";
    return "specified";
  }
  if (requirement.specifier.trim() === "") return "any";
  if (set === null) return null;
  const clauses = set.clauses;
  if (isExactPin(set)) return "exact";
  if (clauses.some(
    (c) => c.operator === "~=" || c.operator === "==" && c.wildcard
  ))
    return "compatible";
  if (safely(() => hasUpperBound(set), false)) return "bounded";
  return "specified";
}
function findRequiredPinLevel(policy, project, requirement) {
  const packagePin = policy.packages[requirement.name]?.pin;
  if (packagePin !== void 0)
    return { level: packagePin, key: `packages.${requirement.name}.pin` };
  const fileLevel = findFilePinLevel(policy, requirement.file);
  if (fileLevel !== null) return fileLevel;
  for (const family of findGroupFamilies(requirement)) {
    const familyLevel = policy.pins[family];
    if (familyLevel !== void 0)
      return { level: familyLevel, key: `pins.${family}` };
  }
  const kind = findPinKind(project, requirement);
  const kindLevel = policy.pins[kind];
  if (kindLevel !== void 0) return { level: kindLevel, key: `pins.${kind}` };
  return { level: policy.pins.default, key: "pins.default" };
}
function findGroupFamilies(requirement) {
  const family = findGroupFamily(requirement.group);
  if (family === "optional" && isDevName(requirement.group.slice(9)))
    return ["dev", "optional"];
  if (requirement.group === "requirements" && isDevRequirementsFile(requirement.file))
    return ["dev"];
  return family === null ? [] : [family];
}
function findGroupFamily(group) {
  if (group === "build") return "build";
  if (group === "dev" || group.startsWith("group:") || group.startsWith("poetry-group:"))
    return "dev";
  if (group.startsWith("optional:")) return "optional";
  if (group === "constraint" || group === "override" || group === "constraints-file")
    return "constraints";
  return null;
}
function findPinKind(project, requirement) {
  if (findFileKind(project, requirement.file) !== "pyproject")
    return "requirements";
  return requirement.group === "poetry" || requirement.group.startsWith("poetry-group:") ? "poetry" : "pyproject";
}
var DEV_EXTRAS = [
  "dev",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "lint",
  "docs",
  "doc",
  "typing"
];
function isDevName(extra) {
  return DEV_EXTRAS.includes(extra.toLowerCase().replace(/[-_.]+/g, "-"));
}
function isDevRequirementsFile(file) {
  const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  return name.includes("dev") || name.includes("test");
}
var FILE_MATCHERS = /* @__PURE__ */ new WeakMap();
function findFilePinLevel(policy, file) {
  const entries = policy.pins.files;
  if (entries.length === 0) return null;
  let matchers = FILE_MATCHERS.get(entries);
  if (matchers === void 0) {
    matchers = entries.map((entry2) => (0, import_picomatch6.default)(entry2.glob, { dot: true }));
    FILE_MATCHERS.set(entries, matchers);
  }
  const index = matchers.findIndex((matches2) => matches2(file));
  const entry = entries[index];
  return entry === void 0 ? null : { level: entry.level, key: `pins.files[${index}].level` };
}

// src/policy/suggest-requirement.ts
function suggestRequirement(context, project, requirement, options = {}) {
  if (requirement.url !== null) return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null) return null;
  const name = requirement.name;
  const together = listFilesResolvedWith(project, requirement.file);
  const constraints = listConstraints(context, project, name, together);
  const banned = listBanned(context, name);
  const needed = listRequirementsOn(context, project, name, together).map(
    (r) => r.set
  );
  const accept = (v) => constraints.every((set) => admits(set, v)) && !banned.some((set) => admits(set, v));
  const level = findExactVersion(declared) !== null ? "exact" : findRequiredPinLevel(context.policy, project, requirement).level;
  const specifier = level === "exact" ? suggestPin(context, project, requirement, declared, constraints, {
    accept,
    needed,
    preferLocked: options.preferLocked === true
  }) : suggestRange(project, requirement, declared, level, {
    constraints,
    banned,
    needed,
    accept
  });
  return specifier === null ? null : { specifier, line: formatRequirement(requirement, specifier) };
}
function suggestPin(context, project, requirement, declared, constraints, options) {
  const { accept, needed } = options;
  const others = listOtherRequirementSets(context, project, requirement);
  const tightening = findExactVersion(declared) === null;
  const keepsDeclared = (v) => !tightening || admits(declared, v);
  const installable = (v) => accept(v) && keepsDeclared(v) && needed.every((set) => admits(set, v));
  const fits = (v) => installable(v) && others.every((set) => admits(set, v));
  if (options.preferLocked) {
    const locked = listLockedVersions(project, requirement.name);
    const only = locked.length === 1 ? locked[0]?.version : void 0;
    if (only !== void 0 && installable(only)) return `==${only.text}`;
  }
  const used = listFleetVersions(context, requirement.name).reverse();
  const floors = [...constraints, ...needed].flatMap((set) => set.clauses).filter(
    (c) => c.operator === "~=" || c.operator === ">=" || c.operator === "==" && !c.wildcard
  ).flatMap((c) => {
    const v = parseVersion(c.version);
    return v === null ? [] : [v];
  }).sort(compareVersions);
  const candidates = [...used, ...floors];
  if (tightening && constraints.length + needed.length > 0) {
    append(candidates, listFloors([declared]));
    const sample = safely(
      () => sampleMember(
        [...constraints, ...needed].reduce(
          (set, other) => intersect(set, other.set),
          declared.set
        )
      ),
      null
    );
    const parsed = sample === null ? null : parseVersion(sample);
    if (parsed !== null) candidates.push(parsed);
  }
  const pick = candidates.find(fits) ?? candidates.find(installable) ?? candidates.find((v) => accept(v) && keepsDeclared(v));
  return pick === void 0 ? null : `==${pick.text}`;
}
function listFloors(sets) {
  return sets.flatMap((set) => set.clauses).filter(
    (c) => c.operator === "~=" || c.operator === ">=" || c.operator === "=="
  ).flatMap((c) => {
    const v = parseVersion(c.version);
    return v === null ? [] : [v];
  }).sort(compareVersions);
}
function suggestRange(project, requirement, declared, level, options) {
  const { constraints, banned, needed } = options;
  const attempts = [
    [...constraints, declared],
    [...constraints, declared, ...needed],
    constraints,
    [...constraints, ...needed]
  ];
  const locked = listLockedVersions(project, requirement.name);
  const only = locked.length === 1 ? locked[0]?.version : void 0;
  if (only !== void 0 && options.accept(only)) {
    const derived = deriveFromVersion(only, level);
    if (derived !== null) attempts.push([...constraints, derived]);
  }
  const overlapsNeeded = (range) => needed.every(
    (set) => safely(() => !isEmpty(intersect(range.set, set.set)), true)
  );
  for (const strict of [true, false]) {
    for (const sets of attempts) {
      const clauses = combineClauses(sets);
      if (clauses === null) continue;
      const excluded = excludeBanned(clauses, banned);
      const parsed = parse(excluded.join(","));
      if (parsed === null || excluded.length === 0) continue;
      if (safely(() => isEmpty(parsed), true)) continue;
      if (strict && !overlapsNeeded(parsed)) continue;
      const reached = findPinLevel(
        { ...requirement, url: null, specifier: parsed.text },
        parsed
      );
      if (reached !== null && meetsPinLevel(reached, level)) return parsed.text;
    }
  }
  return null;
}
function deriveFromVersion(version, level) {
  const release = version.release.map(String);
  switch (level) {
    case "compatible":
      return parse(
        `~=${release.length >= 2 ? version.public : `${version.public}.0`}`
      );
    case "bounded":
      return parse(`>=${version.public},<${BigInt(release[0] ?? "0") + 1n}`);
    default:
      return parse(`>=${version.public}`);
  }
}
function combineClauses(sets) {
  const kept = [];
  const implied = (clauses, clause) => {
    const all2 = parse(clauses.join(","));
    const one = parse(clause);
    return clauses.length > 0 && all2 !== null && one !== null && safely(() => subset(all2.set, one.set).ok, false);
  };
  for (const set of sets)
    for (const clause of set.clauses)
      if (!kept.includes(clause.text) && !implied(kept, clause.text))
        kept.push(clause.text);
  for (const clause of [...kept]) {
    const rest = kept.filter((c) => c !== clause);
    if (implied(rest, clause)) kept.splice(kept.indexOf(clause), 1);
  }
  const all = parse(kept.join(","));
  if (all === null || safely(() => isEmpty(all), true)) return null;
  const rank = (clause) => clause.startsWith("<") ? 2 : clause.startsWith("!=") ? 3 : clause.startsWith(">") ? 1 : 0;
  return [...kept].sort((a, b) => rank(a) - rank(b));
}
var COMPLEMENT = {
  "==": "!=",
  "!=": "==",
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<"
};
function excludeBanned(clauses, banned) {
  const result = [...clauses];
  for (const set of banned) {
    const current = parse(result.join(","));
    if (current === null) return result;
    const overlap = safely(() => intersect(current.set, set.set), null);
    if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
    const [clause, ...more] = set.clauses;
    const operator = clause === void 0 ? void 0 : COMPLEMENT[clause.operator];
    if (clause !== void 0 && more.length === 0 && operator !== void 0)
      result.push(`${operator}${clause.version}`);
  }
  return result;
}
function listOtherRequirementSets(context, project, requirement) {
  return project.requirements.flatMap((other) => {
    if (other === requirement || other.name !== requirement.name || other.group === "build" || other.url !== null || other.file === requirement.file && other.line === requirement.line)
      return [];
    const set = context.parseSpecifier(other.specifier);
    return set === null ? [] : [set];
  });
}
function listFleetVersions(context, name) {
  const seen = /* @__PURE__ */ new Map();
  for (const project of context.projects) {
    for (const { version } of listLockedVersions(project, name))
      seen.set(version.text, version);
    for (const requirement of project.requirements) {
      if (requirement.name !== name || requirement.url !== null) continue;
      const set = context.parseSpecifier(requirement.specifier);
      const version = set === null ? null : findExactVersion(set);
      if (version !== null) seen.set(version.text, version);
    }
  }
  return [...seen.values()].sort(compareVersions);
}
function parse(text) {
  const result = safely(() => parseSpecifierSet(text), null);
  return result?.ok ? result.value : null;
}

// src/policy/rules/unsatisfiable.ts
function checkUnsatisfiable(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects)
    for (const requirement of project.requirements) {
      const clauses = findExcludingClauses(context, requirement);
      if (clauses === null) continue;
      findings.push(describe(project, requirement, clauses, severity));
    }
  return findings;
}
function admitsNothing(set) {
  return safely(() => isEmpty(set), false);
}
function findExcludingClauses(context, requirement) {
  if (requirement.url !== null || requirement.specifier === "") return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null || !admitsNothing(declared)) return null;
  const parts = declared.clauses.flatMap((clause) => {
    const parsed = context.parseSpecifier(clause.text);
    return parsed === null ? [] : [{ text: clause.text, set: parsed.set }];
  });
  const emptyTogether = (items) => items.length > 0 && safely(() => {
    let set = items[0].set;
    for (const item of items.slice(1)) set = intersect(set, item.set);
    return isEmpty(set);
  }, false);
  let kept = [...parts];
  for (const part of parts) {
    const without = kept.filter((p) => p !== part);
    if (emptyTogether(without)) kept = without;
  }
  return kept.map((p) => p.text);
}
function describe(project, requirement, clauses, severity) {
  const why = clauses.length === 1 ? `\`${clauses[0]}\` admits no version` : `${clauses.slice(0, -1).map((c) => `\`${c}\``).join(
    ", "
  )} and \`${clauses[clauses.length - 1]}\` exclude each other`;
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  return {
    rule: "conflict",
    severity,
    project: project.path,
    package: requirement.name,
    file: requirement.file,
    line: requirement.line,
    message: `no version of \`${requirement.name}\` satisfies \`${requirement.name}${requirement.specifier}${marker}\` (${formatLocation(requirement.file, requirement.line)}): ${why}, so installing it fails.`,
    facts: {
      fix: "Keep the clauses of the range you mean.",
      requirement,
      unsatisfiable: true
    }
  };
}

// src/policy/rules/banned.ts
function checkBanned(context) {
  const findings = [];
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements)
      if (!local.has(requirement.name))
        append(findings, checkRequirement2(context, project, requirement));
    append(findings, checkLocked(context, project));
  }
  return findings;
}
function listBannedSets(context, name) {
  return (context.policy.packages[name]?.banned ?? []).flatMap((text) => {
    const set = context.parseSpecifier(text);
    return set === null ? [] : [{ text, set }];
  });
}
function explainBan(context, name) {
  const reason = context.policy.packages[name]?.reason;
  return reason === void 0 ? "" : `: ${reason}`;
}
function checkRequirement2(context, project, requirement) {
  const banned = listBannedSets(context, requirement.name);
  if (banned.length === 0 || requirement.url !== null) return [];
  const effective = isConstraint(requirement) ? { specifier: requirement.specifier, constraints: [] } : findEffectiveRange(project, requirement);
  const declared = context.parseSpecifier(effective.specifier);
  if (declared === null || admitsNothing(declared)) return [];
  const pinned = findExactVersion(declared);
  if (pinned === null && isConstraint(requirement)) return [];
  const suggestion = suggestRequirement(context, project, requirement);
  const severity = context.severityOf("banned");
  const why = explainBan(context, requirement.name);
  const findings = [];
  for (const { text, set } of banned) {
    const base = {
      rule: "banned",
      project: project.path,
      package: requirement.name,
      file: requirement.file,
      line: requirement.line,
      ...suggestion === null ? {} : { suggestion: suggestion.line }
    };
    const facts = (fallback) => ({
      fix: suggestion === null ? fallback : `Write \`${suggestion.line}\`.`,
      also: pinned === null ? `it admits versions banned by \`${text}\`` : `${pinned.text} is banned (\`${text}\`)`,
      requirement,
      ...suggestion === null ? {} : { replacement: suggestion.specifier }
    });
    if (pinned !== null) {
      if (!admits(set, pinned)) continue;
      findings.push({
        ...base,
        severity,
        message: `\`${requirement.name}\` is pinned to ${pinned.text}${describeConstraints(effective.constraints)}, which the policy bans (packages.${requirement.name}.banned: \`${text}\`)${why}.`,
        counterexample: pinned.text,
        facts: facts("Pin another version.")
      });
      continue;
    }
    const overlap = safely(() => intersect(declared.set, set.set), null);
    if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
    const witness = findWitness(overlap);
    const written = effective.specifier === "" ? "with no version constraint" : describeEffectiveRange(requirement, effective.constraints);
    findings.push({
      ...base,
      severity: soften(severity),
      message: `\`${requirement.name}\` ${written} still admits ${witness ?? "versions"} banned by \`${text}\`, and a resolver may pick it${why}.`,
      ...witness === null ? {} : { counterexample: witness },
      facts: facts("Exclude it (e.g. add `!=` clauses or narrow the range).")
    });
  }
  return findings;
}
function checkLocked(context, project) {
  const findings = [];
  const severity = context.severityOf("banned");
  for (const entry of listLockedEntries(project)) {
    const banned = listBannedSets(context, entry.name);
    const version = parseLockedVersion(entry);
    if (banned.length === 0 || version === null || !context.reportsOnLock(project, entry.file))
      continue;
    for (const { text } of banned.filter(({ set }) => admits(set, version))) {
      findings.push({
        rule: "banned",
        severity,
        project: project.path,
        package: entry.name,
        file: entry.file,
        line: entry.line,
        message: `the lock holds \`${entry.name}\` ${version.text}, which the policy bans (\`${text}\`)${explainBan(context, entry.name)}.`,
        counterexample: version.text,
        facts: { fix: "Exclude it in the manifest and re-lock.", entry }
      });
    }
  }
  return findings;
}

// src/policy/rules/compat.ts
function checkCompat(context) {
  const findings = [];
  const severity = context.severityOf("compat");
  for (const [index, rule] of context.policy.compat.entries()) {
    const require2 = context.parseSpecifier(rule.require.specifier);
    if (require2 === null) continue;
    for (const project of context.projects) {
      const reported = /* @__PURE__ */ new Set();
      for (const view of listResolutionViews(project)) {
        const evidence = matchCompatWhen(context, project, rule, view.files);
        if (evidence === null) continue;
        const because = `which the policy requires with ${rule.when.text} (${evidence})${rule.reason === null ? "" : `: ${rule.reason}`}`;
        const breach = {
          context,
          project,
          rule,
          require: require2,
          because,
          severity
        };
        for (const finding of [
          ...checkLocked2(breach, view),
          ...checkDeclared(breach, view)
        ]) {
          const key = `${index}\0${finding.file}:${finding.line}`;
          if (reported.has(key)) continue;
          reported.add(key);
          findings.push(finding);
        }
      }
    }
  }
  return findings;
}
function checkLocked2(breach, view) {
  const { context, project, rule, require: require2 } = breach;
  const name = rule.require.name;
  const findings = [];
  for (const entry of listLockedEntries(project)) {
    if (entry.name !== name || !view.files.has(entry.file)) continue;
    const version = parseLockedVersion(entry);
    if (version === null || admits(require2, version) || !context.reportsOnLock(project, entry.file))
      continue;
    findings.push({
      rule: "compat",
      severity: breach.severity,
      project: project.path,
      package: name,
      file: entry.file,
      line: entry.line,
      message: `the lock holds \`${name}\` ${version.text}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
      counterexample: version.text,
      facts: {
        fix: `Constrain \`${rule.require.text}\` in the manifest and re-lock.`,
        entry
      }
    });
  }
  return findings;
}
function checkDeclared(breach, view) {
  const { context, project, rule, require: require2 } = breach;
  const name = rule.require.name;
  const findings = [];
  for (const requirement of project.requirements) {
    if (requirement.name !== name || !view.files.has(requirement.file) || requirement.group === "build" || requirement.url !== null)
      continue;
    const effective = isConstraint(requirement) ? { specifier: requirement.specifier, constraints: [] } : findEffectiveRange(project, requirement);
    const declared = context.parseSpecifier(effective.specifier);
    if (declared === null || admitsNothing(declared)) continue;
    const pinned = findExactVersion(declared);
    if (pinned === null && isConstraint(requirement)) continue;
    const outside = pinned === null ? findEscape(declared, require2) : admits(require2, pinned) ? null : pinned.text;
    if (outside === null) continue;
    const suggestion = suggestRequirement(context, project, requirement);
    const written = pinned !== null ? `is pinned to ${pinned.text}${describeConstraints(effective.constraints)}` : effective.specifier === "" ? `has no version constraint and admits ${outside}` : `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
    findings.push({
      rule: "compat",
      severity: breach.severity,
      project: project.path,
      package: name,
      file: requirement.file,
      line: requirement.line,
      message: `\`${name}\` ${written}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
      counterexample: outside,
      ...suggestion === null ? {} : { suggestion: suggestion.line },
      facts: {
        fix: suggestion === null ? `Constrain it to \`${rule.require.specifier}\`.` : `Write \`${suggestion.line}\`.`,
        also: `it breaks the policy's \`${rule.require.text}\` with ${rule.when.text}`,
        requirement,
        ...suggestion === null ? {} : { replacement: suggestion.specifier }
      }
    });
  }
  return findings;
}

// src/policy/rules/compiled-mismatch.ts
function checkCompiledMismatch(context) {
  const findings = [];
  for (const project of context.projects)
    for (const set of listInstallSets(project)) {
      if (set.kind !== "compiled" || set.compiled === void 0) continue;
      if (set.compiled.missing.length > 0)
        findings.push(describeMissingInputs(project, set));
      append(findings, compareWithInputs(context, project, set));
    }
  return findings;
}
function compareWithInputs(context, project, set) {
  const requirements = listSetRequirements(project, set);
  const pins = /* @__PURE__ */ new Map();
  for (const r of requirements)
    if (!set.inputs.includes(r.file) && !isConstraintIn(r, set) && r.file !== pyprojectOf(set))
      pins.set(r.name, [...pins.get(r.name) ?? [], r]);
  const findings = [];
  for (const input of listInputRequirements(requirements, set)) {
    if (input.url !== null) continue;
    const pinned = pins.get(input.name) ?? [];
    const rerun = `Re-run \`${set.compiled?.line === null ? "pip-compile" : "the command in its header"}\` to compile it again.`;
    const base = {
      rule: "lock-mismatch",
      severity: context.severityOf("lock-mismatch"),
      project: project.path,
      package: input.name,
      file: input.file,
      line: input.line
    };
    const where = `\`${input.name}${input.specifier}\` (${formatLocation(input.file, input.line)})`;
    if (pinned.length === 0) {
      if (input.marker !== null) continue;
      findings.push({
        ...base,
        message: `${where} is an input of ${set.root}, which pins no \`${input.name}\`: the output was compiled before it was added, and installs without it.`,
        facts: { fix: rerun, requirement: input }
      });
      continue;
    }
    const declared = context.parseSpecifier(input.specifier);
    if (declared === null || input.specifier === "") continue;
    const versions = pinned.flatMap((p) => {
      const set2 = context.parseSpecifier(p.specifier);
      const version = set2 === null ? null : findExactVersion(set2);
      return version === null ? [] : [{ pin: p, version }];
    });
    if (versions.length === 0 || versions.some((v) => admits(declared, v.version)))
      continue;
    const first = versions[0];
    findings.push({
      ...base,
      message: `${where} is an input of ${set.root}, but ${formatLocation(first.pin.file, first.pin.line)} pins ${first.version.text}, which it does not admit: the output was compiled from an older input.`,
      counterexample: first.version.text,
      facts: { fix: rerun, requirement: input }
    });
  }
  return findings;
}
function listInputRequirements(requirements, set) {
  const pyproject = pyprojectOf(set);
  return requirements.filter((r) => {
    if (isConstraintIn(r, set)) return false;
    if (r.file === pyproject)
      return r.group === "project" || r.group.startsWith("optional:") && (set.compiled?.allExtras === true || (set.compiled?.extras ?? []).includes(
        r.group.slice("optional:".length)
      ));
    return set.inputs.includes(r.file);
  });
}
function pyprojectOf(set) {
  return set.inputs.find(
    (f) => f === "pyproject.toml" || f.endsWith("/pyproject.toml")
  );
}
function describeMissingInputs(project, set) {
  const missing = set.compiled?.missing ?? [];
  return {
    rule: "lock-mismatch",
    severity: "notice",
    project: project.path,
    package: null,
    file: set.root,
    line: set.compiled?.line ?? null,
    message: `${set.root} is compiled from ${missing.map((m) => `\`${m}\``).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not in the audited tree: its pins are audited, whether they still match what they were compiled from is not.`,
    facts: {}
  };
}

// src/policy/rules/conflict.ts
function checkConflict(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects) {
    const reported = /* @__PURE__ */ new Set();
    for (const view of listResolutionViews(project)) {
      const byName = /* @__PURE__ */ new Map();
      for (const contribution of collectContributions(context, project, view)) {
        const list = byName.get(contribution.name) ?? [];
        list.push(contribution);
        byName.set(contribution.name, list);
      }
      for (const [name, contributions] of [...byName].sort(
        ([a], [b]) => compareText(a, b)
      )) {
        if (contributions.length < 2) continue;
        for (const group of partition(
          contributions,
          projectScope(project.requiresPython)
        )) {
          const clash = findMinimalClash(group);
          if (clash === null || !clash.some((c) => c.own)) continue;
          const key = `${name}
${clash.map((c) => c.origin).join("\n")}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const anchor = clash.find((c) => c.own) ?? clash[0];
          if (anchor === void 0) continue;
          findings.push({
            rule: "conflict",
            severity,
            project: project.path,
            package: name,
            file: anchor.file,
            line: anchor.line,
            message: `no version of \`${name}\` satisfies all of ${clash.map((c) => `\`${c.text}\` (${c.origin})`).join(", ")}: installing this project fails or silently drops one of them.`,
            facts: {
              fix: "Relax one so their ranges overlap.",
              clash: { members: clash, together: group }
            }
          });
        }
      }
    }
  }
  return findings;
}
function collectContributions(context, project, view) {
  const candidates = [];
  const counts = /* @__PURE__ */ new Map();
  const add = (name, specifier, describe3) => {
    if (specifier.trim() === "") return;
    candidates.push({ name, specifier, describe: describe3 });
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  const applies = requirementApplies(context.projects, project);
  for (const r of project.requirements) {
    if (!view.files.has(r.file)) continue;
    if (r.group === "build" || r.group === "override" || r.url !== null)
      continue;
    if (!applies(r)) continue;
    const scope = /^(optional:|group:|poetry-group:)/.test(r.group) || r.group === "dev" ? r.group : null;
    const marker = r.marker === null ? "" : `; ${r.marker}`;
    add(r.name, r.specifier, () => ({
      text: `${r.name}${r.specifier}${marker}`,
      origin: `${formatLocation(r.file, r.line)}${scope === null ? "" : `, ${scope}`}`,
      file: r.file,
      line: r.line,
      marker: r.marker,
      scope,
      own: true
    }));
  }
  if (view.withLocks) addLockContributions(context, project, add);
  const contributions = [];
  for (const { name, specifier, describe: describe3 } of candidates) {
    if ((counts.get(name) ?? 0) < 2) continue;
    const parsed = context.parseSpecifier(specifier);
    if (parsed !== null && !admitsNothing(parsed))
      contributions.push({ name, ...describe3(), set: parsed.set });
  }
  return contributions;
}
function addLockContributions(context, project, add) {
  const entries = listLockedEntries(project).filter(
    (e) => findFileKind(project, e.file) === "poetry-lock"
  );
  const entryCounts = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.file}\0${entry.name}`;
    entryCounts.set(key, (entryCounts.get(key) ?? 0) + 1);
  }
  for (const entry of entries) {
    if ((entryCounts.get(`${entry.file}\0${entry.name}`) ?? 0) > 1) continue;
    for (const dependency of entry.dependencies) {
      if (!dependencyApplies(project, entry.name, dependency.marker)) continue;
      add(dependency.name, dependency.specifier, () => ({
        text: `${dependency.name}${dependency.specifier}${dependency.marker === null ? "" : `; ${dependency.marker}`}`,
        origin: `${formatLocation(entry.file, entry.line)}, declared by ${entry.name} ${entry.version ?? ""}`.trimEnd(),
        file: entry.file,
        line: entry.line,
        marker: dependency.marker,
        scope: null,
        own: context.reportsOnLock(project, entry.file)
      }));
    }
  }
  const own = findOwnMetadata(project);
  if (own !== null) {
    for (const metadata of project.lockMetadata) {
      if (metadata.package === own.package) continue;
      for (const r of metadata.requiresDist) {
        if (r.url !== null) continue;
        add(r.name, r.specifier, () => ({
          text: `${r.name}${r.specifier}${r.marker === null ? "" : `; ${r.marker}`}`,
          origin: `${formatLocation(r.file, r.line)}, recorded for ${metadata.package}`,
          file: r.file,
          line: r.line,
          marker: r.marker,
          scope: null,
          own: false
        }));
      }
    }
  }
}
function partition(contributions, scope) {
  const markers = [
    ...new Set(
      contributions.flatMap((c) => c.marker === null ? [] : [c.marker])
    )
  ];
  const scopes = [
    ...new Set(
      contributions.flatMap((c) => c.scope === null ? [] : [c.scope])
    )
  ];
  const groups = [];
  for (const group of [null, ...scopes]) {
    for (const together of listMeetingMarkers(markers, scope)) {
      groups.push(
        contributions.filter(
          (c) => (c.scope === null || c.scope === group) && (c.marker === null || together.has(c.marker))
        )
      );
    }
  }
  return groups;
}
var MEETING_BUDGET = 2e3;
function listMeetingMarkers(markers, scope) {
  const found = [/* @__PURE__ */ new Set()];
  let tried = 0;
  const extend = (chosen, from) => {
    let extended = false;
    for (let i = from; i < markers.length; i++) {
      if (++tried > MEETING_BUDGET) return true;
      const next = [...chosen, markers[i]];
      if (!markersMayMeet(next, scope)) continue;
      extended = true;
      if (!extend(next, i + 1)) found.push(new Set(next));
    }
    return extended;
  };
  extend([], 0);
  if (tried > MEETING_BUDGET)
    return [/* @__PURE__ */ new Set(), ...markers.map((m) => /* @__PURE__ */ new Set([m]))];
  return found.filter(
    (set) => !found.some(
      (other) => other !== set && other.size > set.size && [...set].every((m) => other.has(m))
    )
  );
}
function findMinimalClash(group) {
  const emptyTogether = (items) => {
    if (items.length < 2) return false;
    return safely(() => {
      let set = items[0]?.set;
      for (const item of items.slice(1)) set = intersect(set, item.set);
      return isEmpty(set);
    }, false);
  };
  if (!emptyTogether(group)) return null;
  let clash = [...group];
  for (const item of group) {
    const without = clash.filter((c) => c !== item);
    if (emptyTogether(without)) clash = without;
  }
  return clash;
}

// src/policy/rules/dead-marker.ts
function checkDeadMarker(context) {
  const findings = [];
  const severity = context.severityOf("dead-marker");
  for (const project of context.projects)
    for (const requirement of project.requirements) {
      const reason = explainDeadMarker(project, requirement);
      if (reason === null) continue;
      findings.push({
        rule: "dead-marker",
        severity,
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}${requirement.specifier}; ${requirement.marker}\` never applies: ${reason}. Nothing installs it, so no other rule judges it.`,
        facts: {
          fix: "Remove the line, or correct its marker.",
          requirement
        }
      });
    }
  return findings;
}
function explainDeadMarker(project, requirement) {
  const marker = requirement.marker;
  if (marker === null || marker.trim() === "") return null;
  const extras = knownExtras(project, requirement);
  const scope = {
    requiresPython: project.requiresPython,
    extras
  };
  if (markerMayHold(marker, scope)) return null;
  if (!markerMayHold(marker, { requiresPython: null, extras: null }))
    return "its marker contradicts itself";
  if (project.requiresPython !== null && !markerMayHold(marker, {
    requiresPython: project.requiresPython,
    extras: null
  }))
    return `it cannot hold on any Python the project supports (requires-python \`${project.requiresPython}\`)`;
  return "pip installs a requirements file with no extra set, so its `extra` never matches";
}
function knownExtras(project, requirement) {
  return findFileKind(project, requirement.file) === "requirements" ? [] : null;
}
function listLiveProjects(projects) {
  return projects.map((project) => {
    const live = project.requirements.filter(
      (r) => explainDeadMarker(project, r) === null
    );
    return live.length === project.requirements.length ? project : { ...project, requirements: live };
  });
}

// src/knowledge/known-incompatibilities.ts
var KNOWN_INCOMPATIBILITIES = [
  {
    package: { name: "mcp", specifier: "<=1.27.0" },
    with: { name: "httpx", specifier: ">=1.0.dev0" },
    problem: "httpx 1.0 pre-releases are an incompatible rewrite and `import mcp` fails with them; mcp up to 1.27.0 declares no upper bound on httpx. Pin httpx below 1.0 (httpx>=0.27.1,<1) or move to mcp>=1.27.1, which declares httpx<1.0.0",
    source: "encode/httpx CHANGELOG; modelcontextprotocol/python-sdk PR #2559 (facts/mcp-stack.md)"
  },
  {
    package: { name: "openai", specifier: ">=1.0.0,<1.55.3" },
    with: { name: "httpx", specifier: ">=0.28" },
    problem: "httpx 0.28 removed `proxies=`, which these openai releases pass to httpx.Client (`TypeError: Client.__init__() got an unexpected keyword argument 'proxies'`). Upgrade to openai>=1.55.3 or keep httpx<0.28",
    source: 'openai/openai-python CHANGELOG 1.55.3 (2024-11-28): "compat with new httpx 0.28.0 release" (#1904), issue #1902; encode/httpx CHANGELOG 0.28.0'
  },
  {
    package: { name: "anthropic", specifier: "<0.40.0" },
    with: { name: "httpx", specifier: ">=0.28" },
    problem: "httpx 0.28 removed `proxies=`, which these anthropic releases pass to httpx.Client (`TypeError: ... unexpected keyword argument 'proxies'`). Upgrade to anthropic>=0.40.0 or keep httpx<0.28",
    source: 'anthropics/anthropic-sdk-python CHANGELOG 0.40.0 (2024-11-28): "compat with new httpx 0.28.0 release" (#765); encode/httpx CHANGELOG 0.28.0'
  }
];

// src/policy/rules/dependency-conflict.ts
function checkDependencyConflicts(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects) {
    const reported = /* @__PURE__ */ new Set();
    for (const view of listResolutionViews(project))
      for (const [key, finding] of checkView(context, project, view, severity))
        if (!reported.has(key)) {
          reported.add(key);
          findings.push(finding);
        }
  }
  return findings;
}
function checkView(context, project, view, severity) {
  const out = [];
  const inView = (file) => view.files.has(file);
  const installed = listInstalledReleases(context, project).filter(
    (r) => inView(r.file)
  );
  const overridden = listOverriddenNames(context.projects, project);
  for (const parent of installed) {
    if (parent.requirement !== null && isConstraint(parent.requirement))
      continue;
    const source = findRequirementsOf(context, project, parent);
    if (source === null) continue;
    const requiresPython = combineRequiresPython(
      project.requiresPython,
      source.requiresPython
    );
    const environment = {
      requiresPython,
      extras: listRequestedExtras(project, parent.name, inView)
    };
    for (const dependency of source.requirements) {
      if (dependency.specifier === "" || dependency.name === parent.name)
        continue;
      if (overridden.has(dependency.name)) continue;
      if (!markerMayApply(dependency.marker, environment)) continue;
      const required = context.parseSpecifier(dependency.specifier);
      if (required === null) continue;
      const clash = { context, project, parent, dependency, required, source };
      append(
        out,
        parent.requirement !== null ? checkPinnedParent(clash, parent.requirement, {
          environment,
          requiresPython,
          severity,
          inView
        }) : checkLockedParent(clash, installed, environment, severity)
      );
    }
  }
  for (const finding of checkKnownIncompatibilities(
    context,
    project,
    installed,
    severity
  ))
    out.push([
      `${finding.file}:${finding.line}\0${finding.message}`,
      { ...finding, facts: {} }
    ]);
  return out;
}
function checkPinnedParent({ context, project, parent, dependency, required, source }, pin, where) {
  const { environment, requiresPython, severity, inView } = where;
  const out = [];
  const push = (key, finding) => out.push([key, finding]);
  for (const declared of listDeclared(
    project,
    dependency.name,
    requiresPython
  )) {
    if (!inView(declared.file)) continue;
    if (!markersMayMeet(
      [pin.marker, dependency.marker, declared.marker],
      environment
    ))
      continue;
    const own = context.parseSpecifier(declared.specifier);
    if (own === null) continue;
    if (!safely(() => isEmpty(intersect(own.set, required.set)), false))
      continue;
    const text = `${declared.name}${declared.specifier}`;
    const members = [
      {
        file: declared.file,
        line: declared.line,
        text,
        origin: formatLocation(declared.file, declared.line),
        set: own.set,
        own: true
      },
      {
        file: parent.file,
        line: parent.line,
        text: dependency.text,
        origin: `${formatLocation(parent.file, parent.line)}, declared by ${parent.name} ${parent.version}`,
        set: required.set,
        own: false
      }
    ];
    push(
      `${declared.file}:${declared.line}\0${parent.name}\0${dependency.text}`,
      {
        rule: "conflict",
        severity,
        project: project.path,
        package: dependency.name,
        file: declared.file,
        line: declared.line,
        message: `\`${text}\` (${formatLocation(declared.file, declared.line)}) cannot be installed with ${describeRelease(parent)}, which requires \`${dependency.text}\` ${source.origin}: the install fails.`,
        facts: {
          fix: `Change ${dependency.name} to a version in \`${dependency.specifier}\`, or pin another ${parent.name} release that accepts ${text}.`,
          requirement: declared,
          clash: { members, together: members }
        }
      }
    );
  }
  return out;
}
function checkLockedParent({ parent, dependency, required, source, project }, installed, environment, severity) {
  const out = [];
  const push = (key, finding) => out.push([key, finding]);
  const entry = parent.entry;
  if (entry === null) return out;
  for (const child of installed) {
    if (child.entry === null || child.name !== dependency.name || child.file !== parent.file)
      continue;
    const version = parseVersion(child.version);
    if (version === null || admits(required, version)) continue;
    if (!markersMayMeet(
      [lockFork(entry), dependency.marker, lockFork(child.entry)],
      environment
    ))
      continue;
    push(`${child.file}:${child.line}\0${parent.name}\0${dependency.text}`, {
      rule: "conflict",
      severity,
      project: project.path,
      package: dependency.name,
      file: child.file,
      line: child.line,
      message: `${describeRelease(child)} is outside \`${dependency.text}\`, which ${describeRelease(parent)} requires ${source.origin}: no resolver writes such a lock, so it was edited by hand or is stale.`,
      facts: {
        fix: `Re-lock, or move ${dependency.name} into \`${dependency.specifier}\`.`,
        ...child.entry === null ? {} : { entry: child.entry }
      }
    });
  }
  return out;
}
function listDeclared(project, name, requiresPython) {
  return project.requirements.filter(
    (r) => r.name === name && r.specifier !== "" && r.url === null && r.group !== "build" && r.group !== "override" && markerMayApply(r.marker, { requiresPython, extras: [] })
  );
}
function checkKnownIncompatibilities(context, project, installed, severity) {
  const findings = [];
  const world = (r) => r.entry === null ? "pins" : `lock:${r.file}`;
  for (const known of KNOWN_INCOMPATIBILITIES) {
    const broken = context.parseSpecifier(known.package.specifier);
    const breaking = context.parseSpecifier(known.with.specifier);
    if (broken === null || breaking === null) continue;
    for (const a of installed) {
      const va = parseVersion(a.version);
      if (a.name !== known.package.name || va === null || !admits(broken, va))
        continue;
      for (const b of installed) {
        const vb = parseVersion(b.version);
        if (b.name !== known.with.name || world(b) !== world(a) || vb === null || !admits(breaking, vb))
          continue;
        findings.push({
          rule: "conflict",
          severity,
          project: project.path,
          package: b.name,
          file: b.file,
          line: b.line,
          // The source stays in the knowledge table and docs/policy.md: a message names what and why.
          message: `${describeRelease(b)} breaks ${describeRelease(a)}, a known incompatibility no package metadata declares: ${known.problem}.`
        });
      }
    }
  }
  return findings;
}

// src/policy/rules/diverged.ts
function checkDiverged(context) {
  const findings = [];
  for (const project of context.projects) {
    const sets = listInstallSets(project);
    const manifest = sets.find((s) => s.kind === "pyproject");
    if (manifest === void 0 || !manifest.root.endsWith("pyproject.toml"))
      continue;
    const declared = collect(context, project, manifest, false);
    for (const other of sets) {
      if (other === manifest || other.files.includes(manifest.root)) continue;
      const installed = collect(
        context,
        project,
        other,
        other.kind === "compiled"
      );
      for (const [name, left] of [...declared].sort(
        ([a], [b]) => compareText(a, b)
      )) {
        const right = installed.get(name);
        if (right === void 0 || !disjoint(left, right)) continue;
        findings.push(describe2(context, project, name, left, right));
      }
    }
  }
  return findings;
}
function collect(context, project, set, pinsOnly) {
  const byName = /* @__PURE__ */ new Map();
  for (const r of listSetRequirements(project, set)) {
    if (!isBase(r) || pinsOnly && set.inputs.includes(r.file)) continue;
    const parsed = context.parseSpecifier(r.specifier);
    if (parsed === null) continue;
    const member = {
      file: r.file,
      line: r.line,
      text: `${r.name}${r.specifier}`,
      origin: formatLocation(r.file, r.line),
      set: parsed.set,
      own: true
    };
    byName.set(r.name, [...byName.get(r.name) ?? [], member]);
  }
  return byName;
}
function isBase(r) {
  return r.marker === null && r.url === null && r.specifier !== "" && [
    "project",
    "poetry",
    "requirements",
    "constraint",
    "constraints-file"
  ].includes(r.group);
}
function disjoint(left, right) {
  const meet = (members) => members.reduce(
    (acc, m) => acc === null ? m.set : intersect(acc, m.set),
    null
  );
  return safely(() => {
    const a = meet(left);
    const b = meet(right);
    if (a === null || b === null || isEmpty(a) || isEmpty(b)) return false;
    return isEmpty(intersect(a, b));
  }, false);
}
function describe2(context, project, name, left, right) {
  const anchor = right[0];
  const list = (members) => members.map((m) => `\`${m.text}\` (${m.origin})`).join(", ");
  return {
    rule: "diverged",
    severity: context.severityOf("diverged"),
    project: project.path,
    package: name,
    file: anchor.file,
    line: anchor.line,
    message: `the two ways to install ${project.path === "." ? "this project" : project.path} disagree on \`${name}\`: ${list(left)} against ${list(right)}; no version satisfies both.`,
    facts: {
      fix: "Align them; if the two are installed together, say so with `[[install]]` in the policy (then it is a `conflict`).",
      clash: { members: [...left, ...right], together: [...left, ...right] }
    }
  };
}

// src/policy/rules/exception-expired.ts
function listActiveExceptions(exceptions, today) {
  const day = formatDay(today);
  return exceptions.filter(
    (exception) => exception.until === null || exception.until >= day
  );
}
function checkExceptionExpired(context) {
  const active = new Set(
    listActiveExceptions(context.policy.exceptions, context.today)
  );
  return context.policy.exceptions.filter((exception) => !active.has(exception)).map((exception) => {
    const scope = [
      exception.package === null ? null : `package ${exception.package}`,
      exception.project === null ? null : `projects ${exception.project}`,
      exception.file === null ? null : `files ${exception.file}`
    ].filter((part) => part !== null);
    return {
      rule: "exception-expired",
      severity: context.severityOf("exception-expired"),
      project: null,
      package: exception.package,
      file: context.policy.file,
      line: exception.line,
      message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} expired on ${exception.until} ("${exception.reason}"), so the findings it suppressed are reported again.`,
      facts: { fix: "Fix them, or move `until` if the reason still holds." }
    };
  });
}
function formatDay(date) {
  return Number.isNaN(date.getTime()) ? "9999-12-31" : date.toISOString().slice(0, 10);
}

// src/policy/rules/exception-unused.ts
var INDEX_RULES = /* @__PURE__ */ new Set([
  "yanked",
  "too-new",
  "index-unavailable"
]);
function checkExceptionUnused(context, active, used) {
  return active.filter(
    (exception) => !used.has(exception) && context.policy.rules[exception.rule] !== "off" && (context.index.online || !INDEX_RULES.has(exception.rule))
  ).map((exception) => {
    const scope = [
      exception.package === null ? null : `package ${exception.package}`,
      exception.project === null ? null : `projects ${exception.project}`,
      exception.file === null ? null : `files ${exception.file}`
    ].filter((part) => part !== null);
    return {
      rule: "exception-unused",
      severity: context.severityOf("exception-unused"),
      project: null,
      package: exception.package,
      file: context.policy.file,
      line: exception.line,
      message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} ("${exception.reason}") matched no finding in this audit: its globs may be misspelled, or the problem is gone.`,
      facts: { fix: "Fix its `project`/`file`/`package`, or remove it." }
    };
  });
}

// src/policy/rules/inconsistent.ts
function checkInconsistent(context) {
  const wanted = context.policy.consistency.packages;
  const projects = [...context.projects].sort(
    (a, b) => compareText(a.path, b.path)
  );
  const names = wanted === "*" ? [
    ...new Set(
      projects.flatMap((p) => [
        ...p.requirements.map((r) => r.name),
        ...p.locked.map((e) => e.name)
      ])
    )
  ] : wanted;
  const findings = [];
  for (const name of [...names].sort(compareText)) {
    const rows = projects.flatMap((project) => {
      const row = findRow(context, project, name);
      return row === null ? [] : [row];
    });
    const reference = findReference(rows);
    const referenceRow = reference?.[0];
    if (reference === null || referenceRow === void 0) continue;
    const referenceSignature = referenceRow.signature;
    const deviating = rows.filter(
      (row) => row.signature !== referenceSignature && placedVersionsDiffer(
        row.placed,
        referenceRow.placed,
        projectScope(
          sharedPythons(
            row.project.requiresPython,
            referenceRow.project.requiresPython
          )
        )
      )
    ).map((row) => ({ row, anchor: findAnchor(row, referenceRow.versions) }));
    if (deviating.length === 0) continue;
    const table = formatTable(
      name,
      rows,
      new Set(deviating.map(({ row }) => row))
    );
    for (const { row, anchor } of deviating) {
      const entry = anchor.entry;
      if (entry !== void 0 && !context.reportsOnLock(row.project, entry.file) && deviating.some(
        (other) => other.row !== row && other.anchor.entry?.file === entry.file && other.anchor.entry.line === entry.line && context.reportsOnLock(other.row.project, entry.file)
      ))
        continue;
      findings.push(
        buildFinding(context, {
          name,
          row,
          anchor,
          referenceRow,
          others: `${reference?.length ?? 0} other project(s)`,
          table
        })
      );
    }
  }
  return findings;
}
function findReference(rows) {
  const counts = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const same = [...counts.keys()].find(
      (key) => sameVersions(counts.get(key)?.[0]?.versions ?? [], row.versions)
    );
    if (same !== void 0) row.signature = same;
    counts.set(row.signature, [...counts.get(row.signature) ?? [], row]);
  }
  if (counts.size < 2) return null;
  const [reference] = [...counts.values()].sort(
    (a, b) => countResolutions(b) - countResolutions(a) || compareNewest(b[0]?.versions ?? [], a[0]?.versions ?? [])
  );
  return reference ?? null;
}
function buildFinding(context, {
  name,
  row,
  anchor,
  referenceRow,
  others,
  table
}) {
  const target = referenceRow.versions.length === 1 ? referenceRow.versions[0] : void 0;
  const suggestion = anchor.requirement !== void 0 && anchor.pinned && target !== void 0 && isVersionAcceptable(context, row.project, name, target) ? formatRequirement(anchor.requirement, `==${target.text}`) : void 0;
  return {
    rule: "inconsistent",
    severity: context.severityOf("inconsistent"),
    project: row.project.path,
    package: name,
    file: anchor.file,
    line: anchor.line,
    message: `\`${name}\` is at ${row.signature} in ${row.project.path} but at ${referenceRow.signature} in ${others}${anchor.requirement === void 0 ? ` (${formatLocation(anchor.file, anchor.line)} locks it)` : ""}: code tested in one project is not what runs in another.`,
    ...suggestion === void 0 ? {} : { suggestion },
    facts: {
      fix: suggestion !== void 0 ? `Write \`${suggestion}\`.` : anchor.requirement === void 0 ? `Align it on ${referenceRow.signature} (constrain it in the manifest and re-lock).` : `Align it on ${referenceRow.signature}.`,
      detail: table,
      also: `${row.project.path} is on ${name} ${row.signature} while ${others} use ${referenceRow.signature}`,
      ...anchor.requirement === void 0 ? {} : { requirement: anchor.requirement },
      ...anchor.entry === void 0 ? {} : { entry: anchor.entry }
    }
  };
}
function findRow(context, project, name) {
  if (listLocalPackages(project).has(name)) return null;
  const declared = project.requirements.filter((r) => r.name === name && r.group !== "build").map((requirement) => {
    const set = requirement.url === null ? context.parseSpecifier(requirement.specifier) : null;
    return {
      requirement,
      set,
      pin: set === null ? null : findExactVersion(set)
    };
  });
  const locked = listLockedVersions(project, name);
  let versions = locked.map(({ version }) => version);
  let placed = listLockedEntries(project).flatMap((entry) => {
    const version = entry.name === name ? parseLockedVersion(entry) : null;
    return version === null ? [] : [{ version, marker: lockFork(entry) }];
  });
  if (versions.length === 0) {
    const distinct = new Map(
      declared.flatMap(
        ({ pin }) => pin === null ? [] : [[versionIdentity(pin), pin]]
      )
    );
    versions = [...distinct.values()].sort(compareVersions);
    placed = declared.flatMap(
      ({ pin, requirement }) => pin === null ? [] : [{ version: pin, marker: requirement.marker }]
    );
  }
  if (versions.length === 0) return null;
  return {
    project,
    versions,
    signature: versions.map((v) => v.text).join(" + "),
    placed,
    locked,
    declared
  };
}
function countResolutions(rows) {
  const keys = new Set(
    rows.map(
      (row) => row.locked.length === 0 ? `project\0${row.project.path}` : `lock\0${[...new Set(row.locked.map(({ entry }) => entry.file))].sort(compareText).join("\0")}`
    )
  );
  return keys.size;
}
function findAnchor(row, reference) {
  const isReference = (v) => reference.some((r) => compareVersions(r, v) === 0);
  const deviating = row.versions.filter((v) => !isReference(v));
  const isDeviating = (v) => v !== null && deviating.some((d) => compareVersions(d, v) === 0);
  const own = row.declared.filter(
    ({ requirement }) => ownsFile(row.project, requirement.file)
  );
  const ownPin = own.find(({ pin }) => isDeviating(pin));
  if (ownPin !== void 0) return fromRequirement(ownPin.requirement, true);
  const excluding = own.find(
    ({ set, pin }) => pin === null && set !== null && reference.length > 0 && !reference.some((v) => admits(set, v))
  );
  if (excluding !== void 0)
    return fromRequirement(excluding.requirement, false);
  const entry = row.locked.find(({ version }) => isDeviating(version))?.entry ?? row.locked[0]?.entry;
  if (entry !== void 0)
    return { file: entry.file, line: entry.line, pinned: false, entry };
  const anyPin = row.declared.find(({ pin }) => isDeviating(pin)) ?? row.declared.find(({ pin }) => pin !== null);
  if (anyPin !== void 0) return fromRequirement(anyPin.requirement, true);
  const first = row.declared[0]?.requirement;
  return first === void 0 ? { file: "", line: 0, pinned: false } : fromRequirement(first, false);
}
function fromRequirement(requirement, pinned) {
  return {
    file: requirement.file,
    line: requirement.line,
    requirement,
    pinned
  };
}
function compareNewest(a, b) {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return x === void 0 || y === void 0 ? 0 : compareVersions(x, y);
}
function formatTable(name, rows, differing) {
  const width = Math.max(
    "project".length,
    ...rows.map((r) => r.project.path.length)
  );
  const lines = [`${"project".padEnd(width)}  ${name}`];
  for (const row of rows) {
    lines.push(
      `${row.project.path.padEnd(width)}  ${row.signature}${differing.has(row) ? "  <- differs" : ""}`
    );
  }
  return lines.join("\n");
}
function versionIdentity(version) {
  return version.release.length > 1 && version.release[version.release.length - 1] === 0n ? versionIdentity({ ...version, release: version.release.slice(0, -1) }) : `${version.epoch}!${version.release.join(".")}|${version.text.replace(/^(?:\d+!)?[\d.]+/, "")}`;
}
function sameVersions(a, b) {
  return a.length === b.length && a.every((v, i) => {
    const w = b[i];
    return w !== void 0 && compareVersions(v, w) === 0;
  });
}

// src/policy/rules/index.ts
var SOURCE_OPTIONS = {
  "--index-url": "an index",
  "--extra-index-url": "an extra index",
  "--find-links": "a find-links location",
  "--trusted-host": "a trusted host"
};
var ALWAYS_ALLOWED = [
  "https://pypi.org/simple",
  "https://pypi.org/pypi",
  // Where PyPI's index sends the downloads.
  "https://files.pythonhosted.org"
];
function normalizeSource(text) {
  const trimmed = text.trim().replace(/^(\.\/)+/, "");
  let end = trimmed.length;
  while (end > 1 && trimmed[end - 1] === "/") end--;
  const value = trimmed.slice(0, end);
  const scheme = value.indexOf("://");
  if (scheme === -1) return value;
  const rest = value.slice(scheme + 3);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  return `${value.slice(0, scheme).toLowerCase()}://${host}${slash === -1 ? "" : rest.slice(slash)}`;
}
function hostOf(text) {
  const normalized = normalizeSource(text);
  const scheme = normalized.indexOf("://");
  const rest = scheme === -1 ? normalized : normalized.slice(scheme + 3);
  const slash = rest.indexOf("/");
  return (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
}
function checkIndex(context) {
  const listed = [
    ...ALWAYS_ALLOWED,
    ...context.policy.indexUrl ? [context.policy.indexUrl] : [],
    ...context.policy.indexes.allowed
  ];
  const allowed = {
    sources: new Set(listed.map(normalizeSource)),
    hosts: new Set(listed.map(hostOf))
  };
  const severity = context.severityOf("index");
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const project of context.projects) {
    const found = [
      ...project.pipOptions.flatMap((o) => checkPipOption(o, allowed)),
      ...(project.packageSources ?? []).flatMap(
        (s) => checkSetting(s, allowed)
      ),
      ...checkLockRegistries(context, project, allowed)
    ];
    for (const { file, line, message, fix, pkg } of found) {
      const id = `${file}\0${line}\0${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({
        rule: "index",
        severity,
        project: project.path,
        package: pkg ?? null,
        file,
        line,
        message,
        facts: { fix }
      });
    }
  }
  return findings;
}
var fixFor = (value) => `Remove it, or, if it is trusted, add \`${normalizeSource(value)}\` to [indexes] allowed in the policy.`;
function checkPipOption(option, allowed) {
  const kind = SOURCE_OPTIONS[option.name];
  const value = option.value;
  if (kind === void 0 || value === null) return [];
  const ok = option.name === "--trusted-host" ? allowed.hosts.has(hostOf(value)) : allowed.sources.has(normalizeSource(value));
  if (ok) return [];
  return [
    {
      file: option.file ?? null,
      line: option.line,
      message: `\`${option.name} ${value}\` adds ${kind} the policy does not list: pip may install any package from it, whatever the pins say.`,
      fix: fixFor(value)
    }
  ];
}
function checkSetting(setting, allowed) {
  if (allowed.sources.has(normalizeSource(setting.url))) return [];
  const kind = setting.kind === "index" ? "an index" : "a find-links location";
  const tool = setting.setting.includes("poetry") ? "Poetry" : "uv";
  return [
    {
      file: setting.file,
      line: setting.line,
      message: `\`${setting.setting} = "${setting.url}"\` adds ${kind} the policy does not list: ${tool} may install any package from it, whatever the pins say.`,
      fix: fixFor(setting.url)
    }
  ];
}
function checkLockRegistries(context, project, allowed) {
  const named = new Set(
    [
      ...(project.packageSources ?? []).map((s) => s.url),
      ...project.pipOptions.map((o) => o.value ?? "")
    ].map(normalizeSource)
  );
  const byIndex = /* @__PURE__ */ new Map();
  for (const entry of project.locked) {
    if (entry.source !== "registry" || entry.sourceUrl === null) continue;
    const source = normalizeSource(entry.sourceUrl);
    if (allowed.sources.has(source) || named.has(source)) continue;
    if (!context.reportsOnLock(project, entry.file)) continue;
    const key = `${entry.file}\0${source}`;
    byIndex.set(key, [...byIndex.get(key) ?? [], entry]);
  }
  return [...byIndex.values()].map((entries) => {
    const first = entries.reduce((a, b) => b.line < a.line ? b : a);
    const url = first.sourceUrl;
    const names = [...new Set(entries.map((e) => e.name))];
    const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")}, \u2026` : names.join(", ");
    return {
      file: first.file,
      line: first.line,
      message: `${baseName(first.file)} installs ${names.length === 1 ? names[0] : `${names.length} packages (${shown})`} from \`${url}\`, an index the policy does not list: the installer downloads from there, whatever the pins say.`,
      fix: `Lock them from an index the policy lists, or, if it is trusted, add \`${normalizeSource(url)}\` to [indexes] allowed in the policy.`,
      ...names.length === 1 ? { pkg: first.name } : {}
    };
  });
}
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);

// src/policy/rules/index-unavailable.ts
var NAMED_RELEASES = 10;
function checkIndexUnavailable(context) {
  if (!context.index.online) return [];
  const severity = context.severityOf("index-unavailable");
  const groups = /* @__PURE__ */ new Map();
  for (const project of context.projects) {
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (found === null || found.lookup.ok) continue;
      const key = JSON.stringify([found.index, found.lookup.error]);
      const group = groups.get(key) ?? {
        index: found.index,
        error: found.lookup.error,
        failed: [],
        seen: /* @__PURE__ */ new Set(),
        projects: /* @__PURE__ */ new Set()
      };
      group.projects.add(project.path);
      const where = JSON.stringify([release.file, release.line, release.text]);
      if (!group.seen.has(where)) {
        group.seen.add(where);
        group.failed.push({ project: project.path, release });
      }
      groups.set(key, group);
    }
  }
  const findings = [];
  for (const { index, error, failed, projects } of groups.values()) {
    failed.sort(
      (a, b) => compareText(a.release.file, b.release.file) || a.release.line - b.release.line || compareText(a.release.name, b.release.name)
    );
    const first = failed[0];
    if (first === void 0) continue;
    if (failed.length === 1) {
      findings.push({
        rule: "index-unavailable",
        severity,
        project: first.project,
        package: first.release.name,
        file: first.release.file,
        line: first.release.line,
        message: `could not look up ${describeRelease(first.release)} on ${index} (${error}). Whether it is yanked or too new, and what it requires, was not checked.`
      });
      continue;
    }
    const named = failed.slice(0, NAMED_RELEASES).map((f) => describeRelease(f.release));
    const more = failed.length - named.length;
    findings.push({
      rule: "index-unavailable",
      severity,
      project: projects.size === 1 ? first.project : null,
      package: null,
      file: first.release.file,
      line: first.release.line,
      message: `could not look up ${failed.length} releases${projects.size > 1 ? ` in ${projects.size} projects` : ""} on ${index} (${error}): ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}. Whether they are yanked or too new, and what they require, was not checked.`
    });
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/rules/missing.ts
var import_picomatch7 = __toESM(require_picomatch(), 1);
var NOT_DECLARING = /* @__PURE__ */ new Set([
  "build",
  "constraint",
  "override",
  "constraints-file"
]);
function checkMissing(context) {
  const required = Object.entries(context.policy.packages).flatMap(
    ([name, settings]) => {
      const value = settings.required;
      if (value === void 0 || value === false) return [];
      const globs = value === true ? null : value;
      const matches2 = globs === null ? () => true : (0, import_picomatch7.default)(globs, { dot: true });
      return [{ name, globs, matches: matches2 }];
    }
  );
  if (required.length === 0) return [];
  const findings = [];
  for (const project of context.projects) {
    const declared = new Set(
      project.requirements.filter(declares).map((r) => r.name)
    );
    for (const { name, globs, matches: matches2 } of required) {
      if (declared.has(name) || !matches2(project.path)) continue;
      const manifest = findManifest(project);
      const scope = globs === null ? "of every project" : `of the projects matching ${globs.map((g) => `\`${g}\``).join(", ")}`;
      findings.push({
        rule: "missing",
        severity: context.severityOf("missing"),
        project: project.path,
        package: name,
        file: manifest,
        line: null,
        message: `${project.path === "." ? "the root project" : `\`${project.path}\``} does not declare \`${name}\`, which the policy requires ${scope} (packages.${name}.required).`,
        facts: {
          fix: `Add \`${name}\` to its dependencies, or narrow packages.${name}.required.`
        }
      });
    }
  }
  return findings;
}
function declares(requirement) {
  return !NOT_DECLARING.has(requirement.group);
}
function findManifest(project) {
  const pyproject = project.files.find((f) => f.kind === "pyproject");
  if (pyproject !== void 0) return pyproject.path;
  const declared = project.requirements.filter(declares);
  const runtime = declared.find((r) => !isDevRequirementsFile(r.file));
  return (runtime ?? declared[0])?.file ?? project.files[0]?.path ?? null;
}

// src/policy/rules/outside-policy.ts
function checkOutsidePolicy(context) {
  const findings = [];
  const severity = context.severityOf("outside-policy");
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements) {
      if (local.has(requirement.name)) continue;
      const settings = context.policy.packages[requirement.name];
      if (settings?.allowed === void 0 || requirement.url !== null) continue;
      if (requirement.group === "constraints-file" || requirement.group === "constraint")
        continue;
      const allowed = context.parseSpecifier(settings.allowed);
      const effective = findEffectiveRange(project, requirement);
      const declared = context.parseSpecifier(effective.specifier);
      if (allowed === null || declared === null || admitsNothing(declared))
        continue;
      const because = explain(requirement.name, settings.allowed);
      const pinned = findExactVersion(declared);
      const outside = pinned === null ? findEscape(declared, allowed) : admits(allowed, pinned) ? null : pinned.text;
      if (outside === null) continue;
      const suggestion = suggestRequirement(context, project, requirement);
      const written = pinned !== null ? `is pinned to ${pinned.text}` : effective.specifier === "" ? `with no version constraint admits ${outside}` : `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
      findings.push({
        rule: "outside-policy",
        severity,
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}\` ${written}, ${because}${pinned === null ? ", and a resolver may pick it" : ""}${settings.reason === void 0 ? "" : `: ${settings.reason}`}.`,
        counterexample: outside,
        ...suggestion === null ? {} : { suggestion: suggestion.line },
        facts: {
          fix: suggestion === null ? `Pin a version inside \`${settings.allowed}\`.` : `Write \`${suggestion.line}\`.`,
          also: `it is ${explain(requirement.name, settings.allowed)}`,
          requirement,
          ...suggestion === null ? {} : { replacement: suggestion.specifier }
        }
      });
    }
    append(findings, checkLockedVersions(context, project));
  }
  return findings;
}
function checkLockedVersions(context, project) {
  const findings = [];
  const severity = context.severityOf("outside-policy");
  for (const entry of listLockedEntries(project)) {
    const settings = context.policy.packages[entry.name];
    if (settings?.allowed === void 0 || !context.reportsOnLock(project, entry.file))
      continue;
    const allowed = context.parseSpecifier(settings.allowed);
    const version = parseLockedVersion(entry);
    if (allowed === null || version === null || admits(allowed, version))
      continue;
    findings.push({
      rule: "outside-policy",
      severity,
      project: project.path,
      package: entry.name,
      file: entry.file,
      line: entry.line,
      message: `the lock holds \`${entry.name}\` ${version.text}, ${explain(entry.name, settings.allowed)}${settings.reason === void 0 ? "" : `: ${settings.reason}`}.`,
      counterexample: version.text,
      facts: {
        fix: `Constrain it to \`${settings.allowed}\` in the manifest and re-lock.`,
        entry
      }
    });
  }
  return findings;
}
function explain(name, allowed) {
  return `outside the policy's \`${allowed}\` (packages.${name}.allowed)`;
}

// src/policy/rules/too-new.ts
function checkTooNew(context) {
  if (context.index.releases.size === 0) return [];
  const findings = [];
  const severity = context.severityOf("too-new");
  const now = context.today.getTime();
  for (const project of context.projects) {
    const excludeNewer = project.excludeNewer == null ? null : parseExcludeNewer(project.excludeNewer);
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (!found?.lookup.ok || found.lookup.value?.uploadTime == null) continue;
      const uploaded = new Date(found.lookup.value.uploadTime);
      if (Number.isNaN(uploaded.getTime())) continue;
      const base = {
        rule: "too-new",
        severity,
        project: project.path,
        package: release.name,
        file: release.file,
        line: release.line
      };
      if (excludeNewer !== null && uploaded > excludeNewer) {
        findings.push({
          ...base,
          message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, after the project's \`[tool.uv] exclude-newer = "${project.excludeNewer}"\`: uv would not resolve it. It is allowed once exclude-newer is moved past ${formatUtc(uploaded)}; otherwise pin an older release.`
        });
        continue;
      }
      const cooldown = context.policy.cooldown.packages[release.name] ?? context.policy.cooldown.default;
      if (cooldown <= 0) continue;
      const allowedAt = new Date(uploaded.getTime() + cooldown);
      if (allowedAt.getTime() <= now) continue;
      findings.push({
        ...base,
        message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, less than the cooldown of ${formatDuration(cooldown)} ago: it becomes allowed at ${formatUtc(allowedAt)}. Until then keep the previous release.`
      });
    }
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/rules/unpinned.ts
var WHY = {
  exact: "only an exact pin (`==X`, or a URL fixed to a commit or hash) installs the same code every time",
  compatible: "without `~=X.Y` or `==X.Y.*` a new feature release can be installed unnoticed",
  bounded: "without an upper bound the next major release, and its breaking changes, can be installed",
  specified: "without any version constraint every release, including a future breaking one, can be installed",
  any: ""
};
var DESCRIBED = {
  exact: "an exact pin",
  compatible: "a compatible-release pin",
  bounded: "an upper bound",
  specified: "a version constraint",
  any: "nothing"
};
function checkUnpinned(context) {
  const findings = [];
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements) {
      if (local.has(requirement.name) || requirement.name === project.name || isCompiledInput(project, requirement))
        continue;
      const effective = findEffectiveRange(project, requirement);
      const set = requirement.url === null ? context.parseSpecifier(effective.specifier) : null;
      const actual = findPinLevel(
        { ...requirement, specifier: effective.specifier },
        set
      );
      if (actual === null) continue;
      const required = findRequiredPinLevel(
        context.policy,
        project,
        requirement
      );
      if (meetsPinLevel(actual, required.level)) continue;
      const suggestion = suggestRequirement(context, project, requirement, {
        preferLocked: true
      });
      const written = requirement.url ?? (requirement.specifier === "" ? "no version constraint" : requirement.specifier);
      const needs = `${DESCRIBED[required.level]} (${required.key} = "${required.level}")`;
      const constrained = effective.constraints.length === 0 ? "" : `, even with ${effective.constraints.map((c) => `\`${c.name}${c.specifier}\` (${formatLocation(c.file, c.line)})`).join(" and ")}`;
      findings.push({
        rule: "unpinned",
        severity: context.severityOf("unpinned"),
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}\` (${written}${constrained}) needs ${needs}: ${WHY[required.level]}.`,
        ...suggestion === null ? {} : { suggestion: suggestion.line },
        facts: {
          fix: suggestion === null ? "Tighten the requirement." : `Write \`${suggestion.line}\`.`,
          also: `it needs ${needs}`,
          requirement,
          ...suggestion === null ? {} : { replacement: suggestion.specifier }
        }
      });
    }
  }
  return findings;
}

// src/policy/rules/yanked.ts
function checkYanked(context) {
  if (context.index.releases.size === 0) return [];
  const findings = [];
  const severity = context.severityOf("yanked");
  for (const project of context.projects) {
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (!found?.lookup.ok || found.lookup.value === null) continue;
      const facts = found.lookup.value;
      if (!facts.yanked) continue;
      const reason = facts.yankedReason === null ? "no reason given" : `reason: "${facts.yankedReason}"`;
      findings.push({
        rule: "yanked",
        severity,
        project: project.path,
        package: release.name,
        file: release.file,
        line: release.line,
        message: `${describeRelease(release)} is yanked on ${found.index} (${reason}). Its maintainers withdrew it: move to another release.`
      });
    }
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/soak-exceptions.ts
var import_picomatch8 = __toESM(require_picomatch(), 1);
function waiveSoakFindings(findings, policy, today) {
  const active = listActiveExceptions(policy.exceptions, today).filter(
    (e) => e.rule === "soak"
  );
  return findings.filter((f) => !active.some((e) => isSuppressedBy(f, e)));
}
function soakExceptionInScope(exception, projects, canaryGlobs) {
  if (exception.rule !== "soak") return false;
  const canary = (path) => canaryGlobs.some((glob) => import_picomatch8.default.isMatch(path, glob, { dot: true }));
  return projects.some(
    (project) => !canary(project.path) && [...project.requirements, ...project.locked].some(
      (entry) => isSuppressedBy(
        {
          rule: "soak",
          severity: "warning",
          project: project.path,
          package: entry.name,
          file: entry.file,
          line: entry.line,
          message: ""
        },
        exception
      )
    )
  );
}

// src/policy/evaluate-policy.ts
var RULES = {
  unpinned: checkUnpinned,
  "outside-policy": checkOutsidePolicy,
  banned: checkBanned,
  "lock-mismatch": (context) => [
    ...checkLockMismatch(context),
    ...checkCompiledMismatch(context)
  ],
  // Two sources of clashes: the project's own requirements, and what its pinned packages require.
  conflict: (context) => [
    ...checkUnsatisfiable(context),
    ...checkConflict(context),
    ...checkDependencyConflicts(context)
  ],
  diverged: checkDiverged,
  inconsistent: checkInconsistent,
  compat: checkCompat,
  "exception-expired": checkExceptionExpired,
  // Judged after the other rules, from what the exceptions suppressed (see below).
  "exception-unused": () => [],
  missing: checkMissing,
  yanked: checkYanked,
  "too-new": checkTooNew,
  "index-unavailable": checkIndexUnavailable,
  index: checkIndex,
  // A change against its base branch's history, not one tree: see src/rollout/check-soak.ts.
  soak: () => [],
  "dead-marker": checkDeadMarker
};
var SEE_DEAD = /* @__PURE__ */ new Set(["dead-marker", "lock-mismatch"]);
function evaluatePolicy(projects, policy, options) {
  return evaluatePolicyWithExceptions(projects, policy, options).findings;
}
function evaluatePolicyWithExceptions(projects, policy, options) {
  const whole = createRuleContext(
    projects,
    policy,
    options.today,
    options.index
  );
  const context = { ...whole, projects: listLiveProjects(projects) };
  const all = [];
  for (const id of RULE_IDS) {
    if (policy.rules[id] === "off") continue;
    try {
      append(all, RULES[id](SEE_DEAD.has(id) ? whole : context));
    } catch (error) {
      all.push({
        rule: id,
        severity: "error",
        project: null,
        package: null,
        file: null,
        line: null,
        message: `pin-audit failed while checking rule \`${id}\` (this is a bug in pin-audit, please report it): ${error instanceof Error ? error.stack ?? error.message : String(error)}`,
        facts: {}
      });
    }
  }
  const active = listActiveExceptions(policy.exceptions, options.today);
  const findings = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  for (const finding of all) {
    const by = active.filter((e) => isSuppressedBy(finding, e));
    for (const exception of by) used.add(exception);
    (by.length > 0 ? suppressed : findings).push(finding);
  }
  for (const e of active)
    if (soakExceptionInScope(e, projects, policy.rollout.canary)) used.add(e);
  if (policy.rules["exception-unused"] !== "off" && !options.partial)
    append(findings, checkExceptionUnused(context, active, used));
  return {
    findings: sortFindings(
      consolidateFindings(findings, projects).map(finalizeFinding)
    ),
    suppressed: sortFindings(suppressed.map(finalizeFinding))
  };
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) || compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareText(a.rule, b.rule) || compareText(a.package ?? "", b.package ?? "") || compareText(a.project ?? "", b.project ?? "") || compareText(a.message, b.message)
  );
}

// src/policy/load-policy.ts
import { readFile } from "node:fs/promises";
import * as nodePath4 from "node:path";

// src/policy/closest-name.ts
function findClosestName(word, candidates) {
  const lower = word.toLowerCase();
  const prefixed = candidates.filter(
    (c) => lower.length >= 3 && c.toLowerCase().startsWith(lower)
  );
  if (prefixed.length === 1) return prefixed[0] ?? null;
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = measureEditDistance(
      word.toLowerCase(),
      candidate.toLowerCase()
    );
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const budget = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= budget ? best : null;
}
function measureEditDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      row[j] = value;
    }
  }
  return at(a.length, b.length);
}

// src/policy/describe-policy-errors.ts
function describeSchemaErrors(issues, document, file, lineOf) {
  const problems = issues.flatMap((issue) => describeIssue(issue, document)).map((problem) => ({ ...problem, line: lineOf(problem.path) ?? null })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const message = problems.map(
    (problem, i) => i === 0 ? problem.message : `${file ?? "policy"}${problem.line === null ? "" : `:${problem.line}`}: ${problem.message}`
  ).join("\n");
  return new ConfigurationError(message, file, problems[0]?.line ?? null);
}
function describeIssue(issue, document) {
  const path = issue.path.filter(
    (key) => typeof key !== "symbol"
  );
  if (issue.code === "unrecognized_keys") {
    const valid = listKeysAt(path);
    return issue.keys.map((key) => {
      const closest = findClosestName(key, valid);
      const hint = closest !== null ? `; did you mean \`${closest}\`?` : valid.length > 0 ? `; expected one of ${valid.map((name) => `\`${name}\``).join(", ")}` : "";
      return {
        path: [...path, key],
        message: `unknown key \`${formatPath([...path, key])}\`${hint}`
      };
    });
  }
  const got = valueAt(document, path);
  const shown = `\`${formatPath(path)}\``;
  if (issue.code === "invalid_value") {
    const values = issue.values.map((value) => String(value));
    const closest = typeof got === "string" ? findClosestName(got, values) : null;
    const hint = closest === null ? "" : `; did you mean "${closest}"?`;
    return [
      {
        path,
        message: `${shown} must be one of ${values.map((v) => `"${v}"`).join(" | ")}, got ${formatValue(got)}${hint}`
      }
    ];
  }
  if (issue.code === "invalid_type") {
    const expected = got === void 0 ? `is required (${issue.expected})` : `must be ${describeExpected(path, issue.expected)}, got ${formatValue(got)}`;
    return [{ path, message: `${shown} ${expected}` }];
  }
  if (issue.code === "invalid_union") {
    return [
      {
        path,
        message: `${shown} must be ${describeExpected(path, "a valid value")}, got ${formatValue(got)}`
      }
    ];
  }
  return [{ path, message: `${shown}: ${issue.message}` }];
}
function describeExpected(path, fallback) {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === "banned") return "a specifier set or an array of specifier sets";
  if (last === "until") return "a date such as 2026-12-31";
  if (last === "packages" && parent === "consistency")
    return '"*" or an array of package names';
  if (typeof last === "number" || last === "compat" || last === "exceptions") {
    return fallback === "object" ? "a table" : fallback === "array" ? "an array of tables" : fallback;
  }
  return fallback === "object" ? "a table" : fallback;
}
function listKeysAt(path) {
  let schema = policySchema;
  for (const key of path) {
    schema = unwrapSchema(schema);
    if (schema instanceof ZodObject) {
      const next = schema.shape[String(key)];
      if (next === void 0) return [];
      schema = next;
    } else if (schema instanceof ZodRecord)
      schema = schema.valueType;
    else if (schema instanceof ZodArray) schema = schema.element;
    else return [];
  }
  schema = unwrapSchema(schema);
  return schema instanceof ZodObject ? Object.keys(schema.shape) : [];
}
function unwrapSchema(schema) {
  let current = schema;
  for (; ; ) {
    if (current instanceof ZodOptional || current instanceof ZodDefault || current instanceof ZodPrefault) {
      current = current.unwrap();
    } else if (current instanceof ZodPipe) current = current.in;
    else return current;
  }
}
function valueAt(document, path) {
  let current = document;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function formatPath(path) {
  return path.map((key, index) => {
    if (typeof key === "number") return `[${key}]`;
    const text = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
    return index === 0 ? text : `.${text}`;
  }).join("");
}
function formatValue(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "a table";
  return JSON.stringify(value) ?? String(value);
}

// src/policy/extend-presets.ts
function readPresetNames(value, file, lineOf) {
  if (value === void 0) return [];
  const names = Array.isArray(value) ? value : [value];
  return names.map((name, index) => {
    if (typeof name === "string" && PRESET_NAMES.includes(name)) {
      return name;
    }
    const path = Array.isArray(value) ? ["extends", index] : ["extends"];
    const line = lineOf(path) ?? null;
    const closest = typeof name === "string" ? findClosestName(name, PRESET_NAMES) : null;
    const hint = closest === null ? "" : `; did you mean \`${closest}\`?`;
    throw new ConfigurationError(
      `unknown preset ${JSON.stringify(name)} in \`extends\`, expected one of ${PRESET_NAMES.map((n) => `"${n}"`).join(", ")}${hint}`,
      file,
      line
    );
  });
}
function normalizePackageKeys(value, file, lineOf) {
  const { extends: _extends, ...tables } = value;
  const packages = tables.packages;
  if (!isTable(packages)) return tables;
  const seen = /* @__PURE__ */ new Map();
  for (const key of Object.keys(packages)) {
    const normalized = normalizeName(key);
    const previous = seen.get(normalized);
    if (previous !== void 0) {
      const line = lineOf(["packages", key]) ?? null;
      throw new ConfigurationError(
        `[packages.${key}] and [packages.${previous}] name the same package (${normalized}); merge them`,
        file,
        line
      );
    }
    seen.set(normalized, key);
  }
  return tables;
}
function mergeUnder(under, over) {
  const merged = { ...over };
  for (const [key, underValue] of Object.entries(under)) {
    const overValue = over[key];
    if (overValue === void 0) merged[key] = underValue;
    else if (key === "packages" && isTable(underValue) && isTable(overValue)) {
      const byName = new Map(
        Object.keys(overValue).map((name) => [normalizeName(name), name])
      );
      const packages = { ...overValue };
      for (const [name, settings] of Object.entries(underValue)) {
        const overName = byName.get(normalizeName(name));
        const overSettings = overName === void 0 ? void 0 : overValue[overName];
        if (overName === void 0) packages[name] = settings;
        else if (isTable(settings) && isTable(overSettings)) {
          packages[overName] = mergeUnder(settings, overSettings);
        }
      }
      merged[key] = packages;
    } else if (isTable(underValue) && isTable(overValue))
      merged[key] = mergeUnder(underValue, overValue);
    else if (key === "compat" && Array.isArray(underValue) && Array.isArray(overValue)) {
      merged[key] = [...overValue, ...underValue];
    }
  }
  return merged;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// src/policy/presets.ts
var MCP_PRESET = {
  description: "MCP stack: mcp ~=1.23.3, anyio >=4.4,<5, httpx >=0.27.1,<1 next to mcp >=1.13, exact pins in requirements files, one version of mcp/anyio/httpx across projects",
  tables: {
    pins: { requirements: "exact" },
    packages: {
      mcp: {
        allowed: "~=1.23.3",
        reason: "the MCP stack is validated on mcp 1.23.x"
      },
      anyio: {
        allowed: ">=4.4,<5",
        reason: "anyio 4.4 fixes task-group cancellation that silently drops connections under concurrent tool calls"
      }
    },
    compat: [
      {
        when: "mcp>=1.13,<2",
        require: "httpx>=0.27.1,<1",
        // One clause: the details (httpx 1.0 dev releases are a rewrite, mcp up to 1.27.0 declares no upper
        // bound) are in docs/policy.md.
        reason: "mcp 1.13+ needs httpx 0.27.1 or later, and httpx 1.0 pre-releases break `import mcp`"
      }
    ],
    consistency: { packages: ["mcp", "anyio", "httpx"] }
  }
};
var PRESETS = { mcp: MCP_PRESET };

// src/policy/load-policy.ts
var POLICY_FILE = "pin-audit.toml";
var PYPROJECT = "pyproject.toml";
var PYPROJECT_PREFIX = ["tool", "pin-audit"];
function createDefaultPolicy() {
  return loadPolicyFromToml({}, null, () => void 0);
}
function loadPolicyFromToml(value, file, lineOf) {
  if (!isTable(value)) {
    throw new ConfigurationError("the policy must be a TOML table", file, null);
  }
  const presets = readPresetNames(value.extends, file, lineOf);
  const fileTables = normalizePackageKeys(value, file, lineOf);
  let merged = fileTables;
  for (const name of presets) merged = mergeUnder(PRESETS[name].tables, merged);
  const result = policySchema.safeParse(merged);
  if (!result.success)
    throw describeSchemaErrors(result.error.issues, merged, file, lineOf);
  const document = result.data;
  const countIn = (key) => {
    const entries = fileTables[key];
    return Array.isArray(entries) ? entries.length : 0;
  };
  const fileCompat = countIn("compat");
  const compat = document.compat.map((rule, index) => ({
    when: rule.when,
    require: rule.require,
    reason: rule.reason ?? null,
    line: index < fileCompat ? lineOf(["compat", index]) ?? null : null
  }));
  const exceptions = readExceptions(document, lineOf);
  const packages = {};
  for (const [name, settings] of Object.entries(document.packages))
    packages[normalizeName(name)] = settings;
  const consistencyPackages = document.consistency.packages;
  return {
    file,
    presets,
    pins: document.pins,
    packages,
    compat,
    consistency: {
      packages: consistencyPackages === "*" ? "*" : [...new Set(consistencyPackages.map(normalizeName))]
    },
    exceptions,
    install: readInstallDeclarations(document, lineOf),
    cooldown: {
      default: parseDuration(document.cooldown.default) ?? 0,
      packages: Object.fromEntries(
        Object.entries(document.cooldown.packages).map(([name, text]) => [
          normalizeName(name),
          parseDuration(text) ?? 0
        ])
      )
    },
    indexUrl: document["index-url"] ?? null,
    indexConcurrency: document["index-concurrency"],
    indexes: { allowed: document.indexes.allowed },
    rollout: {
      canary: document.rollout.canary,
      soak: parseDuration(document.rollout.soak) ?? 0,
      soakText: document.rollout.soak,
      wave: document.rollout.wave === "all" ? null : document.rollout.wave
    },
    rules: document.rules
  };
}
function readExceptions(document, lineOf) {
  return document.exceptions.map((exception, index) => ({
    rule: exception.rule,
    package: exception.package === void 0 ? null : normalizeName(exception.package),
    project: exception.project ?? null,
    file: exception.file ?? null,
    until: exception.until ?? null,
    reason: exception.reason,
    line: lineOf(["exceptions", index]) ?? null
  }));
}
function readInstallDeclarations(document, lineOf) {
  return document.install.map((entry, index) => ({
    each: [...entry.each],
    with: [...entry.with],
    line: lineOf(["install", index]) ?? null
  }));
}
async function loadPolicy(root, explicitPath) {
  if (explicitPath !== void 0) {
    const text = await readText(nodePath4.resolve(root, explicitPath));
    if (text === null) {
      throw new ConfigurationError(
        `policy file ${explicitPath} not found`,
        explicitPath,
        null
      );
    }
    const inPyproject = nodePath4.basename(explicitPath) === PYPROJECT;
    const policy = inPyproject ? readPyprojectPolicy(text, explicitPath, true) : readPolicyFile(text, explicitPath);
    if (policy === null) {
      throw new ConfigurationError(
        `${explicitPath} has no [tool.pin-audit] table`,
        explicitPath,
        null
      );
    }
    return describeLoaded(policy, { kind: "explicit", file: explicitPath });
  }
  const fileText = await readText(nodePath4.join(root, POLICY_FILE));
  const pyprojectText = await readText(nodePath4.join(root, PYPROJECT));
  const fromPyproject = pyprojectText === null ? null : readPyprojectPolicy(pyprojectText, PYPROJECT, false);
  if (fileText !== null) {
    if (fromPyproject !== null) {
      throw new ConfigurationError(
        `both ${POLICY_FILE} and [tool.pin-audit] in ${PYPROJECT} define a policy; keep one of them`,
        POLICY_FILE,
        null
      );
    }
    return describeLoaded(readPolicyFile(fileText, POLICY_FILE), {
      kind: "file",
      file: POLICY_FILE
    });
  }
  if (fromPyproject !== null)
    return describeLoaded(fromPyproject, {
      kind: "pyproject",
      file: PYPROJECT
    });
  return describeLoaded(createDefaultPolicy(), { kind: "default", file: null });
}
function describePolicy(source, presets) {
  const extended = presets.length > 0 ? ` (extends ${presets.join(", ")})` : "";
  switch (source.kind) {
    case "default":
      return "built-in default policy: every dependency needs a version constraint, locks must match their manifests, no conflicting requirements";
    case "pyproject":
      return `[tool.pin-audit] in ${source.file}${extended}`;
    default:
      return `${source.file}${extended}`;
  }
}
function describeLoaded(policy, source) {
  return {
    policy,
    source,
    presets: policy.presets,
    description: describePolicy(source, policy.presets)
  };
}
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new ConfigurationError(
      `cannot read ${path}: ${String(error)}`,
      path,
      null
    );
  }
}
function parseOrThrow(text, file) {
  const parsed = parseToml(text, file);
  if (parsed.value === null) {
    const diagnostic = parsed.diagnostics[0];
    const line = diagnostic?.line ?? null;
    throw new ConfigurationError(
      diagnostic?.message ?? "invalid TOML",
      file,
      line
    );
  }
  return parsed.value;
}
function readPolicyFile(text, file) {
  const document = parseOrThrow(text, file);
  return loadPolicyFromToml(document.value, file, document.lineOf);
}
function readPyprojectPolicy(text, file, explicit) {
  const parsed = parseToml(text, file);
  if (parsed.value === null) {
    if (explicit || /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text))
      parseOrThrow(text, file);
    return null;
  }
  const document = parsed.value;
  const tool = document.value.tool;
  if (!isTable(tool) || tool["pin-audit"] === void 0) return null;
  return loadPolicyFromToml(
    tool["pin-audit"],
    file,
    (path) => document.lineOf([...PYPROJECT_PREFIX, ...path])
  );
}

// src/policy/requirements-needed.ts
var RULES_READING_REQUIREMENTS = [
  "conflict",
  "unpinned",
  "outside-policy",
  "compat",
  "banned"
];
function createRequirementsNeed(policy) {
  if (RULES_READING_REQUIREMENTS.every((rule) => policy.rules[rule] === "off"))
    return () => false;
  return (project, name, version) => !recordedByPoetryOnly(project, name, version);
}
function recordedByPoetryOnly(project, name, version) {
  for (const requirement of project.requirements)
    if (requirement.name === name && findPinnedVersion(requirement.specifier) === version)
      return false;
  let recorded = false;
  for (const entry of project.locked) {
    if (entry.name !== name || entry.version === null) continue;
    if (parseVersion(entry.version)?.text !== version) continue;
    if (findFileKind(project, entry.file) !== "poetry-lock") return false;
    recorded = true;
  }
  return recorded;
}

// src/report/mask-credentials.ts
var MAX_MESSAGE_CHARS = 600;
var URL_USERINFO = /:\/\/[^/@\s]*@/g;
var GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
var AUTHORIZATION = /(authorization\s*[:=]\s*)[^\r\n]*/gi;
function maskCredentials(text) {
  return text.replace(URL_USERINFO, "://***@").replace(GITHUB_TOKEN, "***").replace(AUTHORIZATION, "$1***");
}
function clipExcerpt(text) {
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS - 1)}\u2026` : text;
}

// src/audit.ts
var READ_CONCURRENCY = 16;
async function auditRepository(options) {
  const scope = options.scope ?? ".";
  const globs = {
    include: options.include ?? [],
    exclude: options.exclude ?? []
  };
  checkGlobsCompile(globs);
  const loaded = await loadPolicy(options.root, options.policyPath);
  const discovery = await discoverFiles(options.root, {
    include: globs.include.map((g) => scopeGlob(g, scope)),
    exclude: globs.exclude.map((g) => scopeGlob(g, scope)),
    scope
  });
  checkGlobsMatched(globs, scope, discovery);
  const fileDiagnostics = /* @__PURE__ */ new Map();
  const addDiagnostics = (file, diagnostics) => {
    if (diagnostics.length === 0) return;
    const list = fileDiagnostics.get(file) ?? [];
    append(list, diagnostics);
    fileDiagnostics.set(file, list);
  };
  const projects = groupProjects(
    discovery.files,
    await parseFiles(discovery.files, {
      rootReal: discovery.rootReal,
      boundaryReal: options.boundary === void 0 ? discovery.rootReal : await realpath2(options.boundary),
      env: withoutCredential(options.env ?? {}),
      pool: options.parseWorkers,
      addDiagnostics
    }),
    (file, diagnostic) => addDiagnostics(file, [diagnostic])
  );
  const partial = scope !== "." || globs.include.length > 0 || globs.exclude.length > 0;
  applyInstallDeclarations(projects, loaded.policy, { partial });
  const projectPaths = new Set(projects.map((p) => p.path));
  const findings = [
    ...listDiscoveryFindings(discovery, projectPaths, options),
    ...listFileFindings(fileDiagnostics, projectPaths)
  ];
  const gathered = await gatherFacts(projects, loaded, options);
  const evaluated = evaluatePolicy(projects, loaded.policy, {
    today: options.today ?? /* @__PURE__ */ new Date(),
    index: gathered.facts,
    partial
  });
  for (const f of findings) f.message = clipExcerpt(f.message);
  append(findings, evaluated);
  for (const f of findings)
    f.message = maskSecrets(
      redactUrl(maskCredentials(f.message)),
      gathered.secrets
    );
  findings.sort(compareFindings);
  const report = buildReport(
    options.root,
    toReportPolicy(loaded),
    projects,
    findings,
    discovery.files.length
  );
  report.checks = listChecks(loaded.policy, gathered.facts);
  return { ...report, packageLinks: collectPackageLinks(gathered.facts) };
}
function gatherFacts(projects, loaded, options) {
  return gatherIndexFacts(projects, {
    offline: options.offline ?? true,
    indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
    cacheDir: options.cacheDir ?? null,
    env: options.networkEnv ?? options.env ?? {},
    token: options.indexToken ?? null,
    http: {
      concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency
    },
    needsRequirements: createRequirementsNeed(loaded.policy)
  });
}
function toReportPolicy(loaded) {
  return {
    source: loaded.source.kind,
    file: loaded.source.file,
    presets: loaded.presets,
    description: loaded.description
  };
}
function listDiscoveryFindings(discovery, projectPaths, options) {
  const findings = [];
  for (const issue of discovery.issues) {
    findings.push({
      rule: issue.rule ?? "discovery",
      severity: issue.rule === "unauditable" ? "error" : issue.severity,
      project: nearestProject(issue.path, projectPaths),
      package: null,
      file: issue.path,
      line: null,
      message: issue.message
    });
  }
  if (discovery.files.length === 0)
    findings.push({
      rule: "discovery",
      severity: "warning",
      project: null,
      package: null,
      file: null,
      line: null,
      message: describeNoFiles(options)
    });
  return findings;
}
function listFileFindings(fileDiagnostics, projectPaths) {
  const findings = [];
  for (const [file, diagnostics] of fileDiagnostics) {
    const seen = /* @__PURE__ */ new Set();
    for (const d of diagnostics) {
      const key = `${d.severity}\0${d.line}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: d.rule ?? "invalid-file",
        severity: d.rule === "unauditable" ? "error" : d.severity,
        project: nearestProject(posix6.dirname(file), projectPaths),
        package: null,
        file,
        line: d.line,
        message: d.message
      });
    }
  }
  return findings;
}
async function parseFiles(files, options) {
  const pool = options.pool === false ? void 0 : options.pool ?? {
    workerUrl: new URL("./parse-worker.js", import.meta.url)
  };
  let outcomes = null;
  if (canUseParsePool(pool, files.length)) {
    outcomes = await parseInWorkers(
      files,
      {
        rootReal: options.rootReal,
        boundaryReal: options.boundaryReal,
        env: options.env
      },
      pool
    ).catch(() => null);
  }
  if (outcomes === null) {
    const reader = createRequirementsReader(
      options.rootReal,
      options.env,
      options.boundaryReal
    );
    outcomes = await mapConcurrently(
      files,
      READ_CONCURRENCY,
      (file) => parseDiscoveredFile(file, reader)
    );
  }
  const parsed = [];
  for (const outcome of outcomes) {
    for (const [file, diagnostics] of outcome.diagnostics)
      options.addDiagnostics(file, diagnostics);
    if (outcome.parsed !== null) parsed.push(outcome.parsed);
  }
  return parsed;
}
function describeNoFiles(options) {
  const globs = [
    ...(options.include ?? []).map((g) => `include ${JSON.stringify(g)}`),
    ...(options.exclude ?? []).map((g) => `exclude ${JSON.stringify(g)}`)
  ];
  return `no dependency files found under ${options.root}${globs.length > 0 ? ` (${globs.join(", ")})` : ""}`;
}
function nearestProject(path, projectPaths) {
  let dir = path === "" ? "." : path;
  for (; ; ) {
    if (projectPaths.has(dir)) return dir;
    if (dir === ".") return null;
    dir = posix6.dirname(dir);
  }
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareStrings(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.rule, b.rule) || compareStrings(a.package ?? "", b.package ?? "") || compareStrings(a.message, b.message);
}
function buildReport(root, policy, projects, findings, fileCount) {
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    policy,
    projects,
    findings,
    summary: {
      projects: projects.length,
      files: fileCount,
      requirements: projects.reduce((n, p) => n + p.requirements.length, 0),
      locked: projects.reduce((n, p) => n + p.locked.length, 0),
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice")
    }
  };
}
async function mapConcurrently(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]);
      }
    }
  );
  await Promise.all(workers);
  return results;
}
function withoutCredential(env) {
  if (env[INDEX_TOKEN_ENV] === void 0) return env;
  const { [INDEX_TOKEN_ENV]: _credential, ...rest } = env;
  return rest;
}

export {
  ConfigurationError,
  describeConfigurationError,
  chooseProjectIndex,
  findPinnedVersion,
  formatRequirement,
  waiveSoakFindings,
  findClosestName,
  loadPolicy,
  describePolicy,
  auditRepository,
  compareFindings,
  buildReport
};
