// The example fleet's layout at scale, under a policy that uses every fleet-wide setting: its three servers
// repeated to 150 and 1200 projects (each a pyproject.toml, a requirements-mcp.txt that includes the root's, and a
// uv.lock), with `[[install]]`, `[[exceptions]]`, `[consistency] packages = "*"`, `[rollout]` and `[[compat]]`,
// in a git repository whose last commit changes a few pins. An audit and a comparison with the base
// (`--base-ref HEAD~1`, what the action does on a pull request) at both sizes: 8x the projects should take about
// 8x the time. Before round 13 the audit of 1000 such projects took 27 s and the comparison of 1200 54 s (one
// picomatch compilation per pair of files; one git process per file).
import { execFileSync } from "node:child_process";
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { join } from "node:path";

const FORMAT = 1;
const SERVERS = ["scraper", "transform", "docparse"];

const POLICY = `extends = ["mcp"]

[[pins.files]]
glob = "**/requirements-mcp.txt"
level = "exact"

[packages.mcp]
allowed = "~=1.23.3"
banned = ["==1.23.0"]
required = ["servers/*"]

[[compat]]
when = "mcp>=1.13,<2"
require = "httpx>=0.27.1,<1"

[consistency]
packages = "*"

[[exceptions]]
rule = "outside-policy"
package = "mcp"
project = "servers/scraper-1*"
reason = "waiting for the vendor SDK"

[[exceptions]]
rule = "diverged"
package = "anyio"
reason = "two installs on purpose"

[[install]]
each = "servers/*/pyproject.toml"
with = "./requirements-mcp.txt"
reason = "the server images install both"

[rollout]
canary = ["servers/scraper-0", "servers/transform-0"]
soak = "24h"
`;

const git = (dir, ...args) =>
	execFileSync(
		"git",
		["-c", "user.email=bench@example.test", "-c", "user.name=bench", ...args],
		{ cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
	);

/** Writes the fleet as a two-commit git repository (skipped when one of the same size is there). */
export function writePolicyFleet(dir, projects, example) {
	const marker = join(dir, ".git", "bench-fleet.json");
	if (existsSync(marker)) {
		const meta = JSON.parse(readFileSync(marker, "utf8"));
		if (meta.format === FORMAT && meta.projects === projects) return meta;
	}
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, "servers"), { recursive: true });
	for (let i = 0; i < projects / SERVERS.length; i++)
		for (const server of SERVERS)
			cpSync(
				join(example, "servers", server),
				join(dir, "servers", `${server}-${i}`),
				{ recursive: true },
			);
	cpSync(
		join(example, "requirements-mcp.txt"),
		join(dir, "requirements-mcp.txt"),
	);
	writeFileSync(join(dir, "pin-audit.toml"), POLICY);
	git(dir, "init", "-q");
	git(dir, "add", "-A");
	git(dir, "commit", "-q", "-m", "base");
	// The pull request: two servers move their mcp, two their httpx pin.
	for (const i of [0, 1]) {
		const pyproject = join(dir, "servers", `scraper-${i}`, "pyproject.toml");
		writeFileSync(
			pyproject,
			readFileSync(pyproject, "utf8").replace('"mcp~=1.23.3"', '"mcp~=1.24.0"'),
		);
		const requirements = join(
			dir,
			"servers",
			`transform-${i}`,
			"requirements-mcp.txt",
		);
		writeFileSync(
			requirements,
			readFileSync(requirements, "utf8").replace(
				/^httpx==.*$/m,
				"httpx==0.28.1",
			),
		);
	}
	git(dir, "commit", "-q", "-a", "-m", "head");
	const meta = { format: FORMAT, projects };
	writeFileSync(marker, JSON.stringify(meta));
	return meta;
}

/** The audit and the comparison with the base at 150 and 1200 projects; each row's wall, CPU and peak RSS. */
export async function benchPolicyScale({
	repo,
	work,
	runs,
	largeRuns,
	measureRuns,
	node,
	offline,
}) {
	const rows = [];
	for (const projects of [150, 1200]) {
		const dir = join(work, `policy-fleet-${projects}`);
		process.stdout.write(`policy fleet of ${projects}: generating... `);
		writePolicyFleet(dir, projects, join(repo, "examples/mcp-fleet"));
		const n = projects >= 1000 ? largeRuns : runs;
		process.stdout.write("audit... ");
		const audit = await measureRuns(
			n,
			process.execPath,
			node([dir, ...offline, "--format", "json"]),
			{ work },
		);
		process.stdout.write("compared with the base... ");
		const compared = await measureRuns(
			n,
			process.execPath,
			node([dir, ...offline, "--base-ref", "HEAD~1", "--format", "markdown"]),
			{ work },
		);
		process.stdout.write("done\n");
		rows.push({ projects, audit, compared });
	}
	return rows;
}
