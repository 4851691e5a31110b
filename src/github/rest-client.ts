// The one narrow view of Octokit the action uses: `request(route, params)`. The real client is @actions/github's
// GitHub class with the retry and throttling plugins; tests pass a small in-process fake with the same shape.

export interface RestResponse {
	status: number;
	data: unknown;
	headers?: Record<string, string | number | undefined>;
}

export interface RestClient {
	request(
		route: string,
		params?: Record<string, unknown>,
	): Promise<RestResponse>;
}

export interface OctokitOptions {
	token: string;
	/** GITHUB_API_URL (loopback in tests). */
	baseUrl: string;
	/** Called when the throttling plugin waits (rate limits); gets a line for the log. */
	log: (message: string) => void;
	/** Seconds of waiting per retry the action accepts before giving up (bounded, so a run never hangs). */
	maxRetryAfterSeconds?: number;
}

const RETRIES = 3;

/**
 * Octokit from @actions/github's GitHub class (proxy support, user agent) extended with @octokit/plugin-retry
 * (5xx: 3 retries, 1 s, 4 s, 9 s) and @octokit/plugin-throttling (primary and secondary rate limits: waits
 * Retry-After / X-RateLimit-Reset, at most twice and at most `maxRetryAfterSeconds` each).
 *
 * Imported lazily: @actions/github parses the event payload when it is first imported, and a failure there must
 * happen inside the action's error handling, not at module load.
 */
export async function createOctokit(
	options: OctokitOptions,
): Promise<RestClient> {
	const [{ GitHub, getOctokitOptions }, { retry }, { throttling }] =
		await Promise.all([
			import("@actions/github/lib/utils"),
			import("@octokit/plugin-retry"),
			import("@octokit/plugin-throttling"),
		]);
	const maxWait = options.maxRetryAfterSeconds ?? 120;
	const onLimit =
		(kind: string) =>
		(
			retryAfter: number,
			request: { method?: string; url?: string },
			_octokit: unknown,
			retryCount: number,
		) => {
			const retrying = retryCount < 2 && retryAfter <= maxWait;
			options.log(
				`GitHub API ${kind} rate limit on ${request.method ?? ""} ${request.url ?? ""}: ${
					retrying ? `retrying after ${retryAfter} s` : "giving up"
				}`,
			);
			return retrying;
		};
	const Client = GitHub.plugin(retry, throttling);
	const client = new Client(
		getOctokitOptions(options.token, {
			baseUrl: options.baseUrl,
			retry: { retries: RETRIES },
			throttle: {
				onRateLimit: onLimit("primary"),
				onSecondaryRateLimit: onLimit("secondary"),
			},
			// Octokit logs request failures with console.warn/error; the action reports them itself.
			log: {
				debug: () => {},
				info: () => {},
				warn: () => {},
				error: () => {},
			},
		}),
	);
	return client as unknown as RestClient;
}

/** The HTTP status of a failed request (Octokit's RequestError and the test fakes both carry `status`). */
export function errorStatus(error: unknown): number | null {
	if (typeof error === "object" && error !== null && "status" in error) {
		const status = (error as { status: unknown }).status;
		if (typeof status === "number") return status;
	}
	return null;
}

/** One line about an API failure, without the request (whose headers hold the token). */
export function describeApiError(error: unknown): string {
	const status = errorStatus(error);
	const message =
		error instanceof Error
			? error.message
			: typeof error === "string"
				? error
				: "unknown error";
	return status === null
		? message
		: `HTTP ${status}: ${message.split("\n")[0] ?? ""}`.slice(0, 500);
}
