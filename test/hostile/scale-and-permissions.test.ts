// 10,000 projects finish in reasonable time and the comment still fits GitHub's limit; an unreadable directory
// is a warning naming it, the rest is audited (run as an unprivileged user: root reads everything).
import { execFile } from "node:child_process";
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import {
	COMMENT_LIMIT,
	renderComment,
} from "../../src/report/render-comment.js";
import { renderJson } from "../../src/report/render-json.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";
import { createHostileTree, type HostileTree } from "./hostile-tree.js";

const PROJECTS = 10_000;
const cleanups: (() => void)[] = [];
afterAll(() => {
	for (const cleanup of cleanups) cleanup();
});

describe("one file of 150,000 lines", () => {
	// Past ~100k arguments, `list.push(...items)` overflows V8's stack: the unpinned rule and the text report
	// crashed on 100k lines, and a pyproject's dependencies on as many. Every list a repository sizes is appended
	// item by item.
	it("is audited and rendered in every format without an internal error", async () => {
		const root = mkdtempSync(join(tmpdir(), "pin-audit-long-file-"));
		cleanups.push(() => rmSync(root, { recursive: true, force: true }));
		const LINES = 150_000;
		const names = Array.from({ length: LINES }, (_, i) => `p${i}`);
		mkdirSync(join(root, "a"));
		writeFileSync(join(root, "a", "requirements.txt"), `${names.join("\n")}\n`);
		mkdirSync(join(root, "b"));
		writeFileSync(
			join(root, "b", "pyproject.toml"),
			`[project]\nname = "b"\nversion = "1"\ndependencies = [\n${names.map((n) => `"${n}>=1",`).join("\n")}\n]\n`,
		);
		const report = await auditRepository({
			root,
			today: new Date("2026-01-15"),
		});
		expect(report.summary.requirements).toBe(2 * LINES);
		const failed = report.findings.filter((f) =>
			f.message.includes("pin-audit failed"),
		);
		expect(failed).toEqual([]);
		expect(
			report.findings.filter((f) => f.rule === "unpinned").length,
		).toBeGreaterThan(0);
		expect(renderJson(report).length).toBeGreaterThan(LINES);
		expect(
			renderText(report, {
				color: false,
				width: 100,
				inventory: true,
				verbose: true,
			}).length,
		).toBeGreaterThan(0);
		expect(renderMarkdown(report).length).toBeGreaterThan(0);
		expect(
			renderComment(report, { key: "default" }).length,
		).toBeLessThanOrEqual(COMMENT_LIMIT);
	}, 120_000);
});

describe("10,000 projects", () => {
	it("are all audited within 60 s, with one finding per unpinned project, and the comment fits", async () => {
		const root = mkdtempSync(join(tmpdir(), "pin-audit-fleet-"));
		cleanups.push(() => rmSync(root, { recursive: true, force: true }));
		for (let i = 0; i < PROJECTS; i++) {
			const dir = join(root, "servers", `server-${String(i).padStart(5, "0")}`);
			mkdirSync(dir, { recursive: true });
			// Every tenth project leaves httpx unpinned.
			writeFileSync(
				join(dir, "requirements.txt"),
				`mcp==1.2.0\nhttpx${i % 10 === 0 ? "" : "==0.27.0"}\n`,
			);
		}
		const started = performance.now();
		const report = await auditRepository({
			root,
			offline: true,
			env: {},
			today: new Date("2025-06-01T00:00:00Z"),
		});
		const seconds = (performance.now() - started) / 1000;
		expect(seconds).toBeLessThan(60);
		expect(report.summary.projects).toBe(PROJECTS);
		expect(report.summary.requirements).toBe(2 * PROJECTS);
		expect(
			report.findings.filter(
				(f) => f.rule === "unpinned" && f.package === "httpx",
			),
		).toHaveLength(PROJECTS / 10);
		const comment = renderComment(report, { key: "default" });
		expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
		expect(renderJson(report).length).toBeGreaterThan(PROJECTS * 100);
	}, 120_000);
});

describe("an unreadable directory", () => {
	const isRoot = process.getuid?.() === 0;

	it.runIf(isRoot)(
		"is a warning naming it when the CLI runs as nobody; every other file is audited",
		async () => {
			// A fresh bundle in a directory the unprivileged user can read.
			const bundleDir = mkdtempSync(join(tmpdir(), "pin-audit-bundle-"));
			cleanups.push(() => rmSync(bundleDir, { recursive: true, force: true }));
			chmodSync(bundleDir, 0o755);
			const buildScript = new URL("../../scripts/build.mjs", import.meta.url);
			const { buildDist } = (await import(buildScript.href)) as {
				buildDist: (outdir: string) => Promise<void>;
			};
			await buildDist(bundleDir);
			chmodSync(join(bundleDir, "cli.js"), 0o755);

			const tree: HostileTree = createHostileTree();
			cleanups.push(() => tree.remove());
			let code = 0;
			let stdout = "";
			let stderr = "";
			try {
				({ stdout, stderr } = await promisify(execFile)(
					process.execPath,
					[
						join(bundleDir, "cli.js"),
						tree.root,
						"--format",
						"json",
						"--offline",
					],
					{ uid: 65534, gid: 65534, maxBuffer: 64 * 1024 * 1024, cwd: "/" },
				));
			} catch (error) {
				({ code, stdout, stderr } = error as {
					code: number;
					stdout: string;
					stderr: string;
				});
			}
			expect(stderr).toBe("");
			expect(code).toBe(1);
			const report = JSON.parse(stdout);
			expect(
				report.findings
					.filter((f: { file: string }) => f.file === "unreadable/inner")
					.map(
						(f: { severity: string; line: number | null; message: string }) => [
							f.severity,
							f.line,
							f.message,
						],
					),
			).toEqual([
				["warning", null, "directory not audited: permission denied"],
			]);
			expect(report.projects.map((p: { path: string }) => p.path)).toContain(
				"clean",
			);
		},
		120_000,
	);
});
