// The parse floor of `npm run bench`: smol-toml alone over every uv.lock of a fleet, read and parsed one after
// the other on one core, nothing kept. pin-audit's wall time on the same fleet, divided by this, in the same run,
// says how far the whole audit (discovery, every format, the rules, the JSON report) is from parsing the locks.
// Usage: node bench/parse-floor.mjs <fleet dir>   (prints {"files":N,"bytes":N})
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";

function* locks(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* locks(path);
		else if (entry.name === "uv.lock") yield path;
	}
}

let files = 0;
let bytes = 0;
for (const path of locks(process.argv[2])) {
	const text = readFileSync(path, "utf8");
	parse(text);
	files++;
	bytes += text.length;
}
process.stdout.write(`${JSON.stringify({ files, bytes })}\n`);
