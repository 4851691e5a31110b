#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/index/response-body.ts
var MAX_BODY_BYTES = 64 * 1024 * 1024;
function firstHeader(value) {
  if (value === void 0) return null;
  return Array.isArray(value) ? value[0] ?? null : value;
}
async function readLimitedBody(body, contentLength, destroy) {
  const tooLarge = () => new Error(`response larger than ${MAX_BODY_BYTES} bytes`);
  if (Number(contentLength ?? 0) > MAX_BODY_BYTES) {
    destroy();
    throw tooLarge();
  }
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for await (const chunk of body) {
    received += chunk.byteLength;
    if (received > MAX_BODY_BYTES) {
      destroy();
      throw tooLarge();
    }
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

// src/index/shared-lookup.ts
import { lookup as dnsLookup } from "node:dns";
function createSharedLookup(resolve = dnsLookup) {
  const open = /* @__PURE__ */ new Map();
  return (hostname, options, callback) => {
    const key = `${hostname}\0${options.family ?? 0}\0${options.all === true}\0${options.hints ?? 0}\0${options.order ?? options.verbatim ?? ""}`;
    const waiting = open.get(key);
    if (waiting !== void 0) {
      waiting.push(callback);
      return;
    }
    const callbacks = [callback];
    open.set(key, callbacks);
    const answer = (error, address, family) => {
      open.delete(key);
      for (const each of callbacks)
        each(error, Array.isArray(address) ? [...address] : address, family);
    };
    try {
      resolve(hostname, options, answer);
    } catch (error) {
      answer(error, "", 0);
    }
  };
}

export {
  firstHeader,
  readLimitedBody,
  createSharedLookup
};
