#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  shellQuote
} from "./cli-TGOWH5DX.js";
import {
  exactPin,
  listRunVersions,
  sameVersion
} from "./cli-JRV7HEQM.js";
import {
  ConfigurationError,
  auditRepository,
  formatRequirement
} from "./cli-HVQKFIYB.js";
import "./cli-2C3WS7WO.js";
import {
  parsePyproject,
  parseRequirementsTxt
} from "./cli-6GG37WKV.js";
import "./cli-4P4SODVB.js";
import {
  INDEX_TOKEN_ENV
} from "./cli-2LUIKLHL.js";
import {
  stripControls
} from "./cli-TS4OJXAQ.js";
import {
  require_picomatch
} from "./cli-6H67Q6BF.js";
import {
  append,
  contains,
  parsePep508,
  parseSpecifierSet,
  subset
} from "./cli-QHTSOWC2.js";
import {
  normalizeName,
  parseVersion
} from "./cli-CK7WWBFM.js";
import {
  __toESM
} from "./cli-2YH6FNA5.js";

// src/fix/run-fix.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/fix/fix-repository.ts
import { readFile, realpath, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

// src/fix/compile-command.ts
function findCompileCommand(text) {
  const lines = text.split(/\r\n|\n|\r/, 20);
  for (const [i, line] of lines.entries()) {
    if (!/^#.*following command:\s*$/i.test(line)) continue;
    for (const next of lines.slice(i + 1)) {
      if (!next.startsWith("#")) return null;
      const command = next.slice(1).trim();
      if (command !== "") return command;
    }
  }
  return null;
}

// src/fix/locate-specifier.ts
var SPACE_CHARS = "\\t \\v\\f\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff";
var SPACE = new RegExp(`[${SPACE_CHARS}]`);
var NAME_AND_EXTRAS = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)([\t ]*\[[^\]\n]*\])?/;
function locatePep508Specifier(text, from, name) {
  let start = from;
  while (start < text.length && SPACE.test(text[start])) start++;
  const head = NAME_AND_EXTRAS.exec(text.slice(start));
  if (head === null || normalizeName(head[1]) !== name)
    return { ok: false, reason: `the line does not start with \`${name}\`` };
  const afterHead = start + head[0].length;
  let end = afterHead;
  for (; end < text.length; end++) {
    const ch = text[end];
    const spaced = end > afterHead && SPACE.test(text[end - 1]);
    if (ch === ";" || ch === "\\") break;
    if ((ch === "#" || ch === "-") && spaced) break;
  }
  let specifierStart = afterHead;
  while (specifierStart < end && SPACE.test(text[specifierStart]))
    specifierStart++;
  while (end > specifierStart && SPACE.test(text[end - 1])) end--;
  const written = text.slice(specifierStart, end);
  if (written.startsWith("@"))
    return { ok: false, reason: "the requirement is a direct reference" };
  if (written.includes("$"))
    return {
      ok: false,
      reason: "the specifier uses an environment variable"
    };
  if (written === "")
    return { ok: true, span: { start: afterHead, end: afterHead } };
  return { ok: true, span: { start: specifierStart, end } };
}
function locateInRequirementsLine(line, target) {
  return locatePep508Specifier(line, 0, target.name);
}
function listTomlStrings(line) {
  const strings = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "#") break;
    if (ch !== '"' && ch !== "'") continue;
    if (line.startsWith(ch.repeat(3), i)) return null;
    const close = line.indexOf(ch, i + 1);
    if (close < 0) return null;
    if (ch === '"' && line.slice(i + 1, close).includes("\\")) return null;
    strings.push({ start: i + 1, end: close });
    i = close;
  }
  return strings;
}
function locateInPep508TomlLine(line, target) {
  const strings = listTomlStrings(line);
  if (strings === null)
    return {
      ok: false,
      reason: "the line has a multi-line or escaped string"
    };
  const matches = strings.filter((s) => {
    const parsed = parsePep508(line.slice(s.start, s.end));
    return parsed.ok && normalizeName(parsed.value.name) === target.name && parsed.value.marker === target.marker;
  });
  const only = matches[0];
  if (only === void 0 || matches.length > 1)
    return {
      ok: false,
      reason: matches.length > 1 ? `the line has ${matches.length} requirements on \`${target.name}\`` : `no requirement on \`${target.name}\` with the same marker on the line`
    };
  const located = locatePep508Specifier(
    line.slice(0, only.end),
    only.start,
    target.name
  );
  return located;
}
function locateInPoetryLine(line, target) {
  const key = /^\s*(["']?)([A-Za-z0-9._-]+)\1\s*=\s*/.exec(line);
  if (key === null || normalizeName(key[2]) !== target.name)
    return {
      ok: false,
      reason: `the line does not declare \`${target.name}\``
    };
  const strings = listTomlStrings(line);
  if (strings === null)
    return {
      ok: false,
      reason: "the line has a multi-line or escaped string"
    };
  const rest = line.slice(key[0].length);
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const first = strings.find((s) => s.start === key[0].length + 1);
    return first === void 0 ? { ok: false, reason: "unreadable version string" } : { ok: true, span: { start: first.start, end: first.end } };
  }
  if (!rest.startsWith("{"))
    return {
      ok: false,
      reason: "the dependency is not a version string or an inline table"
    };
  const versions = [...line.matchAll(/\bversion\s*=\s*["']/g)];
  const match = versions[0];
  if (match === void 0 || versions.length > 1)
    return {
      ok: false,
      reason: versions.length > 1 ? "the line has several version constraints" : "the inline table has no `version`"
    };
  const quote = (match.index ?? 0) + match[0].length;
  const string = strings.find((s) => s.start === quote);
  return string === void 0 ? { ok: false, reason: "unreadable version string" } : { ok: true, span: { start: string.start, end: string.end } };
}

// src/fix/fix-file.ts
var PYTHON_BREAKS = /(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])/;
var TOML_BREAKS = /(\r\n|\n)/;
function splitPhysicalLines(text, kind) {
  const parts = text.split(
    kind === "requirements" ? PYTHON_BREAKS : TOML_BREAKS
  );
  const lines = [];
  for (let i = 0; i < parts.length; i += 2)
    lines.push({ content: parts[i], ending: parts[i + 1] ?? "" });
  if (lines.length > 1 && lines.at(-1)?.content === "") lines.pop();
  return lines;
}
function joinPhysicalLines(lines) {
  return lines.map((l) => l.content + l.ending).join("");
}
function fixFileText(text, path, kind, edits) {
  let current = text;
  const applied = [];
  const refused = [];
  for (const edit of edits) {
    const lines = splitPhysicalLines(current, kind);
    const physical = lines[edit.line - 1];
    if (physical === void 0) {
      refused.push({ edit, reason: `the file has no line ${edit.line}` });
      continue;
    }
    const located = locate(physical.content, kind, edit);
    if (!located.ok) {
      refused.push({ edit, reason: located.reason });
      continue;
    }
    const { start, end } = located.span;
    const content = physical.content.slice(0, start) + edit.specifier + physical.content.slice(end);
    const next = joinPhysicalLines(
      lines.map((l, i) => i === edit.line - 1 ? { ...l, content } : l)
    );
    const problem = proveEdit(current, next, path, kind, edit);
    if (problem !== null) {
      refused.push({ edit, reason: problem });
      continue;
    }
    current = next;
    applied.push(edit);
  }
  return { text: current, applied, refused };
}
function locate(content, kind, edit) {
  if (kind === "requirements")
    return locateInRequirementsLine(content, edit.target);
  return edit.syntax === "poetry" ? locateInPoetryLine(content, edit.target) : locateInPep508TomlLine(content, edit.target);
}
function readRequirements(text, path, kind) {
  const parsed = kind === "requirements" ? parseRequirementsTxt(text, path) : parsePyproject(text, path);
  return {
    requirements: parsed.value.requirements,
    problems: parsed.diagnostics.filter((d) => d.severity !== "notice").length
  };
}
function proveEdit(before, after, path, kind, edit) {
  const old = readRequirements(before, path, kind);
  const now = readRequirements(after, path, kind);
  if (now.problems > old.problems)
    return "the edited line would no longer parse";
  if (now.requirements.length !== old.requirements.length)
    return "the edit would change how many requirements the file declares";
  let edited = 0;
  for (const [i, was] of old.requirements.entries()) {
    const is = now.requirements[i];
    const target = was.line === edit.line && was.name === edit.target.name;
    if (!target) {
      if (JSON.stringify(was) !== JSON.stringify(is))
        return "the edit would change another requirement";
      continue;
    }
    edited++;
    const { specifier: _was, ...wasRest } = was;
    const { specifier: _is, ...isRest } = is;
    if (JSON.stringify(wasRest) !== JSON.stringify(isRest))
      return "the edit would change more than the version specifier";
    const same = edit.syntax === "poetry" ? sameSpecifier(is.specifier, edit.specifier) : is.specifier === edit.specifier;
    if (!same)
      return `the line would read \`${is.specifier}\`, not \`${edit.specifier}\``;
  }
  return edited === 0 ? "no requirement on this line to edit" : null;
}
function sameSpecifier(a, b) {
  const left = parseSpecifierSet(a);
  const right = parseSpecifierSet(b);
  if (!left.ok || !right.ok) return a === b;
  try {
    return subset(left.value.set, right.value.set).ok && subset(right.value.set, left.value.set).ok;
  } catch {
    return a === b;
  }
}

// src/fix/plan-fixes.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function editKey(file, line, name) {
  return `${file}\0${line}\0${name}`;
}
function planFixes(report, filters) {
  const inScope = report.findings.filter((f) => inFilters(f, filters));
  const requirements = indexRequirements(report.projects);
  const files = /* @__PURE__ */ new Map();
  const answers = /* @__PURE__ */ new Map();
  const unfixable = [];
  for (const finding of inScope) {
    if (finding.suggestion === void 0) continue;
    const planned = planEdit(finding, requirements);
    if ("reason" in planned) {
      unfixable.push(planned);
      continue;
    }
    const { requirement, kind, edit } = planned;
    const key = editKey(requirement.file, edit.line, edit.target.name);
    const earlier = answers.get(key);
    if (earlier !== void 0) {
      const same = earlier[0]?.suggestion === finding.suggestion;
      if (same) earlier.push(finding);
      else
        unfixable.push({
          finding,
          reason: `another finding on this line suggests \`${earlier[0]?.suggestion}\``
        });
      continue;
    }
    answers.set(key, [finding]);
    const file = files.get(requirement.file) ?? {
      file: requirement.file,
      kind,
      edits: []
    };
    file.edits.push(edit);
    files.set(requirement.file, file);
  }
  return {
    files: [...files.values()].sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0
    ),
    unfixable,
    answers,
    inScope
  };
}
function inProjects(project, globs) {
  return globs.length === 0 || globs.some((glob) => (0, import_picomatch.default)(glob, { dot: true })(project));
}
function inFilters(finding, filters) {
  if (filters.projects.length > 0) {
    if (finding.project === null) return false;
    if (!inProjects(finding.project, filters.projects)) return false;
  }
  if (filters.packages.length > 0) {
    const wanted = new Set(filters.packages.map(normalizeName));
    if (finding.package === null || !wanted.has(finding.package)) return false;
  }
  return true;
}
function indexRequirements(projects) {
  const byLine = /* @__PURE__ */ new Map();
  for (const project of projects)
    for (const r of project.requirements)
      byLine.set(editKey(r.file, r.line, r.name), r);
  return byLine;
}
function planEdit(finding, requirements) {
  const requirement = finding.file !== null && finding.line !== null && finding.package !== null ? requirements.get(editKey(finding.file, finding.line, finding.package)) : void 0;
  if (requirement === void 0)
    return { finding, reason: "the finding is not on a requirement line" };
  const kind = editableKind(requirement);
  if (kind === null)
    return {
      finding,
      reason: "pin-audit edits only pyproject.toml and requirements files"
    };
  const suggested = parsePep508(finding.suggestion ?? "");
  if (!suggested.ok || normalizeName(suggested.value.name) !== requirement.name)
    return { finding, reason: "the suggestion does not parse" };
  const specifier = suggested.value.specifier;
  if (requirement.hashes > 0 && !sameExactPin(requirement.specifier, specifier))
    return {
      finding,
      hashed: true,
      reason: "the requirement is hashed: its hashes would be wrong for the new version"
    };
  return {
    requirement,
    kind,
    edit: {
      line: requirement.line,
      target: { name: requirement.name, marker: suggested.value.marker },
      syntax: requirement.group.startsWith("poetry") ? "poetry" : "pep508",
      specifier
    }
  };
}
function editableKind(requirement) {
  if (requirement.group === "requirements" || requirement.group === "constraints-file")
    return "requirements";
  return requirement.file === "pyproject.toml" || requirement.file.endsWith("/pyproject.toml") ? "pyproject" : null;
}
function sameExactPin(a, b) {
  const pin = (s) => /^===?([^,*<>=!~]+)$/.exec(s)?.[1];
  return pin(a) !== void 0 && pin(a) === pin(b);
}

// src/fix/plan-moves.ts
function planMoves(report, name, version) {
  const target = normalizeName(name);
  const findings = [];
  const relock = [];
  const parsed = parseVersion(version);
  const seen = /* @__PURE__ */ new Set();
  for (const project of report.projects) {
    for (const r of project.requirements) {
      if (r.name !== target || r.url !== null || r.group === "build") continue;
      if (ownerOf(r.file, report.projects) !== project.path) continue;
      if (seen.has(`${r.file}\0${r.line}`)) continue;
      seen.add(`${r.file}\0${r.line}`);
      const pinned = exactPin(r);
      const base = {
        rule: "rollout",
        severity: "error",
        project: project.path,
        package: target,
        file: r.file,
        line: r.line
      };
      if (pinned !== null) {
        if (!sameVersion(pinned, version))
          findings.push({
            ...base,
            message: `move \`${target}\` from ${pinned} to ${version}`,
            suggestion: formatRequirement(r, `==${version}`)
          });
        continue;
      }
      const set = parseSpecifierSet(r.specifier);
      const admits = set.ok && parsed !== null && safeContains(set.value, parsed);
      if (!admits)
        findings.push({
          ...base,
          message: `\`${target}${r.specifier}\` does not admit ${version}: widen it by hand`
        });
    }
    const locked = project.locked.some((l) => l.name === target);
    if (locked && listRunVersions(project, target).some(
      (s) => !sameVersion(s.version, version)
    ))
      relock.push(project);
  }
  return { findings, relock };
}
function ownerOf(file, projects) {
  let best = null;
  for (const { path } of projects) {
    const holds = path === "." || file.startsWith(`${path}/`);
    if (holds && (best === null || path.length > best.length || best === "."))
      best = path;
  }
  return best;
}
function safeContains(set, version) {
  try {
    return contains(set, version, { prereleases: true });
  } catch {
    return false;
  }
}

// src/fix/unified-diff.ts
var CONTEXT = 3;
function renderUnifiedDiff(file, before, after) {
  const changed = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++)
    if (before[i] !== after[i]) changed.push(i);
  if (changed.length === 0) return "";
  const name = stripControls(file);
  let out = `--- a/${name}
+++ b/${name}
`;
  for (const hunk of groupHunks(changed, before.length)) {
    const count = hunk.end - hunk.start;
    out += `@@ -${hunk.start + 1},${count} +${hunk.start + 1},${count} @@
`;
    for (let i = hunk.start; i < hunk.end; i++) {
      const old = stripControls(before[i] ?? "");
      if (before[i] === after[i]) out += ` ${old}
`;
      else out += `-${old}
+${stripControls(after[i] ?? "")}
`;
    }
  }
  return out;
}
function groupHunks(changed, length) {
  const hunks = [];
  for (const line of changed) {
    const start = Math.max(0, line - CONTEXT);
    const end = Math.min(length, line + CONTEXT + 1);
    const last = hunks.at(-1);
    if (last !== void 0 && start <= last.end) last.end = end;
    else hunks.push({ start, end });
  }
  return hunks;
}

// src/fix/fix-repository.ts
async function fixRepository(options, filters, write, move = null) {
  const audited = await auditRepository(options);
  const moves = move === null ? null : planMoves(audited, move.name, move.version);
  const report = moves === null ? audited : { ...audited, findings: moves.findings };
  const plan = planFixes(report, filters);
  const result = {
    diff: "",
    fixed: [],
    notFixed: [],
    lockCommands: [],
    compiled: [],
    withoutSuggestion: plan.inScope.filter(
      (f) => f.severity === "error" && f.suggestion === void 0
    ),
    changedFiles: [],
    edited: /* @__PURE__ */ new Map()
  };
  const rootReal = await realpath(options.root);
  await explainUnfixable(rootReal, plan, result);
  result.edited = await applyPlan(rootReal, plan, result);
  result.lockCommands = listLockCommands(report, result.changedFiles);
  if (moves !== null && move !== null)
    result.lockCommands = mergeUpgradeCommands(
      result.lockCommands,
      moves.relock.filter((p) => inProjects(p.path, filters.projects)).flatMap((p) => {
        const command = upgradeCommandOf(p, report.projects, move);
        return command === null ? [] : [command];
      })
    );
  if (write)
    for (const [file, { text }] of result.edited)
      await writeFile(join(rootReal, file), text, "utf8");
  return result;
}
async function explainUnfixable(rootReal, plan, result) {
  for (const unfixable of plan.unfixable) {
    const file = unfixable.finding.file;
    const text = unfixable.hashed && file !== null ? await readEditable(rootReal, file).catch(() => null) : null;
    const command = text === null ? null : findCompileCommand(text);
    result.notFixed.push({
      finding: unfixable.finding,
      reason: unfixable.reason,
      ...command === null ? {} : { command }
    });
  }
}
async function applyPlan(rootReal, plan, result) {
  const texts = /* @__PURE__ */ new Map();
  for (const planned of plan.files) {
    let text;
    try {
      text = await readEditable(rootReal, planned.file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const edit of planned.edits)
        for (const finding of findingsOf(plan.answers, planned.file, edit))
          result.notFixed.push({ finding, reason });
      continue;
    }
    const fixed = fixFileText(text, planned.file, planned.kind, planned.edits);
    for (const edit of fixed.applied)
      append(result.fixed, findingsOf(plan.answers, planned.file, edit));
    for (const { edit, reason } of fixed.refused)
      for (const finding of findingsOf(plan.answers, planned.file, edit))
        result.notFixed.push({ finding, reason });
    if (fixed.applied.length === 0) continue;
    const diff = renderUnifiedDiff(
      planned.file,
      splitPhysicalLines(text, planned.kind).map((l) => l.content),
      splitPhysicalLines(fixed.text, planned.kind).map((l) => l.content)
    );
    texts.set(planned.file, { text: fixed.text, diff });
    result.changedFiles.push(planned.file);
    result.diff += diff;
    const command = planned.kind === "requirements" ? findCompileCommand(text) : null;
    if (command !== null) result.compiled.push({ file: planned.file, command });
  }
  return texts;
}
function mergeUpgradeCommands(commands, upgrades) {
  return [.../* @__PURE__ */ new Set([...commands, ...upgrades])].filter(
    (c, _, all) => !/ (uv lock|poetry lock)$/.test(c) || !all.some((o) => o !== c && o.startsWith(c))
  ).sort();
}
function findingsOf(answers, file, edit) {
  return answers.get(editKey(file, edit.line, edit.target.name)) ?? [];
}
async function readEditable(rootReal, file) {
  const real = await realpath(join(rootReal, file));
  const inside = relative(rootReal, real);
  if (inside.startsWith(`..${sep}`) || inside === ".." || inside === "")
    throw new Error("the file is outside the audited directory");
  const bytes = await readFile(real);
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    throw new Error("the file is UTF-16: pin-audit edits UTF-8 files only");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bytes
    );
  } catch {
    throw new Error(
      "the file is not valid UTF-8: pin-audit edits UTF-8 files only"
    );
  }
}
function listLockCommands(report, changedFiles) {
  const commands = /* @__PURE__ */ new Set();
  const changed = new Set(changedFiles);
  for (const project of report.projects) {
    const manifest = project.files.find(
      (f) => f.kind === "pyproject" && changed.has(f.path)
    );
    if (manifest === void 0) continue;
    const command = lockCommandOf(project, report.projects);
    if (command !== null) commands.add(command);
  }
  return [...commands].sort();
}
function lockCommandOf(project, projects) {
  const has = (p, kind) => p.files.some((f) => f.kind === kind);
  if (has(project, "poetry-lock")) return `${cdInto(project.path)}poetry lock`;
  if (has(project, "uv-lock")) return `${cdInto(project.path)}uv lock`;
  const root = projects.find((p) => p.path === project.workspace);
  if (root !== void 0 && has(root, "uv-lock"))
    return `${cdInto(root.path)}uv lock`;
  if (has(project, "pylock"))
    return `${cdInto(project.path)}uv export --format pylock.toml -o pylock.toml`;
  return null;
}
function upgradeCommandOf(project, projects, move) {
  const base = lockCommandOf(project, projects);
  if (base === null) return null;
  const pin = shellQuote(`${move.name}==${move.version}`);
  if (base.endsWith("uv lock")) return `${base} --upgrade-package ${pin}`;
  if (base.endsWith("poetry lock"))
    return base.replace(
      /poetry lock$/,
      `poetry update ${shellQuote(move.name)}`
    );
  return base;
}
function cdInto(dir) {
  return dir === "." ? "" : `cd ${shellQuote(dir)} && `;
}

// src/fix/run-fix.ts
var FIX_USAGE = `Usage: pin-audit fix [path] [options]

Applies every finding's suggested line in place, changing only the version specifier (every other byte of
the file stays), and prints a unified diff of the change. A hashed requirement whose version would change is
not rewritten: regenerate its file with the command its header names. Locks are never edited: the commands
that regenerate them are printed.

Options:
  --project <glob>      only findings in projects matching the glob (repeatable; the root is ".")
  --package <name>      only findings on this package (repeatable)
  --dry-run             print the diff and write nothing
  --to <version>        with one --package: move it to this version instead (a rollout step): every exact
                        pin becomes ==<version>, a lock holding another version gets its upgrade command
  --policy <file>       policy file (as for pin-audit [path])
  --include <glob>      only audit files matching the glob (repeatable)
  --exclude <glob>      skip files matching the glob (repeatable)
  --offline             never contact a package index
  --index-url <url>     package index to check pins against
  --cache-dir <dir>     keep index answers here
  -h, --help            print this help

Exit status: 0 every error finding with a suggestion was fixed (or nothing to fix), 1 some remain,
2 usage or configuration error.
`;
function parseFixArgs(argv) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: "string", multiple: true },
        package: { type: "string", multiple: true },
        "dry-run": { type: "boolean", default: false },
        to: { type: "string" },
        policy: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        offline: { type: "boolean", default: false },
        "index-url": { type: "string" },
        "cache-dir": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new ConfigurationError(
      `${error instanceof Error ? error.message : String(error)}

${FIX_USAGE}`
    );
  }
}
async function runFixCommand(argv, io) {
  const { values, positionals } = parseFixArgs(argv);
  if (values.help) {
    await io.stdout(FIX_USAGE);
    return 0;
  }
  if (positionals.length > 1)
    throw new ConfigurationError(
      `expected one path, got ${positionals.length}

${FIX_USAGE}`
    );
  const root = positionals[0] ?? ".";
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory())
    throw new ConfigurationError(`${root}: no such directory`);
  const options = {
    root,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    env: io.env,
    indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
    offline: values.offline,
    ...values.policy === void 0 ? {} : { policyPath: resolve(values.policy) },
    ...values["index-url"] === void 0 ? {} : { indexUrl: values["index-url"] },
    ...values["cache-dir"] === void 0 ? {} : { cacheDir: resolve(values["cache-dir"]) }
  };
  const dryRun = values["dry-run"];
  const packages = values.package ?? [];
  if (values.to !== void 0 && (packages.length !== 1 || !isVersion(values.to)))
    throw new ConfigurationError(
      `--to needs one --package and a version such as 1.23.3; got --to ${JSON.stringify(values.to)} with ${packages.length} --package

${FIX_USAGE}`
    );
  const result = await fixRepository(
    options,
    { projects: values.project ?? [], packages },
    !dryRun,
    values.to === void 0 ? null : { name: packages[0], version: values.to }
  );
  if (result.diff !== "") await io.stdout(result.diff);
  io.stderr(describeFixResult(result, dryRun));
  const remaining = result.notFixed.filter(
    (n) => n.finding.severity === "error"
  );
  const unmoved = values.to === void 0 ? [] : result.withoutSuggestion;
  return remaining.length + unmoved.length > 0 ? 1 : 0;
}
function isVersion(text) {
  return parseVersion(text) !== null;
}
function where(f) {
  return stripControls(
    `${f.file ?? "?"}${f.line === null ? "" : `:${f.line}`}`
  );
}
function describeFixResult(result, dryRun) {
  const lines = [];
  const verb = dryRun ? "would change" : "changed";
  const edits = new Set(result.fixed.map((f) => `${f.file}\0${f.line}`)).size;
  lines.push(
    edits === 0 ? "pin-audit fix: nothing to change." : `pin-audit fix: ${verb} ${edits} line(s) in ${result.changedFiles.length} file(s), for ${result.fixed.length} finding(s).`
  );
  if (result.notFixed.length > 0) {
    lines.push("", "Not changed:");
    for (const n of result.notFixed) {
      const suggestion = n.finding.suggestion ?? "";
      lines.push(
        `  ${where(n.finding)} [${n.finding.rule}] \`${stripControls(suggestion)}\`: ${stripControls(n.reason)}.`
      );
      if (n.finding.file !== null && n.reason.includes("hashed"))
        lines.push(
          n.command === void 0 ? `    regenerate ${stripControls(n.finding.file)} with the command that compiled it (e.g. pip-compile --generate-hashes), after writing ${stripControls(suggestion)} in its input` : `    regenerate it with: ${stripControls(n.command)}  (after writing ${stripControls(suggestion)} in its input)`
        );
    }
  }
  for (const c of result.compiled)
    lines.push(
      "",
      `${stripControls(c.file)} is compiled: make the same change in its input, or the next \`${stripControls(c.command)}\` undoes it.`
    );
  if (result.lockCommands.length > 0) {
    lines.push(
      "",
      `Locks are not edited; ${dryRun ? "after applying, " : ""}regenerate them:`
    );
    for (const command of result.lockCommands)
      lines.push(`  ${stripControls(command)}`);
  }
  if (result.withoutSuggestion.length > 0) {
    lines.push("", "Error findings with no line to write (fix them by hand):");
    for (const f of result.withoutSuggestion)
      lines.push(
        `  ${where(f)} [${f.rule}] ${stripControls(f.message.split("\n")[0] ?? "")}`
      );
  }
  return `${lines.join("\n")}
`;
}
export {
  FIX_USAGE,
  describeFixResult,
  runFixCommand
};
