import { describe, expect, it } from "vitest";
import { KNOWN_INCOMPATIBILITIES } from "../../src/knowledge/known-incompatibilities.js";
import { lookupKnownRequirements } from "../../src/knowledge/lookup-known-requirements.js";
import {
	KNOWN_REQUIREMENT_SCOPE,
	MCP_KNOWN_REQUIREMENTS,
} from "../../src/knowledge/mcp-stack-requirements.js";
import { parsePep508 } from "../../src/parse/pep508.js";
import {
	intersect,
	isEmpty,
	parseSpecifierSet,
} from "../../src/pep440/specifier-set.js";

describe("the mcp requirements table", () => {
	it("has rows that parse, cite a source and stay within the packages in scope", () => {
		for (const row of MCP_KNOWN_REQUIREMENTS) {
			expect(parseSpecifierSet(row.versions).ok, row.versions).toBe(true);
			expect(row.source).toMatch(/python-sdk/);
			for (const entry of row.requiresDist) {
				const parsed = parsePep508(entry);
				expect(parsed.ok, entry).toBe(true);
				if (parsed.ok)
					expect([...KNOWN_REQUIREMENT_SCOPE, "httpx2"]).toContain(
						parsed.value.name,
					);
			}
		}
	});

	it("covers each release at most once", () => {
		const sets = MCP_KNOWN_REQUIREMENTS.map((row) => {
			const parsed = parseSpecifierSet(row.versions);
			if (!parsed.ok) throw new Error(parsed.error);
			return parsed.value;
		});
		for (const [i, a] of sets.entries())
			for (const b of sets.slice(i + 1))
				expect(isEmpty(intersect(a, b)), `${a.text} overlaps ${b.text}`).toBe(
					true,
				);
	});

	it.each([
		["1.0.0", "httpx>=0.27"],
		["1.9.4", "httpx>=0.27"],
		["1.13.0", "httpx>=0.27.1"],
		["1.23.3", "httpx>=0.27.1"],
		["1.27.0", "httpx>=0.27.1"],
		["1.27.1", "httpx<1.0.0,>=0.27.1"],
		["1.29.0", "httpx<1.0.0,>=0.27.1"],
	])("mcp %s declares %s", (version, httpx) => {
		const known = lookupKnownRequirements("mcp", version);
		expect(
			known?.requiresDist.filter(
				(r) => r.startsWith("httpx") && !r.startsWith("httpx-"),
			),
		).toEqual([httpx]);
		expect(known?.requiresPython).toBe(">=3.10");
	});

	it("knows that mcp 2.0.0 moved to httpx2 and says nothing about releases it does not cover", () => {
		expect(lookupKnownRequirements("mcp", "2.0.0")?.requiresDist).toContain(
			"httpx2>=2.5.0",
		);
		expect(
			lookupKnownRequirements("mcp", "2.0.0")?.requiresDist.some((r) =>
				/^httpx[<>=]/.test(r),
			),
		).toBe(false);
		expect(lookupKnownRequirements("mcp", "1.1.0")).toBeNull();
		expect(lookupKnownRequirements("mcp", "3.0.0")).toBeNull();
		expect(lookupKnownRequirements("fastmcp", "2.0.0")).toBeNull();
	});

	it("records the uvicorn marker from 1.7 on and the python 3.14 floors from 1.28 on", () => {
		expect(lookupKnownRequirements("mcp", "1.6.0")?.requiresDist).toContain(
			"uvicorn>=0.23.1",
		);
		expect(lookupKnownRequirements("mcp", "1.7.0")?.requiresDist).toContain(
			'uvicorn>=0.23.1; sys_platform != "emscripten"',
		);
		expect(lookupKnownRequirements("mcp", "1.28.0")?.requiresDist).toContain(
			'pydantic>=2.12.0; python_version >= "3.14"',
		);
		expect(
			lookupKnownRequirements("mcp", "1.27.1")?.requiresDist,
		).not.toContain('pydantic>=2.12.0; python_version >= "3.14"');
	});
});

describe("known incompatibilities", () => {
	it("are well-formed and cite their sources", () => {
		for (const row of KNOWN_INCOMPATIBILITIES) {
			expect(parseSpecifierSet(row.package.specifier).ok).toBe(true);
			expect(parseSpecifierSet(row.with.specifier).ok).toBe(true);
			expect(row.source.length).toBeGreaterThan(10);
		}
		expect(
			KNOWN_INCOMPATIBILITIES.map(
				(r) =>
					`${r.package.name}${r.package.specifier} + ${r.with.name}${r.with.specifier}`,
			),
		).toEqual([
			"mcp<=1.27.0 + httpx>=1.0.dev0",
			"openai>=1.0.0,<1.55.3 + httpx>=0.28",
			"anthropic<0.40.0 + httpx>=0.28",
		]);
	});
});
