import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { refSegment, rolloutBranch } from "../../src/rollout/rollout-branch.js";

/** git's own verdict on a branch name. */
function gitAccepts(branch: string): boolean {
	try {
		execFileSync("git", ["check-ref-format", "--branch", branch], {
			stdio: "ignore",
		});
		return true;
	} catch {
		return false;
	}
}

describe("rolloutBranch", () => {
	it("names the branch pin-audit/rollout/<package>-<version>", () => {
		expect(rolloutBranch("mcp", "1.23.3")).toBe("pin-audit/rollout/mcp-1.23.3");
		expect(rolloutBranch("zope.interface", "1!2.0+local.1")).toBe(
			"pin-audit/rollout/zope.interface-1-2.0+local.1",
		);
	});

	it("gives a name git accepts whatever the package and version hold", () => {
		const hostile = [
			["..", ".."],
			[".hidden", "1.0.lock"],
			["a b~c^d:e?f*g[h\\i", "@{1}"],
			["x\u0000y\u007f", "1..2/../3"],
			["", ""],
			["pkg", "1.0."],
			["-lead", "/x//y/"],
			["a".repeat(300), "9".repeat(300)],
			["`rm -rf`", "$(id)"],
		];
		for (const [name, version] of hostile) {
			const branch = rolloutBranch(name as string, version as string);
			expect(branch.startsWith("pin-audit/rollout/")).toBe(true);
			expect(branch.slice("pin-audit/rollout/".length)).not.toContain("/");
			expect(gitAccepts(branch), branch).toBe(true);
		}
	});

	it("keeps a segment of letters, digits and . _ + - only", () => {
		expect(refSegment("a/b c")).toBe("a-b-c");
		expect(refSegment("...")).toBe("package");
		expect(refSegment("x.lock")).toBe("x-lock");
	});
});
