#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/report/render-json.ts
function toJsonReport(report) {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    ...report.scope === void 0 ? {} : { scope: report.scope },
    policy: {
      source: report.policy.source,
      file: report.policy.file,
      presets: report.policy.presets,
      description: report.policy.description
    },
    projects: report.projects.map(toJsonProject),
    findings: report.findings.map(toJsonFinding),
    ...report.checks === void 0 ? {} : { checks: toJsonChecks(report) },
    summary: { ...report.summary }
  };
}
function toJsonChecks(report) {
  return (report.checks ?? []).map((c) => ({
    rule: c.rule,
    status: c.status,
    reason: c.reason
  }));
}
function toJsonProject(p) {
  return {
    path: p.path,
    workspace: p.workspace,
    requiresPython: p.requiresPython,
    files: p.files.map((f) => ({ path: f.path, kind: f.kind })),
    requirements: p.requirements.map((r) => ({
      name: r.name,
      specifier: r.specifier,
      extras: r.extras,
      marker: r.marker,
      url: r.url,
      editable: r.editable,
      hashes: r.hashes,
      group: r.group,
      file: r.file,
      line: r.line
    })),
    locked: p.locked.map((l) => ({
      name: l.name,
      version: l.version,
      source: l.source,
      marker: l.marker,
      file: l.file,
      line: l.line
    }))
  };
}
function toJsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    project: f.project,
    package: f.package,
    file: f.file,
    line: f.line,
    message: f.message,
    ...f.counterexample !== void 0 ? { counterexample: f.counterexample } : {},
    ...f.suggestion !== void 0 ? { suggestion: f.suggestion } : {},
    ...f.also !== void 0 && f.also.length > 0 ? { also: f.also } : {}
  };
}
function* renderJsonChunks(report) {
  const head = JSON.stringify(
    {
      schemaVersion: report.schemaVersion,
      tool: { name: report.tool.name, version: report.tool.version },
      root: report.root,
      ...report.scope === void 0 ? {} : { scope: report.scope },
      policy: {
        source: report.policy.source,
        file: report.policy.file,
        presets: report.policy.presets,
        description: report.policy.description
      }
    },
    null,
    2
  );
  yield `${head.slice(0, -2)},
`;
  yield* renderArrayChunks("projects", report.projects, toJsonProject);
  yield ",\n";
  yield* renderArrayChunks("findings", report.findings, toJsonFinding);
  if (report.checks !== void 0)
    yield `,
  "checks": ${indentJson(JSON.stringify(toJsonChecks(report), null, 2), "  ")}`;
  yield `,
  "summary": ${indentJson(JSON.stringify({ ...report.summary }, null, 2), "  ")}
}
`;
}
function* renderArrayChunks(key, items, toJson) {
  if (items.length === 0) {
    yield `  "${key}": []`;
    return;
  }
  yield `  "${key}": [`;
  for (let i = 0; i < items.length; i++)
    yield `${i === 0 ? "" : ","}
    ${stringifyNested(toJson(items[i]))}`;
  yield "\n  ]";
}
function stringifyNested(value) {
  const wrapped = JSON.stringify([[value]], null, 2);
  return wrapped.slice("[\n  [\n    ".length, -"\n  ]\n]".length);
}
function indentJson(json, indent) {
  return json.replaceAll("\n", `
${indent}`);
}

export {
  toJsonReport,
  renderJsonChunks
};
