import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "../../../src/policy/evaluate-policy.js";
import {
	createDefaultPolicy,
	locked,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

const inRequirements = { file: "requirements.txt", group: "requirements" };

function conflicts(p: ReturnType<typeof project>) {
	return evaluatePolicy([p], createDefaultPolicy(), { today: TODAY }).filter(
		(f) => f.rule === "conflict",
	);
}

describe("conflict from what pinned and locked packages require", () => {
	it("names both lines, what the pin requires and a short source, then the fix", () => {
		const [finding] = conflicts(
			project({
				requirements: [
					requirement("mcp", "==1.23.3", { ...inRequirements, line: 2 }),
					requirement("anyio", "==4.3.0", { ...inRequirements, line: 6 }),
				],
			}),
		);
		expect(finding?.message).toBe(
			"`anyio==4.3.0` (requirements.txt:6) cannot be installed with `mcp==1.23.3` (requirements.txt:2), which requires `anyio>=4.5` per pin-audit's MCP-stack knowledge: the install fails. Change anyio to a version in `>=4.5`, or pin another mcp release that accepts anyio==4.3.0.",
		);
	});

	it("ignores a line its marker keeps off every Python the pinned package supports", () => {
		// mcp 1.23.3 requires Python >=3.10: the `< "3.8"` line is never installed next to it.
		const lines = (olderMarker: string) =>
			conflicts(
				project({
					requiresPython: null,
					requirements: [
						requirement("mcp", "==1.23.3", { ...inRequirements, line: 1 }),
						requirement("httpx", "==0.26.0", {
							...inRequirements,
							line: 2,
							marker: olderMarker,
						}),
						requirement("httpx", "==0.28.1", {
							...inRequirements,
							line: 3,
							// Apart from line 2's markers: where both hold, the two pins are a `conflict` of their own.
							marker: 'python_version >= "3.11"',
						}),
					],
				}),
			).map((f) => `${f.package}:${f.line}`);
		expect(lines('python_version < "3.8"')).toEqual([]);
		expect(lines('python_version < "3.11"')).toEqual(["httpx:2"]);
	});

	it("says a lock no resolver would write is edited by hand or stale", () => {
		const [finding] = conflicts(
			project({
				locked: [
					locked("mcp", "1.23.3", { line: 40 }),
					locked("httpx", "0.26.0", { line: 20 }),
				],
			}),
		);
		expect(finding?.message).toBe(
			"`httpx 0.26.0` (uv.lock:20) is outside `httpx>=0.27.1`, which `mcp 1.23.3` (uv.lock:40) requires per pin-audit's MCP-stack knowledge: no resolver writes such a lock, so it was edited by hand or is stale. Re-lock, or move httpx into `>=0.27.1`.",
		);
	});

	it("reads a forked lock's entries under their markers (awslabs: pydantic 2.11.4 only below Python 3.14)", () => {
		// mcp 1.29.0 requires `pydantic>=2.12.0; python_version >= "3.14"`: the 2.11.4 entry serves < 3.14 only.
		const fork = (olderMarker: string) =>
			conflicts(
				project({
					requiresPython: ">=3.10",
					locked: [
						locked("mcp", "1.29.0", { line: 687 }),
						locked("pydantic", "2.11.4", { line: 801, marker: olderMarker }),
						locked("pydantic", "2.13.4", {
							line: 820,
							marker: "python_full_version >= '3.14'",
						}),
					],
				}),
			).map((f) => `${f.package}:${f.line}`);
		expect(fork("python_full_version < '3.14'")).toEqual([]);
		expect(fork("python_full_version < '3.15'")).toEqual(["pydantic:801"]);
	});

	it("keeps a known incompatibility's source out of the message", () => {
		const [finding] = conflicts(
			project({
				locked: [
					locked("mcp", "1.23.3", { line: 40 }),
					locked("httpx", "1.0.dev3", { line: 20 }),
				],
			}),
		);
		expect(finding?.message).toMatch(
			/^`httpx 1\.0\.dev3` \(uv\.lock:20\) breaks `mcp 1\.23\.3` \(uv\.lock:40\), a known incompatibility no package metadata declares: httpx 1\.0 pre-releases/,
		);
		expect(finding?.message).not.toContain("CHANGELOG");
	});
});
