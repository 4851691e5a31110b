// `npm run preview`: renders every preview document to HTML and, where Debian's chromium is installed,
// screenshots each at the conversation column's width and reports what overflows it. Output: preview/.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildPreviewDocuments } from "./preview-scenarios.js";
import { COLUMN_PX, renderPage } from "./render-gfm.js";

const OUT = resolve("preview");

function findChromium(): string | null {
	for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
		const found = spawnSync("sh", ["-c", `command -v ${name}`], {
			encoding: "utf8",
		});
		if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
	}
	return null;
}

function chromium(binary: string, args: string[]): string {
	const profile = mkdtempSync(join(tmpdir(), "pin-audit-chromium-"));
	try {
		const run = spawnSync(
			binary,
			[
				"--headless",
				"--no-sandbox",
				"--disable-gpu",
				"--no-first-run",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
				"--hide-scrollbars",
				`--user-data-dir=${profile}`,
				...args,
			],
			{ encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
		);
		return run.stdout ?? "";
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

const documents = await buildPreviewDocuments();
mkdirSync(OUT, { recursive: true });
const browser = findChromium();
let overflowing = 0;
for (const doc of documents) {
	const html = join(OUT, `${doc.name}.html`);
	writeFileSync(join(OUT, `${doc.name}.md`), doc.markdown);
	writeFileSync(html, renderPage(doc.name, doc.markdown));
	if (!browser) {
		console.log(`${doc.name}: ${html}`);
		continue;
	}
	const dom = chromium(browser, [
		`--window-size=${COLUMN_PX},1000`,
		"--dump-dom",
		`file://${html}`,
	]);
	const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 3000);
	const overflow = /<pre id="overflow">([^<]*)<\/pre>/.exec(dom)?.[1] ?? "";
	const png = join(OUT, `${doc.name}.png`);
	chromium(browser, [
		`--window-size=${COLUMN_PX},${Math.min(Math.max(height, 200), 16_000)}`,
		`--screenshot=${png}`,
		`file://${html}`,
	]);
	// A tall document also gets its first screen, the part a reviewer reads first.
	if (height > 2000)
		chromium(browser, [
			`--window-size=${COLUMN_PX},1600`,
			`--screenshot=${join(OUT, `${doc.name}-top.png`)}`,
			`file://${html}`,
		]);
	if (overflow) overflowing++;
	console.log(
		`${doc.name}: ${png}${overflow ? `\n  ${overflow.replace(/\n/g, "\n  ")}` : " (fits)"}`,
	);
}
if (!browser)
	console.log(
		"No chromium found: HTML only (apt-get install chromium for screenshots).",
	);
process.exitCode = overflowing > 0 ? 1 : 0;
