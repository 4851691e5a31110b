// Every drift entry, the fleet view and the totals, compared with a reference computed by packaging
// (test/data/drift/make-drift-vectors.py, committed with its output). Each case is written to disk as real
// projects (pyproject.toml, uv.lock, pin-audit.toml) and its index is served on loopback in PyPI's JSON API and
// in the PEP 691 Simple API: both formats must give the same numbers.
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DriftReport } from "../../src/drift/drift-report.js";
import { driftRepository } from "../../src/drift/drift-repository.js";
import { renderDriftMarkdown } from "../../src/report/render-drift.js";
import { renderDriftText } from "../../src/report/render-drift-text.js";
import { type FakeRelease, startFakeIndex } from "../support/fake-index.js";

interface VectorProject {
	path: string;
	requiresPython?: string;
	pins?: [string, string][];
	locked?: [string, string][];
}

interface VectorCase {
	name: string;
	now: string;
	policy: {
		cooldownHours: number;
		packages: Record<string, { allowed?: string; banned?: string[] }>;
	};
	projects: VectorProject[];
	index: Record<string, FakeRelease[]>;
	expected: {
		entries: Record<string, unknown>[];
		fleet: {
			package: string;
			latest: string | null;
			versions: { version: string; projects: string[] }[];
		}[];
		summary: Record<string, number>;
	};
}

const vectors = JSON.parse(
	readFileSync("test/data/drift/drift-vectors.json", "utf8"),
) as { cases: VectorCase[] };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const toml = (text: string) => JSON.stringify(text);

/** The case as a repository on disk: one pyproject.toml (and uv.lock) per project, and the policy. */
function writeCaseRepository(c: VectorCase): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-drift-ref-"));
	cleanups.push(() => rmSync(root, { recursive: true, force: true }));
	const policy = [`[cooldown]`, `default = "${c.policy.cooldownHours}h"`];
	for (const [name, rules] of Object.entries(c.policy.packages)) {
		policy.push(`[packages.${name}]`);
		if (rules.allowed) policy.push(`allowed = ${toml(rules.allowed)}`);
		if (rules.banned)
			policy.push(`banned = [${rules.banned.map(toml).join(", ")}]`);
	}
	writeFileSync(join(root, "pin-audit.toml"), `${policy.join("\n")}\n`);
	for (const [i, p] of c.projects.entries()) {
		const dir = join(root, p.path);
		mkdirSync(dir, { recursive: true });
		const deps = (p.pins ?? []).map(([n, v]) => toml(`${n}==${v}`));
		writeFileSync(
			join(dir, "pyproject.toml"),
			[
				"[project]",
				`name = "case-project-${i}"`,
				'version = "0"',
				...(p.requiresPython
					? [`requires-python = ${toml(p.requiresPython)}`]
					: []),
				`dependencies = [${deps.join(", ")}]`,
				"",
			].join("\n"),
		);
		if (p.locked && p.locked.length > 0)
			writeFileSync(
				join(dir, "uv.lock"),
				[
					"version = 1",
					"revision = 3",
					`requires-python = ${toml(p.requiresPython ?? ">=3.9")}`,
					...p.locked.flatMap(([n, v]) => [
						"",
						"[[package]]",
						`name = ${toml(n)}`,
						`version = ${toml(v)}`,
						'source = { registry = "https://pypi.org/simple" }',
					]),
					"",
				].join("\n"),
			);
	}
	return root;
}

async function runCase(
	c: VectorCase,
	format: "json" | "simple",
): Promise<DriftReport> {
	const index = await startFakeIndex(
		Object.entries(c.index).map(([name, releases]) => ({ name, releases })),
	);
	cleanups.push(() => index.close());
	const root = writeCaseRepository(c);
	const { drift } = await driftRepository({
		root,
		offline: false,
		indexUrl: format === "json" ? index.url : index.simpleUrl,
		now: new Date(c.now),
	});
	return drift;
}

const FIELDS = [
	"project",
	"package",
	"current",
	"status",
	"unchecked",
	"currentOnIndex",
	"currentUploaded",
	"yankedReason",
	"latest",
	"latestUploaded",
	"updateType",
	"behind",
	"libyears",
	"allowed",
	"currentAllowed",
	"notYet",
	"pythonExcluded",
] as const;

describe.each(["json", "simple"] as const)(
	"drift against a packaging reference, index in the %s format",
	(format) => {
		it.each(vectors.cases.map((c) => [c.name, c] as const))(
			"%s",
			async (_name, c) => {
				const drift = await runCase(c, format);
				const entries = drift.repositories.flatMap((r) => r.entries);
				expect(
					entries.map((e) => Object.fromEntries(FIELDS.map((k) => [k, e[k]]))),
				).toEqual(c.expected.entries);
				expect(
					drift.fleet.map((p) => ({
						package: p.package,
						latest: p.latest,
						versions: p.versions.map((v) => ({
							version: v.version,
							projects: v.locations.map((l) => l.project),
						})),
					})),
				).toEqual(c.expected.fleet);
				expect(drift.summary).toMatchObject(c.expected.summary);
				for (const e of entries)
					expect(
						e.behind.major + e.behind.minor + e.behind.patch + e.behind.other,
					).toBe(e.behind.total);
			},
		);
	},
);

describe("what the reference cases look like to a maintainer", () => {
	const byName = (part: string) => {
		const c = vectors.cases.find((x) => x.name.includes(part));
		if (!c) throw new Error(`no case ${part}`);
		return c;
	};

	it("says, in markdown and text, why a newer release is no target, which versions are not on the index, and what libyears leave out", async () => {
		const python = await runCase(byName("Requires-Python"), "json");
		const markdown = renderDriftMarkdown(python);
		expect(markdown).toContain(
			"`1.5`; not `2.1`: it requires Python `>=3.11`, the project supports `>=3.9`",
		);
		expect(renderDriftText(python)).toContain(
			"policy allows: 1.5; not 2.1: it requires Python >=3.11, the project supports >=3.9",
		);

		const misc = await runCase(byName("missing upload times"), "simple");
		const md = renderDriftMarkdown(misc);
		const text = renderDriftText(misc);
		expect(md).toContain("- `missing` `1.0.5` (not on the index) → `1.1.0`");
		expect(text).toContain(
			"  missing 1.0.5 (not on the index) -> latest 1.1.0",
		);
		expect(md).toContain("Not on the index (1 package): `gone`.");
		expect(text).toContain("not on the index: gone");
		expect(md).toContain(
			"2.7 libyears in all, not counting 2 versions the index gave no upload time for.",
		);
		expect(text).toContain(
			"2.7 libyears in all, not counting 2 versions the index gave no upload time for",
		);
	});

	it("counts pre/post/dev steps apart in markdown and text", async () => {
		const steps = await runCase(byName("pre-, post-"), "json");
		const markdown = renderDriftMarkdown(steps);
		expect(markdown).toContain(
			"| Project | Behind | Yanked | By step | Libyears |",
		);
		expect(markdown).toContain(
			"| `.` | 4 | 0 | 1 major · 1 minor · 1 patch · 6 pre/post/dev | 1.3 |",
		);
		expect(markdown).toContain(
			"- `post` `3.1` (2024-01-01) → `3.1.post2` (2024-03-01) · 2 pre/post/dev behind",
		);
		expect(renderDriftText(steps)).toContain(
			"  mix 1.2.0 (released 3.4 years ago) -> latest 1!0.1 (released 2.4 years ago), behind 1 major, 1 minor, 1 patch, 1 pre/post/dev, 1.0 libyears",
		);
	});

	it("shows PEP 440-equal versions once in the fleet view", async () => {
		const equal = await runCase(byName("PEP 440-equal"), "simple");
		expect(renderDriftMarkdown(equal)).not.toContain(
			"on more than one version",
		);
	});
});
