import { DRIFT_MARKER } from "../report/render-drift.js";
import {
	firstLine,
	isWrittenBy,
	sameBody,
	type TokenAuthor,
} from "./comment.js";
import type { RestClient } from "./rest-client.js";

// The drift issue: exactly one per repository, found by its marker (first line of the body) AND its author (the
// token's own user), so an issue someone else wrote with the marker is never touched. Created when something
// drifts, edited in place on every run, left alone when nothing would change; optionally closed when nothing
// drifts and reopened when drift returns.

const PER_PAGE = 100;
/** 50 pages of 100 issues by the token's user: enough for any repository a bot files issues in. */
const MAX_PAGES = 50;

export interface DriftIssueTarget {
	owner: string;
	repo: string;
	/** Whose issues are ours (comment.ts findTokenAuthor). */
	author: TokenAuthor;
}

export interface DriftIssueOptions {
	title: string;
	labels: readonly string[];
	closeWhenClean: boolean;
}

export interface ExistingIssue {
	number: number;
	title: string;
	body: string;
	state: "open" | "closed";
	labels: string[];
}

/** What this run wants the issue to say, given the body it has now (null when there is no issue yet). */
export type DriftIssueContent = (previousBody: string | null) => {
	body: string;
	drifting: boolean;
	/** Whether the run checked every pin it could reach: only then may "nothing drifts" close the issue. */
	checked: boolean;
};

export type DriftIssueAction =
	| "created"
	| "updated"
	| "unchanged"
	| "closed"
	| "reopened"
	| "skipped";

export interface DriftIssueResult {
	action: DriftIssueAction;
	/** The issue's number after the run, null when there is none. */
	number: number | null;
}

/** Our drift issues (marker and author), open ones first, then oldest first. */
export async function findDriftIssues(
	client: RestClient,
	target: DriftIssueTarget,
): Promise<ExistingIssue[]> {
	const byLogin = await listDriftIssues(client, target, target.author.login);
	// An App's installation token writes as "<app>[bot]", which it cannot look up: search every author's issues
	// (isWrittenBy then keeps bots' only) when none is found under github-actions[bot].
	if (byLogin.length > 0 || !target.author.installation) return byLogin;
	return listDriftIssues(client, target, null);
}

async function listDriftIssues(
	client: RestClient,
	target: DriftIssueTarget,
	creator: string | null,
): Promise<ExistingIssue[]> {
	const found: ExistingIssue[] = [];
	const seen = new Set<number>();
	for (let page = 1; page <= MAX_PAGES; page++) {
		const response = await client.request("GET /repos/{owner}/{repo}/issues", {
			owner: target.owner,
			repo: target.repo,
			state: "all",
			...(creator === null ? {} : { creator }),
			sort: "created",
			direction: "asc",
			per_page: PER_PAGE,
			page,
		});
		// A truncated or non-JSON body arrives as a string: "no issues" would open a duplicate drift issue.
		if (!Array.isArray(response.data))
			throw new Error(
				`GET /repos/${target.owner}/${target.repo}/issues: GitHub's answer is not a list of issues (truncated or not JSON)`,
			);
		const issues: unknown[] = response.data;
		let fresh = 0;
		for (const i of issues as {
			number?: unknown;
			title?: unknown;
			body?: unknown;
			state?: unknown;
			labels?: unknown;
			user?: { login?: unknown; type?: unknown } | null;
			pull_request?: unknown;
		}[]) {
			if (typeof i.number !== "number" || seen.has(i.number)) continue;
			seen.add(i.number);
			fresh++;
			// The issues list has pull requests too; ours is an issue by our user with our marker first.
			if (i.pull_request !== undefined && i.pull_request !== null) continue;
			if (!isWrittenBy(i.user, target.author) || typeof i.body !== "string")
				continue;
			if (firstLine(i.body) !== DRIFT_MARKER) continue;
			found.push({
				number: i.number,
				title: typeof i.title === "string" ? i.title : "",
				body: i.body,
				state: i.state === "closed" ? "closed" : "open",
				labels: Array.isArray(i.labels)
					? i.labels
							.map((l) =>
								typeof l === "string"
									? l
									: String((l as { name?: unknown } | null)?.name ?? ""),
							)
							.filter(Boolean)
					: [],
			});
		}
		if (issues.length < PER_PAGE || fresh === 0) break;
	}
	return found.sort(
		(a, b) =>
			Number(a.state === "closed") - Number(b.state === "closed") ||
			a.number - b.number,
	);
}

export async function upsertDriftIssue(
	client: RestClient,
	target: DriftIssueTarget,
	options: DriftIssueOptions,
	content: DriftIssueContent,
): Promise<DriftIssueResult> {
	const [existing] = await findDriftIssues(client, target);
	const { body, drifting, checked } = content(existing?.body ?? null);
	if (!existing) {
		// Nothing to report and nothing to keep current: no issue.
		if (!drifting) return { action: "skipped", number: null };
		const created = await client.request("POST /repos/{owner}/{repo}/issues", {
			owner: target.owner,
			repo: target.repo,
			title: options.title,
			body,
			...(options.labels.length > 0 ? { labels: [...options.labels] } : {}),
		});
		const number = (created.data as { number?: unknown }).number;
		return {
			action: "created",
			number: typeof number === "number" ? number : null,
		};
	}

	const patch: Record<string, unknown> = {};
	if (!sameBody(existing.body, body)) patch.body = body;
	if (existing.title !== options.title) patch.title = options.title;
	const lower = new Set(existing.labels.map((l) => l.toLowerCase()));
	if (options.labels.some((l) => !lower.has(l.toLowerCase())))
		patch.labels = [
			...existing.labels,
			...options.labels.filter((l) => !lower.has(l.toLowerCase())),
		];
	let action: DriftIssueAction = "updated";
	if (options.closeWhenClean) {
		// An offline run or an index outage is no evidence that the drift is gone: the issue stays open.
		if (!drifting && checked && existing.state === "open") {
			patch.state = "closed";
			patch.state_reason = "completed";
			action = "closed";
		} else if (drifting && existing.state === "closed") {
			patch.state = "open";
			action = "reopened";
		}
	}
	if (Object.keys(patch).length === 0)
		return { action: "unchanged", number: existing.number };
	await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
		owner: target.owner,
		repo: target.repo,
		issue_number: existing.number,
		...patch,
	});
	return { action, number: existing.number };
}
