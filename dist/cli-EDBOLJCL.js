#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  CanaryHistory,
  findCheckout,
  runGit
} from "./cli-U35SKS6Y.js";
import {
  AUDIT_OPTIONS,
  DRIFT_USAGE,
  FORMATS,
  MERGE_USAGE,
  USAGE,
  UsageError,
  parseCommandLine,
  prepareAudit,
  readChoice,
  withOutput,
  writeOutput
} from "./cli-QA7AJA2A.js";
import {
  createIndexSession,
  settleLookup
} from "./cli-NIKKW4Y4.js";
import {
  shellQuote
} from "./cli-TGOWH5DX.js";
import {
  isCanary,
  listCanaries,
  listCanaryPaths
} from "./cli-JRV7HEQM.js";
import {
  ConfigurationError,
  auditRepository,
  chooseProjectIndex,
  findPinnedVersion,
  loadPolicy
} from "./cli-HVQKFIYB.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./cli-2C3WS7WO.js";
import "./cli-6GG37WKV.js";
import "./cli-4P4SODVB.js";
import {
  listIndexSecrets,
  maskSecrets,
  redactUrl
} from "./cli-2LUIKLHL.js";
import {
  fitToLength
} from "./cli-B7VLXD23.js";
import {
  plural
} from "./cli-QUBS47DX.js";
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  neutralizeWorkflowCommands,
  stripControls
} from "./cli-TS4OJXAQ.js";
import {
  _enum,
  array,
  boolean,
  formatUtc,
  iso_exports,
  literal,
  number,
  object,
  parseExcludeNewer,
  record,
  strictObject,
  string,
  tuple,
  union,
  unknown
} from "./cli-6H67Q6BF.js";
import {
  append,
  contains,
  maxOf,
  parseSpecifierSet
} from "./cli-QHTSOWC2.js";
import {
  compareVersions,
  createBoundedCache,
  isPrerelease,
  makeVersion,
  normalizeName,
  parseVersion,
  updateType,
  versionKey
} from "./cli-CK7WWBFM.js";
import "./cli-2YH6FNA5.js";

// src/cli/run-drift.ts
import { readFile } from "node:fs/promises";

// src/rollout/rollout-plan.ts
var dateTime = iso_exports.datetime({ offset: true }).nullable();
var text = string().max(1e4);
var rolloutPlanSchema = strictObject({
  package: text,
  target: text,
  waves: array(
    strictObject({
      wave: number().int().min(0),
      canary: boolean(),
      projects: array(text),
      command: text,
      state: _enum(["ready", "soaking", "soaked", "waiting", "done"]),
      adoptedAt: dateTime,
      soakEndsAt: dateTime
    })
  )
});

// src/model/drift-report.ts
function isDrifting(entry) {
  return entry.status === "behind" || entry.status === "yanked";
}

// src/drift/drift-report.ts
var nonNegative = number().int().min(0);
var text2 = string().max(1e4);
var version = string().max(200).refine((v) => parseVersion(v)?.text === v, {
  message: "not a normalized PEP 440 version"
});
var dateTime2 = iso_exports.datetime({ offset: true });
var driftEntrySchema = strictObject({
  project: text2,
  package: text2,
  current: version,
  sources: array(
    strictObject({
      kind: _enum(["pinned", "locked"]),
      file: text2,
      line: nonNegative
    })
  ).max(1e4),
  status: _enum(["behind", "up-to-date", "yanked", "unknown"]),
  // Fields added after the first release default, so a fleet can merge reports of older pin-audit versions.
  unchecked: _enum(["offline", "audit-report", "index-error", "not-on-index"]).nullable().default(null),
  note: text2.nullable(),
  currentOnIndex: boolean().nullable().default(null),
  currentUploaded: dateTime2.nullable(),
  yankedReason: text2.nullable(),
  latest: version.nullable(),
  latestUploaded: dateTime2.nullable(),
  updateType: _enum(["major", "minor", "patch", "other"]).nullable(),
  behind: strictObject({
    major: nonNegative,
    minor: nonNegative,
    patch: nonNegative,
    other: nonNegative.default(0),
    total: nonNegative
  }),
  libyears: number().min(0).nullable(),
  allowed: version.nullable(),
  currentAllowed: boolean(),
  notYet: strictObject({ version, allowedAt: dateTime2 }).nullable(),
  pythonExcluded: strictObject({
    version,
    requiresPython: text2,
    projectRequiresPython: text2
  }).nullable().default(null)
});
var driftRepositorySchema = strictObject({
  name: text2,
  policy: text2,
  projects: array(text2),
  entries: array(driftEntrySchema),
  rollout: array(rolloutPlanSchema).optional()
});
var driftReportSchema = strictObject({
  schemaVersion: literal(1),
  kind: literal("drift"),
  tool: strictObject({ name: text2, version: text2 }),
  generatedAt: dateTime2,
  repositories: array(driftRepositorySchema),
  // Derived data: recomputed on merge, so only its shape is checked.
  fleet: array(unknown()),
  summary: record(string(), number())
});

// src/index/gather-release-lists.ts
function projectPackageKey(project, name2) {
  return `${project}\0${name2}`;
}
async function gatherReleaseLists(projects, wanted, options) {
  const token = options.token || null;
  const listings = /* @__PURE__ */ new Map();
  if (options.offline)
    return { online: false, listings, secrets: token ? [token] : [] };
  const session = createIndexSession({ ...options, token });
  const pending = /* @__PURE__ */ new Map();
  const list = (raw, name2) => {
    const found = session.clientFor(raw);
    if (!found.ok)
      return { index: found.url, answer: Promise.resolve(found.lookup) };
    const key = `${found.key}\0${name2}`;
    let answer = pending.get(key);
    if (answer === void 0) {
      answer = settleLookup(found.client.listReleases(name2));
      pending.set(key, answer);
    }
    return { index: found.url, answer };
  };
  const jobs = [];
  for (const project of projects) {
    const index = chooseProjectIndex(project, options.indexUrl ?? null);
    for (const name2 of wanted.get(project.path) ?? []) {
      const asked = list(index, name2);
      jobs.push(
        asked.answer.then((lookup) => {
          listings.set(projectPackageKey(project.path, name2), {
            index: asked.index,
            // An error message may echo a URL: never one with credentials.
            lookup: lookup.ok ? lookup : { ok: false, error: redactUrl(lookup.error) }
          });
        })
      );
    }
  }
  await Promise.all(jobs);
  return { online: true, listings, secrets: session.secrets() };
}

// src/pep440/loose-order.ts
function compareLoosely(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va && vb) return compareVersions(va, vb);
  return compareStrings(a, b);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rollout/plan-rollout.ts
function planRollout(entries, rollout, adoptedAt, now) {
  if (rollout.canary.length === 0) return [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const e of entries)
    byPackage.set(e.package, [...byPackage.get(e.package) ?? [], e]);
  const plans = [];
  for (const [name2, list] of [...byPackage].sort(
    ([a], [b]) => a < b ? -1 : 1
  )) {
    const target = list.map((e) => e.allowed).filter((v) => v !== null).sort(compareLoosely).at(-1);
    if (target === void 0) continue;
    const lagging = (project) => list.some(
      (e) => e.project === project && compareLoosely(e.current, target) < 0
    );
    const projects = [...new Set(list.map((e) => e.project))].sort();
    if (!projects.some(lagging)) continue;
    plans.push({
      package: name2,
      target,
      waves: planWaves(name2, target, projects, lagging, rollout, {
        adoptedAt: adoptedAt(name2, target) ?? null,
        now
      })
    });
  }
  return plans;
}
function planWaves(name2, target, projects, lagging, rollout, canaryFacts) {
  const canaries = projects.filter((p) => isCanary(p, rollout.canary));
  const rest = projects.filter((p) => !isCanary(p, rollout.canary));
  const size = rollout.wave ?? Math.max(rest.length, 1);
  const groups = [];
  for (let i = 0; i < rest.length; i += size)
    groups.push(rest.slice(i, i + size));
  const waves = [];
  let open = true;
  if (canaries.length > 0) {
    const wave = canaryWave(
      name2,
      target,
      canaries,
      lagging,
      rollout,
      canaryFacts
    );
    waves.push(wave);
    open = wave.state === "soaked";
  }
  for (const [index, group] of groups.entries()) {
    const done = !group.some(lagging);
    waves.push({
      wave: index + 1,
      canary: false,
      projects: group,
      command: fixCommand(group, name2, target),
      state: done ? "done" : open ? "ready" : "waiting",
      adoptedAt: null,
      soakEndsAt: null
    });
    if (!done) open = false;
  }
  return waves;
}
function canaryWave(name2, target, canaries, lagging, rollout, facts) {
  const moved = !canaries.some(lagging);
  const adopted = moved ? facts.adoptedAt : null;
  const ends = adopted === null ? null : new Date(adopted.getTime() + rollout.soak);
  return {
    wave: 0,
    canary: true,
    projects: [...canaries],
    command: fixCommand(canaries, name2, target),
    state: !moved ? "ready" : ends !== null && ends <= facts.now ? "soaked" : "soaking",
    adoptedAt: adopted?.toISOString() ?? null,
    soakEndsAt: ends?.toISOString() ?? null
  };
}
function fixCommand(projects, name2, target, multiline = false) {
  const flags = [
    ...projects.map((p) => `--project ${shellQuote(p)}`),
    `--package ${shellQuote(name2)} --to ${shellQuote(target)}`
  ];
  return multiline ? ["pin-audit fix", ...flags].join(" \\\n  ") : `pin-audit fix ${flags.join(" ")}`;
}

// src/rollout/plan-repository-rollout.ts
async function planRepositoryRollout(root, audit, policy, entries, now) {
  if (policy.rollout.canary.length === 0) return [];
  const draft = planRollout(entries, policy.rollout, () => null, now);
  const adopted = /* @__PURE__ */ new Map();
  const history = await openHistory(root, now, policy.rollout.soak);
  const canaries = listCanaries(audit.projects, policy.rollout.canary);
  for (const plan of draft) {
    const canaryWave2 = plan.waves.find((w) => w.canary);
    if (canaryWave2 === void 0 || canaryWave2.state === "ready") continue;
    let latest2 = null;
    for (const path of canaryWave2.projects) {
      const canary = canaries.find((c) => c.path === path);
      const adoption = canary === void 0 || history === null ? null : await history.adoption(
        canary,
        listCanaryPaths(canary),
        plan.package,
        plan.target
      );
      if (adoption?.kind !== "since") {
        latest2 = null;
        break;
      }
      if (latest2 === null || adoption.date > latest2) latest2 = adoption.date;
    }
    adopted.set(`${plan.package}\0${plan.target}`, latest2);
  }
  return planRollout(
    entries,
    policy.rollout,
    (name2, version2) => adopted.get(`${name2}\0${version2}`) ?? null,
    now
  );
}
async function openHistory(root, now, soak) {
  try {
    const checkout = await findCheckout(root);
    const commit = (await runGit(["rev-parse", "--verify", "HEAD"], checkout.repoDir)).toString("utf8").trim();
    return new CanaryHistory({
      checkout,
      commit,
      horizon: new Date(now.getTime() - soak)
    });
  } catch {
    return null;
  }
}

// src/drift/drift-order.ts
function roundHundredths(n) {
  return Math.round(n * 100) / 100;
}

// src/drift/count-behind.ts
var YEAR_MS = 365.25 * 864e5;
function countBehind(current, newer) {
  const counts = { major: 0, minor: 0, patch: 0, other: 0, total: 0 };
  let previous = current;
  for (const r of newer) {
    counts[classifyStep(previous, r.version)]++;
    counts.total++;
    previous = r.version;
  }
  return counts;
}
function classifyStep(from, to) {
  const type = updateType(from, to);
  if (type === "epoch" || type === "major") return "major";
  if (type === "minor" || type === "patch") return type;
  return "other";
}
function computeLibyears(from, to) {
  if (from === null || to === null) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return roundHundredths(Math.max(0, b - a) / YEAR_MS);
}

// src/drift/python-compat.ts
var grid = null;
function pythonGrid() {
  if (grid === null) {
    grid = [];
    for (let major = 2n; major <= 4n; major++)
      for (let minor = 0n; minor <= 40n; minor++)
        for (let patch = 0n; patch <= 40n; patch++)
          grid.push(
            makeVersion({
              epoch: 0n,
              release: [major, minor, patch],
              pre: null,
              post: null,
              dev: null,
              local: null
            })
          );
  }
  return grid;
}
var lowestCache = createBoundedCache(1e4);
function lowestPython(text3) {
  return lowestCache.get(text3, () => {
    const parsed = parseSpecifierSet(text3);
    if (!parsed.ok) return void 0;
    const i = pythonGrid().findIndex((v) => contains(parsed.value, v));
    return i < 0 ? null : i;
  });
}
function pythonCompatibility(projectRequiresPython) {
  const text3 = projectRequiresPython?.trim() ?? "";
  const floor = text3 === "" ? void 0 : lowestPython(text3);
  if (floor === void 0 || floor === null) return () => true;
  return (release) => {
    if (release === null || release.trim() === "") return true;
    const lowest = lowestPython(release);
    if (lowest === void 0) return true;
    return lowest !== null && lowest <= floor;
  };
}

// src/drift/current-versions.ts
import { posix } from "node:path";
function versionIdentity(version2) {
  return versionKey(version2).map((atom) => typeof atom === "symbol" ? "^" : String(atom)).join(".");
}
function listDriftPackages(projects) {
  const out = /* @__PURE__ */ new Map();
  for (const current of collectCurrentVersions(projects)) {
    const names = out.get(current.project) ?? [];
    if (!names.includes(current.package)) names.push(current.package);
    out.set(current.project, names);
  }
  return out;
}
function collectCurrentVersions(projects) {
  const owners = findLockOwners(projects);
  const found = /* @__PURE__ */ new Map();
  const add = (project, rawName, text3, source) => {
    const version2 = parseVersion(text3);
    if (version2 === null) return;
    const name2 = normalizeName(rawName);
    const key = `${project}\0${name2}\0${versionIdentity(version2)}`;
    const current = found.get(key) ?? {
      project,
      package: name2,
      version: version2,
      sources: [],
      fromLock: source.kind === "locked"
    };
    if (source.kind === "locked" && !current.fromLock) {
      current.version = version2;
      current.fromLock = true;
    }
    if (!current.sources.some(
      (s) => s.file === source.file && s.line === source.line
    ))
      current.sources.push(source);
    found.set(key, current);
  };
  for (const project of projects) {
    for (const r of project.requirements) {
      if (r.url !== null || r.group === "build") continue;
      const pinned = findPinnedVersion(r.specifier);
      if (pinned !== null)
        add(project.path, r.name, pinned, {
          kind: "pinned",
          file: r.file,
          line: r.line
        });
    }
    for (const l of project.locked) {
      if (l.version === null) continue;
      if (l.source !== "registry" && l.source !== "unknown") continue;
      if (owners.get(l.file) !== project.path) continue;
      add(project.path, l.name, l.version, {
        kind: "locked",
        file: l.file,
        line: l.line
      });
    }
  }
  return [...found.values()].map(({ fromLock: _, ...current }) => ({
    ...current,
    sources: current.sources.sort(
      (a, b) => compareStrings(a.file, b.file) || a.line - b.line
    )
  }));
}
function findLockOwners(projects) {
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...projects].sort((a, b) => compareStrings(a.path, b.path));
  for (const project of sorted)
    for (const file of project.files)
      if (file.kind !== "pyproject" && file.kind !== "requirements") {
        if (!owners.has(file.path)) owners.set(file.path, project.path);
      }
  for (const project of sorted)
    for (const entry of project.locked) {
      if (owners.has(entry.file)) continue;
      const directory = posix.dirname(entry.file);
      owners.set(
        entry.file,
        sorted.find((p) => p.path === directory)?.path ?? project.path
      );
    }
  return owners;
}

// src/drift/release-pool.ts
function buildReleasePool(current, listed) {
  const parsed = listed.flatMap((summary) => {
    const version2 = parseVersion(summary.version);
    return version2 === null ? [] : [{ version: version2, summary }];
  });
  const label = current.local === null ? null : localLabel(current);
  if (label !== null && parsed.some((r) => localLabel(r.version) === label))
    return {
      current,
      releases: mergeEqual(
        parsed.filter((r) => localLabel(r.version) === label),
        (v) => v
      )
    };
  return {
    current: publicVersion(current),
    releases: mergeEqual(parsed, publicVersion)
  };
}
function localLabel(v) {
  return v.local === null ? null : v.local.join(".");
}
function publicVersion(v) {
  return v.local === null ? v : parseVersion(v.public) ?? v;
}
function mergeEqual(list, as) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of list) {
    const version2 = as(r.version);
    const key = versionIdentity(version2);
    const group = groups.get(key) ?? { version: version2, variants: [] };
    group.variants.push(r.summary);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => summarize(g.version, g.variants)).sort((a, b) => compareVersions(a.version, b.version));
}
function summarize(version2, variants) {
  const yanked = variants.every((v) => v.yanked);
  const installable = yanked ? variants : variants.filter((v) => !v.yanked);
  let uploadTime = null;
  let uploaded = null;
  for (const v of variants) {
    const at = v.uploadTime === null ? Number.NaN : Date.parse(v.uploadTime);
    if (Number.isNaN(at)) continue;
    if (uploaded === null || at < uploaded.getTime()) {
      uploaded = new Date(at);
      uploadTime = v.uploadTime;
    }
  }
  return {
    version: version2,
    yanked,
    yankedReason: yanked ? variants.map((v) => v.yankedReason).find((r) => r) ?? null : null,
    uploadTime,
    uploaded,
    requiresPython: installable.map((v) => v.requiresPython)
  };
}

// src/drift/compute-entry.ts
function computeEntry(current, listing, context) {
  const permitted = policyFilter(current.package, context.rules);
  const base = {
    project: current.project,
    package: current.package,
    current: current.version.text,
    sources: current.sources,
    status: "unknown",
    unchecked: null,
    note: null,
    currentOnIndex: null,
    currentUploaded: null,
    yankedReason: null,
    latest: null,
    latestUploaded: null,
    updateType: null,
    behind: { major: 0, minor: 0, patch: 0, other: 0, total: 0 },
    libyears: null,
    allowed: null,
    currentAllowed: permitted(current.version),
    notYet: null,
    pythonExcluded: null
  };
  if (listing === void 0)
    return {
      ...base,
      unchecked: "offline",
      note: "not checked (offline: no package index asked)"
    };
  if (!listing.lookup.ok)
    return {
      ...base,
      unchecked: "index-error",
      note: `the index could not be read: ${listing.lookup.error}`
    };
  if (listing.lookup.value === null)
    return {
      ...base,
      unchecked: "not-on-index",
      note: `not on the index ${listing.index}`
    };
  const pool = buildReleasePool(current.version, listing.lookup.value);
  return {
    ...base,
    ...comparePosition(pool.current, pool.releases),
    ...judgeByPolicy(pool.current, pool.releases, permitted, current, context)
  };
}
function comparePosition(current, releases) {
  const onIndex = releases.find(
    (r) => compareVersions(r.version, current) === 0
  );
  const latest2 = eligibleReleases(current, releases).at(-1) ?? null;
  const behindReleases = latest2 === null ? [] : eligibleReleases(current, releases).filter(
    (r) => compareVersions(r.version, current) > 0 && compareVersions(r.version, latest2.version) <= 0
  );
  const behind2 = behindReleases.length > 0;
  const currentUploaded = onIndex?.uploadTime ?? null;
  const latestUploaded = latest2?.uploadTime ?? null;
  return {
    status: onIndex?.yanked ? "yanked" : behind2 ? "behind" : "up-to-date",
    note: onIndex ? null : "this version is not on the index",
    currentOnIndex: onIndex !== void 0,
    currentUploaded,
    yankedReason: onIndex?.yanked ? onIndex.yankedReason : null,
    latest: latest2?.version.text ?? null,
    latestUploaded,
    updateType: behind2 && latest2 !== null ? classifyStep(current, latest2.version) : null,
    behind: countBehind(current, behindReleases),
    libyears: computeLibyears(
      currentUploaded,
      behind2 ? latestUploaded : currentUploaded
    )
  };
}
function eligibleReleases(current, releases) {
  const withPre = isPrerelease(current);
  return releases.filter(
    (r) => !r.yanked && (withPre || !isPrerelease(r.version))
  );
}
function judgeByPolicy(current, releases, permitted, entry, context) {
  const cooldown = context.rules ? context.rules.cooldown.packages[entry.package] ?? context.rules.cooldown.default : 0;
  const excludeNewer = context.excludeNewer === null ? null : parseExcludeNewer(context.excludeNewer);
  const servesPython = pythonCompatibility(context.requiresPython);
  const byPolicy = eligibleReleases(current, releases).filter(
    (r) => permitted(r.version) && // uv refuses releases after the project's exclude-newer: no policy can allow them.
    !(excludeNewer !== null && r.uploaded !== null && r.uploaded > excludeNewer)
  );
  const candidates = byPolicy.filter(
    (r) => r.requiresPython.some(servesPython)
  );
  const ripe = (r) => r.uploaded === null || r.uploaded.getTime() + cooldown <= context.now.getTime();
  const allowed = candidates.filter(ripe).at(-1) ?? null;
  const newest = candidates.at(-1) ?? null;
  const newestByPolicy = byPolicy.at(-1) ?? null;
  const excluded = newestByPolicy !== null && newestByPolicy !== newest && compareVersions(newestByPolicy.version, current) > 0 ? newestByPolicy : null;
  return {
    allowed: allowed?.version.text ?? null,
    notYet: newest !== null && !ripe(newest) && newest.uploaded !== null && compareVersions(newest.version, current) > 0 ? {
      version: newest.version.text,
      allowedAt: new Date(
        newest.uploaded.getTime() + cooldown
      ).toISOString()
    } : null,
    pythonExcluded: excluded === null ? null : {
      version: excluded.version.text,
      requiresPython: excluded.requiresPython.find((r) => r !== null) ?? "",
      projectRequiresPython: context.requiresPython ?? ""
    }
  };
}
function policyFilter(name2, rules) {
  const policy = rules?.packages[name2];
  if (!policy) return () => true;
  const allowed = policy.allowed ? parseSet(policy.allowed) : null;
  const banned = policy.banned.map(parseSet).filter((s) => s !== null);
  return (version2) => (allowed === null || contains(allowed, version2)) && !banned.some((set) => contains(set, version2));
}
function parseSet(text3) {
  const parsed = parseSpecifierSet(text3);
  return parsed.ok ? parsed.value : null;
}

// src/drift/drift-fleet.ts
function computeFleet(repositories) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const repository of repositories)
    for (const entry of repository.entries) {
      const pkg = byPackage.get(entry.package) ?? {
        versions: /* @__PURE__ */ new Map(),
        entries: []
      };
      pkg.entries.push(entry);
      const key = identity(entry.current);
      const slot = pkg.versions.get(key) ?? {
        version: entry.current,
        locations: []
      };
      if (!slot.locations.some(
        (l) => l.repository === repository.name && l.project === entry.project
      ))
        slot.locations.push({
          repository: repository.name,
          project: entry.project
        });
      pkg.versions.set(key, slot);
      byPackage.set(entry.package, pkg);
    }
  return [...byPackage].sort(([a], [b]) => compareStrings(a, b)).map(([name2, pkg]) => ({
    package: name2,
    versions: [...pkg.versions.values()].map((v) => ({ ...v, locations: v.locations.sort(compareLocations) })).sort(
      (a, b) => b.locations.length - a.locations.length || compareLoosely(b.version, a.version)
    ),
    latest: fleetLatest(pkg.entries)
  }));
}
function fleetLatest(entries) {
  const allPre = entries.every((e) => isPrereleaseText(e.current));
  let latest2 = null;
  for (const e of entries) {
    if (e.latest === null) continue;
    if (!allPre && isPrereleaseText(e.latest)) continue;
    if (latest2 === null || compareLoosely(e.latest, latest2) > 0)
      latest2 = e.latest;
  }
  return latest2;
}
function isPrereleaseText(text3) {
  const v = parseVersion(text3);
  return v !== null && isPrerelease(v);
}
function identity(text3) {
  const v = parseVersion(text3);
  return v === null ? `\0${text3}` : versionIdentity(v);
}
function compareLocations(a, b) {
  return compareStrings(a.repository, b.repository) || compareStrings(a.project, b.project);
}

// src/drift/compute-drift.ts
function computeRepositoryDrift(input) {
  const entries = collectCurrentVersions(input.projects).map((current) => {
    const project = input.projects.find((p) => p.path === current.project);
    return computeEntry(
      current,
      input.releases(current.project, current.package),
      {
        rules: input.rules,
        excludeNewer: project?.excludeNewer ?? null,
        requiresPython: project ? findPythonRange(project, input.projects) : null,
        now: input.now
      }
    );
  });
  return {
    name: input.name,
    policy: input.policy,
    projects: input.projects.map((p) => p.path).sort(compareStrings),
    entries: entries.sort(compareEntries)
  };
}
function buildDriftReport(repositories, generatedAt) {
  const sorted = [...repositories].sort(
    (a, b) => compareStrings(a.name, b.name)
  );
  const entries = sorted.flatMap((r) => r.entries);
  const count = (status) => entries.filter((e) => e.status === status).length;
  const drifting = entries.filter(isDrifting);
  return {
    schemaVersion: 1,
    kind: "drift",
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: generatedAt.toISOString(),
    repositories: sorted,
    fleet: computeFleet(sorted),
    summary: {
      repositories: sorted.length,
      projects: sorted.reduce((n, r) => n + r.projects.length, 0),
      versions: entries.length,
      behind: count("behind"),
      yanked: count("yanked"),
      unknown: count("unknown"),
      upToDate: count("up-to-date"),
      libyears: roundHundredths(
        drifting.reduce((sum, e) => sum + (e.libyears ?? 0), 0)
      ),
      libyearsUnknown: drifting.filter((e) => e.libyears === null).length
    }
  };
}
function findPythonRange(project, projects) {
  const root = project.workspace ?? null;
  const members = root === null ? [project] : projects.filter((p) => p.path === root || p.workspace === root);
  const ranges = [
    ...new Set(
      members.map((p) => p.requiresPython?.trim() ?? "").filter((text3) => text3 !== "")
    )
  ];
  return ranges.length === 0 ? null : ranges.join(", ");
}
function compareEntries(a, b) {
  return compareStrings(a.project, b.project) || compareStrings(a.package, b.package) || compareLoosely(a.current, b.current);
}

// src/drift/drift-repository.ts
async function driftRepository(options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const audit = await auditRepository({
    ...options,
    today: options.today ?? now
  });
  const loaded = await loadPolicy(options.root, options.policyPath);
  const lists = await gatherReleaseLists(
    audit.projects,
    listDriftPackages(audit.projects),
    {
      offline: options.offline ?? true,
      indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
      cacheDir: options.cacheDir ?? null,
      http: {
        concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency
      },
      env: options.networkEnv ?? options.env ?? {},
      // As in auditRepository: the token comes only from `indexToken`, never from the `${VAR}` environment.
      token: options.indexToken ?? null
    }
  );
  const repository = computeRepositoryDrift({
    name: options.name ?? audit.root,
    policy: audit.policy.description,
    projects: audit.projects,
    rules: loaded.policy,
    releases: (project, name2) => lists.listings.get(projectPackageKey(project, name2)),
    now
  });
  const rollout = await planRepositoryRollout(
    options.root,
    audit,
    loaded.policy,
    repository.entries,
    now
  );
  if (rollout.length > 0) repository.rollout = rollout;
  return { drift: buildDriftReport([repository], now), audit };
}

// src/drift/drift-item.ts
function itemDrifts(i) {
  return i[5] > 0 || i[6] !== "";
}
function itemKey(i) {
  return `${i[0]}\0${i[1]}\0${i[2]}`;
}

// src/drift/drift-delta.ts
function computeDelta(state) {
  if (state.prev === null || state.prevAt === null) return null;
  const before = new Map(state.prev.map((i) => [itemKey(i), i]));
  const after = new Set(state.items.map(itemKey));
  const delta = {
    since: state.prevAt,
    added: [],
    yanked: [],
    further: [],
    reduced: [],
    moved: [],
    resolved: [],
    unchecked: []
  };
  for (const a of state.items) {
    const b = before.get(itemKey(a));
    const category = classifyChange(b, a);
    if (category !== null) delta[category].push(row(a, b, a));
  }
  for (const b of state.prev)
    if (!after.has(itemKey(b)) && itemDrifts(b))
      delta.resolved.push(row(b, b, void 0));
  return delta;
}
function classifyChange(b, a) {
  if (a[7] !== "ok") return "unchecked";
  const yankedBefore = new Set(b && itemDrifts(b) ? splitList(b[6]) : []);
  if (splitList(a[6]).some((v) => !yankedBefore.has(v))) return "yanked";
  if (b === void 0 || !itemDrifts(b)) return itemDrifts(a) ? "added" : null;
  if (a[5] > b[5]) return "further";
  if (a[5] < b[5]) return "reduced";
  if (a[3] !== b[3] || a[4] !== b[4]) return "moved";
  return null;
}
function splitList(text3) {
  return text3 === "" ? [] : text3.split(",");
}
function side(i) {
  return itemDrifts(i) ? { versions: i[3], latest: i[4], behind: i[5], yanked: i[6] } : null;
}
function row(i, b, a) {
  const checked = a === void 0 || a[7] === "ok";
  return {
    repository: i[0],
    project: i[1],
    package: i[2],
    before: b ? side(b) : null,
    after: a && checked ? side(a) : null,
    unchecked: a && !checked ? a[7] : null
  };
}

// src/drift/drift-state.ts
var STATE_PREFIX = "<!-- pin-audit:drift-state ";
var STATE_SUFFIX = " -->";
var MAX_STATE_CHARS = 65536;
var name = string().max(1e3);
var versionList = string().max(1e3);
var latest = string().max(200).nullable();
var behind = number().int().min(0).max(1e6);
var item = tuple([
  name,
  name,
  string().max(200),
  versionList,
  latest,
  behind,
  versionList,
  _enum(["ok", "offline", "audit-report", "index-error", "not-on-index"])
]);
var itemV1 = tuple([
  name,
  name,
  string().max(200),
  versionList,
  latest,
  behind,
  union([literal(0), literal(1)])
]);
var day = string().regex(/^\d{4}-\d{2}-\d{2}$/);
var stateSchema = union([
  strictObject({
    v: literal(2),
    at: day,
    items: array(item).max(2e4),
    prev: array(item).max(2e4).nullable(),
    prevAt: day.nullable()
  }),
  strictObject({
    v: literal(1),
    at: day,
    items: array(itemV1).max(2e4),
    prev: array(itemV1).max(2e4).nullable(),
    prevAt: day.nullable()
  })
]);
function snapshotDrift(report) {
  const byKey = /* @__PURE__ */ new Map();
  for (const repository of report.repositories)
    for (const entry of repository.entries) {
      const key = `${repository.name}\0${entry.project}\0${entry.package}`;
      const slot = byKey.get(key) ?? {
        repository: repository.name,
        entries: []
      };
      slot.entries.push(entry);
      byKey.set(key, slot);
    }
  const items = [];
  for (const { repository, entries } of byKey.values()) {
    const first = entries[0];
    if (first === void 0) continue;
    const checked = entries.filter((e) => e.status !== "unknown");
    if (checked.length === 0) {
      const check = first.unchecked ?? "offline";
      items.push([
        repository,
        first.project,
        first.package,
        "",
        null,
        0,
        "",
        check
      ]);
      continue;
    }
    const drifting = checked.filter(isDrifting);
    if (drifting.length === 0) continue;
    let newest = null;
    for (const e of drifting)
      if (e.latest !== null && (newest === null || compareLoosely(e.latest, newest) > 0))
        newest = e.latest;
    items.push([
      repository,
      first.project,
      first.package,
      listVersions(drifting),
      newest,
      maxOf(drifting.map((e) => e.behind.total)),
      listVersions(drifting.filter((e) => e.status === "yanked")),
      "ok"
    ]);
  }
  return items.sort(compareItems);
}
function listVersions(entries) {
  return entries.map((e) => e.current).sort(compareLoosely).join(",");
}
function advanceState(previous, items, now) {
  const today = now.toISOString().slice(0, 10);
  const known = new Map((previous?.items ?? []).map((i) => [itemKey(i), i]));
  const carried = items.flatMap((i) => {
    if (i[7] === "ok") return [i];
    const before = known.get(itemKey(i));
    if (before === void 0 || !itemDrifts(before)) return [];
    return [
      [i[0], i[1], i[2], before[3], before[4], before[5], before[6], i[7]]
    ];
  });
  if (previous && sameItems(previous.items, carried)) return previous;
  return {
    v: 2,
    at: today,
    items: carried,
    prev: previous?.items ?? null,
    prevAt: previous?.at ?? null
  };
}
function encodeState(state) {
  const json = JSON.stringify(state);
  return `${STATE_PREFIX}${Buffer.from(json, "utf8").toString("base64")}${STATE_SUFFIX}`;
}
function readState(body) {
  if (typeof body !== "string") return null;
  const start = body.lastIndexOf(STATE_PREFIX);
  if (start < 0) return null;
  const end = body.indexOf(STATE_SUFFIX, start + STATE_PREFIX.length);
  if (end < 0) return null;
  const encoded = body.slice(start + STATE_PREFIX.length, end).trim();
  if (encoded.length > MAX_STATE_CHARS || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded))
    return null;
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))
    );
    if (!parsed.success) return null;
    const state = parsed.data;
    if (state.v === 2) return state;
    const upgrade = (items) => items.map((i) => [
      i[0],
      i[1],
      i[2],
      i[3],
      i[4],
      i[5],
      i[6] ? i[3] : "",
      "ok"
    ]);
    return {
      v: 2,
      at: state.at,
      items: upgrade(state.items),
      prev: state.prev === null ? null : upgrade(state.prev),
      prevAt: state.prevAt
    };
  } catch {
    return null;
  }
}
function sameItems(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function compareItems(a, b) {
  return compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]) || compareStrings(a[2], b[2]);
}
function issueState(state) {
  return { encoded: encodeState(state), delta: computeDelta(state) };
}

// src/drift/merge-reports.ts
var auditReportSchema = object({
  schemaVersion: literal(1),
  root: string(),
  policy: object({ description: string() }),
  projects: array(
    object({
      path: string(),
      files: array(
        object({
          path: string(),
          kind: _enum([
            "pyproject",
            "requirements",
            "uv-lock",
            "pylock",
            "poetry-lock"
          ])
        })
      ),
      requirements: array(
        object({
          name: string(),
          specifier: string(),
          url: string().nullable(),
          group: string(),
          file: string(),
          line: number().int()
        })
      ),
      locked: array(
        object({
          name: string(),
          version: string().nullable(),
          source: _enum([
            "registry",
            "git",
            "url",
            "path",
            "directory",
            "editable",
            "virtual",
            "unknown"
          ]),
          file: string(),
          line: number().int()
        })
      )
    })
  ),
  findings: array(unknown())
});
function readReportInput(input) {
  let value;
  try {
    value = JSON.parse(input.text);
  } catch (error) {
    throw new ConfigurationError(
      `not JSON: ${error instanceof Error ? error.message : String(error)}`,
      input.file
    );
  }
  const kind = typeof value === "object" && value !== null && !Array.isArray(value) ? value.kind : void 0;
  if (kind === "drift") {
    const parsed2 = driftReportSchema.safeParse(value);
    if (!parsed2.success)
      throw new ConfigurationError(
        `not a valid drift report (schema/drift.schema.json): ${describeIssues(parsed2.error)}`,
        input.file
      );
    return parsed2.data.repositories;
  }
  const parsed = auditReportSchema.safeParse(value);
  if (!parsed.success)
    throw new ConfigurationError(
      `neither a drift report nor an audit report (schema/drift.schema.json, schema/report.schema.json): ${describeIssues(parsed.error)}`,
      input.file
    );
  const report = parsed.data;
  return [
    computeRepositoryDrift({
      name: report.root === "." || report.root === "" ? input.file : report.root,
      policy: report.policy.description,
      projects: report.projects,
      rules: null,
      releases: () => void 0,
      now: /* @__PURE__ */ new Date(0)
    })
  ].map((r) => ({
    ...r,
    entries: r.entries.map((e) => ({
      ...e,
      unchecked: "audit-report",
      note: "from an audit report: releases not checked"
    }))
  }));
}
function mergeReports(inputs, generatedAt) {
  const seen = /* @__PURE__ */ new Map();
  const repositories = [];
  for (const input of inputs) {
    for (const repository of readReportInput(input)) {
      const other = seen.get(repository.name);
      if (other !== void 0)
        throw new ConfigurationError(
          `repository "${repository.name}" is also in ${other}; merge one report per repository`,
          input.file
        );
      seen.set(repository.name, input.file);
      repositories.push(repository);
    }
  }
  return buildDriftReport(repositories, generatedAt);
}
function describeIssues(error) {
  return error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}

// src/report/drift-wording.ts
function describeBehind(e) {
  const parts = [];
  for (const k of ["major", "minor", "patch"])
    if (e.behind[k] > 0) parts.push(`${e.behind[k]} ${k}`);
  const other = e.behind.other ?? 0;
  if (other > 0) parts.push(`${other} pre/post/dev`);
  return parts.join(", ");
}
function describeAllowed(e, code) {
  const parts = [];
  if (!e.currentAllowed) parts.push(`${code(e.current)} is outside the policy`);
  if (e.status !== "unknown") {
    if (e.allowed === null) parts.push("no release");
    else {
      const order = compareLoosely(e.allowed, e.current);
      parts.push(
        order > 0 ? code(e.allowed) : order === 0 ? `${code(e.allowed)} (in use)` : `up to ${code(e.allowed)}`
      );
    }
  }
  if (e.notYet)
    parts.push(
      `${code(e.notYet.version)} not yet (cooldown ends ${formatMoment(e.notYet.allowedAt, code)})`
    );
  const py = e.pythonExcluded;
  if (py)
    parts.push(
      `not ${code(py.version)}: it requires Python ${code(py.requiresPython)}, the project supports ${code(py.projectRequiresPython)}`
    );
  return parts.join("; ");
}
function formatMoment(at, code) {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? code(at) : formatUtc(new Date(ms));
}
function describeSpread(p, multi, code) {
  return p.versions.map(
    (v) => `${code(v.version)} on ${v.locations.length <= 3 ? v.locations.map((l) => code(locationLabel(l, multi))).join(", ") : plural(v.locations.length, "project")}`
  ).join("; ");
}
function locationLabel(l, multi) {
  if (!multi) return l.project;
  return l.project === "." ? l.repository : `${l.repository}:${l.project}`;
}
function describeLibyears(summary) {
  const unknown2 = summary.libyearsUnknown ?? 0;
  if (summary.libyears <= 0 && unknown2 === 0) return "";
  const missing = unknown2 === 0 ? "" : `${summary.libyears > 0 ? ", not counting" : "libyears unknown for"} ${plural(unknown2, "version")} the index gave no upload time for`;
  return summary.libyears > 0 ? `${formatYears(summary.libyears)} libyears in all${missing}` : missing.trimStart();
}
function formatYears(years) {
  return (Math.round(years * 10) / 10).toFixed(1);
}
function countRepositories(n) {
  return n === 1 ? "1 repository" : `${n} repositories`;
}
var UNCHECKED_LABELS = {
  "not-on-index": "not on the index",
  "index-error": "the index could not be read",
  offline: "not checked, offline",
  "audit-report": "not checked, from an audit report"
};
function groupUnchecked(report) {
  const byReason = /* @__PURE__ */ new Map();
  for (const r of report.repositories)
    for (const e of r.entries) {
      if (e.status !== "unknown") continue;
      const reason = e.unchecked ?? "index-error";
      const names = byReason.get(reason) ?? /* @__PURE__ */ new Set();
      names.add(e.package);
      byReason.set(reason, names);
    }
  return Object.keys(UNCHECKED_LABELS).filter((reason) => byReason.has(reason)).map((reason) => ({
    reason,
    packages: [...byReason.get(reason) ?? []].sort(compareStrings)
  }));
}

// src/report/render-comment.ts
var COMMENT_LIMIT = 65536;

// src/report/render-drift-delta.ts
var UNCHECKED = {
  "index-error": "index error",
  "not-on-index": "not on the index",
  offline: "offline",
  "audit-report": "from an audit report"
};
var SECTIONS = [
  { key: "resolved", icon: "\u2705", label: "resolved", always: true },
  { key: "added", icon: "\u{1F195}", label: "new", always: true },
  { key: "further", icon: "\u2B07\uFE0F", label: "drifted further", always: true },
  { key: "reduced", icon: "\u2B06\uFE0F", label: "closer", always: true },
  { key: "yanked", icon: "\u26A0\uFE0F", label: "newly yanked", always: false },
  { key: "moved", icon: "\u2194\uFE0F", label: "moved", always: false },
  { key: "unchecked", icon: "\u2754", label: "not checked", always: false }
];
function renderDelta(delta, maxRows, multi) {
  const total = SECTIONS.reduce((n, s) => n + delta[s.key].length, 0);
  const counts = SECTIONS.filter((s) => s.always || delta[s.key].length > 0).map((s) => `${delta[s.key].length} ${s.label}`).join(", ");
  const lines = [
    `**Since the report of ${escapeMarkdown(delta.since)}:** ${total === 0 ? "no change." : `${counts}.`}`,
    ""
  ];
  let cut = 0;
  for (const s of SECTIONS) {
    const rows = delta[s.key];
    const shown = rows.slice(0, maxRows);
    cut += rows.length - shown.length;
    for (const r of shown)
      lines.push(`- ${s.icon} ${s.label}: ${describeDeltaRow(r, multi)}`);
  }
  if (total > 0) lines.push("");
  return { lines, cut };
}
function describeDeltaRow(r, multi) {
  const where = multi ? `${codeSpan(r.repository)} ${codeSpan(r.project)}` : codeSpan(r.project);
  const subject = `${codeSpan(r.package)} in ${where}`;
  if (r.unchecked !== null)
    return `${subject}: ${UNCHECKED[r.unchecked]}${r.before ? ` (last checked: ${describeSide(r.before)})` : ""}`;
  const before = r.before ? `was ${describeSide(r.before)}` : "";
  const after = r.after ? `now ${describeSide(r.after)}` : "";
  return `${subject}${before || after ? ` (${[before, after].filter(Boolean).join("; ")})` : ""}`;
}
function describeSide(s) {
  const yanked = s.yanked === "" ? "" : s.yanked === s.versions ? " yanked" : ` (yanked: ${codeSpan(s.yanked)})`;
  return `${codeSpan(s.versions)}${yanked}, ${plural(s.behind, "release")} behind${s.latest ? ` ${codeSpan(s.latest)}` : ""}`;
}

// src/report/render-rollout-plan.ts
function renderRolloutPlanMarkdown(report) {
  const multi = report.repositories.length > 1;
  const plans = report.repositories.flatMap(
    (r) => (r.rollout ?? []).map((plan) => ({ repository: r.name, plan }))
  );
  if (plans.length === 0) return [];
  const out = [
    `<details open><summary><b>Rollout plan</b>: ${plural(plans.length, "package")} to move, canary first</summary>`,
    ""
  ];
  for (const { repository, plan } of plans) {
    const where = multi ? `${codeSpan(repository)}: ` : "";
    out.push(
      `${where}**${codeSpan(plan.package)} to ${codeSpan(plan.target)}**`,
      ""
    );
    for (const [i, wave] of plan.waves.entries()) {
      const projects = wave.projects.map(codeSpan).join(", ");
      out.push(
        `${i + 1}. ${wave.canary ? "Canary" : `Wave ${wave.wave}`} (${projects}): ${describeWave(wave, plan)}`,
        `   ${codeSpan(wave.command)}`
      );
    }
    out.push("");
  }
  out.push("</details>", "");
  return out;
}
function renderRolloutPlanText(report) {
  const s = stripControls;
  const multi = report.repositories.length > 1;
  const lines = [];
  for (const r of report.repositories)
    for (const plan of r.rollout ?? []) {
      lines.push(
        "",
        `rollout plan: ${multi ? `${s(r.name)}: ` : ""}${s(plan.package)} to ${s(plan.target)}`
      );
      for (const wave of plan.waves)
        lines.push(
          `  ${wave.canary ? "canary" : `wave ${wave.wave}`} (${wave.projects.map(s).join(", ")}): ${s(describeWave(wave, plan))}`,
          `    ${s(wave.command)}`
        );
    }
  return lines;
}
function describeWave(wave, plan) {
  const canary = plan.waves.find((w) => w.canary);
  switch (wave.state) {
    case "done":
      return `done: runs ${plan.target}`;
    case "ready":
      return wave.canary ? "ready: move the canary now" : "ready: the canary's soak is over";
    case "soaking":
      return wave.adoptedAt === null ? "runs it; since when is unknown (no git history), so the soak cannot be confirmed" : `runs it since ${formatMoment2(wave.adoptedAt)}; the soak ends ${formatMoment2(wave.soakEndsAt)}`;
    case "soaked":
      return `runs it since ${formatMoment2(wave.adoptedAt)}; soak over, the next wave is ready`;
    case "waiting": {
      const previous = plan.waves[plan.waves.indexOf(wave) - 1];
      if (previous === void 0 || previous === canary)
        return canary?.soakEndsAt ? `waiting for the canary's soak (ends ${formatMoment2(canary.soakEndsAt)})` : "waiting for the canary to move and soak";
      return `waiting for wave ${previous.wave}`;
    }
  }
}
function formatMoment2(at) {
  if (at === null) return "unknown";
  return formatUtc(new Date(at));
}

// src/report/render-drift-text.ts
function renderDriftText(report, options = {}) {
  const s = stripControls;
  const now = options.now ?? new Date(report.generatedAt);
  const { summary } = report;
  const multi = report.repositories.length > 1;
  const years = describeLibyears(summary);
  const lines = [
    `${s(report.tool.name)} ${s(report.tool.version)} drift: ${plural(summary.versions, "pinned or locked version")} in ${plural(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked; ${years || "0.0 libyears"}`
  ];
  for (const r of report.repositories) {
    let project = null;
    for (const e of r.entries.filter(isDrifting)) {
      if (e.project !== project) {
        project = e.project;
        lines.push("", multi ? `${s(r.name)}: ${s(project)}` : s(project));
      }
      const age = (at) => at === null ? "" : ` (${describeAge(at, now)})`;
      const behind2 = describeBehind(e);
      lines.push(
        `  ${s(e.package)} ${s(e.current)}${e.currentOnIndex === false ? " (not on the index)" : age(e.currentUploaded)}${e.status === "yanked" ? ` YANKED${e.yankedReason ? `: ${s(e.yankedReason)}` : ""}` : ""}` + (e.latest ? ` -> latest ${s(e.latest)}${age(e.latestUploaded)}` : "") + (behind2 ? `, behind ${behind2}` : "") + (e.libyears !== null && e.libyears > 0 ? `, ${formatYears(e.libyears)} libyears` : "")
      );
      const allowed = describeAllowed(e, (t) => s(t));
      if (allowed) lines.push(`    policy allows: ${allowed}`);
      lines.push(
        `    at ${e.sources.map((x) => s(`${x.file}:${x.line}`)).join(", ")}`
      );
    }
  }
  const spread = report.fleet.filter((p) => p.versions.length > 1);
  if (spread.length > 0) {
    lines.push("", "versions in use:");
    for (const p of spread)
      lines.push(`  ${s(p.package)}: ${describeSpread(p, multi, (t) => s(t))}`);
  }
  append(lines, renderRolloutPlanText(report));
  const unchecked = groupUnchecked(report);
  if (unchecked.length > 0) lines.push("");
  for (const group of unchecked)
    lines.push(
      `${UNCHECKED_LABELS[group.reason]}: ${group.packages.map(s).join(", ")}`
    );
  lines.push("");
  return neutralizeWorkflowCommands(lines.join("\n"));
}
function describeAge(at, now) {
  const ms = now.getTime() - Date.parse(at);
  if (Number.isNaN(ms)) return "";
  const days = Math.floor(ms / 864e5);
  if (days < 1) return "released today";
  if (days < 60) return `released ${plural(days, "day")} ago`;
  if (days < 730) return `released ${Math.floor(days / 30)} months ago`;
  return `released ${(days / 365.25).toFixed(1)} years ago`;
}

// src/report/render-drift.ts
var DRIFT_MARKER = "<!-- pin-audit:drift -->";
var LEVELS = [
  {
    projects: Number.POSITIVE_INFINITY,
    rowsPerProject: Number.POSITIVE_INFINITY,
    spreadRows: Number.POSITIVE_INFINITY,
    deltaRows: Number.POSITIVE_INFINITY
  },
  { projects: 200, rowsPerProject: 50, spreadRows: 100, deltaRows: 50 },
  { projects: 100, rowsPerProject: 20, spreadRows: 40, deltaRows: 20 },
  { projects: 30, rowsPerProject: 5, spreadRows: 10, deltaRows: 5 },
  { projects: 0, rowsPerProject: 0, spreadRows: 0, deltaRows: 0 }
];
function renderDriftJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function renderDriftIssue(report, state, options = {}) {
  const encoded = state.encoded;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const stateLine = encoded.length <= limit / 2 ? encoded : "<!-- pin-audit:drift-state omitted: too large to embed -->";
  const room = (options.maxLength ?? COMMENT_LIMIT) - DRIFT_MARKER.length - stateLine.length - 4;
  const markdown = renderDriftMarkdown(report, {
    ...options,
    maxLength: room,
    delta: state.delta
  });
  return `${DRIFT_MARKER}
${markdown.trimEnd()}

${stateLine}
`;
}
function renderDriftMarkdown(report, options = {}) {
  return fitToLength(
    options.maxLength,
    LEVELS,
    (limits) => renderWithLimits(report, options, limits)
  );
}
function renderWithLimits(report, options, limits) {
  const multi = report.repositories.length > 1;
  const out = [
    `### ${renderDriftVerdict(report, options.title)}`,
    "",
    describeChecked(report, multi)
  ];
  if (!multi && report.repositories[0])
    out.push(`Policy: ${escapeMarkdown(report.repositories[0].policy)}.`);
  out.push("");
  let cut = 0;
  if (options.delta) {
    const section = renderDelta(options.delta, limits.deltaRows, multi);
    cut += section.cut;
    append(out, section.lines);
  }
  const allGroups = groupDrifting(report);
  const groups = allGroups.slice(0, limits.projects);
  cut += allGroups.length - groups.length;
  append(out, renderProjectTable(groups, multi));
  append(out, renderRolloutPlanMarkdown(report));
  const spread = report.fleet.filter((p) => p.versions.length > 1);
  if (spread.length > 0) {
    const shown = spread.slice(0, limits.spreadRows);
    cut += spread.length - shown.length;
    out.push(
      `<details open><summary><b>Versions in use</b>: ${plural(spread.length, "package")} on more than one version</summary>`,
      ""
    );
    if (shown.length > 0) {
      out.push("| Package | In use | Latest |", "|---|---|---|");
      for (const p of shown)
        out.push(
          `| ${codeSpan(p.package)} | ${describeSpread(p, multi, codeSpan)} | ${p.latest ? codeSpan(p.latest) : ""} |`
        );
    }
    out.push("", "</details>", "");
  }
  for (const g of groups) {
    const shown = g.entries.slice(0, limits.rowsPerProject);
    cut += g.entries.length - shown.length;
    const label = multi ? `${g.repository}: ${g.project}` : g.project;
    out.push(
      `<details><summary><b>${escapeHtml(label)}</b>: ${describeGroup(g.entries)}</summary>`,
      ""
    );
    for (const e of shown) out.push(renderEntryItem(e));
    if (shown.length < g.entries.length)
      out.push(
        "",
        `_${plural(g.entries.length - shown.length, "more package")} not shown._`
      );
    out.push("", "</details>", "");
  }
  append(out, renderUnchecked(report));
  if (cut > 0)
    out.push(
      "Some detail was left out to fit; run `pin-audit drift --format markdown` (or see the job summary) for all of it.",
      ""
    );
  return out.join("\n");
}
function describeChecked(report, multi) {
  const { summary } = report;
  const years = describeLibyears(summary);
  return `Checked ${plural(summary.versions, "pinned or locked version")} in ${plural(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked${years ? `; ${years}` : ""}.`;
}
function renderProjectTable(groups, multi) {
  if (groups.length === 0) return [];
  const out = [
    "| Project | Behind | Yanked | By step | Libyears |",
    "|---|---:|---:|---|---:|"
  ];
  for (const g of groups) {
    const sum = (k) => g.entries.reduce((n, e) => n + (e.behind[k] ?? 0), 0);
    const years = g.entries.reduce((n, e) => n + (e.libyears ?? 0), 0);
    const count = (status) => g.entries.filter((e) => e.status === status).length;
    const steps = [
      ["major", sum("major")],
      ["minor", sum("minor")],
      ["patch", sum("patch")],
      ["pre/post/dev", sum("other")]
    ].filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
    const project = multi ? `${codeSpan(g.repository)}: ${codeSpan(g.project)}` : codeSpan(g.project);
    out.push(
      `| ${project} | ${count("behind")} | ${count("yanked")} | ${steps.join(" \xB7 ") || "-"} | ${formatYears(years)} |`
    );
  }
  out.push("");
  return out;
}
function renderUnchecked(report) {
  return groupUnchecked(report).flatMap((group) => [
    `${upperFirst(UNCHECKED_LABELS[group.reason])} (${plural(group.packages.length, "package")}): ${group.packages.slice(0, 30).map(codeSpan).join(", ")}${group.packages.length > 30 ? ", ..." : ""}.`,
    ""
  ]);
}
function renderDriftVerdict(report, title = "pin-audit drift") {
  const { summary } = report;
  const projects = new Set(
    report.repositories.flatMap(
      (r) => r.entries.filter(isDrifting).map((e) => `${r.name}\0${e.project}`)
    )
  ).size;
  if (summary.behind + summary.yanked === 0 && summary.unknown > 0)
    return summary.upToDate === 0 ? `\u26A0\uFE0F ${title}: nothing could be checked (${summary.unknown} not checked)` : `\u26A0\uFE0F ${title}: ${summary.upToDate} on their latest release, ${summary.unknown} not checked`;
  if (summary.behind + summary.yanked === 0)
    return `\u2705 ${title}: every checked pin is on its latest release${summary.unknown > 0 ? ` (${summary.unknown} not checked)` : ""}`;
  const parts = [];
  if (summary.behind > 0)
    parts.push(`${plural(summary.behind, "version")} behind`);
  if (summary.yanked > 0) parts.push(`${summary.yanked} yanked`);
  return `\u{1F4E6} ${title}: ${parts.join(", ")} in ${plural(projects, "project")}`;
}
function renderEntryItem(e) {
  const uploaded = e.currentOnIndex === false ? " (not on the index)" : e.currentUploaded ? ` (${formatDay(e.currentUploaded)})` : "";
  const inUse = `${codeSpan(e.current)}${uploaded}${e.status === "yanked" ? ` **yanked**${e.yankedReason ? `: ${escapeMarkdown(e.yankedReason)}` : ""}` : ""}`;
  const latest2 = e.latest ? `${codeSpan(e.latest)}${e.latestUploaded ? ` (${formatDay(e.latestUploaded)})` : ""}` : "";
  const where = e.sources.map((s) => codeSpan(`${s.file}:${s.line}`)).join(", ");
  const behind2 = describeBehind(e);
  const head = [
    `${codeSpan(e.package)} ${inUse}${latest2 ? ` \u2192 ${latest2}` : ""}`,
    ...behind2 ? [`${behind2} behind`] : [],
    ...e.libyears === null ? [] : [`${formatYears(e.libyears)} libyears`]
  ].join(" \xB7 ");
  const tail = [`policy: ${describeAllowed(e, codeSpan)}`, where].filter(Boolean).join(" \xB7 ");
  return `- ${head}\\
  ${tail}`;
}
function formatDay(at) {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? escapeMarkdown(at) : new Date(ms).toISOString().slice(0, 10);
}
function groupDrifting(report) {
  const groups = [];
  for (const r of report.repositories) {
    const byProject = /* @__PURE__ */ new Map();
    for (const e of r.entries)
      if (isDrifting(e))
        byProject.set(e.project, [...byProject.get(e.project) ?? [], e]);
    for (const [project, entries] of byProject)
      groups.push({ repository: r.name, project, entries });
  }
  return groups;
}
function describeGroup(entries) {
  const behind2 = entries.filter((e) => e.status === "behind").length;
  const yanked = entries.filter((e) => e.status === "yanked").length;
  return [
    behind2 > 0 ? `${behind2} behind` : "",
    yanked > 0 ? `${yanked} yanked` : ""
  ].filter(Boolean).join(", ");
}
function upperFirst(text3) {
  return `${text3.charAt(0).toUpperCase()}${text3.slice(1)}`;
}

// src/cli/run-drift.ts
var DRIFT_OPTIONS = {
  ...AUDIT_OPTIONS,
  name: { type: "string" },
  previous: { type: "string" },
  "fail-on-drift": { type: "boolean", default: false }
};
var MERGE_OPTIONS = {
  format: AUDIT_OPTIONS.format,
  output: AUDIT_OPTIONS.output,
  help: AUDIT_OPTIONS.help,
  previous: DRIFT_OPTIONS.previous,
  "fail-on-drift": DRIFT_OPTIONS["fail-on-drift"]
};
async function runDriftCommand(command, argv, io) {
  const usage = command === "drift" ? DRIFT_USAGE : MERGE_USAGE;
  const { values, positionals } = parseCommandLine(
    argv,
    command === "drift" ? DRIFT_OPTIONS : MERGE_OPTIONS,
    usage
  );
  if (values.help) {
    await io.stdout(USAGE);
    return 0;
  }
  const format = readChoice("format", String(values.format), FORMATS, usage);
  const now = /* @__PURE__ */ new Date();
  const report = command === "drift" ? await driftOf(positionals, values, io, now) : await mergeOf(positionals, now);
  return withOutput(values.output, async (output) => {
    await writeDrift(report, format, values, output, io, now);
    return values["fail-on-drift"] && failsOnDrift(report) ? 1 : 0;
  });
}
async function driftOf(positionals, values, io, now) {
  const prepared = await prepareAudit(positionals, values, io, DRIFT_USAGE);
  const name2 = values.name ?? positionals[0] ?? ".";
  return (await driftRepository({ ...prepared.options, name: name2, now })).drift;
}
async function mergeOf(positionals, now) {
  if (positionals.length === 0)
    throw new UsageError("merge needs at least one JSON report", MERGE_USAGE);
  const inputs = [];
  for (const file of positionals) {
    let text3;
    try {
      text3 = await readFile(file, "utf8");
    } catch (error) {
      throw new ConfigurationError(
        `cannot read: ${error instanceof Error ? error.message : String(error)}`,
        file
      );
    }
    inputs.push({ file, text: text3 });
  }
  return mergeReports(inputs, now);
}
async function writeDrift(report, format, values, output, io, now) {
  let text3;
  if (format === "json") text3 = renderDriftJson(report);
  else if (format === "text") text3 = renderDriftText(report, { now });
  else if (values.previous !== void 0) {
    const previous = await readFile(String(values.previous), "utf8").catch(
      () => null
    );
    const state = advanceState(readState(previous), snapshotDrift(report), now);
    text3 = renderDriftIssue(report, issueState(state));
  } else text3 = renderDriftMarkdown(report);
  text3 = maskSecrets(
    text3,
    listIndexSecrets({
      indexUrl: values["index-url"],
      env: io.env
    })
  );
  if (output) await writeOutput(output, text3);
  else await io.stdout(text3);
}
function failsOnDrift(report) {
  return report.repositories.some(
    (r) => r.entries.some((e) => isDrifting(e) || isUnchecked(e))
  );
}
function isUnchecked(entry) {
  return entry.status === "unknown" && !(entry.note ?? "").startsWith("not on the index");
}
export {
  failsOnDrift,
  isUnchecked,
  runDriftCommand
};
