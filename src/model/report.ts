// The audit's result, as the JSON report contract describes it (schema/report.schema.json): built by the
// pipeline, read by every renderer.
import type { ProjectLinks } from "./project-links.js";
import type { Finding, Project } from "./types.js";

/** Where the policy came from: a pin-audit.toml, `[tool.pin-audit]`, an explicit path, or the built-in default. */
export type PolicySourceKind = "file" | "pyproject" | "explicit" | "default";

export interface ReportPolicy {
	source: PolicySourceKind;
	file: string | null;
	presets: string[];
	description: string;
}

export interface ReportSummary {
	projects: number;
	files: number;
	requirements: number;
	locked: number;
	errors: number;
	warnings: number;
	notices: number;
}

/** Whether a rule ran over this audit; `reason` says why it did not, or not fully. */
export interface Check {
	rule: string;
	status: "ran" | "partial" | "not-run";
	reason: string | null;
}

export interface Report {
	schemaVersion: 1;
	tool: { name: string; version: string };
	root: string;
	/** The audited directory relative to `root`, when only part of it was audited (the policy was found above). */
	scope?: string;
	policy: ReportPolicy;
	projects: Project[];
	findings: Finding[];
	summary: ReportSummary;
	/** Every rule, with whether it ran (absent from reports built before checks were recorded). */
	checks?: Check[];
	/**
	 * The changelog and source links the index's metadata named, by normalized package name (for the upgrade
	 * diff). Absent offline; not part of the JSON contract.
	 */
	packageLinks?: ReadonlyMap<string, ProjectLinks>;
}
