// Real-repository conformance: for every repository in the shared corpus (../shared/corpus, public MCP
// repositories; SOURCES.md says what each is), the findings pin-audit reports with the built-in default policy and
// with the `mcp` preset, offline, as reviewed line by line (expected.json: rule, severity, file, line, package,
// folded rule ids, and why each finding is true). `mustNotReport` lists false alarms earlier versions raised.
// A repository added to the corpus without a reviewed entry fails the suite.
//
// The corpus is not part of this repository; on a clone without it this suite is reported as skipped.
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../../src/audit.js";

interface Expected {
	rule: string;
	severity: string;
	file: string | null;
	line: number | null;
	package: string | null;
	also?: string[];
	review: string;
}
interface Repository {
	default: Expected[];
	mcp: Expected[];
	mustNotReport?: Omit<Expected, "severity">[];
}

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, "../../../../shared/corpus");
const expected = JSON.parse(
	readFileSync(join(here, "expected.json"), "utf8"),
) as {
	repositories: Record<string, Repository>;
};
const present = existsSync(corpus);
const repositories = present
	? readdirSync(corpus, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => e.name)
			.sort()
	: [];
const policyDir = mkdtempSync(join(tmpdir(), "pin-audit-real-repos-"));
const mcpPolicy = join(policyDir, "mcp.toml");
writeFileSync(mcpPolicy, 'extends = ["mcp"]\n');
afterAll(() => rmSync(policyDir, { recursive: true, force: true }));

const TODAY = new Date("2026-09-01T12:00:00Z");

async function audit(name: string, policyPath?: string) {
	const report = await auditRepository({
		root: join(corpus, name),
		offline: true,
		today: TODAY,
		...(policyPath === undefined ? {} : { policyPath }),
	});
	return report.findings.map((f) => ({
		rule: f.rule,
		severity: f.severity,
		file: f.file,
		line: f.line,
		package: f.package,
		...(f.also === undefined ? {} : { also: f.also }),
	}));
}

const shown = (list: readonly Expected[]) =>
	list.map(({ review: _review, ...rest }) => rest);

describe.skipIf(!present)("real repositories (../shared/corpus)", () => {
	it("has a reviewed entry for every repository of the corpus, and none for a repository it lacks", () => {
		expect(Object.keys(expected.repositories).sort()).toEqual(repositories);
	});

	it("gives every expected error a review saying why it is true", () => {
		for (const repository of Object.values(expected.repositories))
			for (const finding of [...repository.default, ...repository.mcp])
				expect(finding.review.startsWith("true")).toBe(true);
	});

	for (const name of repositories) {
		const entry = expected.repositories[name];
		it(`${name}: the reviewed findings, default policy`, async () => {
			expect(await audit(name)).toEqual(shown(entry?.default ?? []));
		});
		it(`${name}: the reviewed findings, mcp preset`, async () => {
			const findings = await audit(name, mcpPolicy);
			expect(findings).toEqual(shown(entry?.mcp ?? []));
			for (const wrong of entry?.mustNotReport ?? [])
				expect(
					findings.filter(
						(f) =>
							f.rule === wrong.rule &&
							f.file === wrong.file &&
							f.line === wrong.line,
					),
				).toEqual([]);
		});
	}
});
