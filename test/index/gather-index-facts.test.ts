import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
	gatherIndexFacts,
	startIndexSession,
} from "../../src/index/gather-index-facts.js";
import type { Transport } from "../../src/index/http-transport.js";
import { projectReleaseKey } from "../../src/index/index-facts.js";
import type { Project, Requirement } from "../../src/model/types.js";
import packagesFixture from "../fixtures/index/packages.json" with {
	type: "json",
};
import {
	type FakeIndex,
	type FakePackage,
	startFakeIndex,
} from "../support/fake-index.js";

const PACKAGES = packagesFixture.packages as FakePackage[];
const FAST = { baseDelayMs: 1, maxDelayMs: 20, timeoutMs: 2000 };

let index: FakeIndex | null = null;
const dirs: string[] = [];
afterEach(async () => {
	await index?.close();
	index = null;
	for (const dir of dirs.splice(0))
		await rm(dir, { recursive: true, force: true });
});

function pin(name: string, version: string, line: number): Requirement {
	return {
		name,
		specifier: `==${version}`,
		extras: [],
		marker: null,
		url: null,
		editable: false,
		hashes: 0,
		group: "requirements",
		file: "requirements-mcp.txt",
		line,
	};
}

function projectPinning(...pins: [string, string][]): Project {
	return {
		path: ".",
		workspace: null,
		files: [{ path: "requirements-mcp.txt", kind: "requirements" }],
		requirements: pins.map(([n, v], i) => pin(n, v, i + 1)),
		locked: [],
		requiresPython: null,
		lockMetadata: [],
		pipOptions: [],
	};
}

describe.each([
	["PyPI JSON API", (i: FakeIndex) => i.url],
	["Simple API (PEP 691 JSON)", (i: FakeIndex) => i.simpleUrl],
])("gatherIndexFacts against the %s", (_, urlOf) => {
	it("reads yanked with its reason, upload time and Requires-Dist", async () => {
		index = await startFakeIndex(PACKAGES);
		const { facts } = await gatherIndexFacts(
			[
				projectPinning(
					["mcp", "1.23.2"],
					["mcp", "1.23.3"],
					["httpx", "0.26.0"],
				),
			],
			{ offline: false, indexUrl: urlOf(index), http: FAST },
		);
		expect(facts.online).toBe(true);
		const yanked = facts.releases.get(projectReleaseKey(".", "mcp", "1.23.2"));
		expect(yanked?.lookup).toEqual({
			ok: true,
			value: {
				version: "1.23.2",
				yanked: true,
				yankedReason: "Broken streamable HTTP session handling, use 1.23.3",
				uploadTime: "2025-12-09T09:00:00.000Z",
				requiresDist: expect.arrayContaining(["httpx>=0.27.1"]),
				requiresPython: ">=3.10",
			},
		});
		const current = facts.releases.get(projectReleaseKey(".", "mcp", "1.23.3"));
		expect(current?.lookup.ok && current.lookup.value?.yanked).toBe(false);
		expect(current?.lookup.ok && current.lookup.value?.uploadTime).toBe(
			"2025-12-09T15:20:11.123Z",
		);
		expect(current?.lookup.ok && current.lookup.value?.requiresDist).toContain(
			'typer>=0.16.0; extra == "cli"',
		);
	});

	it("gives the same facts when every other request fails with 503", async () => {
		index = await startFakeIndex(PACKAGES);
		const project = projectPinning(
			["mcp", "1.23.2"],
			["httpx", "0.26.0"],
			["pydantic", "2.12.5"],
		);
		const calm = await gatherIndexFacts([project], {
			offline: false,
			indexUrl: urlOf(index),
			http: FAST,
		});
		index.faults.failEveryOther = 503;
		const flaky = await gatherIndexFacts([project], {
			offline: false,
			indexUrl: urlOf(index),
			http: FAST,
		});
		expect([...flaky.facts.releases]).toEqual([...calm.facts.releases]);
		expect(flaky.stats?.retries).toBeGreaterThan(0);
		expect(index.requests.some((r) => r.status === 503)).toBe(true);
	});

	it("records a malformed answer and a missing version as facts, not crashes", async () => {
		index = await startFakeIndex(PACKAGES, { malformed: /httpx/ });
		const { facts } = await gatherIndexFacts(
			[projectPinning(["httpx", "0.26.0"], ["mcp", "9.9.9"])],
			{ offline: false, indexUrl: urlOf(index), http: FAST },
		);
		const broken = facts.releases.get(
			projectReleaseKey(".", "httpx", "0.26.0"),
		);
		expect(broken?.lookup.ok).toBe(false);
		expect(broken?.lookup.ok === false && broken.lookup.error).toMatch(
			/^malformed/,
		);
		expect(
			facts.releases.get(projectReleaseKey(".", "mcp", "9.9.9"))?.lookup,
		).toEqual({
			ok: true,
			value: null,
		});
	});
});

describe("gatherIndexFacts on the network", () => {
	it("honours Retry-After on 429 and still gets the answer", async () => {
		index = await startFakeIndex(PACKAGES, {
			failEveryOther: 429,
			retryAfter: "0",
		});
		const { facts, stats } = await gatherIndexFacts(
			[projectPinning(["mcp", "1.23.3"])],
			{
				offline: false,
				indexUrl: index.url,
				http: { ...FAST, baseDelayMs: 5_000, maxDelayMs: 5_000 },
			},
		);
		// With a 5 s backoff this would time out; Retry-After: 0 says retry at once.
		expect(
			facts.releases.get(projectReleaseKey(".", "mcp", "1.23.3"))?.lookup.ok,
		).toBe(true);
		expect(stats?.retries).toBe(1);
	});

	it("gives up after its retries and says why", async () => {
		index = await startFakeIndex(PACKAGES, { slow: { path: /mcp/, ms: 300 } });
		const { facts } = await gatherIndexFacts(
			[projectPinning(["mcp", "1.23.3"])],
			{
				offline: false,
				indexUrl: index.url,
				http: { ...FAST, timeoutMs: 50, retries: 1 },
			},
		);
		expect(
			facts.releases.get(projectReleaseKey(".", "mcp", "1.23.3"))?.lookup,
		).toEqual({
			ok: false,
			error: "no answer within 50 ms after 2 attempts",
		});
	});

	it("asks 200 packages concurrently: well under 200 x 50 ms", async () => {
		const many: FakePackage[] = Array.from({ length: 200 }, (_, i) => ({
			name: `pkg-${i}`,
			releases: [{ version: "1.0.0", uploadTime: "2025-01-01T00:00:00Z" }],
		}));
		index = await startFakeIndex(many, { latencyMs: 50 });
		const project = projectPinning(
			...many.map((p): [string, string] => [p.name, "1.0.0"]),
		);
		const started = performance.now();
		const { facts } = await gatherIndexFacts([project], {
			offline: false,
			indexUrl: index.url,
			http: FAST,
		});
		const elapsed = performance.now() - started;
		expect([...facts.releases.values()].every((r) => r.lookup.ok)).toBe(true);
		expect(index.requests.length).toBe(200);
		expect(index.maxInFlight()).toBeGreaterThan(1);
		// The default bound per index host.
		expect(index.maxInFlight()).toBeLessThanOrEqual(50);
		expect(elapsed).toBeLessThan(200 * 50 * 0.4);
	});

	it("asks each (index, package, version) once, however many projects pin it", async () => {
		index = await startFakeIndex(PACKAGES);
		const a = projectPinning(["mcp", "1.23.3"]);
		const b = { ...projectPinning(["mcp", "1.23.3"]), path: "b" };
		await gatherIndexFacts([a, b], {
			offline: false,
			indexUrl: index.url,
			http: FAST,
		});
		expect(index.requests.map((r) => r.path)).toEqual([
			"/pypi/mcp/1.23.3/json",
		]);
	});

	it("revalidates with the cached ETag and uses the 304", async () => {
		index = await startFakeIndex(PACKAGES);
		const cacheDir = await mkdtemp(join(tmpdir(), "pin-audit-cache-"));
		dirs.push(cacheDir);
		const project = projectPinning(["mcp", "1.23.2"]);
		const options = {
			offline: false,
			indexUrl: index.simpleUrl,
			cacheDir,
			http: FAST,
		};
		const first = await gatherIndexFacts([project], options);
		const second = await gatherIndexFacts([project], options);
		expect(second.stats?.notModified).toBe(2);
		expect(index.requests.map((r) => r.status)).toEqual([200, 200, 304, 304]);
		expect(index.requests[2]?.headers["if-none-match"]).toMatch(/^".+"$/);
		expect([...second.facts.releases]).toEqual([...first.facts.releases]);
	});

	it("sends credentials to the index only, and never lets them into facts", async () => {
		index = await startFakeIndex(PACKAGES, {
			authorization: `Basic ${Buffer.from("ci:s3cr3t-pass").toString("base64")}`,
		});
		const withCredentials = index.url.replace(
			"http://",
			"http://ci:s3cr3t-pass@",
		);
		const gathered = await gatherIndexFacts(
			[projectPinning(["mcp", "1.23.3"])],
			{
				offline: false,
				indexUrl: withCredentials,
				http: FAST,
			},
		);
		const release = gathered.facts.releases.get(
			projectReleaseKey(".", "mcp", "1.23.3"),
		);
		expect(release?.lookup.ok).toBe(true);
		expect(release?.index).toBe(index.url);
		expect(gathered.facts.indexByProject.get(".")).toBe(index.url);
		expect(gathered.secrets).toContain("s3cr3t-pass");
		const printed = JSON.stringify([
			...gathered.facts.releases,
			...gathered.facts.indexByProject,
		]);
		expect(printed).not.toContain("s3cr3t");

		// A wrong token: the failure message names the problem, not the token.
		const refused = await gatherIndexFacts(
			[projectPinning(["mcp", "1.23.3"])],
			{
				offline: false,
				indexUrl: index.url,
				token: "wrong-token-123",
				http: FAST,
			},
		);
		const lookup = refused.facts.releases.get(
			projectReleaseKey(".", "mcp", "1.23.3"),
		)?.lookup;
		expect(lookup?.ok === false && lookup.error).toMatch(/^HTTP 401/);
		expect(JSON.stringify([...refused.facts.releases])).not.toContain(
			"wrong-token-123",
		);
		expect(index.requests.at(-1)?.headers.authorization).toBe(
			"Bearer wrong-token-123",
		);
	});

	it("asks nothing offline", async () => {
		index = await startFakeIndex(PACKAGES);
		const { facts } = await gatherIndexFacts(
			[projectPinning(["mcp", "1.23.3"])],
			{
				offline: true,
				indexUrl: index.url,
			},
		);
		expect(facts.online).toBe(false);
		expect(facts.releases.size).toBe(0);
		expect(index.requests).toEqual([]);
	});

	it("uses a lock's recorded registry, then the project's index, then PyPI", async () => {
		index = await startFakeIndex(PACKAGES);
		const project: Project = {
			...projectPinning(["httpx", "0.26.0"]),
			pipOptions: [{ name: "--index-url", value: index.simpleUrl, line: 1 }],
			locked: [
				{
					name: "mcp",
					version: "1.23.3",
					source: "registry",
					sourceUrl: index.url,
					marker: null,
					dependencies: [],
					file: "uv.lock",
					line: 10,
				},
			],
		};
		const { facts } = await gatherIndexFacts([project], {
			offline: false,
			http: FAST,
		});
		expect(
			facts.releases.get(projectReleaseKey(".", "mcp", "1.23.3"))?.index,
		).toBe(index.url);
		expect(
			facts.releases.get(projectReleaseKey(".", "httpx", "0.26.0"))?.index,
		).toBe(index.simpleUrl);
		expect(index.requests.map((r) => r.path).sort()).toEqual([
			"/files/httpx-0.26.0-py3-none-any.whl.metadata",
			"/pypi/mcp/1.23.3/json",
			"/simple/httpx/",
		]);
	});
});

describe("startIndexSession", () => {
	/** A transport that records the hosts it is asked to resolve and sends nothing. */
	function recording() {
		const asked: string[] = [];
		const transport: Transport = {
			send: () => Promise.reject(new Error("nothing is sent")),
			resolve: (hostname) => {
				asked.push(hostname);
				return Promise.resolve();
			},
		};
		return { asked, http: { transport: Promise.resolve(transport) } };
	}

	it("asks DNS for the index the run was given, ahead of the look-ups", async () => {
		const { asked, http } = recording();
		const session = startIndexSession({
			offline: false,
			indexUrl: "https://user:secret@pin-audit-test.invalid/simple",
			http,
		});
		expect(session).not.toBeNull();
		await session;
		await new Promise((resolve) => setImmediate(resolve));
		expect(asked).toEqual(["pin-audit-test.invalid"]);
	});

	it("asks nothing offline, for a tree without files, nor for PyPI when no index was given (a project may name its own)", async () => {
		const { asked, http } = recording();
		expect(
			startIndexSession({
				offline: true,
				indexUrl: "https://pin-audit-test.invalid/simple",
				http,
			}),
		).toBeNull();
		expect(startIndexSession({ offline: false, http })).toBeNull();
		expect(
			startIndexSession(
				{
					offline: false,
					indexUrl: "https://pin-audit-test.invalid/simple",
					http,
				},
				false,
			),
		).toBeNull();
		expect(
			startIndexSession({ offline: false, indexUrl: null, http }),
		).toBeNull();
		await new Promise((resolve) => setImmediate(resolve));
		expect(asked).toEqual([]);
	});
});
