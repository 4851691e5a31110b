// Fail closed, through the bundled action under both pull-request events, with pip 23.2 as the judge of what a
// pull request makes the installer read: every pull request here installs an unpinned `flask` (or something
// pin-audit cannot read), and the gate must fail, never pass or only warn. Build first (`npm run build`).
import { describe, expect, it } from "vitest";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import { explainRun } from "../support/mcp-pr-action.js";
import {
	openPullRequest,
	runPullRequestStep,
} from "../support/pull-request-step.js";

const PULL = 9;
const defer = cleanUpAfterEach();

const BASE = {
	"pin-audit.toml": '[pins]\ndefault = "exact"\n',
	"svc/requirements.txt": "httpx==0.28.1\n",
};

interface Scenario {
	name: string;
	head: Record<string, string | null>;
	headSymlinks?: Record<string, string>;
	/** `rule file` of a finding that must be among the errors. */
	expected: string;
}

const SCENARIOS: Scenario[] = [
	{
		name: "loosens the policy the pull request is judged by",
		head: {
			"pin-audit.toml": '[pins]\ndefault = "any"\n',
			"svc/requirements.txt": "httpx==0.28.1\nflask\n",
		},
		expected: "unpinned svc/requirements.txt",
	},
	{
		name: "hides flask behind a utf-7 coding declaration",
		head: {
			"svc/requirements.txt":
				"# -*- coding: utf-7 -*-\nhttpx==0.28.1\n# pinned by renovate +AAo-flask\n",
		},
		expected: "unauditable svc/requirements.txt",
	},
	{
		name: "installs a nameless URL",
		head: {
			"svc/requirements.txt":
				"httpx==0.28.1\ngit+https://github.com/evil/evil@main\n",
		},
		expected: "unauditable svc/requirements.txt",
	},
	{
		name: "reaches a file through a directory link",
		head: { "svc/vendor/deps.txt": "flask\n" },
		headSymlinks: {
			"svc/lib": "vendor",
			"svc/requirements-extra.txt": "lib/deps.txt",
		},
		// Reported on the path pip opens, the link.
		expected: "unpinned svc/requirements-extra.txt",
	},
	{
		name: "hides a requirements file behind 41 links",
		head: {
			"svc/hops/h41.txt": "flask\n",
		},
		headSymlinks: {
			"svc/requirements-extra.txt": "hops/h0.txt",
			...Object.fromEntries(
				Array.from({ length: 41 }, (_, i) => [
					`svc/hops/h${i}.txt`,
					`h${i + 1}.txt`,
				]),
			),
		},
		expected: "unauditable svc/requirements-extra.txt",
	},
	{
		name: "moves dependencies to setuptools' dynamic file",
		head: {
			"svc/pyproject.toml":
				'[project]\nname = "svc"\nversion = "1"\ndynamic = ["dependencies"]\n\n[tool.setuptools.dynamic]\ndependencies = { file = ["deps.in"] }\n',
			"svc/deps.in": "flask\n",
		},
		expected: "unpinned svc/deps.in",
	},
	{
		name: "drops an empty pyvenv.cfg into the project",
		head: {
			"svc/pyvenv.cfg": "",
			"svc/requirements.txt": "httpx==0.28.1\nflask\n",
		},
		expected: "unpinned svc/requirements.txt",
	},
	{
		name: "pads a requirements file past 16 MiB",
		head: {
			"svc/requirements.txt": `httpx==0.28.1\n${" ".repeat(16 * 1024 * 1024)}\nflask\n`,
		},
		expected: "unauditable svc/requirements.txt",
	},
];

describe.each([
	["pull_request", "merge"],
	["pull_request_target", "base"],
] as const)("a pull request under %s", (eventName, checkout) => {
	for (const scenario of SCENARIOS) {
		it(`${scenario.name}: the gate fails`, async () => {
			const opened = await openPullRequest({
				base: BASE,
				head: scenario.head,
				...(scenario.headSymlinks
					? { headSymlinks: scenario.headSymlinks }
					: {}),
				pullNumber: PULL,
				checkout,
				defer,
			});
			const run = await runPullRequestStep(opened, eventName, {
				inputs: { comment: "never", offline: "true" },
				timeoutMs: 60_000,
			});
			const errors = run.annotations
				.filter((a) => a.level === "error" && a.file)
				.map(
					(a) => `${a.title?.replace(/^pin-audit: | \(new\)$/g, "")} ${a.file}`,
				);
			expect(errors, explainRun(run)).toContain(scenario.expected);
			expect(run.code, explainRun(run)).toBe(1);
		});
	}
});
