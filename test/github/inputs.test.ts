import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { actionAuditOptions } from "../../src/github/audit-options.js";
import { loadInputs, resolveBlockMode } from "../../src/github/inputs.js";

const from = (values: Record<string, string>) => (name: string) =>
	values[name] ?? "";

describe("loadInputs", () => {
	it("fills every default from the schema when inputs are empty", () => {
		expect(loadInputs(from({ token: "t" }))).toEqual({
			token: "t",
			path: ".",
			policy: undefined,
			comment: "on-change",
			failOn: "error",
			block: undefined,
			commentKey: "default",
			baseRef: undefined,
			headRef: undefined,
			indexUrl: undefined,
			offline: false,
			mode: undefined,
			driftTitle: "pin-audit: dependency drift",
			driftLabels: [],
			driftCloseWhenClean: false,
			rolloutPr: "off",
			suggestions: true,
		});
	});

	it("reads rollout-pr: canary or off, and names anything else", () => {
		expect(loadInputs(from({ "rollout-pr": "canary" })).rolloutPr).toBe(
			"canary",
		);
		expect(loadInputs(from({ "rollout-pr": " off " })).rolloutPr).toBe("off");
		expect(() => loadInputs(from({ "rollout-pr": "all" }))).toThrow(
			new ConfigurationError(
				'input "rollout-pr" must be one of canary, off; got "all"',
			),
		);
	});

	it("refuses a path outside the workspace, naming the input", () => {
		for (const path of ["/etc", "../fleet", "a/../../b", "..", "C:\\repo"])
			expect(() => loadInputs(from({ path }))).toThrow(
				new ConfigurationError(
					path.startsWith("/") || path.startsWith("C:")
						? 'input "path" must be relative to the workspace, not an absolute path'
						: 'input "path" must stay inside the workspace (no leading ..)',
				),
			);
		expect(loadInputs(from({ path: "a/../b/./c/" })).path).toBe("b/c");
		expect(loadInputs(from({ path: "./" })).path).toBe(".");
	});

	it("reads and normalizes given values", () => {
		const inputs = loadInputs(
			from({
				path: "./servers/weather/",
				comment: "on-failure",
				"fail-on": "warning",
				block: "all",
				"comment-key": "ubuntu/py3.11",
				"index-url": "https://test.pypi.org/simple/",
				offline: "True",
			}),
		);
		expect([
			inputs.path,
			inputs.comment,
			inputs.failOn,
			inputs.block,
			inputs.commentKey,
			inputs.indexUrl,
			inputs.offline,
		]).toEqual([
			"servers/weather",
			"on-failure",
			"warning",
			"all",
			"ubuntu/py3.11",
			"https://test.pypi.org/simple/",
			true,
		]);
	});

	it("names the input in a ConfigurationError", () => {
		expect(() => loadInputs(from({ comment: "sometimes" }))).toThrow(
			ConfigurationError,
		);
		expect(() => loadInputs(from({ comment: "sometimes" }))).toThrow(
			'input "comment" must be one of always, on-change, on-failure, never; got "sometimes"',
		);
		expect(() => loadInputs(from({ "fail-on": "errors" }))).toThrow(
			'input "fail-on"',
		);
		expect(() => loadInputs(from({ offline: "yes" }))).toThrow(
			'input "offline" must be true or false; got "yes"',
		);
		expect(() => loadInputs(from({ "comment-key": "a --> b" }))).toThrow(
			'input "comment-key"',
		);
		expect(() => loadInputs(from({ "index-url": "ftp://x" }))).toThrow(
			'input "index-url"',
		);
	});

	it("block defaults by event", () => {
		expect(resolveBlockMode(undefined, true)).toBe("new");
		expect(resolveBlockMode(undefined, false)).toBe("all");
		expect(resolveBlockMode("all", true)).toBe("all");
	});
});

describe("actionAuditOptions", () => {
	it("gives audit and drift the proxy settings and the index token, never the environment for VAR expansion", () => {
		expect(
			actionAuditOptions(
				{
					HTTPS_PROXY: "http://proxy.internal:3128",
					NO_PROXY: "localhost",
					PIN_AUDIT_INDEX_TOKEN: "s3cret",
					GITHUB_TOKEN: "ghs_x",
				},
				{ offline: false, indexUrl: "https://pypi.example/simple" },
			),
		).toEqual({
			env: {},
			networkEnv: {
				HTTPS_PROXY: "http://proxy.internal:3128",
				NO_PROXY: "localhost",
			},
			indexToken: "s3cret",
			offline: false,
			indexUrl: "https://pypi.example/simple",
			today: expect.any(Date),
		});
	});
});
