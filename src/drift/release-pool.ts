// The releases a version in use is compared with. PEP 440: a local label (`2.1.0+cpu`) marks a downstream build
// of the public release `2.1.0`, not a newer release, so versions are compared by their public part; a pin
// that carries a label is compared with the releases of the same label when the index has any (a CPU build is
// never offered a CUDA one because "cu118" sorts after "cpu"). Releases PEP 440 calls equal are one release.
import type { ReleaseSummary } from "../index/index-facts.js";
import {
	compareVersions,
	parseVersion,
	type Version,
} from "../pep440/version.js";
import { versionIdentity } from "./current-versions.js";

/** One release as drift compares it, possibly several index versions (`2.1.0+cpu`, `2.1.0+cu118`). */
export interface PoolRelease {
	version: Version;
	/** PEP 592: every variant yanked. */
	yanked: boolean;
	yankedReason: string | null;
	/** ISO 8601 as the index sent it: the earliest upload of any variant; null when none says. */
	uploadTime: string | null;
	uploaded: Date | null;
	/** Requires-Python of each variant that is not yanked (of every variant when all are). */
	requiresPython: (string | null)[];
}

export interface ReleasePool {
	/** The version in use as it is compared: public unless the pool is of its own label. */
	current: Version;
	/** Oldest first. */
	releases: PoolRelease[];
}

export function buildReleasePool(
	current: Version,
	listed: readonly ReleaseSummary[],
): ReleasePool {
	const parsed = listed.flatMap((summary) => {
		const version = parseVersion(summary.version);
		return version === null ? [] : [{ version, summary }];
	});
	const label = current.local === null ? null : localLabel(current);
	if (label !== null && parsed.some((r) => localLabel(r.version) === label))
		return {
			current,
			releases: mergeEqual(
				parsed.filter((r) => localLabel(r.version) === label),
				(v) => v,
			),
		};
	return {
		current: publicVersion(current),
		releases: mergeEqual(parsed, publicVersion),
	};
}

function localLabel(v: Version): string | null {
	return v.local === null ? null : v.local.join(".");
}

function publicVersion(v: Version): Version {
	return v.local === null ? v : (parseVersion(v.public) ?? v);
}

/** Releases grouped by PEP 440 equality of `as(version)`, in index order within a group, oldest group first. */
function mergeEqual(
	list: readonly { version: Version; summary: ReleaseSummary }[],
	as: (v: Version) => Version,
): PoolRelease[] {
	const groups = new Map<
		string,
		{ version: Version; variants: ReleaseSummary[] }
	>();
	for (const r of list) {
		const version = as(r.version);
		const key = versionIdentity(version);
		const group = groups.get(key) ?? { version, variants: [] };
		group.variants.push(r.summary);
		groups.set(key, group);
	}
	return [...groups.values()]
		.map((g) => summarize(g.version, g.variants))
		.sort((a, b) => compareVersions(a.version, b.version));
}

function summarize(version: Version, variants: ReleaseSummary[]): PoolRelease {
	const yanked = variants.every((v) => v.yanked);
	const installable = yanked ? variants : variants.filter((v) => !v.yanked);
	let uploadTime: string | null = null;
	let uploaded: Date | null = null;
	for (const v of variants) {
		const at = v.uploadTime === null ? Number.NaN : Date.parse(v.uploadTime);
		if (Number.isNaN(at)) continue;
		if (uploaded === null || at < uploaded.getTime()) {
			uploaded = new Date(at);
			uploadTime = v.uploadTime;
		}
	}
	return {
		version,
		yanked,
		yankedReason: yanked
			? (variants.map((v) => v.yankedReason).find((r) => r) ?? null)
			: null,
		uploadTime,
		uploaded,
		requiresPython: installable.map((v) => v.requiresPython),
	};
}
