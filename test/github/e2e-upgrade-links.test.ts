// The dependency changes of a pull request link what the index's metadata names, through the bundle as the
// runner runs it: the fake index serves `info.project_urls` in PyPI's JSON format, the comment shows the
// changelog each package names and a compare view only where the tags are known. Build first (`npm run build`).
import { describe, expect, it } from "vitest";
import { cleanUpAfterEach } from "../support/after-each-cleanups.js";
import { type FakePackage, startFakeIndex } from "../support/fake-index.js";
import {
	explainRun,
	MARKER,
	PULL,
	readMcpPrTrees,
	runMcpPrAction,
	startMcpPrGitHub,
} from "../support/mcp-pr-action.js";

const TOKEN = "ghs_upgradeLinksToken00000000000000000";
const defer = cleanUpAfterEach();
const OLD = "2024-01-10T10:00:00Z";

const PACKAGES: FakePackage[] = [
	{
		name: "mcp",
		releases: [
			{ version: "1.23.3", uploadTime: OLD },
			{ version: "1.25.0", uploadTime: OLD },
		],
		// As mcp's [project.urls]: no changelog, the repository under "Repository".
		projectUrls: {
			Homepage: "https://modelcontextprotocol.io",
			Repository: "https://github.com/modelcontextprotocol/python-sdk",
			Issues: "https://github.com/modelcontextprotocol/python-sdk/issues",
		},
	},
	{
		name: "anyio",
		releases: [
			{ version: "4.6.2.post1", uploadTime: OLD },
			{ version: "4.8.0", uploadTime: OLD },
		],
		// Another changelog than the shipped knowledge's: the index's metadata wins.
		projectUrls: {
			Changelog: "https://anyio.readthedocs.io/en/latest/versionhistory.html",
			"Source code": "https://github.com/agronholm/anyio",
		},
	},
	{
		name: "rich",
		releases: [{ version: "13.9.4", uploadTime: OLD }],
		projectUrls: {
			"Release Notes":
				"https://github.com/Textualize/rich/blob/master/CHANGELOG.md",
			Source: "https://github.com/Textualize/rich",
		},
	},
];

const HEAD_REQUIREMENTS = [
	"# weather: runtime pins for the deployed server",
	"mcp==1.25.0",
	"anyio==4.8.0",
	"rich==13.9.4",
	"",
].join("\n");

describe("dist/action.mjs: dependency changes with release notes", () => {
	it("links each package's changelog as its index metadata names it, and compares tags only where their scheme is known", async () => {
		const github = await startMcpPrGitHub({
			token: TOKEN,
			stickyComment: false,
			defer,
		});
		const index = await startFakeIndex(PACKAGES);
		defer(() => index.close());
		const head = {
			...readMcpPrTrees().base,
			"servers/weather/requirements.txt": HEAD_REQUIREMENTS,
		};
		const { run } = await runMcpPrAction({
			github,
			token: TOKEN,
			head,
			indexUrl: index.url,
			env: {},
			defer,
		});
		const comment = github.state.comments.find(
			(c) => c.issueNumber === PULL && c.body.split("\n")[0] === MARKER,
		);
		const body = comment?.body ?? "";
		expect(body, explainRun(run)).toContain("<b>Dependency changes</b>");
		const row = (name: string) =>
			body.split("\n").find((l) => l.startsWith(`| \`${name}\` |`));
		// The fake index is not PyPI: no release page to link, only what the metadata supports.
		expect(row("mcp")).toBe(
			"| `mcp` | `1.23.3` → `1.25.0` | minor | [compare](https://github.com/modelcontextprotocol/python-sdk/compare/v1.23.3...v1.25.0) |",
		);
		// A post-release has no tag the knowledge can name: the changelog only.
		expect(row("anyio")).toBe(
			"| `anyio` | `4.6.2.post1` → `4.8.0` | minor | [changelog](https://anyio.readthedocs.io/en/latest/versionhistory.html) |",
		);
		// Outside the shipped knowledge: the metadata's release notes, and no compare (its tag scheme is unknown).
		expect(row("rich")).toBe(
			"| `rich` | ➕ `13.9.4` |  | [changelog](https://github.com/Textualize/rich/blob/master/CHANGELOG.md) |",
		);
		expect(github.violations).toEqual([]);
	}, 60_000);
});
