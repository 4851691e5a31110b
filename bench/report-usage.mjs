// Preloaded (`node --import`) into the timed process when /usr/bin/time is missing: writes the process's own
// CPU time and peak RSS to $PIN_AUDIT_BENCH_USAGE when it exits.
import { writeFileSync } from "node:fs";

export function reportUsageOnExit(file) {
	process.on("exit", () => {
		const usage = process.resourceUsage();
		writeFileSync(
			file,
			JSON.stringify({
				cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
				maxRssKb: usage.maxRSS,
			}),
		);
	});
}

if (process.env.PIN_AUDIT_BENCH_USAGE)
	reportUsageOnExit(process.env.PIN_AUDIT_BENCH_USAGE);
