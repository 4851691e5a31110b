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
} from "./cli-B7VLXD23.js";
import "./cli-QUBS47DX.js";
import "./cli-TS4OJXAQ.js";
import "./cli-6H67Q6BF.js";
import "./cli-QHTSOWC2.js";
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
