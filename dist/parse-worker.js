#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/discover/serve-parse-requests.ts
var import_node_v8 = require("node:v8");
var import_node_worker_threads = require("node:worker_threads");

// src/model/append.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}

// src/model/normalize-name.ts
function normalizeName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}

// src/model/bounded-cache.ts
var MAX_CACHED_KEY_LENGTH = 4096;
function createBoundedCache(limit) {
  const entries = /* @__PURE__ */ new Map();
  return {
    get(key, compute) {
      if (key.length > MAX_CACHED_KEY_LENGTH) return compute(key);
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

// src/parse/poetry-ranges.ts
function toGroup(clauses) {
  const group = {
    interval: { low: null, high: null },
    excluded: [],
    wildcards: []
  };
  for (const clause of clauses) {
    const [, op, version = ""] = /^(>=|<=|==|!=|>|<)(.+)$/.exec(clause) ?? [];
    if (op === "!=") {
      group.excluded.push(version);
    } else if (version.endsWith(".*")) {
      group.wildcards.push(clause);
    } else {
      if (op === ">=" || op === ">" || op === "==") {
        const low = { version, inclusive: op !== ">" };
        if (compareLow(low, group.interval.low) > 0) group.interval.low = low;
      }
      if (op === "<=" || op === "<" || op === "==") {
        const high = { version, inclusive: op !== "<" };
        if (compareHigh(high, group.interval.high) < 0)
          group.interval.high = high;
      }
    }
  }
  return group;
}
function renderGroup(clauses) {
  const group = toGroup(clauses);
  if (isEmptyInterval(group.interval)) return clauses.join(",");
  return [
    renderInterval(group.interval),
    ...group.wildcards,
    ...group.excluded.map((version) => `!=${version}`)
  ].filter((clause) => clause !== "").join(",");
}
function mergeUnion(groups) {
  const intervals = [];
  const shapes = groups.map(toGroup);
  for (const { interval, excluded, wildcards } of shapes) {
    if (wildcards.length > 0 || excluded.some((v) => v.endsWith(".*")))
      return null;
    append(intervals, splitAt(interval, excluded));
  }
  const [first] = groups;
  if (intervals.length === 0)
    return first === void 0 ? null : renderGroup(first);
  intervals.sort((a, b) => compareLow(a.low, b.low));
  const merged = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last !== void 0 && touches(last, interval)) {
      if (compareHigh(interval.high, last.high) > 0) last.high = interval.high;
    } else {
      merged.push({ ...interval });
    }
  }
  const gaps = [];
  for (let i = 1; i < merged.length; i++) {
    const high = merged[i - 1]?.high;
    const low = merged[i]?.low;
    if (!high || !low || high.inclusive || low.inclusive || compareVersions(high.version, low.version) !== 0) {
      return null;
    }
    gaps.push(`!=${high.version}`);
  }
  const hull = {
    low: merged[0]?.low ?? null,
    high: merged[merged.length - 1]?.high ?? null
  };
  return [renderInterval(hull), ...gaps].filter((c) => c !== "").join(",");
}
function splitAt(interval, excluded) {
  let pieces = [interval];
  for (const version of excluded) {
    const cut = { version, inclusive: false };
    pieces = pieces.flatMap((piece) => [
      {
        low: piece.low,
        high: compareHigh(cut, piece.high) < 0 ? cut : piece.high
      },
      {
        low: compareLow(cut, piece.low) > 0 ? cut : piece.low,
        high: piece.high
      }
    ]);
  }
  return pieces.filter((piece) => !isEmptyInterval(piece));
}
function isEmptyInterval({ low, high }) {
  if (low === null || high === null) return false;
  const order = compareVersions(low.version, high.version);
  return order > 0 || order === 0 && !(low.inclusive && high.inclusive);
}
function compareLow(a, b) {
  if (a === null || b === null)
    return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  const order = compareVersions(a.version, b.version);
  return order !== 0 ? order : Number(!a.inclusive) - Number(!b.inclusive);
}
function compareHigh(a, b) {
  if (a === null || b === null)
    return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  const order = compareVersions(a.version, b.version);
  return order !== 0 ? order : Number(a.inclusive) - Number(b.inclusive);
}
function touches(last, next) {
  if (last.high === null || next.low === null) return true;
  const order = compareVersions(next.low.version, last.high.version);
  return order < 0 || order === 0 && (last.high.inclusive || next.low.inclusive);
}
function renderInterval({ low, high }) {
  if (low !== null && high !== null && low.inclusive && high.inclusive && compareVersions(low.version, high.version) === 0) {
    return `==${low.version}`;
  }
  const clauses = [];
  if (low !== null) clauses.push(`${low.inclusive ? ">=" : ">"}${low.version}`);
  if (high !== null)
    clauses.push(`${high.inclusive ? "<=" : "<"}${high.version}`);
  return clauses.join(",");
}

// src/parse/poetry-version.ts
var PARTS = new RegExp(
  "^v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]*))?(?:-([0-9]+)|[-_.]?(?:post|rev|r)[-_.]?([0-9]*))?([-_.]?dev[-_.]?([0-9]*))?(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
  "i"
);
var ConstraintError = class extends Error {
};
function parsePoetryVersion(raw, constraint) {
  const m = PARTS.exec(raw);
  if (!m)
    throw new ConstraintError(
      `could not parse the version in the Poetry constraint '${constraint}'`
    );
  const epoch = Number(m[1] ?? "0");
  const release = (m[2] ?? "").split(".").map(Number);
  const preLabel = m[3]?.toLowerCase();
  const preKind = preLabel === void 0 ? "" : preLabel.startsWith("a") ? "a" : preLabel.startsWith("b") ? "b" : "rc";
  const pre = preLabel === void 0 ? "" : `${preKind}${Number(m[4] || "0")}`;
  const postNumber = m[5] ?? m[6];
  const post = postNumber === void 0 ? "" : `.post${Number(postNumber || "0")}`;
  const dev = m[7] === void 0 ? "" : `.dev${Number(m[8] || "0")}`;
  const local = m[9] === void 0 ? null : m[9].toLowerCase().replace(/[-_]/g, ".");
  const version = { epoch, release, pre, post, dev, local };
  return { ...version, text: formatVersion(version) };
}
function formatVersion(version) {
  const epoch = version.epoch > 0 ? `${version.epoch}!` : "";
  const local = version.local === null ? "" : `+${version.local}`;
  return `${epoch}${version.release.join(".")}${version.pre}${version.post}${version.dev}${local}`;
}
function bound(version, release) {
  const next = {
    epoch: version.epoch,
    release,
    pre: "",
    post: "",
    dev: "",
    local: null
  };
  return { ...next, text: formatVersion(next) };
}
function nextMajor(version) {
  const [major = 0, ...rest] = version.release;
  return bound(version, [major + 1, ...rest.map(() => 0)]);
}
function nextMinor(version) {
  const [major = 0, minor, ...rest] = version.release;
  return bound(version, [
    major,
    minor === void 0 ? 1 : minor + 1,
    ...rest.map(() => 0)
  ]);
}
function nextPatch(version) {
  const [major = 0, minor = 0, patch, ...rest] = version.release;
  return bound(version, [
    major,
    minor,
    patch === void 0 ? 1 : patch + 1,
    ...rest.map(() => 0)
  ]);
}
function nextBreaking(version) {
  const [major = 0, minor, patch] = version.release;
  if (major > 0 || minor === void 0) return nextMajor(version);
  if (minor > 0 || patch === void 0) return nextMinor(version);
  return nextPatch(version);
}

// src/parse/poetry-constraint.ts
var VERSION = "v?(?:(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:[-_.]?(?:alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*)?(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?(?:[-_.]?dev[-_.]?[0-9]*)?)(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
var ANY = /^v?[xX*](\.[xX*])*$/i;
var TILDE = new RegExp(`^~(?!=)\\s*(${VERSION})$`, "i");
var TILDE_PEP440 = new RegExp(`^~=\\s*(${VERSION})$`, "i");
var CARET = new RegExp(`^\\^\\s*(${VERSION})$`, "i");
var X_RANGE = /^(!=|==)?\s*v?(\d+(?:\.\d+)?(?:\.\d+)?)(?:\.[xX*])+$/;
var BASIC = new RegExp(
  `^(<>|!=|>=?|<=?|==?)?\\s*(${VERSION}|dev)(\\.\\*)?$`,
  "i"
);
var AND_SEPARATOR = /(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)/;
function poetryConstraintToPep440(text) {
  try {
    if (text === "*") return { ok: true, specifier: "" };
    const groups = splitOr(text.trim()).map(translateGroup);
    const [only] = groups;
    if (only !== void 0 && groups.length === 1)
      return { ok: true, specifier: renderGroup(only) };
    const merged = mergeUnion(groups);
    if (merged !== null) return { ok: true, specifier: merged };
    return {
      ok: false,
      error: `'${text}' is a union of constraints (||), which one PEP 440 specifier set cannot express`
    };
  } catch (error) {
    if (error instanceof ConstraintError)
      return { ok: false, error: error.message };
    return {
      ok: false,
      error: `could not read the Poetry constraint '${text}': ${String(error)}`
    };
  }
}
function splitOr(text) {
  const parts = [];
  let from = 0;
  for (let bar = text.indexOf("|"); bar !== -1; bar = text.indexOf("|", from)) {
    let start = bar;
    while (start > from && /\s/.test(text[start - 1])) start--;
    let end = text[bar + 1] === "|" ? bar + 2 : bar + 1;
    while (end < text.length && /\s/.test(text[end])) end++;
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts;
}
function translateGroup(group) {
  let end = group.length;
  while (end > 0 && group[end - 1] === ",") end--;
  const cleaned = group.slice(0, end).trimEnd();
  return cleaned.split(AND_SEPARATOR).flatMap(translateSingle);
}
function translateSingle(constraint) {
  if (ANY.test(constraint)) return [];
  let m = TILDE.exec(constraint);
  if (m) {
    const version = parsePoetryVersion(m[1] ?? "", constraint);
    const high = version.release.length === 1 ? nextMajor(version) : nextMinor(version);
    return range(version, high, constraint);
  }
  m = TILDE_PEP440.exec(constraint);
  if (m) {
    const version = parsePoetryVersion(m[1] ?? "", constraint);
    const high = version.release.length === 2 ? nextMajor(version) : nextMinor(version);
    return range(version, high, constraint);
  }
  m = CARET.exec(constraint);
  if (m) {
    const version = parsePoetryVersion(m[1] ?? "", constraint);
    return range(version, nextBreaking(version), constraint);
  }
  m = X_RANGE.exec(constraint);
  if (m) {
    const release = (m[2] ?? "").split(".").map(Number).join(".");
    return [`${m[1] === "!=" ? "!=" : "=="}${release}.*`];
  }
  m = BASIC.exec(constraint);
  if (m) {
    const op = m[1];
    const raw = m[2] ?? "";
    const version = parsePoetryVersion(
      raw.toLowerCase() === "dev" ? "0.0-dev" : raw,
      constraint
    );
    if (op === "<" || op === "<=" || op === ">" || op === ">=") {
      if (version.local !== null)
        throw unsupported(
          constraint,
          "a local version in an ordered comparison"
        );
      return [`${op}${version.text}`];
    }
    if (m[3] !== void 0) {
      if (version.pre || version.post || version.dev || version.local !== null) {
        throw unsupported(
          constraint,
          "a wildcard after a pre-, post-, dev- or local version"
        );
      }
      return [`${op === "!=" ? "!=" : "=="}${version.text}.*`];
    }
    if (op === "!=") return [`!=${version.text}`];
    return [`==${version.text}`];
  }
  throw new ConstraintError(
    `could not parse the Poetry version constraint '${constraint}'`
  );
}
function unsupported(constraint, what) {
  return new ConstraintError(
    `'${constraint}' uses ${what}, which PEP 440 cannot express`
  );
}
function range(low, high, constraint) {
  if (low.local !== null)
    throw unsupported(constraint, "a local version as a lower bound");
  return [`>=${low.text}`, `<${high.text}`];
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/parse/pep508/marker-grammar.ts
function parseMarker(tokenizer) {
  const expression = [parseMarkerAtom(tokenizer)];
  for (; ; ) {
    const op = tokenizer.take("BOOLOP");
    if (op === null) {
      break;
    }
    expression.push(op, parseMarkerAtom(tokenizer));
  }
  return expression;
}
function parseMarkerAtom(tokenizer) {
  tokenizer.consumeWs();
  let marker;
  const open3 = tokenizer.position;
  if (tokenizer.take("LEFT_PARENTHESIS") !== null) {
    tokenizer.consumeWs();
    marker = parseMarker(tokenizer);
    tokenizer.consumeWs();
    if (tokenizer.take("RIGHT_PARENTHESIS") === null) {
      tokenizer.fail(
        `expected ')' to close the marker group opened at column ${open3 + 1}`
      );
    }
  } else {
    marker = parseMarkerItem(tokenizer);
  }
  tokenizer.consumeWs();
  return marker;
}
function parseMarkerItem(tokenizer) {
  tokenizer.consumeWs();
  const left = parseMarkerVar(tokenizer);
  tokenizer.consumeWs();
  const op = parseMarkerOp(tokenizer);
  tokenizer.consumeWs();
  const right = parseMarkerVar(tokenizer);
  tokenizer.consumeWs();
  return { kind: "item", left, op, right };
}
function parseMarkerVar(tokenizer) {
  const variable = tokenizer.take("VARIABLE");
  if (variable !== null) {
    const name = variable.replace(".", "_");
    return {
      kind: "variable",
      value: name === "python_implementation" ? "platform_python_implementation" : name
    };
  }
  const start = tokenizer.position;
  const quoted = tokenizer.take("QUOTED_STRING");
  if (quoted !== null) {
    const value = evaluatePythonString(quoted);
    if (value === null) {
      tokenizer.fail(`${quoted} is not a valid Python string literal`, start);
    }
    return { kind: "value", value };
  }
  if (/^[A-Za-z_.]/.test(tokenizer.source.slice(tokenizer.position))) {
    tokenizer.fail(
      "expected a marker variable (like python_version or sys_platform) or a quoted string"
    );
  }
  tokenizer.fail("expected a marker variable or a quoted string");
}
function parseMarkerOp(tokenizer) {
  if (tokenizer.take("IN") !== null) {
    return "in";
  }
  if (tokenizer.take("NOT") !== null) {
    tokenizer.expect("WS", "whitespace after 'not'");
    tokenizer.expect("IN", "'in' after 'not'");
    return "not in";
  }
  const op = tokenizer.take("OP");
  if (op !== null) {
    return op;
  }
  tokenizer.fail(
    "expected a marker operator (one of <=, <, !=, ==, >=, >, ~=, ===, in, not in)"
  );
}
function evaluatePythonString(literal2) {
  const body = literal2.slice(1, -1);
  if (body.includes("\0")) {
    return null;
  }
  let result = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\n" || ch === "\r") {
      return null;
    }
    if (ch !== "\\") {
      result += ch;
      continue;
    }
    i++;
    if (i >= body.length) {
      return null;
    }
    const next = body[i];
    const simple = {
      "\\": "\\",
      "'": "'",
      '"': '"',
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v",
      "\n": ""
    };
    const mapped = simple[next];
    if (mapped !== void 0) {
      result += mapped;
      continue;
    }
    if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))?.[0] ?? next;
      result += String.fromCodePoint(Number.parseInt(digits, 8));
      i += digits.length - 1;
      continue;
    }
    const hexLength = next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 1, i + 1 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
        return null;
      }
      const code = Number.parseInt(hex, 16);
      if (code > 1114111) {
        return null;
      }
      result += String.fromCodePoint(code);
      i += hexLength;
      continue;
    }
    if (next === "N") {
      return null;
    }
    result += `\\${next}`;
  }
  return result;
}

// src/parse/pep508/normal-forms.ts
function formatSpecifier(specifier) {
  const kept2 = [];
  const seen = /* @__PURE__ */ new Set();
  let start = 0;
  while (start <= specifier.length) {
    let end = specifier.indexOf(",", start);
    if (end === -1) end = specifier.length;
    const clause = formatClause(specifier.slice(start, end));
    if (clause !== "" && !seen.has(clause)) {
      seen.add(clause);
      kept2.push(clause);
    }
    start = end + 1;
  }
  return kept2.join(",");
}
var OPERATOR = /^(===|~=|==|!=|<=|>=|<|>)/;
function formatClause(raw) {
  const clause = pyStrip(raw);
  const op = OPERATOR.exec(clause)?.[0] ?? "";
  return op === "" ? clause : op + pyStrip(clause.slice(op.length));
}
function normalizeExtraValues(markers) {
  return markers.map((atom) => {
    if (typeof atom === "string" || Array.isArray(atom)) {
      return atom;
    }
    let { left, right } = atom;
    if (left.kind === "variable" && left.value === "extra") {
      right = { kind: "value", value: normalizeName(right.value) };
    } else if (right.kind === "variable" && right.value === "extra") {
      left = { kind: "value", value: normalizeName(left.value) };
    }
    return { ...atom, left, right };
  });
}
function serializeVar(variable) {
  return variable.kind === "variable" ? variable.value : `"${variable.value}"`;
}
function formatMarker(marker, first = true) {
  if (typeof marker === "string") {
    return marker;
  }
  if (!Array.isArray(marker)) {
    return `${serializeVar(marker.left)} ${marker.op} ${serializeVar(marker.right)}`;
  }
  const only = marker[0];
  if (marker.length === 1 && only !== void 0 && typeof only !== "string") {
    return formatMarker(only);
  }
  const inner = marker.map((item) => formatMarker(item, false)).join(" ");
  return first ? inner : `(${inner})`;
}

// src/pep440/version-intervals.ts
var MIN_VERSION = makeVersion({
  epoch: 0n,
  release: [0n],
  pre: null,
  post: null,
  dev: 0n,
  local: null
});
function at(version, inclusive) {
  return { key: versionKey(version), inclusive, kind: "at", version };
}
function afterLocals(version) {
  return {
    key: [...versionKey(version, false), TOP],
    inclusive: false,
    kind: "after-locals",
    version
  };
}
function afterPosts(version) {
  const key = versionKey(version, false);
  return {
    key: [...key.slice(0, key.length - 4), TOP],
    inclusive: false,
    kind: "after-posts",
    version
  };
}
var LOWEST = at(MIN_VERSION, true);
var FULL = [{ lo: LOWEST, hi: null }];
function compareLower(a, b) {
  const c = compareKeys(a.key, b.key);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}
function compareUpper(a, b) {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  const c = compareKeys(a.key, b.key);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? 1 : -1;
}
function effectiveLower(lo) {
  const v = lo.version;
  if (lo.kind === "after-locals") {
    if (v.dev !== null)
      return at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true);
    if (v.post !== null) {
      return at(
        replaceVersion(v, { post: v.post + 1n, dev: 0n, local: null }),
        true
      );
    }
    return at(replaceVersion(v, { post: 0n, dev: 0n, local: null }), true);
  }
  if (lo.kind === "after-posts" && v.pre !== null) {
    const pre = { label: v.pre.label, number: v.pre.number + 1n };
    return at(
      replaceVersion(v, { pre, post: null, dev: 0n, local: null }),
      true
    );
  }
  return lo;
}
function intervalIsEmpty(lo, hi) {
  if (hi === null) return false;
  const eff = effectiveLower(lo);
  const c = compareKeys(eff.key, hi.key);
  if (c !== 0) return c > 0;
  return !(eff.inclusive && hi.inclusive && eff.kind === "at" && hi.kind === "at");
}
function intersectIntervals(left, right) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i];
    const b = right[j];
    const lo = compareLower(a.lo, b.lo) >= 0 ? a.lo : b.lo;
    const hi = compareUpper(a.hi, b.hi) <= 0 ? a.hi : b.hi;
    if (!intervalIsEmpty(lo, hi)) out.push({ lo, hi });
    if (compareUpper(a.hi, b.hi) < 0) i++;
    else j++;
  }
  return out;
}
function complementIntervals(intervals) {
  const out = [];
  let lo = LOWEST;
  for (const iv of intervals) {
    if (lo !== null) {
      const hi = { ...iv.lo, inclusive: !iv.lo.inclusive };
      if (!intervalIsEmpty(lo, hi)) out.push({ lo, hi });
    }
    lo = iv.hi === null ? null : { ...iv.hi, inclusive: !iv.hi.inclusive };
  }
  if (lo !== null) out.push({ lo, hi: null });
  return out;
}
function inIntervals(intervals, v) {
  const key = versionKey(v);
  return intervals.some((iv) => {
    const lo = compareKeys(iv.lo.key, key);
    if (lo > 0 || lo === 0 && !iv.lo.inclusive) return false;
    if (iv.hi === null) return true;
    const hi = compareKeys(key, iv.hi.key);
    return hi < 0 || hi === 0 && iv.hi.inclusive;
  });
}

// src/pep440/set-algebra.ts
function toSet(s) {
  return "set" in s ? s.set : s;
}
function contains(s, version, options) {
  const set = toSet(s);
  const raw = typeof version === "string" ? version : version.text;
  const v = typeof version === "string" ? parseVersion(version) : version;
  if (set.arbitrary !== null && raw.toLowerCase() !== set.arbitrary)
    return false;
  if (v === null) return set.admitsNonVersions;
  if (options?.prereleases === false && isPrerelease(v)) return false;
  return inIntervals(set.intervals, v) && set.guards.every((g) => g.test(v));
}
function intersect(a, b) {
  const x = toSet(a);
  const y = toSet(b);
  const conflict = x.arbitrary !== null && y.arbitrary !== null && x.arbitrary !== y.arbitrary;
  return {
    intervals: conflict ? [] : intersectIntervals(x.intervals, y.intervals),
    arbitrary: conflict ? null : x.arbitrary ?? y.arbitrary,
    unconstrained: x.unconstrained && y.unconstrained,
    admitsNonVersions: !conflict && x.admitsNonVersions && y.admitsNonVersions,
    guards: [...x.guards, ...y.guards]
  };
}
function isEmpty(s) {
  const set = toSet(s);
  if (set.arbitrary !== null) {
    return !contains(set, set.arbitrary, { prereleases: true });
  }
  return set.intervals.length === 0 && !set.unconstrained;
}

// src/pep440/clause-intervals.ts
function nextPrefixDev0(v, length = 0) {
  const release = [...v.release];
  release[release.length - 1] = (release[release.length - 1] ?? 0n) + 1n;
  while (release.length < length) release.push(0n);
  return makeVersion({
    epoch: v.epoch,
    release,
    pre: null,
    post: null,
    dev: 0n,
    local: null
  });
}
function baseDev0(v) {
  return makeVersion({
    epoch: v.epoch,
    release: v.release,
    pre: null,
    post: null,
    dev: 0n,
    local: null
  });
}
function wildcardIntervals(prefix, length = 0) {
  return [
    {
      lo: at(baseDev0(prefix), true),
      hi: at(nextPrefixDev0(prefix, length), false)
    }
  ];
}
function standardIntervals(op, versionText, v) {
  switch (op) {
    case ">=":
      return [{ lo: at(v, true), hi: null }];
    case "<=":
      return [{ lo: LOWEST, hi: afterLocals(v) }];
    case ">":
      if (v.dev !== null) {
        return [
          {
            lo: at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true),
            hi: null
          }
        ];
      }
      if (v.post !== null) {
        const next = replaceVersion(v, {
          post: v.post + 1n,
          dev: 0n,
          local: null
        });
        return [{ lo: at(next, true), hi: null }];
      }
      return [{ lo: afterPosts(v), hi: null }];
    case "<": {
      const bound2 = isPrerelease(v) ? v : replaceVersion(v, { dev: 0n, local: null });
      if (compareKeys(versionKey(bound2), LOWEST.key) <= 0) return [];
      return [{ lo: LOWEST, hi: at(bound2, false) }];
    }
    case "==":
    case "!=": {
      const upper = versionText.includes("+") ? at(v, true) : afterLocals(v);
      const eq = [{ lo: at(v, true), hi: upper }];
      return op === "==" ? eq : complementIntervals(eq);
    }
    default:
      return [...FULL];
  }
}
var PREFIX_SPLIT = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;
function splitVersionText(text) {
  const bang = text.lastIndexOf("!");
  const epoch = bang < 0 ? "" : text.slice(0, bang);
  const rest = bang < 0 ? text : text.slice(bang + 1);
  const out = [epoch || "0"];
  for (const item of rest.split(".")) {
    const m = PREFIX_SPLIT.exec(item);
    if (m) out.push(m[1], m[2]);
    else out.push(item);
  }
  return out;
}
function isNotSuffix(segment) {
  return !["dev", "a", "b", "rc", "post"].some((p) => segment.startsWith(p));
}
function numericPrefixLength(split) {
  let n = 0;
  for (const s of split) {
    if (!/^[0-9]+$/.test(s)) break;
    n++;
  }
  return n;
}
function prefixMatches(prefixSplit, v) {
  const split = splitVersionText(v.public);
  const numeric = numericPrefixLength(prefixSplit);
  const have = numericPrefixLength(split);
  const padded = have >= numeric ? split : [
    ...split.slice(0, have),
    ...Array(numeric - have).fill("0"),
    ...split.slice(have)
  ];
  if (padded.length < prefixSplit.length) return false;
  return prefixSplit.every((s, i) => padded[i] === s);
}
function compatibleClause(clause, v) {
  const split = splitVersionText(clause.version);
  const kept2 = [];
  for (const s of split) {
    if (!isNotSuffix(s)) break;
    kept2.push(s);
  }
  kept2.pop();
  const [epoch, ...rest] = kept2;
  const prefix = parseVersion(`${epoch}!${rest.join(".")}`);
  if (prefix === null) return { intervals: [], guard: null };
  const lower = [{ lo: at(v, true), hi: null }];
  const prefixSplit = splitVersionText(prefix.text);
  if (numericPrefixLength(prefixSplit) === prefixSplit.length) {
    return {
      intervals: intersectIntervals(
        lower,
        wildcardIntervals(prefix, v.release.length)
      ),
      guard: null
    };
  }
  const family = prefix.post === null ? {
    lo: at(replaceVersion(prefix, { dev: 0n }), true),
    hi: afterPosts(prefix)
  } : {
    lo: at(replaceVersion(prefix, { dev: 0n }), true),
    hi: afterLocals(prefix)
  };
  return {
    intervals: intersectIntervals(lower, [family]),
    guard: { clause: clause.text, test: (x) => prefixMatches(prefixSplit, x) }
  };
}
function compileClause(clause) {
  if (clause.operator === "===") return { intervals: [...FULL], guard: null };
  const base = clause.wildcard ? clause.version.slice(0, -2) : clause.version;
  const v = parseVersion(base);
  if (v === null) return { intervals: [], guard: null };
  if (clause.operator === "~=") return compatibleClause(clause, v);
  if (clause.wildcard) {
    const eq = wildcardIntervals(v);
    return {
      intervals: clause.operator === "==" ? eq : complementIntervals(eq),
      guard: null
    };
  }
  return {
    intervals: standardIntervals(clause.operator, clause.version, v),
    guard: null
  };
}

// src/pep440/parse-specifier-set.ts
var WS = `[${PY_WHITESPACE}]`;
var PRE = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
var POST = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
var DEV = "(?:[-_.]?dev[-_.]?[0-9]*)?";
var LOCAL = "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
var SPECIFIER_REGEX = new RegExp(
  `^${WS}*(?:(?:===${WS}*[^${PY_WHITESPACE};)]*)|(?:(?:==|!=)${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)|(?:~=${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})|(?:(?:<=|>=|<|>)${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV}))${WS}*$`,
  "i"
);
function explainInvalid(clause) {
  const m = /^(===|~=|==|!=|<=|>=|<|>)(.*)$/s.exec(clause);
  if (!m) {
    return `'${clause}' does not start with an operator (one of ==, !=, <=, >=, <, >, ~=, ===)`;
  }
  const op = m[1];
  const version = pyStrip(m[2] ?? "");
  if (version === "") return `'${clause}' has no version after '${op}'`;
  if (/[=<>!~]/.test(version[0] ?? "")) {
    return `'${clause}' has an unknown operator`;
  }
  if (version.includes("*")) {
    if (op !== "==" && op !== "!=") {
      return `'${clause}': a wildcard (.*) is only allowed with == and !=`;
    }
    if (!version.endsWith(".*") || version.indexOf("*") !== version.length - 1) {
      return `'${clause}': a wildcard must be the last part, written '.*' after the release (e.g. ==1.2.*)`;
    }
    return `'${clause}': a wildcard can only follow a plain release number (no pre, post, dev or local part)`;
  }
  if (version.includes("+") && op !== "==" && op !== "!=") {
    return `'${clause}': a local version (+...) is only allowed with == and !=`;
  }
  const parsed = parseVersion(version);
  if (parsed === null)
    return `'${clause}': '${version}' is not a valid PEP 440 version`;
  if (op === "~=") {
    if (parsed.release.length < 2) {
      return `'${clause}': ~= needs at least two release segments (e.g. ~=${version}.0)`;
    }
    if (parsed.local !== null)
      return `'${clause}': ~= does not allow a local version`;
  }
  return `'${clause}' is not a valid specifier`;
}
function parseClause(raw) {
  if (!SPECIFIER_REGEX.test(raw)) return explainInvalid(pyStrip(raw));
  const spec = pyStrip(raw);
  const opLength = spec.startsWith("===") ? 3 : ["~=", "==", "!=", "<=", ">="].some((p) => spec.startsWith(p)) ? 2 : 1;
  const operator = spec.slice(0, opLength);
  const version = pyStrip(spec.slice(opLength));
  return {
    operator,
    version,
    wildcard: operator !== "===" && version.endsWith(".*"),
    text: `${operator}${version}`
  };
}
var parsedSets = createBoundedCache(2e4);
function parseSpecifierSet(text) {
  return parsedSets.get(text, parseSpecifierSetUncached);
}
var MAX_DISTINCT_CLAUSES = 1024;
function parseSpecifierSetUncached(text) {
  const clauses = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const kept2 = /* @__PURE__ */ new Set();
  for (let start = 0; start <= text.length; ) {
    const comma = text.indexOf(",", start);
    const end = comma === -1 ? text.length : comma;
    const part = text.slice(start, end);
    start = end + 1;
    if (seen.has(part)) continue;
    if (seen.size >= MAX_DISTINCT_CLAUSES)
      return {
        ok: false,
        error: `Invalid specifier: more than ${MAX_DISTINCT_CLAUSES} different clauses, more than pin-audit audits in one requirement`
      };
    seen.add(part);
    if (pyStrip(part) === "") continue;
    const clause = parseClause(part);
    if (typeof clause === "string") errors.push(clause);
    else if (!kept2.has(clause.text)) {
      kept2.add(clause.text);
      clauses.push(clause);
    }
  }
  if (errors.length > 0) {
    return { ok: false, error: `Invalid specifier ${errors.join("; ")}` };
  }
  return {
    ok: true,
    value: {
      text: clauses.map((c) => c.text).join(","),
      clauses,
      set: clausesToSet(clauses)
    }
  };
}
function clausesToSet(clauses) {
  let set = {
    intervals: FULL,
    arbitrary: null,
    unconstrained: clauses.length === 0,
    admitsNonVersions: true,
    guards: []
  };
  for (const clause of clauses) {
    const compiled = compileClause(clause);
    const one = {
      intervals: compiled.intervals,
      arbitrary: clause.operator === "===" ? clause.version.toLowerCase() : null,
      unconstrained: false,
      admitsNonVersions: clause.operator === "===",
      guards: compiled.guard ? [compiled.guard] : []
    };
    set = intersect(set, one);
  }
  return set;
}

// src/parse/pep508/tokenizer.ts
var Pep508SyntaxError = class extends Error {
};
var PRE2 = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
var POST2 = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
var DEV2 = "(?:[-_.]?dev[-_.]?[0-9]*)?";
var SPECIFIER_ALTERNATIVES = [
  new RegExp(`===[${PY_WHITESPACE}]*[^${PY_WHITESPACE};)]*`, "y"),
  new RegExp(
    `(?:==|!=)[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE2}${POST2}${DEV2}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?`,
    "iy"
  ),
  // Not ASCII-only in packaging (no `(?a:)` here), so Unicode case folding applies.
  new RegExp(
    `~=[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE2}${POST2}${DEV2}`,
    "iuy"
  ),
  new RegExp(
    `(?:<=|>=|<|>)[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE2}${POST2}${DEV2}`,
    "iy"
  )
];
function specifierAlternativesAt(source, position) {
  switch (source.charCodeAt(position)) {
    case 61:
      return SPECIFIERS_AFTER_EQUALS;
    case 33:
      return SPECIFIERS_AFTER_BANG;
    case 126:
      return SPECIFIERS_AFTER_TILDE;
    case 60:
    // <
    case 62:
      return SPECIFIERS_AFTER_ANGLE;
    default:
      return [];
  }
}
var [ARBITRARY, EQUALITY, COMPATIBLE, ORDERED] = SPECIFIER_ALTERNATIVES;
var SPECIFIERS_AFTER_EQUALS = [ARBITRARY, EQUALITY];
var SPECIFIERS_AFTER_BANG = [EQUALITY];
var SPECIFIERS_AFTER_TILDE = [COMPATIBLE];
var SPECIFIERS_AFTER_ANGLE = [ORDERED];
var VARIABLE_ALTERNATIVES = [
  /python_version/y,
  /python_full_version/y,
  /os[._]name/y,
  /sys[._]platform/y,
  /platform_(?:release|system)/y,
  /platform[._](?:version|machine|python_implementation)/y,
  /python_implementation/y,
  /implementation_(?:name|version)/y,
  /extras/y,
  /extra/y,
  /dependency_groups/y
];
var SIMPLE_RULES = {
  LEFT_PARENTHESIS: /\(/y,
  RIGHT_PARENTHESIS: /\)/y,
  LEFT_BRACKET: /\[/y,
  RIGHT_BRACKET: /\]/y,
  SEMICOLON: /;/y,
  COMMA: /,/y,
  QUOTED_STRING: /'[^']*'|"[^"]*"/y,
  OP: /===|==|~=|!=|<=|>=|<|>/y,
  AT: /@/y,
  URL: /[^ \t]+/y,
  VERSION_PREFIX_TRAIL: /\.\*/y,
  VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
  WS: /[ \t]+/y
};
var WORD_CHAR = /[\p{L}\p{N}_]/u;
function isWordAt(source, index) {
  if (index < 0 || index >= source.length) {
    return false;
  }
  const code = source.codePointAt(index) ?? 0;
  if (code >= 56320 && code <= 57343 && index > 0) {
    const previous = source.codePointAt(index - 1) ?? 0;
    if (previous > 65535) {
      return WORD_CHAR.test(String.fromCodePoint(previous));
    }
  }
  return WORD_CHAR.test(String.fromCodePoint(code));
}
function isBoundary(source, index) {
  return isWordAt(source, index - 1) !== isWordAt(source, index);
}
function matchSticky(regex, source, position) {
  regex.lastIndex = position;
  return regex.test(source) ? source.slice(position, regex.lastIndex) : null;
}
function matchWord(alternatives, source, position) {
  if (!isBoundary(source, position)) {
    return null;
  }
  for (const regex of alternatives) {
    const text = matchSticky(regex, source, position);
    if (text !== null && isBoundary(source, position + text.length)) {
      return text;
    }
  }
  return null;
}
function matchIdentifier(source, position) {
  if (!isBoundary(source, position)) {
    return null;
  }
  const text = matchSticky(/[a-zA-Z0-9][a-zA-Z0-9._-]*/y, source, position);
  if (text === null) {
    return null;
  }
  for (let length = text.length; length >= 1; length--) {
    if (isBoundary(source, position + length)) {
      return text.slice(0, length);
    }
  }
  return null;
}
function matchToken(name, source, position) {
  switch (name) {
    case "BOOLOP":
      return matchWord([/or/y, /and/y], source, position);
    case "IN":
      return matchWord([/in/y], source, position);
    case "NOT":
      return matchWord([/not/y], source, position);
    case "VARIABLE":
      return matchWord(VARIABLE_ALTERNATIVES, source, position);
    case "IDENTIFIER":
      return matchIdentifier(source, position);
    case "SPECIFIER":
      for (const regex of specifierAlternativesAt(source, position)) {
        const text = matchSticky(regex, source, position);
        if (text !== null) {
          return text;
        }
      }
      return null;
    default:
      return matchSticky(SIMPLE_RULES[name], source, position);
  }
}
var Tokenizer = class {
  constructor(source) {
    this.source = source;
  }
  source;
  position = 0;
  /** Reads the token if it is next; returns its text or null. */
  take(name) {
    const text = matchToken(name, this.source, this.position);
    if (text !== null) {
      this.position += text.length;
    }
    return text;
  }
  peek(name) {
    return matchToken(name, this.source, this.position) !== null;
  }
  consumeWs() {
    this.take("WS");
  }
  // Python's `$`: the end, or just before a final newline.
  atEnd() {
    const rest = this.source.length - this.position;
    return rest === 0 || rest === 1 && this.source[this.position] === "\n";
  }
  expect(name, expected) {
    const text = this.take(name);
    if (text === null) {
      this.fail(`expected ${expected}`);
    }
    return text;
  }
  expectEnd(expected) {
    if (!this.atEnd()) {
      this.fail(`expected ${expected}`);
    }
  }
  fail(message, at2 = this.position) {
    const where = at2 >= this.source.length ? "at the end" : `at column ${at2 + 1}`;
    throw new Pep508SyntaxError(`${message} in '${this.source}' (${where})`);
  }
};

// src/parse/pep508/requirement-grammar.ts
function parseRequirement(tokenizer) {
  tokenizer.consumeWs();
  const rawName = tokenizer.take("IDENTIFIER");
  if (rawName === null) {
    tokenizer.fail("expected a package name at the start of the requirement");
  }
  tokenizer.consumeWs();
  const extras = parseExtras(tokenizer);
  tokenizer.consumeWs();
  const { url, specifier, marker } = parseRequirementDetails(tokenizer);
  tokenizer.expectEnd("the end of the requirement");
  const formattedSpecifier = formatSpecifier(specifier);
  const specifierSet = parseSpecifierSet(formattedSpecifier);
  if (!specifierSet.ok) {
    throw new Pep508SyntaxError(
      `${specifierSet.error} in '${tokenizer.source}'`
    );
  }
  const normalizedExtras = [];
  for (const extra of extras) {
    const normalized = normalizeName(extra);
    if (!normalizedExtras.includes(normalized)) {
      normalizedExtras.push(normalized);
    }
  }
  return {
    name: normalizeName(rawName),
    rawName,
    specifier: formattedSpecifier,
    extras: normalizedExtras,
    marker: marker === null ? null : formatMarker(normalizeExtraValues(marker)),
    url: url === "" ? null : url
  };
}
function parseRequirementDetails(tokenizer) {
  if (tokenizer.take("AT") !== null) {
    tokenizer.consumeWs();
    const urlStart = tokenizer.position;
    const url = tokenizer.expect("URL", "a URL after '@'");
    if (tokenizer.atEnd()) {
      return { url, specifier: "", marker: null };
    }
    tokenizer.expect("WS", "whitespace after the URL");
    if (tokenizer.atEnd()) {
      return { url, specifier: "", marker: null };
    }
    if (!tokenizer.peek("SEMICOLON")) {
      if (url.includes(";")) {
        tokenizer.fail(
          "a ';' after a URL needs whitespace before it (PEP 508): write 'URL ; marker'",
          urlStart
        );
      }
      tokenizer.fail(
        "expected ';' and an environment marker after the URL, or the end of the requirement (a URL ends at the first whitespace)"
      );
    }
    return { url, specifier: "", marker: parseRequirementMarker(tokenizer) };
  }
  const specifier = parseSpecifier(tokenizer);
  tokenizer.consumeWs();
  if (tokenizer.atEnd()) {
    return { url: "", specifier, marker: null };
  }
  if (!tokenizer.peek("SEMICOLON")) {
    failAfterSpecifier(tokenizer, specifier);
  }
  return { url: "", specifier, marker: parseRequirementMarker(tokenizer) };
}
function failAfterSpecifier(tokenizer, specifier) {
  const clause = matchToken("SPECIFIER", tokenizer.source, tokenizer.position);
  if (clause !== null && specifier !== "") {
    tokenizer.fail(
      `expected ',' between version clauses before '${clause.trim()}'`
    );
  }
  const op = matchSticky(SIMPLE_RULES.OP, tokenizer.source, tokenizer.position);
  if (op !== null) {
    const after = tokenizer.source.slice(tokenizer.position + op.length).replace(/^[ \t]+/, "");
    const version = /^[^,;)\s]*/.exec(after)?.[0] ?? "";
    if (version === "") {
      tokenizer.fail(`expected a version after '${op}'`);
    }
    if (op === "~=" && /^v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(version)) {
      tokenizer.fail(
        `'~=' needs a version with at least two parts (like '~=1.0'), not '${version}'`
      );
    }
    tokenizer.fail(`'${version}' is not a valid PEP 440 version for '${op}'`);
  }
  if (/^[=!<>~]/.test(tokenizer.source.slice(tokenizer.position))) {
    tokenizer.fail(
      "expected a version operator (one of ==, !=, <=, >=, <, >, ~=, ===)"
    );
  }
  if (specifier === "") {
    if (tokenizer.peek("LEFT_BRACKET")) {
      tokenizer.fail("extras in '[...]' must come right after the name");
    }
    tokenizer.fail(
      "expected a version specifier, '@ URL', ';' and a marker, or the end after the name"
    );
  }
  tokenizer.fail(
    "expected ',' between version clauses, or ';' before a marker, or the end"
  );
}
function parseRequirementMarker(tokenizer) {
  tokenizer.expect("SEMICOLON", "';'");
  const marker = parseMarker(tokenizer);
  tokenizer.consumeWs();
  return marker;
}
function parseExtras(tokenizer) {
  const open3 = tokenizer.position;
  if (tokenizer.take("LEFT_BRACKET") === null) {
    return [];
  }
  tokenizer.consumeWs();
  const extras = parseExtrasList(tokenizer);
  tokenizer.consumeWs();
  if (tokenizer.take("RIGHT_BRACKET") === null) {
    tokenizer.fail(
      `expected ']' to close the extras opened at column ${open3 + 1}`
    );
  }
  return extras;
}
function parseExtrasList(tokenizer) {
  const extras = [];
  const first = tokenizer.take("IDENTIFIER");
  if (first === null) {
    return extras;
  }
  extras.push(first);
  for (; ; ) {
    tokenizer.consumeWs();
    if (tokenizer.peek("IDENTIFIER")) {
      tokenizer.fail("expected a comma between extra names");
    }
    if (tokenizer.take("COMMA") === null) {
      break;
    }
    tokenizer.consumeWs();
    extras.push(tokenizer.expect("IDENTIFIER", "an extra name after ','"));
  }
  return extras;
}
function parseSpecifier(tokenizer) {
  const open3 = tokenizer.position;
  const parenthesized = tokenizer.take("LEFT_PARENTHESIS") !== null;
  tokenizer.consumeWs();
  const specifier = parseVersionMany(tokenizer);
  tokenizer.consumeWs();
  if (parenthesized && tokenizer.take("RIGHT_PARENTHESIS") === null) {
    if (!tokenizer.atEnd() && !tokenizer.peek("COMMA") && !tokenizer.peek("SEMICOLON")) {
      failAfterSpecifier(tokenizer, specifier);
    }
    tokenizer.fail(
      `expected ')' to close the version specifier opened at column ${open3 + 1}`
    );
  }
  return specifier;
}
function parseVersionMany(tokenizer) {
  const clauses = [];
  const seen = /* @__PURE__ */ new Set();
  for (; ; ) {
    const start = tokenizer.position;
    const clause = tokenizer.take("SPECIFIER");
    if (clause === null) {
      break;
    }
    if (!seen.has(clause)) {
      seen.add(clause);
      clauses.push(clause);
    }
    if (tokenizer.peek("VERSION_PREFIX_TRAIL")) {
      tokenizer.fail(
        `'.*' can only be used with '==' or '!=', not in '${clause.trim()}.*'`,
        start
      );
    }
    if (tokenizer.peek("VERSION_LOCAL_LABEL_TRAIL")) {
      tokenizer.fail(
        "a local version label ('+...') can only be used with '==' or '!='",
        start
      );
    }
    tokenizer.consumeWs();
    if (tokenizer.take("COMMA") === null) {
      break;
    }
    tokenizer.consumeWs();
  }
  return clauses.join(",");
}

// src/parse/pep508.ts
function parsePep508(text) {
  const result = parsedRequirements.get(text, parsePep508Uncached);
  return result.ok ? { ok: true, value: { ...result.value, extras: [...result.value.extras] } } : { ok: false, error: result.error };
}
var parsedRequirements = createBoundedCache(5e4);
function parsePep508Uncached(text) {
  try {
    return {
      ok: true,
      value: flattenStrings(parseRequirement(new Tokenizer(text)))
    };
  } catch (error) {
    if (error instanceof Pep508SyntaxError) {
      return { ok: false, error: error.message };
    }
    return { ok: false, error: `could not parse '${text}': ${String(error)}` };
  }
}
function flattenStrings(value) {
  return {
    ...value,
    name: copyString(value.name),
    rawName: copyString(value.rawName),
    specifier: copyString(value.specifier),
    extras: value.extras.map(copyString),
    marker: value.marker === null ? null : copyString(value.marker),
    url: value.url === null ? null : copyString(value.url)
  };
}
function parsePep508Marker(text) {
  return parsedMarkers.get(text, parsePep508MarkerUncached);
}
var parsedMarkers = createBoundedCache(5e4);
function parsePep508MarkerUncached(text) {
  try {
    const tokenizer = new Tokenizer(text);
    const marker = parseMarker(tokenizer);
    tokenizer.expectEnd("the end of the marker expression");
    return { ok: true, value: formatMarker(normalizeExtraValues(marker)) };
  } catch (error) {
    if (error instanceof Pep508SyntaxError) {
      return { ok: false, error: error.message };
    }
    return {
      ok: false,
      error: `could not parse marker '${text}': ${String(error)}`
    };
  }
}

// src/parse/toml-scan/key-lines.ts
function appendSegment(prefix, segment) {
  if (typeof segment === "number") return `${prefix}${segment}`;
  return /[\u0000-\u001f]/.test(segment) ? `${prefix}${JSON.stringify(segment)}` : `${prefix}${segment}`;
}
var KeyLines = class {
  lines = /* @__PURE__ */ new Map();
  // Tables known only through a longer header or a dotted key: an explicit `[a]` header may replace them.
  implicit = /* @__PURE__ */ new Set();
  // Current index of each array of tables, keyed by its concrete path.
  arrayTables = /* @__PURE__ */ new Map();
  recordExplicit(key, line) {
    if (!this.lines.has(key) || this.implicit.has(key)) {
      this.lines.set(key, line);
      this.implicit.delete(key);
    }
  }
  recordImplicit(key, line) {
    if (!this.lines.has(key)) {
      this.lines.set(key, line);
      this.implicit.add(key);
    }
  }
  /** Records `base.keys` (intermediate dotted keys implicitly) unless on `sameAs`, the holder's line. */
  recordKey(base, keys, line, sameAs) {
    let full = base;
    for (let k = 0; k < keys.length; k++) {
      full = appendSegment(full, keys[k]);
      if (line === sameAs) continue;
      if (k < keys.length - 1) this.recordImplicit(full, line);
      else this.recordExplicit(full, line);
    }
    return full;
  }
  /** Resolves a header's keys to a concrete path: each array of tables on the way is its latest table. */
  resolveHeader(keys, line, isArrayTable) {
    let concrete = "";
    for (let k = 0; k < keys.length; k++) {
      concrete = appendSegment(concrete, keys[k]);
      const last = k === keys.length - 1;
      if (last && isArrayTable) {
        const next = (this.arrayTables.get(concrete) ?? -1) + 1;
        this.arrayTables.set(concrete, next);
        this.recordImplicit(concrete, line);
        concrete = `${concrete}${next}`;
        this.recordExplicit(concrete, line);
        return concrete;
      }
      const current = this.arrayTables.get(concrete);
      if (current !== void 0) concrete = `${concrete}${current}`;
      if (last) this.recordExplicit(concrete, line);
      else this.recordImplicit(concrete, line);
    }
    return concrete;
  }
};

// src/parse/toml-scan/cursor.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var QUOTE = 34;
var HASH = 35;
var APOSTROPHE = 39;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function isBareKeyChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || isDigit2(c) || c === 95 || c === DASH;
}
var ScanStop = class extends Error {
};
var TOML_1_1 = "tomllib reads TOML 1.0, where";
var TomlCursor = class {
  constructor(s) {
    this.s = s;
    this.n = s.length;
    this.nextBreak = s.indexOf("\n");
  }
  s;
  /** The offset of the next character to read. */
  i = 0;
  n;
  /** The first construct tomllib would reject and smol-toml accepts. */
  violation = null;
  // Lines are counted lazily: positions are asked for in increasing order, so this stays linear. The next line
  // break is remembered, so that positions on one long line do not search the rest of it again each time.
  counted = 0;
  countedLine = 1;
  /** Offset of the first "\n" at or after `counted`; -1: none. */
  nextBreak;
  lineAt(pos) {
    if (pos < this.counted) {
      this.counted = 0;
      this.countedLine = 1;
      this.nextBreak = this.s.indexOf("\n");
    }
    let next = this.nextBreak;
    while (next !== -1 && next < pos) {
      this.countedLine++;
      next = this.s.indexOf("\n", next + 1);
    }
    this.counted = pos;
    this.nextBreak = next;
    return this.countedLine;
  }
  violate(pos, message) {
    if (this.violation === null)
      this.violation = { line: this.lineAt(pos), message };
  }
  skipBlanks() {
    for (; ; ) {
      const c = this.s.charCodeAt(this.i);
      if (c === SPACE || c === TAB) this.i++;
      else return;
    }
  }
  skipComment() {
    if (this.s.charCodeAt(this.i) !== HASH) return;
    while (this.i < this.n) {
      const c = this.s.charCodeAt(this.i);
      if (c === LF || c === CR) return;
      this.i++;
    }
  }
  skipBlanksNewlinesComments() {
    while (this.i < this.n) {
      const c = this.s.charCodeAt(this.i);
      if (c === SPACE || c === TAB || c === LF || c === CR) this.i++;
      else if (c === HASH) this.skipComment();
      else return;
    }
  }
  // TOML 1.0: an inline table is one line, without a trailing comma.
  skipInlineBlanks() {
    while (this.i < this.n) {
      const c = this.s.charCodeAt(this.i);
      if (c === SPACE || c === TAB) this.i++;
      else if (c === LF || c === CR || c === HASH) {
        this.violate(
          this.i,
          `${TOML_1_1} an inline table { ... } must stay on one line without comments`
        );
        if (c === HASH) this.skipComment();
        else this.i++;
      } else return;
    }
  }
  expect(text) {
    if (!this.s.startsWith(text, this.i))
      throw new ScanStop(`expected ${text}`);
    this.i += text.length;
  }
};

// src/parse/toml-scan/strings.ts
var SIMPLE_ESCAPES = {
  b: "\b",
  t: "	",
  n: "\n",
  f: "\f",
  r: "\r",
  '"': '"',
  "\\": "\\"
};
function readEscape(cur, multiline) {
  const { s } = cur;
  const c = s[cur.i + 1];
  if (c !== void 0 && c in SIMPLE_ESCAPES) {
    cur.i += 2;
    return SIMPLE_ESCAPES[c] ?? "";
  }
  if (c === "u" || c === "U") {
    const width = c === "u" ? 4 : 8;
    const code = Number.parseInt(s.slice(cur.i + 2, cur.i + 2 + width), 16);
    cur.i += 2 + width;
    return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : "";
  }
  if (c === "e" || c === "x") {
    cur.violate(
      cur.i,
      `${TOML_1_1} the escape \\${c} does not exist; use \\u${c === "e" ? "001B" : "00XX"}`
    );
    cur.i += c === "e" ? 2 : 4;
    return "";
  }
  if (multiline) {
    cur.i++;
    while (cur.i < cur.n && " 	\r\n".includes(s[cur.i] ?? "")) cur.i++;
    return "";
  }
  throw new ScanStop("unknown escape");
}
function skipBasicString(cur) {
  const { s } = cur;
  cur.i++;
  while (cur.i < cur.n) {
    const c = s.charCodeAt(cur.i);
    if (c === QUOTE) {
      cur.i++;
      return;
    }
    if (c === BACKSLASH) readEscape(cur, false);
    else if (c === LF) throw new ScanStop("unterminated string");
    else cur.i++;
  }
  throw new ScanStop("unterminated string");
}
function readBasicString(cur) {
  const { s } = cur;
  const start = cur.i + 1;
  skipBasicString(cur);
  const raw = s.slice(start, cur.i - 1);
  if (!raw.includes("\\")) return raw;
  cur.i = start;
  let out = "";
  for (; ; ) {
    const c = s[cur.i];
    if (c === '"') {
      cur.i++;
      return out;
    }
    if (c === "\\") out += readEscape(cur, false);
    else {
      out += c;
      cur.i++;
    }
  }
}
function readLiteralString(cur) {
  const end = cur.s.indexOf("'", cur.i + 1);
  if (end < 0) throw new ScanStop("unterminated string");
  const out = cur.s.slice(cur.i + 1, end);
  cur.i = end + 1;
  return out;
}
function skipMultilineString(cur, quote2) {
  const { s } = cur;
  cur.i += 3;
  const triple = quote2.repeat(3);
  while (cur.i < cur.n) {
    const c = s[cur.i];
    if (quote2 === '"' && c === "\\") {
      readEscape(cur, true);
      continue;
    }
    if (c === quote2 && s.startsWith(triple, cur.i)) {
      cur.i += 3;
      let extra = 0;
      while (extra < 2 && s[cur.i] === quote2) {
        cur.i++;
        extra++;
      }
      return;
    }
    cur.i++;
  }
  throw new ScanStop("unterminated multi-line string");
}
function readKey(cur) {
  const { s } = cur;
  const keys = [];
  for (; ; ) {
    cur.skipBlanks();
    const c = s.charCodeAt(cur.i);
    if (c === QUOTE) keys.push(readBasicString(cur));
    else if (c === APOSTROPHE) keys.push(readLiteralString(cur));
    else {
      const start = cur.i;
      while (cur.i < cur.n && isBareKeyChar(s.charCodeAt(cur.i))) cur.i++;
      if (cur.i === start) throw new ScanStop("expected a key");
      keys.push(s.slice(start, cur.i));
    }
    cur.skipBlanks();
    if (s.charCodeAt(cur.i) !== DOT) return keys;
    cur.i++;
  }
}

// src/parse/toml-scan/unread-values.ts
function unreadAt(unreadValues, arrayTable, keys) {
  if (arrayTable === null || keys.length !== 1) return null;
  for (const entry of unreadValues)
    if (entry.arrayTable === arrayTable && entry.key === keys[0]) return entry;
  return null;
}
function skipUnread(cur, value, unread) {
  if (value.shape === "lines")
    return cur.s.charCodeAt(cur.i) === OPEN_BRACKET && skipUnreadLines(cur, value.pattern, unread);
  if (cur.s.charCodeAt(cur.i) !== OPEN_BRACE) return false;
  value.pattern.lastIndex = cur.i;
  if (!value.pattern.test(cur.s)) return false;
  unread.push({
    start: cur.i,
    end: value.pattern.lastIndex,
    replacement: "{}"
  });
  cur.i = value.pattern.lastIndex;
  return true;
}
function skipUnreadLines(cur, element, unread) {
  const { s } = cur;
  let p = cur.i + 1;
  if (s.charCodeAt(p) === CR) p++;
  if (s.charCodeAt(p) !== LF) return false;
  p++;
  const start = p;
  let count = 0;
  while (s.charCodeAt(p) !== CLOSE_BRACKET) {
    element.lastIndex = p;
    if (!element.test(s)) return false;
    p = element.lastIndex;
    count++;
  }
  unread.push({ start, end: p, replacement: "\n".repeat(count) });
  cur.i = p + 1;
  return true;
}
function withoutRanges(text, ranges) {
  if (ranges.length === 0) return text;
  const parts = [];
  let last = 0;
  for (const range2 of ranges) {
    parts.push(text.slice(last, range2.start), range2.replacement);
    last = range2.end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

// src/parse/toml-scan/values.ts
var MAX_DEPTH = 1e3;
var TOO_DEEP = `arrays and inline tables nested more than ${MAX_DEPTH} levels deep`;
var ValueReader = class {
  constructor(cur, keyLines) {
    this.cur = cur;
    this.keyLines = keyLines;
  }
  cur;
  keyLines;
  /** Reads the value at `key`, which is located on `holderLine`, inside `depth` arrays and inline tables. */
  read(key, holderLine, depth) {
    const { cur } = this;
    const c = cur.s.charCodeAt(cur.i);
    if ((c === OPEN_BRACKET || c === OPEN_BRACE) && depth >= MAX_DEPTH) {
      cur.violate(cur.i, TOO_DEEP);
      throw new ScanStop(TOO_DEEP);
    }
    if (c === QUOTE || c === APOSTROPHE) {
      if (cur.s.charCodeAt(cur.i + 1) === c && cur.s.charCodeAt(cur.i + 2) === c)
        skipMultilineString(cur, c === QUOTE ? '"' : "'");
      else if (c === QUOTE) skipBasicString(cur);
      else readLiteralString(cur);
    } else if (c === OPEN_BRACKET) {
      this.readArray(key, holderLine, depth);
    } else if (c === OPEN_BRACE) {
      this.readInlineTable(key, holderLine, depth);
    } else readScalar(cur);
  }
  readArray(key, holderLine, depth) {
    const { cur } = this;
    cur.i++;
    for (let index = 0; ; index++) {
      cur.skipBlanksNewlinesComments();
      if (cur.s.charCodeAt(cur.i) === CLOSE_BRACKET) {
        cur.i++;
        return;
      }
      if (cur.i >= cur.n) throw new ScanStop("unterminated array");
      const element = `${key}${index}`;
      const line = cur.lineAt(cur.i);
      if (line !== holderLine) this.keyLines.recordExplicit(element, line);
      this.read(element, line, depth + 1);
      cur.skipBlanksNewlinesComments();
      const next = cur.s.charCodeAt(cur.i);
      if (next === COMMA) cur.i++;
      else if (next === CLOSE_BRACKET) {
        cur.i++;
        return;
      } else throw new ScanStop("expected , or ]");
    }
  }
  readInlineTable(key, holderLine, depth) {
    const { cur } = this;
    cur.i++;
    cur.skipInlineBlanks();
    if (cur.s.charCodeAt(cur.i) === CLOSE_BRACE) {
      cur.i++;
      return;
    }
    for (; ; ) {
      const line = cur.lineAt(cur.i);
      const keys = readKey(cur);
      cur.expect("=");
      cur.skipInlineBlanks();
      this.read(
        this.keyLines.recordKey(key, keys, line, holderLine),
        line,
        depth + 1
      );
      cur.skipInlineBlanks();
      const next = cur.s.charCodeAt(cur.i);
      if (next === COMMA) {
        cur.i++;
        cur.skipInlineBlanks();
        if (cur.s.charCodeAt(cur.i) === CLOSE_BRACE) {
          cur.violate(
            cur.i,
            `${TOML_1_1} an inline table { ... } cannot end with a comma`
          );
          cur.i++;
          return;
        }
      } else if (next === CLOSE_BRACE) {
        cur.i++;
        return;
      } else throw new ScanStop("expected , or }");
    }
  }
};
function readScalar(cur) {
  const { s } = cur;
  const start = cur.i;
  while (cur.i < cur.n) {
    const c = s.charCodeAt(cur.i);
    if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === HASH || c === LF || c === CR)
      break;
    cur.i++;
  }
  if (cur.i === start) throw new ScanStop("expected a value");
  if (isDigit2(s.charCodeAt(start)) && (s.charCodeAt(start + 2) === COLON || s.charCodeAt(start + 4) === DASH))
    checkDateTime(cur, s.slice(start, cur.i).trim(), start);
}
function checkDateTime(cur, token, pos) {
  if (/^\d{2}:\d{2}(?!:\d)/.test(token)) {
    cur.violate(
      pos,
      `${TOML_1_1} a time needs seconds (write ${token.slice(0, 5)}:00)`
    );
    return;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(:\d{2})?)?/.exec(token);
  if (date === null) return;
  const [, year, month, day, hour, , seconds] = date;
  if (hour !== void 0 && seconds === void 0) {
    cur.violate(pos, `${TOML_1_1} a time needs seconds (in ${token})`);
    return;
  }
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  if (d < 1 || d > days)
    cur.violate(pos, `${token} is not a date: month ${m} has no day ${d}`);
}

// src/parse/toml-scan/scan-positions.ts
function scanPositions(text, unreadValues, onUnreadKey) {
  const cur = new TomlCursor(text);
  const keyLines = new KeyLines();
  const state = {
    cur,
    keyLines,
    values: new ValueReader(cur, keyLines),
    unreadValues,
    unread: [],
    table: "",
    arrayTable: null,
    onUnreadKey
  };
  try {
    while (cur.i < cur.n) {
      cur.skipBlanksNewlinesComments();
      if (cur.i >= cur.n) break;
      const line = cur.lineAt(cur.i);
      if (cur.s.charCodeAt(cur.i) === OPEN_BRACKET) readHeader(state, line);
      else readEntry(state, line);
      cur.skipBlanks();
      cur.skipComment();
    }
  } catch (error) {
    if (!(error instanceof ScanStop)) throw error;
  }
  return {
    lines: state.keyLines.lines,
    violation: cur.violation,
    unread: state.unread
  };
}
function readHeader(state, line) {
  const { cur } = state;
  const isArrayTable = cur.s.charCodeAt(cur.i + 1) === OPEN_BRACKET;
  cur.i += isArrayTable ? 2 : 1;
  const keys = readKey(cur);
  cur.expect(isArrayTable ? "]]" : "]");
  state.table = state.keyLines.resolveHeader(keys, line, isArrayTable);
  state.arrayTable = isArrayTable && keys.length === 1 ? keys[0] ?? null : null;
}
function readEntry(state, line) {
  const { cur } = state;
  const start = cur.i;
  const keys = readKey(cur);
  cur.expect("=");
  cur.skipBlanks();
  const key = state.keyLines.recordKey(state.table, keys, line, -1);
  const unreadValue = unreadAt(state.unreadValues, state.arrayTable, keys);
  if (unreadValue !== null) state.onUnreadKey?.(start);
  if (unreadValue === null || !skipUnread(cur, unreadValue, state.unread))
    state.values.read(key, line, 0);
}

// src/parse/toml.ts
function parseToml(text, path, options = {}) {
  try {
    if (text.charCodeAt(0) === 65279) {
      return invalid(
        1,
        "invalid TOML: the file starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM"
      );
    }
    const scan = scanPositions(text, options.unread ?? [], options.onUnreadKey);
    let value;
    try {
      value = parse(withoutRanges(text, scan.unread), {
        integersAsBigInt: "asNeeded",
        maxDepth: MAX_DEPTH
      });
    } catch (error) {
      if (error instanceof TomlError) {
        return invalid(error.line, `invalid TOML: ${describeTomlError(error)}`);
      }
      return invalid(null, `invalid TOML in ${path}: ${String(error)}`);
    }
    if (scan.violation !== null) {
      return invalid(
        scan.violation.line,
        `invalid TOML: ${scan.violation.message}`
      );
    }
    const lines = scan.lines;
    const lineOf2 = (keyPath) => {
      const prefixes = [];
      let key = "";
      for (const segment of keyPath) {
        key = appendSegment(key, segment);
        prefixes.push(key);
      }
      for (let k = prefixes.length - 1; k >= 0; k--) {
        const line = lines.get(prefixes[k]);
        if (line !== void 0) return line;
      }
      return void 0;
    };
    return { value: { value, lineOf: lineOf2 }, diagnostics: [] };
  } catch (error) {
    return invalid(null, `could not read TOML: ${String(error)}`);
  }
}
function invalid(line, message) {
  const diagnostic = { severity: "error", line, message };
  return { value: null, diagnostics: [diagnostic] };
}
function describeTomlError(error) {
  const firstLine = error.message.split("\n", 1)[0] ?? "";
  let what = firstLine.replace(/^Invalid TOML document:\s*/, "");
  if (what.startsWith("document contains excessively nested structures"))
    what = TOO_DEEP;
  return `${what} (line ${error.line}, column ${error.column})`;
}

// src/parse/toml-table-reader.ts
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function describeType(value) {
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (isTable(value)) return "a table";
  if (typeof value === "bigint") return "a number";
  return `a ${typeof value}`;
}
function formatPath(keyPath) {
  let out = "";
  for (const key of keyPath) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const bare = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
      out += out === "" ? bare : `.${bare}`;
    }
  }
  return out;
}
var TomlTableReader = class {
  constructor(doc, path) {
    this.doc = doc;
    this.path = path;
    this.root = doc.value;
  }
  doc;
  path;
  diagnostics = [];
  root;
  get(keyPath) {
    let value = this.root;
    for (const key of keyPath) {
      if (typeof key === "number")
        value = Array.isArray(value) ? value[key] : void 0;
      else
        value = isTable(value) && Object.hasOwn(value, key) ? value[key] : void 0;
      if (value === void 0) return void 0;
    }
    return value;
  }
  line(keyPath) {
    return this.doc.lineOf(keyPath) ?? 1;
  }
  error(keyPath, message, severity = "error") {
    this.diagnostics.push({
      severity,
      line: this.line(keyPath),
      message: `${formatPath(keyPath)}: ${message}`
    });
  }
  /** The table at keyPath; null (with an error) when something else is there, null when absent. */
  table(keyPath) {
    const value = this.get(keyPath);
    if (value === void 0) return null;
    if (isTable(value)) return value;
    this.error(keyPath, `must be a table, not ${describeType(value)}`);
    return null;
  }
  array(keyPath) {
    const value = this.get(keyPath);
    if (value === void 0) return null;
    if (Array.isArray(value)) return value;
    this.error(keyPath, `must be an array, not ${describeType(value)}`);
    return null;
  }
  optionalString(keyPath) {
    const value = this.get(keyPath);
    if (value === void 0) return null;
    if (typeof value === "string") return value;
    this.error(keyPath, `must be a string, not ${describeType(value)}`);
    return null;
  }
  stringArray(keyPath) {
    const out = [];
    (this.array(keyPath) ?? []).forEach((item, index) => {
      if (typeof item === "string") out.push(item);
      else
        this.error(
          [...keyPath, index],
          `must be a string, not ${describeType(item)}`
        );
    });
    return out;
  }
};

// src/parse/toml-fields.ts
function parseTomlLock(text, path, format) {
  const diagnostics = [];
  try {
    const root = parseTomlFields(
      text,
      path,
      diagnostics,
      format.name,
      format.unknownKeyHint,
      format.toml
    );
    return {
      value: root === null ? format.empty() : format.read(root),
      diagnostics
    };
  } catch (error) {
    diagnostics.push({
      severity: "error",
      line: null,
      message: `could not read this ${format.name} (${String(error)}); its packages are missing from the audit`
    });
    return { value: format.empty(), diagnostics };
  }
}
function parseTomlFields(text, file, diagnostics, what, unknownKeyHint = "", options = {}) {
  const toml = parseToml(text, file, options);
  append(diagnostics, toml.diagnostics);
  if (toml.value === null) return null;
  const ctx = {
    doc: toml.value,
    file,
    diagnostics,
    reportedKeys: /* @__PURE__ */ new Set(),
    unknownKeyHint
  };
  return new Fields(ctx, toml.value.value, [], what);
}
var Fields = class _Fields {
  constructor(ctx, fields, at2, what) {
    this.ctx = ctx;
    this.fields = fields;
    this.at = at2;
    this.what = what;
  }
  ctx;
  fields;
  at;
  what;
  named(what) {
    return new _Fields(this.ctx, this.fields, this.at, what);
  }
  keys() {
    return Object.keys(this.fields);
  }
  has(key) {
    return this.fields[key] !== void 0;
  }
  /** 1-based line of the table, or of one of its keys. */
  line(key) {
    return this.ctx.doc.lineOf(key === void 0 ? this.at : [...this.at, key]) ?? 1;
  }
  report(severity, message, key) {
    const at2 = key === void 0 ? this.at : [...this.at, key];
    this.ctx.diagnostics.push({
      severity,
      line: this.ctx.doc.lineOf(at2) ?? null,
      message
    });
  }
  checkKeys(known) {
    for (const key of this.keys()) {
      if (known.has(key)) continue;
      const id = [
        ...this.at.filter((part) => typeof part === "string"),
        key
      ].join(".");
      if (this.ctx.reportedKeys.has(id)) continue;
      this.ctx.reportedKeys.add(id);
      this.report(
        "notice",
        `${this.what}: unknown key \`${key}\` ignored${this.ctx.unknownKeyHint}`,
        key
      );
    }
  }
  /**
   * The string that identifies this entry (a package's `name`). Without one the entry cannot be
   * used: an error says so, naming the entry as `entry` (`"a [[package]]"`), and the result is null.
   */
  requiredString(key, entry) {
    const value = this.fields[key];
    if (typeof value === "string") return value;
    const found = value === void 0 ? `has no \`${key}\`` : `has a \`${key}\` that is ${describeValue(value)}`;
    this.report(
      "error",
      `${entry} ${found}; entry skipped`,
      value === void 0 ? void 0 : key
    );
    return null;
  }
  string(key) {
    const value = this.fields[key];
    if (value === void 0 || typeof value === "string") return value ?? null;
    this.wrongType(key, "a string", value);
    return null;
  }
  integer(key) {
    const value = this.fields[key];
    if (value === void 0) return null;
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "number" && Number.isInteger(value)) return value;
    this.wrongType(key, "an integer", value);
    return null;
  }
  boolean(key) {
    const value = this.fields[key];
    if (value === void 0 || typeof value === "boolean") return value ?? null;
    this.wrongType(key, "a boolean", value);
    return null;
  }
  table(key, what = this.what) {
    const value = this.fields[key];
    if (value === void 0) return null;
    if (isTable(value))
      return new _Fields(this.ctx, value, [...this.at, key], what);
    this.wrongType(key, "a table", value);
    return null;
  }
  /** The strings of an array; other elements are reported and skipped. */
  strings(key) {
    const result = [];
    this.array(key).forEach((item, index) => {
      const at2 = [...this.at, key, index];
      if (typeof item === "string") result.push({ value: item, at: at2 });
      else this.skipItem(key, index, "strings", item);
    });
    return result;
  }
  /** The tables of an array (inline or `[[...]]`); other elements are reported and skipped. */
  tables(key) {
    const result = [];
    this.array(key).forEach((item, index) => {
      if (isTable(item)) {
        result.push(
          new _Fields(this.ctx, item, [...this.at, key, index], this.what)
        );
      } else this.skipItem(key, index, "tables", item);
    });
    return result;
  }
  array(key) {
    const value = this.fields[key];
    if (value === void 0) return [];
    if (Array.isArray(value)) return value;
    this.wrongType(key, "an array", value);
    return [];
  }
  wrongType(key, expected, value) {
    this.report(
      "error",
      `${this.what}: \`${key}\` must be ${expected}, found ${describeValue(value)}`,
      key
    );
  }
  skipItem(key, index, expected, item) {
    this.ctx.diagnostics.push({
      severity: "error",
      line: this.ctx.doc.lineOf([...this.at, key, index]) ?? null,
      message: `${this.what}: \`${key}\` must hold ${expected}, found ${describeValue(item)}; entry skipped`
    });
  }
};
function normalizeMarker(ctx, marker, at2) {
  const parsed = parsePep508Marker(marker);
  if (parsed.ok) return parsed.value;
  ctx.diagnostics.push({
    severity: "warning",
    line: ctx.doc.lineOf(at2) ?? null,
    message: `marker "${marker}" is not a valid PEP 508 marker: ${parsed.error}`
  });
  return marker;
}
function keySet(keys) {
  return new Set(keys.split(" "));
}
function describeValue(value) {
  if (typeof value === "string") return "a string";
  if (typeof value === "number")
    return Number.isInteger(value) ? "an integer" : "a float";
  if (typeof value === "bigint") return "an integer";
  if (typeof value === "boolean") return "a boolean";
  if (value instanceof TomlDate && !value.isDateTime())
    return value.isDate() ? "a date" : "a time";
  if (value instanceof Date) return "a date-time";
  if (Array.isArray(value)) return "an array";
  if (value === null || value === void 0) return "nothing";
  return "a table";
}

// src/parse/poetry-lock.ts
var TOP_KEYS = keySet("package metadata extras");
var METADATA_KEYS = keySet("lock-version python-versions content-hash files");
var PACKAGE_KEYS = keySet(
  "name version description optional python-versions groups markers files develop source dependencies extras category"
);
var SOURCE_KEYS = keySet(
  "type url reference resolved_reference subdirectory"
);
var DEPENDENCY_KEYS = keySet(
  "version markers optional extras python platform source url git path develop rev branch tag subdirectory allow-prereleases"
);
var SOURCE_TYPES = {
  git: "git",
  url: "url",
  file: "path",
  directory: "directory",
  legacy: "registry"
};
function parsePoetryLock(text, path) {
  return parseTomlLock(text, path, {
    name: "poetry.lock",
    empty: emptyPoetryLock,
    read: readPoetryLock
  });
}
function emptyPoetryLock() {
  return { lockVersion: null, contentHash: null, packages: [] };
}
function readPoetryLock(root) {
  const lock = emptyPoetryLock();
  root.checkKeys(TOP_KEYS);
  const metadata = root.table("metadata", "[metadata]");
  if (metadata !== null) {
    metadata.checkKeys(METADATA_KEYS);
    lock.lockVersion = metadata.string("lock-version");
    lock.contentHash = metadata.string("content-hash");
    if (lock.lockVersion !== null && !/^[12](\.\d+)?$/.test(lock.lockVersion)) {
      metadata.report(
        "warning",
        `unknown poetry.lock lock-version "${lock.lockVersion}": results may be incomplete`,
        "lock-version"
      );
    }
  } else if (!root.has("metadata")) {
    root.report(
      "warning",
      "poetry.lock has no [metadata]: results may be incomplete"
    );
  }
  for (const pkg of root.tables("package")) {
    const read2 = readPackage(pkg);
    if (read2 !== null) lock.packages.push(read2);
  }
  return lock;
}
function readPackage(pkg) {
  const rawName = pkg.requiredString("name", "a [[package]]");
  if (rawName === null) return null;
  pkg = pkg.named(`package "${rawName}"`);
  pkg.checkKeys(PACKAGE_KEYS);
  const version = pkg.string("version");
  if (!pkg.has("version"))
    pkg.report("error", `${pkg.what} has no \`version\``);
  const { source, sourceUrl: sourceUrl2 } = readSource(pkg);
  const deps = pkg.table("dependencies");
  const dependencies = deps === null ? [] : readDependencies(deps);
  return {
    name: normalizeName(rawName),
    version,
    source,
    sourceUrl: sourceUrl2,
    marker: readPackageMarkers(pkg),
    dependencies,
    file: pkg.ctx.file,
    line: pkg.line("name")
  };
}
function readSource(pkg) {
  const table = pkg.table("source");
  if (table === null) return { source: "registry", sourceUrl: null };
  table.named(`${pkg.what} [package.source]`).checkKeys(SOURCE_KEYS);
  const type = table.string("type");
  const sourceUrl2 = table.string("url");
  let source = type === null ? "unknown" : SOURCE_TYPES[type] ?? "unknown";
  if (source === "unknown") {
    const found = type === null ? "no `type`" : `the unknown type "${type}"`;
    table.report(
      "warning",
      `${pkg.what}: [package.source] has ${found}; source reported as unknown`
    );
  }
  if (source === "directory" && pkg.boolean("develop") === true) {
    source = "editable";
  }
  return { source, sourceUrl: sourceUrl2 };
}
function readPackageMarkers(pkg) {
  const value = pkg.fields.markers;
  if (value === void 0) return null;
  if (typeof value === "string") {
    return normalizeMarker(pkg.ctx, value, [...pkg.at, "markers"]);
  }
  const groups = pkg.table("markers");
  if (groups === null) return null;
  const markers = [];
  for (const group of groups.keys()) {
    const marker = groups.string(group);
    if (marker === null) continue;
    const normalized = normalizeMarker(pkg.ctx, marker, [...groups.at, group]);
    if (!markers.includes(normalized)) markers.push(normalized);
  }
  if (markers.length <= 1) return markers[0] ?? null;
  return markers.map((marker) => `(${marker})`).join(" or ");
}
function readDependencies(deps) {
  const result = [];
  for (const name of deps.keys()) {
    const value = deps.fields[name];
    const label = `${deps.what} dependency "${name}"`;
    if (typeof value === "string") {
      result.push({
        name: normalizeName(name),
        specifier: translateConstraint(deps, name, value, label),
        marker: null,
        extras: []
      });
    } else if (Array.isArray(value)) {
      for (const entry of deps.named(`${deps.what} [package.dependencies]`).tables(name)) {
        result.push(readDependencyTable(entry.named(label), name));
      }
    } else if (isTable(value)) {
      const table = deps.table(name, label);
      if (table !== null) result.push(readDependencyTable(table, name));
    } else {
      deps.report(
        "error",
        `${label} must be a constraint string or a table, found ${describeValue(value)}; entry skipped`,
        name
      );
    }
  }
  return result;
}
function readDependencyTable(table, rawName) {
  table.checkKeys(DEPENDENCY_KEYS);
  const constraint = table.string("version");
  const specifier = constraint === null ? "" : translateConstraint(table, "version", constraint, table.what);
  const clauses = [];
  const markers = table.string("markers");
  if (markers !== null) clauses.push(markers);
  const python = table.string("python");
  if (python !== null) {
    const marker = pythonMarker(table, python);
    if (marker !== null) clauses.push(marker);
  }
  const platform = table.string("platform");
  if (platform !== null) {
    clauses.push(`sys_platform == ${JSON.stringify(platform)}`);
  }
  const joined = clauses.length <= 1 ? clauses[0] ?? null : clauses.map((clause) => `(${clause})`).join(" and ");
  const markerAt = markers !== null ? [...table.at, "markers"] : table.at;
  return {
    name: normalizeName(rawName),
    specifier,
    marker: joined === null ? null : normalizeMarker(table.ctx, joined, markerAt),
    extras: table.strings("extras").map(({ value }) => normalizeName(value))
  };
}
function translateConstraint(at2, key, constraint, label) {
  const translated = poetryConstraintToPep440(constraint);
  if (translated.ok) return translated.specifier;
  at2.report(
    "warning",
    `${label}: constraint "${constraint}" has no PEP 440 equivalent (${translated.error}); read as any version`,
    key
  );
  return "";
}
function pythonMarker(table, constraint) {
  const translated = poetryConstraintToPep440(constraint);
  if (!translated.ok) {
    table.report(
      "warning",
      `${table.what}: python constraint "${constraint}" has no PEP 440 equivalent (${translated.error}); ignored`,
      "python"
    );
    return null;
  }
  if (translated.specifier === "") return null;
  const clauses = [];
  for (const clause of translated.specifier.split(",")) {
    const match = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause.trim());
    if (match === null) {
      table.report(
        "warning",
        `${table.what}: python constraint "${constraint}" could not become a marker; ignored`,
        "python"
      );
      return null;
    }
    clauses.push(`python_version ${match[1]} ${JSON.stringify(match[2])}`);
  }
  return clauses.join(" and ");
}

// src/parse/pylock.ts
var TOP_KEYS2 = keySet(
  "lock-version environments requires-python extras dependency-groups default-groups created-by packages tool"
);
var PACKAGE_KEYS2 = keySet(
  "name version marker requires-python dependencies vcs directory archive index sdist wheels attestation-identities tool"
);
var VCS_KEYS = keySet(
  "type url path requested-revision commit-id subdirectory"
);
var DIRECTORY_KEYS = keySet("path editable subdirectory");
var ARCHIVE_KEYS = keySet("url path size hashes subdirectory upload-time");
var FILE_KEYS = keySet("name upload-time url path size hashes");
function parsePylock(text, path) {
  return parseTomlLock(text, path, {
    name: "pylock.toml",
    empty: emptyPylock,
    read: readPylock
  });
}
function emptyPylock() {
  return {
    lockVersion: null,
    requiresPython: null,
    createdBy: null,
    packages: []
  };
}
function readPylock(root) {
  const lock = emptyPylock();
  root.checkKeys(TOP_KEYS2);
  lock.lockVersion = root.string("lock-version");
  if (!root.has("lock-version")) {
    root.report(
      "warning",
      "pylock.toml has no `lock-version`: results may be incomplete"
    );
  } else if (lock.lockVersion !== null && !/^1(\.\d+)?$/.test(lock.lockVersion)) {
    root.report(
      "warning",
      `unknown pylock.toml lock-version "${lock.lockVersion}": results may be incomplete`,
      "lock-version"
    );
  }
  lock.requiresPython = root.string("requires-python");
  lock.createdBy = root.string("created-by");
  for (const pkg of root.tables("packages")) {
    const read2 = readPackage2(pkg);
    if (read2 !== null) lock.packages.push(read2);
  }
  return lock;
}
function readPackage2(pkg) {
  const rawName = pkg.requiredString("name", "a [[packages]]");
  if (rawName === null) return null;
  pkg = pkg.named(`package "${rawName}"`);
  pkg.checkKeys(PACKAGE_KEYS2);
  const version = pkg.string("version");
  const rawMarker = pkg.string("marker");
  const index = pkg.string("index");
  const { source, sourceUrl: sourceUrl2 } = readSource2(pkg, index);
  const dependencies = [];
  for (const dep of pkg.tables("dependencies")) {
    const name = dep.fields.name;
    if (typeof name !== "string") {
      dep.report(
        "warning",
        `${pkg.what}: a dependency without a string \`name\` cannot be followed; ignored`
      );
      continue;
    }
    const depVersion = dep.string("version");
    dependencies.push({
      name: normalizeName(name),
      specifier: depVersion === null ? "" : `==${depVersion}`,
      marker: null,
      extras: []
    });
  }
  return {
    name: normalizeName(rawName),
    version,
    source,
    sourceUrl: sourceUrl2,
    marker: rawMarker === null ? null : normalizeMarker(pkg.ctx, rawMarker, [...pkg.at, "marker"]),
    dependencies,
    file: pkg.ctx.file,
    line: pkg.line("name"),
    uploadTime: readUploadTime(pkg),
    index
  };
}
function readSource2(pkg, index) {
  const present = ["vcs", "directory", "archive"].filter((key) => pkg.has(key));
  const hasFiles = pkg.has("sdist") || pkg.has("wheels");
  if (present.length + (hasFiles ? 1 : 0) > 1) {
    const kinds = [...present, ...hasFiles ? ["sdist/wheels"] : []].join(
      ", "
    );
    pkg.report(
      "error",
      `${pkg.what} has more than one source (${kinds}); PEP 751 allows exactly one`
    );
  }
  const vcs = pkg.table("vcs");
  if (vcs !== null) {
    vcs.named(`${pkg.what} vcs`).checkKeys(VCS_KEYS);
    const type = vcs.string("type");
    if (type !== null && type !== "git") {
      vcs.report(
        "notice",
        `${pkg.what}: vcs type "${type}" is reported as a git source`,
        "type"
      );
    }
    return {
      source: "git",
      sourceUrl: vcs.string("url") ?? vcs.string("path")
    };
  }
  const directory = pkg.table("directory");
  if (directory !== null) {
    directory.named(`${pkg.what} directory`).checkKeys(DIRECTORY_KEYS);
    const editable = directory.boolean("editable");
    return {
      source: editable === true ? "editable" : "directory",
      sourceUrl: directory.string("path")
    };
  }
  const archive = pkg.table("archive");
  if (archive !== null) {
    archive.named(`${pkg.what} archive`).checkKeys(ARCHIVE_KEYS);
    const url = archive.string("url");
    if (url !== null) return { source: "url", sourceUrl: url };
    return { source: "path", sourceUrl: archive.string("path") };
  }
  if (hasFiles) return { source: "registry", sourceUrl: index };
  pkg.report(
    "warning",
    `${pkg.what} names no source (vcs, directory, archive, sdist or wheels)`
  );
  return { source: "unknown", sourceUrl: null };
}
function readUploadTime(pkg) {
  const files = [];
  const sdist = pkg.table("sdist");
  if (sdist !== null) files.push(sdist);
  append(files, pkg.tables("wheels"));
  for (const file of files) file.named(`${pkg.what} file`).checkKeys(FILE_KEYS);
  const archive = pkg.fields.archive;
  if (isTable(archive)) {
    files.push(new Fields(pkg.ctx, archive, [...pkg.at, "archive"], pkg.what));
  }
  let latest = null;
  for (const file of files) {
    const value = file.fields["upload-time"];
    if (value === void 0) continue;
    if (!(value instanceof Date) || value instanceof TomlDate && !value.isDateTime()) {
      file.report(
        "warning",
        `${pkg.what}: \`upload-time\` must be a TOML date-time, found ${describeValue(value)}; ignored`,
        "upload-time"
      );
      continue;
    }
    const time = value.getTime();
    if (Number.isNaN(time)) continue;
    if (latest === null || time > latest) latest = time;
  }
  return latest === null ? null : new Date(latest).toISOString();
}

// src/parse/entry-limit.ts
var MAX_ENTRIES_PER_FILE = 2e5;
function tooManyEntries(line, installer) {
  return {
    severity: "error",
    line,
    rule: "unauditable",
    message: `more than ${MAX_ENTRIES_PER_FILE.toLocaleString("en-US")} requirements in one file: pin-audit stops reading here, so what ${installer} reads from here on was not audited`
  };
}

// src/parse/markers/marker-atoms.ts
var OTHER = "\0other";
var KNOWN_PLATFORMS = [
  ["win32", "Windows", "nt"],
  ["linux", "Linux", "posix"],
  ["darwin", "Darwin", "posix"],
  ["cygwin", "CYGWIN_NT-10.0", "posix"],
  ["emscripten", "Emscripten", "posix"],
  ["wasi", "WASI", "posix"],
  ["freebsd14", "FreeBSD", "posix"],
  ["openbsd7", "OpenBSD", "posix"],
  ["aix", "AIX", "posix"],
  ["sunos5", "SunOS", "posix"],
  ["android", "Android", "posix"],
  ["ios", "iOS", "posix"]
].map(([sys_platform, platform_system, os_name]) => ({
  sys_platform,
  platform_system,
  os_name
}));
var UV_SYSTEM_TO_PLATFORM = {
  Windows: "win32",
  Darwin: "darwin",
  Linux: "linux"
};
var KNOWN_IMPLEMENTATIONS = [
  ["cpython", "CPython"],
  ["pypy", "PyPy"],
  ["graalpy", "GraalVM"],
  ["ironpython", "IronPython"],
  ["jython", "Jython"]
].map(([implementation_name, platform_python_implementation]) => ({
  implementation_name,
  platform_python_implementation
}));
var PLATFORM_VARIABLES = /* @__PURE__ */ new Set([
  "sys_platform",
  "platform_system",
  "os_name"
]);
var IMPLEMENTATION_VARIABLES = /* @__PURE__ */ new Set([
  "implementation_name",
  "platform_python_implementation"
]);
var ALIASES = {
  python_implementation: "platform_python_implementation"
};
var PYTHON_GRID = (() => {
  const out = [];
  for (let minor = 0; minor <= 7; minor++)
    for (let patch = 0; patch <= 18; patch++) out.push(`2.${minor}.${patch}`);
  for (let minor = 0; minor <= 30; minor++)
    for (let patch = 0; patch <= 30; patch++) out.push(`3.${minor}.${patch}`);
  return out;
})();
function listPythonCandidates(named) {
  const wanted = /* @__PURE__ */ new Set(["2.7.18", "3.30.30"]);
  for (let minor = 0; minor <= 7; minor++) wanted.add(`2.${minor}.0`);
  for (let minor = 0; minor <= 30; minor++) wanted.add(`3.${minor}.0`);
  for (const text of named) {
    const release = /^\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
    if (release === null) continue;
    const major = Number(release[1]);
    const minor = Number(release[2] ?? 0);
    const patch = Number(release[3] ?? 0);
    for (const m of [minor - 1, minor, minor + 1])
      for (const p of [0, patch - 1, patch, patch + 1, 18, 30])
        if (m >= 0 && p >= 0) wanted.add(`${major}.${m}.${p}`);
  }
  gridSet ??= new Set(PYTHON_GRID);
  const grid = gridSet;
  return [...wanted].filter((v) => grid.has(v));
}
var gridSet;
function classifyComparison(node, model) {
  const free = {
    dimension: `free:${node.left.value}${node.op}${node.right.value}`,
    test: (value) => value === true
  };
  const leftIsVariable = node.left.kind === "variable";
  if (leftIsVariable === (node.right.kind === "variable")) return free;
  const rawVariable = leftIsVariable ? node.left.value : node.right.value;
  const variable = ALIASES[rawVariable] ?? rawVariable;
  const literal2 = leftIsVariable ? node.right.value : node.left.value;
  const op = node.op;
  if (variable === "python_version" || variable === "python_full_version") {
    if (!comparesAsVersion(op, literal2, leftIsVariable)) return free;
    const short = variable === "python_version";
    return {
      dimension: "python",
      test: (value) => {
        const full = value;
        const own = short ? full.split(".").slice(0, 2).join(".") : full;
        return comparePython(own, op, literal2, leftIsVariable) ?? false;
      }
    };
  }
  if (variable === "extra") {
    if (op !== "==" && op !== "!=") return free;
    const requested = {
      dimension: `extra:${normalizeName(literal2)}`,
      test: (value) => value === true
    };
    return op === "==" ? requested : { ...requested, test: (v) => v !== true };
  }
  if ((variable === "extras" || variable === "dependency_groups") && !leftIsVariable && (op === "in" || op === "not in")) {
    const prefix = variable === "extras" ? "extra" : "group";
    return {
      dimension: `${prefix}:${normalizeName(literal2)}`,
      test: (value) => value === true === (op === "in")
    };
  }
  const inPlatform = PLATFORM_VARIABLES.has(variable);
  const inImplementation = IMPLEMENTATION_VARIABLES.has(variable);
  const stringTest = makeStringTest(op, literal2, leftIsVariable);
  if (stringTest === null) return free;
  if (inPlatform && !(model === "uv" && variable === "os_name"))
    return {
      dimension: "platform",
      test: (value) => stringTest(value[variable])
    };
  if (inImplementation)
    return {
      dimension: "implementation",
      test: (value) => stringTest(value[variable])
    };
  return {
    dimension: `var:${variable}`,
    test: (value) => stringTest(value)
  };
}
function makeStringTest(op, literal2, variableOnLeft) {
  const known = (value) => value !== OTHER;
  switch (op) {
    case "==":
    case "===":
      return (value) => value === literal2;
    case "!=":
      return (value) => value !== literal2;
    case "in":
      return variableOnLeft ? (value) => known(value) && literal2.includes(value) : (value) => known(value) && value.includes(literal2);
    case "not in":
      return variableOnLeft ? (value) => !(known(value) && literal2.includes(value)) : (value) => !(known(value) && value.includes(literal2));
    default:
      return null;
  }
}
var FLIP = {
  "<": ">",
  ">": "<",
  "<=": ">=",
  ">=": "<=",
  "==": "==",
  "!=": "!=",
  "===": "==="
};
function comparesAsVersion(op, literal2, variableOnLeft) {
  if (op === "in" || op === "not in") return true;
  const effective = variableOnLeft ? op : FLIP[op];
  return effective !== void 0 && parseSpecifierSet(`${effective}${literal2}`).ok;
}
function comparePython(value, op, literal2, variableOnLeft) {
  if (op === "in" || op === "not in") {
    const inside = variableOnLeft ? literal2.includes(value) : value.includes(literal2);
    return op === "in" ? inside : !inside;
  }
  const effective = variableOnLeft ? op : FLIP[op];
  if (effective === void 0) return null;
  const set = parseSpecifierSet(`${effective}${literal2}`);
  return set.ok ? contains(set.value, value, { prereleases: true }) : null;
}
function listCandidates(dimension, literals, model, pythons, requestable) {
  if (dimension === "python") return [...pythons];
  if (dimension === "platform") return listPlatforms(literals, model);
  if (dimension === "implementation") return listImplementations(literals);
  if (dimension.startsWith("extra:") || dimension.startsWith("group:"))
    return requestable(dimension) ? [false, true] : [false];
  if (dimension.startsWith("free:")) return [false, true];
  const variable = dimension.slice("var:".length);
  return [...literals.get(variable) ?? [], OTHER];
}
function listPlatforms(literals, model) {
  const named = (variable) => [
    ...literals.get(variable) ?? []
  ];
  if (model === "uv") {
    const platforms = /* @__PURE__ */ new Set([
      ...named("sys_platform"),
      ...Object.values(UV_SYSTEM_TO_PLATFORM),
      OTHER
    ]);
    const systems = /* @__PURE__ */ new Set([
      ...named("platform_system"),
      ...Object.keys(UV_SYSTEM_TO_PLATFORM),
      OTHER
    ]);
    const out2 = [];
    for (const sys_platform of platforms)
      for (const platform_system of systems) {
        const mapped = UV_SYSTEM_TO_PLATFORM[platform_system];
        const mappedBack = Object.values(UV_SYSTEM_TO_PLATFORM).includes(
          sys_platform
        );
        if (mapped === void 0 ? mappedBack : mapped !== sys_platform)
          continue;
        out2.push({ sys_platform, platform_system, os_name: OTHER });
      }
    return out2;
  }
  const out = [...KNOWN_PLATFORMS];
  for (const variable of PLATFORM_VARIABLES)
    for (const value of named(variable))
      if (!KNOWN_PLATFORMS.some((p) => p[variable] === value))
        out.push({
          sys_platform: OTHER,
          platform_system: OTHER,
          os_name: OTHER,
          [variable]: value
        });
  out.push({ sys_platform: OTHER, platform_system: OTHER, os_name: OTHER });
  return out;
}
function listImplementations(literals) {
  const out = [...KNOWN_IMPLEMENTATIONS];
  for (const variable of IMPLEMENTATION_VARIABLES)
    for (const value of literals.get(variable) ?? [])
      if (!KNOWN_IMPLEMENTATIONS.some((i) => i[variable] === value))
        out.push({
          implementation_name: OTHER,
          platform_python_implementation: OTHER,
          [variable]: value
        });
  out.push({
    implementation_name: OTHER,
    platform_python_implementation: OTHER
  });
  return out;
}
function collectLiteral(node, literals) {
  const leftIsVariable = node.left.kind === "variable";
  if (leftIsVariable === (node.right.kind === "variable")) return;
  const raw = leftIsVariable ? node.left.value : node.right.value;
  const variable = ALIASES[raw] ?? raw;
  const literal2 = leftIsVariable ? node.right.value : node.left.value;
  const set = literals.get(variable) ?? /* @__PURE__ */ new Set();
  const container = leftIsVariable && (node.op === "in" || node.op === "not in");
  for (const value of container ? literal2.split(/[\s,]+/) : [literal2])
    if (value !== "") set.add(value);
  literals.set(variable, set);
}

// src/parse/markers/marker-tree.ts
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const quoted = /^(?:'([^']*)'|"([^"]*)")/.exec(rest);
    if (quoted) {
      tokens.push({ kind: "string", value: quoted[1] ?? quoted[2] ?? "" });
      i += quoted[0].length;
      continue;
    }
    const op = /^(?:===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)/.exec(rest);
    if (op) {
      tokens.push({ kind: "op", value: op[0].replace(/\s+/g, " ") });
      i += op[0].length;
      continue;
    }
    const bool = /^(?:and|or)\b/.exec(rest);
    if (bool) {
      tokens.push({ kind: "bool", value: bool[0] });
      i += bool[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      tokens.push({ kind: "variable", value: word[0].replace(/\./g, "_") });
      i += word[0].length;
      continue;
    }
    if (rest[0] === "(" || rest[0] === ")") {
      tokens.push({ kind: "paren", value: rest[0] });
      i++;
      continue;
    }
    throw new Error(`unexpected ${rest[0]}`);
  }
  return tokens;
}
function parseMarkerTree(text) {
  const tokens = tokenize(text);
  let at2 = 0;
  const peek = () => tokens[at2];
  const take = () => {
    const token = tokens[at2++];
    if (token === void 0) throw new Error("unexpected end");
    return token;
  };
  const parseOr = () => {
    let node = parseAnd();
    while (peek()?.kind === "bool" && peek()?.value === "or") {
      take();
      node = { kind: "or", left: node, right: parseAnd() };
    }
    return node;
  };
  const parseAnd = () => {
    let node = parseAtom();
    while (peek()?.kind === "bool" && peek()?.value === "and") {
      take();
      node = { kind: "and", left: node, right: parseAtom() };
    }
    return node;
  };
  const parseAtom = () => {
    const token = take();
    if (token.kind === "paren" && token.value === "(") {
      const inner = parseOr();
      const close2 = take();
      if (close2.kind !== "paren" || close2.value !== ")")
        throw new Error("expected )");
      return inner;
    }
    const op = take();
    const right = take();
    if (op.kind !== "op" || token.kind !== "string" && token.kind !== "variable" || right.kind !== "string" && right.kind !== "variable")
      throw new Error("expected a comparison");
    return { kind: "compare", left: token, op: op.value, right };
  };
  const tree = parseOr();
  if (at2 !== tokens.length) throw new Error("trailing input");
  return tree;
}
function listComparisons(node) {
  if (node.kind === "compare") return [node];
  return [...listComparisons(node.left), ...listComparisons(node.right)];
}

// src/parse/markers/marker-algebra.ts
var EVERYWHERE = { requiresPython: null, extras: null };
var BUDGET = 1e5;
function markersMayMeet(markers, scope = EVERYWHERE) {
  const texts = markers.filter(
    (m) => m !== null && m.trim() !== ""
  );
  if (texts.length === 0 && scope.requiresPython === null) return true;
  const key = `meet${scopeKey(scope)}${texts.join("")}`;
  return answers.get(key, () => {
    const trees = parseAll(texts);
    if (trees === null) return true;
    const answer = search(
      trees,
      scope,
      "reality",
      (values) => values.every(Boolean)
    );
    return answer ?? true;
  });
}
var answers = createBoundedCache(5e4);
var pythonsFor = createBoundedCache(1e4);
var TRUE = {
  kind: "compare",
  left: { kind: "string", value: "" },
  op: "==",
  right: { kind: "string", value: "" }
};
function parseAll(texts) {
  try {
    return texts.map((t) => t === "" ? TRUE : parseMarkerTree(t));
  } catch {
    return null;
  }
}
function scopeKey(scope) {
  const extras = scope.extras === null ? "*" : [...new Set(scope.extras.map(normalizeName))].sort().join(",");
  return `${scope.requiresPython ?? ""}${extras}`;
}
function search(trees, scope, model, wanted) {
  const atoms = /* @__PURE__ */ new Map();
  const literals = /* @__PURE__ */ new Map();
  for (const tree of trees)
    for (const node of listComparisons(tree)) {
      if (node === TRUE) continue;
      atoms.set(node, classifyComparison(node, model));
      collectLiteral(node, literals);
    }
  const byDimension = /* @__PURE__ */ new Map();
  for (const atom of atoms.values())
    byDimension.set(atom.dimension, [
      ...byDimension.get(atom.dimension) ?? [],
      atom
    ]);
  if (!byDimension.has("python") && scope.requiresPython !== null)
    byDimension.set("python", []);
  const extras = scope.extras === null ? null : new Set(scope.extras.map(normalizeName));
  const requestable = (dimension) => !dimension.startsWith("extra:") || extras === null || extras.has(dimension.slice("extra:".length));
  const dimensions = [...byDimension.keys()];
  const pythons = supportedPythons(scope.requiresPython, literals);
  const domains = dimensions.map(
    (dimension) => distinctValues(
      listCandidates(dimension, literals, model, pythons, requestable),
      byDimension.get(dimension) ?? []
    )
  );
  if (domains.some((d) => d.length === 0)) return false;
  const combinations = domains.reduce((n, d) => n * d.length, 1);
  if (combinations > BUDGET) return null;
  const world = /* @__PURE__ */ new Map();
  for (let index = 0; index < combinations; index++) {
    let rest = index;
    dimensions.forEach((dimension, i) => {
      const domain = domains[i] ?? [];
      world.set(dimension, domain[rest % domain.length]);
      rest = Math.floor(rest / domain.length);
    });
    const values = trees.map((tree) => evaluate(tree, atoms, world));
    if (wanted(values)) return true;
  }
  return false;
}
function distinctValues(candidates, atoms) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const value of candidates) {
    const signature = atoms.map((atom) => atom.test(value) ? "1" : "0").join("");
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push(value);
  }
  return out;
}
function evaluate(node, atoms, world) {
  if (node.kind === "compare") {
    const atom = atoms.get(node);
    if (atom === void 0) return true;
    return atom.test(world.get(atom.dimension));
  }
  const left = evaluate(node.left, atoms, world);
  if (node.kind === "and" ? !left : left) return left;
  return evaluate(node.right, atoms, world);
}
function supportedPythons(requiresPython, literals) {
  const named = [
    ...literals.get("python_version") ?? [],
    ...literals.get("python_full_version") ?? [],
    ...(requiresPython ?? "").split(",")
  ].map((text) => text.replace(/^[\s<>=!~]+/, ""));
  const key = `${requiresPython === null ? "" : requiresPython}${named.join("")}`;
  return pythonsFor.get(key, () => admittedPythons(requiresPython, named));
}
function admittedPythons(requiresPython, named) {
  const candidates = listPythonCandidates(named);
  const set = requiresPython === null ? null : parseSpecifierSet(requiresPython);
  if (set === null || !set.ok) return candidates;
  const admitted = candidates.filter(
    (v) => contains(set.value, v, { prereleases: true })
  );
  return admitted.length === 0 ? candidates : admitted;
}

// src/parse/poetry-enrich.ts
function enrichProjectDependencies(requirements, poetry, mixedDynamic) {
  const main = poetry.filter((p) => p.group === "poetry");
  const byName = /* @__PURE__ */ new Map();
  for (const p of main) byName.set(p.name, [...byName.get(p.name) ?? [], p]);
  const declared = /* @__PURE__ */ new Set();
  const out = [];
  for (const requirement of requirements) {
    const own = requirement.group === "project" || requirement.group.startsWith("optional:");
    const entries = own ? byName.get(requirement.name) : void 0;
    if (own) declared.add(requirement.name);
    append(
      out,
      entries === void 0 ? [requirement] : enrichOne(requirement, entries)
    );
  }
  const undeclared = main.filter((p) => !declared.has(p.name));
  if (mixedDynamic) append(out, undeclared);
  append(
    out,
    poetry.filter((p) => p.group !== "poetry")
  );
  return { requirements: out, ignored: mixedDynamic ? [] : undeclared };
}
function enrichOne(requirement, entries) {
  const extra = requirement.group.startsWith("optional:") ? `extra == "${requirement.group.slice("optional:".length)}"` : null;
  const out = [];
  for (const entry of entries) {
    if (!markersMayMeet([requirement.marker, extra, entry.marker])) continue;
    const specifier = joinSpecifiers(requirement.specifier, entry.specifier);
    if (specifier === null)
      return [requirement, { ...entry, group: requirement.group }];
    const direct = requirement.url !== null;
    out.push({
      ...requirement,
      specifier,
      marker: joinMarkers(requirement.marker, entry.marker),
      url: direct ? requirement.url : entry.url,
      ...direct || entry.source === void 0 ? {} : { source: entry.source },
      editable: entry.editable
    });
  }
  return out.length === 0 ? [requirement] : out;
}
function joinSpecifiers(a, b) {
  const clauses = [.../* @__PURE__ */ new Set([...a.split(","), ...b.split(",")])].filter(
    (c) => c.trim() !== ""
  );
  const text = clauses.join(",");
  const parsed = parseSpecifierSet(text);
  if (!parsed.ok || text === "") return text;
  return isEmpty(parsed.value) ? null : text;
}
function joinMarkers(a, b) {
  if (a === null || a === b) return b ?? a;
  if (b === null) return a;
  return `(${a}) and (${b})`;
}

// src/parse/poetry-union.ts
function spanPoetryUnion(constraint) {
  const parts = constraint.split(/\|\|?/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "")) return null;
  let lower;
  let upper;
  for (const part of parts) {
    const translated = poetryConstraintToPep440(part);
    if (!translated.ok) return null;
    const bounds = readBounds(translated.specifier);
    if (bounds === null) return null;
    lower = lower === void 0 ? bounds.lower : widest(lower, bounds.lower, -1);
    upper = upper === void 0 ? bounds.upper : widest(upper, bounds.upper, 1);
  }
  const clauses = [
    lower == null ? null : `${lower.inclusive ? ">=" : ">"}${lower.version}`,
    upper == null ? null : `${upper.inclusive ? "<=" : "<"}${upper.version}`
  ].filter((c) => c !== null);
  return clauses.join(",");
}
function readBounds(specifier) {
  let lower = null;
  let upper = null;
  for (const clause of specifier.split(",").filter((c) => c !== "")) {
    const match = /^(>=|>|<=|<|==)([^*]+)$/.exec(clause);
    if (match === null || parseVersion(match[2] ?? "") === null) return null;
    const [, op, version = ""] = match;
    if (op === ">=" || op === ">" || op === "==")
      lower = { version, inclusive: op !== ">" };
    if (op === "<=" || op === "<" || op === "==")
      upper = { version, inclusive: op !== "<" };
  }
  return { lower, upper };
}
function widest(a, b, direction) {
  if (a === null || b === null) return null;
  const order = compareVersions(a.version, b.version) * direction;
  if (order !== 0) return order > 0 ? a : b;
  return { version: a.version, inclusive: a.inclusive || b.inclusive };
}

// src/parse/pyproject-poetry.ts
function readPoetryPython(r) {
  const keyPath = ["tool", "poetry", "dependencies", "python"];
  const value = r.get(keyPath);
  if (value === void 0) return null;
  const constraint = isTable(value) ? value.version : value;
  if (typeof constraint !== "string") {
    r.error(
      keyPath,
      `must be a version constraint string, not ${describeType(constraint)}`
    );
    return null;
  }
  const translated = poetryConstraint(r, constraint, keyPath);
  return translated.kind === "ok" ? translated.specifier : null;
}
function poetryConstraint(r, constraint, keyPath) {
  const translated = poetryConstraintToPep440(constraint);
  if (translated.ok) return { kind: "ok", specifier: translated.specifier };
  const hull = spanPoetryUnion(constraint);
  if (hull !== null) return { kind: "ok", specifier: hull };
  if (translated.error.includes("union")) {
    r.error(
      keyPath,
      `${translated.error}; pin-audit reads it as any version`,
      "warning"
    );
    return { kind: "union" };
  }
  r.error(keyPath, translated.error);
  return { kind: "error" };
}
function readPoetryRequirements(r) {
  const out = [];
  append(
    out,
    poetryDependencyTable(r, ["tool", "poetry", "dependencies"], "poetry")
  );
  append(
    out,
    poetryDependencyTable(
      r,
      ["tool", "poetry", "dev-dependencies"],
      "poetry-group:dev"
    )
  );
  const groups = r.table(["tool", "poetry", "group"]);
  for (const group of Object.keys(groups ?? {})) {
    if (!r.table(["tool", "poetry", "group", group])) continue;
    const keyPath = ["tool", "poetry", "group", group, "dependencies"];
    append(out, poetryDependencyTable(r, keyPath, `poetry-group:${group}`));
  }
  return out;
}
function poetryDependencyTable(r, keyPath, group) {
  const table = r.table(keyPath);
  const out = [];
  for (const [rawName, spec] of Object.entries(table ?? {})) {
    if (normalizeName(rawName) === "python") continue;
    const depPath = [...keyPath, rawName];
    if (Array.isArray(spec)) {
      spec.forEach((entry, index) => {
        const requirement = poetryDependency(
          r,
          rawName,
          entry,
          [...depPath, index],
          group
        );
        if (requirement) out.push(requirement);
      });
    } else {
      const requirement = poetryDependency(r, rawName, spec, depPath, group);
      if (requirement) out.push(requirement);
    }
  }
  return out;
}
function poetryDependency(r, rawName, spec, keyPath, group) {
  const requirement = {
    name: normalizeName(rawName),
    specifier: "",
    extras: [],
    marker: null,
    url: null,
    editable: false,
    hashes: 0,
    group,
    file: r.path,
    line: r.line(keyPath)
  };
  if (typeof spec === "string") {
    const translated = poetryConstraint(r, spec, keyPath);
    if (translated.kind === "error") return null;
    requirement.specifier = translated.kind === "ok" ? translated.specifier : "";
    return requirement;
  }
  if (!isTable(spec)) {
    r.error(
      keyPath,
      `a Poetry dependency must be a version string or a table, not ${describeType(spec)}`
    );
    return null;
  }
  const version = spec.version;
  if (version !== void 0) {
    if (typeof version === "string") {
      const translated = poetryConstraint(r, version, [...keyPath, "version"]);
      if (translated.kind === "error") return null;
      requirement.specifier = translated.kind === "ok" ? translated.specifier : "";
    } else
      r.error(
        [...keyPath, "version"],
        `must be a string, not ${describeType(version)}`
      );
  }
  requirement.extras = r.stringArray([...keyPath, "extras"]).map(normalizeName);
  for (const kind of ["git", "url", "path"]) {
    const value = r.optionalString([...keyPath, kind]);
    if (value !== null && requirement.url === null) requirement.url = value;
  }
  const git = r.optionalString([...keyPath, "git"]);
  const reference = ["rev", "tag", "branch"].map((k) => r.optionalString([...keyPath, k])).find((v) => v !== null);
  if (git !== null && reference != null)
    requirement.url = `${git.startsWith("git+") ? "" : "git+"}${git}@${reference}`;
  requirement.editable = spec.develop === true;
  const marker = poetryMarker(r, keyPath);
  if (marker === false) return null;
  requirement.marker = marker;
  return requirement;
}
function poetryMarker(r, keyPath) {
  const parts = [];
  const markers = r.optionalString([...keyPath, "markers"]);
  if (markers !== null && markers.trim() !== "") parts.push(markers);
  const platform = r.optionalString([...keyPath, "platform"]);
  if (platform !== null && platform.trim() !== "")
    parts.push(`sys_platform == ${JSON.stringify(platform.trim())}`);
  const python = r.optionalString([...keyPath, "python"]);
  if (python !== null) {
    const translated = poetryConstraint(r, python, [...keyPath, "python"]);
    if (translated.kind === "error") return false;
    if (translated.kind === "ok" && translated.specifier !== "") {
      parts.push(pythonMarker2(translated.specifier));
    }
  }
  if (parts.length === 0) return null;
  const text = parts.length === 1 ? parts[0] ?? "" : parts.map((part) => `(${part})`).join(" and ");
  const parsed = parsePep508Marker(text);
  if (parsed.ok) return parsed.value;
  r.error(
    [
      ...keyPath,
      markers !== null ? "markers" : python !== null ? "python" : "platform"
    ],
    `invalid marker '${text}': ${parsed.error}`
  );
  return false;
}
function pythonMarker2(specifier) {
  return specifier.split(",").map((clause) => {
    const m = /^(===|~=|==|!=|<=|>=|<|>)(.*)$/.exec(clause);
    const op = m?.[1] ?? "==";
    const version = m?.[2] ?? clause;
    const release = version.replace(/\.\*$/, "").split(/[^0-9.]/)[0] ?? "";
    const variable = release.split(".").length > 2 ? "python_full_version" : "python_version";
    return `${variable} ${op} "${version}"`;
  }).join(" and ");
}

// src/parse/pyproject-uv.ts
var nodePath = __toESM(require("node:path"), 1);
function readUvSources(r) {
  const sources = r.table(["tool", "uv", "sources"]);
  const out = [];
  for (const [key, value] of Object.entries(sources ?? {})) {
    const keyPath = ["tool", "uv", "sources", key];
    const entries = Array.isArray(value) ? value.map((entry, index) => [entry, [...keyPath, index]]) : [[value, keyPath]];
    for (const [entry, entryPath] of entries) {
      if (!isTable(entry)) {
        r.error(
          entryPath,
          `a uv source must be a table, not ${describeType(entry)}`
        );
        continue;
      }
      const reference = ["rev", "tag", "branch"].find(
        (k) => typeof entry[k] === "string"
      );
      out.push({
        name: normalizeName(key),
        ...readSourceKind(r, entry, entryPath),
        reference: reference === void 0 ? null : `${reference}=${entry[reference]}`,
        subdirectory: typeof entry.subdirectory === "string" ? entry.subdirectory : null,
        editable: typeof entry.editable === "boolean" ? entry.editable : null,
        marker: typeof entry.marker === "string" ? entry.marker : null,
        line: r.line(entryPath)
      });
    }
  }
  return out;
}
function readSourceKind(r, entry, entryPath) {
  if (entry.workspace === true) return { kind: "workspace", value: null };
  for (const kind of ["git", "path", "url", "index"]) {
    const value = entry[kind];
    if (value === void 0) continue;
    if (typeof value === "string") return { kind, value };
    r.error(
      [...entryPath, kind],
      `must be a string, not ${describeType(value)}`
    );
    return { kind: "unknown", value: null };
  }
  return { kind: "unknown", value: null };
}
function readUvWorkspace(r) {
  const workspace = r.table(["tool", "uv", "workspace"]);
  if (!workspace) return null;
  return {
    members: r.stringArray(["tool", "uv", "workspace", "members"]),
    exclude: r.stringArray(["tool", "uv", "workspace", "exclude"])
  };
}
function readUvIndexes(r) {
  const out = [];
  (r.array(["tool", "uv", "index"]) ?? []).forEach((entry, index) => {
    const keyPath = ["tool", "uv", "index", index];
    if (!isTable(entry)) {
      r.error(keyPath, `an index must be a table, not ${describeType(entry)}`);
      return;
    }
    const url = r.optionalString([...keyPath, "url"]);
    if (url === null) {
      if (entry.url === void 0) r.error(keyPath, "an index needs a url");
      return;
    }
    out.push({
      name: r.optionalString([...keyPath, "name"]),
      url,
      line: r.line(keyPath)
    });
  });
  return out;
}
function applyUvSources(requirements, sources, file) {
  const byName = /* @__PURE__ */ new Map();
  const marked = /* @__PURE__ */ new Map();
  for (const source of sources) {
    if (source.kind === "unknown") continue;
    if (source.kind !== "index")
      byName.set(source.name, [...byName.get(source.name) ?? [], source]);
    marked.set(source.name, [...marked.get(source.name) ?? [], source]);
  }
  if (marked.size === 0) return requirements;
  const base = nodePath.posix.dirname(file);
  return requirements.map((requirement) => {
    const withMarkers = markSources(
      requirement,
      marked.get(requirement.name),
      base
    );
    const [source, ...others] = byName.get(requirement.name) ?? [];
    if (source === void 0 || requirement.group === "constraint" || requirement.group === "override" || requirement.url !== null || requirement.group.startsWith("poetry"))
      return withMarkers;
    const declared = toRequirementSource(source, base);
    return {
      ...withMarkers,
      url: sourceUrl(source),
      ...others.length === 0 ? { source: declared } : {},
      editable: source.kind === "path" ? source.editable === true : requirement.editable
    };
  });
}
function sourceUrl(source) {
  if (source.kind === "workspace") return null;
  const reference = source.reference?.replace(/^(rev|tag|branch)=/, "");
  if (source.kind !== "git" || reference === void 0 || source.value === null)
    return source.value;
  return `${source.value.startsWith("git+") ? "" : "git+"}${source.value}@${reference}`;
}
function markSources(requirement, sources, base) {
  if (sources === void 0 || !sources.some((s) => s.marker !== null) || requirement.group === "constraint" || requirement.group === "override" || requirement.url !== null || requirement.group.startsWith("poetry"))
    return requirement;
  const markedSources = sources.map((s) => ({
    source: s.kind === "index" ? null : toRequirementSource(s, base),
    marker: s.marker,
    editable: s.kind === "path" ? s.editable === true : requirement.editable
  }));
  return { ...requirement, markedSources };
}
function toRequirementSource(source, base) {
  return {
    kind: source.kind,
    value: source.value,
    reference: source.reference,
    subdirectory: source.subdirectory,
    base
  };
}

// src/parse/pyproject.ts
function parsePyproject(text, path) {
  const value = emptyPyproject();
  try {
    const toml = parseToml(text, path);
    if (toml.value === null) return { value, diagnostics: toml.diagnostics };
    const reader = new PyprojectReader(toml.value, path);
    return { value: reader.read(), diagnostics: reader.diagnostics };
  } catch (error) {
    const diagnostic = {
      severity: "error",
      line: null,
      message: `could not read pyproject.toml: ${String(error)}`
    };
    return { value, diagnostics: [diagnostic] };
  }
}
function emptyPyproject() {
  return {
    name: null,
    requiresPython: null,
    requirements: [],
    uv: { workspace: null, sources: [], indexes: [], excludeNewer: null },
    poetry: false,
    pinAudit: null,
    document: null
  };
}
var PyprojectReader = class extends TomlTableReader {
  /** Entries read so far (requirements, invalid entries, included copies), against MAX_ENTRIES_PER_FILE. */
  entries = 0;
  /**
   * How many of `count` more entries still fit under the limit. The first that does not is said once, on its line
   * (`lineOf` of its index among the `count`); nothing after it is read.
   */
  take(count, lineOf2) {
    const room = MAX_ENTRIES_PER_FILE - this.entries;
    this.entries += count;
    if (count <= room) return count;
    const kept2 = Math.max(0, room);
    if (room >= 0)
      this.diagnostics.push(tooManyEntries(lineOf2(kept2), "an installer"));
    return kept2;
  }
  read() {
    const result = emptyPyproject();
    result.document = this.doc;
    const requirements = [];
    const project = this.table(["project"]);
    if (project) {
      result.name = this.projectName(["project", "name"]);
      result.requiresPython = this.requiresPython([
        "project",
        "requires-python"
      ]);
      append(
        requirements,
        this.requirementArray(["project", "dependencies"], "project")
      );
      const optional = this.table(["project", "optional-dependencies"]);
      for (const extra of Object.keys(optional ?? {})) {
        const keyPath = ["project", "optional-dependencies", extra];
        append(
          requirements,
          this.requirementArray(keyPath, `optional:${normalizeName(extra)}`)
        );
      }
    }
    append(requirements, this.dependencyGroups());
    append(
      requirements,
      this.requirementArray(["build-system", "requires"], "build")
    );
    if (this.table(["tool", "uv"])) this.readUv(result, requirements);
    if (this.table(["tool", "poetry"])) this.readPoetry(result, requirements);
    const pinAudit = this.get(["tool", "pin-audit"]);
    if (pinAudit !== void 0)
      result.pinAudit = {
        value: pinAudit,
        line: this.line(["tool", "pin-audit"])
      };
    result.requirements = applyUvSources(
      requirements,
      result.uv.sources,
      this.path
    );
    return result;
  }
  /** `[tool.uv]`: its requirement lists and the settings that change what requirements mean. */
  readUv(result, requirements) {
    const lists = [
      ["dev-dependencies", "dev"],
      ["constraint-dependencies", "constraint"],
      ["override-dependencies", "override"]
    ];
    for (const [key, group] of lists)
      append(requirements, this.requirementArray(["tool", "uv", key], group));
    result.uv.sources = readUvSources(this);
    result.uv.workspace = readUvWorkspace(this);
    result.uv.indexes = readUvIndexes(this);
    result.uv.excludeNewer = this.optionalString([
      "tool",
      "uv",
      "exclude-newer"
    ]);
  }
  /** `[tool.poetry]`; in a Poetry 2 project with [project] dependencies, its dependencies only enrich them. */
  readPoetry(result, requirements) {
    result.poetry = true;
    result.name ??= this.projectName(["tool", "poetry", "name"]);
    const python = readPoetryPython(this);
    result.requiresPython ??= python;
    const poetryRequirements = readPoetryRequirements(this);
    poetryRequirements.length = this.take(
      poetryRequirements.length,
      (index) => poetryRequirements[index].line
    );
    const declares = ["dependencies", "optional-dependencies"].filter(
      (key) => Object.keys(this.get(["project", key]) ?? {}).length > 0
    );
    if (declares.length === 0) {
      append(requirements, poetryRequirements);
      return;
    }
    const dynamic = this.stringArray(["project", "dynamic"]);
    const enriched = enrichProjectDependencies(
      requirements,
      poetryRequirements,
      dynamic.includes("dependencies") || dynamic.includes("optional-dependencies")
    );
    requirements.length = 0;
    append(requirements, enriched.requirements);
    for (const ignored of enriched.ignored)
      this.diagnostics.push({
        severity: "notice",
        line: ignored.line,
        message: `tool.poetry.dependencies.${ignored.name}: Poetry 2 ignores it: with [project] ${declares.join(" and ")}, [tool.poetry.dependencies] only enriches the packages declared there, and this one is not.`
      });
  }
  // --- PEP 621 / PEP 508 ----------------------------------------------------------------------
  projectName(keyPath) {
    const name = this.optionalString(keyPath);
    return name === null ? null : normalizeName(name.trim());
  }
  requiresPython(keyPath) {
    const text = this.optionalString(keyPath);
    if (text === null) return null;
    const parsed = parsePep508(`python ${text}`);
    if (!parsed.ok || parsed.value.marker !== null || parsed.value.url !== null || parsed.value.extras.length) {
      const why = parsed.ok ? "it is not a version specifier set" : parsed.error;
      this.error(keyPath, `invalid version specifier '${text}': ${why}`);
      return null;
    }
    return parsed.value.specifier;
  }
  /** A PEP 508 string at keyPath as a Requirement, or null with an error diagnostic. */
  pep508(text, keyPath, group) {
    if (this.take(1, () => this.line(keyPath)) === 0) return null;
    if (typeof text !== "string") {
      this.error(
        keyPath,
        `must be a PEP 508 requirement string, not ${describeType(text)}`
      );
      return null;
    }
    const parsed = parsePep508(text);
    if (!parsed.ok) {
      this.error(keyPath, `invalid requirement '${text}': ${parsed.error}`);
      return null;
    }
    const { name, specifier, extras, marker, url } = parsed.value;
    return {
      name,
      specifier,
      extras,
      marker,
      url,
      editable: false,
      hashes: 0,
      group,
      file: this.path,
      line: this.line(keyPath)
    };
  }
  requirementArray(keyPath, group) {
    const out = [];
    (this.array(keyPath) ?? []).forEach((item, index) => {
      const requirement = this.pep508(item, [...keyPath, index], group);
      if (requirement) out.push(requirement);
    });
    return out;
  }
  // --- PEP 735 --------------------------------------------------------------------------------
  dependencyGroups() {
    const groups = this.table(["dependency-groups"]);
    if (!groups) return [];
    const byName = /* @__PURE__ */ new Map();
    for (const key of Object.keys(groups)) {
      const name = normalizeName(key);
      const earlier = byName.get(name);
      if (earlier !== void 0) {
        this.error(
          ["dependency-groups", key],
          `duplicate dependency group: '${earlier}' and '${key}' are the same name`
        );
        continue;
      }
      byName.set(name, key);
    }
    const resolved = /* @__PURE__ */ new Map();
    const resolving = /* @__PURE__ */ new Set();
    const resolve = (name, group) => {
      const key = byName.get(name) ?? name;
      const out2 = [];
      resolving.add(name);
      (this.array(["dependency-groups", key]) ?? []).forEach((item, index) => {
        const itemPath = ["dependency-groups", key, index];
        if (!isTable(item)) {
          const requirement = this.pep508(item, itemPath, group);
          if (requirement) out2.push(requirement);
          return;
        }
        const include = item["include-group"];
        const others = Object.keys(item).filter((k) => k !== "include-group");
        if (typeof include !== "string" || others.length > 0) {
          this.error(
            itemPath,
            'a table in a dependency group must be exactly { include-group = "<group name>" }'
          );
          return;
        }
        const target = normalizeName(include);
        if (!byName.has(target)) {
          this.error(
            itemPath,
            `includes the unknown dependency group '${include}'`
          );
        } else if (resolving.has(target)) {
          this.error(
            itemPath,
            `including '${include}' makes a cycle of dependency groups`
          );
        } else {
          const included = resolved.get(target) ?? resolveOnce(target);
          const count = included.length;
          if (this.take(count, () => this.line(itemPath)) === count)
            append(
              out2,
              included.map((requirement) => ({ ...requirement, group }))
            );
        }
      });
      resolving.delete(name);
      return out2;
    };
    const resolveOnce = (name) => {
      const own = resolve(name, `group:${name}`);
      resolved.set(name, own);
      return own;
    };
    const out = [];
    for (const name of byName.keys())
      append(out, resolved.get(name) ?? resolveOnce(name));
    return out;
  }
};

// src/parse/uv-lock-requirements.ts
var nodePath2 = __toESM(require("node:path"), 1);
var REQUIREMENT_KEYS = keySet(
  "name specifier marker extras groups editable path git url index directory virtual subdirectory conflict"
);
var REQUIREMENT_URL_KEYS = [
  "git",
  "url",
  "path",
  "directory",
  "editable",
  "virtual"
];
function extraGroup(marker) {
  const extra = marker?.match(/\bextra\s*==\s*(['"])([^'"]*)\1/)?.[2];
  return extra === void 0 ? "project" : `optional:${normalizeName(extra)}`;
}
function devGroup(group) {
  return group === "dev" ? "dev" : `group:${group}`;
}
function readRequirements(parent, key, groupOf) {
  const result = [];
  for (const table of parent.tables(key)) {
    const requirement = readRequirement(table, groupOf);
    if (requirement !== null) result.push(requirement);
  }
  return result;
}
function readRequirement(table, groupOf) {
  const name = table.fields.name;
  if (typeof name !== "string") {
    table.report(
      "error",
      `${table.what}: a requirement has no string \`name\`; entry skipped`
    );
    return null;
  }
  table = table.named(`${table.what} requirement "${name}"`);
  table.checkKeys(REQUIREMENT_KEYS);
  const rawSpecifier = table.string("specifier") ?? "";
  const rawMarker = table.string("marker");
  const rawExtras = table.strings("extras").map(({ value }) => value);
  table.string("index");
  let url = null;
  let kind = null;
  for (const key of REQUIREMENT_URL_KEYS) {
    if (key === "editable" && typeof table.fields.editable === "boolean")
      continue;
    url = table.string(key);
    kind = key;
    if (url !== null) break;
  }
  if (url !== null && table.fields.editable === true) kind = "editable";
  const editable = typeof table.fields.editable === "string" || table.fields.editable === true;
  const extras = rawExtras.length > 0 ? `[${rawExtras.join(",")}]` : "";
  const marker = rawMarker === null ? "" : ` ; ${rawMarker}`;
  const parsed = parsePep508(`${name}${extras}${rawSpecifier}${marker}`);
  if (!parsed.ok) {
    table.report(
      "error",
      `${table.what} is not a valid requirement: ${parsed.error}`
    );
  }
  const normalized = parsed.ok ? parsed.value : {
    name: normalizeName(name),
    specifier: rawSpecifier.replace(/\s+/g, ""),
    extras: rawExtras.map(normalizeName),
    marker: rawMarker
  };
  return {
    name: normalized.name,
    specifier: normalized.specifier,
    extras: normalized.extras,
    marker: normalized.marker,
    url,
    ...url === null || kind === null ? {} : {
      source: recordedSource(
        kind,
        url,
        table.string("subdirectory"),
        table.ctx.file
      )
    },
    editable,
    hashes: 0,
    group: groupOf(normalized.marker),
    file: table.ctx.file,
    line: table.line()
  };
}
function recordedSource(kind, url, subdirectory, lockFile) {
  const base = nodePath2.posix.dirname(lockFile);
  if (kind !== "git")
    return { kind, value: url, reference: null, subdirectory, base };
  const [repository = url, query = ""] = url.split("#")[0]?.split("?") ?? [];
  const parameters = new URLSearchParams(query);
  const referenceKey = ["rev", "tag", "branch"].find((k) => parameters.has(k));
  return {
    kind,
    value: repository,
    reference: referenceKey === void 0 ? null : `${referenceKey}=${parameters.get(referenceKey)}`,
    subdirectory: parameters.get("subdirectory") ?? subdirectory,
    base
  };
}

// src/parse/uv-lock.ts
var TOP_KEYS3 = keySet(
  "version revision requires-python resolution-markers supported-markers required-markers conflicts options manifest package"
);
var MANIFEST_KEYS = keySet(
  "members requirements constraints overrides excludes build-constraints dependency-groups dependency-metadata"
);
var PACKAGE_KEYS3 = keySet(
  "name version source resolution-markers dependencies optional-dependencies dev-dependencies sdist wheels metadata"
);
var METADATA_KEYS2 = keySet("requires-dist requires-dev provides-extras");
var DEPENDENCY_KEYS2 = keySet("name version source marker extra");
var SOURCE_KINDS = [
  "registry",
  "git",
  "url",
  "path",
  "directory",
  "editable",
  "virtual"
];
var SOURCE_EXTRA_KEYS = keySet("subdirectory");
var UV_FILE = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: TOML strings cannot hold control characters.
  /\{ url = "[^"\\\u0000-\u001f\u007f]*", hash = "sha256:[0-9a-f]{64}", size = (?:0|[1-9][0-9]{0,15})(?:, upload-time = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?Z")? \}/
);
var UNREAD_FILES = [
  {
    arrayTable: "package",
    key: "wheels",
    shape: "lines",
    pattern: new RegExp(` *${UV_FILE.source},\\r?\\n`, "y")
  },
  {
    arrayTable: "package",
    key: "sdist",
    shape: "inline",
    pattern: new RegExp(UV_FILE.source, "y")
  }
];
function parseUvLock(text, path, options = {}) {
  return parseTomlLock(text, path, {
    name: "uv.lock",
    unknownKeyHint: " (written by a newer uv?)",
    empty: emptyUvLock,
    read: readUvLock,
    toml: { unread: UNREAD_FILES, onUnreadKey: options.onUnreadKey }
  });
}
function emptyUvLock() {
  return {
    version: null,
    revision: null,
    requiresPython: null,
    resolutionMarkers: [],
    packages: [],
    metadata: [],
    manifest: { members: [], constraints: [], overrides: [], requirements: [] }
  };
}
function readUvLock(root) {
  const lock = emptyUvLock();
  root.checkKeys(TOP_KEYS3);
  lock.version = root.integer("version");
  if (!root.has("version")) {
    root.report(
      "warning",
      "uv.lock has no `version`: results may be incomplete"
    );
  } else if (lock.version !== null && lock.version !== 1) {
    root.report(
      "warning",
      `unknown uv.lock version ${lock.version}: results may be incomplete`,
      "version"
    );
  }
  lock.revision = root.integer("revision");
  lock.requiresPython = root.string("requires-python");
  lock.resolutionMarkers = root.strings("resolution-markers").map(({ value, at: at2 }) => normalizeMarker(root.ctx, value, at2));
  const manifest = root.table("manifest", "[manifest]");
  if (manifest !== null) readManifest(manifest, lock);
  for (const pkg of root.tables("package")) {
    const read2 = readPackage3(pkg);
    if (read2 === null) continue;
    lock.packages.push(read2.locked);
    if (read2.metadata !== null) lock.metadata.push(read2.metadata);
  }
  return lock;
}
function readManifest(manifest, lock) {
  manifest.checkKeys(MANIFEST_KEYS);
  lock.manifest.members = manifest.strings("members").map(({ value }) => normalizeName(value));
  lock.manifest.constraints = readRequirements(
    manifest,
    "constraints",
    () => "constraint"
  );
  lock.manifest.overrides = readRequirements(
    manifest,
    "overrides",
    () => "override"
  );
  lock.manifest.requirements = readRequirements(
    manifest,
    "requirements",
    () => "project"
  );
  const groups = manifest.table(
    "dependency-groups",
    "[manifest.dependency-groups]"
  );
  if (groups !== null) {
    for (const group of groups.keys()) {
      append(
        lock.manifest.requirements,
        readRequirements(groups, group, () => devGroup(group))
      );
    }
  }
}
function readPackage3(pkg) {
  const rawName = pkg.requiredString("name", "a [[package]]");
  if (rawName === null) return null;
  const name = normalizeName(rawName);
  pkg = pkg.named(`package "${rawName}"`);
  pkg.checkKeys(PACKAGE_KEYS3);
  const version = pkg.string("version");
  const { source, sourceUrl: sourceUrl2 } = readSource3(pkg);
  const forks = pkg.strings("resolution-markers").map(({ value, at: at2 }) => normalizeMarker(pkg.ctx, value, at2));
  const marker = forks.length <= 1 ? forks[0] ?? null : orMarkers(forks);
  const dependencies = readDependencyList(pkg, "dependencies", null);
  const scopes = [
    ["optional-dependencies", (extra) => `extra == ${quote(extra)}`],
    [
      "dev-dependencies",
      (group) => `${quote(group)} in dependency_groups`
    ]
  ];
  for (const [key, scope] of scopes) {
    const table = pkg.table(key);
    if (table === null) continue;
    for (const name2 of table.keys()) {
      append(dependencies, readDependencyList(table, name2, scope(name2)));
    }
  }
  const locked = {
    name: intern(name),
    version: version === null ? null : intern(version),
    source,
    sourceUrl: sourceUrl2 === null ? null : intern(sourceUrl2),
    marker: marker === null ? null : intern(marker),
    dependencies,
    file: pkg.ctx.file,
    line: pkg.line("name")
  };
  const metadata = pkg.table("metadata");
  return {
    locked,
    metadata: metadata === null ? null : readMetadata(metadata, name)
  };
}
function readSource3(pkg) {
  const table = pkg.table("source");
  if (table === null) {
    if (!pkg.has("source"))
      pkg.report("error", `${pkg.what} has no \`source\``);
    return { source: "unknown", sourceUrl: null };
  }
  const keys = table.keys();
  const kinds = SOURCE_KINDS.filter((kind2) => table.has(kind2));
  const kind = kinds[0];
  if (kind === void 0 || kinds.length > 1) {
    table.report(
      "error",
      `${pkg.what}: \`source\` must have exactly one of ${SOURCE_KINDS.join(", ")} (found ${keys.join(", ") || "no keys"})`
    );
    return { source: "unknown", sourceUrl: null };
  }
  table.named(`${pkg.what} \`source\``).checkKeys(/* @__PURE__ */ new Set([kind, ...SOURCE_EXTRA_KEYS]));
  return { source: kind, sourceUrl: table.string(kind) };
}
function readDependencyList(parent, key, scopeMarker) {
  const result = [];
  for (const dep of parent.tables(key)) {
    const name = dep.fields.name;
    if (typeof name !== "string") {
      dep.report(
        "error",
        `${dep.what}: a dependency in \`${key}\` has no string \`name\`; entry skipped`
      );
      continue;
    }
    dep.named(`${dep.what} dependency`).checkKeys(DEPENDENCY_KEYS2);
    const version = dep.string("version");
    dep.table("source");
    const own = dep.string("marker");
    const ownMarker = own === null ? null : normalizeMarker(dep.ctx, own, [...dep.at, "marker"]);
    const marker = andMarkers(dep, ownMarker, scopeMarker);
    result.push({
      name: intern(normalizeName(name)),
      // uv records a version only when the name alone would be ambiguous (forked resolutions).
      specifier: version === null ? "" : `==${version}`,
      marker: marker === null ? null : intern(marker),
      extras: dep.strings("extra").map(({ value }) => intern(normalizeName(value)))
    });
  }
  return result;
}
function readMetadata(metadata, name) {
  metadata.named(`${metadata.what} [package.metadata]`).checkKeys(METADATA_KEYS2);
  const requiresDist = readRequirements(metadata, "requires-dist", extraGroup);
  const requiresDev = {};
  const dev = metadata.table("requires-dev");
  if (dev !== null) {
    for (const group of dev.keys()) {
      requiresDev[group] = readRequirements(dev, group, () => devGroup(group));
    }
  }
  return { package: name, requiresDist, requiresDev };
}
function intern(text) {
  let copy = interned.get(text);
  if (copy === void 0) {
    copy = text.length < 13 ? text : [...text].join("");
    if (interned.size >= INTERNED_LIMIT) interned.clear();
    interned.set(copy, copy);
  }
  return copy;
}
var interned = /* @__PURE__ */ new Map();
var INTERNED_LIMIT = 5e4;
function orMarkers(markers) {
  return markers.map((marker) => `(${marker})`).join(" or ");
}
function andMarkers(at2, own, scope) {
  if (scope === null) return own;
  const joined = own === null ? scope : `(${own}) and ${scope}`;
  return normalizeMarker(at2.ctx, joined, at2.at);
}
function quote(value) {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

// src/parse/uv-lock-bytes.ts
var import_node_buffer = require("node:buffer");
var MIN_LOCK_BYTES_TO_ELIDE = 128 * 1024;
function parseUvLockBytes(bytes, path) {
  if (!(0, import_node_buffer.isAscii)(bytes) || bytes.indexOf(0) >= 0) return null;
  const elided = elideFileEntries(bytes);
  if (elided === null) return null;
  const seen = [];
  const result = parseUvLock(elided.text, path, {
    onUnreadKey: (offset) => seen.push(offset)
  });
  return isSubsequence(elided.keyOffsets, seen) ? result : null;
}
function isSubsequence(wanted, seen) {
  let k = 0;
  for (const offset of seen) if (offset === wanted[k]) k++;
  return k === wanted.length;
}
var WHEELS_KEY = Buffer.from("\nwheels = [", "latin1");
var SDIST_KEY = Buffer.from("\nsdist = ", "latin1");
var gathered = Buffer.allocUnsafe(64 * 1024);
var GATHERED_MAX_BYTES = 4 * 1024 * 1024;
function gatherBuffer(size) {
  if (size > GATHERED_MAX_BYTES) return Buffer.allocUnsafe(size);
  if (gathered.length < size) gathered = Buffer.allocUnsafe(size);
  return gathered;
}
function elideFileEntries(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = gatherBuffer(buffer.length);
  const keyOffsets = [];
  let length = 0;
  let copied = 0;
  let wheels = buffer.indexOf(WHEELS_KEY, 0);
  let sdist = buffer.indexOf(SDIST_KEY, 0);
  while (wheels >= 0 || sdist >= 0) {
    const isWheels = wheels >= 0 && (sdist < 0 || wheels < sdist);
    const key = (isWheels ? wheels : sdist) + 1;
    const range2 = isWheels ? elementLinesAfter(buffer, wheels + WHEELS_KEY.length - 1) : inlineEntryAt(buffer, sdist + SDIST_KEY.length);
    let next = key;
    if (range2 !== null) {
      length += buffer.copy(out, length, copied, range2.start);
      keyOffsets.push(length - (range2.start - key));
      if (isWheels) {
        out.fill(LF2, length, length + range2.lines);
        length += range2.lines;
      } else {
        out[length++] = OPEN_BRACE2;
        out[length++] = CLOSE_BRACE2;
      }
      copied = next = range2.end;
    }
    if (isWheels || wheels < next) wheels = buffer.indexOf(WHEELS_KEY, next);
    if (!isWheels || sdist < next) sdist = buffer.indexOf(SDIST_KEY, next);
  }
  if (keyOffsets.length === 0) return null;
  length += buffer.copy(out, length, copied);
  return { text: out.toString("latin1", 0, length), keyOffsets };
}
var LF2 = 10;
var CR2 = 13;
var SPACE2 = 32;
var QUOTE2 = 34;
var COMMA2 = 44;
var CLOSE_BRACKET2 = 93;
var OPEN_BRACE2 = 123;
var CLOSE_BRACE2 = 125;
function elementLinesAfter(bytes, open3) {
  let p = open3 + 1;
  if (bytes[p] === CR2) p++;
  if (bytes[p] !== LF2) return null;
  p++;
  const start = p;
  let count = 0;
  while (p < bytes.length && bytes[p] !== CLOSE_BRACKET2) {
    while (bytes[p] === SPACE2) p++;
    p = fileEntryEnd(bytes, p);
    if (p < 0 || bytes[p] !== COMMA2) return null;
    p++;
    if (bytes[p] === CR2) p++;
    if (bytes[p] !== LF2) return null;
    p++;
    count++;
  }
  return p < bytes.length ? { start, end: p, lines: count } : null;
}
function inlineEntryAt(bytes, at2) {
  const end = fileEntryEnd(bytes, at2);
  return end < 0 ? null : { start: at2, end, lines: 0 };
}
var ascii = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
var URL_OPEN = ascii('{ url = "');
var HASH_OPEN = ascii('", hash = "sha256:');
var SIZE_OPEN = ascii('", size = ');
var UPLOAD_TIME_OPEN = ascii(', upload-time = "');
var CLOSE = ascii(" }");
var TIMESTAMP = Uint8Array.from(
  "0000-00-00T00:00:00",
  (c) => c === "0" ? 0 : c.charCodeAt(0)
);
function fileEntryEnd(bytes, at2) {
  const n = bytes.length;
  let p = literal(bytes, at2, URL_OPEN);
  if (p < 0) return -1;
  for (; ; ) {
    if (p >= n) return -1;
    const c = bytes[p];
    if (c === QUOTE2) break;
    if (c === 92 || c < 32 || c === 127) return -1;
    p++;
  }
  p = literal(bytes, p, HASH_OPEN);
  if (p < 0 || p + 64 > n) return -1;
  for (const end = p + 64; p < end; p++) {
    const c = bytes[p];
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return -1;
  }
  p = literal(bytes, p, SIZE_OPEN);
  if (p < 0) return -1;
  p = sizeEnd(bytes, p);
  if (p < 0) return -1;
  if (bytes[p] === COMMA2) {
    p = literal(bytes, p, UPLOAD_TIME_OPEN);
    if (p < 0) return -1;
    p = timestampEnd(bytes, p);
    if (p < 0 || bytes[p] !== QUOTE2) return -1;
    p++;
  }
  return literal(bytes, p, CLOSE);
}
function sizeEnd(bytes, p) {
  const first = bytes[p];
  if (first === 48) return p + 1;
  if (first === void 0 || first < 49 || first > 57) return -1;
  const limit = Math.min(p + 16, bytes.length);
  p++;
  while (p < limit && isDigit3(bytes[p])) p++;
  return p;
}
function timestampEnd(bytes, p) {
  if (p + TIMESTAMP.length > bytes.length) return -1;
  for (let k = 0; k < TIMESTAMP.length; k++) {
    const c = bytes[p + k];
    const want = TIMESTAMP[k];
    if (want === 0 ? !isDigit3(c) : c !== want) return -1;
  }
  p += TIMESTAMP.length;
  if (bytes[p] === 46) {
    p++;
    const first = p;
    const limit = Math.min(p + 9, bytes.length);
    while (p < limit && isDigit3(bytes[p])) p++;
    if (p === first) return -1;
  }
  return bytes[p] === 90 ? p + 1 : -1;
}
function literal(bytes, p, text) {
  if (p + text.length > bytes.length) return -1;
  for (let k = 0; k < text.length; k++) if (bytes[p + k] !== text[k]) return -1;
  return p + text.length;
}
function isDigit3(c) {
  return c >= 48 && c <= 57;
}

// src/discover/classify-file.ts
function isConstraintsFileName(relPath) {
  const base = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  return base.startsWith("constraints");
}

// src/discover/compiled-output.ts
var import_node_path = require("node:path");
var MANIFEST_INPUTS = /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg)$/;
async function attachCompiledOutput(resolved, path, reader) {
  const header = await reader.header(path);
  let inputs;
  let constraints;
  if (header !== null) {
    const cwd = inferWorkingDirectory(path, header);
    inputs = header.inputs.map((input) => joinPath(cwd, input));
    constraints = header.constraints.map((c) => joinPath(cwd, c));
  } else {
    const input = path.endsWith(".txt") ? `${path.slice(0, -4)}.in` : null;
    if (input === null || !await reader.exists(input)) return;
    inputs = [input];
    constraints = [];
  }
  const compiled = {
    header,
    inputs: [],
    inputFiles: [],
    constraintFiles: [],
    missing: []
  };
  const missing = compiled.missing;
  for (const input of inputs) {
    const found = await reader.exists(input);
    compiled.inputs.push({ path: input, found });
    if (!found) missing.push(input);
    else if (!MANIFEST_INPUTS.test(input))
      merge(resolved, await reader.resolve(input, false), compiled, "input");
  }
  for (const constraint of constraints) {
    if (!await reader.exists(constraint)) {
      missing.push(constraint);
      continue;
    }
    merge(
      resolved,
      await reader.resolve(constraint, true),
      compiled,
      "constraint"
    );
  }
  resolved.compiled = compiled;
}
function merge(into, from, compiled, role) {
  const known = new Set(
    into.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`)
  );
  for (const r of from.requirements)
    if (!known.has(`${r.file}\0${r.line}\0${r.name}`))
      into.requirements.push(r);
  append(into.options, from.options);
  for (const [file, diagnostics] of from.diagnostics)
    for (const d of diagnostics) report(into, file, d);
  for (const file of from.files) {
    if (!into.files.includes(file)) into.files.push(file);
    const constraintFile = role === "constraint" || from.requirements.some(
      (r) => r.file === file && r.group === "constraints-file"
    );
    const list = constraintFile ? compiled.constraintFiles : compiled.inputFiles;
    if (!list.includes(file)) list.push(file);
  }
}
function report(resolved, file, diagnostic) {
  const list = resolved.diagnostics.get(file) ?? [];
  if (!list.some(
    (d) => d.line === diagnostic.line && d.message === diagnostic.message
  ))
    list.push(diagnostic);
  resolved.diagnostics.set(file, list);
}
function inferWorkingDirectory(path, header) {
  const own = import_node_path.posix.dirname(path);
  const written = header.output ?? header.inputs.find((i) => i.endsWith(".in"))?.replace(/\.in$/, ".txt") ?? null;
  if (written === null || written.startsWith("/")) return own;
  const normalized = import_node_path.posix.normalize(written);
  if (normalized === path) return ".";
  if (path.endsWith(`/${normalized}`))
    return path.slice(0, -normalized.length - 1);
  return own;
}
function joinPath(cwd, target) {
  if (target.startsWith("/")) return target;
  const joined = import_node_path.posix.normalize(import_node_path.posix.join(cwd, target));
  return joined.startsWith("../") ? target : joined;
}

// src/discover/dynamic-dependencies.ts
var isTable2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readDynamicDependencies(document, pyprojectPath, reader) {
  const out = { requirements: [], diagnostics: [] };
  const project = document?.value.project;
  if (!document || !isTable2(project) || !Array.isArray(project.dynamic))
    return out;
  const dynamic = new Set(project.dynamic.filter((d) => typeof d === "string"));
  const own = [];
  out.diagnostics.push([pyprojectPath, own]);
  const context = { document, pyprojectPath, reader, out, own };
  const tool = isTable2(document.value.tool) ? document.value.tool : {};
  const setuptools = isTable2(tool.setuptools) ? tool.setuptools : {};
  const directives = isTable2(setuptools.dynamic) ? setuptools.dynamic : {};
  if (dynamic.has("dependencies")) {
    const hook = hatchHookDependencies(tool);
    if (directives.dependencies !== void 0)
      await readFiles(
        context,
        directives.dependencies,
        "project",
        "dependencies"
      );
    else if (hook !== null) readHook(context, hook);
    else
      unreadable(
        context,
        "dependencies",
        "pin-audit cannot tell what the build backend computes"
      );
  }
  if (dynamic.has("optional-dependencies")) {
    const optional = directives["optional-dependencies"];
    if (!isTable2(optional))
      unreadable(
        context,
        "optional-dependencies",
        "pin-audit cannot tell what the build backend computes"
      );
    else
      for (const [extra, directive] of Object.entries(optional))
        await readFiles(
          context,
          directive,
          `optional:${extra}`,
          `optional-dependencies.${extra}`
        );
  }
  return out;
}
function unreadable(context, what, why) {
  context.own.push({
    severity: "error",
    line: context.document.lineOf(["project", "dynamic"]) ?? null,
    rule: "unauditable",
    message: `\`${what}\` is dynamic and ${why}, so what an installer gets was not audited; declare it in [project] or with [tool.setuptools.dynamic] ${what} = { file = [...] }`
  });
}
async function readFiles(context, directive, group, what) {
  const files = isTable2(directive) ? directive.file : void 0;
  const list = typeof files === "string" ? [files] : files;
  if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) {
    unreadable(
      context,
      what,
      "its [tool.setuptools.dynamic] entry is not a `file` list pin-audit can read"
    );
    return;
  }
  const path = context.pyprojectPath;
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  for (const file of list) {
    const resolved = await context.reader.resolve(
      dir ? `${dir}/${file}` : file,
      false
    );
    for (const r of resolved.requirements)
      context.out.requirements.push({ ...r, group });
    append(context.out.diagnostics, resolved.diagnostics);
  }
}
function readHook(context, entries) {
  const { document, pyprojectPath, out, own } = context;
  const key = [
    "tool",
    "hatch",
    "metadata",
    "hooks",
    "uv-dynamic-versioning",
    "dependencies"
  ];
  entries.forEach((entry, index) => {
    if (typeof entry !== "string") return;
    const line = document.lineOf([...key, index]) ?? null;
    const text = withoutTemplateClauses(entry);
    const parsed = text === null ? null : parsePep508(text);
    if (parsed === null || !parsed.ok) {
      own.push({
        severity: "error",
        line,
        message: `invalid dependency '${entry}'${parsed === null ? "" : `: ${parsed.error}`}`
      });
      return;
    }
    const { name, specifier, extras, url, marker } = parsed.value;
    out.requirements.push({
      name,
      specifier,
      extras,
      url,
      marker,
      editable: false,
      hashes: 0,
      group: "project",
      file: pyprojectPath,
      line: line ?? 1
    });
  });
}
function withoutTemplateClauses(entry) {
  let text = entry;
  for (let open3 = text.indexOf("{{"); open3 !== -1; open3 = text.indexOf("{{")) {
    const close2 = text.indexOf("}}", open3);
    if (close2 === -1) return null;
    let start = open3;
    while (start > 0 && text[start - 1] === " ") start--;
    const operatorEnd = start;
    while (start > 0 && "=<>!~".includes(text[start - 1])) start--;
    if (start === operatorEnd) return null;
    text = `${text.slice(0, start)}${text.slice(close2 + 2)}`;
  }
  return text;
}
function hatchHookDependencies(tool) {
  const hatch = isTable2(tool.hatch) ? tool.hatch : {};
  const metadata = isTable2(hatch.metadata) ? hatch.metadata : {};
  const hooks = isTable2(metadata.hooks) ? metadata.hooks : {};
  const hook = hooks["uv-dynamic-versioning"];
  return isTable2(hook) && Array.isArray(hook.dependencies) ? hook.dependencies : null;
}

// src/discover/package-source-settings.ts
var UV_SETTINGS = [
  ["index-url", "index"],
  ["extra-index-url", "index"],
  ["find-links", "find-links"]
];
function readPackageSourceSettings(document, file) {
  if (document === null) return [];
  const found = [];
  const add = (setting, kind, path) => {
    const url = valueAt(document.value, path);
    if (typeof url === "string")
      found.push({
        setting,
        kind,
        url,
        file,
        line: document.lineOf(path) ?? 1
      });
  };
  for (const [tablePath, name] of [
    [["tool", "uv", "index"], "[[tool.uv.index]]"],
    [["tool", "poetry", "source"], "[[tool.poetry.source]]"]
  ])
    forEachIndex(
      document.value,
      tablePath,
      (i) => add(`${name} url`, "index", [...tablePath, i, "url"])
    );
  for (const table of [
    ["tool", "uv"],
    ["tool", "uv", "pip"]
  ]) {
    const name = `[${table.join(".")}]`;
    for (const [key, kind] of UV_SETTINGS) {
      const path = [...table, key];
      if (Array.isArray(valueAt(document.value, path)))
        forEachIndex(
          document.value,
          path,
          (i) => add(`${name} ${key}`, kind, [...path, i])
        );
      else add(`${name} ${key}`, kind, path);
    }
  }
  return found;
}
function forEachIndex(root, path, fn) {
  const value = valueAt(root, path);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) fn(i);
}
function valueAt(root, path) {
  let value = root;
  for (const key of path) {
    if (typeof key === "number")
      value = Array.isArray(value) ? value[key] : void 0;
    else
      value = typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : void 0;
    if (value === void 0) return void 0;
  }
  return value;
}

// src/discover/read-file-bytes.ts
var import_node_fs = require("node:fs");

// src/async-fs.ts
var fs = __toESM(require("node:fs"), 1);
var READ_CHUNK_BYTES = 512 * 1024;
function call(start) {
  return new Promise(
    (resolve, reject) => start((error, value) => error ? reject(error) : resolve(value))
  );
}
function lstat2(path) {
  return call((done) => fs.lstat(path, done));
}
function readlink2(path, encoding) {
  return call((done) => fs.readlink(path, encoding, done));
}
async function open2(path, flags) {
  const fd = await call((done) => fs.open(path, flags, done));
  return createHandle(fd);
}
function createHandle(fd) {
  const read2 = (buffer, offset, length, position) => call((done) => fs.read(fd, buffer, offset, length, position, done));
  return {
    fd,
    stat: () => call((done) => fs.fstat(fd, done)),
    read: async (buffer, offset, length, position) => ({
      bytesRead: await read2(buffer, offset, length, position),
      buffer
    }),
    async readFile(known) {
      const size = known ?? (await call((done) => fs.fstat(fd, done))).size;
      if (size > 0) {
        const buffer = Buffer.allocUnsafeSlow(size);
        let filled = 0;
        while (filled < size) {
          const count = await read2(
            buffer,
            filled,
            Math.min(size - filled, READ_CHUNK_BYTES),
            null
          );
          if (count === 0) return buffer.subarray(0, filled);
          filled += count;
        }
        return buffer;
      }
      const chunks = [];
      for (; ; ) {
        const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
        const count = await read2(chunk, 0, chunk.length, null);
        if (count === 0) return Buffer.concat(chunks);
        chunks.push(chunk.subarray(0, count));
      }
    },
    async write(data) {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let done = 0;
      while (done < bytes.length)
        done += await call(
          (callback) => fs.write(fd, bytes, done, bytes.length - done, null, callback)
        );
    },
    close: () => call((done) => fs.close(fd, done))
  };
}

// src/start-up/short-run-tuning.ts
var LONG_RUN_BYTES = 1024 * 1024;
var STATE = /* @__PURE__ */ Symbol.for("pin-audit.short-run-tuning");
function endShortRunTuning(holder = globalThis) {
  const state = holder[STATE];
  if (state === void 0 || state.ended) return false;
  state.ended = true;
  state.setDefaults();
  return true;
}
function noteBytesRead(bytes, holder = globalThis) {
  const state = holder[STATE];
  if (state === void 0 || state.ended) return;
  state.bytesRead += bytes;
  if (state.bytesRead > LONG_RUN_BYTES) endShortRunTuning(holder);
}

// src/discover/read-file-bytes.ts
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var KEPT_BUFFER_BYTES = 4 * 1024 * 1024;
var MIN_BUFFER_BYTES = 256 * 1024;
async function readFileWith(absPath, use) {
  if (blockingReads) return readBlocking(absPath, use);
  let handle;
  let bytes;
  try {
    handle = await open2(absPath, "r");
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    noteBytesRead(size);
    bytes = await handle.readFile(size);
  } catch (error) {
    return cannotRead(error);
  } finally {
    await handle?.close().catch(() => {
    });
  }
  return { ok: true, value: use(bytes) };
}
var blockingReads = false;
var kept = null;
function useBlockingReads() {
  blockingReads = true;
}
function isUsingBlockingReads() {
  return blockingReads;
}
function readBlocking(absPath, use) {
  let fd;
  let bytes;
  try {
    fd = (0, import_node_fs.openSync)(absPath, "r");
    const { size } = (0, import_node_fs.fstatSync)(fd);
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    bytes = readToEnd(fd, size);
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  } catch (error) {
    return cannotRead(error);
  } finally {
    if (fd !== void 0) closeQuietly(fd);
  }
  return { ok: true, value: use(bytes) };
}
function readToEnd(fd, size) {
  let buffer = bufferFor(size + 1);
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      if (length > MAX_FILE_BYTES) break;
      const larger = Buffer.allocUnsafe(
        Math.min(2 * length, MAX_FILE_BYTES + 1)
      );
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = (0, import_node_fs.readSync)(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (buffer.length <= KEPT_BUFFER_BYTES) kept = buffer;
  return buffer.subarray(0, length);
}
function bufferFor(bytes) {
  if (kept !== null && kept.length >= bytes) return kept;
  if (bytes > KEPT_BUFFER_BYTES) return Buffer.allocUnsafe(bytes);
  const grown = Math.max(
    bytes,
    kept === null ? MIN_BUFFER_BYTES : 2 * kept.length
  );
  return Buffer.allocUnsafe(Math.min(grown, KEPT_BUFFER_BYTES));
}
function closeQuietly(fd) {
  try {
    (0, import_node_fs.closeSync)(fd);
  } catch {
  }
}
function tooLarge(size) {
  return {
    ok: false,
    diagnostic: {
      severity: "error",
      line: null,
      rule: "unauditable",
      message: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_FILE_BYTES)} pin-audit reads, so what an installer reads from it was not audited; keep dependency files under that size`
    }
  };
}
function cannotRead(error) {
  return {
    ok: false,
    diagnostic: {
      severity: "error",
      line: null,
      message: `cannot read file: ${describeFsError(error)}`
    }
  };
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`;
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a directory";
    default:
      return typeof code === "string" ? code : String(error);
  }
}

// src/parse/ascii-text.ts
var import_node_buffer2 = require("node:buffer");
function decodeAscii(bytes) {
  if (!(0, import_node_buffer2.isAscii)(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(
    "latin1"
  );
}

// src/discover/read-text-file.ts
async function readTextFile(absPath) {
  const read2 = await readFileWith(absPath, decodeText);
  return read2.ok ? read2.value : read2;
}
function decodeText(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return fail(
      "file is UTF-16 encoded; dependency files must be UTF-8 (re-save it as UTF-8)",
      1
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(
      `binary content (a NUL byte at offset ${nul}); this is not a text file`,
      lineAt(bytes, nul)
    );
  }
  try {
    return { ok: true, text: decodeUtf8(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return fail(
      `not valid UTF-8 (byte offset ${offset}); re-save the file as UTF-8`,
      lineAt(bytes, offset)
    );
  }
}
function decodeUtf8(bytes) {
  return decodeAscii(bytes) ?? new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}
function fail(message, line = null) {
  return { ok: false, diagnostic: { severity: "error", line, message } };
}
function lineAt(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    const chunk = bytes.subarray(i, i + need + 1);
    if (chunk.length < need + 1) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(chunk);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

// src/discover/parse-discovered-file.ts
async function parseDiscoveredFile(file, reader) {
  if (file.kind === "requirements") {
    const resolved = await reader.resolve(
      file.path,
      isConstraintsFileName(file.path)
    );
    await attachCompiledOutput(resolved, file.path, reader);
    return {
      parsed: { file, kind: "requirements", value: resolved },
      diagnostics: [...resolved.diagnostics]
    };
  }
  if (file.kind === "uv-lock") return parseUvLockFile(file);
  const read2 = await readTextFile(file.absPath);
  if (!read2.ok)
    return { parsed: null, diagnostics: [[file.path, [read2.diagnostic]]] };
  const text = read2.text;
  switch (file.kind) {
    case "pyproject": {
      const result = parsePyproject(text, file.path);
      const dynamic = await readDynamicDependencies(
        result.value.document,
        file.path,
        reader
      );
      append(
        result.value.requirements,
        applyUvSources(
          dynamic.requirements,
          result.value.uv.sources,
          file.path
        )
      );
      return {
        parsed: {
          file,
          kind: "pyproject",
          value: result.value,
          sources: readPackageSourceSettings(result.value.document, file.path)
        },
        diagnostics: [[file.path, result.diagnostics], ...dynamic.diagnostics]
      };
    }
    case "pylock": {
      const result = parsePylock(text, file.path);
      return {
        parsed: { file, kind: "pylock", value: result.value },
        diagnostics: [[file.path, result.diagnostics]]
      };
    }
    case "poetry-lock": {
      const result = parsePoetryLock(text, file.path);
      return {
        parsed: { file, kind: "poetry-lock", value: result.value },
        diagnostics: [[file.path, result.diagnostics]]
      };
    }
  }
}
async function parseUvLockFile(file) {
  const read2 = await readFileWith(
    file.absPath,
    (bytes) => {
      const fromBytes = bytes.length >= MIN_LOCK_BYTES_TO_ELIDE ? parseUvLockBytes(bytes, file.path) : null;
      if (fromBytes !== null) return { ok: true, result: fromBytes };
      const text = decodeText(bytes);
      return text.ok ? { ok: true, result: parseUvLock(text.text, file.path) } : text;
    }
  );
  const parsed = read2.ok ? read2.value : read2;
  if (!parsed.ok)
    return { parsed: null, diagnostics: [[file.path, [parsed.diagnostic]]] };
  const { result } = parsed;
  if (result.value !== null) keepEdgesWithExtras(result.value.packages);
  return {
    parsed: { file, kind: "uv-lock", value: result.value },
    diagnostics: [[file.path, result.diagnostics]]
  };
}
function keepEdgesWithExtras(packages) {
  for (const pkg of packages) {
    if (pkg.dependencies.length === 0) continue;
    if (pkg.dependencies.every((d) => d.extras.length > 0)) continue;
    pkg.dependencies = pkg.dependencies.filter((d) => d.extras.length > 0);
  }
}

// src/discover/include-cycle.ts
function describeCycle(edges) {
  let first = 0;
  edges.forEach((edge, i) => {
    const best = edges[first];
    if (edge.file < best.file || edge.file === best.file && edge.line < best.line)
      first = i;
  });
  const rotated = [...edges.slice(first), ...edges.slice(0, first)];
  const names = [
    ...rotated.map((e) => e.file),
    rotated[0].file
  ].join(" -> ");
  const at2 = rotated[0];
  return {
    file: at2.file,
    diagnostic: {
      severity: "error",
      line: at2.line,
      message: `${at2.flag} include cycle: ${names}`
    }
  };
}

// src/discover/locate-include.ts
var import_node_path4 = require("node:path");

// src/discover/fs-path-view.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
function fsPathView(rootReal) {
  const abs = (path) => path === "" ? rootReal : (0, import_node_path2.join)(rootReal, ...path.split("/"));
  return {
    async lstat(path) {
      try {
        return kindOf(
          isUsingBlockingReads() ? (0, import_node_fs2.lstatSync)(abs(path)) : await lstat2(abs(path))
        );
      } catch {
        return "missing";
      }
    },
    async readlink(path) {
      return isUsingBlockingReads() ? (0, import_node_fs2.readlinkSync)(abs(path), "utf8") : readlink2(abs(path), "utf8");
    },
    underRoot(absolute) {
      if (absolute === rootReal) return "";
      return absolute.startsWith(`${rootReal}/`) ? absolute.slice(rootReal.length + 1) : null;
    }
  };
}
function kindOf(info) {
  if (info.isSymbolicLink()) return "link";
  if (info.isDirectory()) return "dir";
  return info.isFile() ? "file" : "other";
}

// src/discover/resolve-path.ts
var import_node_path3 = require("node:path");
var MAX_SYMLINKS = 40;
var NEVER_READ_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules"
]);
async function resolvePath(view, fromDir, target) {
  if (target.includes("\0"))
    return refuse("missing", "the path holds a NUL character");
  const current = fromDir === "" || fromDir === "." ? [] : fromDir.split("/");
  const pending = [];
  if (!enter(view, target, current, pending))
    return refuse(
      "outside",
      `'${target}' is an absolute path outside the audited root`
    );
  let links = 0;
  let kind = "dir";
  let lastLink = "";
  while (pending.length > 0) {
    const part = pending.pop();
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (current.length === 0)
        return refuse(
          "outside",
          `the path leads outside the audited root${lastLink}`
        );
      current.pop();
      kind = "dir";
      continue;
    }
    if (kind !== "dir")
      return refuse("missing", `'${current.join("/")}' is not a directory`);
    if (NEVER_READ_DIRS.has(part))
      return refuse(
        "never-read",
        `the path leads into '${[...current, part].join("/")}', which pin-audit never reads`
      );
    const next = [...current, part].join("/");
    kind = await view.lstat(next);
    if (kind === "link") {
      links++;
      if (links > MAX_SYMLINKS)
        return refuse(
          "loop",
          `more than ${MAX_SYMLINKS} symbolic links on the way (the OS stops there too)`
        );
      const link = await view.readlink(next);
      lastLink = ` (through the link '${next}' -> '${link}')`;
      if (link === "" || link.includes("\0") || !enter(view, link, current, pending))
        return refuse(
          "outside",
          `'${next}' is a link to '${link}', outside the audited root`
        );
      kind = "dir";
      continue;
    }
    if (kind === "missing")
      return refuse("missing", `'${next}' does not exist`);
    current.push(part);
  }
  return { ok: true, path: current.join("/"), kind, links };
}
function enter(view, path, current, pending) {
  let relative2 = path;
  if (path.startsWith("/")) {
    const under = view.underRoot(path);
    if (under === null) return false;
    current.length = 0;
    relative2 = under;
  }
  append(pending, relative2.split("/").reverse());
  return true;
}
function refuse(reason, message) {
  return { ok: false, reason, message };
}
function parentOf(path) {
  const dir = import_node_path3.posix.dirname(path);
  return dir === "." ? "" : dir;
}

// src/discover/locate-include.ts
function createLocator(rootReal, boundaryReal) {
  const view = rememberKinds(fsPathView(boundaryReal));
  const prefix = (0, import_node_path4.relative)(boundaryReal, rootReal).split(import_node_path4.sep).join("/");
  const toRoot = (path) => prefix === "" ? path : import_node_path4.posix.relative(prefix, path) || ".";
  return async (path) => {
    const resolved = await resolvePath(view, prefix, path);
    if (resolved.ok) {
      if (resolved.kind === "file")
        return { ok: true, relPath: toRoot(resolved.path) };
      return {
        ok: false,
        reason: `'${resolved.path}' is not a file`,
        unauditable: false
      };
    }
    if (resolved.reason === "missing")
      return {
        ok: false,
        reason: `no such file (${resolved.message})`,
        unauditable: false
      };
    return {
      ok: false,
      reason: `${resolved.message}; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules`,
      unauditable: true
    };
  };
}
var REMEMBERED_KINDS = 4096;
function rememberKinds(view) {
  const kinds = createBoundedCache(REMEMBERED_KINDS);
  return { ...view, lstat: (path) => kinds.get(path, (p) => view.lstat(p)) };
}

// src/discover/requirements-file-cache.ts
var import_node_path5 = require("node:path");

// src/model/recent-cache.ts
function createRecentCache(limit) {
  const entries = /* @__PURE__ */ new Map();
  return {
    get(key, compute) {
      let value;
      if (entries.has(key)) {
        value = entries.get(key);
        entries.delete(key);
      } else {
        value = compute(key);
        if (entries.size >= limit)
          entries.delete(entries.keys().next().value);
      }
      entries.set(key, value);
      return value;
    }
  };
}

// src/parse/requirements/decode-pieces.ts
var import_node_buffer3 = require("node:buffer");

// src/parse/requirements/decode-requirements.ts
var ALIASES2 = {
  "646": "ascii",
  ansi_x3_4_1968: "ascii",
  ansi_x3_4_1986: "ascii",
  "ansi_x3.4_1968": "ascii",
  "ansi_x3.4_1986": "ascii",
  cp367: "ascii",
  csascii: "ascii",
  ibm367: "ascii",
  iso646_us: "ascii",
  "iso_646.irv_1991": "ascii",
  iso_646_irv_1991: "ascii",
  iso_ir_6: "ascii",
  us: "ascii",
  us_ascii: "ascii",
  "8859": "latin_1",
  cp819: "latin_1",
  csisolatin1: "latin_1",
  ibm819: "latin_1",
  iso8859: "latin_1",
  iso8859_1: "latin_1",
  iso_8859_1: "latin_1",
  iso_8859_1_1987: "latin_1",
  iso_ir_100: "latin_1",
  l1: "latin_1",
  latin: "latin_1",
  latin1: "latin_1",
  u16: "utf_16",
  utf16: "utf_16",
  unicodebigunmarked: "utf_16_be",
  utf_16be: "utf_16_be",
  unicodelittleunmarked: "utf_16_le",
  utf_16le: "utf_16_le",
  u32: "utf_32",
  utf32: "utf_32",
  utf_32be: "utf_32_be",
  utf_32le: "utf_32_le",
  cp65001: "utf_8",
  u8: "utf_8",
  utf: "utf_8",
  utf8: "utf_8",
  utf8_ucs2: "utf_8",
  utf8_ucs4: "utf_8"
};
var CODECS = /* @__PURE__ */ new Set([
  "utf_8",
  "utf_8_sig",
  "ascii",
  "latin_1",
  "utf_16",
  "utf_16_le",
  "utf_16_be",
  "utf_32",
  "utf_32_le",
  "utf_32_be"
]);
var BOMS = [
  [[239, 187, 191], "utf_8"],
  [[255, 254], "utf_16"],
  [[254, 255], "utf_16_be"],
  [[255, 254], "utf_16_le"],
  [[255, 254, 0, 0], "utf_32"],
  [[0, 0, 254, 255], "utf_32_be"],
  [[255, 254, 0, 0], "utf_32_le"]
];
function decodeRequirementsBytes(bytes) {
  for (const [bom, codec2] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b))
      return decodeWith(codec2, bytes.subarray(bom.length), codec2);
  }
  const declared = codingDeclaration(bytes);
  if (declared === null) return decodeDefault(bytes);
  const codec = lookupCodec(declared.name);
  if (codec === null)
    return {
      ok: false,
      unauditable: true,
      line: declared.line,
      message: `declares the encoding '${declared.name}', which pip honours and pin-audit does not decode, so pip may read other requirements than the text shows; save the file as UTF-8 and remove the coding declaration`
    };
  return decodeWith(codec, bytes, declared.name);
}
function codingDeclaration(bytes) {
  let start = 0;
  for (let line = 1; line <= 2 && start <= bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    if (bytes[start] === 35) {
      const name = searchCoding(bytes.subarray(start, end));
      if (name !== null) return { name, line };
    }
    start = end + 1;
  }
  return null;
}
var isWordByte = (b) => b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122 || b === 95 || b === 45 || b === 46;
var isSpaceByte = (b) => b === 32 || b >= 9 && b <= 13;
var CODING = [99, 111, 100, 105, 110, 103];
function searchCoding(line) {
  for (let at2 = line.indexOf(99); at2 !== -1; at2 = line.indexOf(99, at2 + 1)) {
    if (!CODING.every((b, i2) => line[at2 + i2] === b)) continue;
    let i = at2 + CODING.length;
    if (line[i] !== 58 && line[i] !== 61) continue;
    i++;
    while (i < line.length && isSpaceByte(line[i])) i++;
    let end = i;
    while (end < line.length && isWordByte(line[end])) end++;
    if (end > i) return new TextDecoder().decode(line.subarray(i, end));
  }
  return null;
}
function lookupCodec(name) {
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_|_$/g, "");
  const codec = ALIASES2[norm] ?? ALIASES2[norm.replaceAll(".", "_")] ?? (CODECS.has(norm) ? norm : null);
  return codec ?? null;
}
function decodeDefault(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      ok: false,
      unauditable: false,
      line: lineOf(bytes, nul),
      message: `binary content (a NUL byte at offset ${nul}); this is not a text file`
    };
  const text = decodeAscii(bytes) ?? strictDecode("utf-8", bytes);
  if (text !== null) return { ok: true, text, encoding: "utf_8" };
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\uFFFD");
  return {
    ok: false,
    unauditable: false,
    line: bad === -1 ? null : lenient.slice(0, bad).split("\n").length,
    message: "not valid UTF-8, so pip cannot read it either; re-save the file as UTF-8"
  };
}
function lineOf(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 10) line++;
  return line;
}
function decodeWith(codec, bytes, label) {
  const text = decodeCodec(codec, bytes);
  if (text === null)
    return {
      ok: false,
      unauditable: false,
      line: null,
      message: `not valid ${label} text, so pip cannot read it either; re-save the file as UTF-8`
    };
  return { ok: true, text, encoding: codec };
}
function decodeCodec(codec, bytes) {
  switch (codec) {
    case "utf_8":
      return strictDecode("utf-8", bytes);
    case "utf_8_sig": {
      const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
      return strictDecode("utf-8", bom ? bytes.subarray(3) : bytes);
    }
    case "ascii":
      return bytes.every((b) => b < 128) ? latin1(bytes) : null;
    case "latin_1":
      return latin1(bytes);
    case "utf_16":
      if (bytes[0] === 254 && bytes[1] === 255)
        return strictDecode("utf-16be", bytes.subarray(2));
      if (bytes[0] === 255 && bytes[1] === 254)
        return strictDecode("utf-16le", bytes.subarray(2));
      return strictDecode("utf-16le", bytes);
    case "utf_16_le":
      return strictDecode("utf-16le", bytes);
    case "utf_16_be":
      return strictDecode("utf-16be", bytes);
    case "utf_32":
      if (startsWith(bytes, [0, 0, 254, 255]))
        return decodeUtf32(bytes.subarray(4), false);
      if (startsWith(bytes, [255, 254, 0, 0]))
        return decodeUtf32(bytes.subarray(4), true);
      return decodeUtf32(bytes, true);
    case "utf_32_le":
      return decodeUtf32(bytes, true);
    case "utf_32_be":
      return decodeUtf32(bytes, false);
  }
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}
function strictDecode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes
    );
  } catch {
    return null;
  }
}
function latin1(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}
function decodeUtf32(bytes, littleEndian) {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 1114111 || point >= 55296 && point <= 57343) return null;
    points.push(point);
  }
  let out = "";
  for (let i = 0; i < points.length; i += 8192)
    out += String.fromCodePoint(...points.slice(i, i + 8192));
  return out;
}

// src/parse/requirements/decode-pieces.ts
var PIECE_BYTES = 64 * 1024;
var ASCII_COMPATIBLE = /* @__PURE__ */ new Set(["utf_8", "utf_8_sig", "ascii", "latin_1"]);
function decodeRequirementsPieces(bytes) {
  if (bytes.length >= 2 * PIECE_BYTES && readsAsAscii(bytes))
    return { ok: true, pieces: asciiPieces(bytes) };
  const decoded = decodeRequirementsBytes(bytes);
  return decoded.ok ? { ok: true, pieces: [decoded.text] } : decoded;
}
function readsAsAscii(bytes) {
  if (!(0, import_node_buffer3.isAscii)(bytes) || bytes.indexOf(0) >= 0) return false;
  const declared = codingDeclaration(bytes);
  if (declared === null) return true;
  const codec = lookupCodec(declared.name);
  return codec !== null && ASCII_COMPATIBLE.has(codec);
}
function asciiPieces(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const pieces = [];
  let start = 0;
  while (start < buffer.length) {
    const lineEnd = buffer.indexOf(10, start + PIECE_BYTES);
    const end = lineEnd === -1 ? buffer.length : lineEnd + 1;
    pieces.push(buffer.toString("latin1", start, end));
    start = end;
  }
  return pieces;
}

// src/parse/requirements/option-table.ts
var OPTION_SPECS = [
  {
    name: "--index-url",
    short: ["-i"],
    long: ["--index-url", "--pypi-url"],
    dest: "index_url",
    takesValue: true
  },
  {
    name: "--extra-index-url",
    short: [],
    long: ["--extra-index-url"],
    dest: "extra_index_urls",
    takesValue: true
  },
  {
    name: "--no-index",
    short: [],
    long: ["--no-index"],
    dest: "no_index",
    takesValue: false
  },
  {
    name: "--constraint",
    short: ["-c"],
    long: ["--constraint"],
    dest: "constraints",
    takesValue: true
  },
  {
    name: "--requirement",
    short: ["-r"],
    long: ["--requirement"],
    dest: "requirements",
    takesValue: true
  },
  {
    name: "--editable",
    short: ["-e"],
    long: ["--editable"],
    dest: "editables",
    takesValue: true
  },
  {
    name: "--find-links",
    short: ["-f"],
    long: ["--find-links"],
    dest: "find_links",
    takesValue: true
  },
  {
    name: "--no-binary",
    short: [],
    long: ["--no-binary"],
    dest: "no_binary",
    takesValue: true,
    check: checkFormatControl
  },
  {
    name: "--only-binary",
    short: [],
    long: ["--only-binary"],
    dest: "only_binary",
    takesValue: true,
    check: checkFormatControl
  },
  {
    name: "--prefer-binary",
    short: [],
    long: ["--prefer-binary"],
    dest: "prefer_binary",
    takesValue: false
  },
  {
    name: "--require-hashes",
    short: [],
    long: ["--require-hashes"],
    dest: "require_hashes",
    takesValue: false
  },
  { name: "--pre", short: [], long: ["--pre"], dest: "pre", takesValue: false },
  {
    name: "--trusted-host",
    short: [],
    long: ["--trusted-host"],
    dest: "trusted_hosts",
    takesValue: true
  },
  {
    name: "--use-feature",
    short: [],
    long: ["--use-feature"],
    dest: "features_enabled",
    takesValue: true,
    choices: ["fast-deps", "truststore", "no-binary-enable-wheel-cache"]
  },
  {
    name: "--global-option",
    short: [],
    long: ["--global-option"],
    dest: "global_options",
    takesValue: true
  },
  {
    name: "--hash",
    short: [],
    long: ["--hash"],
    dest: "hashes",
    takesValue: true,
    check: checkHash
  },
  {
    name: "--config-settings",
    short: ["-C"],
    long: ["--config-settings"],
    dest: "config_settings",
    takesValue: true,
    check: (value, spelling) => value.includes("=") ? null : `arguments to ${spelling} must be of the form KEY=VAL`
  }
];
var LONG_OPTIONS = new Map(
  OPTION_SPECS.flatMap(
    (spec) => spec.long.map((long) => [long, spec])
  )
);
var REQUIREMENT_OPTIONS = [
  "global_options",
  "hashes",
  "config_settings"
];
var FILE_LEVEL_OPTIONS = OPTION_SPECS.map(
  (spec) => spec.dest
).filter((dest) => !REQUIREMENT_OPTIONS.includes(dest));
function checkHash(value, spelling) {
  const colon = value.indexOf(":");
  if (colon === -1) {
    return `arguments to ${spelling} must be a hash name followed by a value, like --hash=sha256:abcde...`;
  }
  const algorithm = value.slice(0, colon);
  if (!["sha256", "sha384", "sha512"].includes(algorithm)) {
    return `allowed hash algorithms for ${spelling} are sha256, sha384, sha512, not '${algorithm}'`;
  }
  return null;
}
function checkFormatControl(value, spelling) {
  return value.startsWith("-") ? `${spelling} needs a value (":all:", ":none:" or package names)` : null;
}

// src/parse/requirements/parse-options.ts
function splitShell(text) {
  if (!/['"\\]/.test(text)) {
    return text === "" ? [] : text.split(/[ \t\r\n]+/).filter((word2) => word2 !== "");
  }
  const words = [];
  let word = "";
  let inWord = false;
  let quote2 = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote2 === "'") {
      if (ch === "'") {
        quote2 = null;
      } else {
        word += ch;
      }
    } else if (quote2 === '"') {
      if (ch === '"') {
        quote2 = null;
      } else if (ch === "\\") {
        i++;
        if (i >= text.length) {
          return "No escaped character";
        }
        const next = text[i];
        word += next === '"' || next === "\\" ? next : `\\${next}`;
      } else {
        word += ch;
      }
    } else if (ch === " " || ch === "	" || ch === "\r" || ch === "\n") {
      if (inWord) {
        words.push(word);
        word = "";
        inWord = false;
      }
    } else if (ch === "'" || ch === '"') {
      quote2 = ch;
      inWord = true;
    } else if (ch === "\\") {
      i++;
      if (i >= text.length) {
        return "No escaped character";
      }
      word += text[i];
      inWord = true;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote2 !== null) {
    return "No closing quotation";
  }
  if (inWord) {
    words.push(word);
  }
  return words;
}
function parseOptions(words) {
  const values = [];
  const positional = [];
  let next = 0;
  const hasMore = () => next < words.length;
  const take = () => words[next++];
  while (hasMore()) {
    const word = take();
    if (word === "--") {
      append(positional, words.slice(next));
      break;
    }
    if (word.startsWith("--")) {
      const equals = word.indexOf("=");
      const written = equals === -1 ? word : word.slice(0, equals);
      const option = matchLongOption(written);
      if (typeof option === "string") {
        return option;
      }
      let value = null;
      if (option.takesValue) {
        if (equals !== -1) {
          value = word.slice(equals + 1);
        } else if (hasMore()) {
          value = take();
        } else {
          return `${written} option requires 1 argument`;
        }
      } else if (equals !== -1) {
        return `${written} option does not take a value`;
      }
      const error = checkValue(option, written, value);
      if (error !== null) {
        return error;
      }
      values.push({ option, spelling: written, value });
    } else if (word.startsWith("-") && word !== "-") {
      for (let i = 1; i < word.length; i++) {
        const spelling = `-${word[i]}`;
        const option = OPTION_SPECS.find(
          (spec) => spec.short.includes(spelling)
        );
        if (option === void 0) {
          return `no such option: ${spelling}`;
        }
        let value = null;
        if (option.takesValue) {
          if (i + 1 < word.length) {
            value = word.slice(i + 1);
          } else if (hasMore()) {
            value = take();
          } else {
            return `${spelling} option requires 1 argument`;
          }
        }
        const error = checkValue(option, spelling, value);
        if (error !== null) {
          return error;
        }
        values.push({ option, spelling, value });
        if (option.takesValue) {
          break;
        }
      }
    } else {
      positional.push(word);
    }
  }
  return { values, positional };
}
function matchLongOption(written) {
  const exact = LONG_OPTIONS.get(written);
  if (exact !== void 0) {
    return exact;
  }
  const candidates = OPTION_SPECS.flatMap(
    (spec) => spec.long.filter((long) => long.startsWith(written)).map((long) => ({ spec, long }))
  );
  const [first, ...others] = candidates;
  if (first === void 0) {
    return `no such option: ${written}`;
  }
  if (others.length > 0) {
    return `ambiguous option: ${written} (${candidates.map((candidate) => candidate.long).join(", ")}?)`;
  }
  return first.spec;
}
function checkValue(option, spelling, value) {
  if (value === null) {
    return null;
  }
  if (option.choices && !option.choices.includes(value)) {
    return `option ${spelling}: invalid choice: '${value}' (choose from ${option.choices.map((choice) => `'${choice}'`).join(", ")})`;
  }
  return option.check ? option.check(value, spelling) : null;
}
var HASH_OPTION = /--hash=sha(?:256|384|512):[0-9A-Fa-f]*(?:[ \t\r\n]+|$)/y;
function countHashOptions(options) {
  let count = 0;
  HASH_OPTION.lastIndex = 0;
  while (HASH_OPTION.lastIndex < options.length) {
    if (!HASH_OPTION.test(options)) return null;
    count++;
  }
  return count;
}

// src/parse/requirements/physical-lines.ts
function isPythonSpace(c) {
  if (c <= 32)
    return c === 32 || c >= 9 && c <= 13 || c >= 28 && c <= 31;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function isPythonLineBreak(c) {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 28 || c === 29 || c === 30 || c === 133 || c === 8232 || c === 8233;
}
var OTHER_LINE_BREAK = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
function splitPythonLines(text) {
  if (!OTHER_LINE_BREAK.test(text)) {
    const lines2 = text.split("\n");
    if (lines2[lines2.length - 1] === "") lines2.pop();
    return lines2;
  }
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPythonLineBreak(c)) continue;
    lines.push(text.slice(start, i));
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}
function stripPython(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isPythonSpace(text.charCodeAt(start))) start++;
  while (end > start && isPythonSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
function stripComment(text) {
  let at2 = text.indexOf("#");
  while (at2 !== -1) {
    if (at2 === 0) return "";
    if (isPythonSpace(text.charCodeAt(at2 - 1))) {
      let start = at2 - 1;
      while (start > 0 && isPythonSpace(text.charCodeAt(start - 1))) start--;
      return text.slice(0, start);
    }
    at2 = text.indexOf("#", at2 + 1);
  }
  return text;
}
function isCommentLine(text) {
  let i = 0;
  while (i < text.length && isPythonSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 35;
}
function stripBackslashes(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 92) start++;
  while (end > start && text.charCodeAt(end - 1) === 92) end--;
  return text.slice(start, end);
}
function* readLogicalLines(text, env, diagnostics) {
  for (const joined of joinLines(splitPieces(text))) {
    const line = stripPython(stripComment(joined.text));
    if (line === "") continue;
    yield {
      number: joined.number,
      text: line.includes("${") ? expandEnvVariables(line, joined.number, env, diagnostics) : line
    };
  }
}
function splitPieces(text) {
  const pieces = typeof text === "string" ? [text] : text;
  const first = pieces[0] ?? "";
  const lines = splitPythonLines(
    first.startsWith("\uFEFF") ? first.slice(1) : first
  );
  for (let i = 1; i < pieces.length; i++)
    for (const line of splitPythonLines(pieces[i])) lines.push(line);
  return lines;
}
function* joinLines(lines) {
  let primary = 0;
  let parts = [];
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const number = index + 1;
    const isComment = isCommentLine(raw);
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? ` ${raw}` : raw;
      if (parts.length > 0) {
        parts.push(line);
        yield { number: primary, text: parts.join("") };
        parts = [];
      } else {
        yield { number, text: line };
      }
    } else {
      if (parts.length === 0) {
        primary = number;
      }
      parts.push(stripBackslashes(raw));
    }
  }
  if (parts.length > 0) {
    yield { number: primary, text: parts.join("") };
  }
}
var ENV_VAR_RE = /\$\{([A-Z0-9_]+)\}/g;
function expandEnvVariables(line, number, env, diagnostics) {
  let expanded = line;
  for (const match of line.matchAll(ENV_VAR_RE)) {
    const [variable, name] = match;
    const value = env[name];
    if (!value) {
      diagnostics.push({
        severity: "warning",
        line: number,
        message: `environment variable ${name} is not set, so pip would keep '${variable}' as written`
      });
      continue;
    }
    expanded = expanded.split(variable).join(value);
  }
  return expanded;
}

// src/parse/requirements/line-context.ts
function addError(context, line, message) {
  context.diagnostics.push({ severity: "error", line, message });
}

// src/parse/requirements/link-names.ts
var VCS_NAMES = ["bzr", "git", "hg", "svn"];
var VCS_SCHEMES = [
  "bzr+http",
  "bzr+https",
  "bzr+ssh",
  "bzr+sftp",
  "bzr+ftp",
  "bzr+lp",
  "bzr+file",
  "git+http",
  "git+https",
  "git+ssh",
  "git+git",
  "git+file",
  "hg+file",
  "hg+http",
  "hg+https",
  "hg+ssh",
  "hg+static-http",
  "svn+ssh",
  "svn+http",
  "svn+https",
  "svn+svn",
  "svn+file"
];
var ARCHIVE_EXTENSIONS = [
  ".zip",
  ".whl",
  ".tar.bz2",
  ".tbz",
  ".tar.gz",
  ".tgz",
  ".tar",
  ".tar.xz",
  ".txz",
  ".tlz",
  ".tar.lz",
  ".tar.lzma"
];
function urlScheme(text) {
  const colon = text.indexOf(":");
  return colon === -1 ? null : text.slice(0, colon).toLowerCase();
}
function isUrl(text) {
  const scheme = urlScheme(text);
  return scheme !== null && (["http", "https", "file", "ftp"].includes(scheme) || VCS_SCHEMES.includes(scheme));
}
function archiveExtension(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) {
    return "";
  }
  let ext = base.slice(dot);
  const stem = base.slice(0, dot);
  if (stem.toLowerCase().endsWith(".tar")) {
    ext = stem.slice(-4) + ext;
  }
  return ext.toLowerCase();
}
function isArchive(path) {
  return ARCHIVE_EXTENSIONS.includes(archiveExtension(path));
}
function stripExtras(text) {
  const end = text.length - 1;
  if (end < 0 || text.charCodeAt(end) !== 93)
    return { path: text, extras: null };
  const lastClose = text.lastIndexOf("]", end - 1);
  for (let at2 = end - 2; at2 >= 1 && at2 > lastClose; at2--) {
    if (text.charCodeAt(at2) === 91)
      return { path: text.slice(0, at2), extras: text.slice(at2) };
  }
  return { path: text, extras: null };
}
function looksLikePath(text) {
  return text.includes("/") || text.startsWith(".");
}
function urlFileName(url) {
  const withoutFragment = url.split("#", 1)[0] ?? "";
  const withoutQuery = withoutFragment.split("?", 1)[0] ?? "";
  const afterScheme = withoutQuery.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, "");
  const pathPart = afterScheme.startsWith("//") ? afterScheme.slice(2).replace(/^[^/]*/, "") : afterScheme;
  let end = pathPart.length;
  while (end > 0 && pathPart.charCodeAt(end - 1) === 47) end--;
  const trimmed = pathPart.slice(0, end);
  const base = trimmed.slice(trimmed.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}
function eggFragment(url) {
  const match = /[#&]egg=([^&]*)/.exec(url);
  return match?.[1] ? match[1] : null;
}
var WHEEL_FILE_RE = /^(?<name>[^\s-]+?)-(?<ver>[^\s-]*?)(?:(?:-(?<build>\d[^-]*?))?-(?<pyver>[^\s-]+?)-(?<abi>[^\s-]+?)-(?<plat>[^\s-]+?)\.whl|\.dist-info)$/;

// src/parse/requirements/link-requirement.ts
function requirementFromLink(target, url, extrasText, number, context, editable) {
  const extras = extrasText === null ? [] : parseExtrasText(extrasText, number, context);
  const fileName = isUrl(target) ? urlFileName(target) : target.slice(target.lastIndexOf("/") + 1);
  if (!editable && archiveExtension(fileName) === ".whl") {
    return requirementFromWheel(fileName, extras, url, number, context);
  }
  const egg = isUrl(target) ? eggFragment(target) : null;
  if (egg === null) {
    reportUnnamedLink(target, number, context);
    return null;
  }
  return requirementFromEgg(egg, target, extras, url, number, context);
}
function requirementFromWheel(fileName, extras, url, number, context) {
  const wheel = WHEEL_FILE_RE.exec(fileName);
  if (!wheel?.groups) {
    addError(context, number, `'${fileName}' is not a valid wheel file name`);
    return null;
  }
  const name = (wheel.groups.name ?? "").replace(/_/g, "-");
  const version = (wheel.groups.ver ?? "").replace(/_/g, "-");
  const result = parsePep508(`${name}==${version}`);
  if (!result.ok) {
    addError(
      context,
      number,
      `cannot read a name and version from the wheel '${fileName}': ${result.error}`
    );
    return null;
  }
  return {
    name: result.value.name,
    specifier: result.value.specifier,
    extras,
    url
  };
}
function reportUnnamedLink(target, number, context) {
  const local = !isUrl(target) || urlScheme(target) === "file";
  context.diagnostics.push(
    local ? {
      severity: "notice",
      line: number,
      message: `cannot tell the package name of '${target}' without building it, so it is not audited; add '#egg=<name>' or write '<name> @ <url>'`
    } : {
      severity: "error",
      line: number,
      rule: "unauditable",
      message: `pip installs '${target}', whose package name and version only building it would tell, so it cannot be audited; write '<name> @ <url>' with a pinned commit or version`
    }
  );
}
function requirementFromEgg(egg, target, extras, url, number, context) {
  const result = parsePep508(egg);
  if (!result.ok) {
    addError(
      context,
      number,
      `invalid '#egg=' name in '${target}': ${result.error}`
    );
    return null;
  }
  const allExtras = [...extras];
  for (const extra of result.value.extras) {
    if (!allExtras.includes(extra)) {
      allExtras.push(extra);
    }
  }
  return {
    name: result.value.name,
    specifier: result.value.specifier,
    extras: allExtras,
    url
  };
}
function parseExtrasText(extrasText, number, context) {
  const result = parsePep508(`placeholder${extrasText.toLowerCase()}`);
  if (!result.ok) {
    addError(
      context,
      number,
      `invalid extras '${extrasText}': ${result.error}`
    );
    return [];
  }
  return result.value.extras;
}

// src/parse/requirements/requirement-line.ts
function addRequirementLine(args, number, hashes, context) {
  const split = splitMarker(args, number, context);
  if (split === null) {
    return;
  }
  const read2 = split.url ? {
    requirement: requirementFromLink(
      split.body,
      split.body,
      null,
      number,
      context,
      false
    ),
    marker: null
  } : readNamedOrPath(split.body, number, context);
  if (read2 === null || read2.requirement === null) {
    return;
  }
  context.value.requirements.push(
    toRequirement(
      read2.requirement,
      read2.marker ?? split.marker,
      false,
      hashes,
      context,
      number
    )
  );
}
function toRequirement(line, marker, editable, hashes, context, number) {
  return {
    name: line.name,
    specifier: line.specifier,
    extras: line.extras,
    url: line.url,
    marker,
    editable,
    hashes,
    group: context.group,
    file: context.path,
    line: number
  };
}
function splitMarker(args, number, context) {
  const url = isUrl(args);
  const separator = url ? "; " : ";";
  const at2 = args.indexOf(separator);
  if (at2 === -1) {
    return { body: stripPython(args), marker: null, url };
  }
  const body = stripPython(args.slice(0, at2));
  const markerText = stripPython(args.slice(at2 + separator.length));
  if (markerText === "") {
    return { body, marker: null, url };
  }
  const result = parsePep508Marker(markerText);
  if (!result.ok) {
    addError(context, number, `invalid environment marker: ${result.error}`);
    return null;
  }
  return { body, marker: result.value, url };
}
function readNamedOrPath(body, number, context) {
  const { path, extras } = stripExtras(body);
  const archive = isArchive(path);
  const pep508Url = body.includes("@") && !looksLikePath(body.split("@", 1)[0] ?? "");
  const result = parsePep508(body);
  const localFile = () => ({
    requirement: requirementFromLink(
      path,
      path,
      extras,
      number,
      context,
      false
    ),
    marker: null
  });
  if (archive && !pep508Url) {
    return localFile();
  }
  if (result.ok) {
    const { name, specifier, extras: requirementExtras, url } = result.value;
    return {
      requirement: { name, specifier, extras: requirementExtras, url },
      marker: result.value.marker
    };
  }
  if (looksLikePath(body) && !archive && !(pep508Url && isUrl(stripPython(body.slice(body.indexOf("@") + 1))))) {
    return localFile();
  }
  addError(context, number, invalidRequirementMessage(body, result.error));
  return null;
}
function looksLikeNameAtUrl(body) {
  const slash = body.indexOf("/");
  const head = slash === -1 ? body : body.slice(0, slash);
  const at2 = head.indexOf("@");
  return at2 !== -1 && head.indexOf(":", at2) !== -1;
}
function invalidRequirementMessage(body, error) {
  if (body.includes("/") && !looksLikeNameAtUrl(body)) {
    return `invalid requirement (it looks like a path, but pip reads it as a requirement): ${error}`;
  }
  if (body.includes("=") && !/===|==|~=|!=|<=|>=|<|>/.test(body)) {
    return `invalid requirement ('=' is not a version operator; did you mean '=='?): ${error}`;
  }
  return `invalid requirement: ${error}`;
}
function addEditable(target, number, context) {
  const { path: withoutExtras, extras } = stripExtras(target);
  let requirement;
  let url = target;
  const shorthand = VCS_NAMES.find(
    (vcs) => target.toLowerCase().startsWith(`${vcs}:`)
  );
  if (shorthand !== void 0) {
    url = `${shorthand}+${target}`;
  }
  const scheme = urlScheme(url);
  const localProject = () => requirementFromLink(
    withoutExtras,
    withoutExtras,
    extras,
    number,
    context,
    true
  );
  if (withoutExtras.toLowerCase().startsWith("file:")) {
    requirement = localProject();
  } else if (scheme !== null && VCS_SCHEMES.includes(scheme)) {
    if (eggFragment(url) === null) {
      addError(
        context,
        number,
        `cannot tell the package name of '${target}'; add '#egg=<name>' to the URL`
      );
      return;
    }
    requirement = requirementFromLink(url, url, null, number, context, true);
  } else if (scheme === null || /^[A-Za-z]:[\\/]/.test(withoutExtras) || // pip: a URL that is neither file: nor VCS is not a valid editable.
  looksLikePath(withoutExtras) && !isUrl(withoutExtras) && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(withoutExtras)) {
    requirement = localProject();
  } else {
    addError(
      context,
      number,
      `'${target}' is not a valid editable requirement: it should be a path to a local project or a VCS URL (git+https://..., hg+..., svn+..., bzr+...)`
    );
    return;
  }
  if (requirement === null) {
    return;
  }
  context.value.requirements.push(
    toRequirement(requirement, null, true, 0, context, number)
  );
}

// src/parse/requirements-txt.ts
function parseRequirementsTxt(text, path, options) {
  const value = {
    requirements: [],
    includes: [],
    options: []
  };
  const diagnostics = [];
  const context = {
    path,
    group: options?.group ?? "requirements",
    env: options?.env ?? {},
    value,
    diagnostics
  };
  let lineNumber = null;
  let lines = 0;
  try {
    const logical = readLogicalLines(text, context.env, diagnostics);
    for (; ; ) {
      const said = diagnostics.length;
      const next = logical.next();
      if (next.done) break;
      const line = next.value;
      lineNumber = line.number;
      if (++lines > MAX_ENTRIES_PER_FILE) {
        diagnostics.length = said;
        diagnostics.push(tooManyEntries(line.number, "pip"));
        break;
      }
      handleLine(line.number, line.text, context);
    }
  } catch (error) {
    diagnostics.push({
      severity: "error",
      line: lineNumber,
      message: `internal error while reading this requirements file: ${String(error)}`
    });
  }
  return { value, diagnostics };
}
function breakArgsOptions(line) {
  if (line.startsWith("-")) return { args: "", options: line };
  const index = line.indexOf(" -");
  if (index === -1) {
    return { args: line, options: "" };
  }
  return { args: line.slice(0, index), options: line.slice(index + 1) };
}
function handleLine(number, line, context) {
  const { args, options } = breakArgsOptions(line);
  if (args !== "") {
    const hashes = countHashOptions(options);
    if (hashes !== null) {
      addRequirementLine(args, number, hashes, context);
      return;
    }
  }
  const words = splitShell(options);
  if (typeof words === "string") {
    addError(
      context,
      number,
      `could not split the options '${options}': ${words}`
    );
    return;
  }
  const parsed = parseOptions(words);
  if (typeof parsed === "string") {
    addError(context, number, `${parsed} (pip stops on this line)`);
    return;
  }
  for (const word of parsed.positional) {
    context.diagnostics.push({
      severity: "warning",
      line: number,
      message: `pip ignores '${word}' after the options on this line`
    });
  }
  if (args !== "") {
    warnIgnored(
      parsed,
      FILE_LEVEL_OPTIONS,
      number,
      context,
      "on a requirement line"
    );
    addRequirementLine(
      args,
      number,
      parsed.values.filter((entry) => entry.option.dest === "hashes").length,
      context
    );
    return;
  }
  const editable = parsed.values.find(
    (entry) => entry.option.dest === "editables"
  );
  if (editable !== void 0) {
    warnIgnored(
      parsed,
      [...FILE_LEVEL_OPTIONS, ...REQUIREMENT_OPTIONS],
      number,
      context,
      "with -e",
      editable
    );
    addEditable(editable.value ?? "", number, context);
    return;
  }
  handleOptionLine(parsed, number, context);
}
function warnIgnored(parsed, dests, number, context, where, except) {
  for (const entry of parsed.values) {
    if (entry !== except && dests.includes(entry.option.dest)) {
      context.diagnostics.push({
        severity: "warning",
        line: number,
        message: `pip ignores ${entry.spelling} ${where}`
      });
    }
  }
}
function handleOptionLine(parsed, number, context) {
  const { value, diagnostics } = context;
  const requirementFiles = parsed.values.filter(
    (entry) => entry.option.dest === "requirements"
  );
  const constraintFiles = parsed.values.filter(
    (entry) => entry.option.dest === "constraints"
  );
  const include = requirementFiles[0] ?? constraintFiles[0];
  for (const entry of parsed.values) {
    const dest = entry.option.dest;
    if (dest === "requirements" || dest === "constraints") {
      if (entry === include) {
        value.includes.push({
          kind: dest === "requirements" ? "requirement" : "constraint",
          target: entry.value ?? "",
          line: number
        });
      } else {
        diagnostics.push({
          severity: "warning",
          line: number,
          message: `pip reads only one -r or -c per line and ignores ${entry.spelling} ${entry.value ?? ""}`
        });
      }
    } else if (dest === "hashes") {
      diagnostics.push({
        severity: "warning",
        line: number,
        message: "--hash without a requirement on the line is ignored by pip"
      });
    } else if (REQUIREMENT_OPTIONS.includes(dest)) {
      diagnostics.push({
        severity: "warning",
        line: number,
        message: `${entry.spelling} without a requirement on the line is ignored by pip`
      });
    } else {
      value.options.push({
        name: entry.option.name,
        value: entry.value,
        line: number,
        file: context.path
      });
    }
  }
}

// src/discover/compiled-header.ts
var PIP_COMPILE = /^#\s*This file is autogenerated by pip-compile\b/i;
var UV = /^#\s*This file was autogenerated by uv via the following command:/i;
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-o",
  "--output-file",
  "-c",
  "--constraint",
  "--constraints",
  "--overrides",
  "--override",
  "-b",
  "--build-constraint",
  "--build-constraints",
  "--extra",
  "--group",
  "-p",
  "--python",
  "--python-version",
  "--python-platform",
  "-P",
  "--upgrade-package",
  "-i",
  "--index-url",
  "--default-index",
  "--extra-index-url",
  "--index",
  "-f",
  "--find-links",
  "--index-strategy",
  "--keyring-provider",
  "--resolution",
  "--prerelease",
  "--fork-strategy",
  "--exclude-newer",
  "--exclude-newer-package",
  "--no-emit-package",
  "--unsafe-package",
  "--annotation-style",
  "--custom-compile-command",
  "--config-file",
  "--config",
  "--cache-dir",
  "--link-mode",
  "--torch-backend",
  "--color",
  "--directory",
  "--project",
  "-C",
  "--config-setting",
  "--no-binary",
  "--only-binary",
  "--no-build-package",
  "--no-binary-package",
  "--refresh-package",
  "--cert",
  "--client-cert",
  "--trusted-host",
  "--pip-args",
  "--resolver",
  "--max-rounds",
  "--build-deps-for",
  "--python-preference",
  "--allow-insecure-host",
  "--emit-index-annotation",
  "--dependency-metadata"
]);
var HEADER_LINES = 12;
var LINE_BREAK = /\r\n|\r|\n/;
function readCompiledHeader(text) {
  const lines = headOf(text).replace(/^\uFEFF/, "").split(LINE_BREAK, HEADER_LINES);
  let tool = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (tool === null) {
      if (PIP_COMPILE.test(line)) tool = "pip-compile";
      else if (UV.test(line)) tool = "uv";
      else if (line !== "" && line !== "#") return null;
      continue;
    }
    const command = copyString(line.replace(/^#\s*/, ""));
    if (tool === "pip-compile" && /^(pip-compile|python3? -m piptools compile)\b/.test(command) || tool === "uv" && /^uv\s+pip\s+compile\b/.test(command))
      return { ...readCommand(command), tool, line: i + 1, command };
    if (!line.startsWith("#")) return null;
  }
  return null;
}
function headOf(text) {
  if (typeof text === "string") return text;
  let head = text[0] ?? "";
  for (let i = 1; i < text.length; i++) {
    if (head.split(LINE_BREAK, HEADER_LINES + 1).length > HEADER_LINES) break;
    head += text[i];
  }
  return head;
}
function readCommand(command) {
  const words = splitWords(command);
  const start = words.indexOf("compile") >= 0 ? words.indexOf("compile") + 1 : 1;
  const out = {
    output: null,
    inputs: [],
    constraints: [],
    extras: [],
    allExtras: false
  };
  for (let i = start; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("-") || word === "-") {
      if (word !== "-") out.inputs.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = word.startsWith("--") && eq > 0 ? word.slice(0, eq) : word;
    const attached = word.startsWith("--") && eq > 0 ? word.slice(eq + 1) : null;
    const short = /^-[a-zA-Z]./.test(word) && !word.startsWith("--") ? word.slice(0, 2) : null;
    const key = short ?? name;
    if (name === "--all-extras") out.allExtras = true;
    if (!VALUE_OPTIONS.has(key) && key !== "-r" && key !== "--requirement" && key !== "--requirements")
      continue;
    const value = attached ?? (short !== null ? word.slice(2) : words[++i]);
    if (value === void 0) break;
    if (key === "-o" || key === "--output-file") out.output = value;
    else if (key === "-c" || key === "--constraint" || key === "--constraints")
      out.constraints.push(value);
    else if (key === "-r" || key === "--requirement" || key === "--requirements")
      out.inputs.push(value);
    else if (key === "--extra") out.extras.push(value);
  }
  return out;
}
function splitWords(command) {
  const words = [];
  let current = "";
  let quote2 = null;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote2 !== null) {
      if (c === quote2) quote2 = null;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote2 = c;
      started = true;
    } else if (c === "\\" && i + 1 < command.length) {
      current += command[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

// src/discover/requirements-file-cache.ts
var KEPT_FILES = 64;
function createRequirementsFileCache(rootReal, env) {
  const parsed = createRecentCache(
    KEPT_FILES
  );
  return (relPath, realPath) => parsed.get(
    `${relPath}\0${realPath}`,
    () => readAndParse((0, import_node_path5.join)(rootReal, realPath), relPath, env)
  );
}
async function readAndParse(absPath, relPath, env) {
  const read2 = await readFileWith(absPath, decodeRequirementsPieces);
  if (!read2.ok) return { ok: false, diagnostic: read2.diagnostic };
  const decoded = read2.value;
  if (!decoded.ok)
    return {
      ok: false,
      diagnostic: {
        severity: "error",
        line: decoded.line,
        message: decoded.message,
        ...decoded.unauditable ? { rule: "unauditable" } : {}
      }
    };
  const result = parseRequirementsTxt(decoded.pieces, relPath, { env });
  return {
    ok: true,
    value: result.value,
    diagnostics: result.diagnostics,
    header: readCompiledHeader(decoded.pieces)
  };
}

// src/discover/resolve-requirements.ts
function createRequirementsReader(rootReal, env, boundaryReal = rootReal) {
  const parts = {
    load: createRequirementsFileCache(rootReal, env),
    locate: createLocator(rootReal, boundaryReal)
  };
  return {
    resolve: (relPath, asConstraints) => resolveRequirements(parts, relPath, asConstraints),
    async header(relPath) {
      const located = await parts.locate(relPath);
      if (!located.ok) return null;
      const result = await parts.load(relPath, located.relPath);
      return result.ok ? result.header : null;
    },
    // Located means resolved link by link to a regular file (locate-include.ts).
    exists: (relPath) => parts.locate(relPath).then((located) => located.ok)
  };
}
async function resolveRequirements(parts, relPath, asConstraints) {
  const c = {
    parts,
    out: { requirements: [], options: [], diagnostics: /* @__PURE__ */ new Map(), files: [] },
    seen: /* @__PURE__ */ new Set()
  };
  const start = await parts.locate(relPath);
  if (!start.ok) {
    c.out.files.push(relPath);
    report2(c, relPath, {
      severity: "error",
      line: null,
      message: start.reason,
      ...start.unauditable ? { rule: "unauditable" } : {}
    });
    return c.out;
  }
  await visit(c, start.relPath, {
    file: relPath,
    openedAs: relPath,
    constraints: asConstraints,
    chain: []
  });
  return c.out;
}
function report2(c, file, diagnostic) {
  const list = c.out.diagnostics.get(file) ?? [];
  list.push(diagnostic);
  c.out.diagnostics.set(file, list);
}
async function visit(c, realPath, at2) {
  const firstVisit = !c.seen.has(at2.file);
  c.seen.add(at2.file);
  if (firstVisit) c.out.files.push(at2.file);
  const result = await c.parts.load(at2.file, realPath);
  if (!result.ok) {
    if (firstVisit) report2(c, at2.file, result.diagnostic);
    return;
  }
  if (firstVisit) for (const d of result.diagnostics) report2(c, at2.file, d);
  for (const requirement of result.value.requirements)
    c.out.requirements.push(
      at2.constraints ? { ...requirement, group: "constraints-file" } : requirement
    );
  append(c.out.options, result.value.options);
  for (const include of result.value.includes)
    await visitInclude(c, at2, include);
}
async function visitInclude(c, at2, include) {
  const flag = include.kind === "constraint" ? "-c" : "-r";
  if (/^(https?|file):/i.test(include.target)) {
    report2(c, at2.file, {
      severity: "error",
      line: include.line,
      rule: "unauditable",
      message: `${flag} ${include.target}: pip fetches this requirements file and pin-audit does not, so what it installs was not audited; vendor the file into the repository and include it by path`
    });
    return;
  }
  const includedAs = include.target.startsWith("/") ? include.target : `${parentOf(at2.openedAs) || "."}/${include.target}`;
  const target = await c.parts.locate(includedAs);
  if (!target.ok) {
    report2(c, at2.file, {
      severity: "error",
      line: include.line,
      message: `${flag} ${include.target}: ${target.reason}`,
      ...target.unauditable ? { rule: "unauditable" } : {}
    });
    return;
  }
  const edge = { file: at2.file, line: include.line, flag };
  const start = at2.chain.findIndex((link) => link.file === target.relPath);
  if (start >= 0) {
    const cycle = describeCycle([...at2.chain.slice(start), edge]);
    report2(c, cycle.file, cycle.diagnostic);
    return;
  }
  await visit(c, target.relPath, {
    file: target.relPath,
    openedAs: includedAs,
    constraints: at2.constraints || include.kind === "constraint",
    chain: [...at2.chain, edge]
  });
}

// src/discover/serve-parse-requests.ts
function serveParseRequests() {
  const port = import_node_worker_threads.parentPort;
  if (!port) throw new Error("serveParseRequests runs in a worker thread");
  const data = import_node_worker_threads.workerData;
  useBlockingReads();
  const reader = createRequirementsReader(
    data.rootReal,
    data.env,
    data.boundaryReal
  );
  port.on("message", (request) => {
    parseDiscoveredFile(request.file, reader).then(
      (outcome) => port.postMessage({
        index: request.index,
        ok: true,
        outcome: toCloneable(outcome),
        heapBytes: (0, import_node_v8.getHeapStatistics)().total_heap_size
      })
    ).catch(
      (error) => port.postMessage({
        index: request.index,
        ok: false,
        error: error instanceof Error ? error.stack ?? error.message : String(error)
      })
    );
  });
}
function toCloneable(outcome) {
  const parsed = outcome.parsed;
  if (parsed?.kind !== "pyproject" || parsed.value.document === null)
    return outcome;
  const { value } = parsed.value.document;
  return {
    ...outcome,
    parsed: {
      ...parsed,
      value: {
        ...parsed.value,
        document: { value }
      }
    }
  };
}

// src/parse-worker.ts
serveParseRequests();
