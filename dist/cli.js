#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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

// builtins-by-require:node:url
var require_node_url = __commonJS({
  "builtins-by-require:node:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtins-by-require:node:util
var require_node_util = __commonJS({
  "builtins-by-require:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// builtins-by-require:node:fs
var require_node_fs = __commonJS({
  "builtins-by-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtins-by-require:node:os
var require_node_os = __commonJS({
  "builtins-by-require:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtins-by-require:node:path
var require_node_path = __commonJS({
  "builtins-by-require:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtins-by-require:node:buffer
var require_node_buffer = __commonJS({
  "builtins-by-require:node:buffer"(exports, module) {
    module.exports = __require("node:buffer");
  }
});

// builtins-by-require:node:module
var require_node_module = __commonJS({
  "builtins-by-require:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// builtins-by-require:node:v8
var require_node_v8 = __commonJS({
  "builtins-by-require:node:v8"(exports, module) {
    module.exports = __require("node:v8");
  }
});

// builtins-by-require:node:vm
var require_node_vm = __commonJS({
  "builtins-by-require:node:vm"(exports, module) {
    module.exports = __require("node:vm");
  }
});

// src/cli.ts
var import_node_url = __toESM(require_node_url(), 1);
var import_node_util = __toESM(require_node_util(), 1);

// src/start-up/code-cache-directory.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
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

// src/start-up/load-cached-engine.ts
var import_node_buffer = __toESM(require_node_buffer(), 1);
var import_node_module = __toESM(require_node_module(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
var import_node_v8 = __toESM(require_node_v8(), 1);
var import_node_vm = __toESM(require_node_vm(), 1);

// src/start-up/code-cache-file.ts
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// src/start-up/read-with-stat.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
function readWithStat(file) {
  const fd = (0, import_node_fs2.openSync)(file, "r");
  try {
    const stat = (0, import_node_fs2.fstatSync)(fd);
    return { bytes: (0, import_node_fs2.readFileSync)(fd), size: stat.size, modified: stat.mtimeMs };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}

// src/start-up/code-cache-file.ts
var MAGIC = 826491216;
var HEADER_BYTES = 8;
function readCodeCache(path) {
  let file;
  try {
    file = readWithStat(path);
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
    const fd = (0, import_node_fs3.openSync)(partial, "w", 384);
    try {
      (0, import_node_fs3.writeFileSync)(fd, header);
      (0, import_node_fs3.writeFileSync)(fd, data);
    } finally {
      (0, import_node_fs3.closeSync)(fd);
    }
    (0, import_node_fs3.renameSync)(partial, path);
    return true;
  } catch {
    try {
      (0, import_node_fs3.rmSync)(partial, { force: true });
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
    (0, import_node_fs3.utimesSync)(path, now / 1e3, now / 1e3);
  } catch {
  }
}
function pruneStaleCaches(keep, prefix) {
  const directory = (0, import_node_path2.dirname)(keep);
  const now = Date.now();
  try {
    for (const name of (0, import_node_fs3.readdirSync)(directory)) {
      const path = (0, import_node_path2.join)(directory, name);
      if (path === keep || !name.startsWith(prefix)) continue;
      if (!name.endsWith(".cache") && !name.endsWith(".partial")) continue;
      try {
        const stat = (0, import_node_fs3.lstatSync)(path);
        if (stat.isFile() && now - stat.mtimeMs > STALE_AFTER_MS)
          (0, import_node_fs3.rmSync)(path, { force: true });
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
  const { bytes, size, modified } = readWithStat(file);
  const source = bytes.toString((0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const cacheFile = options.directory === null ? null : (0, import_node_path3.join)(
    options.directory,
    cacheName((0, import_node_path3.basename)(file), size, Math.trunc(modified), options)
  );
  const found = cacheFile === null ? void 0 : readCodeCache(cacheFile);
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
  const module = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(
    module.exports,
    module.exports,
    (0, import_node_module.createRequire)(file),
    module,
    file,
    (0, import_node_path3.dirname)(file)
  );
  const compiledBytes = options.compiledBytes ?? bytecodeBytes;
  return {
    exports: module.exports,
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
function bytecodeBytes() {
  return (0, import_node_v8.getHeapCodeStatistics)().bytecode_and_metadata_size;
}
function cacheName(name, size, modified, options) {
  const safe = (text) => text.replace(/[^a-z0-9-]/gi, "_");
  return `${name}-${safe(options.contentKey)}-${size}-${modified}-${process.version}-${process.arch}-${safe(options.flavour)}.cache`;
}

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
      const room = text.length * 3;
      if (room > MAX_KEPT_BYTES) return send(i, text);
      if (buffers[i].length < room)
        buffers[i] = Buffer.allocUnsafeSlow(room);
      const buffer = buffers[i];
      return send(i, buffer.subarray(0, buffer.write(text)));
    },
    async finish() {
      await Promise.all(written);
      return state.readerGone ? null : state.failure;
    }
  };
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

// src/version.ts
var TOOL_VERSION = true ? "0.1.0" : "dev";

// src/cli.ts
var started = process.uptime() * 1e3;
var argv = process.argv.slice(2);
var output = createStdoutWriter(process.stdout);
if (argv.length === 1 && argv[0] === "--version") {
  await output.write(`${TOOL_VERSION}
`);
  process.exitCode = await finishOutput(output, 0);
} else {
  await runEngine();
}
async function runEngine() {
  const command = argv[0] ?? "";
  const options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  const printsOnly = options.some(
    (arg) => ["--help", "-h", "--version"].includes(arg)
  );
  const engine = loadCachedEngine(
    (0, import_node_url.fileURLToPath)(new URL("./cli-engine.cjs", import.meta.url)),
    {
      directory: codeCacheDirectory(process.env),
      flavour: printsOnly ? "info" : ["fix", "drift", "merge"].includes(command) ? command : "audit",
      contentKey: "7a6209d223d1cb93771d0be8aac2c16e"
    }
  );
  const debug = (0, import_node_util.debuglog)("pin-audit");
  const loaded = process.uptime() * 1e3;
  debug(
    "code cache %s; Node started in %d ms, the engine loaded in %d ms",
    engine.cacheState,
    Math.round(started),
    Math.round(loaded - started)
  );
  const status = await engine.exports.runCli(argv, {
    stdout: output.write,
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTty: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns
  });
  process.exitCode = await finishOutput(output, status);
  const ran = process.uptime() * 1e3;
  const saved = process.exitCode === 0 || process.exitCode === 1 ? engine.saveCodeCache() : null;
  const saving = Math.round(process.uptime() * 1e3 - ran);
  debug(
    "ran in %d ms%s",
    Math.round(ran - loaded),
    saved === "written" ? `; code cache written in ${saving} ms` : saved === "grown" ? `; code cache written again with what this run compiled beyond it, in ${saving} ms` : ""
  );
}
async function finishOutput(writer, status) {
  const lost = await writer.finish();
  if (lost === null) return status;
  process.stderr.write(`pin-audit: cannot write the output: ${lost.message}
`);
  return 2;
}
