#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  countFindingsBy,
  describeProjectCounts,
  plural
} from "./cli-QUBS47DX.js";
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownWithCode,
  stripControls
} from "./cli-TS4OJXAQ.js";
import {
  describeUnchecked
} from "./cli-6H67Q6BF.js";
import {
  append
} from "./cli-QHTSOWC2.js";

// src/report/markdown-blocks.ts
function fitToLength(maxLength, levels, render, note = "_(report truncated)_") {
  const max = maxLength ?? Number.POSITIVE_INFINITY;
  let last = "";
  for (const level of levels) {
    last = render(level);
    if (last.length <= max) return last;
  }
  const tail = `

${note}
`;
  let kept = last.slice(0, Math.max(0, max - tail.length));
  for (; ; ) {
    const lineEnd = kept.lastIndexOf("\n");
    kept = lineEnd > 0 ? kept.slice(0, lineEnd) : "";
    const closing = "\n\n</details>".repeat(countOpenDetails(kept));
    if (kept.length + closing.length + tail.length <= max || kept === "") {
      return `${kept}${closing}${tail}`.slice(0, max);
    }
  }
}
function countOpenDetails(markdown) {
  const opened = markdown.match(/<details[\s>]/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  return Math.max(0, opened - closed);
}
function safeUrl(url) {
  return encodeURI(url).replace(/%25([0-9A-Fa-f]{2})/g, "%$1").replace(/\(/g, "%28").replace(/\)/g, "%29");
}

// src/report/render-finding.ts
var SEVERITY_ICON = {
  error: "\u{1F534}",
  warning: "\u{1F7E1}",
  notice: "\u{1F535}"
};
var SHORT_REMARK = 80;
function renderFindingItem(view, links) {
  const { finding: f, status, fix } = view;
  const mark = status === "new" ? " **new**" : status === "existing" ? " existing" : "";
  const head = [`${SEVERITY_ICON[f.severity]}${mark}`, codeSpan(f.rule)];
  const where = renderLocation(f, links);
  if (where) head.push(where);
  const { sentence, rest } = splitMessage(f.message, f.suggestion);
  if (f.package && !sentence.includes(`\`${f.package}\``))
    head.push(codeSpan(f.package));
  if (f.also?.length)
    head.push(`also\xA0${f.also.map((id) => codeSpan(id)).join(", ")}`);
  const out = [
    `- ${head.join(" \xB7 ")}\\`,
    `  ${escapeMarkdownWithCode(sentence)}`
  ];
  if (fix) {
    out.push("");
    append(out, indent(diffBlock(fix)));
  } else if (f.suggestion) out.push(`  Fix: ${codeSpan(f.suggestion)}`);
  const more = [...rest];
  if (f.counterexample && !namesVersion(f.message, f.counterexample))
    more.push(
      `A version the requirement lets in that is not allowed: ${codeSpan(f.counterexample)}.`
    );
  if (more.length === 1 && more[0].length <= SHORT_REMARK)
    out.push("", `  ${escapeMarkdownWithCode(more[0])}`);
  else if (more.length > 0) {
    out.push(
      "",
      "  <details><summary>Why, and what else</summary>",
      "",
      ...more.map((text) => `  ${escapeMarkdownWithCode(text)}`),
      "",
      "  </details>"
    );
  }
  out.push("");
  return out;
}
function renderLocation(f, links) {
  if (!f.file) return null;
  const text = codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`);
  const url = locationUrl(f.file, f.line, links);
  return url ? `[${text}](${url})` : text;
}
function locationUrl(file, line, links) {
  if (!links) return null;
  const path = (links.pathPrefix === "." ? file : `${links.pathPrefix}/${file}`).split("/").filter((segment) => segment !== "" && segment !== ".").map(
    (segment) => encodeURIComponent(segment).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
  return `${safeUrl(links.blobBase)}/${path}${line ? `#L${line}` : ""}`;
}
function diffBlock(fix) {
  const before = stripControls(fix.before);
  const after = stripControls(fix.after);
  const fence = fenceFor(`${before}
${after}`);
  return [`${fence}diff`, `-${before}`, `+${after}`, fence];
}
function fenceFor(text) {
  const longest = Math.max(
    0,
    ...(text.match(/`+/g) ?? []).map((run) => run.length)
  );
  return "`".repeat(Math.max(3, longest + 1));
}
function indent(lines) {
  return lines.map((line) => line === "" ? "" : `  ${line}`);
}
function splitMessage(message, suggestion) {
  const lines = message.split(/\r?\n/).filter((line) => line.trim() !== "");
  const first = lines[0] ?? "";
  let inCode = false;
  let end = -1;
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (c === "`") inCode = !inCode;
    else if (!inCode && c === "." && /^\s+\S/.test(first.slice(i + 1))) {
      end = i + 1;
      break;
    }
  }
  const sentence = end === -1 ? first : first.slice(0, end);
  const write = suggestion === void 0 ? null : ` Write \`${suggestion}\`.`;
  const after = ` ${first.slice(end).trim()}`;
  const rest = [
    // The fix is shown anyway: the closing "Write ..." is left out wherever it ends the first line.
    ...end === -1 ? [] : [
      (write && after.endsWith(write) ? after.slice(0, -write.length) : after).trim()
    ],
    ...lines.slice(1).map((line) => line.trim())
  ].filter(
    (text) => text !== "" && !(suggestion !== void 0 && text === `Write \`${suggestion}\`.`)
  );
  return { sentence, rest };
}
function projectLabel(project) {
  return project === null ? "repository" : escapeHtml(project);
}
function namesVersion(text, version) {
  for (let at = text.indexOf(version); at >= 0; at = text.indexOf(version, at + 1)) {
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + version.length, at + version.length + 2);
    if (!/[\w.+!-]$/.test(before) && !/^(\w|[.+!-]\w)/.test(after)) return true;
  }
  return false;
}

// src/report/render-finding-sections.ts
var LOCATIONS_PER_RULE = 20;
function renderPrimary(views, shown, heading, links, moreNote) {
  if (views.length === 0) return [];
  const out = [`#### ${heading}`, ""];
  const kept = views.slice(0, shown);
  const projects = new Set(kept.map((v) => v.finding.project));
  let current;
  for (const view of kept) {
    if (projects.size > 1 && view.finding.project !== current) {
      current = view.finding.project;
      out.push(
        `**${current === null ? "repository" : codeSpan(current)}**`,
        ""
      );
    }
    append(out, renderFindingItem(view, links));
  }
  if (kept.length < views.length)
    out.push(
      `_${plural(views.length - kept.length, "more finding")} of this change not shown here: ${moreNote}_`,
      ""
    );
  return out;
}
function renderProjectCounts(views) {
  const groups = groupByProject(views);
  if (groups.size === 0) return [];
  const out = [
    "| Project | Errors | Warnings | Notices |",
    "|---|---:|---:|---:|"
  ];
  for (const [project, entries] of groups) {
    const findings = entries.map((e) => e.finding);
    out.push(
      `| ${project === null ? "_repository_" : codeSpan(project)} | ${count(findings, "error")} | ${count(findings, "warning")} | ${count(findings, "notice")} |`
    );
  }
  out.push("");
  return out;
}
function renderCountsBlock(views) {
  const table = renderProjectCounts(views);
  const projects = new Set(views.map((v) => v.finding.project)).size;
  if (projects <= 10) return table;
  return [
    `<details><summary>${describeCounts(views.map((v) => v.finding))} in ${plural(projects, "project")}</summary>`,
    "",
    ...table,
    "</details>",
    ""
  ];
}
function renderExisting(views, detail, heading, links) {
  if (views.length === 0) return [];
  const out = [`#### ${heading} (${views.length})`, ""];
  const groups = groupByProject(views);
  if (detail === "counts") return [...out, ...renderCountsBlock(views)];
  for (const [project, entries] of groups) {
    const findings = entries.map((e) => e.finding);
    out.push(
      `<details><summary><b>${projectLabel(project)}</b>: ${describeCounts(findings)}</summary>`,
      ""
    );
    if (detail === "items")
      for (const view of entries) append(out, renderFindingItem(view, links));
    else {
      append(out, renderRuleLines(entries, detail === "locations", links));
      out.push("");
    }
    out.push("</details>", "");
  }
  return out;
}
function renderRuleLines(entries, withLocations, links) {
  const byRule = /* @__PURE__ */ new Map();
  for (const { finding } of entries) {
    const key = `${finding.severity}\0${finding.rule}`;
    const list = byRule.get(key);
    if (list) list.push(finding);
    else byRule.set(key, [finding]);
  }
  const out = [];
  for (const findings of byRule.values()) {
    const first = findings[0];
    const line = `- ${SEVERITY_ICON[first.severity]} ${codeSpan(first.rule)} \xD7 ${findings.length}`;
    out.push(
      withLocations ? `${line}: ${renderPlaces(findings, links)}` : line
    );
  }
  return out;
}
function renderPlaces(findings, links) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings.slice(0, LOCATIONS_PER_RULE)) {
    const file = f.file ?? "";
    const list = byFile.get(file);
    if (list) list.push(f);
    else byFile.set(file, [f]);
  }
  const parts = [];
  for (const [file, inFile] of byFile) {
    if (file === "") continue;
    const name = renderLocation({ file, line: null }, links) ?? codeSpan(file);
    const lines = inFile.filter((f) => f.line).map((f) => {
      const url = locationUrl(file, f.line, links);
      return url ? `[${f.line}](${url})` : String(f.line);
    });
    parts.push(
      lines.length > 0 ? `${name} ${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}` : name
    );
  }
  const more = findings.length - Math.min(findings.length, LOCATIONS_PER_RULE);
  return `${parts.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
function groupByProject(views) {
  const groups = /* @__PURE__ */ new Map();
  for (const view of views) {
    const list = groups.get(view.finding.project);
    if (list) list.push(view);
    else groups.set(view.finding.project, [view]);
  }
  return groups;
}
function count(findings, severity) {
  return findings.filter((f) => f.severity === severity).length;
}
function describeCounts(findings) {
  const parts = [];
  for (const severity of ["error", "warning", "notice"]) {
    const n = count(findings, severity);
    if (n > 0) parts.push(plural(n, severity));
  }
  return parts.join(", ");
}

// src/report/render-upgrades.ts
function renderUpgrades(upgrades, maxRows = Number.POSITIVE_INFINITY) {
  const shown = upgrades.slice(0, maxRows);
  const open = upgrades.length <= 10 ? " open" : "";
  const lines = [
    `<details${open}><summary><b>Dependency changes</b>: ${describeUpgradeCounts(upgrades)}</summary>`,
    ""
  ];
  const byFile = /* @__PURE__ */ new Map();
  for (const u of shown) {
    const list = byFile.get(u.file);
    if (list) list.push(u);
    else byFile.set(u.file, [u]);
  }
  for (const [file, rows] of byFile) {
    lines.push(
      `**${codeSpan(file)}**`,
      "",
      "| Package | Version | Update | Links |",
      "|---|---|---|---|"
    );
    for (const u of rows)
      lines.push(
        `| ${codeSpan(u.package)} | ${describeChange(u)} | ${u.updateType ?? ""} | ${renderLinks(u)} |`
      );
    lines.push("");
  }
  if (shown.length < upgrades.length)
    lines.push(
      `_${plural(upgrades.length - shown.length, "more change")} not shown._`,
      ""
    );
  lines.push("</details>", "");
  return { lines, cut: upgrades.length - shown.length };
}
function describeChange(u) {
  const from = u.from === null ? null : codeSpan(u.from);
  const to = u.to === null ? null : codeSpan(u.to);
  switch (u.change) {
    case "added":
      return `\u2795 ${to}`;
    case "removed":
      return `\u2796 ${from}`;
    case "upgraded":
      return `${from} \u2192 ${to}`;
    case "downgraded":
      return `${from} \u2192 ${to} \u2B07\uFE0F`;
    default:
      return `${from} \u2192 ${to}`;
  }
}
function renderLinks(u) {
  const links = [];
  if (u.url) links.push(`[release](${safeUrl(u.url)})`);
  if (u.changelogUrl) links.push(`[changelog](${safeUrl(u.changelogUrl)})`);
  if (u.compareUrl) links.push(`[compare](${safeUrl(u.compareUrl)})`);
  return links.join(" \xB7 ");
}
function describeUpgradeCounts(upgrades) {
  const parts = [];
  for (const change of [
    "upgraded",
    "downgraded",
    "added",
    "removed",
    "changed"
  ]) {
    const n = upgrades.filter((u) => u.change === change).length;
    if (n > 0) parts.push(`${n} ${change}`);
  }
  return parts.join(", ");
}

// src/report/render-markdown.ts
var ALL = Number.POSITIVE_INFINITY;
var LEVELS = [
  { existing: "items", upgradeRows: ALL, primary: ALL },
  { existing: "locations", upgradeRows: ALL, primary: ALL },
  { existing: "locations", upgradeRows: 50, primary: ALL },
  { existing: "rules", upgradeRows: 50, primary: ALL },
  { existing: "rules", upgradeRows: 20, primary: ALL },
  { existing: "counts", upgradeRows: 20, primary: ALL },
  { existing: "counts", upgradeRows: 0, primary: ALL }
];
function renderMarkdown(report, options = {}) {
  const views = report.findings.map(
    (finding, i) => ({
      finding,
      status: options.statuses?.[i],
      fix: options.fixes?.[i] ?? void 0
    })
  );
  const primaryCount = options.statuses ? views.filter((v) => v.status === "new").length : views.length;
  return fitReport(
    options.maxLength,
    primaryCount,
    (limits) => renderWithLimit(report, views, options, limits),
    renderCutNote(options.fullReportUrl)
  );
}
function fitReport(maxLength, primaryCount, render, note) {
  const max = maxLength ?? ALL;
  for (const level of LEVELS) {
    const text = render(level);
    if (text.length <= max) return text;
  }
  const least = LEVELS[LEVELS.length - 1];
  let low = 1;
  let high = primaryCount - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (render({ ...least, primary: mid }).length <= max) low = mid + 1;
    else high = mid - 1;
  }
  return fitToLength(
    maxLength,
    [{ ...least, primary: Math.max(1, high) }],
    render,
    note
  );
}
function renderWithLimit(report, views, options, limits) {
  const out = renderHeader(report, options);
  const compared = options.statuses !== void 0;
  const primary = compared ? views.filter((v) => v.status === "new") : views;
  const existing = compared ? views.filter((v) => v.status !== "new") : [];
  if (!compared && new Set(views.map((v) => v.finding.project)).size > 1)
    append(out, renderCountsBlock(views));
  append(
    out,
    renderPrimary(
      primary,
      limits.primary,
      compared ? "New in this change" : "Findings",
      options.links,
      options.fullReportUrl ? `[full report](${safeUrl(options.fullReportUrl)})` : "run `pin-audit --format markdown` for the full report."
    )
  );
  let cut = 0;
  if (options.upgrades && options.upgrades.length > 0) {
    const section = renderUpgrades(options.upgrades, limits.upgradeRows);
    cut += section.cut;
    append(out, section.lines);
  }
  append(
    out,
    renderExisting(
      existing,
      limits.existing,
      "Already on the base",
      options.links
    )
  );
  if (limits.existing !== "items" && existing.length > 0) cut++;
  if (cut > 0) out.push(renderCutNote(options.fullReportUrl), "");
  return out.join("\n");
}
function renderHeader(report, options) {
  const { summary } = report;
  const out = [`### ${renderVerdict(report, options)}`, ""];
  if (options.gate) out.push(renderGate(options.gate, options.statuses), "");
  out.push(
    `Audited ${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")} and ${plural(summary.locked, "locked package")} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}.`,
    `Policy: ${escapeMarkdown(report.policy.description)}.`
  );
  const unchecked = describeUnchecked(report.checks ?? []);
  if (unchecked !== null)
    out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
  const comparison = describeComparison(options);
  if (comparison) out.push(comparison);
  out.push("");
  if (report.findings.length > 0 && options.gate === void 0)
    out.push(
      `- By rule: ${escapeMarkdown(countFindingsBy(report.findings, (f) => f.rule).join(", "))}.`,
      ...describeProjectCounts(report).map(
        (line) => `- ${escapeMarkdown(line)}`
      ),
      ""
    );
  return out;
}
function checkedNothing(report) {
  const { summary } = report;
  return summary.requirements + summary.locked + report.findings.length === 0;
}
function renderVerdict(report, options) {
  const { summary } = report;
  const title = options.title ?? "pin-audit";
  const failing = options.gate ? options.gate.blocking > 0 : null;
  if (options.statuses && summary.errors + summary.warnings > 0) {
    const news = report.findings.filter(
      (f, i) => options.statuses?.[i] === "new" && f.severity !== "notice"
    );
    const newErrors = news.filter((f) => f.severity === "error").length;
    const newWarnings = news.length - newErrors;
    const existing = summary.errors + summary.warnings - news.length;
    const parts = [];
    if (newErrors > 0) parts.push(plural(newErrors, "new error"));
    if (newWarnings > 0) parts.push(plural(newWarnings, "new warning"));
    if (parts.length === 0) parts.push("nothing new");
    const tail = existing > 0 ? ` \xB7 ${existing} already on the base` : "";
    const icon = failing || failing === null && newErrors > 0 ? "\u274C" : newErrors + newWarnings > 0 ? "\u26A0\uFE0F" : checkedNothing(report) ? "\u26AA" : existing > 0 ? "\u2611\uFE0F" : "\u2705";
    return `${icon} ${title}: ${parts.join(", ")}${tail}`;
  }
  if (summary.errors > 0)
    return `\u274C ${title}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
  if (summary.warnings > 0)
    return `\u26A0\uFE0F ${title}: ${plural(summary.warnings, "warning")}`;
  return checkedNothing(report) ? `\u26AA ${title}: nothing to check (no pinned requirement or lock entry found)` : `\u2705 ${title}: all clear`;
}
function renderGate(gate, statuses) {
  const settings = `\`fail-on: ${gate.failOn}\`, \`block: ${gate.block}\``;
  if (gate.blocking > 0) {
    const what = gate.block === "new" && statuses ? "new finding" : "finding";
    return `**This check fails:** ${plural(gate.blocking, what)} at or above \`${gate.failOn}\` (${settings}).`;
  }
  return gate.failOn === "never" ? `This check passes: findings never fail it (${settings}).` : `This check passes: nothing ${gate.block === "new" && statuses ? "new " : ""}at or above \`${gate.failOn}\` (${settings}).`;
}
function describeComparison(options) {
  if (!options.statuses) return null;
  const news = options.statuses.filter((s) => s === "new").length;
  const existing = options.statuses.length - news;
  const parts = [
    `${plural(news, "new finding")} introduced by this change`,
    `${existing} already on the base`
  ];
  if (options.fixedCount)
    parts.push(`${plural(options.fixedCount, "finding")} fixed`);
  return `Compared with the base: ${parts.join(", ")}.`;
}
function renderCutNote(fullReportUrl) {
  return fullReportUrl ? `Some detail was left out to fit. [Full report in the job summary](${safeUrl(fullReportUrl)})` : "Some detail was left out to fit; run `pin-audit --format markdown` for the full report.";
}

export {
  fitToLength,
  safeUrl,
  describeCounts,
  renderUpgrades,
  renderMarkdown,
  fitReport,
  checkedNothing,
  renderVerdict,
  renderCutNote
};
