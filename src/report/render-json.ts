import type { Report } from "../model/report.js";
import type { Finding, Project } from "../model/types.js";

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
 * The same bytes as `renderJson`, one piece at a time (the head, each project, each finding, the summary), so a
 * fleet's report is written without ever being one string: a 1000-project report is ~130 MB of JSON.
 * Pieces only split the text where `JSON.stringify` puts structural whitespace.
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
	yield `${head.slice(0, -2)},\n`;
	yield* renderArrayChunks("projects", report.projects, toJsonProject);
	yield ",\n";
	yield* renderArrayChunks("findings", report.findings, toJsonFinding);
	if (report.checks !== undefined)
		yield `,\n  "checks": ${indentJson(JSON.stringify(toJsonChecks(report), null, 2), "  ")}`;
	yield `,\n  "summary": ${indentJson(JSON.stringify({ ...report.summary }, null, 2), "  ")}\n}\n`;
}

function* renderArrayChunks<T>(
	key: "projects" | "findings",
	items: readonly T[],
	toJson: (item: T) => unknown,
): Generator<string> {
	if (items.length === 0) {
		yield `  "${key}": []`;
		return;
	}
	yield `  "${key}": [`;
	for (let i = 0; i < items.length; i++)
		yield `${i === 0 ? "" : ","}\n    ${stringifyNested(toJson(items[i] as T))}`;
	yield "\n  ]";
}

// `JSON.stringify(value, null, 2)` of a value two levels deep (an item of a top-level array): stringified inside
// `[[value]]` and cut out, so one pass writes it with its final indentation (no second pass over ~130 MB of
// text to indent it); the same bytes as indentJson(JSON.stringify(value, null, 2), "    ").
function stringifyNested(value: unknown): string {
	const wrapped = JSON.stringify([[value]], null, 2);
	return wrapped.slice("[\n  [\n    ".length, -"\n  ]\n]".length);
}

// JSON.stringify escapes newlines inside strings, so every raw newline is structure: indenting after each one
// nests the value exactly as one JSON.stringify call of the whole report would.
function indentJson(json: string, indent: string): string {
	return json.replaceAll("\n", `\n${indent}`);
}
