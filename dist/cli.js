#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/cli.ts
import { fileURLToPath } from "node:url";
import { debuglog } from "node:util";

// src/start-up/code-cache-directory.ts
import { lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function codeCacheDirectory(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  const uid = process.getuid?.();
  const directory = env.NODE_COMPILE_CACHE ? join(env.NODE_COMPILE_CACHE, "pin-audit") : join(
    tmpdir(),
    `pin-audit-code-cache${uid === void 0 ? "" : `-${uid}`}`
  );
  try {
    mkdirSync(directory, { recursive: true, mode: 448 });
    return isPrivateDirectory(directory, uid) ? directory : null;
  } catch {
    return null;
  }
}
function isPrivateDirectory(directory, uid) {
  const stat = lstatSync(directory);
  if (!stat.isDirectory()) return false;
  if (uid === void 0) return true;
  return stat.uid === uid && (stat.mode & 18) === 0;
}

// src/start-up/load-cached-engine.ts
import { isAscii } from "node:buffer";
import {
  closeSync,
  fstatSync,
  lstatSync as lstatSync2,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join as join2 } from "node:path";
import { Script } from "node:vm";
var WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) {";
var WRAPPER_TAIL = "\n})";
function loadCachedEngine(file, options2) {
  const { bytes, size, modified } = readWithStat(file);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const cacheFile = options2.directory === null ? null : join2(
    options2.directory,
    cacheName(basename(file), size, Math.trunc(modified), options2)
  );
  const cached = cacheFile === null ? void 0 : readCache(cacheFile);
  const cachedData = cached?.bytes;
  const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, {
    filename: file,
    cachedData
  });
  const cacheState = cacheFile === null ? "off" : cachedData === void 0 ? "missing" : script.cachedDataRejected === true ? "rejected" : "accepted";
  if (cacheState === "accepted" && cacheFile !== null && cached !== void 0)
    keepFresh(cacheFile, cached.modified);
  const module = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file)
  );
  return {
    exports: module.exports,
    cacheState,
    saveCodeCache() {
      if (cacheFile === null || cacheState === "accepted") return false;
      writeCache(cacheFile, script);
      pruneStaleCaches(cacheFile, `${basename(file)}-`);
      return true;
    }
  };
}
function cacheName(name, size, modified, options2) {
  const safe = (text) => text.replace(/[^a-z0-9-]/gi, "_");
  return `${name}-${safe(options2.contentKey)}-${size}-${modified}-${process.version}-${process.arch}-${safe(options2.flavour)}.cache`;
}
function readWithStat(file) {
  const fd = openSync(file, "r");
  try {
    const stat = fstatSync(fd);
    return { bytes: readFileSync(fd), size: stat.size, modified: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
function readCache(cacheFile) {
  try {
    return readWithStat(cacheFile);
  } catch {
    return void 0;
  }
}
var STALE_AFTER_MS = 7 * 24 * 3600 * 1e3;
var MARK_USED_AFTER_MS = 24 * 3600 * 1e3;
function keepFresh(cacheFile, modified) {
  const now = Date.now();
  if (now - modified < MARK_USED_AFTER_MS) return;
  try {
    utimesSync(cacheFile, now / 1e3, now / 1e3);
  } catch {
  }
}
function pruneStaleCaches(keep, prefix) {
  const directory = dirname(keep);
  const now = Date.now();
  try {
    for (const name of readdirSync(directory)) {
      const path = join2(directory, name);
      if (path === keep || !name.startsWith(prefix)) continue;
      if (!name.endsWith(".cache") && !name.endsWith(".partial")) continue;
      try {
        const stat = lstatSync2(path);
        if (stat.isFile() && now - stat.mtimeMs > STALE_AFTER_MS)
          rmSync(path, { force: true });
      } catch {
      }
    }
  } catch {
  }
}
function writeCache(cacheFile, script) {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    writeFileSync(partial, script.createCachedData(), {
      mode: 384,
      flag: "w"
    });
    renameSync(partial, cacheFile);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
    }
  }
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

// src/cli.ts
var started = process.uptime() * 1e3;
var argv = process.argv.slice(2);
var command = argv[0] ?? "";
var options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
var printsOnly = options.some(
  (arg) => ["--help", "-h", "--version"].includes(arg)
);
var engine = loadCachedEngine(
  fileURLToPath(new URL("./cli-engine.cjs", import.meta.url)),
  {
    directory: codeCacheDirectory(process.env),
    flavour: printsOnly ? "info" : ["fix", "drift", "merge"].includes(command) ? command : "audit",
    contentKey: "c55eccea0c75f147e89c496f229489d4"
  }
);
var debug = debuglog("pin-audit");
var loaded = process.uptime() * 1e3;
debug(
  "code cache %s; Node started in %d ms, the engine loaded in %d ms",
  engine.cacheState,
  Math.round(started),
  Math.round(loaded - started)
);
var output = createStdoutWriter(process.stdout);
process.exitCode = await engine.exports.runCli(argv, {
  stdout: output.write,
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTty: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns
});
var lost = await output.finish();
if (lost !== null) {
  process.stderr.write(`pin-audit: cannot write the output: ${lost.message}
`);
  process.exitCode = 2;
}
var ran = process.uptime() * 1e3;
var wrote = process.exitCode === 0 || process.exitCode === 1 ? engine.saveCodeCache() : false;
debug(
  "ran in %d ms%s",
  Math.round(ran - loaded),
  wrote ? `; code cache written in ${Math.round(process.uptime() * 1e3 - ran)} ms` : ""
);
