#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import "./action-Z5F5GIAF.mjs";

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
var { runAction } = await import("./action-3F465LKA.mjs");
await runAction();
