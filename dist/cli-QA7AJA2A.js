#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  ConfigurationError,
  describePolicy,
  findClosestName
} from "./cli-HVQKFIYB.js";
import {
  TOOL_NAME
} from "./cli-2C3WS7WO.js";
import {
  parseToml
} from "./cli-6GG37WKV.js";
import {
  INDEX_TOKEN_ENV,
  maskSecrets
} from "./cli-2LUIKLHL.js";

// src/cli/cli-options.ts
var AUDIT_USAGE = "Usage: pin-audit [path] [options]";
var DRIFT_USAGE = "Usage: pin-audit drift [path] [options]";
var MERGE_USAGE = "Usage: pin-audit merge <report.json>... [options]";
var USAGE = `${AUDIT_USAGE}
       pin-audit drift [path] [options]
       pin-audit merge <report.json>... [options]
       pin-audit fix [path] [options]      (see pin-audit fix --help)

Audits the Python dependency files below path (default: the current directory):
pyproject.toml, requirements files, uv.lock, pylock.toml and poetry.lock.

Options:
  -f, --format <format>          text, json, markdown or sarif (SARIF 2.1.0 for code scanning; not for drift
                                 and merge); default: text
  --fail-on <error|warning|never>
                                 exit 1 on findings of this severity or worse (default: error)
  --policy <file>                policy file (default: the nearest pin-audit.toml or [tool.pin-audit] in a
                                 pyproject.toml from path up to the repository root; the report says which
                                 file it used; without one, the built-in default policy)
  -o, --output <file>            write the report to a file instead of stdout
  --include <glob>               only audit files matching the glob (repeatable); a glob that matches no
                                 dependency file is an error (exit 2)
  --exclude <glob>               skip files and directories matching the glob (repeatable); a glob that
                                 skips nothing is an error (exit 2)
  --offline                      never contact a package index: yanked and too-new are not checked (the
                                 report says so), and dependency requirements come from locks and
                                 pin-audit's shipped knowledge
  --index-url <url>              package index to check pins against (an http(s) URL: PyPI JSON API root, or
                                 a PEP 691 Simple API ending in /simple); default: the policy's index-url,
                                 else the project's own index, else https://pypi.org. Credentials may be in
                                 the URL or in PIN_AUDIT_INDEX_TOKEN; they are never printed
  --cache-dir <dir>              keep index answers here and revalidate them (ETag / Last-Modified)
  --index-concurrency <n>        requests in flight at once per index host (1-256; default: the policy's
                                 index-concurrency, 50); a 429 or 503 lowers it for a while
  --base-ref <ref>               compare with this git ref (as the action compares a pull request with its
                                 base): findings marked new or existing, dependency changes, rule soak
  --inventory                    text format: also list every requirement and locked package
  --verbose                      text format: each finding's whole message (why, what else the fix
                                 changes, tables), not only the problem and the fix
  --color / --no-color           force colours on or off (default: on for a terminal, off with NO_COLOR)
  --version                      print the version
  -h, --help                     print this help

Text output lists findings by project (each as its problem and its fix, in about two lines), clean projects
in one line, and a closing summary; it wraps to the terminal's width (100 columns when not a terminal).

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 the audit could not run (usage or
configuration error).

pin-audit drift [path]: how far every exact pin and locked version is behind its index (releases behind by
major/minor/patch, libyears, yanked) and the newest release the policy allows (cooldowns shown as "not yet").
  Takes --format, --output, --policy, --include, --exclude, --offline, --index-url, --cache-dir, --index-concurrency, and:
  --name <name>                  repository name in the report (default: the path)
  --previous <file>              markdown: write the drift issue body (hidden marker and state), with what
                                 changed since the state in <file> (a previous body; a missing file is none)
  --fail-on-drift                exit 1 when anything is behind or yanked, or could not be checked (offline,
                                 or the index did not answer): a report that checked nothing is no all-clear

pin-audit merge <report.json>...: one fleet report from many repositories' JSON reports (drift reports from
\`pin-audit drift --format json\`, or audit reports from \`--format json\`, which give the versions in use only).
  Takes --format, --output, --previous and --fail-on-drift. A file that is not a valid report exits with 2.
`;
var FORMATS = ["text", "json", "markdown"];
var AUDIT_FORMATS = [...FORMATS, "sarif"];
var AUDIT_OPTIONS = {
  format: { type: "string", short: "f", default: "text" },
  output: { type: "string", short: "o" },
  policy: { type: "string" },
  offline: { type: "boolean", default: false },
  "index-url": { type: "string" },
  "cache-dir": { type: "string" },
  "index-concurrency": { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" }
};

// src/cli/parse-command-line.ts
import { parseArgs } from "node:util";
var UsageError = class extends ConfigurationError {
  constructor(message, usage) {
    super(message);
    this.usage = usage;
  }
  usage;
  name = "UsageError";
};
function describeUsageError(error) {
  return `${TOOL_NAME}: ${error.message}
${error.usage}
For more information, try '${TOOL_NAME} --help'.
`;
}
function parseCommandLine(argv, options, usage) {
  const parsed = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    allowNegative: true,
    strict: false,
    tokens: true
  });
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    const shown = token.rawName;
    if (spec === void 0 || token.rawName.startsWith("--no-") && spec.type === "string")
      throw new UsageError(describeUnknownOption(shown, options), usage);
    if (spec.type === "string") {
      if (token.value === void 0 || !token.inlineValue && token.value.startsWith("-") && token.value !== "-")
        throw new UsageError(`${shown} needs a value`, usage);
    } else if (token.value !== void 0)
      throw new UsageError(`${shown} takes no value`, usage);
  }
  return {
    values: parsed.values,
    positionals: parsed.positionals
  };
}
function describeUnknownOption(raw, options) {
  const names = Object.keys(options).flatMap(
    (name) => options[name]?.type === "boolean" ? [`--${name}`, `--no-${name}`] : [`--${name}`]
  );
  const word = raw.split("=")[0] ?? raw;
  const closest = word.startsWith("--") ? findClosestName(word, names) : null;
  return `unknown option ${word}${closest === null ? "" : `; did you mean ${closest}?`}`;
}
function readChoice(option, value, choices, usage) {
  if (choices.includes(value)) return value;
  const closest = findClosestName(value, choices);
  throw new UsageError(
    `--${option} must be one of ${choices.join(", ")}; got "${value}"${closest === null ? "" : `; did you mean "${closest}"?`}`,
    usage
  );
}

// src/cli/prepare-audit.ts
import { stat as stat2 } from "node:fs/promises";
import { join as join2, relative as relative2, resolve as resolve2 } from "node:path";

// src/cli/locate-audit.ts
import { readFile, stat } from "node:fs/promises";
import { dirname, join, parse, relative, resolve, sep } from "node:path";
var POLICY_FILE = "pin-audit.toml";
async function locateAudit(audited, explicitPolicy) {
  const auditedAbs = resolve(audited);
  const repository = await findRepositoryRoot(auditedAbs);
  const policyDir = explicitPolicy ? null : await findPolicyDirectory(
    auditedAbs,
    repository ?? parse(auditedAbs).root
  );
  if (policyDir === null || policyDir === auditedAbs)
    return {
      root: audited,
      scope: ".",
      boundary: repository ?? auditedAbs,
      policyAbove: false
    };
  return {
    root: relative(process.cwd(), policyDir) || ".",
    scope: relative(policyDir, auditedAbs).split(sep).join("/"),
    boundary: repository ?? policyDir,
    policyAbove: true
  };
}
async function findRepositoryRoot(dir) {
  for (let current = dir; ; current = dirname(current)) {
    if (await exists(join(current, ".git"))) return current;
    if (dirname(current) === current) return null;
  }
}
async function findPolicyDirectory(dir, stop) {
  for (let current = dir; ; current = dirname(current)) {
    if (await exists(join(current, POLICY_FILE))) return current;
    if (await hasPyprojectPolicy(join(current, "pyproject.toml")))
      return current;
    if (current === stop || dirname(current) === current) return null;
  }
}
async function hasPyprojectPolicy(path) {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return false;
  const parsed = parseToml(text, path);
  if (parsed.value === null)
    return /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text);
  const tool = parsed.value.value.tool;
  return typeof tool === "object" && tool !== null && tool["pin-audit"] !== void 0;
}
async function exists(path) {
  return await stat(path).catch(() => null) !== null;
}

// src/cli/prepare-audit.ts
var COMMANDS = ["drift", "merge", "fix"];
async function prepareAudit(positionals, values, io, usage) {
  const audited = await checkAuditedRoot(positionals, usage);
  const indexUrl = checkIndexUrl(values["index-url"], usage);
  const policy = values.policy;
  const location = await locateAudit(audited, policy !== void 0);
  const cacheDir = values["cache-dir"];
  const indexConcurrency = checkIndexConcurrency(
    values["index-concurrency"],
    usage
  );
  const options = {
    root: location.root,
    scope: location.scope,
    boundary: location.boundary,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    env: io.env,
    indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
    // Paths on the command line are relative to where the command runs, like every other path.
    ...policy !== void 0 ? { policyPath: resolve2(policy) } : {},
    offline: values.offline === true,
    ...indexUrl !== void 0 ? { indexUrl } : {},
    ...cacheDir !== void 0 ? { cacheDir: resolve2(cacheDir) } : {},
    ...indexConcurrency !== void 0 ? { indexConcurrency } : {}
  };
  return { options, location };
}
async function checkAuditedRoot(positionals, usage) {
  const first = positionals[0] ?? ".";
  const info = await stat2(first).catch(() => null);
  const command = info === null ? findClosestName(first, COMMANDS) : null;
  if (command !== null)
    throw new UsageError(
      `unknown command \`${first}\`; did you mean \`${command}\`?`,
      usage
    );
  if (positionals.length > 1)
    throw new UsageError(
      `expected one path, got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(" ")}`,
      usage
    );
  if (!info) throw new UsageError(`${first}: no such directory`, usage);
  if (!info.isDirectory())
    throw new UsageError(
      `${first}: not a directory (give the directory to audit)`,
      usage
    );
  return first;
}
function checkIndexUrl(value, usage) {
  if (value === void 0) return void 0;
  const text = String(value);
  let url = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== "https:" && url.protocol !== "http:")
    throw new UsageError(
      `--index-url must be an absolute http(s) URL such as https://pypi.org/simple; got ${JSON.stringify(redactCredentials(text))}`,
      usage
    );
  return text;
}
function checkIndexConcurrency(value, usage) {
  if (value === void 0) return void 0;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= 256))
    throw new UsageError(
      `--index-concurrency must be a whole number from 1 to 256; got ${JSON.stringify(String(value))}`,
      usage
    );
  return n;
}
function redactCredentials(text) {
  return text.replace(/\/\/[^/@\s]*@/, "//***@");
}
function describeLocatedPolicy(report, prepared) {
  const { location } = prepared;
  if (!location.policyAbove) return;
  report.scope = location.scope;
  if (report.policy.file === null) return;
  const shown = relative2(process.cwd(), join2(resolve2(location.root), report.policy.file)) || report.policy.file;
  report.policy.description = describePolicy(
    { kind: report.policy.source, file: shown },
    report.policy.presets
  );
}

// src/cli/write-output.ts
import { open } from "node:fs/promises";
async function openOutput(file) {
  if (file === void 0 || file === "") return null;
  let handle;
  try {
    handle = await open(file, "w");
  } catch (error) {
    throw cannotWrite(file, error);
  }
  return { file, handle };
}
async function withOutput(file, work) {
  const output = await openOutput(file);
  try {
    return await work(output);
  } finally {
    await output?.handle.close();
  }
}
async function writeOutput(output, text) {
  try {
    await output.handle.write(text);
  } catch (error) {
    throw cannotWrite(output.file, error);
  }
}
var FS_REASONS = {
  ENOENT: "no such directory",
  EISDIR: "is a directory",
  ENOTDIR: "a parent is not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device"
};
function cannotWrite(file, error) {
  const code = error?.code;
  const reason = (typeof code === "string" ? FS_REASONS[code] : void 0) ?? (error instanceof Error ? error.message : String(error));
  return new ConfigurationError(`cannot write ${file}: ${reason}`);
}
var WRITE_CHUNK = 1 << 16;
async function writeMasked(chunks, secrets, output, stdout) {
  const whole = secrets.some((secret) => secret.includes("\n"));
  const emit = async (text) => {
    const masked = maskSecrets(text, secrets);
    if (output) await writeOutput(output, masked);
    else await stdout(masked);
  };
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (whole || pending.length < WRITE_CHUNK) continue;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut === 0) continue;
    await emit(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  if (pending.length > 0) await emit(pending);
}

export {
  AUDIT_USAGE,
  DRIFT_USAGE,
  MERGE_USAGE,
  USAGE,
  FORMATS,
  AUDIT_FORMATS,
  AUDIT_OPTIONS,
  UsageError,
  describeUsageError,
  parseCommandLine,
  readChoice,
  prepareAudit,
  describeLocatedPolicy,
  withOutput,
  writeOutput,
  writeMasked
};
