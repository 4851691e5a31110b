// Bundles test/support/preview-main.ts (TypeScript, it imports the sources) and runs it: see that file.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

// Inside the repository, so the bundle's external packages resolve from node_modules.
mkdirSync("preview", { recursive: true });
const dir = mkdtempSync(join("preview", ".build-"));
const outfile = join(dir, "preview.mjs");
await build({
	entryPoints: ["test/support/preview-main.ts"],
	outfile,
	bundle: true,
	platform: "node",
	format: "esm",
	packages: "external",
	logLevel: "warning",
	define: { __PIN_AUDIT_VERSION__: '"preview"' },
});
try {
	await import(pathToFileURL(join(process.cwd(), outfile)).href);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
