#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./cli-6H67Q6BF.js";
import {
  compareVersions,
  parseVersion,
  updateType
} from "./cli-CK7WWBFM.js";
import {
  __toESM
} from "./cli-2YH6FNA5.js";

// src/knowledge/mcp-stack-links.ts
var MCP_STACK_LINKS = /* @__PURE__ */ new Map([
  [
    // Repository and Issues only; tags v1.0.0 ... (one stray `1.15.0` beside `v1.15.0`).
    "mcp",
    {
      changelog: null,
      repository: "https://github.com/modelcontextprotocol/python-sdk",
      tags: { prefix: "v", since: "1.0.0" }
    }
  ],
  [
    "httpx",
    {
      changelog: "https://github.com/encode/httpx/blob/master/CHANGELOG.md",
      repository: "https://github.com/encode/httpx",
      tags: { prefix: "", since: "0.0.1" }
    }
  ],
  [
    // The metadata names only a Homepage, which is the repository; tags 0.1.0 ... 0.4.3.
    "httpx-sse",
    {
      changelog: null,
      repository: "https://github.com/florimondmanca/httpx-sse",
      tags: { prefix: "", since: "0.1.0" }
    }
  ],
  [
    "anyio",
    {
      changelog: "https://anyio.readthedocs.io/en/stable/versionhistory.html",
      repository: "https://github.com/agronholm/anyio",
      tags: { prefix: "", since: "1.0.0" }
    }
  ],
  [
    "pydantic",
    {
      changelog: "https://pydantic.dev/docs/validation/latest/get-started/changelog/",
      repository: "https://github.com/pydantic/pydantic",
      tags: { prefix: "v", since: "1.0.0" }
    }
  ],
  [
    "starlette",
    {
      changelog: "https://www.starlette.io/release-notes/",
      repository: "https://github.com/encode/starlette",
      tags: { prefix: "", since: "0.1.0" }
    }
  ],
  [
    // Tags without a prefix up to 1.1.6, `v1.2.1` on.
    "sse-starlette",
    {
      changelog: null,
      repository: "https://github.com/sysid/sse-starlette",
      tags: { prefix: "v", since: "1.2.1" }
    }
  ],
  [
    "uvicorn",
    {
      changelog: "https://www.uvicorn.org/release-notes",
      repository: "https://github.com/encode/uvicorn",
      tags: { prefix: "", since: "0.0.1" }
    }
  ]
]);

// src/report/upgrade-links.ts
function linkUpgrade(row, metadata) {
  const shipped = MCP_STACK_LINKS.get(row.package);
  const known = shipped !== void 0 && (metadata?.source === void 0 || githubRepository(metadata.source) === shipped.repository.toLowerCase()) ? shipped : void 0;
  const changelog = metadata?.changelog ?? known?.changelog ?? null;
  const compare = known ? compareUrl(row, known) : null;
  return {
    ...changelog === null ? {} : { changelogUrl: changelog },
    ...compare === null ? {} : { compareUrl: compare }
  };
}
function compareUrl(row, known) {
  if (row.change !== "upgraded" && row.change !== "downgraded") return null;
  const from = taggedVersion(row.from, known);
  const to = taggedVersion(row.to, known);
  if (from === null || to === null) return null;
  const [older, newer] = row.change === "upgraded" ? [from, to] : [to, from];
  const { prefix } = known.tags;
  return `${known.repository}/compare/${prefix}${older}...${prefix}${newer}`;
}
function taggedVersion(text, known) {
  if (text === null || !/^\d+\.\d+\.\d+$/.test(text)) return null;
  const version = parseVersion(text);
  const since = parseVersion(known.tags.since);
  if (version === null || since === null) return null;
  return compareVersions(version, since) >= 0 ? text : null;
}
function githubRepository(url) {
  const match = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)/i.exec(
    url
  );
  if (!match) return null;
  const repo = match[2].replace(/\.git$/i, "");
  return `https://github.com/${match[1]}/${repo}`.toLowerCase();
}

// src/report/upgrade-diff.ts
var PYPI = "https://pypi.org";
function diffUpgrades(base, head, options = {}) {
  const before = collectVersions(base);
  const after = collectVersions(head);
  const rows = [];
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(key);
    const to = after.get(key);
    const row = compareSets(from, to, options);
    if (row)
      rows.push({
        ...row,
        ...linkUpgrade(row, options.links?.get(row.package))
      });
  }
  return rows.sort(
    (a, b) => compareStrings(a.project, b.project) || compareStrings(a.package, b.package) || compareStrings(a.file, b.file)
  );
}
function collectVersions(projects) {
  const sets = /* @__PURE__ */ new Map();
  const add = (project, entry, kind, version, index) => {
    const key = `${project}\0${entry.file}\0${entry.name}`;
    const set = sets.get(key) ?? {
      project,
      package: entry.name,
      file: entry.file,
      kind,
      versions: [],
      index
    };
    if (!set.versions.some((v) => sameVersion(v, version)))
      set.versions.push(version);
    sets.set(key, set);
  };
  for (const project of projects) {
    for (const r of project.requirements) {
      const pinned = exactPin(r);
      if (pinned) add(project.path, r, "pinned", pinned, null);
    }
    for (const l of project.locked) {
      if (l.version === null || l.source !== "registry") continue;
      add(project.path, l, "locked", l.version, l.sourceUrl);
    }
  }
  for (const set of sets.values()) set.versions.sort(compareLoosely);
  return sets;
}
function exactPin(r) {
  if (r.url !== null) return null;
  const match = /^===?([^,*<>=!~]+)$/.exec(r.specifier);
  return match ? match[1] : null;
}
function compareSets(from, to, options) {
  const any = to ?? from;
  const base = {
    project: any.project,
    package: any.package,
    file: any.file,
    kind: any.kind
  };
  if (!from || !to) {
    const side = to ?? from;
    const shown = side.versions.at(-1);
    return {
      ...base,
      change: to ? "added" : "removed",
      from: from ? from.versions.join(", ") : null,
      to: to ? to.versions.join(", ") : null,
      updateType: null,
      url: releaseUrl(side.package, shown, side.index, options)
    };
  }
  if (from.versions.length === to.versions.length && from.versions.every((v, i) => sameVersion(v, to.versions[i])))
    return null;
  const oldTop = from.versions.at(-1);
  const newTop = to.versions.at(-1);
  const order = compareLoosely(oldTop, newTop);
  const type = parseVersion(oldTop) && parseVersion(newTop) ? updateType(oldTop, newTop) : null;
  return {
    ...base,
    change: order < 0 ? "upgraded" : order > 0 ? "downgraded" : "changed",
    from: from.versions.join(", "),
    to: to.versions.join(", "),
    updateType: type === "none" ? null : type,
    url: releaseUrl(to.package, newTop, to.index, options)
  };
}
function sameVersion(a, b) {
  return compareLoosely(a, b) === 0;
}
function compareLoosely(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va && vb) return compareVersions(va, vb);
  return compareStrings(a, b);
}
function releaseUrl(name, version, entryIndex, options) {
  const origin = pypiLikeOrigin(entryIndex ?? options.indexUrl ?? PYPI);
  if (origin === null) return null;
  if (!/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/.test(name)) return null;
  if (!/^[A-Za-z0-9.!+_-]+$/.test(version)) return null;
  return `${origin}/project/${name}/${encodeURIComponent(version)}/`;
}
function pypiLikeOrigin(indexUrl) {
  let url;
  try {
    url = new URL(indexUrl);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host === "pypi.org" || host === "pypi.python.org" || host === "files.pythonhosted.org")
    return PYPI;
  if (host === "test.pypi.org") return "https://test.pypi.org";
  return null;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rollout/rollout-moves.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function isCanary(project, globs) {
  return globs.some((glob) => (0, import_picomatch.default)(glob, { dot: true })(project));
}
function listCanaries(projects, globs) {
  return projects.filter((p) => isCanary(p.path, globs));
}
function listRunVersions(project, name) {
  const locked = project.locked.filter(
    (l) => l.name === name && l.version !== null && l.source === "registry"
  );
  const pinned = project.requirements.flatMap((r) => {
    const version = r.name === name ? exactPin(r) : null;
    return version === null ? [] : [{ version, file: r.file, line: r.line }];
  });
  if (locked.length === 0) return pinned;
  const lockedSources = locked.map((l) => ({
    version: l.version,
    file: l.file,
    line: l.line
  }));
  return [
    ...pinned.filter(
      (p) => lockedSources.some((l) => sameVersion2(l.version, p.version))
    ),
    ...lockedSources
  ];
}
function runsVersion(project, name, version) {
  return listRunVersions(project, name).some(
    (s) => sameVersion2(s.version, version)
  );
}
function sameVersion2(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va !== null && vb !== null ? compareVersions(va, vb) === 0 : a === b;
}
function listRolloutMoves(canaryGlobs, base, head) {
  const canaries = listCanaries(base, canaryGlobs);
  const moves = [];
  for (const project of head) {
    if (isCanary(project.path, canaryGlobs)) continue;
    const before = base.find((p) => p.path === project.path);
    if (before === void 0) continue;
    const names = /* @__PURE__ */ new Set([
      ...project.locked.map((l) => l.name),
      ...project.requirements.map((r) => r.name)
    ]);
    for (const name of [...names].sort()) {
      const was = listRunVersions(before, name);
      if (was.length === 0) continue;
      const running = canaries.filter(
        (c) => listRunVersions(c, name).length > 0
      );
      if (running.length === 0) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const source of listRunVersions(project, name)) {
        if (was.some((w) => sameVersion2(w.version, source.version))) continue;
        if (seen.has(source.version)) continue;
        seen.add(source.version);
        moves.push({
          project: project.path,
          package: name,
          version: source.version,
          file: source.file,
          line: source.line,
          canaries: running
        });
      }
    }
  }
  return moves;
}
function listCanaryPaths(canary) {
  return [
    .../* @__PURE__ */ new Set([
      ...canary.files.map((f) => f.path),
      ...canary.requirements.map((r) => r.file),
      ...canary.locked.map((l) => l.file)
    ])
  ].sort();
}

export {
  diffUpgrades,
  exactPin,
  isCanary,
  listCanaries,
  listRunVersions,
  runsVersion,
  sameVersion2 as sameVersion,
  listRolloutMoves,
  listCanaryPaths
};
