import type { Report } from "../audit.js";
import type { Finding } from "../model/types.js";

// The JSON report contract (schema/report.schema.json). Fields are listed explicitly so that internal model
// fields never leak into the contract, and key order is fixed (byte-identical output for the same input).
export function toJsonReport(report: Report) {
	return {
		schemaVersion: report.schemaVersion,
		tool: { name: report.tool.name, version: report.tool.version },
		root: report.root,
		policy: {
			source: report.policy.source,
			file: report.policy.file,
			presets: report.policy.presets,
			description: report.policy.description,
		},
		projects: report.projects.map((p) => ({
			path: p.path,
			workspace: p.workspace,
			requiresPython: p.requiresPython,
			files: p.files.map((f) => ({ path: f.path, kind: f.kind })),
			requirements: p.requirements.map((r) => ({
				name: r.name,
				specifier: r.specifier,
				extras: r.extras,
				marker: r.marker,
				url: r.url,
				editable: r.editable,
				hashes: r.hashes,
				group: r.group,
				file: r.file,
				line: r.line,
			})),
			locked: p.locked.map((l) => ({
				name: l.name,
				version: l.version,
				source: l.source,
				marker: l.marker,
				file: l.file,
				line: l.line,
			})),
		})),
		findings: report.findings.map(toJsonFinding),
		summary: { ...report.summary },
	};
}

function toJsonFinding(f: Finding) {
	return {
		rule: f.rule,
		severity: f.severity,
		project: f.project,
		package: f.package,
		file: f.file,
		line: f.line,
		message: f.message,
		...(f.counterexample !== undefined
			? { counterexample: f.counterexample }
			: {}),
		...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
	};
}

export function renderJson(report: Report): string {
	return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
