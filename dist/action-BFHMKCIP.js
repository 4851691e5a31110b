#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  require_undici
} from "./action-MZLYYCDY.js";
import "./action-7WN2ZQUA.js";
export default require_undici();
