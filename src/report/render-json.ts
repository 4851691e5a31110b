import type { Report } from "../model/report.js";
import type { Finding, Project } from "../model/types.js";
import { renderArray, stringifyAt } from "./json-pieces.js";

// The JSON report contract (schema/report.schema.json). Fields are listed explicitly so that internal model
// fields never leak into the contract, and key order is fixed (byte-identical output for the same input).
export function toJsonReport(report: Report) {
	return {
		schemaVersion: report.schemaVersion,
		tool: { name: report.tool.name, version: report.tool.version },
		root: report.root,
		...(report.scope === undefined ? {} : { scope: report.scope }),
		policy: {
			source: report.policy.source,
			file: report.policy.file,
			presets: report.policy.presets,
			description: report.policy.description,
		},
		projects: report.projects.map(toJsonProject),
		findings: report.findings.map(toJsonFinding),
		...(report.checks === undefined ? {} : { checks: toJsonChecks(report) }),
		summary: { ...report.summary },
	};
}

function toJsonChecks(report: Report) {
	return (report.checks ?? []).map((c) => ({
		rule: c.rule,
		status: c.status,
		reason: c.reason,
	}));
}

function toJsonProject(p: Project) {
	return {
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
		...(f.also !== undefined && f.also.length > 0 ? { also: f.also } : {}),
	};
}

export function renderJson(report: Report): string {
	return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

/**
 * The same bytes as `renderJson`, a few items at a time (the head; each project's head, then its requirements and
 * locked packages; the findings; the summary), so a fleet's report is never one string: a 1000-project report is
 * ~130 MB of JSON, and even one project's ~130 KB string would be allocated where only a full collection frees
 * it (V8's large-object space). Pieces only split the text where `JSON.stringify` puts structural whitespace.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
	const head = JSON.stringify(
		{
			schemaVersion: report.schemaVersion,
			tool: { name: report.tool.name, version: report.tool.version },
			root: report.root,
			...(report.scope === undefined ? {} : { scope: report.scope }),
			policy: {
				source: report.policy.source,
				file: report.policy.file,
				presets: report.policy.presets,
				description: report.policy.description,
			},
		},
		null,
		2,
	);
	// Drop the closing "\n}" to continue the top-level object.
	yield `${head.slice(0, -2)},\n  "projects": `;
	yield* renderProjects(report.projects);
	yield ',\n  "findings": ';
	yield* renderArray(report.findings.map(toJsonFinding), 1);
	if (report.checks !== undefined)
		yield `,\n  "checks": ${stringifyAt(toJsonChecks(report), 1)}`;
	yield `,\n  "summary": ${stringifyAt({ ...report.summary }, 1)}\n}\n`;
}

function* renderProjects(projects: readonly Project[]): Generator<string> {
	if (projects.length === 0) {
		yield "[]";
		return;
	}
	for (let i = 0; i < projects.length; i++) {
		yield i === 0 ? "[\n    " : ",\n    ";
		yield* renderProject(projects[i] as Project);
	}
	yield "\n  ]";
}

/** One project, two levels deep: its head, then its two long arrays in pieces. */
function* renderProject(project: Project): Generator<string> {
	const { requirements, locked, ...head } = toJsonProject(project);
	const text = stringifyAt(head, 2);
	yield `${text.slice(0, -"\n    }".length)},\n      "requirements": `;
	yield* renderArray(requirements, 3);
	yield ',\n      "locked": ';
	yield* renderArray(locked, 3);
	yield "\n    }";
}
