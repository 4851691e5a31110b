// The index part of `npm run bench`: 200 pinned packages audited against a loopback index speaking the PEP 691
// Simple API (a project page and a PEP 658 metadata file per release) with 50 ms added to every answer. Timed
// at the default concurrency and, in the same run, at 8 (the previous fixed bound) and 1 (serial): the ratios
// say what concurrency and keep-alive buy; the floor is two round trips (page, then metadata) plus start-up.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";

const PACKAGES = 200;
const LATENCY_MS = 50;

/** A Simple API index on loopback: `/simple/<name>/` and `/files/<wheel>.metadata`, each after `latencyMs`. */
export async function startBenchIndex(latencyMs = LATENCY_MS) {
	let inFlight = 0;
	let maxInFlight = 0;
	let requests = 0;
	let connections = 0;
	const server = createServer((req, res) => {
		requests++;
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		setTimeout(() => {
			inFlight--;
			const path = new URL(req.url ?? "/", "http://x").pathname;
			const page = /^\/simple\/([^/]+)\/$/.exec(path);
			if (page) {
				const name = page[1];
				const wheel = `${name.replace(/-/g, "_")}-1.0.0-py3-none-any.whl`;
				res.writeHead(200, {
					"content-type": "application/vnd.pypi.simple.v1+json",
				});
				res.end(
					JSON.stringify({
						meta: { "api-version": "1.1" },
						name,
						versions: ["1.0.0"],
						files: [
							{
								filename: wheel,
								url: `${base}/files/${wheel}`,
								hashes: { sha256: "0".repeat(64) },
								"requires-python": ">=3.10",
								"core-metadata": { sha256: "1".repeat(64) },
								"upload-time": "2025-01-01T00:00:00.000000Z",
								yanked: false,
								size: 1000,
							},
						],
					}),
				);
				return;
			}
			const meta =
				/^\/files\/([^/]+)-1\.0\.0-py3-none-any\.whl\.metadata$/.exec(path);
			if (meta) {
				res.writeHead(200, { "content-type": "text/plain" });
				res.end(
					`Metadata-Version: 2.1\nName: ${meta[1]}\nVersion: 1.0.0\nRequires-Python: >=3.10\nRequires-Dist: anyio>=4\n\n`,
				);
				return;
			}
			res.writeHead(404).end("Not Found");
		}, latencyMs);
	});
	server.on("connection", () => connections++);
	await new Promise((r) => server.listen(0, "127.0.0.1", r));
	const base = `http://127.0.0.1:${server.address().port}`;
	return {
		simpleUrl: `${base}/simple`,
		stats: () => ({ requests, maxInFlight, connections }),
		reset: () => {
			requests = 0;
			maxInFlight = 0;
			connections = 0;
		},
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(r);
			}),
	};
}

/** A project pinning `count` packages (each a page and a metadata file on the index). */
export function writeIndexFleet(dir, count = PACKAGES) {
	mkdirSync(dir, { recursive: true });
	const lines = Array.from({ length: count }, (_, i) => `pkg-${i}==1.0.0\n`);
	writeFileSync(join(dir, "requirements.txt"), lines.join(""));
	return dir;
}

/**
 * `measureRuns(runs, command, args, options)` from run-bench; `node(args)` the CLI's argv. Returns the rows of
 * the look-ups table: default concurrency, 8, 1; each with wall, requests, peak in flight, connections.
 */
export async function benchIndexLookups({ work, runs, measureRuns, node }) {
	const dir = writeIndexFleet(join(work, "index-fleet"));
	const index = await startBenchIndex();
	const rows = [];
	try {
		for (const [label, extra, n] of [
			["default (50)", [], runs],
			["8 (before)", ["--index-concurrency", "8"], runs],
			["1 (serial)", ["--index-concurrency", "1"], 1],
		]) {
			index.reset();
			const result = await measureRuns(
				n,
				process.execPath,
				node([
					dir,
					"--index-url",
					index.simpleUrl,
					"--format",
					"json",
					...extra,
				]),
				{ work, warmUp: false },
			);
			const stats = index.stats();
			rows.push({
				label,
				wallMs: result.wallMs,
				cpuMs: result.cpuMs,
				requests: stats.requests / n,
				maxInFlight: stats.maxInFlight,
				connections: stats.connections / n,
			});
		}
	} finally {
		await index.close();
	}
	return { packages: PACKAGES, latencyMs: LATENCY_MS, rows };
}
