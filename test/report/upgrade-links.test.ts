// Links from an index's metadata are the index's text: they reach the comment as link targets only, never as
// markup, and a percent-escape in them survives.
import { describe, expect, it } from "vitest";
import { pickProjectLinks } from "../../src/index/project-urls.js";
import { renderUpgrades } from "../../src/report/render-upgrades.js";
import { linkUpgrade } from "../../src/report/upgrade-links.js";
import { renderGfm } from "../support/render-gfm.js";

describe("metadata links in the dependency changes", () => {
	it("never become an element, and keep their escapes", () => {
		const metadata = pickProjectLinks([
			[
				"Changelog",
				'https://evil.example/notes%20v2)"><img src=x onerror=alert(1)>',
			],
			["Source", "https://github.com/evil/x"],
		]);
		expect(metadata).not.toBeNull();
		const row = {
			project: ".",
			package: "evil",
			file: "requirements.txt",
			kind: "pinned" as const,
			change: "upgraded" as const,
			from: "1.0.0",
			to: "1.1.0",
			updateType: "minor" as const,
			url: null,
		};
		const links = linkUpgrade(row, metadata ?? undefined);
		expect(links.compareUrl).toBeUndefined();
		const html = renderGfm(
			renderUpgrades([{ ...row, ...links }]).lines.join("\n"),
		);
		expect(html).not.toMatch(/<img|<[^>]*\sonerror=/i);
		expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
			"https://evil.example/notes%20v2%29%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E",
		]);
	});
});
