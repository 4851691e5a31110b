// Issue 13's benchmark case: a 16 MiB single-line file audited in under 2 s (linear time on pull-request text:
// no regex with nested or overlapping quantifiers). Each shape is one line just under the 16 MiB size limit
// (src/discover/read-text-file.ts), in a directory of its own, audited with `node cli.js <dir> --offline
// --format json`; the time is the median CPU time (user+sys, all threads; wall time where the bench cannot
// measure CPU) with the one-line audit's subtracted (start-up), so that other work on the machine does not
// decide it; its ratio to the one-line audit is printed too. A case over 2 s sets a non-zero exit code.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LIMIT_BYTES = 16 * 1024 * 1024 - 1;
const BUDGET_MS = 2000;

/** name -> [file name, the file's one line: a prefix and a run filled up to the limit, then a suffix]. */
const SHAPES = {
	"spaces before #": ["requirements.txt", "flask==3.0.0", " ", "#c"],
	"tabs, quotes, brackets": ["requirements.txt", "flask[", "\t'\"[(", "]==3.0"],
	"backslashes (continuations)": ["requirements.txt", "flask", "\\ ", "==3.0"],
	"a specifier of commas": ["requirements.txt", "flask", ">=1,", "<4"],
	"pyproject.toml, one long line": [
		"pyproject.toml",
		'[project]\nname = "x"\nversion = "1"\ndependencies = ["flask',
		" ",
		'==3.0"]\n',
	],
};

function fill(prefix, run, suffix) {
	const room =
		LIMIT_BYTES - Buffer.byteLength(prefix) - Buffer.byteLength(suffix);
	return prefix + run.repeat(Math.floor(room / run.length)) + suffix;
}

/** Writes each shape and a one-line control, measures them with the bench's own runner, prints a table. */
export async function benchSingleLine({
	measureRuns,
	node,
	offline,
	work,
	runs,
}) {
	const root = join(work, "single-line");
	const dirOf = (name) => join(root, name.replace(/[^a-z0-9]+/gi, "-"));
	const control = dirOf("control");
	mkdirSync(control, { recursive: true });
	writeFileSync(join(control, "requirements.txt"), "flask==3.0.0\n");
	// A slow shape runs once (it is the file just written: no cold cache to warm); the control as the fleets do.
	const measure = (dir, times) =>
		measureRuns(
			times,
			process.execPath,
			node([dir, ...offline, "--format", "json"]),
			{ work, anyExit: true, keepStdout: true, warmUp: times > 1 },
		);
	const base = await measure(control, runs);
	const timeOf = (r) => (Number.isFinite(r.cpuMs) ? r.cpuMs : r.wallMs);
	const rows = [];
	for (const [name, [file, prefix, run, suffix]] of Object.entries(SHAPES)) {
		const dir = dirOf(name);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, file), `${fill(prefix, run, suffix)}\n`);
		const result = await measure(dir, 1);
		// A file refused for its size would be fast for the wrong reason.
		if (result.last.stdout.includes("larger than the"))
			throw new Error(`${name}: the file was not read (over the size limit)`);
		const ms = timeOf(result) - timeOf(base);
		rows.push({
			name,
			ms,
			ratio: timeOf(result) / timeOf(base),
			wall: result.wallMs,
		});
	}
	process.stdout.write(
		`\n16 MiB single-line files (${Number.isFinite(base.cpuMs) ? "CPU" : "wall"} time minus the one-line audit's ${Math.round(timeOf(base))} ms; budget ${BUDGET_MS} ms):\n`,
	);
	for (const { name, ms, ratio, wall } of rows)
		process.stdout.write(
			`  ${name.padEnd(30)} ${String(Math.round(ms)).padStart(6)} ms  (${ratio.toFixed(1)}x the one-line audit; wall ${Math.round(wall)} ms)${ms > BUDGET_MS ? "  OVER BUDGET" : ""}\n`,
		);
	if (rows.some((r) => r.ms > BUDGET_MS)) process.exitCode = 1;
	return rows;
}
