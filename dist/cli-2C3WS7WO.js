#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/version.ts
var TOOL_NAME = "pin-audit";
var TOOL_VERSION = true ? "0.1.0" : "dev";
var TOOL_URL = "https://github.com/pin-audit/pin-audit";

export {
  TOOL_NAME,
  TOOL_VERSION,
  TOOL_URL
};
