// `npm run bench`: generates synthetic fleets (bench/make-fleet.mjs), times `node <cli> <fleet> --offline
// --format json` on each against the Python baseline (bench/baseline.py), prints the table and writes
// bench/results.md.
//
// Options: --sizes 50,200,1000  --runs 5  --large-runs 3 (runs for fleets of 1000+)  --python-runs 3
//          --python-large-runs 1  --dist (time dist/cli.js as it is; default: bundle the current sources
//          into the work directory first, leaving the committed dist/ alone)  --no-python  --no-write
//          --work <dir> (default: $TMPDIR/pin-audit-bench; fleets are cached there between runs)
import { spawn, spawnSync } from "node:child_process";
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
	fmt,
	machine,
	summarizeRuns,
	table,
	writeResults,
} from "./bench-format.mjs";
import { benchIndexLookups } from "./bench-index.mjs";
import { benchPolicyScale, SHAPES } from "./bench-policy-scale.mjs";
import { benchRealLocks } from "./bench-real-locks.mjs";
import { benchStartUp } from "./bench-start-up.mjs";
import { loadTemplatePool, writeFleet } from "./make-fleet.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function readOptions() {
	const { values } = parseArgs({
		options: {
			sizes: { type: "string", default: "50,200,1000" },
			runs: { type: "string", default: "5" },
			"large-runs": { type: "string", default: "3" },
			"python-runs": { type: "string", default: "3" },
			"python-large-runs": { type: "string", default: "1" },
			dist: { type: "boolean", default: false },
			python: { type: "boolean", default: true },
			write: { type: "boolean", default: true },
			work: { type: "string", default: join(tmpdir(), "pin-audit-bench") },
		},
		allowNegative: true,
	});
	return {
		sizes: values.sizes.split(",").map(Number),
		runs: Number(values.runs),
		largeRuns: Number(values["large-runs"]),
		pythonRuns: Number(values["python-runs"]),
		pythonLargeRuns: Number(values["python-large-runs"]),
		useDist: values.dist,
		python: values.python,
		write: values.write,
		work: resolve(values.work),
	};
}

/** `/usr/bin/time -v` gives user, system and peak RSS of exactly the child; without it, a preload reports them. */
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/**
 * User and system time of this process's reaped children, in ms (Linux's /proc/self/stat, in clock ticks of 10 ms);
 * null where there is no /proc.
 */
function childCpuMs() {
	try {
		const stat = readFileSync("/proc/self/stat", "utf8");
		// After the command's name in parentheses: cutime and cstime are the 14th and 15th fields from there.
		const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
		return (Number(fields[13]) + Number(fields[14])) * 10;
	} catch {
		return null;
	}
}

/** Runs a command once: wall ms, CPU ms (user+sys), peak RSS MB, exit status, stdout. */
function measure(command, args, options = {}) {
	return new Promise((resolvePromise, reject) => {
		const usageFile = join(options.work, `usage-${process.pid}.json`);
		rmSync(usageFile, { force: true });
		// Start-up figures are the command's own wall time, spawned as a shell would: /usr/bin/time's own fork and exec
		// add ~9 ms here. Their CPU time is then the children's, from /proc.
		const direct = options.direct === true && childCpuMs() !== null;
		const wrapped = TIME !== null && !direct;
		const [file, argv] = wrapped
			? [TIME, ["-v", command, ...args]]
			: [command, args];
		const childCpuBefore = direct ? childCpuMs() : null;
		const start = process.hrtime.bigint();
		const env = { ...process.env, ...options.env };
		// A variable given as undefined is one the child runs without.
		for (const [name, value] of Object.entries(env))
			if (value === undefined) delete env[name];
		// A temporary directory of its own: the CLI finds no code cache and writes one, as on a fresh machine.
		const freshTmp = options.freshTmp
			? mkdtempSync(join(options.work, "tmp-"))
			: null;
		if (freshTmp !== null) env.TMPDIR = freshTmp;
		const child = spawn(file, argv, {
			cwd: repo,
			env: { ...env, PIN_AUDIT_BENCH_USAGE: usageFile },
			stdio: ["ignore", "pipe", "pipe"],
		});
		const out = [];
		const err = [];
		let outBytes = 0;
		child.stdout.on("data", (chunk) => {
			outBytes += chunk.length;
			if (options.keepStdout) out.push(chunk);
		});
		child.stderr.on("data", (chunk) => err.push(chunk));
		child.on("error", reject);
		child.on("close", (status) => {
			const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
			if (freshTmp !== null) rmSync(freshTmp, { recursive: true, force: true });
			const stderr = Buffer.concat(err).toString("utf8");
			let cpuMs;
			let rssMb;
			if (direct) {
				cpuMs = (childCpuMs() ?? Number.NaN) - (childCpuBefore ?? 0);
			} else if (TIME) {
				const field = (name) =>
					Number(
						new RegExp(`${name}: ([0-9.]+)`).exec(stderr)?.[1] ?? Number.NaN,
					);
				cpuMs =
					(field("User time \\(seconds\\)") +
						field("System time \\(seconds\\)")) *
					1000;
				rssMb = field("Maximum resident set size \\(kbytes\\)") / 1024;
			} else if (existsSync(usageFile)) {
				const usage = JSON.parse(readFileSync(usageFile, "utf8"));
				cpuMs = usage.cpuMs;
				rssMb = usage.maxRssKb / 1024;
			}
			const exit = wrapped
				? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? status)
				: status;
			resolvePromise({
				wallMs,
				cpuMs,
				rssMb,
				exit,
				outBytes,
				stdout: Buffer.concat(out).toString("utf8"),
				stderr,
			});
		});
	});
}

/** Median of each measure over `runs` runs, after one untimed warm-up (fills the page cache) unless told not to. */
async function measureRuns(runs, command, args, options) {
	if (options.warmUp !== false) await measure(command, args, options);
	const results = [];
	for (let r = 0; r < runs; r++) {
		const result = await measure(command, args, options);
		if (result.exit !== 0 && result.exit !== 1 && !options.anyExit)
			throw new Error(
				`${command} ${args.join(" ")} exited ${result.exit}:\n${result.stderr.slice(-2000)}`,
			);
		results.push(result);
	}
	return summarizeRuns(results);
}

function hasPythonBaseline() {
	const probe = spawnSync(
		"python3",
		["-c", "import tomllib, packaging, pip._internal.req.req_file"],
		{
			encoding: "utf8",
		},
	);
	if (probe.error) return { ok: false, why: "python3 is not installed" };
	if (probe.status !== 0)
		return {
			ok: false,
			why: `python3 cannot import tomllib, packaging and pip: ${probe.stderr.trim().split("\n").pop()}`,
		};
	return {
		ok: true,
		version: spawnSync("python3", ["--version"], {
			encoding: "utf8",
		}).stdout.trim(),
	};
}

async function main() {
	const options = readOptions();
	const info = machine();
	mkdirSync(options.work, { recursive: true });

	let cli = join(repo, "dist/cli.js");
	let built = "dist/cli.js as it is in the working tree";
	if (!options.useDist) {
		const { buildDist } = await import("../scripts/build.mjs");
		const out = join(options.work, "dist");
		await buildDist(out);
		cli = join(out, "cli.js");
		built =
			"the current sources, bundled by scripts/build.mjs into the work directory";
	}
	const help = spawnSync(process.execPath, [cli, "--help"], {
		encoding: "utf8",
	}).stdout;
	const offline = help.includes("--offline") ? ["--offline"] : [];
	// Without /usr/bin/time the child reports its own resource usage through a preloaded module.
	const preload = TIME
		? []
		: ["--import", join(repo, "bench/report-usage.mjs")];
	const node = (args) => [...preload, cli, ...args];
	process.stdout.write(
		`pin-audit bench: ${built}${offline.length ? "" : " (the CLI has no --offline yet)"}\n`,
	);

	const templates = loadTemplatePool(resolve(repo, "../shared/corpus"));
	const python = options.python
		? hasPythonBaseline()
		: { ok: false, why: "--no-python" };
	if (!python.ok)
		process.stdout.write(`Python baseline skipped: ${python.why}\n`);

	// Start-up and a one-project audit.
	const oneDir = join(options.work, "fleet-1");
	writeFleet(oneDir, 1, templates);
	const version = await measureRuns(
		options.runs,
		process.execPath,
		node(["--version"]),
		{ work: options.work },
	);
	const one = await measureRuns(
		options.runs,
		process.execPath,
		node([oneDir, ...offline, "--format", "json"]),
		{
			work: options.work,
		},
	);
	process.stdout.write(
		`--version ${fmt.ms(version.wallMs)}, one project ${fmt.ms(one.wallMs)}\n`,
	);
	await (await import("./single-line.mjs")).benchSingleLine({
		measureRuns,
		node,
		offline,
		work: options.work,
		runs: options.runs,
	});

	const startUp = await benchStartUp({
		repo,
		work: options.work,
		runs: options.runs,
		measureRuns,
		cli,
	});
	const lookups = await benchIndexLookups({
		work: options.work,
		runs: options.runs,
		measureRuns,
		node,
	});

	const rows = [];
	for (const size of options.sizes) {
		const dir = join(options.work, `fleet-${size}`);
		process.stdout.write(`fleet of ${size}: generating... `);
		const fleet = writeFleet(dir, size, templates);
		const large = size >= 1000;
		process.stdout.write(`${(fleet.bytes / 1e6).toFixed(0)} MB; pin-audit... `);
		const ours = await measureRuns(
			large ? options.largeRuns : options.runs,
			process.execPath,
			node([dir, ...offline, "--format", "json"]),
			{ work: options.work },
		);
		// smol-toml alone over the same locks, one core (bench/parse-floor.mjs): the floor issue 19 measures against.
		process.stdout.write("parse floor... ");
		const floor = await measureRuns(
			large ? options.largeRuns : options.runs,
			process.execPath,
			[join(repo, "bench/parse-floor.mjs"), dir],
			{ work: options.work },
		);
		let theirs = null;
		if (python.ok) {
			process.stdout.write("python... ");
			theirs = await measureRuns(
				large ? options.pythonLargeRuns : options.pythonRuns,
				"python3",
				[join(repo, "bench/baseline.py"), dir],
				// The pin-audit runs just read the same files: the page cache is warm.
				{ work: options.work, keepStdout: true, warmUp: false },
			);
			theirs.summary = JSON.parse(theirs.last.stdout);
		}
		process.stdout.write("done\n");
		rows.push({ size, fleet, ours, floor, theirs });
	}

	const real = await benchRealLocks({
		repo,
		work: options.work,
		size: Math.max(...options.sizes),
		runs: options.largeRuns,
		measureRuns,
		node,
		offline,
		templates,
	});

	const policyScale = await benchPolicyScale({
		repo,
		work: options.work,
		runs: options.runs,
		largeRuns: options.largeRuns,
		measureRuns,
		node,
		offline,
	});

	const base = rows[0];
	const header = [
		"projects",
		"input",
		"wall",
		"CPU",
		"peak RSS",
		"MB/s",
		"per project",
		"growth",
		"parse floor",
		"vs floor",
		"Python wall",
		"Python CPU",
		"Python RSS",
		"speed-up (wall)",
	];
	const body = rows.map(({ size, fleet, ours, floor, theirs }) => [
		size,
		`${(fleet.bytes / 1e6).toFixed(0)} MB`,
		fmt.ms(ours.wallMs),
		fmt.ms(ours.cpuMs),
		fmt.mb(ours.rssMb),
		(fleet.bytes / 1e6 / (ours.wallMs / 1000)).toFixed(0),
		`${(ours.wallMs / size).toFixed(1)} ms`,
		base
			? `${(ours.wallMs / base.ours.wallMs).toFixed(1)}x time for ${(size / base.size).toFixed(0)}x projects`
			: "",
		fmt.ms(floor.wallMs),
		fmt.x(ours.wallMs / floor.wallMs),
		theirs ? fmt.ms(theirs.wallMs) : "skipped",
		theirs ? fmt.ms(theirs.cpuMs) : "",
		theirs ? fmt.mb(theirs.rssMb) : "",
		theirs ? fmt.x(theirs.wallMs / ours.wallMs) : "",
	]);
	const text = [
		`Machine: ${info.cores} cores, ${info.memoryGb.toFixed(0)} GB, ${info.cpu}, ${info.os}; Node ${info.node}${python.ok ? `, ${python.version}` : ""}; ${info.date}; load average before the run ${info.load}`,
		`Measured: ${built}; \`node cli.js <fleet> ${offline.join(" ")} --format json\` (stdout discarded), median of ${options.runs} runs (${options.largeRuns} for 1000+ projects; Python ${options.pythonRuns}, ${options.pythonLargeRuns} for 1000+), pin-audit runs after one warm-up run; CPU = user+sys and peak RSS from ${TIME ? "/usr/bin/time -v" : "the child's process.resourceUsage()"}.`,
		`Start-up: \`--version\` ${fmt.ms(version.wallMs)} wall; one-project audit ${fmt.ms(one.wallMs)} wall, ${fmt.ms(one.cpuMs)} CPU, ${fmt.mb(one.rssMb)}.`,
		...startUp.map(
			(r) =>
				`Example fleet on ${r.label} (spawned directly, not under /usr/bin/time; medians of ${r.rounds} interleaved rounds): ${fmt.ms(r.fleet.wallMs)} wall (min ${fmt.ms(r.fleet.minWallMs)}), ${fmt.ms(r.fleet.cpuMs)} CPU; Node alone (\`-e 0\`) ${fmt.ms(r.bare.wallMs)} wall, ${fmt.ms(r.bare.cpuMs)} CPU; pin-audit adds ${fmt.ms(r.fleet.wallMs - r.bare.wallMs)} wall, ${fmt.ms(r.fleet.cpuMs - r.bare.cpuMs)} CPU. As the README runs it (online): ${fmt.ms(r.readme.wallMs)} wall (min ${fmt.ms(r.readme.minWallMs)}), ${fmt.ms(r.readme.cpuMs)} CPU. First run on a machine (no code cache yet; writes it): ${fmt.ms(r.firstRun.wallMs)} wall, ${fmt.ms(r.firstRun.cpuMs)} CPU; with the cache turned off (\`NODE_DISABLE_COMPILE_CACHE=1\`): ${fmt.ms(r.noCache.wallMs)} wall, ${fmt.ms(r.noCache.cpuMs)} CPU.${r.fleetNoCa ? ` This environment sets \`NODE_EXTRA_CA_CERTS\`; without it, Node alone ${fmt.ms(r.bareNoCa.wallMs)} wall and the example fleet ${fmt.ms(r.fleetNoCa.wallMs)} wall (min ${fmt.ms(r.fleetNoCa.minWallMs)}).` : ""}`,
		),
		`Index look-ups: ${lookups.packages} pins against a loopback Simple API index with ${lookups.latencyMs} ms per answer (page + PEP 658 metadata each):`,
		"",
		table(
			[
				"concurrency per host",
				"wall",
				"CPU",
				"vs default",
				"requests",
				"peak in flight",
				"connections",
			],
			lookups.rows.map((r) => [
				r.label,
				fmt.ms(r.wallMs),
				fmt.ms(r.cpuMs),
				fmt.x(r.wallMs / lookups.rows[0].wallMs),
				r.requests,
				r.maxInFlight,
				r.connections,
			]),
		),
		"",
		table(header, body),
		"",
		`Fleets: lock files ${(Math.min(...rows.map((r) => r.fleet.lockBytes[0])) / 1e6).toFixed(2)}-${(Math.max(...rows.map((r) => r.fleet.lockBytes[1])) / 1e6).toFixed(2)} MB with ${Math.min(...rows.map((r) => r.fleet.lockPackages[0]))}-${Math.max(...rows.map((r) => r.fleet.lockPackages[1]))} packages (templates: ${templates.source}); one project in 25 has a planted lock mismatch.`,
		...(real === null
			? []
			: [
					`Real locks: ${real.size} projects, each a corpus project's pyproject.toml and uv.lock as written (${real.fleet.sources} locks of ${(real.fleet.lockBytes[0] / 1e6).toFixed(2)}-${(real.fleet.lockBytes[1] / 1e6).toFixed(2)} MB) and a hashed requirements-mcp.txt, ${(real.fleet.bytes / 1e6).toFixed(0)} MB: pin-audit ${fmt.ms(real.ours.wallMs)} wall, ${fmt.ms(real.ours.cpuMs)} CPU, ${fmt.mb(real.ours.rssMb)} peak RSS; parse floor ${fmt.ms(real.floor.wallMs)} (${fmt.x(real.ours.wallMs / real.floor.wallMs)}).`,
				]),
		"",
		policyScaleTable(policyScale),
		"",
		...rows
			.filter((r) => r.theirs)
			.map(
				(r) =>
					`Python baseline on ${r.size}: ${r.theirs.summary.requirements} requirements, ${r.theirs.summary.locked} locked, ${r.theirs.summary.mismatches} lock mismatches (planted: ${r.fleet.planted}).`,
			),
	].join("\n");
	process.stdout.write(`\n${text}\n`);
	if (options.write) writeResults(text);
}

await main();

/** The scale fleets' table: each shape's audit and comparison per size, and how each grew from the smaller fleet. */
function policyScaleTable(rows) {
	const smallest = (row) => rows.find((r) => r.shape === row.shape);
	const growth = (row, key) =>
		row === smallest(row)
			? ""
			: ` (${(row[key].wallMs / smallest(row)[key].wallMs).toFixed(1)}x time for ${(row.projects / smallest(row).projects).toFixed(0)}x projects)`;
	return [
		`Two fleets in a git repository whose last commit changes a few pins (bench/bench-policy-scale.mjs): ${Object.values(
			SHAPES,
		)
			.map((shape, i) => `(${i + 1}) ${shape.title}`)
			.join("; ")}.`,
		"",
		table(
			[
				"fleet",
				"projects",
				"audit (json)",
				"peak RSS",
				"compared with the base (markdown)",
				"peak RSS",
			],
			rows.map((row) => [
				`(${Object.keys(SHAPES).indexOf(row.shape) + 1}) ${row.shape}`,
				row.projects,
				`${fmt.ms(row.audit.wallMs)}${growth(row, "audit")}`,
				fmt.mb(row.audit.rssMb),
				`${fmt.ms(row.compared.wallMs)}${growth(row, "compared")}`,
				fmt.mb(row.compared.rssMb),
			]),
		),
	].join("\n");
}
