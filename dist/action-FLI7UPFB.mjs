#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  require_undici
} from "./action-LDYFU7FL.mjs";
import "./action-Z5F5GIAF.mjs";
export default require_undici();
