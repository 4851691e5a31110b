import type { RestClient } from "./rest-client.js";

// Which lines of the head a pull request's diff shows: GitHub accepts a review comment only on those (the right
// side of a hunk: added lines and the context lines around them). Read from the REST API's list of the pull
// request's files, whose `patch` is the unified diff of each file.

/** Per repository path: right-side line number -> the line's text. */
export type RightSideLines = Map<string, Map<number, string>>;

const PER_PAGE = 100;
/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PAGES = 30;

interface DiffEntry {
	filename?: unknown;
	status?: unknown;
	patch?: unknown;
}

export async function readPullRequestDiff(
	client: RestClient,
	target: { owner: string; repo: string; pullNumber: number },
): Promise<RightSideLines> {
	const lines: RightSideLines = new Map();
	for (let page = 1; page <= MAX_PAGES; page++) {
		const response = await client.request(
			"GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
			{
				owner: target.owner,
				repo: target.repo,
				pull_number: target.pullNumber,
				per_page: PER_PAGE,
				page,
			},
		);
		const entries = Array.isArray(response.data)
			? (response.data as DiffEntry[])
			: [];
		for (const entry of entries) {
			if (typeof entry.filename !== "string" || entry.status === "removed")
				continue;
			if (typeof entry.patch !== "string") continue;
			lines.set(entry.filename, parseRightSide(entry.patch));
		}
		if (entries.length < PER_PAGE) break;
	}
	return lines;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** The right-side lines of a unified diff: `+` and context lines, numbered from each hunk's `+start`. */
export function parseRightSide(patch: string): Map<number, string> {
	const lines = new Map<number, string>();
	let next: number | null = null;
	for (const raw of patch.split("\n")) {
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		const hunk = HUNK.exec(line);
		if (hunk) {
			next = Number(hunk[1]);
			continue;
		}
		if (next === null) continue;
		const mark = line[0];
		if (mark === "+" || mark === " ") {
			lines.set(next, line.slice(1));
			next++;
		} else if (mark === undefined && line === "") {
			// A context line that lost its leading space (some diff producers) is still a line of the file.
			lines.set(next, "");
			next++;
		}
		// "-" lines are the left side only; "\ No newline at end of file" is no line.
	}
	return lines;
}
