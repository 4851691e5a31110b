#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/discover/read-text-file.ts
import { open } from "node:fs/promises";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
async function readTextFile(absPath) {
  const read = await readFileBytes(absPath);
  return read.ok ? decodeText(read.bytes) : read;
}
async function readFileBytes(absPath) {
  let handle;
  try {
    handle = await open(absPath, "r");
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) {
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
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return fail(`cannot read file: ${describeFsError(error)}`);
  } finally {
    await handle?.close().catch(() => {
    });
  }
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
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return fail(
      `not valid UTF-8 (byte offset ${offset}); re-save the file as UTF-8`,
      lineAt(bytes, offset)
    );
  }
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

export {
  MAX_FILE_BYTES,
  readTextFile,
  readFileBytes,
  describeFsError
};
