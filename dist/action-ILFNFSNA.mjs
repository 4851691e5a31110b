#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createIndexSession,
  settleLookup
} from "./action-74ZJYKHE.mjs";
import "./action-Z5F5GIAF.mjs";
export {
  createIndexSession,
  settleLookup
};
