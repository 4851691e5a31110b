// `policy-from`: the policy that judges a pull request is the base's, read from git at the base commit, so a
// pull request cannot loosen the rules it is judged by (pins.default = "any") nor point the configured index,
// which receives the index token, at a host of its choosing. A pull request that changes the policy gets a
// notice naming the change; its policy applies once it is merged (and is then the base's).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import { ConfigurationError } from "../errors.js";
import { loadPolicy } from "../policy/load-policy.js";
import { stripControls } from "../report/escape.js";
import { resolveCommit, runGit } from "./git-tree.js";

export type PolicyFrom = "base" | "head";

/** The input's value, else base on pull-request events (whose checkout is the head), head otherwise. */
export function resolvePolicyFrom(
	input: PolicyFrom | undefined,
	eventName: string,
): PolicyFrom {
	return (
		input ??
		(eventName === "pull_request" || eventName === "pull_request_target"
			? "base"
			: "head")
	);
}

const POLICY_FILES = ["pin-audit.toml", "pyproject.toml"];

/** basePolicyPath's options from the run's context and inputs (keeps the call site one line). */
export function policyOptions(
	ctx: { workspace: string; eventName: string; baseSha: string | null },
	inputs: {
		path: string;
		policy: string | undefined;
		policyFrom: PolicyFrom | undefined;
	},
	workspaceRoot: string,
	workDir: string,
): Parameters<typeof basePolicyPath>[0] {
	return {
		policyFrom: resolvePolicyFrom(inputs.policyFrom, ctx.eventName),
		workspace: ctx.workspace,
		path: inputs.path,
		policyInput: inputs.policy,
		baseSha: ctx.baseSha,
		workspaceRoot,
		workDir,
	};
}

/**
 * The policy path every audit of this run uses: undefined keeps the checkout's own (head, or the base when the
 * checkout is the base); otherwise a copy of the base commit's policy files in `workDir`. Throws when the base
 * cannot be read: judging by the head's policy instead would be the loophole this closes.
 */
export async function basePolicyPath(options: {
	policyFrom: PolicyFrom;
	workspace: string;
	/** The audited directory, relative to the workspace. */
	path: string;
	/** The `policy` input, relative to `path`. */
	policyInput: string | undefined;
	baseSha: string | null;
	workspaceRoot: string;
	workDir: string;
}): Promise<string | undefined> {
	const { baseSha } = options;
	if (options.policyFrom === "head" || baseSha === null)
		return options.policyInput;
	const commit = await resolveBase(options.workspace, baseSha);
	const head = await runGit(["rev-parse", "HEAD"], options.workspace).catch(
		() => Buffer.from(""),
	);
	if (head.toString("utf8").trim() === commit) return options.policyInput;
	const dir = join(options.workDir, "base-policy");
	await mkdir(dir, { recursive: true });
	const names = options.policyInput ? [options.policyInput] : POLICY_FILES;
	await copyBasePolicyFiles(options, commit, names, dir);
	await noticeChanges(names, options.workspaceRoot, dir);
	if (options.policyInput) return join(dir, options.policyInput);
	// The base's own choice among pin-audit.toml and [tool.pin-audit], else its defaults (an empty policy file).
	const loaded = await loadPolicy(dir);
	if (loaded.source.file !== null) return join(dir, loaded.source.file);
	await writeFile(join(dir, "pin-audit.toml"), "");
	return join(dir, "pin-audit.toml");
}

/** How to get past a base that cannot be read, said with every such failure. */
const BASE_HELP =
	"the pull request is judged by the base commit's policy (policy-from: base), so pin-audit fails rather than judge it by a policy the pull request may have written. Give the job `contents: read` and a checkout that can fetch the base (actions/checkout with fetch-depth: 0), or set policy-from: head to judge it by the checked-out policy";

/** The base commit, fetched if need be; a failure is the user's to fix (history, permissions), said plainly. */
async function resolveBase(
	workspace: string,
	baseSha: string,
): Promise<string> {
	try {
		return (await resolveCommit(workspace, baseSha)).commit;
	} catch (error) {
		throw new ConfigurationError(
			`pin-audit cannot read the base commit ${baseSha}: ${stripControls((error as Error).message)}. ${BASE_HELP}.`,
		);
	}
}

/**
 * Copies each of `names` that the base commit holds into `dir`. Whether it holds one is asked of its tree
 * (`git ls-tree`), so that a git failure reading a file that is there stops the run instead of passing for
 * "the base has no policy" (the defaults, maybe looser than the base's policy).
 */
async function copyBasePolicyFiles(
	options: { workspace: string; path: string },
	commit: string,
	names: readonly string[],
	dir: string,
): Promise<void> {
	const fullOf = (name: string) =>
		options.path === "." ? name : `${options.path}/${name}`;
	try {
		const listed = await runGit(
			[
				"ls-tree",
				"-z",
				"--full-tree",
				"--name-only",
				commit,
				"--",
				...names.map(fullOf),
			],
			options.workspace,
		);
		const present = new Set(listed.toString("utf8").split("\0"));
		for (const name of names) {
			if (!present.has(fullOf(name))) continue;
			const bytes = await runGit(
				["cat-file", "blob", `${commit}:${fullOf(name)}`],
				options.workspace,
			);
			await mkdir(join(dir, name, ".."), { recursive: true });
			await writeFile(join(dir, name), bytes);
		}
	} catch (error) {
		throw new ConfigurationError(
			`pin-audit cannot read the policy of the base commit ${commit}: ${stripControls((error as Error).message)}. ${BASE_HELP}.`,
		);
	}
}

/** A notice for each policy file the pull request changes: judged by the base's, applied after merge. */
async function noticeChanges(
	names: readonly string[],
	headRoot: string,
	baseDir: string,
): Promise<void> {
	for (const name of names) {
		const [base, head] = await Promise.all([
			readFile(join(baseDir, name), "utf8").catch(() => null),
			readFile(join(headRoot, name), "utf8").catch(() => null),
		]);
		if (base === head) continue;
		if (
			name === "pyproject.toml" &&
			!mentionsPolicy(base) &&
			!mentionsPolicy(head)
		)
			continue;
		core.notice(
			stripControls(
				`This pull request changes the pin-audit policy in ${name}; it is judged by the base branch's policy, and the new one applies after merge.\n${describeChange(base, head)}`,
			),
			{ title: "pin-audit: policy changed" },
		);
	}
}

const mentionsPolicy = (text: string | null) =>
	text?.includes("tool.pin-audit") === true;

/** The lines only one side has, at most 20 of them, as `-`/`+` lines. */
export function describeChange(
	base: string | null,
	head: string | null,
): string {
	const before = base === null ? [] : base.split("\n");
	const after = head === null ? [] : head.split("\n");
	const beforeSet = new Set(before);
	const afterSet = new Set(after);
	const removed = before.filter((l) => !afterSet.has(l)).map((l) => `- ${l}`);
	const added = after.filter((l) => !beforeSet.has(l)).map((l) => `+ ${l}`);
	const lines = [...removed, ...added];
	const shown = lines.slice(0, 20).map((l) => l.slice(0, 200));
	if (lines.length > shown.length)
		shown.push(`(${lines.length - shown.length} more lines)`);
	if (base === null) shown.unshift("(the base has no such file)");
	if (head === null) shown.unshift("(the pull request removes it)");
	return shown.join("\n");
}
