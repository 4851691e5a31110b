#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/report/compare-reports.ts
function findingIdentity(f) {
  if (f.key !== void 0) return `key\0${f.key}`;
  return [
    f.rule,
    f.project ?? "",
    f.package ?? "",
    f.file ?? "",
    withoutLineNumbers(f.message)
  ].join("\0");
}
function withoutLineNumbers(message) {
  return message.replace(/(\.(?:txt|in|toml|lock|cfg)):\d+(?::\d+)?/gi, "$1:N").replace(/\b(lines?) \d+(?:(?:, | and | to |-)\d+)*/gi, "$1 N");
}
function compareReports(base, head) {
  if (base === null) {
    return {
      statuses: head.map(() => "new"),
      newCount: head.length,
      existingCount: 0,
      fixed: [],
      compared: false
    };
  }
  const remaining = /* @__PURE__ */ new Map();
  for (const f of base) {
    const id = findingIdentity(f);
    remaining.set(id, [...remaining.get(id) ?? [], f]);
  }
  const statuses = head.map((f) => {
    const left = remaining.get(findingIdentity(f));
    if (left && left.length > 0) {
      left.shift();
      return "existing";
    }
    return "new";
  });
  const newCount = statuses.filter((s) => s === "new").length;
  return {
    statuses,
    newCount,
    existingCount: head.length - newCount,
    fixed: [...remaining.values()].flat(),
    compared: true
  };
}

export {
  findingIdentity,
  compareReports
};
