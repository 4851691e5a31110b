// The changelog and compare links of one dependency change. Every link comes from a fact: the changelog the
// index's metadata names (else the shipped MCP-stack knowledge's), and a GitHub compare view only where the
// knowledge records how the repository tags its releases, and the metadata (when there is any) names that
// same repository. No link is built from a guess: a GitHub source repository alone does not say whether a
// release is tagged `1.2.3` or `v1.2.3`, so it gives no compare link.
import type { ProjectLinks } from "../index/project-urls.js";
import {
	type KnownProjectLinks,
	MCP_STACK_LINKS,
} from "../knowledge/mcp-stack-links.js";
import { compareVersions, parseVersion } from "../pep440/version.js";
import type { UpgradeRow } from "./upgrade-diff.js";

export interface UpgradeLinks {
	changelogUrl?: string;
	compareUrl?: string;
}

/** The links for a row; `metadata` is what the index said of the package (undefined when it was not asked). */
export function linkUpgrade(
	row: Pick<UpgradeRow, "package" | "change" | "from" | "to">,
	metadata: ProjectLinks | undefined,
): UpgradeLinks {
	const shipped = MCP_STACK_LINKS.get(row.package);
	// An index whose metadata names another repository serves another project under this name: the
	// knowledge is not about it.
	const known =
		shipped !== undefined &&
		(metadata?.source === undefined ||
			githubRepository(metadata.source) === shipped.repository.toLowerCase())
			? shipped
			: undefined;
	const changelog = metadata?.changelog ?? known?.changelog ?? null;
	const compare = known ? compareUrl(row, known) : null;
	return {
		...(changelog === null ? {} : { changelogUrl: changelog }),
		...(compare === null ? {} : { compareUrl: compare }),
	};
}

function compareUrl(
	row: Pick<UpgradeRow, "change" | "from" | "to">,
	known: KnownProjectLinks,
): string | null {
	if (row.change !== "upgraded" && row.change !== "downgraded") return null;
	const from = taggedVersion(row.from, known);
	const to = taggedVersion(row.to, known);
	if (from === null || to === null) return null;
	// GitHub lists the commits of the second tag that the first lacks: older first, so a downgrade shows
	// what it takes away rather than nothing.
	const [older, newer] = row.change === "upgraded" ? [from, to] : [to, from];
	const { prefix } = known.tags;
	return `${known.repository}/compare/${prefix}${older}...${prefix}${newer}`;
}

/** The version when it is one final `X.Y.Z` release at or after the tag scheme's first; else null. */
function taggedVersion(
	text: string | null,
	known: KnownProjectLinks,
): string | null {
	if (text === null || !/^\d+\.\d+\.\d+$/.test(text)) return null;
	const version = parseVersion(text);
	const since = parseVersion(known.tags.since);
	if (version === null || since === null) return null;
	return compareVersions(version, since) >= 0 ? text : null;
}

/** `https://github.com/owner/repo` (lowercased, without `.git` or a trailing path) for a GitHub URL; else null. */
function githubRepository(url: string): string | null {
	const match = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)/i.exec(
		url,
	);
	if (!match) return null;
	const repo = (match[2] as string).replace(/\.git$/i, "");
	return `https://github.com/${match[1]}/${repo}`.toLowerCase();
}
