#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/report/escape.ts
var ZWSP = "&#8203;";
var MARKUP = /* @__PURE__ */ new Set([
  "\\",
  "`",
  "*",
  "_",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "!",
  "|",
  "~",
  "&",
  "$"
]);
function escapeMarkdown(text) {
  let out = "";
  for (const c of oneLine(text)) {
    if (MARKUP.has(c)) out += `\\${c}`;
    else if (c === "@" || c === "#") out += `${c}${ZWSP}`;
    else out += c;
  }
  return breakAutolinks(out);
}
function breakAutolinks(text) {
  return text.replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function escapeMarkdownWithCode(text) {
  const parts = oneLine(text).split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(text);
  return parts.map((part, i) => i % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)).join("");
}
function codeSpan(text) {
  const value = oneLine(text).replace(/\|/g, "\\|");
  const longestRun = Math.max(
    0,
    ...(value.match(/`+/g) ?? []).map((run) => run.length)
  );
  const fence = "`".repeat(longestRun + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || value === "" ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
function oneLine(text) {
  const clean = stripControls(text);
  if (!clean.includes("\n") && !clean.includes("\r")) return clean;
  let out = "";
  let i = 0;
  while (i < clean.length) {
    const c = clean[i];
    if (!/\s/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < clean.length && /\s/.test(clean[j])) {
      if (clean[j] === "\n" || clean[j] === "\r") hasBreak = true;
      j++;
    }
    out += hasBreak ? " " : clean.slice(i, j);
    i = j;
  }
  return out;
}
function stripControls(text) {
  let out = "";
  for (const c of text) {
    const code = c.codePointAt(0);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
  }
  return out;
}
function isControl(code) {
  if (code === 9 || code === 10 || code === 13) return false;
  return code < 32 || code >= 127 && code <= 159 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297;
}
function escapeHtml(text) {
  let out = "";
  for (const c of oneLine(text))
    out += HTML_ENTITIES[c] ?? (c === "@" || c === "#" ? `${c}${ZWSP}` : c);
  return breakAutolinks(out);
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeTextValue(text) {
  const clean = stripControls(text);
  if (!/[\r\n\u2028\u2029]/.test(clean)) return clean;
  return clean.replaceAll("\r", "\\r").replaceAll("\n", "\\n").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}
function neutralizeWorkflowCommands(text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const start = line.length - line.trimStart().length;
    if (line.startsWith("::", start))
      line = `${line.slice(0, start)}:\u200B${line.slice(start + 1)}`;
    if (line.includes("##[")) line = line.replaceAll("##[", "##\u200B[");
    lines[i] = line;
  }
  return lines.join("\n");
}

export {
  escapeMarkdown,
  escapeMarkdownWithCode,
  codeSpan,
  stripControls,
  escapeHtml,
  escapeTextValue,
  neutralizeWorkflowCommands
};
