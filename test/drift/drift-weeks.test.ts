// Four weekly drift runs against a fake index (JSON API and PEP 691 Simple API), each reading the state the run
// before left in the issue body, as the action and `pin-audit drift --previous` do: an index failure, a package
// that vanishes from the index, a newly yanked pin and a pin that moves while the newest release moves too.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { driftRepository } from "../../src/drift/drift-repository.js";
import {
	advanceState,
	computeDelta,
	type DriftDelta,
	issueState,
	readState,
	snapshotDrift,
} from "../../src/drift/drift-state.js";
import { renderDriftIssue } from "../../src/report/render-drift.js";
import {
	type FakeIndexFaults,
	type FakePackage,
	type FakeRelease,
	startFakeIndex,
} from "../support/fake-index.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const r = (
	version: string,
	uploadTime: string,
	yanked?: string,
): FakeRelease =>
	yanked ? { version, uploadTime, yanked } : { version, uploadTime };

function indexOfWeek(week: number): FakePackage[] {
	const packages: FakePackage[] = [
		{
			name: "alpha",
			releases: [
				r("1.0", "2025-01-01T00:00:00Z"),
				r("1.1", "2025-03-01T00:00:00Z"),
			],
		},
		{
			name: "gamma",
			releases: [
				r(
					"3.0",
					"2025-01-01T00:00:00Z",
					week >= 3 ? "broken wheels" : undefined,
				),
				r("3.1", "2025-02-01T00:00:00Z"),
			],
		},
		{
			name: "delta",
			releases: [
				r("1.1", "2025-01-01T00:00:00Z"),
				r("1.2", "2025-02-01T00:00:00Z"),
				r("1.3", "2025-03-01T00:00:00Z"),
				r("1.4", "2025-04-01T00:00:00Z"),
				...(week >= 4 ? [r("1.5", "2026-05-01T00:00:00Z")] : []),
			],
		},
	];
	// Week 3 on, the index no longer has beta (a 404).
	if (week < 3)
		packages.push({
			name: "beta",
			releases: [
				r("2.0", "2025-01-01T00:00:00Z"),
				r("2.1", "2025-05-01T00:00:00Z"),
			],
		});
	return packages;
}

async function runWeek(
	root: string,
	week: number,
	format: "json" | "simple",
	previousBody: string | null,
): Promise<{ body: string; delta: DriftDelta | null }> {
	// Week 2: every answer about alpha is a gateway's HTML page: the index could not be read.
	const faults: FakeIndexFaults = week === 2 ? { malformed: /alpha/ } : {};
	const index = await startFakeIndex(indexOfWeek(week), faults);
	cleanups.push(() => index.close());
	writeFileSync(
		join(root, "requirements.txt"),
		`alpha==1.0\nbeta==2.0\ngamma==3.0\ndelta==${week >= 4 ? "1.2" : "1.1"}\n`,
	);
	const now = new Date(Date.UTC(2026, 5, 1 + 7 * (week - 1), 6));
	const { drift } = await driftRepository({
		root,
		offline: false,
		indexUrl: format === "json" ? index.url : index.simpleUrl,
		now,
	});
	const state = advanceState(
		readState(previousBody),
		snapshotDrift(drift),
		now,
	);
	return {
		body: renderDriftIssue(drift, issueState(state)),
		delta: computeDelta(state),
	};
}

const names = (rows: { package: string }[]) => rows.map((x) => x.package);

describe.each(["json", "simple"] as const)(
	"four weeks of drift issues, index in the %s format",
	(format) => {
		it("keeps what it could not check apart from what was resolved, and lists new yanks and moved pins", async () => {
			const root = mkdtempSync(join(tmpdir(), "pin-audit-weeks-"));
			cleanups.push(() => rmSync(root, { recursive: true, force: true }));

			const w1 = await runWeek(root, 1, format, null);
			expect(w1.delta).toBe(null);

			const w2 = await runWeek(root, 2, format, w1.body);
			expect(w2.delta).toMatchObject({ since: "2026-06-01" });
			expect(names(w2.delta?.unchecked ?? [])).toEqual(["alpha"]);
			expect(w2.delta?.resolved).toEqual([]);
			expect(w2.body).toContain(
				"**Since the report of 2026-06-01:** 0 resolved, 0 new, 0 drifted further, 0 closer, 1 not checked.",
			);
			expect(w2.body).toContain(
				"- ❔ not checked: `alpha` in `.`: index error (last checked: `1.0`, 1 release behind `1.1`)",
			);
			expect(w2.body).toContain(
				"The index could not be read (1 package): `alpha`.",
			);

			const w3 = await runWeek(root, 3, format, w2.body);
			expect(w3.delta).toMatchObject({ since: "2026-06-08" });
			// alpha is back as it was: neither new nor changed.
			expect(w3.delta?.added).toEqual([]);
			expect(names(w3.delta?.unchecked ?? [])).toEqual(["beta"]);
			expect(names(w3.delta?.yanked ?? [])).toEqual(["gamma"]);
			expect(w3.delta?.resolved).toEqual([]);
			expect(w3.body).toContain(
				"0 resolved, 0 new, 0 drifted further, 0 closer, 1 newly yanked, 1 not checked.",
			);
			expect(w3.body).toContain(
				"- ⚠️ newly yanked: `gamma` in `.` (was `3.0`, 1 release behind `3.1`; now `3.0` yanked, 1 release behind `3.1`)",
			);
			expect(w3.body).toContain(
				"- ❔ not checked: `beta` in `.`: not on the index (last checked: `2.0`, 1 release behind `2.1`)",
			);
			expect(w3.body).not.toContain("🆕");

			const w4 = await runWeek(root, 4, format, w3.body);
			expect(w4.delta).toMatchObject({ since: "2026-06-15" });
			expect(names(w4.delta?.moved ?? [])).toEqual(["delta"]);
			expect(names(w4.delta?.unchecked ?? [])).toEqual(["beta"]);
			expect(w4.delta?.added).toEqual([]);
			expect(w4.delta?.resolved).toEqual([]);
			expect(w4.body).toContain(
				"- ↔️ moved: `delta` in `.` (was `1.1`, 3 releases behind `1.4`; now `1.2`, 3 releases behind `1.5`)",
			);

			// The same run again: nothing changed, so the body (and its state) is byte-identical.
			const again = await runWeek(root, 4, format, w4.body);
			expect(again.body).toBe(w4.body);
		});
	},
);
