// A fleet of MCP servers built from examples/mcp-fleet's: each flawed server copied `flawedCopies` times
// (servers/docparse-1 ...), plus `cleanCopies` copies of the scraper with its stray `httpx==0.26.0` fixed
// (servers/clean-1 ...), next to the example's policy and shared requirements file. With the defaults: 70
// servers, 36 errors in 18 of them (the fleet the CLI's text layout is measured on).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const EXAMPLE = "examples/mcp-fleet";
const FLAWED = ["docparse", "scraper", "transform"] as const;

export function copyExampleFleet({
	flawedCopies = 6,
	cleanCopies = 52,
} = {}): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-fleet-"));
	for (const file of ["pin-audit.toml", "requirements-mcp.txt"])
		cpSync(join(EXAMPLE, file), join(root, file));
	for (const server of FLAWED)
		for (let i = 1; i <= flawedCopies; i++)
			cpSync(
				join(EXAMPLE, "servers", server),
				join(root, "servers", `${server}-${i}`),
				{ recursive: true },
			);
	for (let i = 1; i <= cleanCopies; i++) {
		const dir = join(root, "servers", `clean-${i}`);
		cpSync(join(EXAMPLE, "servers", "scraper"), dir, { recursive: true });
		const requirements = join(dir, "requirements-mcp.txt");
		const text = readFileSync(requirements, "utf8");
		if (!text.includes("httpx==0.26.0\n"))
			throw new Error("the example scraper no longer pins httpx==0.26.0");
		writeFileSync(
			requirements,
			text.replace("httpx==0.26.0\n", "httpx==0.28.1\n"),
		);
	}
	return root;
}
