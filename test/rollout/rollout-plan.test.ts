// The drift report's rollout plan: the pure waves, and `pin-audit drift` on a dated git repository with a
// package index on loopback (the newest allowed version comes from it).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterEach, describe, expect, it } from "vitest";
import type { DriftEntry } from "../../src/drift/drift-report.js";
import { planRollout } from "../../src/rollout/plan-rollout.js";
import { commit, git, HOUR } from "../support/dated-git.js";
import { type FakeIndex, startFakeIndex } from "../support/fake-index.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function entry(project: string, current: string, allowed: string): DriftEntry {
	return {
		project,
		package: "mcp",
		current,
		sources: [{ kind: "pinned", file: `${project}/requirements.txt`, line: 1 }],
		status: "behind",
		unchecked: null,
		note: null,
		currentOnIndex: true,
		currentUploaded: null,
		yankedReason: null,
		latest: allowed,
		latestUploaded: null,
		updateType: "patch",
		behind: { major: 0, minor: 0, patch: 1, other: 0, total: 1 },
		libyears: null,
		allowed,
		currentAllowed: true,
		notYet: null,
		pythonExcluded: null,
	};
}

const ROLLOUT = {
	canary: ["servers/scraper"],
	soak: 24 * HOUR,
	soakText: "24h",
	wave: 2,
};

describe("planRollout", () => {
	const now = new Date("2026-06-02T12:00:00Z");
	const fleet = (canary: string) => [
		entry("servers/scraper", canary, "1.23.3"),
		...["a", "b", "c"].map((p) => entry(`servers/${p}`, "1.23.1", "1.23.3")),
	];

	it("puts the canary first, ready, and the rest in waves of `wave` projects, waiting", () => {
		const [plan] = planRollout(fleet("1.23.1"), ROLLOUT, () => null, now);
		expect(plan?.target).toBe("1.23.3");
		expect(plan?.waves.map((w) => [w.wave, w.projects, w.state])).toEqual([
			[0, ["servers/scraper"], "ready"],
			[1, ["servers/a", "servers/b"], "waiting"],
			[2, ["servers/c"], "waiting"],
		]);
		expect(plan?.waves[0]?.command).toBe(
			"pin-audit fix --project servers/scraper --package mcp --to 1.23.3",
		);
		expect(plan?.waves[1]?.command).toBe(
			"pin-audit fix --project servers/a --project servers/b --package mcp --to 1.23.3",
		);
	});

	it("opens the next wave once the canary's soak is over, and only that one", () => {
		const adopted = new Date(now.getTime() - 30 * HOUR);
		const [plan] = planRollout(fleet("1.23.3"), ROLLOUT, () => adopted, now);
		expect(plan?.waves.map((w) => w.state)).toEqual([
			"soaked",
			"ready",
			"waiting",
		]);
		expect(plan?.waves[0]?.soakEndsAt).toBe(
			new Date(adopted.getTime() + 24 * HOUR).toISOString(),
		);
	});

	it("keeps the others waiting while the canary soaks, or when since when is unknown", () => {
		const adopted = new Date(now.getTime() - 5 * HOUR);
		for (const at of [adopted, null]) {
			const [plan] = planRollout(fleet("1.23.3"), ROLLOUT, () => at, now);
			expect(plan?.waves.map((w) => w.state)).toEqual([
				"soaking",
				"waiting",
				"waiting",
			]);
		}
	});

	it("has no plan without a canary, or when nothing lags", () => {
		expect(
			planRollout(fleet("1.23.1"), { ...ROLLOUT, canary: [] }, () => null, now),
		).toEqual([]);
		const upToDate = [entry("servers/scraper", "1.23.3", "1.23.3")];
		expect(planRollout(upToDate, ROLLOUT, () => null, now)).toEqual([]);
	});
});

async function driftOf(hoursAgo: number, format: "markdown" | "json") {
	const index: FakeIndex = await startFakeIndex([
		{
			name: "mcp",
			releases: [
				{ version: "1.23.1", uploadTime: "2025-01-10T00:00:00Z" },
				{ version: "1.23.3", uploadTime: "2025-03-10T00:00:00Z" },
			],
		},
	]);
	cleanups.push(() => index.close());
	const dir = mkdtempSync(join(tmpdir(), "pin-audit-plan-"));
	cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
	git(dir, ["init", "-q", "-b", "main"]);
	const pins = (v: string) => `mcp==${v}\n`;
	commit(
		dir,
		{
			"pin-audit.toml":
				'[rollout]\ncanary = "servers/scraper"\nsoak = "24h"\nwave = 1\n',
			"servers/scraper/requirements.txt": pins("1.23.1"),
			"servers/transform/requirements.txt": pins("1.23.1"),
			"servers/docparse/requirements.txt": pins("1.23.1"),
		},
		240,
	);
	commit(dir, { "servers/scraper/requirements.txt": pins("1.23.3") }, hoursAgo);
	const { code, stdout, stderr } = await runCliCaptured([
		"drift",
		dir,
		"--index-url",
		index.url,
		"--format",
		format,
	]);
	expect(stderr).toBe("");
	expect(code).toBe(0);
	return stdout;
}

describe("pin-audit drift with [rollout]", () => {
	it("shows the plan, canary first, with each wave's pin-audit fix command, 5 hours into the soak", async () => {
		const markdown = await driftOf(5, "markdown");
		const plan = markdown.slice(markdown.indexOf("<b>Rollout plan</b>"));
		const ends = new Date(Date.now() + 19 * HOUR).toISOString().slice(0, 13);
		expect(plan).toContain("**`mcp` to `1.23.3`**");
		const lines = plan.split("\n");
		const canary = lines.findIndex((l) =>
			l.startsWith("1. Canary (`servers/scraper`)"),
		);
		expect(canary).toBeGreaterThan(0);
		expect(lines[canary]).toContain(`the soak ends ${ends.replace("T", " ")}`);
		expect(lines[canary + 1]).toBe(
			"   `pin-audit fix --project servers/scraper --package mcp --to 1.23.3`",
		);
		expect(lines[canary + 2]).toMatch(
			/^2\. Wave 1 \(`servers\/docparse`\): waiting for the canary's soak/,
		);
		expect(lines[canary + 3]).toBe(
			"   `pin-audit fix --project servers/docparse --package mcp --to 1.23.3`",
		);
		expect(lines[canary + 4]).toMatch(
			/^3\. Wave 2 \(`servers\/transform`\): waiting for wave 1/,
		);
	});

	it("opens wave 1 after the soak, in JSON that satisfies the drift schema", async () => {
		const json = JSON.parse(await driftOf(30, "json"));
		const validate = new Ajv2020.default({
			allErrors: true,
			strict: true,
		}).compile(JSON.parse(readFileSync("schema/drift.schema.json", "utf8")));
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
		const [plan] = json.repositories[0].rollout;
		expect(
			plan.waves.map((w: { projects: string[]; state: string }) => [
				w.projects,
				w.state,
			]),
		).toEqual([
			[["servers/scraper"], "soaked"],
			[["servers/docparse"], "ready"],
			[["servers/transform"], "waiting"],
		]);
	});
});
