// The project links a package's metadata names, as PyPI's JSON API (`info.project_urls`, label -> URL) and core
// metadata (`Project-URL: label, url`) carry them. Only the two the upgrade diff links to are kept: the
// changelog and the source repository. Labels are matched the way PEP 753 ("Well-known Project URLs in
// Metadata") tells consumers to, as PyPI does (warehouse's `normalize_project_url_label`, pypi/warehouse#17470):
// ASCII punctuation and whitespace removed, then lowercased, so `Change_Log`, `Release notes` and `Source code`
// are recognized. Never throws.

import type { ProjectLinks } from "../model/project-links.js";

export type { ProjectLinks };

// PEP 753's well-known `changelog` with its aliases, then `releasenotes`; PyPI also shows "News" with the
// changelog icon.
const CHANGELOG_LABELS = [
	"changelog",
	"changes",
	"whatsnew",
	"history",
	"releasenotes",
	"news",
];
// PEP 753's well-known `source` with its aliases; "Code" is the short form some projects use.
const SOURCE_LABELS = ["source", "repository", "sourcecode", "github", "code"];

// Python's string.punctuation and string.whitespace: ASCII only.
const PUNCTUATION_AND_WHITESPACE = /[!-/:-@[-`{-~ \t\n\r\v\f]/g;
/** Longest URL kept: core metadata allows more, but nothing longer belongs in a comment. */
const MAX_URL = 500;

/** PEP 753 label normalization: `string.punctuation + string.whitespace` removed, then lowercased. */
export function normalizeUrlLabel(label: string): string {
	return label.replace(PUNCTUATION_AND_WHITESPACE, "").toLowerCase();
}

/** The links among labelled URLs; null when none is a changelog or source link. The first label of a kind wins. */
export function pickProjectLinks(
	entries: Iterable<readonly [string, unknown]>,
): ProjectLinks | null {
	const byLabel = new Map<string, string>();
	for (const [label, url] of entries) {
		const normalized = normalizeUrlLabel(label);
		const checked = webUrl(url);
		if (checked !== null && !byLabel.has(normalized))
			byLabel.set(normalized, checked);
	}
	const first = (labels: readonly string[]) =>
		labels.map((l) => byLabel.get(l)).find((u) => u !== undefined);
	const changelog = first(CHANGELOG_LABELS);
	const source = first(SOURCE_LABELS);
	if (changelog === undefined && source === undefined) return null;
	return {
		...(changelog === undefined ? {} : { changelog }),
		...(source === undefined ? {} : { source }),
	};
}

/** PyPI JSON API `info.project_urls`: an object of label -> URL, or null when the release names none. */
export function readJsonProjectUrls(info: unknown): ProjectLinks | null {
	if (typeof info !== "object" || info === null) return null;
	const urls = (info as { project_urls?: unknown }).project_urls;
	if (typeof urls !== "object" || urls === null || Array.isArray(urls))
		return null;
	return pickProjectLinks(Object.entries(urls));
}

/** Core metadata `Project-URL: label, url` header values (the label ends at the first comma). */
export function readMetadataProjectUrls(
	values: readonly string[],
): ProjectLinks | null {
	return pickProjectLinks(
		values.flatMap((value): [string, string][] => {
			const comma = value.indexOf(",");
			return comma < 0
				? []
				: [[value.slice(0, comma).trim(), value.slice(comma + 1).trim()]];
		}),
	);
}

/** An absolute http(s) URL without credentials, as text; null for anything else. */
function webUrl(value: unknown): string | null {
	if (typeof value !== "string" || value.length > MAX_URL) return null;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return null;
	}
	if (url.protocol !== "https:" && url.protocol !== "http:") return null;
	if (url.username !== "" || url.password !== "") return null;
	return url.href;
}
