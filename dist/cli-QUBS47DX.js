#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  escapeTextValue,
  neutralizeWorkflowCommands,
  stripControls
} from "./cli-TS4OJXAQ.js";
import {
  describeUnchecked
} from "./cli-6H67Q6BF.js";
import {
  append,
  maxOf
} from "./cli-QHTSOWC2.js";

// src/report/count-findings.ts
function countFindingsBy(findings, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = keyOf(f);
    const list = groups.get(key);
    if (list === void 0) groups.set(key, [f]);
    else list.push(f);
  }
  const weight = (list) => [
    list.filter((f) => f.severity === "error").length,
    list.filter((f) => f.severity === "warning").length,
    list.length
  ];
  return [...groups].map(([key, list]) => ({ key, list, w: weight(list) })).sort(
    (a, b) => b.w[0] - a.w[0] || b.w[1] - a.w[1] || b.w[2] - a.w[2] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  ).map(({ key, list }) => `${key} ${describeCounts(list)}`);
}
var PROJECTS_NAMED = 10;
function describeProjectCounts(report) {
  const counts = countFindingsBy(
    report.findings,
    (f) => f.project ?? "repository"
  );
  if (counts.length < 2 && report.summary.projects < 2) return [];
  const affected = new Set(
    report.findings.flatMap((f) => f.project === null ? [] : [f.project])
  ).size;
  const shown = counts.slice(0, PROJECTS_NAMED);
  const more = counts.length > shown.length ? [`and ${counts.length - shown.length} more`] : [];
  return [
    `By project (${affected} of ${report.summary.projects} with findings, worst first): ${[...shown, ...more].join(", ")}.`
  ];
}
function describeCounts(findings) {
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const parts = [
    [count("error"), "error"],
    [count("warning"), "warning"],
    [count("notice"), "notice"]
  ];
  return parts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word)).join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/wrap-text.ts
function wrapText(text, width, first, rest) {
  return text.split("\n").flatMap(
    (paragraph, i) => wrapWords(paragraph.split(" "), width, i === 0 ? first : rest, rest)
  );
}
function wrapWords(words, width, first, rest) {
  const lines = [];
  let prefix = first;
  let line = "";
  for (const word of words) {
    if (word === "") continue;
    if (line !== "" && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      prefix = rest;
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(prefix + line);
  return lines;
}
function wrapList(items, width, first, rest, limit = Number.POSITIVE_INFINITY) {
  const pack = (parts) => {
    const lines2 = [];
    let prefix = first;
    let line = "";
    for (const part of parts) {
      if (line !== "" && prefix.length + line.length + 1 + part.length > width) {
        lines2.push(prefix + line);
        prefix = rest;
        line = part;
      } else line = line === "" ? part : `${line} ${part}`;
    }
    lines2.push(prefix + line);
    return lines2;
  };
  const withCommas = (shown2, tail) => [...shown2, ...tail === null ? [] : [tail]].map(
    (item, i, all) => i < all.length - 1 ? `${item},` : item
  );
  const lines = pack(withCommas(items, null));
  if (lines.length <= limit) return lines;
  let shown = 0;
  while (shown < items.length && pack(
    withCommas(
      items.slice(0, shown + 1),
      `and ${items.length - shown - 1} more`
    )
  ).length <= limit)
    shown++;
  return pack(
    withCommas(items.slice(0, shown), `and ${items.length - shown} more`)
  );
}

// src/report/render-inventory.ts
function renderInventory(project, width, paint) {
  const s = escapeTextValue;
  const workspace = project.workspace && project.workspace !== project.path ? `  (uv workspace ${s(project.workspace)})` : "";
  const lines = [
    paint("bold", `${s(project.path)}${workspace}`),
    ...wrapList(
      project.files.map((f) => s(basename(f.path))),
      width,
      "  files: ",
      "    "
    )
  ];
  if (project.requirements.length > 0) {
    lines.push("  requirements:");
    const described = project.requirements.map(
      (r) => s(describeRequirement(r))
    );
    const column = Math.min(48, maxOf(described.map((d) => d.length)));
    project.requirements.forEach((r, i) => {
      lines.push(
        `    ${(described[i] ?? "").padEnd(column)}  ${s(r.group).padEnd(14)}  ${s(r.file)}:${r.line}`
      );
    });
  }
  if (project.locked.length > 0) {
    const files = [...new Set(project.locked.map((l) => l.file))].map(s).join(", ");
    lines.push(`  locked (${files}):`);
    const entries = project.locked.map(
      (l) => `${l.name}${l.version ? ` ${l.version}` : ""}${l.source === "registry" ? "" : ` [${l.source}]`}`
    );
    append(lines, wrapList(entries.map(s), width, "    ", "    "));
  }
  return lines;
}
function describeRequirement(r) {
  const extras = r.extras.length ? `[${r.extras.join(",")}]` : "";
  const spec = r.url ? ` @ ${r.url}` : r.specifier ? ` ${r.specifier}` : " (any version)";
  return `${r.editable ? "-e " : ""}${r.name}${extras}${spec}${r.marker ? ` ; ${r.marker}` : ""}`;
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/report/message-parts.ts
function splitMessageParts(message) {
  const first = message.split(/\r?\n/)[0] ?? "";
  const sentences = splitSentences(first);
  const head = sentences[0] ?? "";
  if (sentences.length < 2) return { problem: head, closing: null };
  return {
    problem: cutExplanation(head),
    closing: sentences[sentences.length - 1] ?? null
  };
}
function splitSentences(text) {
  const out = [];
  let inCode = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "`") inCode = !inCode;
    else if (!inCode && c === "." && /^\s+\S/.test(text.slice(i + 1))) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((sentence) => sentence !== "");
}
function cutExplanation(sentence) {
  let inCode = false;
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === "`") inCode = !inCode;
    if (inCode) continue;
    if (c === '"') inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === ":" && depth === 0 && sentence[i + 1] === " " && i > 0)
      return `${sentence.slice(0, i)}.`;
  }
  return sentence;
}
function splitWords(text) {
  if ((text.match(/`/g)?.length ?? 0) % 2 !== 0)
    return text.split(" ").filter((word2) => word2 !== "");
  const words = [];
  let word = "";
  let inCode = false;
  for (const c of text) {
    if (c === "`") inCode = !inCode;
    if (c === " " && !inCode) {
      if (word !== "") words.push(word);
      word = "";
    } else word += c;
  }
  if (word !== "") words.push(word);
  return words;
}

// src/report/render-text-finding.ts
var LABELS = {
  error: ["red", "error"],
  warning: ["yellow", "warning"],
  notice: ["cyan", "notice"]
};
var FIRST = "  ";
var REST = "    ";
function renderTextFinding(f, width, paint, verbose) {
  const s = stripControls;
  const [style, label] = LABELS[f.severity];
  const where = f.file ? ` ${escapeTextValue(f.file)}${f.line ? `:${f.line}` : ""}` : "";
  const tag = f.also?.length ? `[${f.rule}, also ${f.also.join(", ")}]` : `[${f.rule}]`;
  const head = [label, s(where.trim()), s(tag)].filter((word) => word !== "");
  const lines = verbose ? renderWhole(head.join(" "), s(f.message), f.suggestion, width) : renderShort(head, s(f.message), f.suggestion, width);
  lines[0] = `${FIRST}${paint(style, label)}${(lines[0] ?? "").slice(FIRST.length + label.length)}`;
  const at = lines.findIndex((line) => line.includes(tag));
  if (at >= 0) lines[at] = (lines[at] ?? "").replace(tag, paint("dim", tag));
  return lines;
}
function renderShort(head, message, suggestion, width) {
  const { problem, closing } = splitMessageParts(message);
  const fix = closing ?? (suggestion !== void 0 && !problem.includes(suggestion) ? `Write \`${suggestion}\`.` : null);
  const words = [...head, ...splitWords(problem)];
  if (fix !== null)
    append(words, fix.length <= width - REST.length ? [fix] : splitWords(fix));
  return wrapWords(words, width, FIRST, REST);
}
function renderWhole(head, message, suggestion, width) {
  const fix = suggestion !== void 0 && !message.includes(suggestion) ? `
fix: ${suggestion}` : "";
  return wrapText(`${head} ${message}${fix}`, width, FIRST, REST);
}

// src/report/render-text-summary.ts
var PROJECT_LINES = 3;
function renderTextSummary(report, options) {
  const { summary } = report;
  const { width, paint } = options;
  const lines = [renderVerdict(report, paint)];
  if (report.findings.length > 0) {
    append(
      lines,
      wrapList(
        countFindingsBy(report.findings, (f) => f.rule),
        width,
        "by rule: ",
        "  "
      )
    );
    const projects = countFindingsBy(
      report.findings,
      (f) => f.project ?? "repository"
    );
    if (summary.projects > 1 || projects.length > 1)
      append(
        lines,
        wrapList(projects, width, "by project: ", "  ", PROJECT_LINES)
      );
  }
  lines.push(options.exitReason ?? describeExit(report));
  return lines;
}
function renderVerdict(report, paint) {
  const { summary } = report;
  if (summary.files === 0)
    return paint(
      "yellow",
      `nothing audited: no dependency files found${summary.warnings > 0 ? `, ${plural(summary.warnings, "warning")}` : ""}`
    );
  if (report.findings.length === 0)
    return `no problems found in ${plural(summary.projects, "project")}`;
  const affected = new Set(report.findings.map((f) => f.project));
  const counts = describeCounts(report.findings);
  const inProjects = affected.size - (affected.has(null) ? 1 : 0);
  const where = inProjects === 0 ? " in the repository" : ` in ${inProjects} of ${plural(summary.projects, "project")}${affected.has(null) ? " and the repository" : ""}`;
  return paint(summary.errors > 0 ? "red" : "yellow", `${counts}${where}`);
}
function describeExit(report) {
  const { errors } = report.summary;
  return errors > 0 ? `exit status 1: ${plural(errors, "error finding")}` : "exit status 0: no error findings";
}

// src/report/render-text.ts
var ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 };
var MIN_WIDTH = 40;
var MAX_WIDTH = 160;
function renderText(report, options) {
  const paint = (style, text) => options.color ? `\x1B[${ANSI[style]}m${text}\x1B[0m` : text;
  const width = Math.min(
    MAX_WIDTH,
    Math.max(MIN_WIDTH, Math.floor(options.width ?? 100))
  );
  const verbose = options.verbose === true;
  const lines = [...renderHead(report, width, paint)];
  const byProject = groupByProject(report.findings);
  if (report.findings.length > 0) lines.push("");
  const known = report.projects.map((p) => p.path);
  const others = [...byProject.keys()].filter(
    (key) => key !== null && !known.includes(key)
  );
  for (const project of [...known, ...others, null]) {
    const findings = byProject.get(project);
    if (findings !== void 0)
      append(
        lines,
        renderProjectFindings(project, findings, width, paint, verbose)
      );
  }
  if (options.inventory)
    for (const project of report.projects) {
      lines.push("");
      append(lines, renderInventory(project, width, paint));
    }
  const clean = report.projects.filter((p) => !byProject.has(p.path)).map((p) => escapeTextValue(p.path));
  if (clean.length > 0 && report.findings.length > 0)
    lines.push(
      "",
      ...wrapList(
        clean,
        width,
        `${clean.length === 1 ? "1 project" : `${clean.length} projects`} without findings: `,
        "  ",
        1
      )
    );
  lines.push(
    "",
    ...renderTextSummary(report, {
      width,
      paint,
      exitReason: options.exitReason
    })
  );
  return neutralizeWorkflowCommands(`${lines.join("\n")}
`);
}
function renderHead(report, width, paint) {
  const s = stripControls;
  const { summary } = report;
  const where = report.scope === void 0 ? s(report.root) : `${s(report.scope)} (in ${s(report.root)})`;
  const counts = `${plural(summary.projects, "project")}, ${plural(summary.files, "file")}, ${plural(summary.requirements, "requirement")}, ${plural(summary.locked, "locked package")}`;
  const title = `${report.tool.name} ${report.tool.version}`;
  const [head = "", ...more] = wrapText(
    `${title}: ${where}: ${counts}`,
    width,
    "",
    "  "
  );
  const lines = [
    paint("bold", title) + head.slice(title.length),
    ...more,
    ...wrapText(s(report.policy.description), width, "policy: ", "  ")
  ];
  const unchecked = describeUnchecked(report.checks ?? []);
  if (unchecked !== null)
    append(lines, wrapText(s(unchecked), width, "not checked: ", "  "));
  return lines;
}
function groupByProject(findings) {
  const byProject = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byProject.get(f.project);
    if (list === void 0) byProject.set(f.project, [f]);
    else list.push(f);
  }
  return byProject;
}
function renderProjectFindings(project, findings, width, paint, verbose) {
  const heading = `${project === null ? "repository" : escapeTextValue(project)}: ${describeCounts(findings)}`;
  return [
    paint("bold", heading),
    ...findings.flatMap((f) => renderTextFinding(f, width, paint, verbose))
  ];
}

export {
  countFindingsBy,
  describeProjectCounts,
  plural,
  renderText
};
