// How many requests the index client keeps in flight per host, and how it yields to a host that says "fewer".
import { describe, expect, it } from "vitest";
import { gatherIndexFacts } from "../../src/index/gather-index-facts.js";
import { createHostGate } from "../../src/index/host-gate.js";
import { projectReleaseKey } from "../../src/index/index-facts.js";
import type { Project } from "../../src/model/types.js";
import { type FakePackage, startFakeIndex } from "../support/fake-index.js";

const MANY: FakePackage[] = Array.from({ length: 120 }, (_, i) => ({
	name: `pkg-${i}`,
	releases: [
		{
			version: "1.0.0",
			uploadTime: "2025-01-01T00:00:00Z",
			requiresDist: [`dep-${i}>=1`],
		},
	],
}));

function pinningAll(packages: FakePackage[]): Project {
	return {
		path: ".",
		workspace: null,
		files: [{ path: "requirements.txt", kind: "requirements" }],
		requirements: packages.map((p, i) => ({
			name: p.name,
			specifier: "==1.0.0",
			extras: [],
			marker: null,
			url: null,
			editable: false,
			hashes: 0,
			group: "requirements",
			file: "requirements.txt",
			line: i + 1,
		})),
		locked: [],
		requiresPython: null,
		lockMetadata: [],
		pipOptions: [],
	};
}

describe("requests in flight per index host", () => {
	it("never exceeds the configured concurrency, and uses all of it", async () => {
		const index = await startFakeIndex(MANY, { latencyMs: 20 });
		try {
			const { facts } = await gatherIndexFacts([pinningAll(MANY)], {
				offline: false,
				indexUrl: index.simpleUrl,
				http: { concurrency: 5 },
			});
			expect([...facts.releases.values()].every((r) => r.lookup.ok)).toBe(true);
			expect(index.maxInFlight()).toBe(5);
		} finally {
			await index.close();
		}
	});

	it("reuses connections: far fewer sockets than requests", async () => {
		const index = await startFakeIndex(MANY, { latencyMs: 5 });
		try {
			await gatherIndexFacts([pinningAll(MANY)], {
				offline: false,
				indexUrl: index.simpleUrl,
				http: { concurrency: 8 },
			});
			expect(index.requests.length).toBe(240);
			expect(index.connections()).toBeLessThanOrEqual(8);
		} finally {
			await index.close();
		}
	});

	it("a rate limiter's 429 with Retry-After slows the client down; every lookup still completes with the same facts", async () => {
		const healthy = await startFakeIndex(MANY);
		const limited = await startFakeIndex(MANY, {
			latencyMs: 10,
			overloadAbove: { limit: 4, retryAfter: "1" },
		});
		try {
			const ask = (url: string) =>
				gatherIndexFacts([pinningAll(MANY)], {
					offline: false,
					indexUrl: url,
					// One second of Retry-After lasts 20 ms here (the test knob).
					env: { PIN_AUDIT_RETRY_BASE_MS: "20" },
					http: { concurrency: 32 },
				});
			const baseline = await ask(healthy.simpleUrl);
			const slowed = await ask(limited.simpleUrl);
			expect(slowed.stats?.slowDowns).toBeGreaterThan(0);
			const lookups = (facts: typeof baseline.facts) =>
				[...facts.releases].map(([key, r]) => [key, r.lookup]);
			expect(lookups(slowed.facts)).toEqual(lookups(baseline.facts));
			expect(
				slowed.facts.releases.get(projectReleaseKey(".", "pkg-7", "1.0.0"))
					?.lookup,
			).toMatchObject({ ok: true, value: { requiresDist: ["dep-7>=1"] } });
			// Without the adaptive limit 28 of every 32 requests would be refused, round after round.
			const refused = limited.requests.filter((r) => r.status === 429).length;
			expect(refused).toBeLessThan(limited.requests.length / 3);
		} finally {
			await healthy.close();
			await limited.close();
		}
	});

	it("asks the Simple API for a release's metadata only where its requirements are needed", async () => {
		const index = await startFakeIndex(MANY.slice(0, 10));
		try {
			const { facts } = await gatherIndexFacts(
				[pinningAll(MANY.slice(0, 10))],
				{
					offline: false,
					indexUrl: index.simpleUrl,
					needsRequirements: (_project, name) => name === "pkg-3",
				},
			);
			const metadata = index.requests.filter((r) =>
				r.path.endsWith(".metadata"),
			);
			expect(metadata.map((r) => r.path)).toEqual([
				expect.stringContaining("pkg_3-1.0.0"),
			]);
			const lookupOf = (name: string) =>
				facts.releases.get(projectReleaseKey(".", name, "1.0.0"))?.lookup;
			expect(lookupOf("pkg-3")).toMatchObject({
				ok: true,
				value: { requiresDist: ["dep-3>=1"], yanked: false },
			});
			expect(lookupOf("pkg-4")).toMatchObject({
				ok: true,
				value: { requiresDist: null, yanked: false },
			});
		} finally {
			await index.close();
		}
	});
});

describe("createHostGate", () => {
	const clock = () => {
		let now = 0;
		const sleeps: number[] = [];
		return {
			now: () => now,
			sleep: async (ms: number) => {
				sleeps.push(ms);
				now += ms;
			},
			sleeps,
		};
	};

	it("halves once per round on overload, and grows back one per round of successes", () => {
		const c = clock();
		const gate = createHostGate({ max: 16, now: c.now, sleep: c.sleep });
		gate.slowDown(0, null);
		expect(gate.limit).toBe(8);
		// Answers to requests sent before the halving do not halve it again.
		gate.slowDown(0, null);
		expect(gate.limit).toBe(8);
		gate.slowDown(1, null);
		expect(gate.limit).toBe(4);
		for (let i = 0; i < 4; i++) gate.speedUp();
		expect(gate.limit).toBe(5);
		for (let i = 0; i < 200; i++) gate.speedUp();
		expect(gate.limit).toBe(16);
	});

	it("holds new requests until the Retry-After pause has passed", async () => {
		const c = clock();
		const gate = createHostGate({ max: 4, now: c.now, sleep: c.sleep });
		gate.slowDown(0, 3000);
		const started: number[] = [];
		await gate.run(async () => {
			started.push(c.now());
		});
		expect(started).toEqual([3000]);
		expect(c.sleeps).toEqual([3000]);
	});

	it("never runs more tasks at once than its limit", async () => {
		const gate = createHostGate({
			max: 3,
			now: Date.now,
			sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
		});
		let active = 0;
		let peak = 0;
		await Promise.all(
			Array.from({ length: 20 }, () =>
				gate.run(async () => {
					active++;
					peak = Math.max(peak, active);
					await new Promise((r) => setTimeout(r, 2));
					active--;
				}),
			),
		);
		expect(peak).toBe(3);
	});
});
