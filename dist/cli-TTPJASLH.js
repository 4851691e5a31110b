#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  findingIdentity
} from "./cli-VYWLEKKD.js";
import {
  TOOL_NAME,
  TOOL_URL,
  TOOL_VERSION
} from "./cli-2C3WS7WO.js";
import {
  readTextFile
} from "./cli-4P4SODVB.js";
import {
  parsePep508
} from "./cli-QHTSOWC2.js";
import "./cli-CK7WWBFM.js";
import "./cli-2YH6FNA5.js";

// src/sarif-output.ts
import { stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/report/render-sarif.ts
import { createHash } from "node:crypto";

// src/report/requirement-span.ts
function findRequirementSpan(kind, lines, line, packageName, suggestion) {
  const text = lines[line - 1];
  if (text === void 0 || !namesPackage(suggestion, packageName)) return null;
  if (kind === "requirements") {
    const previous = lines[line - 2];
    if (previous !== void 0 && continues(previous)) return null;
    return requirementsLineSpan(text, packageName, suggestion);
  }
  if (kind === "pyproject")
    return pyprojectStringSpan(text, packageName, suggestion);
  return null;
}
function namesPackage(text, packageName) {
  const parsed = parsePep508(text);
  return parsed.ok && parsed.value.name === packageName;
}
function continues(text) {
  return /\\\r?$/.test(text);
}
function requirementsLineSpan(text, packageName, suggestion) {
  if (continues(text)) return null;
  const comment = text.search(/(^|\s)#/);
  const body = comment < 0 ? text : text.slice(0, comment);
  const start = body.search(/\S/);
  if (start < 0) return null;
  const requirement = body.slice(start).trimEnd();
  if (requirement.startsWith("-") || /\s-/.test(requirement)) return null;
  if (!namesPackage(requirement, packageName)) return null;
  return {
    startColumn: start + 1,
    endColumn: start + requirement.length + 1,
    current: requirement,
    replacement: suggestion
  };
}
function pyprojectStringSpan(text, packageName, suggestion) {
  const found = [];
  for (const literal of listTomlStrings(text)) {
    if (literal.content === null) continue;
    if (!namesPackage(literal.content, packageName)) continue;
    const replacement = literal.quote === '"' ? suggestion.replace(/[\\"]/g, (c) => `\\${c}`) : suggestion;
    if (literal.quote === "'" && suggestion.includes("'")) continue;
    found.push({
      startColumn: literal.start + 1,
      endColumn: literal.start + literal.content.length + 1,
      current: literal.content,
      replacement
    });
  }
  return found.length === 1 ? found[0] ?? null : null;
}
function listTomlStrings(text) {
  if (text.includes('"""') || text.includes("'''")) return [];
  const strings = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "#") break;
    if (c !== '"' && c !== "'") {
      i += 1;
      continue;
    }
    const start = i + 1;
    let j = start;
    let escaped = false;
    while (j < text.length && text[j] !== c) {
      if (c === '"' && text[j] === "\\") {
        escaped = true;
        j += 1;
      }
      j += 1;
    }
    if (j >= text.length) return strings;
    strings.push({
      quote: c,
      start,
      content: escaped ? null : text.slice(start, j)
    });
    i = j + 1;
  }
  return strings;
}

// src/report/rule-descriptions.ts
var RULES_DOCUMENTATION_URL = `${TOOL_URL}/blob/main/docs/policy.md`;
var PINS = ["dependencies", "python", "pins"];
var LOCKS = ["dependencies", "python", "locks"];
var INDEX = ["dependencies", "python", "supply-chain"];
var FILES = ["dependencies", "python", "input"];
var RULE_DESCRIPTIONS = {
  unpinned: {
    name: "UnpinnedRequirement",
    short: "A requirement is looser than the pin level the policy asks of it.",
    full: "A requirement's version constraint is looser than its pin level (`exact`, `compatible`, `bounded`, `specified` or `any`, set per file kind, dependency group and package). A loose requirement lets the next install pick a release nobody tested.",
    fix: "Replace the requirement with the suggested one, or set another level in the policy's `[pins]` or `packages.<name>.pin`.",
    tags: PINS
  },
  "outside-policy": {
    name: "VersionOutsidePolicy",
    short: "A version outside the policy's allowed range is admitted, pinned or locked.",
    full: "A declared range admits a version outside `packages.<name>.allowed` (the finding shows one, the counterexample), or a pinned or locked version is outside it.",
    fix: "Replace the requirement with the suggested one, then re-lock.",
    tags: PINS
  },
  banned: {
    name: "BannedVersion",
    short: "A pinned or locked version is banned by the policy.",
    full: "A pinned or locked version is in `packages.<name>.banned`. A range that merely admits a banned version is reported one step milder (an error becomes a warning).",
    fix: "Replace the requirement with the suggested one, which leaves the banned versions out, then re-lock.",
    tags: PINS
  },
  "lock-mismatch": {
    name: "LockDoesNotMatchManifest",
    short: "A lock or compiled requirements file does not match what it was resolved from.",
    full: "A locked version fails the declared specifier, a declared dependency is missing from the lock, or the manifest uv.lock recorded differs from pyproject.toml: installing from the lock gives something other than what is declared. The same holds for a compiled requirements file (pip-compile, `uv pip compile`) and its inputs: the output misses a package an input names, or pins a version an input's specifier does not admit (the finding names both files and lines). An input the output's header names that is not in the audited tree is a notice: the pins are audited, the pairing is not.",
    fix: "Re-lock (`uv lock`, `poetry lock`), or compile the output again with the command in its header, and commit the result with the manifest or input.",
    tags: LOCKS
  },
  conflict: {
    name: "ConflictingRequirements",
    short: "Requirements on one package leave no version that satisfies them all.",
    full: "Within one install set (a pyproject.toml with its lock, a requirements file with its -r and -c files, a compiled output with its inputs), the requirements on a package (including what the project's pinned packages themselves require) have no common version, or one requirement admits no version at all: the installer cannot resolve them, or a hand-made pin breaks at run time. The finding lists the smallest set of requirements or clauses that clash.",
    fix: "Relax one of the listed requirements so that they share a version.",
    tags: PINS
  },
  diverged: {
    name: "DivergedInstalls",
    short: "Two ways to install one project disagree on a package.",
    full: "A project's pyproject.toml and another install set of its directory (a requirements file, a compiled output not compiled from it) require versions of a package that do not overlap: whichever way the project is installed, it is not what the other promises. Nothing says the two are installed together, so it is not a conflict.",
    fix: "Align them; if the two are installed together, declare it with [[install]] in the policy (then it is a conflict).",
    tags: PINS
  },
  inconsistent: {
    name: "InconsistentVersions",
    short: "A package is at different versions across the projects.",
    full: "A package listed in `consistency.packages` is locked or pinned at different versions in different projects of the repository; the finding shows every project's version.",
    fix: "Move the project to the version most projects use (the suggested pin), then re-lock.",
    tags: LOCKS
  },
  compat: {
    name: "IncompatibleCombination",
    short: "A `[[compat]]` rule of the policy does not hold.",
    full: "A `[[compat]]` rule's `when` holds in an install set (it installs, say, `mcp>=1.13,<2`), and the same install set locks, pins or declares the package in the rule's `require` outside it (`httpx>=0.27.1,<1`); a range is judged with the constraints that apply to it. Independent requirements files of one directory are judged separately.",
    fix: "Replace the requirement with the suggested one, then re-lock.",
    tags: PINS
  },
  "exception-expired": {
    name: "ExpiredException",
    short: "A policy exception is past its `until` date.",
    full: "An `[[exceptions]]` entry is past `until`: it no longer applies, and the findings it waived are reported again.",
    fix: "Fix the findings the exception waived, or move its `until`.",
    tags: ["dependencies", "policy"]
  },
  "exception-unused": {
    name: "UnusedException",
    short: "A policy exception suppressed no finding.",
    full: "An `[[exceptions]]` entry in force matched no finding in a whole-repository audit: its `project`, `file` or `package` may be misspelled, or the problem it waived is gone.",
    fix: "Fix the exception's globs, or remove it.",
    tags: ["dependencies", "policy"]
  },
  missing: {
    name: "MissingRequiredPackage",
    short: "A project does not declare a package the policy requires.",
    full: "The policy's `packages.<name>.required` asks every project (or the projects matching its globs) to declare the package, and this project does not.",
    fix: "Add the package to the project's dependencies, or narrow `required`.",
    tags: ["dependencies", "policy"]
  },
  yanked: {
    name: "YankedRelease",
    short: "A pinned or locked release is yanked on its package index.",
    full: "A pinned or locked version is yanked on its package index (PEP 592): its maintainers withdrew it, yet pip and uv still install a yanked release that is pinned exactly.",
    fix: "Move to a release that is not yanked, then re-lock.",
    tags: INDEX
  },
  "too-new": {
    name: "ReleaseInCooldown",
    short: "A pinned or locked release is younger than the policy's cooldown.",
    full: "A pinned or locked version was uploaded less than the policy's `cooldown` ago (48 hours by default): a broken or compromised release is usually found and yanked within that time.",
    fix: "Wait until the time the finding names, or use an older release; `cooldown` in the policy sets the time.",
    tags: INDEX
  },
  "index-unavailable": {
    name: "IndexUnavailable",
    short: "The package index could not answer for a pinned or locked release.",
    full: "The package index could not be asked about a pinned or locked release, so `yanked` and `too-new` were not checked for it. It is said, so that a failed lookup never reads as a pass.",
    fix: "Check the index URL, its credentials (`PIN_AUDIT_INDEX_TOKEN`) and the network, then run again.",
    tags: INDEX
  },
  index: {
    name: "UnlistedPackageSource",
    short: "A requirements file, pyproject.toml or lock names a package source the policy does not list.",
    full: "A requirements file names a package source (`--index-url`, `--extra-index-url`, `--find-links` or `--trusted-host`), a pyproject.toml tells uv or Poetry to use one (`[[tool.uv.index]]`; `index-url`, `extra-index-url` or `find-links` in `[tool.uv]` or `[tool.uv.pip]`; `[[tool.poetry.source]]`), or a lock installs packages from one (uv.lock `source = { registry = ... }`, pylock.toml `index`, poetry.lock's `[package.source]`), and it is not PyPI (`https://pypi.org/simple`, its file host `files.pythonhosted.org`), the policy's `index-url` or in `[indexes] allowed`. The installer may install any package from it, whatever the pins say. A lock's index is reported once per lock (on its first package), and not at all when the project's own settings name it (that finding is the one to fix). The workflow's `index-url` input is where pin-audit reads release data; it does not allow the audited files to install from that index: list it in `[indexes] allowed` too.",
    fix: "Remove it, or, if it is trusted, add it to `[indexes] allowed` in the policy.",
    tags: INDEX
  },
  soak: {
    name: "CanarySoakNotOver",
    short: "A project moves to a version the canary has not run for the soak time.",
    full: "A change moves a project outside `[rollout] canary` to a version the canary has not run on the base branch for `[rollout] soak` (read from the base's first-parent history), or does not run at all.",
    fix: "Wait until the soak ends, or move the canary first (`pin-audit fix --project <canary> --package <name> --to <version>`).",
    tags: ["dependencies", "policy"]
  },
  "dead-marker": {
    name: "RequirementNeverApplies",
    short: "A requirement's marker can never hold where the project runs.",
    full: "A requirement's environment marker can never hold for the project: a Python the project's `requires-python` excludes (`python_version < \"3.8\"` under `>=3.10`), an `extra` in a requirements file (pip sets none), or a marker that contradicts itself. No installer installs it, so no other rule judges it; this notice says so once.",
    fix: "Remove the line, or correct its marker.",
    tags: ["dependencies"]
  },
  "invalid-file": {
    name: "UnreadableFile",
    short: "A dependency file, or a line in it, cannot be read.",
    full: "A file that is not UTF-8, not valid TOML, truncated, binary or too large, or a line that cannot be understood: what pip, uv or Poetry would make of it cannot be checked, so it is reported rather than skipped. The rest of the repository is still audited.",
    fix: "Correct the file or line the finding names.",
    tags: FILES
  },
  discovery: {
    name: "PathNotAudited",
    short: "A path was not followed, or there was nothing to audit.",
    full: "An include that points outside the audited root, a symlink out of the root or a symlink loop, or an audit that found no dependency file at all.",
    fix: "Keep included files inside the audited root, or check the audited path and its include and exclude globs.",
    tags: FILES
  },
  unauditable: {
    name: "UnauditableSource",
    short: "An installer would read something pin-audit cannot read the same way.",
    full: "Something an installer would read that pin-audit cannot read the same way: a file over 16 MiB, the rest of a file past 200,000 requirements, a symbolic link it cannot follow exactly as the OS would (out of the repository, into `.git` or `node_modules`, past 40 links), an encoding pip decodes and pin-audit does not, a requirement URL without a package name, a remote include, or dependencies a build backend computes. It is always an error: what was not read cannot pass the gate.",
    fix: "Make the source auditable as the finding says: a regular UTF-8 file inside the repository, a `name @ url` requirement, or dependencies declared in `[project]` or `[tool.setuptools.dynamic]` files.",
    tags: FILES
  }
};
function describeUnknownRule(id) {
  return {
    name: `Rule${id.replace(/[^A-Za-z0-9]/g, "")}`,
    short: `Findings of rule ${id}.`,
    full: `Findings of rule ${id}.`,
    fix: "See the finding's message.",
    tags: ["dependencies"]
  };
}
function ruleHelpUri(id) {
  return `${RULES_DOCUMENTATION_URL}#${id}`;
}

// src/report/render-sarif.ts
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "pinAuditFinding/v1";
function renderSarif(report, options) {
  const rules = listRules(report.findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const kinds = /* @__PURE__ */ new Map();
  for (const project of report.projects)
    for (const file of project.files) kinds.set(file.path, file.kind);
  const occurrences = /* @__PURE__ */ new Map();
  const results = report.findings.map((finding) => {
    const identity = `${options.rootInRepository}\0${findingIdentity(finding)}`;
    const n = occurrences.get(identity) ?? 0;
    occurrences.set(identity, n + 1);
    return toResult(finding, {
      ruleIndex: ruleIndex.get(finding.rule) ?? 0,
      fingerprint: fingerprint(`${identity}\0${n}`),
      report,
      kind: finding.file === null ? void 0 : kinds.get(finding.file),
      options
    });
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            .../^\d+\.\d+\.\d+/.test(TOOL_VERSION) ? { semanticVersion: TOOL_VERSION } : {},
            informationUri: TOOL_URL,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function listRules(findings) {
  const known = Object.keys(RULE_DESCRIPTIONS);
  const other = [...new Set(findings.map((f) => f.rule))].filter((id) => !known.includes(id)).sort();
  return [...known, ...other].map(
    (id) => describeRule(
      id,
      RULE_DESCRIPTIONS[id] ?? describeUnknownRule(id)
    )
  );
}
function describeRule(id, description) {
  const helpUri = ruleHelpUri(id);
  return {
    id,
    name: description.name,
    shortDescription: { text: description.short },
    fullDescription: { text: description.full },
    help: {
      text: `${description.full}

Fix: ${description.fix}

${helpUri}`,
      markdown: `${description.full}

**Fix:** ${description.fix}

[Documentation](${helpUri})`
    },
    helpUri,
    properties: { tags: description.tags }
  };
}
var LEVELS = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function toResult(finding, context) {
  const fix = finding.suggestion ? `
Fix: ${finding.suggestion}` : "";
  const properties = {};
  if (finding.project !== null) properties.project = finding.project;
  if (finding.package !== null) properties.package = finding.package;
  if (finding.counterexample !== void 0)
    properties.counterexample = finding.counterexample;
  if (finding.suggestion !== void 0)
    properties.suggestion = finding.suggestion;
  const fixes = describeFix(finding, context);
  return {
    ruleId: finding.rule,
    ruleIndex: context.ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: `${finding.message}${fix}` },
    locations: [locate(finding, context)],
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprint },
    ...fixes ? { fixes } : {},
    ...Object.keys(properties).length > 0 ? { properties } : {}
  };
}
function locate(finding, context) {
  const file = finding.file ?? context.report.policy.file;
  const artifactLocation = toArtifact(file, context.options.rootInRepository);
  if (finding.file === null || finding.line === null)
    return { physicalLocation: { artifactLocation } };
  return {
    physicalLocation: {
      artifactLocation,
      region: { startLine: finding.line, endLine: finding.line }
    }
  };
}
function toArtifact(file, root) {
  const path = [root, file ?? ""].filter((part) => part !== "").join("/");
  const uri = path === "" ? "./" : path.split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
  return { uri: uri === "" ? "./" : uri, uriBaseId: SRCROOT };
}
function describeFix(finding, context) {
  const { file, line, package: name, suggestion } = finding;
  if (file === null || line === null || name === null || !suggestion)
    return void 0;
  if (context.kind === void 0) return void 0;
  const lines = context.options.fileLines(file);
  if (lines === void 0) return void 0;
  const span = findRequirementSpan(context.kind, lines, line, name, suggestion);
  if (span === null || span.current === span.replacement) return void 0;
  return [
    {
      description: {
        text: `Replace \`${span.current}\` with \`${suggestion}\`.`
      },
      artifactChanges: [
        {
          artifactLocation: toArtifact(file, context.options.rootInRepository),
          replacements: [
            {
              deletedRegion: {
                startLine: line,
                startColumn: span.startColumn,
                endLine: line,
                endColumn: span.endColumn
              },
              insertedContent: { text: span.replacement }
            }
          ]
        }
      ]
    }
  ];
}
function fingerprint(identity) {
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}

// src/sarif-output.ts
async function renderSarifOfDirectory(report, filesDir, rootInRepository2) {
  const files = /* @__PURE__ */ new Set();
  for (const finding of report.findings)
    if (finding.suggestion && finding.file !== null) files.add(finding.file);
  const lines = /* @__PURE__ */ new Map();
  for (const file of [...files].sort()) {
    const read = await readTextFile(join(filesDir, file));
    if (read.ok) lines.set(file, read.text.split(/\r?\n/));
  }
  return renderSarif(report, {
    rootInRepository: rootInRepository2,
    fileLines: (file) => lines.get(file)
  });
}
async function rootInRepository(root, cwd) {
  const absolute = resolve(cwd, root);
  for (let dir = absolute; ; dir = dirname(dir)) {
    if (await exists(join(dir, ".git")))
      return toPosix(relative(dir, absolute));
    if (dirname(dir) === dir) break;
  }
  const path = toPosix(relative(cwd, absolute));
  return path === ".." || path.startsWith("../") || /^([A-Za-z]:|\/)/.test(path) ? "" : path;
}
async function exists(path) {
  return await stat(path).catch(() => null) !== null;
}
function toPosix(path) {
  return path.split(sep).join("/");
}
export {
  renderSarifOfDirectory,
  rootInRepository
};
