#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import "./action-7WN2ZQUA.js";

// src/start-up/node-compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable();
  } catch {
  }
}

// src/action.ts
enableCompileCache();
var { runAction } = await import("./action-MCMIPKJZ.js");
await runAction();
