// Where an audit started in some directory really runs, the way ruff, uv and eslint find their
// configuration: the policy is looked for from the audited directory up to the repository root (the git
// top-level, or the filesystem root outside git). Paths in the report are relative to the directory of the
// policy found (so its `project` and `file` globs mean what they say wherever the command runs), the
// audited directory only limits which projects are reported, and requirements-file includes may reach
// anywhere inside the repository (the git top-level; outside git, the policy's directory, else the audited
// one: a hostile include must not read /etc or a FIFO just because no .git was found).

import { dirname, join, parse, relative, resolve, sep } from "node:path";
import { readFile, stat } from "../async-fs.js";
import { parseToml } from "../parse/toml.js";

export interface AuditLocation {
	/** The directory paths are relative to, as the user would type it from here. */
	root: string;
	/** The audited directory relative to `root` (POSIX), "." when they are the same. */
	scope: string;
	/** Absolute directory requirements-file includes may not leave: the git top-level, else `root`. */
	boundary: string;
	/** True when the policy was found above the audited directory. */
	policyAbove: boolean;
}

const POLICY_FILE = "pin-audit.toml";

export async function locateAudit(
	audited: string,
	explicitPolicy: boolean,
): Promise<AuditLocation> {
	const auditedAbs = resolve(audited);
	const repository = await findRepositoryRoot(auditedAbs);
	const policyDir = explicitPolicy
		? null
		: await findPolicyDirectory(
				auditedAbs,
				repository ?? parse(auditedAbs).root,
			);
	// Outside git the policy's directory is the repository: includes never reach past what was asked for.
	if (policyDir === null || policyDir === auditedAbs)
		return {
			root: audited,
			scope: ".",
			boundary: repository ?? auditedAbs,
			policyAbove: false,
		};
	return {
		root: relative(process.cwd(), policyDir) || ".",
		scope: relative(policyDir, auditedAbs).split(sep).join("/"),
		boundary: repository ?? policyDir,
		policyAbove: true,
	};
}

/** The nearest directory at or above `dir` holding `.git` (a directory, or a file for worktrees). */
async function findRepositoryRoot(dir: string): Promise<string | null> {
	for (let current = dir; ; current = dirname(current)) {
		if (await exists(join(current, ".git"))) return current;
		if (dirname(current) === current) return null;
	}
}

/** The nearest directory from `dir` up to `stop` with a pin-audit.toml or a `[tool.pin-audit]` table. */
async function findPolicyDirectory(
	dir: string,
	stop: string,
): Promise<string | null> {
	for (let current = dir; ; current = dirname(current)) {
		if (await exists(join(current, POLICY_FILE))) return current;
		if (await hasPyprojectPolicy(join(current, "pyproject.toml")))
			return current;
		if (current === stop || dirname(current) === current) return null;
	}
}

async function hasPyprojectPolicy(path: string): Promise<boolean> {
	const text = await readFile(path, "utf8").catch(() => null);
	if (text === null) return false;
	const parsed = parseToml(text, path);
	// A broken file that evidently holds the policy is the policy: loading it then says what is wrong.
	if (parsed.value === null)
		return /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text);
	const tool = parsed.value.value.tool;
	return (
		typeof tool === "object" &&
		tool !== null &&
		(tool as Record<string, unknown>)["pin-audit"] !== undefined
	);
}

async function exists(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null)) !== null;
}
