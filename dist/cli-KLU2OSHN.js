#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createIndexSession,
  settleLookup
} from "./cli-NIKKW4Y4.js";
import "./cli-2LUIKLHL.js";
import "./cli-CK7WWBFM.js";
import "./cli-2YH6FNA5.js";
export {
  createIndexSession,
  settleLookup
};
