// The action's `sarif` input: the audit of the head as a SARIF file, for github/codeql-action/upload-sarif.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { ConfigurationError } from "../errors.js";
import type { Report } from "../model/report.js";
import { renderSarifOfDirectory } from "../sarif-output.js";
import type { ActionRun } from "./action-run.js";

/**
 * Step: with the `sarif` input, the head's audit as a SARIF file and the `sarif` output naming it. `filesDir` holds
 * the head's files (the checkout, or the commit read from git), which fixes are computed from.
 */
export async function publishSarif(
	run: ActionRun,
	report: Report,
	filesDir: string,
): Promise<void> {
	const { inputs, ctx, mask } = run;
	if (inputs.sarif === undefined) return;
	const file = resolve(ctx.workspace, inputs.sarif);
	// The `path` input is relative to the workspace, the repository's root that SARIF locations start from.
	const text = await renderSarifOfDirectory(
		report,
		filesDir,
		inputs.path === "." ? "" : inputs.path,
	);
	try {
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, mask(text));
	} catch (error) {
		throw new ConfigurationError(
			`input "sarif": cannot write ${inputs.sarif}: ${error instanceof Error ? error.message : String(error)}`,
		);
	}
	core.setOutput("sarif", file);
}
