#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  toJsonReport
} from "./cli-FQNTDEDT.js";
import {
  renderMarkdown
} from "./cli-B7VLXD23.js";
import {
  renderText
} from "./cli-QUBS47DX.js";
import {
  stripControls
} from "./cli-TS4OJXAQ.js";
import "./cli-6H67Q6BF.js";
import "./cli-QHTSOWC2.js";
import "./cli-CK7WWBFM.js";
import "./cli-2YH6FNA5.js";

// src/compare/render-comparison.ts
function renderComparisonJson(compared) {
  const { comparison } = compared;
  return `${JSON.stringify(
    {
      ...toJsonReport(compared.report),
      comparison: {
        baseRef: compared.baseRef,
        baseCommit: compared.baseCommit,
        statuses: comparison.statuses,
        newFindings: comparison.newCount,
        existingFindings: comparison.existingCount,
        fixedFindings: comparison.fixed.length,
        upgrades: compared.upgrades
      }
    },
    null,
    2
  )}
`;
}
function renderComparisonMarkdown(compared) {
  return renderMarkdown(compared.report, {
    statuses: compared.comparison.statuses,
    fixedCount: compared.comparison.fixed.length,
    upgrades: compared.upgrades
  });
}
function renderComparisonText(compared) {
  const s = stripControls;
  const { comparison, report } = compared;
  const lines = [
    "",
    `Compared with ${s(compared.baseRef)} (${compared.baseCommit.slice(0, 12)}): ${comparison.newCount} new, ${comparison.existingCount} existing, ${comparison.fixed.length} fixed.`
  ];
  const news = report.findings.filter(
    (_, i) => comparison.statuses[i] === "new"
  );
  if (news.length > 0) {
    lines.push("New findings:");
    for (const f of news)
      lines.push(
        `  ${f.severity.padEnd(7)} [${s(f.rule)}] ${s(f.file ?? "")}${f.line === null ? "" : `:${f.line}`}`,
        `          ${s(f.message.split("\n")[0] ?? "")}`
      );
  }
  if (compared.upgrades.length > 0) {
    lines.push("Dependency changes:");
    for (const u of compared.upgrades)
      lines.push(
        `  ${s(u.project)}: ${s(u.package)} ${s(u.from ?? "-")} -> ${s(u.to ?? "-")} (${u.change}, ${u.kind} in ${s(u.file)})`
      );
  }
  return `${lines.join("\n")}
`;
}
function renderCompared(compared, format, text) {
  if (format === "json") return renderComparisonJson(compared);
  if (format === "markdown") return renderComparisonMarkdown(compared);
  return renderText(compared.report, text) + renderComparisonText(compared);
}
export {
  renderCompared,
  renderComparisonJson,
  renderComparisonMarkdown,
  renderComparisonText
};
