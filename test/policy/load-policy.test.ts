import * as nodePath from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import {
	createDefaultPolicy,
	loadPolicy,
	loadPolicyFromToml,
} from "../../src/policy/load-policy.js";
import { PRESETS } from "../../src/policy/presets.js";
import { policyFrom } from "./build-project.js";

const FIXTURES = nodePath.join(import.meta.dirname, "../fixtures/policy");

function errorOf(text: string): ConfigurationError {
	try {
		policyFrom(text);
	} catch (error) {
		if (error instanceof ConfigurationError) return error;
		throw error;
	}
	throw new Error("expected a ConfigurationError");
}

describe("loadPolicyFromToml", () => {
	it("fills every default from the schema when the policy is empty", () => {
		const policy = createDefaultPolicy();
		expect(policy.pins).toEqual({
			default: "specified",
			build: "any",
			files: [],
		});
		expect(policy.packages).toEqual({});
		expect(policy.compat).toEqual([]);
		expect(policy.consistency).toEqual({ packages: [] });
		expect(policy.exceptions).toEqual([]);
		expect(policy.install).toEqual([]);
		expect(policy.rules).toEqual({
			unpinned: "error",
			"outside-policy": "error",
			banned: "error",
			"lock-mismatch": "error",
			conflict: "error",
			diverged: "warning",
			inconsistent: "warning",
			compat: "error",
			"exception-expired": "warning",
			"exception-unused": "warning",
			missing: "error",
			yanked: "error",
			"too-new": "warning",
			"index-unavailable": "notice",
			index: "error",
			soak: "warning",
			"dead-marker": "notice",
		});
		expect(policy.cooldown).toEqual({ default: 48 * 3_600_000, packages: {} });
		expect(policy.rollout).toEqual({
			canary: [],
			soak: 24 * 3_600_000,
			soakText: "24h",
			wave: null,
		});
		expect(policy.indexUrl).toBeNull();
		expect(policy.indexes).toEqual({ allowed: [] });
	});

	it("reads [rollout]: canary globs, soak duration, wave size", () => {
		const policy = loadPolicyFromToml(
			{ rollout: { canary: "servers/scraper", soak: "2d", wave: 3 } },
			"pin-audit.toml",
			() => undefined,
		);
		expect(policy.rollout).toEqual({
			canary: ["servers/scraper"],
			soak: 2 * 86_400_000,
			soakText: "2d",
			wave: 3,
		});
		for (const rollout of [{ soak: "soon" }, { wave: 0 }, { canery: [] }])
			expect(() =>
				loadPolicyFromToml({ rollout }, "pin-audit.toml", () => undefined),
			).toThrow(/rollout/);
	});

	it("reads [cooldown] with per-package overrides and index-url", () => {
		const policy = loadPolicyFromToml(
			{
				cooldown: { default: "2d", packages: { MCP: "0", httpx: "12h" } },
				"index-url": "https://pypi.example/simple",
			},
			"pin-audit.toml",
			() => undefined,
		);
		expect(policy.cooldown).toEqual({
			default: 2 * 86_400_000,
			packages: { mcp: 0, httpx: 12 * 3_600_000 },
		});
		expect(policy.indexUrl).toBe("https://pypi.example/simple");
		expect(() =>
			loadPolicyFromToml(
				{ cooldown: { default: "soon" } },
				"pin-audit.toml",
				() => undefined,
			),
		).toThrow(/duration such as "48h"/);
	});

	it("reads every section and normalizes package names", () => {
		const policy = policyFrom(
			[
				"[pins]",
				'default = "bounded"',
				'requirements = "exact"',
				"[packages.Typing_Extensions]",
				'allowed = ">=4.9"',
				'banned = "==4.10.0"',
				'pin = "compatible"',
				"[[compat]]",
				'when = "mcp>=1.13,<2"',
				'require = "httpx>=0.27.1,<1"',
				"[consistency]",
				'packages = "*"',
				"[[exceptions]]",
				'rule = "unpinned"',
				'package = "Foo.Bar"',
				'project = "servers/*"',
				"until = 2026-12-31",
				'reason = "vendor SDK"',
				"[rules]",
				'inconsistent = "off"',
			].join("\n"),
		);
		expect(policy.pins).toEqual({
			default: "bounded",
			requirements: "exact",
			build: "any",
			files: [],
		});
		expect(policy.packages).toEqual({
			"typing-extensions": {
				allowed: ">=4.9",
				banned: ["==4.10.0"],
				pin: "compatible",
			},
		});
		expect(policy.compat).toEqual([
			{
				when: { name: "mcp", specifier: ">=1.13,<2", text: "mcp>=1.13,<2" },
				require: {
					name: "httpx",
					specifier: ">=0.27.1,<1",
					text: "httpx>=0.27.1,<1",
				},
				reason: null,
				line: 8,
			},
		]);
		expect(policy.consistency).toEqual({ packages: "*" });
		expect(policy.exceptions).toEqual([
			{
				rule: "unpinned",
				package: "foo-bar",
				project: "servers/*",
				file: null,
				until: "2026-12-31",
				reason: "vendor SDK",
				line: 13,
			},
		]);
		expect(policy.rules.inconsistent).toBe("off");
	});

	it("names an unknown key with its file, line and the closest valid key", () => {
		const error = errorOf(
			[
				"[packages.mcp]",
				'allowed = "~=1.23.3"',
				"",
				"",
				"",
				"",
				'allowd = "~=1.23.3"',
			].join("\n"),
		);
		expect(error.message).toBe(
			"unknown key `packages.mcp.allowd`; did you mean `allowed`?",
		);
		expect(error.file).toBe("pin-audit.toml");
		expect(error.line).toBe(7);
	});

	it("lists the valid keys when no key is close", () => {
		const error = errorOf('[pins]\nzzzzzzzzzz = "exact"');
		expect(error.message).toContain(
			"unknown key `pins.zzzzzzzzzz`; expected one of `default`, `requirements`",
		);
		expect(error.line).toBe(2);
	});

	it("rejects an unknown top-level table with a suggestion", () => {
		const error = errorOf('[rule]\nunpinned = "off"');
		expect(error.message).toBe("unknown key `rule`; did you mean `rules`?");
		expect([error.file, error.line]).toEqual(["pin-audit.toml", 1]);
	});

	it("rejects a bad specifier, naming the key and line", () => {
		const error = errorOf(
			'[packages.mcp]\nallowed = "~=1.23.3"\nbanned = ["==1.0", ">=>2"]',
		);
		expect(error.line).toBe(3);
		expect(error.message).toMatch(
			/^`packages\.mcp\.banned\[1\]`: expected a PEP 440 specifier set/,
		);
	});

	it("rejects a bad compat requirement", () => {
		const error = errorOf(
			'[[compat]]\nwhen = "mcp>=1.13"\nrequire = "httpx>=0.27; python_version > \'3\'"',
		);
		expect(error.line).toBe(3);
		expect(error.message).toContain("`compat[0].require`");
		expect(error.message).toContain("markers are not allowed");
	});

	it("rejects a bad severity and suggests the closest one", () => {
		const error = errorOf('[rules]\nconflict = "warn"');
		expect(error.message).toBe(
			'`rules.conflict` must be one of "error" | "warning" | "notice" | "off", got "warn"; did you mean "warning"?',
		);
	});

	it("rejects an unknown rule id in [rules] and in an exception", () => {
		expect(errorOf('[rules]\nunpined = "off"').message).toBe(
			"unknown key `rules.unpined`; did you mean `unpinned`?",
		);
		const error = errorOf(
			'[[exceptions]]\nrule = "lock-missmatch"\nreason = "x"',
		);
		expect(error.message).toContain(
			'got "lock-missmatch"; did you mean "lock-mismatch"?',
		);
		expect(error.line).toBe(2);
	});

	it("requires a reason for an exception and a date for until", () => {
		expect(errorOf('[[exceptions]]\nrule = "unpinned"').message).toContain(
			"`exceptions[0].reason` is required",
		);
		expect(
			errorOf('[[exceptions]]\nrule = "unpinned"\nreason = "x"\nuntil = "soon"')
				.message,
		).toContain("`exceptions[0].until`: expected a date such as 2026-12-31");
	});

	it("reports a wrong type with what was expected", () => {
		const error = errorOf("[pins]\ndefault = 3");
		expect(error.message).toContain("`pins.default` must be one of");
		expect(error.line).toBe(2);
	});

	it("rejects an unknown preset with a suggestion", () => {
		const error = errorOf('extends = ["mpc"]');
		expect(error.message).toBe(
			'unknown preset "mpc" in `extends`, expected one of "mcp"; did you mean `mcp`?',
		);
		expect([error.file, error.line]).toEqual(["pin-audit.toml", 1]);
	});

	it("rejects two package tables naming one package", () => {
		expect(
			errorOf('[packages.MCP]\npin = "exact"\n[packages.mcp]\npin = "any"')
				.message,
		).toContain("name the same package (mcp)");
	});

	it("merges a preset under the file: the file wins key by key", () => {
		const policy = policyFrom(
			[
				'extends = ["mcp"]',
				"[packages.MCP]",
				'allowed = "~=1.24.0"',
				"[[compat]]",
				'when = "mcp>=1.0"',
				'require = "anyio>=4.5"',
			].join("\n"),
		);
		expect(policy.presets).toEqual(["mcp"]);
		expect(policy.packages.mcp?.allowed).toBe("~=1.24.0");
		// The preset's reason stays where the file says nothing.
		expect(policy.packages.mcp?.reason).toBe(
			"the MCP stack is validated on mcp 1.23.x",
		);
		expect(policy.packages.anyio?.allowed).toBe(">=4.4,<5");
		expect(policy.pins.requirements).toBe("exact");
		expect(policy.consistency.packages).toEqual(["mcp", "anyio", "httpx"]);
		expect(
			policy.compat.map((rule) => [
				rule.when.text,
				rule.require.text,
				rule.line,
			]),
		).toEqual([
			["mcp>=1.0", "anyio>=4.5", 4],
			["mcp>=1.13,<2", "httpx>=0.27.1,<1", null],
		]);
	});

	it("validates every preset against the schema", () => {
		for (const name of Object.keys(PRESETS)) {
			expect(() =>
				loadPolicyFromToml({ extends: [name] }, "x.toml", () => undefined),
			).not.toThrow();
		}
	});
});

describe("loadPolicy", () => {
	it("reads pin-audit.toml at the root", async () => {
		const loaded = await loadPolicy(nodePath.join(FIXTURES, "policy-file"));
		expect(loaded.source).toEqual({ kind: "file", file: "pin-audit.toml" });
		expect(loaded.presets).toEqual(["mcp"]);
		expect(loaded.description).toBe("pin-audit.toml (extends mcp)");
		expect(loaded.policy.exceptions[0]?.line).toBe(4);
	});

	it("reads [tool.pin-audit] from the root pyproject.toml with the pyproject's line numbers", async () => {
		const loaded = await loadPolicy(
			nodePath.join(FIXTURES, "pyproject-policy"),
		);
		expect(loaded.source).toEqual({
			kind: "pyproject",
			file: "pyproject.toml",
		});
		expect(loaded.policy.packages.httpx?.allowed).toBe(">=0.27.1,<1");
		expect(loaded.policy.exceptions[0]?.line).toBe(12);
	});

	it("reports a misspelled key in [tool.pin-audit] at its pyproject line", async () => {
		await expect(
			loadPolicy(nodePath.join(FIXTURES, "pyproject-typo")),
		).rejects.toMatchObject({
			// The location is the error's file and line, printed once by the entry (not in the message too).
			message: "unknown key `pins.defualt`; did you mean `default`?",
			file: "pyproject.toml",
			line: 9,
		});
	});

	it("uses the built-in default when there is no policy", async () => {
		const loaded = await loadPolicy(nodePath.join(FIXTURES, "no-policy"));
		expect(loaded.source).toEqual({ kind: "default", file: null });
		expect(loaded.description).toMatch(/^built-in default policy/);
		expect(loaded.policy).toEqual(createDefaultPolicy());
	});

	it("refuses two policies", async () => {
		await expect(
			loadPolicy(nodePath.join(FIXTURES, "two-policies")),
		).rejects.toThrow(
			"both pin-audit.toml and [tool.pin-audit] in pyproject.toml define a policy",
		);
	});

	it("reads an explicit path relative to the root, and fails when it does not exist", async () => {
		const loaded = await loadPolicy(
			nodePath.join(FIXTURES, "policy-file"),
			"../pyproject-policy/pyproject.toml",
		);
		expect(loaded.source).toEqual({
			kind: "explicit",
			file: "../pyproject-policy/pyproject.toml",
		});
		expect(loaded.policy.packages.httpx?.allowed).toBe(">=0.27.1,<1");
		await expect(loadPolicy(FIXTURES, "missing.toml")).rejects.toThrow(
			"policy file missing.toml not found",
		);
	});

	it("reports invalid TOML in the policy file with its line", async () => {
		await expect(
			loadPolicy(nodePath.join(FIXTURES, "broken-toml")),
		).rejects.toMatchObject({
			message: expect.stringMatching(/^invalid TOML/),
			file: "pin-audit.toml",
			line: 3,
		});
	});
});

describe("loadPolicyFromToml with several problems", () => {
	it("leaves the first problem's location to file and line, and names the others'", () => {
		const error = errorOf('[rules]\nunpined = "off"\nconflict = "warn"');
		expect([error.file, error.line]).toEqual(["pin-audit.toml", 2]);
		expect(error.message.split("\n")).toEqual([
			"unknown key `rules.unpined`; did you mean `unpinned`?",
			'pin-audit.toml:3: `rules.conflict` must be one of "error" | "warning" | "notice" | "off", got "warn"; did you mean "warning"?',
		]);
	});
});
