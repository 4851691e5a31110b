// The documents a person reads, built from real audits of small fixture trees: the sticky comment, the job
// summary, the CLI's markdown and the drift issue. `npm run preview` renders them to HTML and screenshots;
// test/report/rendered-structure.test.ts asserts their structure in the rendered HTML.
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { auditRepository } from "../../src/audit.js";
import {
	buildDriftReport,
	computeRepositoryDrift,
} from "../../src/drift/compute-drift.js";
import {
	advanceState,
	issueState,
	snapshotDrift,
} from "../../src/drift/drift-state.js";
import type { Report } from "../../src/model/report.js";
import { compareReports } from "../../src/report/compare-reports.js";
import { readFixesFromTree } from "../../src/report/read-fixes-from-tree.js";
import { renderComment } from "../../src/report/render-comment.js";
import { renderDriftIssue } from "../../src/report/render-drift.js";
import type { LocationLinks } from "../../src/report/render-finding.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { diffUpgrades } from "../../src/report/upgrade-diff.js";

export interface PreviewDocument {
	/** File-name-safe: `<scenario>-<kind>`. */
	name: string;
	kind: "comment" | "summary" | "markdown" | "drift-issue";
	markdown: string;
}

const HEAD_SHA = "3f6c1d2e9a8b7c6d5e4f30211203948576afbecd";
const LINKS: LocationLinks = {
	blobBase: `https://github.com/octo-org/mcp-fleet/blob/${HEAD_SHA}`,
	pathPrefix: ".",
};
const RUN_URL = "https://github.com/octo-org/mcp-fleet/actions/runs/9876543210";
/** From the repository root (the preview runs bundled elsewhere; tests run from the root too). */
const FIXTURES = resolve("test/fixtures/github/mcp-pr");

type Tree = Record<string, string>;

function readTree(dir: string): Tree {
	const files: Tree = {};
	const walk = (d: string): void => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(dir, path)] = readFileSync(path, "utf8");
		}
	};
	walk(dir);
	return files;
}

function writeTree(files: Tree): string {
	const dir = mkdtempSync(join(tmpdir(), "pin-audit-preview-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

async function audit(files: Tree): Promise<{ report: Report; dir: string }> {
	const dir = writeTree(files);
	return {
		report: await auditRepository({
			root: dir,
			offline: true,
			today: new Date("2026-06-01"),
		}),
		dir,
	};
}

/** A pull request's documents: comment and job summary from a base and a head tree. */
async function pullRequestDocuments(
	name: string,
	base: Tree,
	head: Tree,
): Promise<PreviewDocument[]> {
	const before = await audit(base);
	const after = await audit(head);
	const comparison = compareReports(
		before.report.findings,
		after.report.findings,
	);
	const options = {
		statuses: comparison.statuses,
		fixedCount: comparison.fixed.length,
		upgrades: diffUpgrades(before.report.projects, after.report.projects),
		gate: {
			blocking: after.report.findings.filter(
				(f, i) => f.severity === "error" && comparison.statuses[i] === "new",
			).length,
			failOn: "error" as const,
			block: "new" as const,
		},
		fixes: await readFixesFromTree(after.report, after.dir),
		links: LINKS,
	};
	return [
		{
			name: `${name}-comment`,
			kind: "comment",
			markdown: renderComment(after.report, {
				key: "default",
				runUrl: RUN_URL,
				...options,
			}),
		},
		{
			name: `${name}-summary`,
			kind: "summary",
			markdown: renderMarkdown(after.report, {
				...options,
				fullReportUrl: RUN_URL,
			}),
		},
	];
}

/** 72 servers, most with problems already on main; the pull request adds one unpinned `flask`. */
function fleet(withFlask: boolean): Tree {
	const files: Tree = { "pin-audit.toml": 'extends = ["mcp"]\n' };
	for (let i = 1; i <= 72; i++) {
		const server = `servers/mcp-server-${String(i).padStart(2, "0")}`;
		const lines = [
			"# runtime pins",
			i % 3 === 0 ? "mcp==1.23.3" : "mcp>=1.2",
			i % 4 === 0 ? "httpx==0.28.1" : "httpx",
			"anyio>=4.4,<5",
			i % 5 === 0 ? "uvicorn==0.34.0" : "uvicorn",
			i % 2 === 0 ? "pydantic==2.11.3" : "pydantic>=2",
		];
		if (withFlask && i === 17) lines.push("flask  # admin endpoints");
		files[`${server}/requirements-mcp.txt`] = `${lines.join("\n")}\n`;
	}
	return files;
}

/** The weather server moves up the MCP stack: every kind of dependency-change link (release, changelog, compare). */
function upgradeTrees(base: Tree): [Tree, Tree] {
	const file = "servers/weather/requirements.txt";
	const pins = (anyio: string, httpx: string, uvicorn: string): Tree => ({
		...base,
		[file]: `${(base[file] ?? "").replace("anyio==4.6.2.post1", `anyio==${anyio}`)}httpx==${httpx}\nuvicorn==${uvicorn}\n`,
	});
	return [
		pins("4.6.2.post1", "0.27.2", "0.34.0"),
		pins("4.8.0", "0.28.1", "0.35.0"),
	];
}

/** Names, paths and messages an attacker controls. */
function hostileTree(): Tree {
	const dir = "servers/x<img src=x onerror=alert(1)>";
	return {
		"pin-audit.toml": 'extends = ["mcp"]\n',
		[`${dir}/requirements.txt`]:
			"mcp==1.23.3\nhttpx==0.26.0  # <script>alert(1)</script> @admin #1 [x](https://evil.example) ```\n",
	};
}

function driftDocuments(): PreviewDocument[] {
	const now = new Date("2026-06-01T00:00:00Z");
	const release = (version: string, uploadTime: string) => ({
		version,
		uploadTime,
		yanked: false,
		yankedReason: null,
		requiresPython: null,
	});
	const drift = buildDriftReport(
		[
			computeRepositoryDrift({
				name: "octo-org/mcp-fleet",
				policy: "pin-audit.toml (extends mcp)",
				projects: Array.from({ length: 8 }, (_, i) => ({
					path: `servers/mcp-server-with-a-long-name-${i}`,
					files: [],
					requirements: ["mcp", "httpx", "anyio", "pydantic-settings"].map(
						(name, line) => ({
							name,
							specifier: `==${line === 0 ? "1.9.4" : "0.27.0"}`,
							url: null,
							group: "requirements" as const,
							file: `servers/mcp-server-with-a-long-name-${i}/requirements-mcp.txt`,
							line: line + 1,
						}),
					),
					locked: [],
				})),
				rules: null,
				releases: () => ({
					index: "https://pypi.org",
					lookup: {
						ok: true,
						value: [
							release("0.27.0", "2025-01-01T00:00:00Z"),
							release("1.9.4", "2025-03-01T00:00:00Z"),
							release("1.23.3", "2026-01-01T00:00:00Z"),
						],
					},
				}),
				now,
			}),
		],
		now,
	);
	const state = advanceState(null, snapshotDrift(drift), now);
	return [
		{
			name: "fleet-drift-issue",
			kind: "drift-issue",
			markdown: renderDriftIssue(drift, issueState(state)),
		},
	];
}

/** Every preview document: the fixture PR, a 72-server fleet PR, hostile input, the CLI markdown, drift. */
export async function buildPreviewDocuments(): Promise<PreviewDocument[]> {
	const base = readTree(join(FIXTURES, "base"));
	const head = { ...base, ...readTree(join(FIXTURES, "head-new-finding")) };
	const cli = await audit(fleet(true));
	return [
		...(await pullRequestDocuments("mcp-pr", base, head)),
		...(await pullRequestDocuments("upgrade", ...upgradeTrees(base))),
		...(await pullRequestDocuments("fleet-72", fleet(false), fleet(true))),
		...(await pullRequestDocuments(
			"hostile",
			{ "pin-audit.toml": 'extends = ["mcp"]\n' },
			hostileTree(),
		)),
		{
			name: "fleet-72-markdown",
			kind: "markdown",
			markdown: renderMarkdown(cli.report, {
				fixes: await readFixesFromTree(cli.report, cli.dir),
			}),
		},
		...driftDocuments(),
	];
}
