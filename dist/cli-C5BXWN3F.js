#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  CanaryHistory,
  findCheckout,
  materializeFromGit,
  resolveCommit
} from "./cli-U35SKS6Y.js";
import {
  compareReports
} from "./cli-VYWLEKKD.js";
import {
  diffUpgrades,
  listCanaryPaths,
  listRolloutMoves,
  listRunVersions
} from "./cli-JRV7HEQM.js";
import {
  ConfigurationError,
  auditRepository,
  buildReport,
  compareFindings,
  loadPolicy,
  waiveSoakFindings
} from "./cli-HVQKFIYB.js";
import "./cli-2C3WS7WO.js";
import "./cli-6GG37WKV.js";
import "./cli-4P4SODVB.js";
import "./cli-2LUIKLHL.js";
import "./cli-6H67Q6BF.js";
import "./cli-QHTSOWC2.js";
import "./cli-CK7WWBFM.js";
import "./cli-2YH6FNA5.js";

// src/rollout/check-soak.ts
async function checkSoak(input) {
  const { rollout, rules } = input.policy;
  if (rollout.canary.length === 0 || rules.soak === "off") return [];
  const severity = rules.soak;
  const findings = [];
  for (const move of listRolloutMoves(rollout.canary, input.base, input.head)) {
    const answers = [];
    for (const canary of move.canaries)
      answers.push({
        canary,
        adoption: await input.adoption(
          canary,
          listCanaryPaths(canary),
          move.package,
          move.version
        )
      });
    const finding = judgeMove(move, answers, input, severity);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}
function judgeMove(move, answers, input, severity) {
  const soak = input.policy.rollout.soak;
  const since = answers.flatMap(
    (a) => a.adoption.kind === "since" ? [{ ...a, adoption: a.adoption }] : []
  ).sort((a, b) => a.adoption.date.getTime() - b.adoption.date.getTime());
  const earliest = since[0];
  if (earliest !== void 0 && earliest.adoption.date.getTime() + soak <= input.now.getTime())
    return null;
  const base = {
    rule: "soak",
    project: move.project,
    package: move.package,
    file: move.file,
    line: move.line,
    key: `soak\0${move.project}\0${move.package}\0${move.version}`
  };
  const what = `\`${move.package}\` moves to ${move.version} in ${move.project}`;
  const setting = `[rollout] soak = ${JSON.stringify(input.policy.rollout.soakText)}`;
  if (earliest !== void 0) {
    const { canary: canary2, adoption } = earliest;
    const ends = new Date(adoption.date.getTime() + soak);
    return {
      ...base,
      severity,
      message: `${what}, but the canary ${canary2.path} has run it only since ${formatDate(adoption.date)} (commit ${adoption.commit.slice(0, 7)} on ${input.baseName}): the soak (${setting}) ends ${formatDate(ends)}. Move the other projects after that.`
    };
  }
  const unknown = answers.find((a) => a.adoption.kind === "unknown");
  if (unknown !== void 0 && unknown.adoption.kind === "unknown")
    return {
      ...base,
      severity: "notice",
      message: `${what}; pin-audit could not tell since when the canary ${unknown.canary.path} runs it on ${input.baseName} (${unknown.adoption.reason}), so the soak (${setting}) was not checked.`
    };
  const canary = answers[0]?.canary;
  const runs = canary === void 0 ? [] : listRunVersions(canary, move.package).map((s) => s.version);
  return {
    ...base,
    severity,
    message: `${what}, but the canary ${canary?.path ?? "(none)"} does not run ${move.version} on ${input.baseName}${runs.length > 0 ? ` (it runs ${[...new Set(runs)].join(", ")})` : ""}: move the canary first and let it soak (${setting}).`
  };
}
function formatDate(date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/compare/add-soak-findings.ts
async function addSoakFindings(head, base, context) {
  const { policy } = await loadPolicy(context.root, context.policyPath);
  if (policy.rollout.canary.length === 0 || policy.rules.soak === "off")
    return head;
  const commit = context.baseCommit ?? await resolveCommit(context.checkout.repoDir, context.baseRef).then((r) => r.commit).catch(() => null);
  const history = commit === null ? null : new CanaryHistory({
    checkout: context.checkout,
    commit,
    horizon: new Date(context.now.getTime() - policy.rollout.soak)
  });
  const checked = await checkSoak({
    policy,
    base: base.projects,
    head: head.projects,
    // A commit id is shortened the way git shows it; a branch name is kept.
    baseName: /^[0-9a-f]{40,64}$/.test(context.baseRef) ? context.baseRef.slice(0, 12) : context.baseRef,
    now: context.now,
    adoption: async (canary, paths, name, version) => history === null ? {
      kind: "unknown",
      reason: "the base commit is not in the git checkout"
    } : history.adoption(canary, paths, name, version)
  });
  const soak = waiveSoakFindings(checked, policy, context.now);
  if (soak.length === 0) return head;
  return {
    ...head,
    ...buildReport(
      head.root,
      head.policy,
      head.projects,
      [...head.findings, ...soak].sort(compareFindings),
      head.summary.files
    )
  };
}

// src/compare/audit-base.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
function headPolicyPath(root, head, explicit) {
  if (explicit !== void 0) return explicit;
  return head.policy.file === null ? void 0 : resolve(root, head.policy.file);
}
async function auditBaseRef(options, ref, policyPath) {
  const checkout = await findCheckout(options.root);
  let commit;
  try {
    commit = (await resolveCommit(checkout.repoDir, ref)).commit;
  } catch (error) {
    throw new ConfigurationError(
      `--base-ref ${ref}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const dest = await mkdtemp(join(tmpdir(), "pin-audit-base-"));
  try {
    await materializeFromGit(checkout.repoDir, commit, checkout.prefix, dest);
    const report = await auditRepository({
      ...options,
      root: dest,
      ...policyPath === void 0 ? {} : { policyPath }
    });
    return { report: { ...report, root: options.root }, commit, checkout };
  } finally {
    await rm(dest, { recursive: true, force: true });
  }
}

// src/compare/compare-with-base.ts
async function compareWithBase(options, head, baseRef, now) {
  const policyPath = headPolicyPath(options.root, head, options.policyPath);
  const base = await auditBaseRef(options, baseRef, policyPath);
  const report = await addSoakFindings(head, base.report, {
    root: options.root,
    policyPath,
    checkout: base.checkout,
    baseRef,
    baseCommit: base.commit,
    now
  });
  return {
    report,
    baseRef,
    baseCommit: base.commit,
    comparison: compareReports(base.report.findings, report.findings),
    upgrades: diffUpgrades(base.report.projects, report.projects, {
      ...options.indexUrl && { indexUrl: options.indexUrl },
      ...report.packageLinks && { links: report.packageLinks }
    })
  };
}
export {
  compareWithBase
};
