#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import "./cli-2YH6FNA5.js";

// src/cli.ts
import { once } from "node:events";

// src/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable();
  } catch {
  }
}

// src/cli.ts
enableCompileCache();
var { runCli } = await import("./cli-HFU4A73X.js");
process.exitCode = await runCli(process.argv.slice(2), {
  // Wait for "drain": through a pipe, Node would otherwise buffer most of a large report in memory.
  stdout: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  },
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTty: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns
});
