// Fails when dist/ differs from a fresh build of the sources: dist/ is committed and must never be stale.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDist } from "./build.mjs";

const fresh = mkdtempSync(join(tmpdir(), "pin-audit-dist-"));
try {
	await buildDist(fresh);
	const names = new Set([...readdirSync(fresh), ...readdirSync("dist")]);
	const stale = [...names].filter((name) => {
		try {
			return !readFileSync(join(fresh, name)).equals(
				readFileSync(join("dist", name)),
			);
		} catch {
			return true;
		}
	});
	if (stale.length > 0) {
		console.error(
			`dist/ is stale (${stale.join(", ")}): run \`npm run build\` and commit dist/.`,
		);
		process.exit(1);
	}
	console.log("dist/ is fresh.");
} finally {
	rmSync(fresh, { recursive: true, force: true });
}
