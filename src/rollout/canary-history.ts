// When the canary started running a version: read from the base branch's first-parent history with git. The
// commits that touched the canary's dependency files are walked newest first; each is materialized and audited
// (offline: only the versions matter) until the canary's version of the package is no longer the one asked
// about. A shallow clone is deepened with `git fetch --shallow-since` as far as the soak needs.

import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtemp, rm } from "../async-fs.js";
import { auditRepository } from "../audit.js";
import { materializeFromGit, type RunGit, runGit } from "../github/git-tree.js";
import type { Project } from "../model/types.js";
import type { GitCheckout } from "./git-checkout.js";
import { runsVersion } from "./rollout-moves.js";

export type Adoption =
	/** The canary runs the version since `date` (`before`: at least since then; history ends there). */
	| { kind: "since"; date: Date; commit: string; before: boolean }
	/** The canary does not run the version at the base commit. */
	| { kind: "not-running" }
	/** No history to tell from (not a git checkout, a shallow clone that could not be deepened). */
	| { kind: "unknown"; reason: string };

export interface HistoryOptions {
	checkout: GitCheckout;
	/** The base commit whose first-parent history is read. */
	commit: string;
	/** Soaks that started before this are over: history older than it need not be read. */
	horizon: Date;
	git?: RunGit;
}

/** At most this many commits touching a canary's files are read per question. */
const MAX_COMMITS = 200;
/** `--shallow-since` once, then `--deepen` at most twice. */
const DEEPEN_ROUNDS = 3;

interface Commit {
	sha: string;
	date: Date;
}

/** Reads the canary's versions at a commit, once per commit. */
export class CanaryHistory {
	private readonly projectsAt = new Map<string, Promise<Project[] | null>>();
	private deepenings = 0;

	constructor(private readonly options: HistoryOptions) {}

	/** Since when `canary` (a project of the base commit) runs `version` of `name`, on first-parent history. */
	async adoption(
		canary: Project,
		paths: readonly string[],
		name: string,
		version: string,
	): Promise<Adoption> {
		const commits = await this.listCommits(paths);
		if (commits === null)
			return { kind: "unknown", reason: "git history could not be read" };
		let oldest: Commit | null = null;
		for (const commit of commits) {
			const projects = await this.projects(commit.sha);
			if (projects === null)
				return {
					kind: "unknown",
					reason: `commit ${commit.sha.slice(0, 7)} could not be read`,
				};
			const project = projects.find((p) => p.path === canary.path);
			if (project === undefined || !runsVersion(project, name, version)) break;
			oldest = commit;
			if (commit.date <= this.options.horizon) break;
		}
		if (oldest === null) return { kind: "not-running" };
		const last = oldest === commits.at(-1);
		// The walk reached the end of the history read: either the file started with the version (a root
		// commit), or a shallow clone cut it.
		const cut =
			last && (await this.isShallow()) && oldest.date > this.options.horizon;
		if (cut) {
			if (await this.deepen())
				return this.adoption(canary, paths, name, version);
			return {
				kind: "unknown",
				reason: `the clone's history ends at ${oldest.sha.slice(0, 7)} and could not be deepened`,
			};
		}
		return {
			kind: "since",
			date: oldest.date,
			commit: oldest.sha,
			before: last && oldest.date <= this.options.horizon,
		};
	}

	private git(args: readonly string[]): Promise<string> {
		const git = this.options.git ?? runGit;
		return git(args, this.options.checkout.repoDir).then((b) =>
			b.toString("utf8"),
		);
	}

	/** First-parent commits of the base that changed any of `paths`, newest first; null when git fails. */
	private async listCommits(
		paths: readonly string[],
	): Promise<Commit[] | null> {
		const prefix = this.options.checkout.prefix;
		const full = paths.map((p) => (prefix === "." ? p : `${prefix}/${p}`));
		try {
			const out = await this.git([
				"log",
				"--first-parent",
				`--max-count=${MAX_COMMITS}`,
				"--format=%H %cI",
				this.options.commit,
				"--",
				...full,
			]);
			return out
				.split("\n")
				.filter((line) => line.trim() !== "")
				.map((line) => {
					const [sha, date] = line.split(" ");
					return { sha: sha as string, date: new Date(date as string) };
				});
		} catch {
			return null;
		}
	}

	private projects(commit: string): Promise<Project[] | null> {
		let cached = this.projectsAt.get(commit);
		if (cached === undefined) {
			cached = this.readProjects(commit).catch(() => null);
			this.projectsAt.set(commit, cached);
		}
		return cached;
	}

	private async readProjects(commit: string): Promise<Project[]> {
		const dest = await mkdtemp(join(tmpdir(), "pin-audit-history-"));
		try {
			await materializeFromGit(
				this.options.checkout.repoDir,
				commit,
				this.options.checkout.prefix,
				dest,
				this.options.git,
			);
			const report = await auditRepository({
				root: dest,
				offline: true,
				parseWorkers: false,
			});
			return report.projects;
		} finally {
			await rm(dest, { recursive: true, force: true });
		}
	}

	private async isShallow(): Promise<boolean> {
		try {
			return (
				(await this.git(["rev-parse", "--is-shallow-repository"])).trim() ===
				"true"
			);
		} catch {
			return false;
		}
	}

	/**
	 * Fetches more of the base's history: first back to a day before the horizon (`--shallow-since`), then, when
	 * the cut still falls on the commit that adopted the version, its parents (`--deepen`). False when the fetch
	 * fails or the rounds are spent.
	 */
	private async deepen(): Promise<boolean> {
		if (this.deepenings >= DEEPEN_ROUNDS) return false;
		const since = new Date(this.options.horizon.getTime() - 86_400_000);
		const how =
			this.deepenings === 0
				? `--shallow-since=${since.toISOString().slice(0, 19)}Z`
				: "--deepen=50";
		this.deepenings++;
		try {
			await this.git([
				"fetch",
				"--no-tags",
				"--no-recurse-submodules",
				how,
				"origin",
				this.options.commit,
			]);
			return true;
		} catch {
			return false;
		}
	}
}
