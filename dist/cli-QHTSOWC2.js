#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  PY_WHITESPACE,
  TOP,
  compareKeys,
  copyString,
  createBoundedCache,
  isPrerelease,
  makeVersion,
  normalizeName,
  parseVersion,
  pyStrip,
  replaceVersion,
  versionKey
} from "./cli-CK7WWBFM.js";

// src/model/append.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function maxOf(values, empty = -Infinity) {
  let max = empty;
  for (const value of values) if (value > max) max = value;
  return max;
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

// src/pep440/readable-version.ts
function withRelease(v, release) {
  return makeVersion({
    epoch: v.epoch,
    release,
    pre: null,
    post: null,
    dev: null,
    local: null
  });
}
function candidatesNear(v) {
  const r = v.release;
  const out = [v, withRelease(v, [...r])];
  if (isPrerelease(v) || v.local !== null) {
    out.push(replaceVersion(v, { pre: null, dev: null, local: null }));
  }
  for (let i = r.length - 1; i >= 0; i--) {
    const bumped = [
      ...r.slice(0, i),
      (r[i] ?? 0n) + 1n,
      ...Array(r.length - 1 - i).fill(0n)
    ];
    out.push(withRelease(v, bumped));
    if ((r[i] ?? 0n) > 0n) {
      const lowered = [
        ...r.slice(0, i),
        (r[i] ?? 0n) - 1n,
        ...Array(r.length - 1 - i).fill(0n)
      ];
      out.push(withRelease(v, lowered));
    }
  }
  for (let k = 0; k <= Math.max(3, r.length); k++) {
    out.push(withRelease(v, [...r, ...Array(k).fill(0n), 1n]));
  }
  const base = withRelease(v, [...r]);
  out.push(
    replaceVersion(base, { post: 0n }),
    replaceVersion(base, { dev: 0n })
  );
  out.push(replaceVersion(base, { pre: { label: "a", number: 1n } }));
  out.push(replaceVersion(base, { pre: { label: "rc", number: 1n } }));
  out.push(
    replaceVersion(v, { post: (v.post ?? -1n) + 1n, dev: null, local: null })
  );
  out.push(
    replaceVersion(v, { post: (v.post ?? -1n) + 1n, dev: 0n, local: null })
  );
  if (v.dev !== null)
    out.push(replaceVersion(v, { dev: v.dev + 1n, local: null }));
  if (v.pre !== null) {
    const pre = { label: v.pre.label, number: v.pre.number + 1n };
    out.push(replaceVersion(v, { pre, post: null, dev: 0n, local: null }));
    out.push(replaceVersion(v, { pre, post: null, dev: null, local: null }));
  }
  const locals = v.local ?? [];
  for (const extra of ["0", "a", "0a", "00a", "000a"]) {
    const local = locals.length === 0 ? [extra] : [...locals, extra];
    out.push(replaceVersion(v, { local }));
  }
  return out;
}
function naturalness(v) {
  return (v.local !== null ? 8 : 0) + (v.dev !== null ? 4 : 0) + (v.pre !== null ? 2 : 0) + (v.post !== null ? 1 : 0);
}
function pickVersion(intervals, accept) {
  let best = null;
  for (const iv of intervals) {
    const refs = [iv.lo.version, effectiveLower(iv.lo).version];
    if (iv.hi) refs.push(iv.hi.version);
    if (iv.lo === LOWEST) refs.push(withRelease(MIN_VERSION, [0n]));
    const refLength = maxOf(refs.map((r) => r.release.length));
    for (const ref of refs) {
      for (const c of candidatesNear(ref)) {
        if (!inIntervals([iv], c) || !accept(c.text)) continue;
        const score = naturalness(c) * 4 + (c.release.length === refLength ? 0 : 1);
        if (best === null || score < best.score || score === best.score && compareKeys(versionKey(c), versionKey(best.v)) < 0) {
          best = { v: c, score };
        }
      }
    }
  }
  return best?.v.text ?? null;
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
function subset(a, b) {
  const x = toSet(a);
  const y = toSet(b);
  if (x.arbitrary !== null) {
    const only = x.arbitrary;
    if (!contains(x, only) || contains(y, only)) return { ok: true };
    return { ok: false, counterexample: only };
  }
  const outside = y.arbitrary !== null || y.intervals === FULL ? x.intervals : intersectIntervals(x.intervals, complementIntervals(y.intervals));
  if (outside.length === 0) return { ok: true };
  const found = pickVersion(outside, (c) => contains(x, c) && !contains(y, c));
  return found === null ? { ok: true } : { ok: false, counterexample: found };
}
function sampleMember(s) {
  const set = toSet(s);
  if (set.arbitrary !== null) return isEmpty(set) ? null : set.arbitrary;
  return pickVersion(set.intervals, (c) => contains(set, c));
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
      const bound = isPrerelease(v) ? v : replaceVersion(v, { dev: 0n, local: null });
      if (compareKeys(versionKey(bound), LOWEST.key) <= 0) return [];
      return [{ lo: LOWEST, hi: at(bound, false) }];
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
  const kept = [];
  for (const s of split) {
    if (!isNotSuffix(s)) break;
    kept.push(s);
  }
  kept.pop();
  const [epoch, ...rest] = kept;
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
  const kept = /* @__PURE__ */ new Set();
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
    else if (!kept.has(clause.text)) {
      kept.add(clause.text);
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

// src/pep440/describe-set.ts
function hasUpperBound(s) {
  if (s.set.arbitrary !== null) return true;
  if (isEmpty(s)) return true;
  const last = s.set.intervals[s.set.intervals.length - 1];
  return last !== void 0 && last.hi !== null;
}
function isExactPin(s) {
  return s.clauses.some(
    (c) => c.operator === "===" || c.operator === "==" && !c.wildcard
  );
}

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
  const open = tokenizer.position;
  if (tokenizer.take("LEFT_PARENTHESIS") !== null) {
    tokenizer.consumeWs();
    marker = parseMarker(tokenizer);
    tokenizer.consumeWs();
    if (tokenizer.take("RIGHT_PARENTHESIS") === null) {
      tokenizer.fail(
        `expected ')' to close the marker group opened at column ${open + 1}`
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
function evaluatePythonString(literal) {
  const body = literal.slice(1, -1);
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
  const kept = [];
  const seen = /* @__PURE__ */ new Set();
  let start = 0;
  while (start <= specifier.length) {
    let end = specifier.indexOf(",", start);
    if (end === -1) end = specifier.length;
    const clause = formatClause(specifier.slice(start, end));
    if (clause !== "" && !seen.has(clause)) {
      seen.add(clause);
      kept.push(clause);
    }
    start = end + 1;
  }
  return kept.join(",");
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
  const match = regex.exec(source);
  return match === null ? null : match[0];
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
      for (const regex of SPECIFIER_ALTERNATIVES) {
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
  const open = tokenizer.position;
  if (tokenizer.take("LEFT_BRACKET") === null) {
    return [];
  }
  tokenizer.consumeWs();
  const extras = parseExtrasList(tokenizer);
  tokenizer.consumeWs();
  if (tokenizer.take("RIGHT_BRACKET") === null) {
    tokenizer.fail(
      `expected ']' to close the extras opened at column ${open + 1}`
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
  const open = tokenizer.position;
  const parenthesized = tokenizer.take("LEFT_PARENTHESIS") !== null;
  tokenizer.consumeWs();
  const specifier = parseVersionMany(tokenizer);
  tokenizer.consumeWs();
  if (parenthesized && tokenizer.take("RIGHT_PARENTHESIS") === null) {
    if (!tokenizer.atEnd() && !tokenizer.peek("COMMA") && !tokenizer.peek("SEMICOLON")) {
      failAfterSpecifier(tokenizer, specifier);
    }
    tokenizer.fail(
      `expected ')' to close the version specifier opened at column ${open + 1}`
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

export {
  append,
  maxOf,
  contains,
  intersect,
  isEmpty,
  subset,
  sampleMember,
  hasUpperBound,
  isExactPin,
  parseSpecifierSet,
  parsePep508,
  parsePep508Marker
};
