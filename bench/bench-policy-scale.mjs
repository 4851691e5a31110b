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
import { changeAdoptionFleet, writeAdoptionFleet } from "./adoption-fleet.mjs";

const FORMAT = 3;
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

const files = {
	read: (file) => readFileSync(file, "utf8"),
	write: (file, text) => writeFileSync(file, text),
};

/** The example's three servers repeated to `projects`, under POLICY. */
function writeExampleLayout(dir, projects, example) {
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
}

/** The pull request on it: two servers move their mcp, two their httpx pin. */
function changeExampleLayout(dir, { read, write }) {
	for (const i of [0, 1]) {
		const pyproject = join(dir, "servers", `scraper-${i}`, "pyproject.toml");
		write(pyproject, read(pyproject).replace('"mcp~=1.23.3"', '"mcp~=1.24.0"'));
		const requirements = join(
			dir,
			"servers",
			`transform-${i}`,
			"requirements-mcp.txt",
		);
		write(
			requirements,
			read(requirements).replace(/^httpx==.*$/m, "httpx==0.28.0"),
		);
	}
}

export const SHAPES = {
	policy: {
		title:
			"the example's layout under a fleet-wide policy (`[[install]]`, `[[exceptions]]`, consistency `*`, rollout)",
		write: writeExampleLayout,
		change: changeExampleLayout,
	},
	adoption: {
		title:
			"a fleet before adoption (bare and loose requirements, pins scattered across the fleet, consistency `*`)",
		write: (dir, projects) => writeAdoptionFleet(dir, projects),
		change: changeAdoptionFleet,
	},
};

/** Writes the fleet as a two-commit git repository (skipped when one of the same shape and size is there). */
export function writeScaleFleet(dir, shape, projects, example) {
	const marker = join(dir, ".git", "bench-fleet.json");
	if (existsSync(marker)) {
		const meta = JSON.parse(readFileSync(marker, "utf8"));
		if (
			meta.format === FORMAT &&
			meta.shape === shape &&
			meta.projects === projects
		)
			return meta;
	}
	rmSync(dir, { recursive: true, force: true });
	SHAPES[shape].write(dir, projects, example);
	git(dir, "init", "-q");
	git(dir, "add", "-A");
	git(dir, "commit", "-q", "-m", "base");
	SHAPES[shape].change(dir, files);
	git(dir, "commit", "-q", "-a", "-m", "head");
	const meta = { format: FORMAT, shape, projects };
	writeFileSync(marker, JSON.stringify(meta));
	return meta;
}

/** Each shape's audit and comparison with the base at 150 and 1200 projects: wall, CPU and peak RSS. */
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
	for (const shape of Object.keys(SHAPES))
		for (const projects of [150, 1200]) {
			const dir = join(work, `${shape}-fleet-${projects}`);
			process.stdout.write(`${shape} fleet of ${projects}: generating... `);
			writeScaleFleet(dir, shape, projects, join(repo, "examples/mcp-fleet"));
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
			rows.push({ shape, projects, audit, compared });
		}
	return rows;
}
