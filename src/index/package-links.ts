// The project links the index's metadata gave for each package an audit looked up, for the upgrade diff's
// changelog and compare links. Per package, the newest release that names any wins: a project that moved its
// changelog says so in its latest metadata.
import { compareVersions, parseVersion } from "../pep440/version.js";
import type { IndexFacts } from "./index-facts.js";
import type { ProjectLinks } from "./project-urls.js";

/** Keyed by normalized package name; empty when nothing was looked up (offline) or no metadata named a link. */
export function collectPackageLinks(
	facts: IndexFacts,
): Map<string, ProjectLinks> {
	const newest = new Map<string, { version: string; links: ProjectLinks }>();
	for (const [key, { lookup }] of facts.releases) {
		if (!lookup.ok || lookup.value?.projectUrls === undefined) continue;
		const [, name] = key.split("\0");
		if (name === undefined) continue;
		const { version, projectUrls } = lookup.value;
		const seen = newest.get(name);
		if (seen === undefined || isNewer(version, seen.version))
			newest.set(name, { version, links: projectUrls });
	}
	return new Map([...newest].map(([name, { links }]) => [name, links]));
}

function isNewer(a: string, b: string): boolean {
	const va = parseVersion(a);
	const vb = parseVersion(b);
	return va !== null && vb !== null && compareVersions(va, vb) > 0;
}
