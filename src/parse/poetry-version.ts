// Versions inside Poetry constraints, and the bounds poetry-core computes from them: a port of
// poetry-core's version parsing (packaging's VERSION_PATTERN, PEP 440 normalization of its spellings) and
// of `Version.next_breaking` / `Release.next_major` / `next_minor` / `next_patch` (release segments keep
// their precision: `^1.2.3` ends before 2.0.0, `^1.2` before 2.0, `^1` before 2).

const PARTS = new RegExp(
	"^v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)" +
		"(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]*))?" +
		"(?:-([0-9]+)|[-_.]?(?:post|rev|r)[-_.]?([0-9]*))?" +
		"([-_.]?dev[-_.]?([0-9]*))?" +
		"(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
	"i",
);

export interface Version {
	epoch: number;
	release: number[];
	/** Canonical PEP 440 suffixes (`rc1`, `.post2`, `.dev0`) as packaging prints them. */
	pre: string;
	post: string;
	dev: string;
	local: string | null;
	/** The version as packaging normalizes it. */
	text: string;
}

/** What poetry-core itself rejects, or what PEP 440 cannot express: the message is the finding's. */
export class ConstraintError extends Error {}

export function parsePoetryVersion(raw: string, constraint: string): Version {
	const m = PARTS.exec(raw);
	if (!m)
		throw new ConstraintError(
			`could not parse the version in the Poetry constraint '${constraint}'`,
		);
	const epoch = Number(m[1] ?? "0");
	const release = (m[2] ?? "").split(".").map(Number);
	const preLabel = m[3]?.toLowerCase();
	// PEP 440 normalization of pre-release spellings.
	const preKind =
		preLabel === undefined
			? ""
			: preLabel.startsWith("a")
				? "a"
				: preLabel.startsWith("b")
					? "b"
					: "rc";
	const pre = preLabel === undefined ? "" : `${preKind}${Number(m[4] || "0")}`;
	const postNumber = m[5] ?? m[6];
	const post =
		postNumber === undefined ? "" : `.post${Number(postNumber || "0")}`;
	const dev = m[7] === undefined ? "" : `.dev${Number(m[8] || "0")}`;
	const local =
		m[9] === undefined ? null : m[9].toLowerCase().replace(/[-_]/g, ".");
	const version = { epoch, release, pre, post, dev, local };
	return { ...version, text: formatVersion(version) };
}

export function formatVersion(version: Omit<Version, "text">): string {
	const epoch = version.epoch > 0 ? `${version.epoch}!` : "";
	const local = version.local === null ? "" : `+${version.local}`;
	return `${epoch}${version.release.join(".")}${version.pre}${version.post}${version.dev}${local}`;
}

/** A bare release (poetry-core bounds carry only epoch and release). */
export function bound(version: Version, release: number[]): Version {
	const next = {
		epoch: version.epoch,
		release,
		pre: "",
		post: "",
		dev: "",
		local: null,
	};
	return { ...next, text: formatVersion(next) };
}

// poetry-core Release.next_major / next_minor / next_patch: parts that were written stay written.
export function nextMajor(version: Version): Version {
	const [major = 0, ...rest] = version.release;
	return bound(version, [major + 1, ...rest.map(() => 0)]);
}

export function nextMinor(version: Version): Version {
	const [major = 0, minor, ...rest] = version.release;
	return bound(version, [
		major,
		minor === undefined ? 1 : minor + 1,
		...rest.map(() => 0),
	]);
}

export function nextPatch(version: Version): Version {
	const [major = 0, minor = 0, patch, ...rest] = version.release;
	return bound(version, [
		major,
		minor,
		patch === undefined ? 1 : patch + 1,
		...rest.map(() => 0),
	]);
}

// poetry-core Version.next_breaking: the first version whose leftmost non-zero part differs.
export function nextBreaking(version: Version): Version {
	const [major = 0, minor, patch] = version.release;
	if (major > 0 || minor === undefined) return nextMajor(version);
	if (minor > 0 || patch === undefined) return nextMinor(version);
	return nextPatch(version);
}
