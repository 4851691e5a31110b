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
  "projects": `;
  yield* renderProjects(report.projects);
  yield ',\n  "findings": ';
  yield* renderArray(report.findings.map(toJsonFinding), 1);
  if (report.checks !== void 0)
    yield `,
  "checks": ${stringifyAt(toJsonChecks(report), 1)}`;
  yield `,
  "summary": ${stringifyAt({ ...report.summary }, 1)}
}
`;
}
var ITEMS_PER_PIECE = 32;
function* renderProjects(projects) {
  if (projects.length === 0) {
    yield "[]";
    return;
  }
  for (let i = 0; i < projects.length; i++) {
    yield i === 0 ? "[\n    " : ",\n    ";
    yield* renderProject(projects[i]);
  }
  yield "\n  ]";
}
function* renderProject(project) {
  const { requirements, locked, ...head } = toJsonProject(project);
  const text = stringifyAt(head, 2);
  yield `${text.slice(0, -"\n    }".length)},
      "requirements": `;
  yield* renderArray(requirements, 3);
  yield ',\n      "locked": ';
  yield* renderArray(locked, 3);
  yield "\n    }";
}
function* renderArray(items, depth) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const newline = `
${"  ".repeat(depth + 1)}`;
  let piece = "[";
  for (let i = 0; i < items.length; i++) {
    piece += `${i === 0 ? "" : ","}${newline}${stringifyAt(items[i], depth + 1)}`;
    if ((i + 1) % ITEMS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}
${"  ".repeat(depth)}]`;
}
function stringifyAt(value, depth) {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(depth * (depth + 3), json.length - depth * (depth + 1));
}

export {
  toJsonReport,
  renderJsonChunks
};
