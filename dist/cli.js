#!/usr/bin/env node
"use strict";

// src/cli.ts
var import_node_path4 = require("node:path");
var import_node_util = require("node:util");
var import_node_v82 = require("node:v8");

// src/start-up/code-cache-directory.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function codeCacheDirectory(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  const uid = process.getuid?.();
  const directory = env.NODE_COMPILE_CACHE ? (0, import_node_path.join)(env.NODE_COMPILE_CACHE, "pin-audit") : (0, import_node_path.join)(
    (0, import_node_os.tmpdir)(),
    `pin-audit-code-cache${uid === void 0 ? "" : `-${uid}`}`
  );
  try {
    (0, import_node_fs.mkdirSync)(directory, { recursive: true, mode: 448 });
    return isPrivateDirectory(directory, uid) ? directory : null;
  } catch {
    return null;
  }
}
function isPrivateDirectory(directory, uid) {
  const stat = (0, import_node_fs.lstatSync)(directory);
  if (!stat.isDirectory()) return false;
  if (uid === void 0) return true;
  return stat.uid === uid && (stat.mode & 18) === 0;
}

// src/start-up/direct-writer.ts
var import_node_fs2 = require("node:fs");

// src/start-up/stdout-writer.ts
var INITIAL_BYTES = 256 * 1024;
var MAX_KEPT_BYTES = 4 * 1024 * 1024;
function createStdoutWriter(stream) {
  const buffers = [
    Buffer.allocUnsafeSlow(INITIAL_BYTES),
    Buffer.allocUnsafeSlow(INITIAL_BYTES)
  ];
  const written = [Promise.resolve(), Promise.resolve()];
  let turn = 0;
  const state = watchErrors(stream);
  const stopped = () => state.readerGone || state.failure !== null;
  const send = async (i, chunk) => {
    let done = () => {
    };
    written[i] = new Promise((resolve) => {
      done = resolve;
    });
    if (!stream.write(chunk, () => done())) await drained(stream);
  };
  return {
    async write(text) {
      const i = turn;
      turn = 1 - turn;
      await written[i];
      if (stopped()) return;
      const encoded = encodeKept(buffers[i], text);
      if (encoded === null) return send(i, text);
      buffers[i] = encoded.kept;
      return send(i, encoded.bytes);
    },
    async finish() {
      await Promise.all(written);
      return state.readerGone ? null : state.failure;
    }
  };
}
function encodeKept(kept, text) {
  const room = text.length * 3;
  if (room > MAX_KEPT_BYTES) return null;
  const buffer = kept.length < room ? Buffer.allocUnsafeSlow(room) : kept;
  return { kept: buffer, bytes: buffer.subarray(0, buffer.write(text)) };
}
function watchErrors(stream) {
  const state = { readerGone: false, failure: null };
  stream.on("error", (error) => {
    if (error.code === "EPIPE") state.readerGone = true;
    else state.failure ??= error;
  });
  return state;
}
function drained(stream) {
  if (stream.destroyed || stream.errored) return Promise.resolve();
  return new Promise((resolve) => {
    const settle = () => {
      stream.off("drain", settle);
      stream.off("error", settle);
      stream.off("close", settle);
      resolve();
    };
    stream.on("drain", settle);
    stream.on("error", settle);
    stream.on("close", settle);
  });
}

// src/start-up/direct-writer.ts
var INITIAL_BYTES2 = 64 * 1024;
function writesDirectly(fd, platform = process.platform) {
  if (platform === "win32") return false;
  try {
    const target = (0, import_node_fs2.fstatSync)(fd);
    if (target.isFile() || target.isFIFO() || target.isSocket()) return true;
    return target.isCharacterDevice() && target.rdev === (0, import_node_fs2.statSync)("/dev/null").rdev;
  } catch {
    return false;
  }
}
function createDirectWriter(fd, stream) {
  let kept = Buffer.allocUnsafeSlow(INITIAL_BYTES2);
  let readerGone = false;
  let failure = null;
  let handedOver = null;
  const encode = (text) => {
    const encoded = encodeKept(kept, text);
    if (encoded === null) return Buffer.from(text, "utf8");
    kept = encoded.kept;
    return encoded.bytes;
  };
  const handOver = (rest) => {
    const target = stream();
    const writer = createStdoutWriter(target);
    const copy = Buffer.from(rest);
    handedOver = {
      writer,
      rest: new Promise((resolve) => target.write(copy, () => resolve()))
    };
    return Promise.resolve();
  };
  return {
    async write(text) {
      if (handedOver !== null) return handedOver.writer.write(text);
      if (readerGone || failure !== null) return;
      const bytes = encode(text);
      let done = 0;
      while (done < bytes.length) {
        try {
          done += (0, import_node_fs2.writeSync)(fd, bytes, done, bytes.length - done);
        } catch (error) {
          const code = error.code;
          if (code === "EAGAIN") return handOver(bytes.subarray(done));
          if (code === "EPIPE") readerGone = true;
          else failure = error;
          return;
        }
      }
    },
    async finish() {
      if (handedOver !== null) {
        await handedOver.rest;
        return handedOver.writer.finish();
      }
      return readerGone ? null : failure;
    }
  };
}

// src/start-up/load-cached-engine.ts
var import_node_buffer = require("node:buffer");
var import_node_fs5 = require("node:fs");
var import_node_module = require("node:module");
var import_node_path3 = require("node:path");
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");

// src/start-up/code-cache-file.ts
var import_node_fs4 = require("node:fs");
var import_node_path2 = require("node:path");

// src/start-up/read-with-stat.ts
var import_node_fs3 = require("node:fs");
function readWithStat(file, into) {
  const opened = openWithStat(file);
  try {
    return {
      bytes: opened.read(into),
      size: opened.size,
      modified: opened.modified
    };
  } finally {
    opened.close();
  }
}
function openWithStat(file) {
  const fd = (0, import_node_fs3.openSync)(file, "r");
  try {
    const stat = (0, import_node_fs3.fstatSync)(fd);
    return {
      size: stat.size,
      modified: stat.mtimeMs,
      read: (into) => into !== void 0 && stat.size < into.length ? readToEnd(fd, into) : (0, import_node_fs3.readFileSync)(fd),
      close: () => (0, import_node_fs3.closeSync)(fd)
    };
  } catch (error) {
    (0, import_node_fs3.closeSync)(fd);
    throw error;
  }
}
function readToEnd(fd, into) {
  let length = 0;
  for (; ; ) {
    const read = (0, import_node_fs3.readSync)(fd, into, length, into.length - length, null);
    if (read === 0) return into.subarray(0, length);
    length += read;
    if (length === into.length) return Buffer.concat([into, (0, import_node_fs3.readFileSync)(fd)]);
  }
}

// src/start-up/code-cache-file.ts
var MAGIC = 826491216;
var HEADER_BYTES = 8;
function readCodeCache(path, into) {
  let file;
  try {
    file = readWithStat(path, into);
  } catch {
    return void 0;
  }
  const { bytes, modified } = file;
  if (bytes.length <= HEADER_BYTES || bytes.readUInt32LE(0) !== MAGIC)
    return "invalid";
  return {
    data: bytes.subarray(HEADER_BYTES),
    modified,
    compiledBytes: bytes.readUInt32LE(4)
  };
}
function writeCodeCache(path, data, compiledBytes) {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(Math.min(compiledBytes, 4294967295), 4);
  const partial = `${path}.${process.pid}.partial`;
  try {
    const fd = (0, import_node_fs4.openSync)(partial, "w", 384);
    try {
      (0, import_node_fs4.writeFileSync)(fd, header);
      (0, import_node_fs4.writeFileSync)(fd, data);
    } finally {
      (0, import_node_fs4.closeSync)(fd);
    }
    (0, import_node_fs4.renameSync)(partial, path);
    return true;
  } catch {
    try {
      (0, import_node_fs4.rmSync)(partial, { force: true });
    } catch {
    }
    return false;
  }
}
var STALE_AFTER_MS = 7 * 24 * 3600 * 1e3;
var MARK_USED_AFTER_MS = 24 * 3600 * 1e3;
function keepFresh(path, modified) {
  const now = Date.now();
  if (now - modified < MARK_USED_AFTER_MS) return;
  try {
    (0, import_node_fs4.utimesSync)(path, now / 1e3, now / 1e3);
  } catch {
  }
}
function pruneStaleCaches(keep, prefix) {
  const directory = (0, import_node_path2.dirname)(keep);
  const now = Date.now();
  try {
    for (const name of (0, import_node_fs4.readdirSync)(directory)) {
      const path = (0, import_node_path2.join)(directory, name);
      if (path === keep || !name.startsWith(prefix)) continue;
      if (!name.endsWith(".cache") && !name.endsWith(".partial")) continue;
      try {
        const stat = (0, import_node_fs4.lstatSync)(path);
        if (stat.isFile() && now - stat.mtimeMs > STALE_AFTER_MS)
          (0, import_node_fs4.rmSync)(path, { force: true });
      } catch {
      }
    }
  } catch {
  }
}

// src/start-up/load-cached-engine.ts
var GROWTH_MARGIN_BYTES = 32 * 1024;
var WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) {";
var WRAPPER_TAIL = "\n})";
function loadCachedEngine(file, options) {
  const { bytes, buffer, cacheFile } = readEngine(file, options);
  const source = bytes.toString((0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const found = cacheFile === null ? void 0 : readCodeCache(cacheFile, buffer);
  const cached = typeof found === "object" ? found : void 0;
  const cachedData = cached?.data;
  const wrapped = source.startsWith(WRAPPER_HEAD) ? source : WRAPPER_HEAD + source + WRAPPER_TAIL;
  const script = new import_node_vm.Script(wrapped, {
    filename: file,
    cachedData
  });
  const cacheState = cacheFile === null ? "off" : found === "invalid" || script.cachedDataRejected === true ? "rejected" : cachedData === void 0 ? "missing" : "accepted";
  if (cacheState === "accepted" && cacheFile !== null && cached !== void 0)
    keepFresh(cacheFile, cached.modified);
  const module2 = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(
    module2.exports,
    module2.exports,
    (0, import_node_module.createRequire)(file),
    module2,
    file,
    (0, import_node_path3.dirname)(file)
  );
  const compiledBytes = options.compiledBytes ?? bytecodeBytes;
  return {
    exports: module2.exports,
    cacheState,
    saveCodeCache() {
      if (cacheFile === null) return null;
      const compiled = compiledBytes();
      const grown = cacheState === "accepted";
      if (grown && compiled <= (cached?.compiledBytes ?? 0) + GROWTH_MARGIN_BYTES)
        return null;
      if (!writeCodeCache(cacheFile, script.createCachedData(), compiled))
        return null;
      pruneStaleCaches(cacheFile, `${(0, import_node_path3.basename)(file)}-`);
      return grown ? "grown" : "written";
    }
  };
}
function readEngine(file, options) {
  const engine = openWithStat(file);
  try {
    const cacheFile = options.directory === null ? null : (0, import_node_path3.join)(
      options.directory,
      cacheName(
        (0, import_node_path3.basename)(file),
        engine.size,
        Math.trunc(engine.modified),
        options
      )
    );
    const cacheBytes = cacheFile === null ? 0 : fileSize(cacheFile);
    const buffer = Buffer.allocUnsafeSlow(
      Math.max(engine.size, cacheBytes <= engine.size * 2 ? cacheBytes : 0) + 1
    );
    return { bytes: engine.read(buffer), buffer, cacheFile };
  } finally {
    engine.close();
  }
}
function fileSize(path) {
  try {
    return (0, import_node_fs5.statSync)(path).size;
  } catch {
    return 0;
  }
}
function bytecodeBytes() {
  return (0, import_node_v8.getHeapCodeStatistics)().bytecode_and_metadata_size;
}
function cacheName(name, size, modified, options) {
  const safe = (text) => text.replace(/[^A-Za-z0-9-]/g, "_");
  const flags = (options.nodeFlags ?? []).filter((flag) => flag !== "");
  const flagsKey = flags.length === 0 ? "" : `-flags-${fnv1a(flags.join("\0"))}`;
  return `${name}-${safe(options.contentKey)}-${size}-${modified}-${process.version}-${process.arch}-${safe(options.flavour)}${flagsKey}.cache`;
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// src/start-up/short-run-tuning.ts
var WHOLE_RUN = "--no-regexp-tier-up";
var BY_INVOCATION_COUNT = {
  short: "--invocation-count-for-maglev=1600 --invocation-count-for-turbofan=12000 --semi-space-growth-factor=1",
  defaults: "--invocation-count-for-maglev=400 --invocation-count-for-turbofan=3000 --semi-space-growth-factor=2",
  wholeRun: WHOLE_RUN
};
var TUNINGS = {
  "11.3": {
    short: "--interrupt-budget=540672 --semi-space-growth-factor=1",
    defaults: "--interrupt-budget=67584 --semi-space-growth-factor=2",
    wholeRun: WHOLE_RUN
  },
  "12.4": BY_INVOCATION_COUNT,
  "13.6": BY_INVOCATION_COUNT
};
var LONG_RUN_BYTES = 1024 * 1024;
var LONG_RUN_MS = 250;
var STATE = /* @__PURE__ */ Symbol.for("pin-audit.short-run-tuning");
function tuneForShortRun(environment) {
  const holder = environment.holder ?? globalThis;
  if (holder[STATE] !== void 0) return false;
  const tuning = tuningFor(environment.v8Version);
  if (tuning === void 0) return false;
  const names = flagNames(`${tuning.short} ${tuning.wholeRun}`);
  if (environment.nodeFlags.some((flag) => names.has(flagName(flag))))
    return false;
  const { setFlags } = environment;
  setFlags(`${tuning.short} ${tuning.wholeRun}`);
  holder[STATE] = {
    ended: false,
    setDefaults: () => setFlags(tuning.defaults),
    setShort: () => setFlags(tuning.short),
    bytesRead: 0
  };
  return true;
}
function tuningFor(v8Version) {
  const [major, minor] = v8Version.split(".");
  return TUNINGS[`${major}.${minor}`];
}
function endShortRunTuning(holder = globalThis) {
  const state = holder[STATE];
  if (state === void 0 || state.ended) return false;
  state.ended = true;
  state.setDefaults();
  return true;
}
function underShortRunFlags(make, holder = globalThis) {
  const state = holder[STATE];
  if (state === void 0 || !state.ended) return make();
  state.setShort();
  try {
    return make();
  } finally {
    state.setDefaults();
  }
}
function isTunedForShortRun(holder = globalThis) {
  const state = holder[STATE];
  return state !== void 0 && !state.ended;
}
function flagName(flag) {
  const name = flag.replace(/^--(no-)?/, "").split("=", 1)[0] ?? "";
  return name.replaceAll("_", "-");
}
function flagNames(flags) {
  return new Set(flags.split(" ").map(flagName));
}

// src/version.ts
var TOOL_VERSION = true ? "0.1.0" : "dev";

// src/cli.ts
var started = process.uptime() * 1e3;
var argv = process.argv.slice(2);
var direct = { stdout: writesDirectly(1), stderr: writesDirectly(2) };
var output = direct.stdout ? createDirectWriter(1, () => process.stdout) : createStdoutWriter(process.stdout);
var errors = direct.stderr ? createDirectWriter(2, () => process.stderr) : null;
if (argv.length === 1 && argv[0] === "--version") {
  void printVersion().then(exitWhenWritten);
} else {
  void runEngine().then(exitWhenWritten);
}
function exitWhenWritten() {
  if (errors === null) process.stderr.write("", () => process.exit());
  else void errors.finish().then(() => process.exit());
}
function writeError(text) {
  if (errors === null) process.stderr.write(text);
  else void errors.write(text);
}
async function printVersion() {
  await output.write(`${TOOL_VERSION}
`);
  process.exitCode = await finishOutput(output, 0);
}
async function runEngine() {
  const command = argv[0] ?? "";
  const options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  const printsOnly = options.some(
    (arg) => ["--help", "-h", "--version"].includes(arg)
  );
  const flavour = printsOnly ? "info" : ["fix", "drift", "merge"].includes(command) ? command : "audit";
  const nodeFlags = [
    ...process.execArgv,
    ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)
  ];
  const tuned = tuneForCommand(flavour, nodeFlags);
  const engine = loadCachedEngine(
    (0, import_node_path4.join)(__dirname, "cli-engine.cjs"),
    {
      directory: codeCacheDirectory(process.env),
      flavour,
      nodeFlags,
      contentKey: "4dc8324ffff11f23e13ada92221f6ce9"
    }
  );
  const debugging = (0, import_node_util.debuglog)("pin-audit").enabled;
  const debug = (text, ...values) => {
    if (debugging)
      writeError(`PIN-AUDIT ${process.pid}: ${(0, import_node_util.format)(text, ...values)}
`);
  };
  const loaded = process.uptime() * 1e3;
  debug(
    "code cache %s; %s; Node started in %d ms, the engine loaded in %d ms",
    engine.cacheState,
    tuned ? "V8 tuned for a short run" : "V8 as it is",
    Math.round(started),
    Math.round(loaded - started)
  );
  const status = await engine.exports.runCli(argv, {
    stdout: output.write,
    stderr: writeError,
    env: process.env,
    // A file, a pipe or the null device is no terminal.
    isTty: direct.stdout ? false : Boolean(process.stdout.isTTY),
    columns: direct.stdout ? void 0 : process.stdout.columns
  });
  process.exitCode = await finishOutput(output, status);
  const ran = process.uptime() * 1e3;
  const saved = process.exitCode === 0 || process.exitCode === 1 ? underShortRunFlags(() => engine.saveCodeCache()) : null;
  const saving = Math.round(process.uptime() * 1e3 - ran);
  debug(
    "ran in %d ms%s%s",
    Math.round(ran - loaded),
    saved === "written" ? `; code cache written in ${saving} ms` : saved === "grown" ? `; code cache written again with what this run compiled beyond it, in ${saving} ms` : "",
    tuned ? isTunedForShortRun() ? "; V8 tuned to the end" : "; V8's defaults back during the run" : ""
  );
}
function tuneForCommand(flavour, nodeFlags) {
  if (flavour !== "audit" && flavour !== "fix") return false;
  const tuned = tuneForShortRun({
    v8Version: process.versions.v8,
    nodeFlags,
    setFlags: import_node_v82.setFlagsFromString
  });
  if (tuned) setTimeout(endShortRunTuning, LONG_RUN_MS).unref();
  return tuned;
}
async function finishOutput(writer, status) {
  const lost = await writer.finish();
  if (lost === null) return status;
  writeError(`pin-audit: cannot write the output: ${lost.message}
`);
  return 2;
}
