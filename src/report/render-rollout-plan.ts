// The rollout plan section of the drift report (markdown for the issue and summary, text for a terminal): per
// package, the waves in order, canary first, each with its projects, state and the `pin-audit fix` command.
// A numbered list rather than a table: commands are long and GitHub's conversation column is narrow.
import type {
	DriftReport,
	RolloutPlan,
	RolloutWave,
} from "../model/drift-report.js";
import { formatUtc } from "../policy/cooldown.js";
import { codeSpan, stripControls } from "./escape.js";
import { plural } from "./render-text.js";

/** Markdown lines (ending with a blank line); none when no repository has a plan. */
export function renderRolloutPlanMarkdown(report: DriftReport): string[] {
	const multi = report.repositories.length > 1;
	const plans = report.repositories.flatMap((r) =>
		(r.rollout ?? []).map((plan) => ({ repository: r.name, plan })),
	);
	if (plans.length === 0) return [];
	const out = [
		`<details open><summary><b>Rollout plan</b>: ${plural(plans.length, "package")} to move, canary first</summary>`,
		"",
	];
	for (const { repository, plan } of plans) {
		const where = multi ? `${codeSpan(repository)}: ` : "";
		out.push(
			`${where}**${codeSpan(plan.package)} to ${codeSpan(plan.target)}**`,
			"",
		);
		for (const [i, wave] of plan.waves.entries()) {
			const projects = wave.projects.map(codeSpan).join(", ");
			out.push(
				`${i + 1}. ${wave.canary ? "Canary" : `Wave ${wave.wave}`} (${projects}): ${describeWave(wave, plan)}`,
				`   ${codeSpan(wave.command)}`,
			);
		}
		out.push("");
	}
	out.push("</details>", "");
	return out;
}

/** Text lines (starting with a blank line); none when no repository has a plan. */
export function renderRolloutPlanText(report: DriftReport): string[] {
	const s = stripControls;
	const multi = report.repositories.length > 1;
	const lines: string[] = [];
	for (const r of report.repositories)
		for (const plan of r.rollout ?? []) {
			lines.push(
				"",
				`rollout plan: ${multi ? `${s(r.name)}: ` : ""}${s(plan.package)} to ${s(plan.target)}`,
			);
			for (const wave of plan.waves)
				lines.push(
					`  ${wave.canary ? "canary" : `wave ${wave.wave}`} (${wave.projects.map(s).join(", ")}): ${s(describeWave(wave, plan))}`,
					`    ${s(wave.command)}`,
				);
		}
	return lines;
}

/** Our own words and dates only: nothing from the repository (projects and commands are code spans). */
function describeWave(wave: RolloutWave, plan: RolloutPlan): string {
	const canary = plan.waves.find((w) => w.canary);
	switch (wave.state) {
		case "done":
			return `done: runs ${plan.target}`;
		case "ready":
			return wave.canary
				? "ready: move the canary now"
				: "ready: the canary's soak is over";
		case "soaking":
			return wave.adoptedAt === null
				? "runs it; since when is unknown (no git history), so the soak cannot be confirmed"
				: `runs it since ${formatMoment(wave.adoptedAt)}; the soak ends ${formatMoment(wave.soakEndsAt)}`;
		case "soaked":
			return `runs it since ${formatMoment(wave.adoptedAt)}; soak over, the next wave is ready`;
		case "waiting": {
			const previous = plan.waves[plan.waves.indexOf(wave) - 1];
			if (previous === undefined || previous === canary)
				return canary?.soakEndsAt
					? `waiting for the canary's soak (ends ${formatMoment(canary.soakEndsAt)})`
					: "waiting for the canary to move and soak";
			return `waiting for wave ${previous.wave}`;
		}
	}
}

function formatMoment(at: string | null): string {
	if (at === null) return "unknown";
	return formatUtc(new Date(at));
}
