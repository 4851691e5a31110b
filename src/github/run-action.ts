import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { auditRepository } from "../audit.js";
import { ConfigurationError } from "../errors.js";
import type { Finding } from "../model/types.js";
import { stripControls } from "../report/escape.js";
import { renderJson } from "../report/render-json.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { loadInputs } from "./inputs.js";

/** GitHub: a step summary holds at most 1 MiB. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
/** GitHub shows at most 10 error and 10 warning annotations per step. */
const ANNOTATIONS_PER_LEVEL = 10;

/** The action's whole run. Every failure ends here in core.setFailed, whatever was thrown. */
export async function runAction(): Promise<void> {
	try {
		await runActionUnsafe();
	} catch (error) {
		if (error instanceof ConfigurationError)
			core.setFailed(stripControls(error.message));
		else if (error instanceof Error)
			core.setFailed(
				`internal error (please report it): ${error.stack ?? error.message}`,
			);
		else core.setFailed(`internal error (please report it): ${String(error)}`);
	}
}

async function runActionUnsafe(): Promise<void> {
	const inputs = loadInputs();
	const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
	const root = resolve(workspace, inputs.path);
	const report = await auditRepository({ root, env: process.env });

	const reportDir = await mkdtemp(
		join(process.env.RUNNER_TEMP ?? tmpdir(), "pin-audit-"),
	);
	const reportPath = join(reportDir, "pin-audit-report.json");
	await writeFile(reportPath, renderJson(report));

	annotate(report.findings, inputs.path);
	await core.summary
		.addRaw(renderMarkdown(report, { maxLength: SUMMARY_LIMIT }))
		.write();

	core.setOutput("errors", report.summary.errors);
	core.setOutput("warnings", report.summary.warnings);
	core.setOutput("report", reportPath);

	const blocking =
		inputs.failOn === "never"
			? 0
			: report.summary.errors +
				(inputs.failOn === "warning" ? report.summary.warnings : 0);
	if (blocking > 0)
		core.setFailed(
			`pin-audit found ${blocking} blocking problem${blocking === 1 ? "" : "s"}`,
		);
}

function annotate(findings: readonly Finding[], pathPrefix: string): void {
	const prefix =
		pathPrefix === "." || pathPrefix === ""
			? ""
			: `${pathPrefix.replace(/\/+$/, "")}/`;
	const shown = { error: 0, warning: 0, notice: 0 };
	let left = 0;
	for (const f of findings) {
		if (shown[f.severity] >= ANNOTATIONS_PER_LEVEL) {
			left++;
			continue;
		}
		shown[f.severity]++;
		const properties = {
			title: `pin-audit: ${f.rule}`,
			...(f.file ? { file: `${prefix}${f.file}` } : {}),
			...(f.line ? { startLine: f.line } : {}),
		};
		const message = stripControls(
			f.suggestion ? `${f.message}\nFix: ${f.suggestion}` : f.message,
		);
		if (f.severity === "error") core.error(message, properties);
		else if (f.severity === "warning") core.warning(message, properties);
		else core.notice(message, properties);
	}
	if (left > 0)
		core.notice(
			`${left} more finding${left === 1 ? "" : "s"} not annotated; see the job summary`,
		);
}
