// Lists the functions with the most self time in a V8 .cpuprofile (`node --cpu-prof`), and the share of
// time spent under each source file, so a profile can be read without DevTools.
// Usage: node bench/top-functions.mjs <file.cpuprofile> [count]
import { readFileSync } from "node:fs";
import { basename } from "node:path";

/**
 * esbuild marks where each bundled module starts (`// src/parse/toml.ts`); maps a 0-based line of the bundle
 * to that module, so time in dist/cli.js is attributed to the source file it came from.
 */
function readModuleMarkers(url) {
	if (!url.startsWith("file://")) return null;
	let text;
	try {
		text = readFileSync(new URL(url), "utf8");
	} catch {
		return null;
	}
	const starts = [];
	text.split("\n").forEach((line, index) => {
		const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
		if (marker) starts.push({ line: index, module: marker[1] });
	});
	return starts.length > 0 ? starts : null;
}

function moduleAt(starts, line) {
	let found = null;
	for (const start of starts) {
		if (start.line > line) break;
		found = start.module;
	}
	return found;
}

/** Self time per function and per source module, in milliseconds. */
export function summarizeProfile(profile) {
	const markers = new Map();
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	const selfMicros = new Map();
	const { samples, timeDeltas } = profile;
	for (let i = 0; i < samples.length; i++) {
		const id = samples[i];
		selfMicros.set(id, (selfMicros.get(id) ?? 0) + (timeDeltas[i] ?? 0));
	}
	const byFunction = new Map();
	const byFile = new Map();
	const byArea = new Map();
	let total = 0;
	for (const [id, micros] of selfMicros) {
		const node = nodes.get(id);
		if (!node) continue;
		const { functionName, url, lineNumber } = node.callFrame;
		if (url && !markers.has(url)) markers.set(url, readModuleMarkers(url));
		const starts = url ? markers.get(url) : null;
		const file = starts
			? (moduleAt(starts, lineNumber) ?? basename(url))
			: url
				? basename(url)
				: "(native)";
		const key = `${functionName || "(anonymous)"} ${file} (${basename(url) || "native"}:${lineNumber + 1})`;
		byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
		byFile.set(file, (byFile.get(file) ?? 0) + micros);
		const area = areaOf(file, functionName);
		byArea.set(area, (byArea.get(area) ?? 0) + micros);
		total += micros;
	}
	const rank = (map) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.map(([name, micros]) => ({
				name,
				ms: micros / 1000,
				share: micros / total,
			}));
	return {
		totalMs: total / 1000,
		areas: rank(byArea),
		functions: rank(byFunction),
		files: rank(byFile),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [file, count = "25"] = process.argv.slice(2);
	if (!file) {
		process.stderr.write(
			"usage: node bench/top-functions.mjs <file.cpuprofile> [count]\n",
		);
		process.exit(2);
	}
	const summary = summarizeProfile(JSON.parse(readFileSync(file, "utf8")));
	process.stdout.write(
		`total sampled: ${summary.totalMs.toFixed(0)} ms\n\nself time by function:\n`,
	);
	for (const f of summary.functions.slice(0, Number(count)))
		process.stdout.write(
			`${f.ms.toFixed(1).padStart(9)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`,
		);
	process.stdout.write("\nself time by area:\n");
	for (const f of summary.areas)
		process.stdout.write(
			`${f.ms.toFixed(1).padStart(9)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`,
		);
	process.stdout.write("\nself time by file:\n");
	for (const f of summary.files.slice(0, 15))
		process.stdout.write(
			`${f.ms.toFixed(1).padStart(9)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}\n`,
		);
}

/** Groups a frame: `src/parse`, `node_modules/smol-toml`, garbage collection, regular expressions, node. */
function areaOf(file, functionName) {
	const source = /^(src\/[^/]+|node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(file);
	if (source) return source[1].endsWith(".ts") ? "src (entries)" : source[1];
	if (functionName === "(garbage collector)") return "garbage collection";
	if (functionName.startsWith("RegExp:")) return "regular expressions (native)";
	if (file === "(native)") return "other native (fs, idle, program)";
	return `node internals (${file})`;
}
