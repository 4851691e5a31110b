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
} from "./cli-3IGNGC6Z.js";
import "./cli-YFUI2P4F.js";
import "./cli-TS4OJXAQ.js";
import "./cli-MR2AQPOE.js";
import "./cli-B52RGA5X.js";
import "./cli-CK7WWBFM.js";
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
