// The fleet view: for each package, which versions are in use where (PEP 440-equal versions are one: `5.0` in a
// manifest and `5.0.0` in a lock are the same release), and the newest release any repository's index gave.
import { isPrerelease, parseVersion } from "../pep440/version.js";
import { versionIdentity } from "./current-versions.js";
import { compareLoosely, compareStrings } from "./drift-order.js";
import type {
	DriftEntry,
	DriftRepository,
	FleetLocation,
	FleetPackage,
} from "./drift-report.js";

interface PackageSlot {
	versions: Map<string, FleetPackage["versions"][number]>;
	entries: DriftEntry[];
}

export function computeFleet(
	repositories: readonly DriftRepository[],
): FleetPackage[] {
	const byPackage = new Map<string, PackageSlot>();
	for (const repository of repositories)
		for (const entry of repository.entries) {
			const pkg: PackageSlot = byPackage.get(entry.package) ?? {
				versions: new Map(),
				entries: [],
			};
			pkg.entries.push(entry);
			const key = identity(entry.current);
			const slot = pkg.versions.get(key) ?? {
				version: entry.current,
				locations: [],
			};
			if (
				!slot.locations.some(
					(l) =>
						l.repository === repository.name && l.project === entry.project,
				)
			)
				slot.locations.push({
					repository: repository.name,
					project: entry.project,
				});
			pkg.versions.set(key, slot);
			byPackage.set(entry.package, pkg);
		}
	return [...byPackage]
		.sort(([a], [b]) => compareStrings(a, b))
		.map(([name, pkg]) => ({
			package: name,
			versions: [...pkg.versions.values()]
				.map((v) => ({ ...v, locations: v.locations.sort(compareLocations) }))
				.sort(
					(a, b) =>
						b.locations.length - a.locations.length ||
						compareLoosely(b.version, a.version),
				),
			latest: fleetLatest(pkg.entries),
		}));
}

/**
 * The newest `latest` of the package's entries, under the entries' own pre-release rule: a pre-release only
 * when every version in use is one (one project trying `3.0.0.dev1` does not make it the fleet's latest).
 */
function fleetLatest(entries: readonly DriftEntry[]): string | null {
	const allPre = entries.every((e) => isPrereleaseText(e.current));
	let latest: string | null = null;
	for (const e of entries) {
		if (e.latest === null) continue;
		if (!allPre && isPrereleaseText(e.latest)) continue;
		if (latest === null || compareLoosely(e.latest, latest) > 0)
			latest = e.latest;
	}
	return latest;
}

function isPrereleaseText(text: string): boolean {
	const v = parseVersion(text);
	return v !== null && isPrerelease(v);
}

function identity(text: string): string {
	const v = parseVersion(text);
	return v === null ? `\0${text}` : versionIdentity(v);
}

function compareLocations(a: FleetLocation, b: FleetLocation): number {
	return (
		compareStrings(a.repository, b.repository) ||
		compareStrings(a.project, b.project)
	);
}
