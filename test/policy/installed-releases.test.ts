import { describe, expect, it } from "vitest";
import { listInstalledReleases } from "../../src/policy/installed-releases.js";
import { createRuleContext } from "../../src/policy/rule-context.js";
import {
	createDefaultPolicy,
	locked,
	project,
	requirement,
	TODAY,
} from "./build-project.js";

function fleet(size: number) {
	return Array.from({ length: size }, (_, i) =>
		project({
			path: `servers/s${i}`,
			requirements: [
				requirement("mcp", `==1.${i}.0`, {
					file: `servers/s${i}/pyproject.toml`,
				}),
			],
			locked: [locked("anyio", `4.${i}`, { file: `servers/s${i}/uv.lock` })],
		}),
	);
}

describe("listInstalledReleases", () => {
	it("lists each pin and locked registry release with the line that says so", () => {
		const [only] = fleet(1);
		if (!only) throw new Error("no project");
		const context = createRuleContext([only], createDefaultPolicy(), TODAY);
		expect(
			listInstalledReleases(context, only).map((r) => [
				r.name,
				r.version,
				r.file,
				r.entry === null ? "pin" : "lock",
			]),
		).toEqual([
			["mcp", "1.0.0", "servers/s0/pyproject.toml", "pin"],
			["anyio", "4.0", "servers/s0/uv.lock", "lock"],
		]);
	});

	it("builds a project's list once while it is asked about, and again after many other projects", () => {
		const projects = fleet(12);
		const context = createRuleContext(projects, createDefaultPolicy(), TODAY);
		const [first] = projects;
		if (!first) throw new Error("no project");
		const before = listInstalledReleases(context, first);
		expect(listInstalledReleases(context, first)).toBe(before);
		for (const p of projects) listInstalledReleases(context, p);
		const after = listInstalledReleases(context, first);
		// Only the last few projects' lists are kept (a fleet's lists were a third of its live heap): the first
		// project's is built again, and says the same.
		expect(after).not.toBe(before);
		expect(after).toEqual(before);
		for (const [i, p] of projects.entries())
			expect(listInstalledReleases(context, p)[0]?.version).toBe(`1.${i}.0`);
	});

	it("keeps lists per evaluation: another context builds its own", () => {
		const projects = fleet(2);
		const [first] = projects;
		if (!first) throw new Error("no project");
		const a = createRuleContext(projects, createDefaultPolicy(), TODAY);
		const b = createRuleContext(projects, createDefaultPolicy(), TODAY);
		expect(listInstalledReleases(a, first)).not.toBe(
			listInstalledReleases(b, first),
		);
	});
});
