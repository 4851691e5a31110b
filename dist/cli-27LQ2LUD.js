#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  checkedNothing,
  describeCounts,
  fitReport,
  renderCutNote,
  renderMarkdown,
  renderUpgrades,
  renderVerdict,
  safeUrl
} from "./cli-MV4J5DWH.js";
import "./cli-ECZ7JS4X.js";
import "./cli-TS4OJXAQ.js";
import "./cli-RWLMNTGL.js";
import "./cli-I722EMAG.js";
import "./cli-RW3IJNEQ.js";
import "./cli-2YH6FNA5.js";
export {
  checkedNothing,
  describeCounts,
  fitReport,
  renderCutNote,
  renderMarkdown,
  renderUpgrades,
  renderVerdict,
  safeUrl
};
