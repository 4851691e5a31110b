#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/index/host-gate.ts
function createHostGate(options) {
  const max = Math.max(1, Math.floor(options.max));
  let limit = max;
  let active = 0;
  let successes = 0;
  let round = 0;
  let pausedUntil = 0;
  const waiting = [];
  const wake = () => {
    while (active < limit && waiting.length > 0) {
      active++;
      waiting.shift()?.();
    }
  };
  const acquire = async () => {
    if (active < limit && waiting.length === 0) active++;
    else await new Promise((resolve) => waiting.push(resolve));
    for (let wait = pausedUntil - options.now(); wait > 0; ) {
      await options.sleep(wait);
      wait = pausedUntil - options.now();
    }
  };
  return {
    async run(task) {
      await acquire();
      try {
        return await task(round);
      } finally {
        active--;
        wake();
      }
    },
    slowDown(ticket, pauseMs) {
      if (pauseMs !== null && pauseMs > 0)
        pausedUntil = Math.max(pausedUntil, options.now() + pauseMs);
      if (ticket !== round) return;
      round++;
      successes = 0;
      limit = Math.max(1, Math.floor(limit / 2));
    },
    speedUp() {
      if (limit >= max) return;
      successes++;
      if (successes < limit) return;
      successes = 0;
      limit++;
      wake();
    },
    get limit() {
      return limit;
    }
  };
}

// src/index/http-transport.ts
function usesProxy(env) {
  return Boolean(
    (env.HTTPS_PROXY ?? env.https_proxy) || (env.HTTP_PROXY ?? env.http_proxy)
  );
}
async function createTransport(env, connections) {
  if (usesProxy(env))
    return (await import("./action-6HLH5UV6.mjs")).createProxyTransport(
      env,
      connections
    );
  return (await import("./action-AIDPNH7K.mjs")).createDirectTransport(
    connections
  );
}
function describeNetworkError(error, timeoutMs) {
  if (!(error instanceof Error)) return String(error);
  const code = networkErrorCode(error);
  if (error.name === "TimeoutError" || error.name === "AbortError" || code === "UND_ERR_ABORTED")
    return `no answer within ${timeoutMs} ms`;
  if (code === null || error.message.includes(code)) return error.message;
  return `${error.message} (${code})`;
}
function networkErrorCode(error) {
  return readCode(error) ?? (error instanceof Error ? readCode(error.cause) : null);
}
function readCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error))
    return null;
  const code = error.code;
  return typeof code === "string" ? code : null;
}

// src/index/response-cache.ts
import { join } from "node:path";

// src/async-fs.ts
import * as fs from "node:fs";
var READ_CHUNK_BYTES = 512 * 1024;
function call(start) {
  return new Promise(
    (resolve, reject) => start((error, value) => error ? reject(error) : resolve(value))
  );
}
function stat2(path) {
  return call((done) => fs.stat(path, done));
}
function lstat2(path) {
  return call((done) => fs.lstat(path, done));
}
function readlink2(path, encoding) {
  return call((done) => fs.readlink(path, encoding, done));
}
function realpath2(path) {
  return call((done) => fs.realpath.native(path, done));
}
function readdir2(path, options) {
  return call((done) => fs.readdir(path, options, done));
}
function readFile2(path, encoding) {
  return encoding === void 0 ? call((done) => fs.readFile(path, done)) : call((done) => fs.readFile(path, encoding, done));
}
function writeFile2(path, data, options = "utf8") {
  return call((done) => fs.writeFile(path, data, options, done));
}
function mkdir2(path, options) {
  return call((done) => fs.mkdir(path, options, done));
}
function mkdtemp2(prefix) {
  return call((done) => fs.mkdtemp(prefix, done));
}
function rename2(from, to) {
  return call((done) => fs.rename(from, to, done));
}
function rm2(path, options) {
  return call((done) => fs.rm(path, options, done));
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

// src/index/response-cache.ts
var FORMAT = 1;
var cryptoModule;
function createResponseCache(dir) {
  const fileFor = async (url, accept) => {
    cryptoModule ??= import("node:crypto");
    const { createHash } = await cryptoModule;
    return join(
      dir,
      `${createHash("sha256").update(`${url}
${accept}`).digest("hex")}.json`
    );
  };
  return {
    async read(url, accept) {
      try {
        const parsed = JSON.parse(
          await readFile2(await fileFor(url, accept), "utf8")
        );
        if (parsed.format !== FORMAT || parsed.url !== url || typeof parsed.body !== "string")
          return null;
        return {
          etag: typeof parsed.etag === "string" ? parsed.etag : null,
          lastModified: typeof parsed.lastModified === "string" ? parsed.lastModified : null,
          body: parsed.body
        };
      } catch {
        return null;
      }
    },
    async write(url, accept, entry) {
      try {
        await mkdir2(dir, { recursive: true });
        const file = await fileFor(url, accept);
        const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        await writeFile2(
          temp,
          JSON.stringify({ format: FORMAT, url, accept, ...entry })
        );
        await rename2(temp, file);
      } catch {
      }
    }
  };
}

// src/index/retry-after.ts
function parseRetryAfter(value, now) {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

// src/index/http-client.ts
var DEFAULTS = {
  concurrency: 50,
  timeoutMs: 15e3,
  retries: 4,
  baseDelayMs: 250,
  maxDelayMs: 1e4
};
var MAX_REDIRECTS = 5;
function readNetworkTimings(env) {
  const read2 = (name) => {
    const raw = env[name];
    if (raw === void 0 || !/^\d+$/.test(raw.trim())) return null;
    return Number(raw.trim());
  };
  return {
    requestTimeoutMs: read2("PIN_AUDIT_REQUEST_TIMEOUT_MS"),
    retryBaseMs: read2("PIN_AUDIT_RETRY_BASE_MS") ?? 1e3
  };
}
function readSettings(options) {
  const timings = readNetworkTimings(options.env ?? {});
  const scale = timings.retryBaseMs / 1e3;
  return {
    concurrency: Math.max(
      1,
      Math.floor(options.concurrency ?? DEFAULTS.concurrency)
    ),
    timeoutMs: options.timeoutMs ?? timings.requestTimeoutMs ?? DEFAULTS.timeoutMs,
    retries: Math.max(0, options.retries ?? DEFAULTS.retries),
    baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs * scale,
    maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs * scale,
    scale,
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now
  };
}
function createHttpClient(options = {}) {
  const settings = readSettings(options);
  const gates = /* @__PURE__ */ new Map();
  let transport = options.transport ?? null;
  const state = {
    settings,
    cache: options.cacheDir != null ? createResponseCache(options.cacheDir) : null,
    stats: { requests: 0, retries: 0, notModified: 0, slowDowns: 0 },
    transport: () => {
      transport ??= createTransport(options.env ?? {}, settings.concurrency);
      return transport;
    },
    gateFor: (url) => {
      const origin = new URL(url).origin;
      let gate = gates.get(origin);
      if (gate === void 0) {
        gate = createHostGate({
          max: settings.concurrency,
          now: settings.now,
          sleep: settings.sleep
        });
        gates.set(origin, gate);
      }
      return gate;
    },
    unresolvable: /* @__PURE__ */ new Map()
  };
  return {
    get: (request) => getWithRetries(state, request),
    prepare(url) {
      if (!usesProxy(options.env ?? {})) prepareHost(state, url);
    },
    stats: state.stats
  };
}
function prepareHost(state, url) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return;
  }
  const { timeoutMs } = state.settings;
  state.transport().then((transport) => transport.resolve?.(target.hostname, timeoutMs)).catch((error) => {
    if (networkErrorCode(error) === "ENOTFOUND")
      state.unresolvable.set(
        target.origin,
        describeNetworkError(error, timeoutMs)
      );
  });
}
async function getWithRetries(state, request) {
  const { settings, stats } = state;
  const cached = state.cache ? await state.cache.read(request.url, request.accept) : null;
  const gate = state.gateFor(request.url);
  let lastError = "no attempt made";
  for (let n = 0; n <= settings.retries; n++) {
    const outcome = await gate.run(async (ticket) => {
      const result = await attemptOnce(state, request, cached);
      if (result.kind === "retry" && result.overload) {
        stats.slowDowns++;
        gate.slowDown(ticket, retryWait(settings, result.retryAfterMs));
      } else if (result.kind === "done") gate.speedUp();
      return result;
    });
    if (outcome.kind === "done") return finish(state, request, cached, outcome);
    if (outcome.kind === "fail") return { ok: false, error: outcome.error };
    lastError = outcome.error;
    if (n === settings.retries) break;
    stats.retries++;
    const backoff = settings.random() * Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** n);
    await settings.sleep(retryWait(settings, outcome.retryAfterMs) ?? backoff);
  }
  const attempts = settings.retries + 1;
  return {
    ok: false,
    error: `${lastError} after ${attempts} attempt${attempts === 1 ? "" : "s"}`
  };
}
function retryWait(settings, retryAfterMs) {
  if (retryAfterMs === null) return null;
  return Math.min(settings.maxDelayMs, retryAfterMs * settings.scale);
}
async function attemptOnce(state, request, cached) {
  const origin = new URL(request.url).origin;
  const dead = state.unresolvable.get(origin);
  if (dead !== void 0) return { kind: "fail", error: dead };
  const transport = await state.transport();
  const { timeoutMs } = state.settings;
  let url = request.url;
  for (let hop = 0; ; hop++) {
    const headers = buildHeaders(
      request,
      cached,
      new URL(url).origin === origin
    );
    state.stats.requests++;
    let response;
    try {
      response = await transport.send(url, headers, timeoutMs);
    } catch (error) {
      const described = describeNetworkError(error, timeoutMs);
      if (networkErrorCode(error) !== "ENOTFOUND")
        return {
          kind: "retry",
          error: described,
          retryAfterMs: null,
          overload: false
        };
      state.unresolvable.set(new URL(url).origin, described);
      return { kind: "fail", error: described };
    }
    const { status } = response;
    const location = response.header("location");
    if (status >= 300 && status < 400 && status !== 304 && location !== null) {
      if (hop >= MAX_REDIRECTS)
        return {
          kind: "done",
          status: 599,
          body: "too many redirects",
          header: () => null
        };
      url = new URL(location, url).toString();
      continue;
    }
    if (status === 429 || status >= 500)
      return {
        kind: "retry",
        error: `HTTP ${status}`,
        retryAfterMs: parseRetryAfter(
          response.header("retry-after"),
          state.settings.now()
        ),
        // 429 Too Many Requests and 503 Service Unavailable say "fewer, please"; a 500 says nothing about load.
        overload: status === 429 || status === 503
      };
    return {
      kind: "done",
      status,
      body: response.body,
      header: response.header
    };
  }
}
function buildHeaders(request, cached, sameOrigin) {
  const headers = {
    accept: request.accept,
    "user-agent": "pin-audit (+https://github.com/pin-audit)"
  };
  if (request.authorization !== null && sameOrigin)
    headers.authorization = request.authorization;
  if (cached?.etag) headers["if-none-match"] = cached.etag;
  if (cached?.lastModified) headers["if-modified-since"] = cached.lastModified;
  return headers;
}
async function finish(state, request, cached, outcome) {
  if (outcome.status === 304 && cached !== null) {
    state.stats.notModified++;
    return { ok: true, status: 200, body: cached.body, fromCache: true };
  }
  if (outcome.status === 200 && state.cache !== null) {
    const etag = outcome.header("etag");
    const lastModified = outcome.header("last-modified");
    if (etag !== null || lastModified !== null)
      await state.cache.write(request.url, request.accept, {
        etag,
        lastModified,
        body: outcome.body
      });
  }
  return {
    ok: true,
    status: outcome.status,
    body: outcome.body,
    fromCache: false
  };
}

// src/index/index-api.ts
function describeStatus(status) {
  if (status === 401 || status === 403)
    return `HTTP ${status}: the index refused the credentials (set the index token, or put them in the index URL)`;
  return `HTTP ${status}`;
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

// src/index/project-urls.ts
var CHANGELOG_LABELS = [
  "changelog",
  "changes",
  "whatsnew",
  "history",
  "releasenotes",
  "news"
];
var SOURCE_LABELS = ["source", "repository", "sourcecode", "github", "code"];
var PUNCTUATION_AND_WHITESPACE = /[!-/:-@[-`{-~ \t\n\r\v\f]/g;
var MAX_URL = 500;
function normalizeUrlLabel(label) {
  return label.replace(PUNCTUATION_AND_WHITESPACE, "").toLowerCase();
}
function pickProjectLinks(entries) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const [label, url] of entries) {
    const normalized = normalizeUrlLabel(label);
    const checked = webUrl(url);
    if (checked !== null && !byLabel.has(normalized))
      byLabel.set(normalized, checked);
  }
  const first = (labels) => labels.map((l) => byLabel.get(l)).find((u) => u !== void 0);
  const changelog = first(CHANGELOG_LABELS);
  const source = first(SOURCE_LABELS);
  if (changelog === void 0 && source === void 0) return null;
  return {
    ...changelog === void 0 ? {} : { changelog },
    ...source === void 0 ? {} : { source }
  };
}
function readJsonProjectUrls(info) {
  if (typeof info !== "object" || info === null) return null;
  const urls = info.project_urls;
  if (typeof urls !== "object" || urls === null || Array.isArray(urls))
    return null;
  return pickProjectLinks(Object.entries(urls));
}
function readMetadataProjectUrls(values) {
  return pickProjectLinks(
    values.flatMap((value) => {
      const comma = value.indexOf(",");
      return comma < 0 ? [] : [[value.slice(0, comma).trim(), value.slice(comma + 1).trim()]];
    })
  );
}
function webUrl(value) {
  if (typeof value !== "string" || value.length > MAX_URL) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username !== "" || url.password !== "") return null;
  return url.href;
}

// src/index/parse-index-responses.ts
function parsePypiReleaseJson(text) {
  const root = parseJsonObject(text);
  if (root === null) return malformed("PyPI JSON API", text);
  const info = root.info;
  if (!isObject(info) || typeof info.version !== "string")
    return { ok: false, error: "PyPI JSON API answer has no info.version" };
  const files = Array.isArray(root.urls) ? root.urls.filter(isObject) : [];
  const projectUrls = readJsonProjectUrls(info);
  const yanked = info.yanked === true || files.length > 0 && files.every((f) => f.yanked === true);
  const reason = stringOrNull(info.yanked_reason) ?? files.map((f) => stringOrNull(f.yanked_reason)).find((r) => r !== null) ?? null;
  return {
    ok: true,
    value: {
      version: normalizeVersionText(info.version),
      yanked,
      yankedReason: yanked ? nonEmpty(reason) : null,
      uploadTime: earliest(
        files.map((f) => stringOrNull(f.upload_time_iso_8601 ?? f.upload_time))
      ),
      requiresDist: Array.isArray(info.requires_dist) ? info.requires_dist.filter((r) => typeof r === "string") : (
        // PyPI says null both for "no dependencies" and "unknown"; a release with files that has
        // null requires_dist declared none in its METADATA (PyPI extracts it on upload).
        []
      ),
      requiresPython: nonEmpty(stringOrNull(info.requires_python)),
      ...projectUrls === null ? {} : { projectUrls }
    }
  };
}
function parsePypiProjectJson(text) {
  const root = parseJsonObject(text);
  if (root === null || !isObject(root.releases))
    return malformed("PyPI JSON API", text);
  const out = [];
  for (const [raw, value] of Object.entries(root.releases)) {
    const files = Array.isArray(value) ? value.filter(isObject) : [];
    if (files.length === 0) continue;
    const yanked = files.every((f) => f.yanked === true);
    out.push({
      version: normalizeVersionText(raw),
      yanked,
      yankedReason: yanked ? files.map((f) => nonEmpty(stringOrNull(f.yanked_reason))).find((r) => r !== null) ?? null : null,
      uploadTime: earliest(
        files.map((f) => stringOrNull(f.upload_time_iso_8601 ?? f.upload_time))
      ),
      requiresPython: files.map((f) => nonEmpty(stringOrNull(f.requires_python))).find((r) => r !== null) ?? null
    });
  }
  return { ok: true, value: out };
}
function parseSimpleProjectJson(text, pageUrl, name) {
  const root = parseJsonObject(text);
  if (root === null || !Array.isArray(root.files))
    return malformed("Simple API (PEP 691)", text);
  const files = [];
  for (const file of root.files) {
    if (!isObject(file) || typeof file.filename !== "string" || typeof file.url !== "string")
      continue;
    let url;
    try {
      url = new URL(file.url, pageUrl).toString();
    } catch {
      continue;
    }
    const metadata = file["core-metadata"] ?? file["data-dist-info-metadata"];
    files.push({
      filename: file.filename,
      url,
      version: versionFromFilename(file.filename, name),
      // PEP 592 (as PEP 691 spells it): false, true, or a non-empty reason string.
      yanked: file.yanked === true || typeof file.yanked === "string",
      yankedReason: typeof file.yanked === "string" ? nonEmpty(file.yanked) : null,
      uploadTime: stringOrNull(file["upload-time"]),
      requiresPython: nonEmpty(stringOrNull(file["requires-python"])),
      hasMetadata: metadata === true || isObject(metadata) && metadata !== null
    });
  }
  const versions = Array.isArray(root.versions) ? root.versions.filter((v) => typeof v === "string").map(normalizeVersionText) : null;
  return {
    ok: true,
    value: {
      name: typeof root.name === "string" ? root.name : name,
      files,
      versions
    }
  };
}
function summarizeSimpleRelease(project, version) {
  const files = project.files.filter((f) => f.version === version);
  if (files.length === 0) return null;
  const yanked = files.every((f) => f.yanked);
  return {
    version,
    yanked,
    yankedReason: yanked ? files.map((f) => f.yankedReason).find((r) => r !== null) ?? null : null,
    uploadTime: earliest(files.map((f) => f.uploadTime)),
    requiresPython: files.map((f) => f.requiresPython).find((r) => r !== null) ?? null
  };
}
function summarizeSimpleReleases(project) {
  const versions = /* @__PURE__ */ new Set();
  for (const file of project.files)
    if (file.version !== null) versions.add(file.version);
  return [...versions].flatMap((version) => {
    const summary = summarizeSimpleRelease(project, version);
    return summary === null ? [] : [summary];
  });
}
function pickMetadataFile(project, version) {
  const candidates = project.files.filter(
    (f) => f.version === version && f.hasMetadata
  );
  return candidates.find((f) => f.filename.endsWith(".whl")) ?? candidates[0] ?? null;
}
function parseCoreMetadata(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const headers = [];
  for (const line of lines) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      const last = headers.at(-1);
      if (last) last[1] += `
${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    headers.push([
      line.slice(0, colon).trim().toLowerCase(),
      line.slice(colon + 1).trim()
    ]);
  }
  if (!headers.some(([k]) => k === "metadata-version" || k === "name"))
    return malformed("core metadata file", text);
  const projectUrls = readMetadataProjectUrls(
    headers.filter(([k]) => k === "project-url").map(([, v]) => v)
  );
  return {
    ok: true,
    value: {
      ...projectUrls === null ? {} : { projectUrls },
      requiresDist: headers.filter(([k]) => k === "requires-dist").map(([, v]) => v),
      requiresPython: nonEmpty(
        headers.find(([k]) => k === "requires-python")?.[1] ?? null
      )
    }
  };
}
function versionFromFilename(filename, project) {
  const wanted = normalizeName(project);
  const wheel = /^(.+?)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(
    filename
  );
  if (wheel) {
    const version = parseVersion(wheel[2] ?? "");
    return version !== null && normalizeName(wheel[1] ?? "") === wanted ? version.text : null;
  }
  const stem = /^(.+)\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz|tar)$/i.exec(
    filename
  )?.[1];
  if (stem === void 0) {
    const egg = /^(.+?)-([^-]+)(?:-.*)?\.egg$/i.exec(filename);
    return egg ? parseVersion(egg[2] ?? "")?.text ?? null : null;
  }
  for (let i = stem.indexOf("-"); i !== -1; i = stem.indexOf("-", i + 1)) {
    if (normalizeName(stem.slice(0, i)) !== wanted) continue;
    const version = parseVersion(stem.slice(i + 1));
    if (version !== null) return version.text;
  }
  return null;
}
function normalizeVersionText(text) {
  return parseVersion(text)?.text ?? text;
}
function earliest(times) {
  let best = null;
  for (const text of times) {
    if (text === null) continue;
    const at = Date.parse(text);
    if (Number.isNaN(at)) continue;
    if (best === null || at < best.at) best = { text, at };
  }
  return best === null ? null : new Date(best.at).toISOString();
}
function parseJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
function malformed(what, text) {
  const start = text.trimStart();
  const kind = start === "" ? "an empty body" : start.startsWith("<") ? "an HTML or XML page, not JSON" : parseJsonObject(text) !== null || /^[[{]/.test(start) ? isJson(text) ? "JSON of an unexpected shape" : "invalid JSON" : "not JSON";
  return {
    ok: false,
    error: `malformed ${what} answer (${kind}, ${Buffer.byteLength(text)} bytes)`
  };
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringOrNull(value) {
  return typeof value === "string" ? value : null;
}
function nonEmpty(value) {
  return value === null || value.trim() === "" ? null : value;
}

// src/index/json-index-client.ts
function createJsonApi(endpoint, http, authFor) {
  const getJson = async (url, parse) => {
    const answer = await http.get({
      url,
      accept: "application/json",
      authorization: authFor(url)
    });
    if (!answer.ok) return answer;
    if (answer.status === 404) return { ok: true, value: null };
    if (answer.status !== 200)
      return { ok: false, error: describeStatus(answer.status) };
    return parse(answer.body);
  };
  const root = `${endpoint.url}/pypi`;
  return {
    lookupRelease: (name, version) => getJson(
      `${root}/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`,
      parsePypiReleaseJson
    ),
    listReleases: (name) => getJson(`${root}/${encodeURIComponent(name)}/json`, parsePypiProjectJson)
  };
}

// src/index/simple-index-client.ts
var SIMPLE_JSON_ACCEPT = "application/vnd.pypi.simple.v1+json";
function createSimpleApi(endpoint, http, authFor) {
  const projects = /* @__PURE__ */ new Map();
  const fetchProject = (name) => {
    let pending = projects.get(name);
    if (pending === void 0) {
      pending = fetchSimpleProject(endpoint, http, authFor, name);
      projects.set(name, pending);
    }
    return pending;
  };
  return {
    async lookupRelease(name, version, wanted) {
      const page = await fetchProject(name);
      if (!page.ok) return page;
      if (page.value === null) return { ok: true, value: null };
      const summary = summarizeSimpleRelease(page.value, version);
      if (summary === null) return { ok: true, value: null };
      const file = wanted.requirements ? pickMetadataFile(page.value, version) : null;
      if (file === null)
        return { ok: true, value: { ...summary, requiresDist: null } };
      const metadata = await fetchMetadata(http, authFor, file);
      if (!metadata.ok) return metadata;
      return {
        ok: true,
        value: {
          ...summary,
          requiresDist: metadata.value.requiresDist,
          requiresPython: metadata.value.requiresPython ?? summary.requiresPython,
          projectUrls: metadata.value.projectUrls
        }
      };
    },
    async listReleases(name) {
      const page = await fetchProject(name);
      if (!page.ok) return page;
      if (page.value === null) return { ok: true, value: null };
      return { ok: true, value: summarizeSimpleReleases(page.value) };
    }
  };
}
async function fetchSimpleProject(endpoint, http, authFor, name) {
  const url = `${endpoint.url}/${encodeURIComponent(name)}/`;
  const answer = await http.get({
    url,
    accept: SIMPLE_JSON_ACCEPT,
    authorization: authFor(url)
  });
  if (!answer.ok) return answer;
  if (answer.status === 404) return { ok: true, value: null };
  if (answer.status !== 200)
    return { ok: false, error: describeStatus(answer.status) };
  return parseSimpleProjectJson(answer.body, url, name);
}
async function fetchMetadata(http, authFor, file) {
  const url = `${file.url.replace(/#.*$/, "")}.metadata`;
  const answer = await http.get({
    url,
    accept: "*/*",
    authorization: authFor(url)
  });
  if (!answer.ok) return answer;
  if (answer.status !== 200)
    return {
      ok: false,
      error: `metadata file of ${file.filename}: ${describeStatus(answer.status)}`
    };
  const metadata = parseCoreMetadata(answer.body);
  if (!metadata.ok)
    return {
      ok: false,
      error: `metadata file of ${file.filename}: ${metadata.error}`
    };
  return metadata;
}

// src/index/index-client.ts
function createIndexClient(endpoint, http) {
  const origin = new URL(endpoint.url).origin;
  const authFor = (url) => new URL(url).origin === origin ? endpoint.authorization : null;
  const api = endpoint.api === "simple" ? createSimpleApi(endpoint, http, authFor) : createJsonApi(endpoint, http, authFor);
  return {
    endpoint,
    lookupRelease: (name, version, wanted = { requirements: true }) => api.lookupRelease(name, version, wanted),
    listReleases: (name) => api.listReleases(name)
  };
}

// src/index/index-endpoint.ts
var DEFAULT_INDEX_URL = "https://pypi.org";
var INDEX_TOKEN_ENV = "PIN_AUDIT_INDEX_TOKEN";
function parseIndexEndpoint(raw, token = null) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return {
      ok: false,
      error: `"${redactUrl(raw)}" is not an absolute URL (expected e.g. https://pypi.org/simple)`
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return {
      ok: false,
      error: `index URL must use https:// or http://, got ${url.protocol}`
    };
  const secrets = [];
  let authorization = null;
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (token !== null && token !== "") {
    secrets.push(token);
    if (token.includes(":")) {
      const [tokenUser = "", ...rest] = token.split(":");
      secrets.push(rest.join(":"));
      authorization = basic(tokenUser, rest.join(":"), secrets);
    } else authorization = `Bearer ${token}`;
  } else if (user !== "" || password !== "") {
    authorization = basic(user, password, secrets);
  }
  if (url.username !== "") secrets.push(url.username, user);
  if (url.password !== "") secrets.push(url.password, password);
  if (authorization !== null) secrets.push(authorization);
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  const clean = url.toString().replace(/\/+$/, "");
  const api = /\/simple$/i.test(new URL(clean).pathname) ? "simple" : "json";
  return {
    ok: true,
    value: {
      url: clean,
      api,
      authorization,
      secrets: [...new Set(secrets.filter((s) => s.length >= 3))]
    }
  };
}
function basic(user, password, secrets) {
  const encoded = Buffer.from(`${user}:${password}`).toString("base64");
  secrets.push(encoded);
  return `Basic ${encoded}`;
}
function redactUrl(text) {
  return text.replace(/:\/\/[^/@\s]*@/g, "://");
}
function listIndexSecrets(options) {
  const token = options.env?.[INDEX_TOKEN_ENV] ?? null;
  const secrets = /* @__PURE__ */ new Set();
  if (token) secrets.add(token);
  if (options.indexUrl !== void 0) {
    const parsed = parseIndexEndpoint(options.indexUrl, token);
    if (parsed.ok) for (const s of parsed.value.secrets) secrets.add(s);
  }
  return [...secrets];
}
function maskSecrets(text, secrets) {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    if (secret.length > 0) out = out.split(secret).join("***");
  return out;
}

// src/index/index-session.ts
function createIndexSession(options) {
  const token = options.token || null;
  const trusted = options.indexUrl ?? null;
  const http = createHttpClient({
    ...options.http,
    cacheDir: options.cacheDir ?? null,
    env: options.env ?? {}
  });
  const secrets = new Set(token ? [token] : []);
  const endpoints = /* @__PURE__ */ new Map();
  const clients = /* @__PURE__ */ new Map();
  const session = {
    clientFor(raw) {
      let endpoint = endpoints.get(raw);
      if (endpoint === void 0) {
        endpoint = parseIndexEndpoint(raw, raw === trusted ? token : null);
        if (endpoint.ok) for (const s of endpoint.value.secrets) secrets.add(s);
        endpoints.set(raw, endpoint);
      }
      if (!endpoint.ok)
        return { ok: false, url: redactUrl(raw), lookup: endpoint };
      const key = `${endpoint.value.url}\0${endpoint.value.authorization ?? ""}`;
      let client = clients.get(key);
      if (client === void 0) {
        client = createIndexClient(endpoint.value, http);
        clients.set(key, client);
      }
      return { ok: true, client, key, url: endpoint.value.url };
    },
    prepare(raw) {
      const found = session.clientFor(raw);
      if (found.ok) http.prepare(found.url);
    },
    secrets: () => [...secrets],
    stats: http.stats
  };
  return session;
}
function settleLookup(promise) {
  return promise.catch(
    (error) => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error)
    })
  );
}

export {
  DEFAULT_INDEX_URL,
  INDEX_TOKEN_ENV,
  redactUrl,
  listIndexSecrets,
  maskSecrets,
  stat2 as stat,
  lstat2 as lstat,
  readlink2 as readlink,
  realpath2 as realpath,
  readdir2 as readdir,
  readFile2 as readFile,
  writeFile2 as writeFile,
  mkdtemp2 as mkdtemp,
  rm2 as rm,
  open2 as open,
  readNetworkTimings,
  createBoundedCache,
  copyString,
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
  updateType,
  normalizeName,
  createIndexSession,
  settleLookup
};
