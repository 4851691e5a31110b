// A requirement that admits no version is a `conflict` error naming the clauses that exclude each other, and no
// other rule invents an example version for it. The truth is Python's `packaging` (SpecifierSet.is_unsatisfiable):
// test/data/unsatisfiable/declarations.json, made by scripts/gen-unsatisfiable-vectors.py.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../../src/audit.js";
import type { Report } from "../../../src/model/report.js";
import {
	contains,
	parseSpecifierSet,
} from "../../../src/pep440/specifier-set.js";

type Declaration = [
	requirement: string,
	specifier: string,
	unsatisfiable: boolean,
	witness: string | null,
];
const { declarations } = JSON.parse(
	readFileSync(
		new URL("../../data/unsatisfiable/declarations.json", import.meta.url),
		"utf8",
	),
) as { declarations: Declaration[] };

let root: string;
let report: Report;
beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), "pin-audit-unsat-"));
	writeFileSync(
		join(root, "requirements.txt"),
		`${declarations.map(([text]) => text).join("\n")}\n`,
	);
	// Every package gets an allowed range, so outside-policy looks at every line.
	writeFileSync(
		join(root, "pin-audit.toml"),
		declarations
			.map((_, i) => `[packages.pkg${i}]\nallowed = ">=1.0,<1.1"\n`)
			.join(""),
	);
	report = await auditRepository({ root, offline: true });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("unsatisfiable requirements, differential against packaging", () => {
	it("has both kinds in the data", () => {
		const unsat = declarations.filter((d) => d[2]).length;
		expect(unsat).toBeGreaterThan(80);
		expect(declarations.length - unsat).toBeGreaterThan(80);
	});

	it("reports a conflict error exactly for the declarations packaging finds unsatisfiable", () => {
		const flagged = new Set(
			report.findings
				.filter((f) => f.rule === "conflict" && f.severity === "error")
				.map((f) => f.package),
		);
		const wrong = declarations.flatMap(([text, , unsat], i) =>
			flagged.has(`pkg${i}`) === unsat ? [] : [`${text} (packaging: ${unsat})`],
		);
		expect(wrong).toEqual([]);
	});

	it("gives no other finding on an unsatisfiable line, and every counterexample is admitted", () => {
		for (const finding of report.findings) {
			const index = Number(finding.package?.slice(3));
			const [text, specifier, unsat, witness] = declarations[
				index
			] as Declaration;
			if (unsat) expect([text, finding.rule]).toEqual([text, "conflict"]);
			if (finding.counterexample !== undefined) {
				const parsed = parseSpecifierSet(specifier);
				expect(parsed.ok).toBe(true);
				if (parsed.ok)
					expect([
						text,
						contains(parsed.value, finding.counterexample, {
							prereleases: true,
						}),
					]).toEqual([text, true]);
			}
			if (witness !== null) expect(unsat).toBe(false);
		}
	});
});

describe("the message", () => {
	it("names the clauses that exclude each other, and only those", () => {
		const index = declarations.findIndex(
			([, s]) => s === ">=1.0,~=3.23.27,<2.1",
		);
		const finding = report.findings.find((f) => f.package === `pkg${index}`);
		expect(finding?.message).toBe(
			`no version of \`pkg${index}\` satisfies \`pkg${index}>=1.0,~=3.23.27,<2.1\` (requirements.txt:${index + 1}): \`~=3.23.27\` and \`<2.1\` exclude each other, so installing it fails. Keep the clauses of the range you mean.`,
		);
		expect(finding?.line).toBe(index + 1);
	});
});
