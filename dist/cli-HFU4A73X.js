#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  AUDIT_FORMATS,
  AUDIT_OPTIONS,
  AUDIT_USAGE,
  USAGE,
  UsageError,
  describeLocatedPolicy,
  describeUsageError,
  parseCommandLine,
  prepareAudit,
  readChoice,
  withOutput,
  writeMasked
} from "./cli-QA7AJA2A.js";
import {
  renderJsonChunks
} from "./cli-FQNTDEDT.js";
import {
  ConfigurationError,
  auditRepository,
  describeConfigurationError
} from "./cli-HVQKFIYB.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./cli-2C3WS7WO.js";
import "./cli-6GG37WKV.js";
import "./cli-4P4SODVB.js";
import {
  listIndexSecrets
} from "./cli-2LUIKLHL.js";
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

// src/report/fail-on.ts
var FAIL_ON = ["error", "warning", "never"];
var RANK = { error: 0, warning: 1, notice: 2 };
function failsOn(finding, failOn) {
  return failOn !== "never" && RANK[finding.severity] <= RANK[failOn];
}

// src/run-cli.ts
var AUDIT_ONLY_OPTIONS = {
  ...AUDIT_OPTIONS,
  // The inventory is opt-in; --no-inventory stays accepted (it was the way to turn it off).
  inventory: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
  "fail-on": { type: "string", default: "error" },
  "base-ref": { type: "string" },
  color: { type: "boolean" },
  version: { type: "boolean" }
};
async function runCli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(describeUsageError(error));
    else if (error instanceof ConfigurationError) {
      io.stderr(
        `${TOOL_NAME}: ${stripControls(describeConfigurationError(error))}
`
      );
    } else {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      io.stderr(
        `${TOOL_NAME}: internal error (please report it): ${stripControls(detail)}
`
      );
    }
    return 2;
  }
}
async function dispatch(argv, io) {
  if (argv[0] === "fix") {
    const { runFixCommand } = await import("./cli-73T2NTQ5.js");
    return runFixCommand(argv.slice(1), io);
  }
  if (argv[0] === "drift" || argv[0] === "merge") {
    const { runDriftCommand } = await import("./cli-EDBOLJCL.js");
    return runDriftCommand(argv[0], argv.slice(1), io);
  }
  return runAuditCommand(argv, io);
}
async function runAuditCommand(argv, io) {
  const { values, positionals } = parseCommandLine(
    argv,
    AUDIT_ONLY_OPTIONS,
    AUDIT_USAGE
  );
  if (values.help) {
    await io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    await io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  const format = readChoice(
    "format",
    String(values.format),
    AUDIT_FORMATS,
    AUDIT_USAGE
  );
  const failOn = readChoice(
    "fail-on",
    String(values["fail-on"]),
    FAIL_ON,
    AUDIT_USAGE
  );
  const prepared = await prepareAudit(positionals, values, io, AUDIT_USAGE);
  return withOutput(values.output, async (output) => {
    const audited = await auditRepository(prepared.options);
    const baseRef = values["base-ref"];
    const compared = baseRef === void 0 ? null : await compareToBase(prepared.options, audited, baseRef);
    const report = compared?.report ?? audited;
    describeLocatedPolicy(report, prepared);
    const color = values.color ?? (io.isTty && !io.env.NO_COLOR && !values.output);
    const failing = report.findings.filter((f) => failsOn(f, failOn)).length;
    const text = {
      color,
      inventory: values.inventory === true,
      verbose: values.verbose === true,
      width: output === null && io.isTty ? io.columns ?? 100 : 100,
      exitReason: describeExit(failing, failOn)
    };
    const secrets = listIndexSecrets({
      indexUrl: values["index-url"],
      env: io.env
    });
    const chunks = compared && format !== "sarif" ? [await renderComparison(compared, format, text)] : await renderAudit(report, format, prepared.options.root, text);
    await writeMasked(chunks, secrets, output, io.stdout);
    return failing > 0 ? 1 : 0;
  });
}
async function compareToBase(options, audited, baseRef) {
  const { compareWithBase } = await import("./cli-C5BXWN3F.js");
  return compareWithBase(options, audited, baseRef, /* @__PURE__ */ new Date());
}
async function renderComparison(compared, format, text) {
  const { renderCompared } = await import("./cli-Q4DVV37W.js");
  return renderCompared(compared, format, text);
}
async function renderAudit(report, format, root, text) {
  if (format === "json") return renderJsonChunks(report);
  if (format === "sarif") {
    const sarif = await import("./cli-TTPJASLH.js");
    return [
      await sarif.renderSarifOfDirectory(
        report,
        root,
        await sarif.rootInRepository(root, process.cwd())
      )
    ];
  }
  if (format === "markdown") {
    const { renderMarkdown } = await import("./cli-ZIVGXAOA.js");
    return [renderMarkdown(report)];
  }
  return [renderText(report, text)];
}
function describeExit(failing, failOn) {
  if (failOn === "never") return "exit status 0: --fail-on never";
  const what = failOn === "error" ? "error" : "error or warning";
  return failing > 0 ? `exit status 1: ${failing} ${what} finding${failing === 1 ? "" : "s"}` : `exit status 0: no ${what} findings`;
}
export {
  USAGE,
  runCli
};
