// The canary pull request's title and body (action, `rollout-pr: canary`): what moves, why (the policy and the
// drift), the soak, and what comes next. Every name, path, version and command comes from the repository or its
// index: prose is escaped, code sits in fences longer than any backtick run it holds. Pure.

import type { DriftEntry } from "../model/drift-report.js";
import { compareLoosely } from "../pep440/loose-order.js";
import { codeSpan, escapeMarkdown, stripControls } from "../report/escape.js";
import { fenceFor } from "../report/render-finding.js";
import type { CanaryChange } from "./canary-change.js";
import { fixCommand } from "./plan-rollout.js";

export const ROLLOUT_PR_MARKER = "<!-- pin-audit:rollout -->";

/** GitHub refuses a pull request body over 65,536 characters; the diff gives way first. */
const MAX_BODY = 60_000;
const MAX_TITLE = 200;

export interface RolloutPullRequestInput {
	change: CanaryChange;
	/** The drift entries of the change's package (every project). */
	entries: readonly DriftEntry[];
	/** What judged the repository (report.policy.description). */
	policy: string;
	/** `[rollout] soak` as written, e.g. "24h". */
	soakText: string;
	branch: string;
}

export function renderRolloutPullRequest(input: RolloutPullRequestInput): {
	title: string;
	body: string;
} {
	const { change } = input;
	const projects = change.wave.projects.join(", ");
	const title = oneLine(
		`pin-audit: move ${change.package} to ${change.version} in the canary (${projects})`,
	).slice(0, MAX_TITLE);
	const before = [
		ROLLOUT_PR_MARKER,
		`### Canary: ${codeSpan(change.package)} to ${codeSpan(change.version)}`,
		"",
		...renderWhatMoves(input),
		"",
	].join("\n");
	const after = [
		"",
		...renderLocks(change),
		...renderWhy(input),
		"",
		...renderSoakAndNext(input),
		"",
		...renderByHand(change),
		`<sub>Opened by pin-audit's drift run (\`rollout-pr: canary\`) from branch ${codeSpan(input.branch)}, which it owns: a later run updates this pull request and force-pushes the branch. Files outside the canary's projects and locks are never changed.</sub>`,
	].join("\n");
	const room = MAX_BODY - before.length - after.length;
	return { title, body: `${before}${renderDiff(change.diff, room)}${after}` };
}

function renderWhatMoves(input: RolloutPullRequestInput): string[] {
	const { change } = input;
	const lines = [
		`**What moves.** The canary wave of the rollout plan (\`[rollout] canary\`), and nothing else:`,
	];
	for (const project of change.wave.projects) {
		const current = input.entries
			.filter((e) => e.project === project)
			.map((e) => e.current);
		const from = current.length > 0 ? [...new Set(current)].join(", ") : "?";
		lines.push(
			`- ${codeSpan(project)}: ${codeSpan(change.package)} ${escapeMarkdown(from)} → ${escapeMarkdown(change.version)}`,
		);
	}
	const files = [...change.files.keys()].map(codeSpan).join(", ");
	lines.push("", `Files changed: ${files}.`);
	return lines;
}

function renderDiff(diff: string, room: number): string {
	if (diff === "" || room < 200) return "";
	const clean = stripControls(diff);
	const shown =
		clean.length <= room
			? clean
			: `${clean.slice(0, Math.max(0, room)).replace(/[^\n]*$/, "")}... (diff cut: see the Files changed tab)\n`;
	const fence = fenceFor(shown);
	return `\n<details><summary>Diff</summary>\n\n${fence}diff\n${shown}${fence}\n\n</details>\n`;
}

function renderLocks(change: CanaryChange): string[] {
	if (change.lockCommands.length === 0) return [];
	const commands = change.lockCommands.map(stripControls).join("\n");
	const fence = fenceFor(commands);
	return [
		"**Regenerate the locks before merging.** pin-audit never edits a lock: check out this branch, run, and push:",
		"",
		`${fence}sh`,
		commands,
		fence,
		"",
	];
}

function renderWhy(input: RolloutPullRequestInput): string[] {
	const { change } = input;
	const behind = input.entries.filter(
		(e) => compareLoosely(e.current, change.version) < 0,
	);
	const where = [...new Set(behind.map((e) => e.project))].sort();
	return [
		`**Why.** The policy (${escapeMarkdown(input.policy)}) allows ${codeSpan(change.package)} ${escapeMarkdown(change.version)}, the newest release past its cooldown, and the drift report has ${where.length} project(s) behind it: ${where.map(codeSpan).join(", ")}. The canary moves first.`,
	];
}

function renderSoakAndNext(input: RolloutPullRequestInput): string[] {
	const { change } = input;
	const soak = codeSpan(`[rollout] soak = ${JSON.stringify(input.soakText)}`);
	const lines = [
		`**Soak.** Once this is merged the canary runs ${escapeMarkdown(change.version)} for ${soak} before any other project follows; until then rule \`soak\` flags a pull request that moves another project to it.`,
		"",
	];
	const next = change.next;
	if (next === null) {
		lines.push(
			"**What comes next.** Nothing: no other project is behind on this package.",
		);
		return lines;
	}
	lines.push(
		`**What comes next.** Wave ${next.wave} (${next.projects.map(codeSpan).join(", ")}), once the soak is over; the drift issue says when it is ready. It moves with:`,
		"",
	);
	const command = fixCommand(
		next.projects,
		change.package,
		change.version,
		true,
	);
	const fence = fenceFor(command);
	lines.push(`${fence}sh`, stripControls(command), fence);
	return lines;
}

function renderByHand(change: CanaryChange): string[] {
	if (change.byHand.length === 0) return [];
	return [
		"**Not moved (edit by hand):**",
		...change.byHand.map(
			(b) =>
				`- ${codeSpan(`${b.file ?? "?"}${b.line === null ? "" : `:${b.line}`}`)}: ${escapeMarkdown(b.message.split("\n")[0] ?? "")}`,
		),
		"",
	];
}

function oneLine(text: string): string {
	return stripControls(text).replace(/\s+/g, " ").trim();
}
