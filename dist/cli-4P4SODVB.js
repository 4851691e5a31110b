#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/parse/ascii-text.ts
import { isAscii } from "node:buffer";
function decodeAscii(bytes) {
  if (!isAscii(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(
    "latin1"
  );
}

// src/discover/read-file-bytes.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var KEPT_BUFFER_BYTES = 4 * 1024 * 1024;
var MIN_BUFFER_BYTES = 256 * 1024;
async function readFileWith(absPath, use) {
  if (blockingReads) return readBlocking(absPath, use);
  let handle;
  let bytes;
  try {
    handle = await open(absPath, "r");
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    bytes = await handle.readFile();
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
    fd = openSync(absPath, "r");
    const { size } = fstatSync(fd);
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
    const n = readSync(fd, buffer, length, buffer.length - length, null);
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
    closeSync(fd);
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

// src/discover/read-text-file.ts
async function readTextFile(absPath) {
  const read = await readFileWith(absPath, decodeText);
  return read.ok ? read.value : read;
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

export {
  MAX_FILE_BYTES,
  readFileWith,
  useBlockingReads,
  isUsingBlockingReads,
  describeFsError,
  decodeAscii,
  readTextFile
};
