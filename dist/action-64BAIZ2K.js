#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createIndexSession,
  settleLookup
} from "./action-EYAB3EXY.js";
import "./action-7WN2ZQUA.js";
export {
  createIndexSession,
  settleLookup
};
