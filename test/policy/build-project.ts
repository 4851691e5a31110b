// Small hand-built projects for rule tests: only the fields a test cares about need spelling out.
import type {
	Finding,
	LockedPackage,
	Project,
	Requirement,
} from "../../src/model/types.js";
import { parseToml } from "../../src/parse/toml.js";
import { evaluatePolicy } from "../../src/policy/evaluate-policy.js";
import {
	createDefaultPolicy,
	loadPolicyFromToml,
} from "../../src/policy/load-policy.js";
import type { Policy } from "../../src/policy/schema.js";

export function requirement(
	name: string,
	specifier: string,
	overrides: Partial<Requirement> = {},
): Requirement {
	return {
		name,
		specifier,
		extras: [],
		marker: null,
		url: null,
		editable: false,
		hashes: 0,
		group: "project",
		file: "pyproject.toml",
		line: 1,
		...overrides,
	};
}

export function locked(
	name: string,
	version: string | null,
	overrides: Partial<LockedPackage> = {},
): LockedPackage {
	return {
		name,
		version,
		source: "registry",
		sourceUrl: "https://pypi.org/simple",
		marker: null,
		dependencies: [],
		file: "uv.lock",
		line: 1,
		...overrides,
	};
}

export function project(overrides: Partial<Project> = {}): Project {
	const path = overrides.path ?? ".";
	const prefix = path === "." ? "" : `${path}/`;
	return {
		path,
		workspace: null,
		files: [
			{ path: `${prefix}pyproject.toml`, kind: "pyproject" },
			{ path: `${prefix}uv.lock`, kind: "uv-lock" },
			{ path: `${prefix}requirements.txt`, kind: "requirements" },
		],
		requirements: [],
		locked: [],
		requiresPython: null,
		lockMetadata: [],
		pipOptions: [],
		...overrides,
	};
}

/** A policy from TOML text, as pin-audit.toml. */
export function policyFrom(text: string): Policy {
	const parsed = parseToml(text, "pin-audit.toml");
	if (parsed.value === null) throw new Error(parsed.diagnostics[0]?.message);
	const document = parsed.value;
	return loadPolicyFromToml(document.value, "pin-audit.toml", document.lineOf);
}

export { createDefaultPolicy };

export const TODAY = new Date("2026-09-01T12:00:00Z");

/**
 * evaluatePolicy's findings as a user sees them: without `key`, the identity compare-reports.ts matches on
 * (tested in consolidate-findings.test.ts), so rule tests spell out only what is shown.
 */
export function evaluateShown(
	...args: Parameters<typeof evaluatePolicy>
): Omit<Finding, "key">[] {
	return evaluatePolicy(...args).map(({ key: _key, ...shown }) => shown);
}
