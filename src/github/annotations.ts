import { posix } from "node:path";
import type { Finding } from "../model/types.js";
import type { FindingStatus } from "../report/compare-reports.js";
import { stripControls } from "../report/escape.js";
import { plural } from "../report/render-text.js";

// Workflow annotations on the exact requirement line, for errors and warnings (notices, such as an index that
// could not be reached, belong to the job summary, not to a line of the diff). GitHub shows at most 10 error and
// 10 warning annotations per step and drops the rest silently, so we pick which ones (errors first, new before
// existing), and say how many were left out in one notice.

export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
	level: "error" | "warning" | "notice";
	message: string;
	title: string;
	/** Path relative to the repository root (the `path` input prefixed), as GitHub expects. */
	file?: string;
	startLine?: number;
}

export function planAnnotations(
	findings: readonly Finding[],
	statuses: readonly FindingStatus[] | undefined,
	pathPrefix: string,
): Annotation[] {
	const rank = { error: 0, warning: 1, notice: 2 } as const;
	const indexed = findings
		.map((finding, index) => ({ finding, status: statuses?.[index] }))
		.filter((e) => e.finding.severity !== "notice");
	indexed.sort(
		(a, b) =>
			rank[a.finding.severity] - rank[b.finding.severity] ||
			Number(b.status === "new") - Number(a.status === "new"),
	);
	const shown = { error: 0, warning: 0 };
	const left = { error: 0, warning: 0 };
	const annotations: Annotation[] = [];
	for (const { finding: f, status } of indexed) {
		const level = f.severity as "error" | "warning";
		if (shown[level] >= ANNOTATIONS_PER_LEVEL) {
			left[level]++;
			continue;
		}
		shown[level]++;
		const file = f.file ? repositoryPath(pathPrefix, f.file) : undefined;
		annotations.push({
			level,
			title: stripControls(
				`pin-audit: ${f.rule}${status === "new" ? " (new)" : ""}`,
			),
			message: stripControls(
				f.suggestion ? `${f.message}\nFix: ${f.suggestion}` : f.message,
			),
			...(file ? { file } : {}),
			...(file && f.line ? { startLine: f.line } : {}),
		});
	}
	const parts: string[] = [];
	if (left.error) parts.push(plural(left.error, "error"));
	if (left.warning) parts.push(plural(left.warning, "warning"));
	if (parts.length > 0) {
		annotations.push({
			level: "notice",
			title: "pin-audit",
			message: `${parts.join(", ")} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step); the job summary lists every finding.`,
		});
	}
	return annotations;
}

/** A path under the audited directory, as a path from the repository root. */
export function repositoryPath(pathPrefix: string, file: string): string {
	const joined = posix.normalize(
		pathPrefix === "." ? file : `${pathPrefix}/${file}`,
	);
	return joined.replace(/^(\.\/)+/, "");
}
