import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/audit.js";
import type { Finding } from "../../src/model/types.js";
import type { FindingStatus } from "../../src/report/compare-reports.js";
import {
	createMarkdownRenderer,
	fitReport,
	LEVELS,
	type Limits,
	type MarkdownOptions,
	renderCutNote,
} from "../../src/report/render-markdown.js";

// The comment and the job summary fit a report into GitHub's limits by trying detail levels and then a
// bisection over the new findings. The lower bound lets them skip renderings that cannot fit; these tests hold
// it to being a true bound (so the chosen rendering is the one the plain search chooses) and show what it saves.

/** A deterministic report of `n` findings over `projects` projects, some with a table under the message. */
function makeReport(n: number, projects: number, seed: number) {
	let state = seed;
	const next = (k: number) => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state % k;
	};
	const rules = ["unpinned", "outside-policy", "inconsistent", "conflict"];
	const findings: Finding[] = Array.from({ length: n }, (_, i) => {
		const project = `services/svc-${next(projects)}`;
		const table =
			next(3) === 0
				? `\nproject  mcp\n${project}  1.${next(9)}.0  <- differs`
				: "";
		return {
			rule: rules[next(rules.length)] as string,
			severity: next(4) === 0 ? "warning" : "error",
			project,
			package: `pkg-${next(20)}`,
			file: `${project}/requirements.txt`,
			line: 1 + next(40),
			message: `\`pkg\` finding ${i}${"x".repeat(next(120))}.${table}`,
			...(next(2) === 0 ? { suggestion: `pkg==1.${i}` } : {}),
		};
	});
	const report = buildReport(
		".",
		{ source: "default", file: null, presets: [], description: "default" },
		[],
		findings,
		projects,
	);
	const statuses: FindingStatus[] = findings.map(() =>
		next(3) === 0 ? "existing" : "new",
	);
	return { report, statuses };
}

const CASES = [0, 1, 5, 60, 700].flatMap((n, i) => [
	{ n, statuses: false, seed: 7 + i },
	{ n, statuses: true, seed: 91 + i },
]);

function optionsFor(
	statuses: readonly FindingStatus[] | undefined,
	maxLength: number,
): MarkdownOptions {
	return {
		maxLength,
		fullReportUrl: "https://github.com/o/r/actions/runs/1",
		...(statuses === undefined ? {} : { statuses, upgrades: [] }),
	};
}

describe("fitting a report into a budget", () => {
	it("bounds every rendering from below, at every level and every count of new findings", () => {
		for (const { n, statuses, seed } of CASES) {
			const made = makeReport(n, 12, seed);
			const renderer = createMarkdownRenderer(
				made.report,
				optionsFor(statuses ? made.statuses : undefined, 8000),
			);
			const counts = [0, 1, Math.floor(renderer.primaryCount / 2), Infinity];
			for (const level of LEVELS)
				for (const primary of counts) {
					const limits: Limits = { ...level, primary };
					const bound = renderer.lowerBound(limits);
					const length = renderer.render(limits).length;
					// Summed only up to the budget: either exact enough to decide, or past it for both.
					expect(Math.min(bound, 8001)).toBeLessThanOrEqual(length);
				}
		}
	});

	it("chooses what the plain search chooses, at budgets from a few lines to the whole report", () => {
		for (const { n, statuses, seed } of CASES) {
			const made = makeReport(n, 12, seed);
			const whole = createMarkdownRenderer(
				made.report,
				optionsFor(statuses ? made.statuses : undefined, Infinity),
			).render(LEVELS[0] as Limits).length;
			for (const maxLength of [300, 2000, 9000, 40_000, whole - 1, whole]) {
				const options = optionsFor(
					statuses ? made.statuses : undefined,
					maxLength,
				);
				const renderer = createMarkdownRenderer(made.report, options);
				const note = renderCutNote(options.fullReportUrl);
				expect(
					fitReport(
						maxLength,
						renderer.primaryCount,
						renderer.render,
						note,
						renderer.lowerBound,
					),
				).toBe(
					fitReport(maxLength, renderer.primaryCount, renderer.render, note),
				);
			}
		}
	});

	it("renders a few budgets' worth of text for a comment, not the whole report at every level", () => {
		const made = makeReport(3000, 300, 5);
		const options = optionsFor(undefined, 65_536);
		const renderer = createMarkdownRenderer(made.report, options);
		let rendered = 0;
		const counting = (limits: Limits) => {
			const text = renderer.render(limits);
			rendered += text.length;
			return text;
		};
		const note = renderCutNote(options.fullReportUrl);
		const bounded = fitReport(
			65_536,
			renderer.primaryCount,
			counting,
			note,
			renderer.lowerBound,
		);
		const withBound = rendered;
		rendered = 0;
		expect(fitReport(65_536, renderer.primaryCount, counting, note)).toBe(
			bounded,
		);
		expect(withBound).toBeLessThan(20 * 65_536);
		expect(rendered).toBeGreaterThan(
			7 * renderer.render(LEVELS[0] as Limits).length,
		);
	});
});
