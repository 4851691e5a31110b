// How `npm run bench` writes what it measured: the machine it ran on, numbers, markdown tables, and the generated
// block of bench/results.md (the hand-written notes around it are kept).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function machine() {
	const cpuList = cpus();
	let model = cpuList[0]?.model ?? "unknown";
	try {
		const lscpu = execFileSync("lscpu", { encoding: "utf8" });
		model = /Model name:\s*(.+)/.exec(lscpu)?.[1]?.trim() ?? model;
	} catch {}
	return {
		cores: cpuList.length,
		memoryGb: totalmem() / 1024 ** 3,
		cpu: model,
		os: `${platform()} ${release()}`,
		node: process.version,
		date: new Date().toISOString().slice(0, 10),
		// Other work on the machine skews every number; say how busy it was.
		load: loadavg()
			.map((l) => l.toFixed(1))
			.join(" "),
	};
}

export const fmt = {
	ms: (v) =>
		v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`,
	mb: (v) => `${v.toFixed(0)} MB`,
	x: (v) => `${v.toFixed(1)}x`,
};

export function table(header, rows) {
	const widths = header.map((h, i) =>
		Math.max(h.length, ...rows.map((r) => String(r[i]).length)),
	);
	const line = (cells) =>
		`| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
	return [
		line(header),
		`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
		...rows.map(line),
	].join("\n");
}

/** Replaces the generated block of bench/results.md, keeping the hand-written notes around it. */
export function writeResults(text) {
	const file = join(repo, "bench/results.md");
	const begin = "<!-- bench:begin (written by npm run bench) -->";
	const end = "<!-- bench:end -->";
	const block = `${begin}\n${text}\n${end}`;
	const current = existsSync(file)
		? readFileSync(file, "utf8")
		: `# Benchmark results\n\n${begin}\n${end}\n`;
	const from = current.indexOf(begin);
	const to = current.indexOf(end);
	const next =
		from >= 0 && to > from
			? current.slice(0, from) + block + current.slice(to + end.length)
			: `${current}\n${block}\n`;
	writeFileSync(file, next);
	process.stdout.write(`\nwrote ${file}\n`);
}

/** The median of each measure over single runs (and the fastest and slowest wall time), as the tables show them. */
export function summarizeRuns(results) {
	return {
		runs: results.length,
		wallMs: median(results.map((r) => r.wallMs)),
		cpuMs: median(results.map((r) => r.cpuMs)),
		rssMb: median(results.map((r) => r.rssMb)),
		minWallMs: Math.min(...results.map((r) => r.wallMs)),
		maxWallMs: Math.max(...results.map((r) => r.wallMs)),
		last: results[results.length - 1],
	};
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
