// Scripted failures for the fake GitHub: what a queued fault does, and the answers GitHub really gives under
// rate limiting.

export interface Fault {
	status?: number;
	headers?: Record<string, string>;
	/** A JSON value (sent as JSON) or a string (sent as is). Defaults to GitHub's error shape for the status. */
	body?: unknown;
	/** Wait this long before answering (or before applying the rest of the fault). */
	delayMs?: number;
	/** Destroy the socket without an answer (ECONNRESET on the client). */
	reset?: boolean;
	/** Announce the full Content-Length, send half the body, then close. */
	truncate?: boolean;
	/**
	 * Carry the request out first (the write happens), then answer with this fault: GitHub's 502 after a comment
	 * was in fact created, which turns a blind retry into a duplicate.
	 */
	afterEffect?: boolean;
}

/** Scripted answers GitHub really gives under rate limiting. */
export const rateLimitFaults = {
	/** Primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time in epoch seconds. */
	primary(resetEpochSeconds: number): Fault {
		return {
			status: 403,
			headers: {
				"x-ratelimit-remaining": "0",
				"x-ratelimit-reset": String(resetEpochSeconds),
			},
			body: {
				message:
					"API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.",
				documentation_url:
					"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
				status: "403",
			},
		};
	},
	/** Secondary rate limit: 403 with Retry-After in seconds. */
	secondary(retryAfterSeconds: number): Fault {
		return {
			status: 403,
			headers: { "retry-after": String(retryAfterSeconds) },
			body: {
				message:
					"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
				documentation_url:
					"https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
				status: "403",
			},
		};
	},
};
