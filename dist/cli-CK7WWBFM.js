#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/model/bounded-cache.ts
function createBoundedCache(limit) {
  const entries = /* @__PURE__ */ new Map();
  return {
    get(key, compute) {
      const hit = entries.get(key);
      if (hit !== void 0 || entries.has(key)) return hit;
      const value = compute(key);
      if (entries.size >= limit) entries.clear();
      entries.set(copyString(key), value);
      return value;
    }
  };
}
function copyString(text) {
  return text.length < 13 ? text : Buffer.from(text, "utf16le").toString("utf16le");
}

// src/pep440/version.ts
var PY_WHITESPACE = "\\u0009\\u000a\\u000b\\u000c\\u000d\\u001c\\u001d\\u001e\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var PY_WHITESPACE_CHAR = new RegExp(`^[${PY_WHITESPACE}]$`);
function pyStrip(text) {
  if (text === "" || isPlainChar(text.charCodeAt(0)) && isPlainChar(text.charCodeAt(text.length - 1))) {
    return text;
  }
  let start = 0;
  let end = text.length;
  while (start < end && PY_WHITESPACE_CHAR.test(text[start])) start++;
  while (end > start && PY_WHITESPACE_CHAR.test(text[end - 1])) end--;
  return text.slice(start, end);
}
function isPlainChar(code) {
  return code > 32 && code < 127;
}
var VERSION_BODY = "v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?";
var VERSION_REGEX = new RegExp(
  `^[${PY_WHITESPACE}]*${VERSION_BODY}[${PY_WHITESPACE}]*$`,
  "i"
);
var PRE_LABELS = {
  a: "a",
  alpha: "a",
  b: "b",
  beta: "b",
  c: "rc",
  rc: "rc",
  pre: "rc",
  preview: "rc"
};
var parsedVersions = createBoundedCache(5e4);
function parseVersion(text) {
  return parsedVersions.get(text, parseUncached);
}
function parseUncached(text) {
  const g = VERSION_REGEX.exec(text)?.groups;
  if (!g || g.release === void 0) return null;
  const epoch = BigInt(g.epoch ?? "0");
  const release = g.release.split(".").map((n) => BigInt(n));
  const pre = g.pre_l ? {
    label: PRE_LABELS[g.pre_l.toLowerCase()] ?? "rc",
    number: BigInt(g.pre_n ?? "0")
  } : null;
  const post = g.post_n1 !== void 0 ? BigInt(g.post_n1) : g.post_l ? BigInt(g.post_n2 ?? "0") : null;
  const dev = g.dev_l ? BigInt(g.dev_n ?? "0") : null;
  const local = g.local ? g.local.toLowerCase().split(/[-_.]/).map((part) => /^[0-9]+$/.test(part) ? BigInt(part) : part) : null;
  return makeVersion({ epoch, release, pre, post, dev, local });
}
function makeVersion(parts) {
  let pub = parts.release.join(".");
  if (parts.epoch !== 0n) pub = `${parts.epoch}!${pub}`;
  if (parts.pre) pub += `${parts.pre.label}${parts.pre.number}`;
  if (parts.post !== null) pub += `.post${parts.post}`;
  if (parts.dev !== null) pub += `.dev${parts.dev}`;
  const text = parts.local ? `${pub}+${parts.local.join(".")}` : pub;
  return {
    text,
    public: pub,
    epoch: parts.epoch,
    release: parts.release,
    pre: parts.pre,
    post: parts.post,
    dev: parts.dev,
    local: parts.local
  };
}
function replaceVersion(v, parts) {
  return makeVersion({ ...v, ...parts });
}
var TOP = /* @__PURE__ */ Symbol("TOP");
var PRE_RANK = { a: 0n, b: 1n, rc: 2n };
function versionKey(v, withLocal = true) {
  const release = [...v.release];
  while (release.length > 1 && release[release.length - 1] === 0n) {
    release.pop();
  }
  const key = [v.epoch, ...release, -1n];
  if (v.pre === null && v.post === null && v.dev !== null) {
    key.push(-1n, 0n);
  } else if (v.pre === null) {
    key.push(3n, 0n);
  } else {
    key.push(PRE_RANK[v.pre.label], v.pre.number);
  }
  key.push(v.post === null ? 0n : 1n, v.post ?? 0n);
  key.push(v.dev === null ? 1n : 0n, v.dev ?? 0n);
  if (!withLocal) return key;
  for (const seg of v.local ?? []) {
    if (typeof seg === "string") key.push(0n, seg);
    else key.push(1n, seg);
  }
  key.push(-1n);
  return key;
}
function compareKeys(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === TOP) return 1;
    if (y === TOP) return -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
function toVersion(v) {
  if (typeof v !== "string") return v;
  const parsed = parseVersion(v);
  if (!parsed) throw new Error(`Invalid version: '${v}'`);
  return parsed;
}
function compareVersions(a, b) {
  return compareKeys(versionKey(toVersion(a)), versionKey(toVersion(b)));
}
function isPrerelease(v) {
  const version = toVersion(v);
  return version.pre !== null || version.dev !== null;
}
function updateType(from, to) {
  const a = toVersion(from);
  const b = toVersion(to);
  if (a.epoch !== b.epoch) return "epoch";
  const n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    if ((a.release[i] ?? 0n) !== (b.release[i] ?? 0n)) {
      return i === 0 ? "major" : i === 1 ? "minor" : "patch";
    }
  }
  if (a.pre?.label !== b.pre?.label || a.pre?.number !== b.pre?.number || a.dev !== b.dev) {
    return "pre-release";
  }
  if (a.post !== b.post) return "post-release";
  if ((a.local ?? []).join(".") !== (b.local ?? []).join(".")) return "local";
  return "none";
}

// src/model/normalize-name.ts
function normalizeName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}

export {
  createBoundedCache,
  copyString,
  normalizeName,
  PY_WHITESPACE,
  pyStrip,
  parseVersion,
  makeVersion,
  replaceVersion,
  TOP,
  versionKey,
  compareKeys,
  compareVersions,
  isPrerelease,
  updateType
};
