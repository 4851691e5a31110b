import { readFileSync } from "node:fs";
import { ConfigurationError } from "../errors.js";

// Everything the action needs from the runner's environment, read once (not @actions/github's `context`, which
// parses the event file at import time, where a failure could not end in core.setFailed).

export interface PullRequestInfo {
	number: number;
	baseSha: string;
	headSha: string;
}

export interface EventContext {
	eventName: string;
	owner: string;
	repo: string;
	/** Checked-out directory (GITHUB_WORKSPACE). */
	workspace: string;
	serverUrl: string;
	apiUrl: string;
	/** Link to this run: its page holds the job summary. Null when the run id is unknown. */
	runUrl: string | null;
	tempDir: string | undefined;
	/** The pull request the run is about (pull_request, pull_request_target), null otherwise. */
	pullRequest: PullRequestInfo | null;
	/** The commit the changes are compared with: PR base, merge-queue base, the commit before a push. */
	baseSha: string | null;
	/** The commit under review when it differs from a plain checkout (PR head, merge-queue head, push head). */
	headSha: string | null;
}

/** Events with a base to compare with: findings are new or existing, and `block` defaults to `new`. */
export const CHANGE_EVENTS = new Set([
	"pull_request",
	"pull_request_target",
	"merge_group",
	"push",
]);
export const PULL_REQUEST_EVENTS = new Set([
	"pull_request",
	"pull_request_target",
]);

const ZERO_SHA = /^0+$/;

export function readEventContext(
	env: Readonly<Record<string, string | undefined>>,
): EventContext {
	const eventName = env.GITHUB_EVENT_NAME ?? "";
	const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
	const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(
		/\/+$/,
		"",
	);
	const payload = readPayload(env.GITHUB_EVENT_PATH);
	const pr = readPullRequest(payload);
	let baseSha: string | null = null;
	let headSha: string | null = null;
	if (PULL_REQUEST_EVENTS.has(eventName) && pr) {
		baseSha = pr.baseSha;
		headSha = pr.headSha;
	} else if (eventName === "merge_group") {
		baseSha = stringAt(payload, ["merge_group", "base_sha"]);
		headSha = stringAt(payload, ["merge_group", "head_sha"]);
	} else if (eventName === "push") {
		const before = stringAt(payload, ["before"]);
		// A new branch's push has before = 000...0: there is nothing to compare with.
		baseSha = before && !ZERO_SHA.test(before) ? before : null;
		headSha = stringAt(payload, ["after"]) ?? env.GITHUB_SHA ?? null;
	}
	return {
		eventName,
		owner,
		repo,
		workspace: env.GITHUB_WORKSPACE || process.cwd(),
		serverUrl,
		apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(
			/\/+$/,
			"",
		),
		runUrl:
			env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
				? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
				: null,
		tempDir: env.RUNNER_TEMP || undefined,
		pullRequest: PULL_REQUEST_EVENTS.has(eventName) ? pr : null,
		baseSha,
		headSha,
	};
}

function readPayload(path: string | undefined): unknown {
	if (!path) return {};
	let text: string;
	try {
		text = readFileSync(path, "utf8");
	} catch (error) {
		throw new ConfigurationError(
			`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
		);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(
			`the event payload ${path} is not JSON: ${(error as Error).message}`,
		);
	}
}

function readPullRequest(payload: unknown): PullRequestInfo | null {
	const number = valueAt(payload, ["pull_request", "number"]);
	const baseSha = stringAt(payload, ["pull_request", "base", "sha"]);
	const headSha = stringAt(payload, ["pull_request", "head", "sha"]);
	if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1)
		return null;
	if (!baseSha || !headSha) return null;
	return { number, baseSha, headSha };
}

function valueAt(value: unknown, path: readonly string[]): unknown {
	let current = value;
	for (const key of path) {
		if (typeof current !== "object" || current === null) return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

/** Only well-formed hex object names are used as commits: they end up as git arguments. */
function stringAt(value: unknown, path: readonly string[]): string | null {
	const found = valueAt(value, path);
	return typeof found === "string" &&
		/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(found)
		? found
		: null;
}
