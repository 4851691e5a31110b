// How many requests one index host gets at once, adapted to what it says: additive increase, multiplicative
// decrease (TCP's rule, as uv and pip's retrying clients approximate it). A 429 or 503 halves the limit (once
// per round of requests: the answers already on their way to the same overload do not halve it again) and,
// with Retry-After, holds every new request to that host until then; each round of successes adds one back,
// up to the configured maximum.

export interface HostGate {
	/** Runs `task` when the host has a free slot; `ticket` identifies the round it started in. */
	run<T>(task: (ticket: number) => Promise<T>): Promise<T>;
	/** The host is overloaded (429/503): fewer at once, and none before `pauseMs` has passed. */
	slowDown(ticket: number, pauseMs: number | null): void;
	/** The host answered normally. */
	speedUp(): void;
	/** The current limit (for tests and statistics). */
	readonly limit: number;
}

export interface HostGateOptions {
	max: number;
	now: () => number;
	sleep: (ms: number) => Promise<void>;
}

export function createHostGate(options: HostGateOptions): HostGate {
	const max = Math.max(1, Math.floor(options.max));
	let limit = max;
	let active = 0;
	let successes = 0;
	let round = 0;
	let pausedUntil = 0;
	const waiting: (() => void)[] = [];
	const wake = () => {
		while (active < limit && waiting.length > 0) {
			active++;
			waiting.shift()?.();
		}
	};
	const acquire = async (): Promise<void> => {
		if (active < limit && waiting.length === 0) active++;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		// Hold back while the host asked for a pause (it may be set again while waiting).
		for (let wait = pausedUntil - options.now(); wait > 0; ) {
			await options.sleep(wait);
			wait = pausedUntil - options.now();
		}
	};
	return {
		async run(task) {
			await acquire();
			try {
				return await task(round);
			} finally {
				active--;
				wake();
			}
		},
		slowDown(ticket, pauseMs) {
			if (pauseMs !== null && pauseMs > 0)
				pausedUntil = Math.max(pausedUntil, options.now() + pauseMs);
			if (ticket !== round) return;
			round++;
			successes = 0;
			limit = Math.max(1, Math.floor(limit / 2));
		},
		speedUp() {
			if (limit >= max) return;
			successes++;
			if (successes < limit) return;
			successes = 0;
			limit++;
			wake();
		},
		get limit() {
			return limit;
		},
	};
}
